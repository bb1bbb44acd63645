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
that value (the officials without a party, the offices' column, the signatures) stays where it was: which of the
stacked labels its names belong to cannot be told. A value after the stack that an attendance label already holds
is read as before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .fields import Field
from .persons import PARTIES

MIN_MEMBERS = 3  #: a run of fewer members may be names in a sentence ("Anna Berg (M) och Per Holm (S) yrkar ...")
_CODES = "|".join(sorted(PARTIES, key=len, reverse=True))
#: one member's entry and what may stand after it before the next: "Anna Berg (M)", "Per Holm-Ek (KD) (ordförande),"
MEMBER = re.compile(rf"[\s,;]*[A-ZÅÄÖ][\wéü\-]+(?:\s+(?:af|von|de|van)?\s*[A-ZÅÄÖ][\wéü\-]+){{1,3}}\s*\((?i:{_CODES})\)"
                    r"(?:\s*\([a-zåäö][a-zåäö:.\- ]{1,30}\))?")


def restacked(fields: list[Field]) -> list[Field]:
    """``fields`` with each stacked attendance label given the members' run that opens the values after the
    stack (see the module); unchanged where there is no such stack."""
    out = list(fields)
    for k, f in enumerate(out):
        if not f.kind.startswith("attendees") or f.value.strip():
            continue
        after = next((j for j in range(k + 1, len(out)) if out[j].value.strip()), None)
        if after is None or out[after].kind.startswith(("attendees", "absent")):
            continue
        end = _members_end(out[after].value)
        if end:
            out[k] = replace(f, value=out[after].value[:end].strip(" ,;"))
            out[after] = replace(out[after], value=out[after].value[end:].strip(" ,;"))
    return out


def _members_end(value: str) -> int:
    """Where the run of :data:`MIN_MEMBERS` or more members' entries opening ``value`` ends; 0 where there is none."""
    end, count = 0, 0
    while m := MEMBER.match(value, end):
        end, count = m.end(), count + 1
    return end if count >= MIN_MEMBERS else 0
