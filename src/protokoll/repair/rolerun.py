"""Signature labels in a row and their names in a row: a flattened signature table put back as label lines.

A protocol's first page ends with a table: "Sekreterare", "Ordförande", "Justerande" in one column, the
signers' names beside them. Web extraction often reads such a table column by column, so a flattened page
says "Underskrifter Sekreterare Ordförande Justerande Anna Berg Karin Lund (S) Per Holm (M)": the labels in a
row, then the names in the same order. :func:`pair_roles` writes such a run as one "Label Name" line per
label, the last label (the adjusters) keeping a second name. It abstains unless the names split
unambiguously: each name followed by its party ("Karin Lund (S)"; an official's two-word name without one
before a member's), or all names of exactly two words; and unless the names match the labels: as many, or
one more for two adjusters. A non-role label inside the block ("Sekreterare Paragrafer 8-15 Ordförande
Justerare") keeps the role labels before it in the count; the words of the posting block after the table
("Instans", "Anslaget") end the names; a name twice, or a name run into the next, is unclear.
"""

from __future__ import annotations

import re

from .layoutwords import LABEL_KIND, LO, ROLE_LABELS
from .pages import UP

_ROLE = rf"(?:{'|'.join(ROLE_LABELS)})"
#: two to four role labels in a row, each perhaps followed by the dots of a signature line
RUN = re.compile(rf"(?<![\w-])((?:{_ROLE}[.:]*\s+){{1,3}}{_ROLE}[.:]*)\s+(?=[{UP}])")
#: a name's word or a party mark, perhaps with the dots of a signature line after it ("Eva Ek.. Karin Lund")
WORD = re.compile(rf"([{UP}][{LO}]+(?:-[{UP}][{LO}]+)?|\([{UP}]{{1,4}}\))\.{{0,3}}(?:\s+|$)")
LAST = ("Justerande", "Justerare")
#: role labels, then the paragraphs' label with its numbers, just before a run: the same signature block
BEFORE = re.compile(rf"((?:{_ROLE}[.:]*\s+)+)(Paragrafer|Paragraf|§§|§)(?:\s*\d+(?:\s*[-–]\s*\d+)?,?)*\s+$")
#: words of the posting block ("Anslag/Bevis": "Instans", "Anslaget sätts upp") that end a run of names
STOP = {"instans", "anslag", "anslaget", "bevis", "organ", "underskrift"}
_END = frozenset(LABEL_KIND) | STOP


def pair_roles(text: str) -> str:
    """``text`` with every unambiguous run of signature labels and names as "Label Name" lines."""
    out, last = [], 0
    for m in RUN.finditer(text):
        if m.start() < last:
            continue
        labels = re.findall(_ROLE, m.group(1))
        start, head = m.start(), ""
        if (b := BEFORE.search(text, last, m.start())) and b.end() == m.start():
            labels = re.findall(_ROLE, b.group(1)) + labels
            start, head = b.start(), text[b.end(1):b.end()].strip() + "\n"
        names, end = _names(text, m.end())
        pairs = _assign(labels, names)
        if pairs is None:
            continue
        before = text[last:start].rstrip(" ")
        out.append(before + ("" if not before or before.endswith("\n") else "\n") + head)
        out.append("\n".join(f"{label} {name}" for label, name in pairs) + ("" if text.startswith("\n", end) else "\n"))
        last = end
    return "".join(out) + text[last:] if out else text


def _names(text: str, pos: int) -> tuple[list[list[str]], int]:
    """The run of name words and party marks from ``pos``, as words, and where it ends."""
    words: list[str] = []
    while (m := WORD.match(text, pos)) and m.group(1).casefold() not in _END:
        words.append(m.group(1))
        pos = m.end()
    if re.match(rf"[{UP}][{LO}]+[{UP}]", text[pos:pos + 40]):  #: a name run into the next ("BergBerg"): unclear
        return [], pos
    return _split(words), pos


def _split(words: list[str]) -> list[list[str]]:
    """The people in a run of name words: each closed by its party, or two words each; [] when unclear."""
    if not words:
        return []
    if any(w.startswith("(") for w in words):
        people, current = [], []
        for w in words:
            current.append(w)
            if w.startswith("("):
                if len(current) == 5:  #: an official without party before a member: "Eva Ek Per Holm (M)"
                    people.append(current[:2])
                    current = current[2:]
                if len(current) not in (3, 4):
                    return []
                people.append(current)
                current = []
        return people if not current else []
    return [words[k:k + 2] for k in range(0, len(words), 2)] if len(words) % 2 == 0 else []


def _assign(labels: list[str], people: list[list[str]]) -> list[tuple[str, str]] | None:
    """Label and name in order; the last label, the adjusters', may take a second name."""
    if len(people) - len(labels) not in (0, 1) or (len(people) > len(labels) and labels[-1] not in LAST):
        return None
    if len(set(labels)) < len(labels) or len({" ".join(p) for p in people}) < len(people):
        return None  #: one person under two labels: a scan's repeated signature, not a second role
    pairs = [(label, " ".join(p)) for label, p in zip(labels[:-1], people)]
    pairs.append((labels[-1], " ".join(" ".join(p) for p in people[len(labels) - 1:])))
    return pairs
