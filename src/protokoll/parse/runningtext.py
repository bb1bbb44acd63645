"""Lines read as running text: joined with words hyphenated at line ends healed, and split into sentences.

A sentence ends at punctuation, a bullet, a tab row or a paragraph break;
abbreviations ("m.h.a.", "bl.a.", "kl.") do not end one.
"""

from __future__ import annotations

import re

from ..swedish.kept import kept
from .textline import Line


KEEP_HYPHEN_BEFORE = {"och", "eller", "samt", "respektive", "till", "som"}


def join(lines: list[Line]) -> str:
    """Lines joined as running text, healing words hyphenated at line ends.

    Built in pieces (:class:`_Joined`): growing one string line by line, and looking at its last
    word with ``rsplit``, copied the text so far for every line (quadratic in the lines).
    """
    joined = "\n".join([ln.text for ln in lines])  # "\n" or " " between: the same once split
    if "-" not in joined or not any(ln.text.endswith("-") for ln in lines):  # no word to heal
        return " ".join(joined.split())  # = WHITESPACE.sub(" ", joined).strip(): split() and \s agree on whitespace
    text = _Joined()
    for ln in lines:
        t = ln.text
        if text.endswith_hyphen() and t[:1].islower() and not text.endswith_space_hyphen():
            first = t.split(" ", 1)[0]
            keep = first in KEEP_HYPHEN_BEFORE or text.hyphen_inside_last_word() \
                or text.before_last()[-1:].isupper() or text.before_last()[-1:].isdigit()
            if keep and first not in KEEP_HYPHEN_BEFORE:
                text.add(t)
            elif keep:
                text.add(f" {t}")
            else:
                text.drop_last()
                text.add(t)
        else:
            text.add(f" {t}" if text else t)
    return " ".join(str(text).split())


WHITESPACE = re.compile(r"\s+")


class _Joined:
    """A growing text kept as the part up to its last space plus its last word (``tail``),
    the word itself in pieces, with what ``join`` asks of it in O(1)."""

    def __init__(self) -> None:
        self.parts: list[str] = []  #: the text up to and including its last space
        self.tail: list[str] = []  #: the text after its last space, in pieces
        self.hyphens = 0  #: "-" in the tail

    def __bool__(self) -> bool:
        return bool(self.parts) or any(self.tail)

    def __str__(self) -> str:
        return "".join(self.parts) + "".join(self.tail)

    def add(self, s: str) -> None:
        cut = s.rfind(" ")
        if cut < 0:
            self.tail.append(s)
            self.hyphens += s.count("-")
            return
        self.parts += [*self.tail, s[:cut + 1]]
        self.tail, self.hyphens = [s[cut + 1:]], s[cut + 1:].count("-")

    def _last_chars(self, n: int) -> str:
        """The last ``n`` characters of the tail (fewer if it is shorter)."""
        out = ""
        for piece in reversed(self.tail):
            out = piece + out
            if len(out) >= n:
                break
        return out[-n:] if n else ""

    def endswith_hyphen(self) -> bool:
        return self._last_chars(1) == "-"

    def endswith_space_hyphen(self) -> bool:
        return self._last_chars(2) == "-" and bool(self.parts)

    def hyphen_inside_last_word(self) -> bool:
        """A "-" in the last word before its final character (which is a "-")."""
        return self.hyphens - 1 > 0

    def before_last(self) -> str:
        """The last word's second-to-last character, or "" when it has one character."""
        last = self._last_chars(2)
        return last[:1] if len(last) == 2 else ""

    def drop_last(self) -> None:
        """Drop the final character (a "-" of the last word)."""
        while self.tail and not self.tail[-1]:
            self.tail.pop()
        self.tail[-1] = self.tail[-1][:-1]
        self.hyphens -= 1


def sentences(lines: list[Line]) -> list[str]:
    """Sentences of a run of lines: a line ending in punctuation, a bullet or a paragraph break ends one.

    Kept for the last runs asked for: an item's body is read for decisions, dissent, assignments and
    forwarding, each by its sentences. The key is what the sentences depend on, each line's text and
    bullet (hashing the lines themselves calls a Python ``__hash__`` per line)."""
    key = tuple([(ln.text, ln.bullet) for ln in lines])
    found = _SENTENCES.get(key)
    if found is None:
        found = _SENTENCES[key] = _sentences(lines)
        if len(_SENTENCES) > 64:
            del _SENTENCES[next(iter(_SENTENCES))]  # the oldest
    return list(found)


_SENTENCES: dict[tuple[tuple[str, bool], ...], tuple[str, ...]] = {}


def _sentences(lines: list[Line]) -> tuple[str, ...]:
    units: list[list[Line]] = []
    cur: list[Line] = []
    for ln in lines:
        if ln.blank or ln.bullet or "\t" in ln.text:
            if cur:
                units.append(cur)
            cur = [] if ln.blank else [ln]
            continue
        cur.append(ln)
        if ln.text.endswith((".", "!", "?", ":")):
            units.append(cur)
            cur = []
    if cur:
        units.append(cur)
    out: list[str] = []
    for unit in units:
        out += split_sentences(join(unit))
    return tuple(out)


#: ``(?<=[.!?])\s+(?=[A-ZÅÄÖ])`` with its look-behind after the first space: the engine skips to a space
SENTENCE_END = re.compile(r"\s(?<=[.!?]\s)\s*(?=[A-ZÅÄÖ])")
ABBREVIATION = re.compile(r"(?:\b[^\W\d]\w{0,3}\.\w{1,4}\.(?:\w{1,4}\.)*|\b(?:kl|ca|nr|resp|tf|bitr|jfr|ang|enl|fd|st|"
                          r"avd|tel|dnr|inkl|exkl|bl|pkt|p|s|f)\.)$", re.I)


def split_sentences(text: str) -> list[str]:
    """Sentences of running text; abbreviations ("m.h.a.", "bl.a.", "kl.") do not end one. Kept for the
    last texts (a new list each time): decisions are split again by the assignment and dissent readers."""
    return list(_split_sentences(text))


@kept(maxsize=1024)
def _split_sentences(text: str) -> tuple[str, ...]:
    if "." not in text and "!" not in text and "?" not in text:  # no sentence's end in it
        return (text.strip(),) if text.strip() else ()
    out: list[str] = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        if ABBREVIATION.search(text[max(start, m.start() - 12):m.start()]):
            continue
        out.append(text[start:m.start()].strip())
        start = m.end()
    out.append(text[start:].strip())
    return tuple(s for s in out if s)


#: a numbered point of a decision inside a sentence: "1. att godkänna rapporten. 2. förvaltningen ges i uppdrag
#: att ...": the number after a sentence's end, a comma or semicolon, a colon, the deciding verb or the "samt"/"och"
#: joining the last point ("..., samt 3. att ..."), or at the start
NUMBERED_POINT = re.compile(r"(?:^|(?<=[.;:,])\s*|(?<=\bbeslutar)\s+|(?<=\bbeslöt)\s+|(?<=\bbeslutade)\s+|"
                            r"(?<=\bsamt)\s+|(?<=\boch)\s+)"
                            r"\d{1,2}[.)]\s+(?=[a-zåäöA-ZÅÄÖ])")
#: what every numbered point has (its number's last digit, the mark and a space): the cheap search first, as the
#: lookbehinds of ``NUMBERED_POINT`` are tried at every position of a sentence (issue 12)
POINT_MARK = re.compile(r"\d[.)]\s")


def numbered_points(sentence: str) -> list[str]:
    """The points of a numbered decision, each on its own: a point whose first word is lower case ("2.
    förvaltningen ges i uppdrag att ...") is not a sentence of its own to the sentence splitter."""
    if not POINT_MARK.search(sentence) or not NUMBERED_POINT.search(sentence):
        return [sentence]
    return [p.strip() for p in NUMBERED_POINT.split(sentence) if p.strip()]
