"""A word run on before an attendee's given name: the previous entry's organisation or a label (issue 10).

A list of "Name title Organisation" entries that lost its line breaks and commas puts each organisation right
before the next person's name: "Alf Ek avdelningschef Gatuavdelningen Karin Berg avdelningschef ..." gives an
attendee "Gatuavdelningen Karin Berg". A Swedish name opens with its given name, so a capitalised word before a
given name the gazetteer knows, followed by family names only, is no part of the name where the word itself shows
what it is: a unit or organisation in its definite form ("Gatuavdelningen", "Kungajaktmuseet",
"Länsstyrelsen"), a role ("Studeranderepresentant") or a list label ("Övriga"). The name is cut to the person,
and the word, where it is an organisation, becomes the previous attendee's affiliation if that one has none.
A family name or a municipality's name before a given name ("Berg Anna Lind") is left alone.
"""

from __future__ import annotations

import re

from ..record import Attendee
from .affiliationcheck import plausible_affiliation
from .givenopen import opens_name
from .persons import is_person

#: a unit or organisation in its definite form, a role, or a list label: never a family name
HEAD = re.compile(r"[A-ZÅÄÖ][a-zåäö]{4,}(?:en|et|ningen|ionen|ngen)|[A-ZÅÄÖ][a-zåäö]*(?:representant|chef|ansvarig|"
                  r"sekreterare|handläggare|ledamot|ledamöter|ersättare)|Övriga|Ordinarie|Tjänstemän")
FAMILY = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?")


def cut_heads(people: list[Attendee]) -> None:
    """Each attendee's name freed of a head word run on before it (see the module), in place."""
    for k, a in enumerate(people):
        words = a.name.split()
        if len(words) < 3 or not HEAD.fullmatch(words[0]) or opens_name(words[0]) or not opens_name(words[1]):
            continue
        rest = " ".join(words[1:])
        if not all(FAMILY.fullmatch(w) and not opens_name(w) for w in words[2:]) or not is_person(rest):
            continue
        a.name = rest
        before = people[k - 1] if k else None
        if before is not None and not before.affiliation and plausible_affiliation(words[0]) == words[0] \
                and words[0].endswith(("en", "et")):
            before.affiliation = words[0]
