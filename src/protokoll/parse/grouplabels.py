"""Delegation and party headings inside one attendance run (issue 10): "Från Norrby kommun: A, B Från Region X: C".

An attendance list flattened into one run (web extraction, merged columns) keeps the sub-headings that stood between
its groups. The header's own labels ("Ledamöter", "Ersättare", "Tjänstemän", "Övriga närvarande") are cut where they
run on in a line already (:mod:`.labelsplit`); two other kinds of heading are no label: a delegation's organisation
("Från Norrby kommun:", "För Socialnämnden") and a party's name ("Socialdemokraterna"). Read as part of a name, such a
heading ends the list or spoils the names after it. Here a run is cut at each such heading that stands between a
name (or the run's start) and the next name (a given name the gazetteer knows, then a capitalised word), and each
part is read as a list of its own: the organisation a delegation's heading names ("Från X"; a body of the
municipality, "För Socialnämnden", names whom the member stands for, no affiliation), the party a party's name stands
for, for the people under it without one of their own. A run with no such heading is read as before.
"""

from __future__ import annotations

import re

from ..record import Attendee
from .givenopen import opens_name
from .header import heading_affiliation
from .names import parse_attendees
from .openbrackets import close_open
from .partyfirst import party_first
from .persons import is_org

#: the parties' names as a list's sub-heading, and the code the list's people are given
PARTY_NAMES = {"Socialdemokraterna": "S", "Moderaterna": "M", "Centerpartiet": "C", "Liberalerna": "L",
               "Kristdemokraterna": "KD", "Sverigedemokraterna": "SD", "Vänsterpartiet": "V", "Miljöpartiet": "MP"}
#: a party's name between a name's end (a letter or a closing bracket) or the run's start and the next name
LABEL = re.compile(r"(?:^|(?<=[\w)])\s+)(?P<label>" + "|".join(PARTY_NAMES)
                   + r")\s*:?\s+(?=(?P<next>[A-ZÅÄÖ][\wåäöé\-]*)\s+[A-ZÅÄÖ])")
#: a delegation's heading: "Från Norrby kommun:", "För Socialnämnden", "För Barn- och utbildningsnämnden"
DELEGATION = re.compile(r"(?:^|(?<=[\w)])\s+)(?P<prep>Från|För)\s+(?P<org>[A-ZÅÄÖ][\wåäö\-]*(?:\s+(?:och\s+|i\s+)?"
                        r"[\wåäö\-]+){0,4}?)\s*(?P<colon>:?)\s+(?=(?P<next>[A-ZÅÄÖ][\wåäöé\-]*)\s+[A-ZÅÄÖ])")
#: a verb in a delegation's heading: it is a sentence ("Från Region Skåne deltar Anna Berg och Per Holm")
VERBS = re.compile(r"\b(?:deltar|deltog|deltagit|medverkar|medverkade|närvarar|närvarade|var|är|kommer|fanns)\b")
#: the words the patterns need, the cheap test before them
GATE = ("Från ", "För ", "partiet", "demokraterna", "Moderaterna", "Liberalerna")


def _cuts(value: str) -> list[tuple[int, int, str | None]]:
    """(start, end, affiliation) of each heading in ``value`` followed by a name, in order, none overlapping."""
    out = [(m.start(), m.end(), PARTY_NAMES[m.group("label")]) for m in LABEL.finditer(value)
           if opens_name(m.group("next"))]
    for m in DELEGATION.finditer(value):
        if not opens_name(m.group("next")) or not is_org(org := m.group("org")) or VERBS.search(org):
            continue  # "Från Region Skåne deltar Anna Berg": a sentence, read by the list reader itself
        if m.group("prep") == "Från" and not m.group("colon") and org.split()[-1][:1].isupper() \
                and len(org.split()) > 1:
            continue  # "Från Norrby Karin Holm": no organisation's form to end the heading
        out.append((m.start(), m.end(), heading_affiliation(f"Från {org}") if m.group("prep") == "Från" else None))
    out.sort()
    return [c for k, c in enumerate(out) if k == 0 or c[0] >= out[k - 1][1]]


def grouped(value: str, group: str) -> list[Attendee]:
    """The people of one attendance value, cut at the headings inside it (see the module), its brackets left open
    closed first (:mod:`.openbrackets`)."""
    value = close_open(value)
    cuts = _cuts(value) if any(w in value for w in GATE) else []
    if not cuts:
        return parse_attendees(party_first(value), group)
    out = parse_attendees(party_first(value[:cuts[0][0]]), group) if value[:cuts[0][0]].strip() else []
    for k, (_, end, where) in enumerate(cuts):
        for a in parse_attendees(party_first(value[end:cuts[k + 1][0] if k + 1 < len(cuts) else None]), group):
            a.affiliation = a.affiliation or where
            out.append(a)
    return out
