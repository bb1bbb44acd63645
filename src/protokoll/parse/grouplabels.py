"""Headings inside one attendance run (issue 10): "Från Norrby kommun: A, B Västtrafiks styrelse C D Sekretariatet E".

An attendance list flattened into one run (web extraction, merged columns) keeps the sub-headings that stood between
its groups. The header's own labels ("Ledamöter", "Ersättare", "Tjänstemän", "Övriga närvarande") are cut where they
run on in a line already (:func:`.segment.split_labels`); other headings are no label: a delegation's organisation
("Från Norrby kommun:", "För Socialnämnden"), a party's name ("Socialdemokraterna"), a body's members or officials
("Västtrafiks styrelse", "Regionens ledamöter", "Sekretariatet") and a body or an organisation that opens the run
before its first name ("Regionala rådet Anna Berg, VGR ...", "Västtrafik Per Holm Eva Lind"). Read as part of a name,
such a heading ends the list or spoils the names after it. Here a run is cut at each such heading that stands between
a name (or the run's start) and the next name (a given name the gazetteer knows, then a capitalised word), and each
part is read as a list of its own: the organisation a delegation's heading names ("Från X"; a body of the
municipality, "För Socialnämnden", names whom the member stands for, no affiliation), the party a party's name stands
for, for the people under it without one of their own; the officials under "Sekretariatet" or "X:s tjänstemän" in the
group ``other``, the substitutes under "X:s ersättare" with that role. A body's heading is no one's affiliation. A run
with no such heading is read as before.
"""

from __future__ import annotations

import re

from ..record import Attendee
from .givenopen import opens_name
from .header import heading_affiliation
from .names import parse_attendees
from .openbrackets import close_open
from .partyfirst import party_first
from .persons import PARTY_NAMES, has_title_word, is_org, is_person

#: a party's name between a name's end (a letter or a closing bracket) or the run's start and the next name
LABEL = re.compile(r"(?:^|(?<=[\w)])\s+)(?P<label>" + "|".join(PARTY_NAMES)
                   + r")\s*:?\s+(?=(?P<next>[A-ZÅÄÖ][\wåäöé\-]*)\s+[A-ZÅÄÖ])")
#: a delegation's heading: "Från Norrby kommun:", "För Socialnämnden", "För Barn- och utbildningsnämnden"
DELEGATION = re.compile(r"(?:^|(?<=[\w)])\s+)(?P<prep>Från|För)\s+(?P<org>[A-ZÅÄÖ][\wåäö\-]*(?:\s+(?:och\s+|i\s+)?"
                        r"[\wåäö\-]+){0,4}?)\s*(?P<colon>:?)\s+(?=(?P<next>[A-ZÅÄÖ][\wåäöé\-]*)\s+[A-ZÅÄÖ])")
#: a verb in a delegation's heading: it is a sentence ("Från Region Skåne deltar Anna Berg och Per Holm")
VERBS = re.compile(r"\b(?:deltar|deltog|deltagit|medverkar|medverkade|närvarar|närvarade|var|är|kommer|fanns)\b")
#: a body's members or officials as a heading: "Västtrafiks styrelse", "Regionens ledamöter", "Sekretariatet" (as
#: :data:`.headerlabels.GROUP_HEAD` reads it at a line's start), perhaps with the organisation
#: ("Sekretariatet Region X")
BODY_HEAD = re.compile(r"(?:^|(?<=[\w)])\s+)(?:[A-ZÅÄÖ][\wåäö\-]*s\s+(?P<word>styrelse|ledamöter|ordinarie\s+ledamöter|"
                       r"ersättare|tjänstgörande\s+ersättare|tjänstemän|tjänstepersoner|representanter)|Sekretariatet"
                       r"(?:\s+(?P<org>[A-ZÅÄÖ][\wåäö\-]+))?)\s*:?\s+(?=(?P<next>[A-ZÅÄÖ][\wåäöé\-]*)\s+[A-ZÅÄÖ])")
#: the group and role of the people under such a heading (the list's own group where it names none)
HEAD_GROUPS = {"ersättare": ("other", "ersättare"), "tjänstgörande ersättare": ("", "ersättare"),
               "tjänstemän": ("other", None), "tjänstepersoner": ("other", None), None: ("other", None)}
#: the words the patterns need, the cheap test before them
GATE = ("Från ", "För ", "partiet", "demokraterna", "Moderaterna", "Liberalerna", "s styrelse", "s ledamöter",
        "s ordinarie", "s ersättare", "s tjänst", "s representanter", "Sekretariatet")


def _cuts(value: str, gated: bool) -> list[tuple[int, int, str | None, tuple[str, str | None]]]:
    """(start, end, affiliation, (group, role)) of each heading in ``value`` followed by a name, in order, none
    overlapping (an empty group: the list's own); the headings inside the run only where ``gated`` (their words are
    in it)."""
    own: tuple[str, str | None] = ("", None)
    out = [] if not gated else [(m.start(), m.end(), PARTY_NAMES[m.group("label")], own) for m in LABEL.finditer(value)
           if opens_name(m.group("next"))]
    for m in DELEGATION.finditer(value) if gated else ():
        if not opens_name(m.group("next")) or not is_org(org := m.group("org")) or VERBS.search(org):
            continue  # "Från Region Skåne deltar Anna Berg": a sentence, read by the list reader itself
        if m.group("prep") == "Från" and not m.group("colon") and org.split()[-1][:1].isupper() \
                and len(org.split()) > 1:
            continue  # "Från Norrby Karin Holm": no organisation's form to end the heading
        out.append((m.start(), m.end(), heading_affiliation(f"Från {org}") if m.group("prep") == "Från" else None, own))
    for m in BODY_HEAD.finditer(value) if gated else ():
        end = m.start("org") if m.group("org") and opens_name(m.group("org")) else m.end()  # "Sekretariatet Eva Ek"
        if end < m.end() or opens_name(m.group("next")):
            word = " ".join(m.group("word").split()) if m.group("word") else None
            out.append((m.start(), end, None, HEAD_GROUPS.get(word, own)))
    if (lead := _lead_head(value)) is not None:
        out.append((0, lead, None, own))
    out.sort()
    return [c for k, c in enumerate(out) if k == 0 or c[0] >= out[k - 1][1]]


def _lead_head(value: str) -> int | None:
    """Where a heading that opens the run ends: one to three words naming a body or an organisation ("Regionala
    rådet", "Västtrafik"), none a given name, then a name, and the list goes on as a list of names or of "Name,
    Organisation" entries (in "Trafikverket Anna Berg, Region Skåne Per Holm" the organisation is each one's)."""
    words = value.split(maxsplit=5)
    for n in (1, 2, 3):
        if len(words) < n + 2 or not words[0][:1].isupper() or opens_name(words[n - 1]):
            return None
        if not opens_name(words[n]) or not words[n + 1][:1].isupper():
            continue
        rest, head = value.split(maxsplit=n)[n], " ".join(words[:n])
        first = rest.split(",", 1)[0].split()
        if re.search(r"[,;:()]", head) or has_title_word(head):  # "Kommunchef Eva Ek": a title, no heading
            return None
        if is_org(head) and ("," not in rest or 2 <= len(first) <= 3 and is_person(" ".join(first))):
            return len(value) - len(rest)
        return None
    return None


def grouped(value: str, group: str) -> list[Attendee]:
    """The people of one attendance value, cut at the headings inside it (see the module), its brackets left open
    closed first (:mod:`.openbrackets`)."""
    value = close_open(value)
    cuts = _cuts(value, any(w in value for w in GATE))
    if not cuts:
        return parse_attendees(party_first(value), group)
    out = parse_attendees(party_first(value[:cuts[0][0]]), group) if value[:cuts[0][0]].strip() else []
    for k, (_, end, where, (own, role)) in enumerate(cuts):
        for a in parse_attendees(party_first(value[end:cuts[k + 1][0] if k + 1 < len(cuts) else None]), own or group):
            a.affiliation = a.affiliation or where
            a.role = a.role or role
            out.append(a)
    return out
