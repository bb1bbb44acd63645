"""A contents list whose numbers follow their titles, flattened onto one line.

"Innehållsförteckning Budget 2026 information 48 Rivning av läktaren 49 Ny taxa för hamnen 50": a protocol's
contents list may put each paragraph's number after its title (the number stands in the right-hand column).
Read as "N Title" tokens, every number would take the next entry's title. When the line opens with the list's
label and a title (no number) follows it, and the numbers on it rise one by one, each number is paired with the
title before it. A title wrapped in the list ("... mellan Storgatan 51 och Torget ...": the second line of a
title after its number) leaves text that opens in lower case; such an entry and the one the wrapped text runs
into are left unread (abstain): their titles cannot be told apart.
"""

from __future__ import annotations

import re

from .lines import Line

LABEL = re.compile(r"^(?:Innehållsförteckning|Innehåll|Ärendeförteckning|Ärendelista)\s*:?\s+")
NUMBER = re.compile(r"(?<=\s)\d{1,3}(?=\s|$)")
NUMBER_AFTER = re.compile(r"\s*\d{1,3}(?=\s|$)")
#: column headings of a contents list, no title
COLUMN = {"ärende", "ärenden", "sida", "sid", "sid.", "paragraf", "rubrik", "nr", "dnr", "§"}
MIN_ENTRIES = 3


def trailing_titles(text: str) -> list[tuple[int, int, int]] | None:
    """(title start, title end, number) of each entry read from a contents list whose numbers follow their
    titles; None when ``text`` is no such list."""
    m = LABEL.match(text)
    if m is None:
        return None
    numbers = list(NUMBER.finditer(text, m.end()))
    values = [int(n.group()) for n in numbers]
    if len(numbers) < MIN_ENTRIES or any(b - a != 1 for a, b in zip(values, values[1:])):
        return None
    if not _title(text[m.end():numbers[0].start()]):
        return None
    pairs: list[tuple[int, int, int]] = []
    start = m.end()
    for k, n in enumerate(numbers):
        piece = text[start:n.start()]
        after = text[n.end():numbers[k + 1].start() if k + 1 < len(numbers) else len(text)].strip()
        if _title(piece) and (not after or after[:1].isupper()):
            lead = len(piece) - len(piece.lstrip())
            pairs.append((start + lead, start + len(piece.rstrip()), values[k]))
        start = n.end()
    return pairs


def _title(piece: str) -> bool:
    """A title of the list: two words or more, opening with a capitalised word that is no column heading."""
    words = piece.split()
    return len(words) >= 2 and bool(re.match(r"[A-ZÅÄÖ][a-zåäöé]", words[0])) \
        and words[0].casefold() not in COLUMN and any(re.fullmatch(r"[a-zåäöé]{3,}", w) for w in words)


def cut_trailing(line: Line, pairs: list[tuple[int, int, int]]) -> tuple[list[Line], list[tuple[int, str, str]]]:
    """The list's line cut into its label, each paired title and the text between (its number, entries left
    unread), and (index in the returned lines, number, title) of each title."""
    out: list[Line] = []
    heads: list[tuple[int, str, str]] = []
    at = 0
    for s, e, number in pairs:
        if line.text[at:s].strip():
            lead = len(line.text[at:s]) - len(line.text[at:s].lstrip())
            out.append(Line(line.text[at:s].strip(), line.start + at + lead, line.bullet and at == 0))
        heads.append((len(out), str(number), line.text[s:e]))
        out.append(Line(line.text[s:e], line.start + s))
        at = NUMBER_AFTER.match(line.text, e).end()  # the entry's number: no text of the item
    rest = line.text[at:]
    if rest.strip():
        out.append(Line(rest.strip(), line.start + at + len(rest) - len(rest.lstrip())))
    return out, heads
