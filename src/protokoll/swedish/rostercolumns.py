"""A roster's role column inside a flattened line: "Anna Berg (S) Ordförande Per Ek (M) Eva Holm (C)".

A protocol's first page often lists the deciding members as a table: name and party in one column, the
meeting role ("Ordförande", "Vice ordförande") capitalised in the next. Web extraction and merged PDF
columns run the rows together, and the role word then stands between two party-marked names. There it is
the role of the person before it, not a header label opening a new value: cutting the line at it loses the
rest of the roster and takes the next member for the chair. A Swedish roster is headed by its chair, so
"Ordförande" right after the roster's first party-marked entry and before another "Name Name (party)" is
no label. Anywhere else (later in the list, where "Justerare Per Ek (M)" may well open the next value, after
a date or a place, before a name without a party) it is left to the label rules.
"""

from __future__ import annotations

import re

_UP = "A-ZÅÄÖÉÜ"
_LO = "a-zåäöéèüæøáíóú"
_WORD = rf"[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?"
_PARTY = rf"\([{_UP}{_LO}][{_UP}{_LO}]{{0,3}}\)"  #: "(S)", "(MP)", "(KD)", "(FiA)", and older "(s)", "(fp)"
#: the roster's label and its first entry, which the chair heads: "Beslutande Anna Berg (S)"
FIRST_ENTRY = re.compile(rf"(?:Beslutande|Beslutande ledamöter|Ledamöter|Ordinarie ledamöter|Tjänstgörande "
                         rf"ledamöter|Närvarande|Närvarande ledamöter):?\s+{_WORD}(?:\s+{_WORD}){{1,2}}\s+{_PARTY}\s*$")
#: the next roster entry: two or three name words and a party code ("Per Ek (M)", "Eva Lind Holm (KD)")
NEXT_ENTRY = re.compile(rf"\s+{_WORD}(?:\s+{_WORD}){{1,2}}\s+{_PARTY}")


#: a row written "Name, (party) Role": the comma before the party, the role after it ("Per Ek, (M) Ledamot")
COMMA_ENTRY_END = re.compile(rf"{_WORD}(?:\s+{_WORD}){{1,2}},\s*{_PARTY}\s*$")
COMMA_ENTRY = re.compile(rf"\s+{_WORD}(?:\s+{_WORD}){{1,2}},\s*{_PARTY}")


def role_cell(before: str, after: str) -> bool:
    """Whether "Ordförande" between ``before`` and ``after`` (the text either side of it) is a roster's role
    column: the roster's label and its first, party-marked entry end ``before`` and another party-marked
    name opens ``after``; or, in a roster whose rows are written "Name, (party) Role", such a row's name and
    party end ``before`` and the next row's open ``after``, wherever the chair's row stands."""
    return bool(FIRST_ENTRY.search(before)) and bool(NEXT_ENTRY.match(after)) \
        or bool(COMMA_ENTRY_END.search(before)) and bool(COMMA_ENTRY.match(after))
