"""The last check of the attendees' affiliations: a value that is no municipality, party or organisation is left out.

The list readers take what stands after a name ("Anna Berg, Norrby", "Anna Berg (S)", "Anna Berg, Region Norr")
as the person's affiliation. Where a flattened header or list lost its line breaks and commas, what stands there
can be something else, and a wrong affiliation is worse than none (issue 10):

- the next entry of the list: a person's name with the items they attended ("förvaltningschef Anna Berg 226, ekonom
  Per Holm 226" read as Anna Berg of "Per Holm 226"), or with the rest of the list ("Per Holm Region Norr ...");
- the first half of a compound cut off at its "och" ("Nämnd- och utredningssekreterare", "Individ- och
  familjeomsorgschef"): a word that ends in a hyphen is never a whole name;
- a job title ("Kommundirektör", "Kommunplanerare Eva Lind"): the next official's title, which the reader of that
  entry lost;
- a label of the page's header ("Justeringens plats ...", "Tid", "Paragrafer") that ran on after the last name;
- a party and a person's name ("C Gösta Ek" of a table row "Eva Lind | C | | Gösta Ek"): the party is kept;
- a given name and a surname that ends as a town's name does ("Linda Elmstad", read as "Malmö stad" is read).

An organisation run on into the next person's name ("Norrby kommun Eva Lind. Tallby kommun") keeps what stands
before the name.

Page furniture after an affiliation ("Norrby kansli Sida 1 av 8") is cut off, the affiliation kept.
The module is apart from :mod:`.plausible` (at its size limit), which calls it.
"""

from __future__ import annotations

import re

from ..record import MeetingRecord
from ..swedish import gazetteer
from ..swedish.kept import kept
from .entrywords import ends_as_title
from .givenopen import opens_name
from .persons import (
    PARTIES,
    affiliation,
    is_org,
    is_person,
)

#: the items a person attended, written after the name: "226", "13-16", "§ 12", "169 och 173"
ITEMS = re.compile(r"(?:\s+(?:§§?\s*)?\d+[a-z]?(?:\s*[-–]\s*\d+)?(?:\s*(?:,|och)\s*\d+(?:\s*[-–]\s*\d+)?)*)+\s*$")
#: the labels of a protocol's first page that open a value where a label's value was lost
HEADER_LABEL = re.compile(r"(?:Justeringens|Justering|Justerande|Justerare|Tid|Plats|Paragrafer|Paragraf|Underskrifter|"
                          r"Underskrift|Utses|Sekreterare|Ordförande|Beslutande|Övriga|Närvarande|Tjänstemän|"
                          r"Ersättare|Sammanträdesdatum|Datum)(?=$|[\s:.,])")
#: a page's number printed after the list ("Sida 1 av 8", "Sida 2 (12)")
PAGE_TAIL = re.compile(r"\s+(?:Sida|Sid\.?|Blad)\s+\d+(?:\s*(?:av|/)\s*\d+|\s*\(\d+\))?\s*$")


def check(rec: MeetingRecord) -> None:
    """Each attendee's affiliation cut of page furniture, or left out when it is no affiliation."""
    for a in rec.attendees:
        if a.affiliation:
            a.affiliation = plausible_affiliation(a.affiliation)


@kept(maxsize=4096)
def plausible_affiliation(value: str) -> str | None:
    """The affiliation as it stands, cut of a page's number after it, or None when it is not one (kept for the
    last values: a list names the same affiliations again)."""
    if value in PARTIES:  # most affiliations: nothing to check
        return value
    if "Sid" in value or "Blad" in value:
        value = PAGE_TAIL.sub("", value)
    first = value.split()[0] if value.split() else ""
    if not first or value.endswith(("-", "‐")):  # "Nämnd-" of "Nämnd- och utredningssekreterare"
        return None
    if first[:1].isupper() and (HEADER_LABEL.match(value) or ends_as_title(first)
                                and not opens_name(first)):
        return None  # "Justeringens plats ...", "Kommundirektör": a label, the next official's title
    bare = ITEMS.sub("", value) if value[-1:].isdigit() else value  #: without the items attended
    if " " in bare and (opens_name(first) or bare != value) and is_person(bare) and not is_org(bare) \
            or opens_name(first) and " " in value and _person_first(value.split()):
        return None  # "Per Holm 226", "Per Holm Region Norr": the next entry of a list whose commas were lost
    if _surname_like(value.split()):
        return None  # "Linda Elgestad": a given name and a surname that ends as "Malmö stad" does
    if len(value.split()) > 3:
        value = _before_person(value) or value
    if first in PARTIES and " " in value and is_person(value[len(first):].strip()):
        return first  # "C Gösta Ek": a table row's party, then the substitute's name in the next column
    return value


def _person_first(words: list[str]) -> bool:
    """Whether a value opens with a person's name and goes on ("Per Holm Region Norr Eva Lind"), other than a
    name in the genitive before a noun ("Anna Lindhs minnesfond", named after her)."""
    genitive = words[1].endswith("s") and len(words) > 2 and words[2][:1].islower()
    return len(words) > 2 and not genitive and words[1][:1].isupper() and is_person(" ".join(words[:2]))


#: one capitalised word as a surname is written ("Elgestad", "Berg-Holm")
SURNAME = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?")


def _surname_like(words: list[str]) -> bool:
    """"Linda Elgestad": a known given name and one capitalised word, where that word holds no organisation's
    word but the "stad" a surname may end with (``is_org`` reads "Elgestad" as "Malmö stad" is read)."""
    return len(words) == 2 and opens_name(words[0]) and bool(SURNAME.fullmatch(words[1])) \
        and words[1].endswith("stad") and not is_org(words[1][:-4] or "x")


def _before_person(value: str) -> str | None:
    """"Norrby kommun Eva-May Lind. Tallby kommun": an organisation run on into the next person's name keeps
    what stands before the name (as a municipality's short name); the value as it is when that is no organisation
    ("Svenska kyrkan Maria Magdalena församling")."""
    words = value.split()
    for k in range(1, len(words) - 1):
        given = opens_name(words[k]) or "-" in words[k] and opens_name(words[k].split("-")[0])  # "Eva-May"
        if given and words[k + 1][:1].isupper() and is_person(f"{words[k]} {words[k + 1].rstrip('.,;')}"):
            head = " ".join(words[:k]).rstrip(" ,.;")  # not an organisation: a name's part ("Maria församling")
            return affiliation(head) if is_org(head) or gazetteer.municipality(head) else value
    return value
