"""Two people read as one where a list lost the break between them (issue 10): "Martin Ek Cia Numell".

A list flattened into one run, or a table's cell holding two rows, gives the list readers an entry of four words
or more that is two names side by side. :func:`.namerun.split_names` splits such a run only where at most one
name in three opens with a given name the gazetteer does not know; in a run of two names, one short or rare given
name ("Cia", "Nicke", "Cissi") keeps the pair whole. Here an entry the list already read as one person is split
when its words read as exactly two names and in one way only: a given name the gazetteer knows and a family name,
then a capitalised word that is no family name, no known given name and no word that opens an organisation's or a
place's name ("Västra", "Svenska", "Region"), and a family name. The second person takes what the entry wrote
after it (party, title, role); the first takes nothing. Anything else is left as read.
"""

from __future__ import annotations

from ..record import Attendee
from ..swedish import gazetteer
from .givenopen import opens_name
from .namerun import FAMILY_END, WORD
from .persons import HAS_ORG_WORD, is_org, is_person

#: capitalised words that open an organisation's or a place's name, never a person's ("Västra Götaland",
#: "Svenska kyrkan", "Kungliga Operan", "Stora Enso", "Nya Moderaterna", "Region Skåne")
NOT_GIVEN = frozenset({"Västra", "Östra", "Norra", "Södra", "Mellersta", "Nedre", "Övre", "Stora", "Lilla", "Nya",
                       "Gamla", "Svenska", "Sveriges", "Kungliga", "Region", "Regionen", "Landstinget", "Kommun",
                       "Kommunen", "Stiftelsen", "Föreningen", "Förbundet", "Nämnden", "Styrelsen", "Länsstyrelsen",
                       "Sankt", "Saint", "Team", "Enheten", "Avdelningen", "Förvaltningen", "Staden", "Centrum"})


def _family(word: str) -> bool:
    return bool(WORD.fullmatch(word)) and not opens_name(word)


def _rare_given(word: str) -> bool:
    """A capitalised word that may open a name the gazetteer does not know: no family name's ending, no
    organisation's or place's first word."""
    return bool(WORD.fullmatch(word)) and not opens_name(word) and word not in NOT_GIVEN \
        and not FAMILY_END.search(word)


def pair(name: str) -> tuple[str, str] | None:
    """The two names of ``name`` when it is "Given Family Rare Family" (see the module), else None."""
    words = name.split()
    if len(words) != 4 or not (WORD.fullmatch(words[0]) and opens_name(words[0])):
        return None
    if not (_family(words[1]) and _rare_given(words[2]) and _family(words[3])):
        return None
    first, second = " ".join(words[:2]), " ".join(words[2:])
    if not (is_person(first) and is_person(second)) or is_org(second):
        return None
    return first, second


def place_first(name: str) -> bool:
    """A "name" that opens with a municipality or an organisation's word and has no given name the gazetteer knows
    ("Piteå Hockey", "Region Norr"): an organisation read as a person, where a list's entry held only it; or a
    place glued before a name whose given name the gazetteer does not know ("Lerum Soraya Zarza Lundberg")."""
    words = name.split()
    return len(words) > 1 and not any(opens_name(w) for w in words) \
        and (bool(gazetteer.municipality(words[0], genitive=True)) or HAS_ORG_WORD(words[0]))


def unpaired(people: list[Attendee]) -> list[Attendee]:
    """``people`` with each entry that is two names side by side (:func:`pair`) read as the two people, and without
    an organisation read as a person (:func:`place_first`; a place before three name words is cut off instead)."""
    out: list[Attendee] = []
    for a in people:
        if place_first(a.name):  # "Lerum Soraya Zarza Lundberg": the place glued before a name is cut off
            words = a.name.split()
            place = gazetteer.municipality(words[0], genitive=True)
            if not place or len(words) < 4:
                continue
            a.name, a.affiliation = " ".join(words[1:]), a.affiliation or place
        got = pair(a.name) if a.name.count(" ") == 3 else None
        if got:
            out.append(Attendee(name=got[0], group=a.group))
            a.name = got[1]
        out.append(a)
    return out
