"""A contents list whose paragraph numbers carry their year and stand after the titles: "Innehållsförteckning Budget
2025 2024-248 Taxor för bygglov 2024-249 Delegationsbeslut 2024-250", and the paragraphs' own headings after it
("2024-248 Budget 2025").

Some protocols number their paragraphs through the years with the year before the serial ("2024-248", as others write
"§ 248/24" or "KS 2024/248"), and their contents list puts the number in the right-hand column, after the title. A
copy that lost the line breaks runs the list into one line. The numbers of the list's entries rise one by one within
one year, so a run after the list's label with :data:`MIN_ENTRIES` or more such numbers in that order is cut after
each: the text before a number is its title, the serial its item's number. A number-like pair inside a title ("e-hälsa
2024-2025") is no entry's (it does not continue the count). Where a paragraph's own section follows in the text (a
line opening with the same year-serial), the item is read there, under the list's title, and not twice.
"""

from __future__ import annotations

import re

from .items import Heading
from .lines import Line

SERIAL = re.compile(r"(?<!\S)((?:19|20)\d\d)-(\d{1,4})(?!\S)")
SERIAL_END = re.compile(r"(?<=\s)((?:19|20)\d\d)-(\d{1,4})$")  #: a listed line's number after its title
MIN_ENTRIES = 3
MAX_WORDS = 24  #: a longer "title" is running text
#: a title of the list: opens with a capitalised word
TITLE_START = re.compile(r"[\"”“«]?[A-ZÅÄÖÉ0-9]")


def serial_entries(run: str) -> list[tuple[int, int, str, str]] | None:
    """(title start, title end, year, serial) of each entry of a run whose year-serial numbers follow the titles; None
    when the run is no such list."""
    if "-" not in run:
        return None
    chain = _chain(list(SERIAL.finditer(run)))
    if len(chain) < MIN_ENTRIES:
        return None
    out: list[tuple[int, int, str, str]] = []
    start = 0
    for m in chain:
        piece = run[start:m.start()]
        title = piece.strip()
        if not title or not TITLE_START.match(title) or len(title.split()) > MAX_WORDS:
            return None
        lead = len(piece) - len(piece.lstrip())
        out.append((start + lead, start + lead + len(title), m.group(1), m.group(2)))
        start = m.end()
    return out


def _chain(tokens: list[re.Match]) -> list[re.Match]:
    """The longest run of tokens of one year whose serials rise one by one (other tokens between them allowed), each
    number taken at its first writing after the one before; of runs as long, the one starting first. One pass: the
    runs waiting for the same next number go on alike from there, so only the best of them is kept (a line of
    thousands of numbers costs a look-up each, not a walk from every one of them)."""
    waiting: dict[tuple[str, int], tuple] = {}  # next number -> (length, -start, token, previous)
    best: tuple | None = None
    for k, t in enumerate(tokens):
        year, serial = t.group(1), int(t.group(2))
        before = waiting.pop((year, serial), None)
        node = (before[0] + 1, before[1], k, before) if before else (1, -k, k, None)
        nxt = waiting.get((year, serial + 1))
        if nxt is None or node[:2] > nxt[:2]:
            waiting[(year, serial + 1)] = node
        if best is None or node[:2] > best[:2]:
            best = node
    out: list[re.Match] = []
    while best is not None:
        out.append(tokens[best[2]])
        best = best[3]
    return out[::-1]


def serial_items(lines: list[Line], headings: list[Heading], i: int, at: int,
                 entries: list[tuple[int, int, str, str]]) -> tuple[list[Line], list[Heading]]:
    """The list's line ``i`` cut into its label and one line per entry (from offset ``at``), each entry an item
    where it is listed, or at its own section where a later line opens with its year-serial."""
    ln = lines[i]
    head = [Line(ln.text[:at].strip(), ln.start, ln.bullet)] if ln.text[:at].strip() else []
    pieces = [Line(ln.text[at + s:at + e], ln.start + at + s) for s, e, _, _ in entries]
    new = lines[:i] + head + pieces + lines[i + 1:]
    shift = len(head) + len(pieces) - 1
    sections = _sections(new, i + len(head) + len(pieces), entries)
    listed = [Heading(i + len(head) + k, serial, new[i + len(head) + k].text, "contents", 1.0)
              for k, (_, _, year, serial) in enumerate(entries) if f"{year}-{serial}" not in sections]
    own = [Heading(index, serial, title, "num", 1.0) for index, serial, title in sections.values()]
    later = [Heading(h.index + shift, h.number, h.title, h.style, h.score) for h in headings if h.index > i]
    taken = {h.number for h in own}
    return new, sorted(listed + own + [h for h in later if h.number not in taken], key=lambda h: h.index)


def _sections(lines: list[Line], after: int, entries: list[tuple[int, int, str, str]]) -> dict[str, tuple]:
    """{year-serial: (line index, serial, listed title)} of the entries whose own section opens a later line."""
    titles = {f"{year}-{serial}": lines[after - len(entries) + k].text for k, (_, _, year, serial) in enumerate(entries)}
    found: dict[str, tuple] = {}
    for j in range(after, len(lines)):
        text = lines[j].text
        if text[:2] not in ("19", "20") or (m := SERIAL.match(text)) is None or m.group() in found:
            continue
        if m.group() in titles and text[m.end():].strip().startswith(titles[m.group()][:12]):
            found[m.group()] = (j, m.group(2), titles[m.group()])
    return found


def listed_serials(titles: list[str]) -> list[tuple[str, str]] | None:
    """(title, serial) of each entry of a list written one entry a line ("Taxor för bygglov 2024-89"), when every
    entry ends in a year-serial of one year and the serials rise one by one; None otherwise."""
    ends = [SERIAL_END.search(t) for t in titles]
    if len(titles) < MIN_ENTRIES or any(m is None or m.start() == 0 for m in ends):
        return None
    if len({m.group(1) for m in ends}) > 1 or any(int(b.group(2)) != int(a.group(2)) + 1 for a, b in zip(ends, ends[1:])):
        return None
    return [(t[:m.start()].rstrip(), m.group(2)) for t, m in zip(titles, ends)]
