"""A protocol's first page read column by column: its labels stacked, their values after the last label (issue 10).

The first page of a Swedish protocol is a table: the labels in the left column ("Plats och tid", "Beslutande",
"Övriga deltagare", "Utses att justera", "Justeringens plats och tid", "Underskrifter"), each value beside its label.
A text layer that gives the left column before the right one writes every label one after the other with nothing
between them, and then the values: "Beslutande Övriga deltagare Utses att justera ... Underskrifter Anna Berg (M)
Per Holm (S) Eva Lind (C) ... kommundirektör ...". The members, each with the party's code in brackets, then stand
as the value of the last label of the stack (the signatures' label), where no attendance list is read.

Here an attendance label whose value is empty, followed only by labels whose values are empty too, gives its list
back: the run of members ("Name (P)", three or more in a row, nothing but separators or a bracketed lower-case note
such as "(ordförande)" between them) that opens the first value after the stack is that label's value. The rest of
that value stays where it was (the offices' column, the signatures), but for a run of officials written "Name, title"
right after the members ("Anna Berg, kommundirektör Per Holm, ekonom"): they are the stack's label of those taking
part otherwise ("Övriga deltagare", "Tjänstemän"), the last such label in the stack, where it has one. A substitute's
entry is part of the members' run ("Eva Lind (S) ersätter Olle Ek (S)": the absent member is left out later). A
value after the stack that an attendance label already holds is read as before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .fields import Field
from .persons import PARTIES

MIN_MEMBERS = 3  #: a run of fewer members may be names in a sentence ("Anna Berg (M) och Per Holm (S) yrkar ...")
_CODES = "|".join(sorted(PARTIES, key=len, reverse=True))
#: a name of two to four words, a particle before a family name ("af", "von"); each space run belongs to one place
#: of the pattern, so a long run of spaces costs one pass (tests/test_hostile_regressions.py)
_NAME = r"[A-ZÅÄÖ][\wéü\-]+(?:\s+(?:(?:af|von|de|van)\s+)?[A-ZÅÄÖ][\wéü\-]+){1,3}"
_PARTY = rf"\s*\((?i:{_CODES})\)"
#: one member's entry and what may stand after it before the next: "Anna Berg (M)", "Per Holm-Ek (KD) (ordförande),",
#: a substitute's "Eva Lind (S) ersätter Olle Ek (S)" (the absent member is left out by :mod:`.standsin`)
MEMBER = re.compile(rf"[\s,;]*{_NAME}{_PARTY}(?:\s*\([a-zåäö][a-zåäö:.\- ]{{1,30}}\))?"
                    rf"(?:\s+(?:ersätter|istf\.?|i st f|tjänstgör för|ersättare för)\s+{_NAME}{_PARTY})?")
#: an official's entry after the members: "Anna Berg, kommundirektör", "Per Holm, kommunfullmäktiges ordförande"
OFFICIAL = re.compile(rf"[\s,;]*{_NAME},\s*[a-zåäö][a-zåäö\-]+(?:\s+[a-zåäö][a-zåäö\-]+){{0,3}}(?=\s+[A-ZÅÄÖ]|\s*$)")


def restacked(fields: list[Field]) -> list[Field]:
    """``fields`` with each stacked attendance label given the members' run that opens the values after the
    stack, and the stack's last label of those taking part otherwise (group ``other``) the officials' run after it
    (see the module); unchanged where there is no such stack."""
    out = list(fields)
    for k, f in enumerate(out):
        if not f.kind.startswith("attendees") or f.value.strip():
            continue
        after = next((j for j in range(k + 1, len(out)) if out[j].value.strip()), None)
        if after is None or out[after].kind.startswith(("attendees", "absent")):
            continue
        value = out[after].value
        end = _run_end(MEMBER, value, 0, MIN_MEMBERS)
        if not end:
            continue
        out[k] = replace(f, value=value[:end].strip(" ,;"))
        other = next((j for j in range(after - 1, k, -1) if out[j].kind.startswith("attendees:other")), None)
        if other is not None and (last := _run_end(OFFICIAL, value, end, 1)):
            out[other] = replace(out[other], value=value[end:last].strip(" ,;"))
            end = last
        out[after] = replace(out[after], value=value[end:].strip(" ,;"))
        break
    return out


def _run_end(entry: re.Pattern[str], value: str, start: int, least: int) -> int:
    """Where the run of ``least`` or more ``entry`` matches from ``start`` of ``value`` ends; 0 where there is none."""
    end, count = start, 0
    while m := entry.match(value, end):
        end, count = m.end(), count + 1
    return end if count >= least else 0
