"""A list written one person a line, "Name, Organisation" (issue 10).

Network notes and forum minutes list who came one person a line, each with the organisation, municipality or
place they came from: "Anna Berg, Norrby kommun" / "Per Holm, Länsstyrelsen" / "Eva Lind, Idrottsforum Väst".
The header reader joins the lines with "; ", and the list reader cuts at every comma and semicolon alike, so an
organisation written in two capitalised words ("Ideell Samverkan", "Bygdens Forum") reads as the next person and
every affiliation after it shifts by one. Where most of a list's lines are "Name, Capitalised rest", the line is
the entry: the part after the first comma describes that line's person ("Name (rest)"), whatever it looks like.

A line of such a list that holds two entries run together, its line break lost ("Anna Berg, Norrby kommun Per
Holm, Länsstyrelsen"), is read as two: the middle part ends with the second person's name (a known given name
and one more name word). A line whose rest ends with a person's name and has no second comma is left as written
(it may be a role before the next name: "Anna Berg, Sekreterare Per Holm").
"""

from __future__ import annotations

import re

from ..swedish.names import given_names
from .persons import LOWER, UPPER, is_person

#: a person's last two name words at the end of a part: the next entry's name run on into it
TAIL_PERSON = re.compile(rf"\s([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?\s+[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)$")
#: the fewest lines of that form that make a list of them, and the share of its lines they must be
MIN_LINES = 3


def line_entries(value: str) -> str:
    """``value`` with each "Name, rest" line of a one-person-a-line list written "Name (rest)"; unchanged when
    fewer than three lines, or fewer than three in four, have that form."""
    if "; " not in value or "," not in value:  # the cheap test: lines joined by the header reader, with commas
        return value
    lines = [ln.strip() for ln in value.split("; ") if ln.strip()]
    if len(lines) < MIN_LINES:
        return value
    read, missing = [], 0
    for ln in lines:  # stopped once more than one line in four does not fit: the list cannot be one (issue 12)
        read.append(r := _entries(ln))
        missing += r is None
        if missing * 4 > len(lines):
            return value
    if len(lines) - missing < MIN_LINES:
        return value
    out: list[str] = []
    for ln, r in zip(lines, read):
        out += [f"{name} ({rest})" for name, rest in r] if r is not None else [ln]
    return "; ".join(out)


def _entries(line: str) -> list[tuple[str, str]] | None:
    """The (name, rest) entries of one line ("Name, rest", or several run together: each middle part ends with
    the next person's name), or None."""
    parts = [p.strip() for p in _outer_commas(line)]
    if len(parts) < 2:
        return None
    names, rests = [parts[0]], []
    for middle in parts[1:-1]:
        m = TAIL_PERSON.search(middle)
        if not m or m.group(1).split()[0] not in given_names():
            return None
        rests.append(middle[:m.start()].strip())
        names.append(m.group(1))
    rests.append(parts[-1])
    entries = [_entry(n, r) for n, r in zip(names, rests)]
    return entries if all(entries) else None  # type: ignore[return-value]


def _entry(name: str, rest: str) -> tuple[str, str] | None:
    """(name, rest with its brackets as commas) when ``name`` is a person's and ``rest`` a capitalised description
    that does not end with another person's name."""
    if not rest[:1].isupper() or "(" in name or not is_person(name):
        return None
    if (m := TAIL_PERSON.search(" " + rest)) and m.group(1).split()[0] in given_names() and is_person(m.group(1)):
        return None
    rest = re.sub(r"\s*\(\s*", ", ", rest).replace(")", "").strip(" ,")
    return name, rest


def _outer_commas(line: str) -> list[str]:
    """``line`` cut at its commas outside brackets."""
    if "(" not in line and ")" not in line:  # no brackets: every comma (the loop below is ~5 us a line)
        return line.split(",")
    parts, depth, start = [], 0, 0
    for k, c in enumerate(line):
        depth += (c == "(") - (c == ")")
        if c == "," and depth == 0:
            parts.append(line[start:k])
            start = k + 1
    parts.append(line[start:])
    return parts
