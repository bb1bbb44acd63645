"""Header labels in the middle of a line: a header whose line breaks were lost.

A page copied from a document-sharing site or a PDF whose columns were merged
gives the header as one run: "Plats och tid Kommunhuset, kl 13.00-15.00
Beslutande Anna Berg (S), ordförande Per Ek (M) Övriga deltagare Eva Holm,
sekreterare". The labels of a Swedish protocol's first page are capitalised
and fixed, so such a line is cut before each of them and the header reader
sees one label per line, as in a document with its breaks intact. Only long
lines are cut, and only before a label written with its capital (inside a
list, roles are lower case: "Anna Berg (S), ordförande").
"""

from __future__ import annotations

import re

from ..swedish.rostercolumns import role_cell
from .lines import Line
from .lostlabels import lost_label_cuts
from .rolefirst import role_and_name

LONG = 30  #: a header line at least this long may be several flattened lines
LABELS = ("Justeringens plats och tid", "Justeringens tid och plats", "Plats och tid för sammanträdet", "Plats och tid",
          "Tid och plats", "Ej beslutande",
          "Ej tjänstgörande ersättare", "Icke tjänstgörande ersättare", "Tjänstgörande ersättare", "Ersättare",
          "Övriga deltagare", "Övriga närvarande", "Övriga deltagande", "Övriga medverkande", "Närvarande tjänstemän",
          "Närvarande ledamöter", "Ordinarie ledamöter", "Tjänstgörande ledamöter",
          "Beslutande ledamöter och tjänstgörande ersättare", "Beslutande och tjänstgörande ersättare",
          "Ledamöter och tjänstgörande ersättare", "Beslutande ledamöter",
          "Närvarande ersättare", "Beslutande", "Ledamöter", "Ej närvarande", "Ej Närvarande", "Närvarande", "Utses att justera",
          "Justerande", "Justerare", "Sekreterare", "Vid protokollet", "Ordförande", "Paragrafer", "Underskrifter",
          "Sammanträdesdatum", "Frånvarande", "Anmält förhinder", "Gäster", "Adjungerade", "Tjänstemän",
          "Inbjudna", "Protokollförare", "Insynsplats", "Yttranderätt", "Närvarorätt", "Övriga beslutande ledamöter", "Närvaro",
          "Övriga beslutande")
MIDLINE = re.compile(r"(?<=\S)\s+(?=(?:" + "|".join(re.escape(x) for x in LABELS) + r")(?::|\s|$))")
#: a role after a name inside a list ("Anna Berg, Ordförande", "ers. Sekreterare") is no label
NOT_AFTER = re.compile(r"(?:,|\bvice|\bers\.?|\b1:e|\b2:e|\boch|\bej|[.…_]{2,})$", re.I)  # dots: a signature line's margin


def split_labels(lines: list[Line]) -> list[Line]:
    """The lines, long ones cut before every capitalised header label inside them."""
    out: list[Line] = []
    for ln in lines:
        if len(ln.text) < LONG:
            out.append(ln)
            continue
        cuts = sorted([m.end() for m in MIDLINE.finditer(ln.text) if not NOT_AFTER.search(ln.text[:m.start()])
                       and not _in_roster(ln.text, m.end()) and not _list_opens_with_role(ln.text, m)
                       and not _role_cell(ln.text, m)]
                      + lost_label_cuts(ln.text))
        if not cuts:
            out.append(ln)
            continue
        for s, e in zip([0] + cuts, cuts + [len(ln.text)]):
            piece = ln.text[s:e].strip()
            if piece:
                out.append(Line(piece, ln.start + s, ln.bullet and s == 0))
    return out


ROLE_WORD = re.compile(r"Ordförande\b")


def _in_roster(text: str, pos: int) -> bool:
    """\"Ordförande\" after a roster's first party-marked entry, before the next: its role column, no label."""
    role = ROLE_WORD.match(text, pos)
    return bool(role) and role_cell(text[max(0, pos - 80):pos], text[role.end():role.end() + 120])


#: a list label and its colon ("Närvarande:", "Beslutande ledamöter:") ending the text before a role word
LIST_LABEL_COLON = re.compile(r"\b(?:närvarande|beslutande|ledamöter|deltagare|ersättare|närvaro)\s*:$", re.I)


def _list_opens_with_role(text: str, m: re.Match[str]) -> bool:
    """"Närvarande: Ordförande Anna Berg, Sekreterare Per Holm": a role word and a name right after a list
    label's colon is the list's first entry (its role written before its holder), no label of its own."""
    return bool(LIST_LABEL_COLON.search(text[:m.start()])) \
        and role_and_name(re.split(r"[,;(]", text[m.end():], maxsplit=1)[0].strip()) is not None


#: a party's code in brackets, all that follows a role word on the line: "Ordförande (C)"
PARTY_AFTER = re.compile(r"[A-ZÅÄÖ][a-zåäö]+\s*\([A-ZÅÄÖ]{1,4}\)\s*$")
#: the last two words before the role word are capitalised: a name ("Anna Berg Ordförande (C)")
NAME_BEFORE = re.compile(r"[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ][\wåäö-]+$")


def _role_cell(text: str, m: re.Match[str]) -> bool:
    """"Beslutande: Anna Berg Ordförande (C)": a role word between a name and the line's closing party is the
    role cell of a list written one entry a line ("Name / Role / (Party)" cells), no label."""
    return bool(PARTY_AFTER.match(text, m.end())) and bool(NAME_BEFORE.search(text, 0, m.start()))
