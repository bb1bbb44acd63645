"""The parts of a pattern's source, for tests that pin a cheap gate to every wording the pattern reads, and a
counter of the scans made with a pattern (:class:`Spy`), for tests that a gate spares them."""


def alternatives(source: str) -> list[str]:
    """The top-level alternatives of a pattern's source (one enclosing group taken off)."""
    if source.startswith("(?:") and closing(source, 0) == len(source) - 1:
        source = source[3:-1]
    out, depth, cur, k = [], 0, "", 0
    while k < len(source):
        ch = source[k]
        if ch == "\\":
            cur, k = cur + source[k:k + 2], k + 2
            continue
        if ch == "[":
            end = source.index("]", k + 2)
            cur, k = cur + source[k:end + 1], end + 1
            continue
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
        k += 1
    return out + [cur]


def closing(source: str, start: int) -> int:
    depth = 0
    for k in range(start, len(source)):
        if source[k] == "\\" or k and source[k - 1] == "\\":
            continue
        depth += source[k] == "("
        depth -= source[k] == ")"
        if depth == 0:
            return k
    return -1


class Spy:
    """A compiled pattern's stand-in that counts the scans made with it."""

    def __init__(self, rx):
        self.rx, self.calls = rx, 0

    def __getattr__(self, name):
        self.calls += 1
        return getattr(self.rx, name)
