"""What an attendance list writes beside a name that is not part of it (issue 10).

A roll call or attendance table read as text leaves its marks on the names: the tick of a "Närvarande"
column ("Anna Berg X"), the note of one who did not come ("Per Holm anmält förhinder", "Eva Lind
Frånvarande"), and the sub-headings between its groups ("Suppleanter", "Sekretariatet", "Övriga") read as
the affiliation of the name above them; the next label or a table row's party runs on into a name
("Anna Berg Övriga", "Anna Berg S"). The tick and the label are dropped, the party is the affiliation,
an absent person is no attendee, and a sub-heading is no affiliation: the people under a heading of
officials or others ("Sekretariatet", "Tjänstemän", "Övriga") are in the group ``other``.
"""

from __future__ import annotations

import re

from ..record import Attendee
from .givenopen import opens_name
from .pairednames import unpaired
from .roleholder import NOT_NAME_WORDS
from .persons import LOWER, PARTIES, UPPER, initials
from ..swedish.names import given_names

#: a "Närvarande" column's tick after the name
TICK = re.compile(r"\s+[Xx✓✔]$")
#: the note of one who did not attend, read as a title
ABSENT = re.compile(r"^(?:anmält\s+förhinder|anmält\s+frånvaro|förhinder|frånvarande|ej\s+närvarande|"
                    r"förhindrad|återbud|lämnat\s+återbud)\b", re.I)
#: the note's first word run on into the name ("Per Holm Anmält" + "förhinder")
ABSENT_WORD = frozenset({"Anmält", "Frånvarande", "Förhinder", "Återbud", "Förhindrad"})
#: sub-headings of an attendance list; those after which the people are officials or others
SUBHEADINGS = frozenset({"ledamöter", "ordinarie", "suppleanter", "ersättare", "tjänstgörande ersättare",
                         "sekretariatet", "sekretariat", "tjänstemän", "tjänstepersoner", "övriga",
                         "övriga närvarande", "adjungerade", "gäster", "närvarolista", "närvaro",
                         "omröstningslista"})
OTHERS = frozenset({"sekretariatet", "sekretariat", "tjänstemän", "tjänstepersoner", "övriga",
                    "övriga närvarande", "adjungerade"})


#: the sub-heading of the substitutes who serve, inside a list of members: "… Eva Lind (C) Tjg ersättare Olle Ek (S)"
SERVING = re.compile(rf"(?<=[\s,;)])\s*(?:Tjg\.?|Tjänstgörande)\s+ersättare\s*:?\s+(?=[{UPPER}])")


def serving(value: str) -> str:
    """``value`` with "Tjg ersättare" inside a list of members taken for what it is, a sub-heading between two
    names: the list goes on after it (the substitutes serve, they stay in the list's group), and the role word
    is no part of the name before it nor that name's role."""
    return SERVING.sub("; ", value) if "rsättare" in value else value


#: the next page's contents list run on after a list's last name ("… Claes Ek (SD) 3 (21) Innehållsförteckning
#: Beslutande...2"): a contents list is never a list of people, the list ends before it (and its page counter)
CONTENTS = re.compile(r"\s(?:\d{1,3}\s*\(\d{1,3}\)\s+)?(?:Innehållsförteckning|Ärendeförteckning|INNEHÅLLSFÖRTECKNING)\b")


#: two names run together where a line break or a table cell's edge was lost: "Lisa NordBo Ring", "Karin SundNils Sjö";
#: the glued word follows a given name (it is that person's family name run into the next one's given name)
GLUED = re.compile(rf"(?<![\wåäöé])([{UPPER}][{LOWER}]+)\s+([{UPPER}][{LOWER}]{{1,}})([{UPPER}][{LOWER}]+)\b")


def unglue(value: str) -> str:
    """``value`` with a space where a family name runs into the next person's given name: the glued word stands
    after a given name and its second part is a known given name. A glued word that opens a name is a double
    given name whose hyphen was lost ("JanAnders Hallvik", "RosMarie Jönsson") and stays whole."""
    if not re.search(rf"[{LOWER}][{UPPER}]", value):  # the glue GLUED needs, the cheap test
        return value
    given = given_names()

    def split(m: re.Match) -> str:
        if m.group(1) in given and m.group(3) in given and m.group(2) not in given:
            return f"{m.group(1)} {m.group(2)} {m.group(3)}"
        return m.group(0)
    return GLUED.sub(split, value)


#: the meeting's first items run on after a list flattened into one paragraph ("Närvaro Anna Berg Per Holm  Val av
#: mötesordförande Per Holm valdes ..."): an item's heading is never a list entry, the list ends before it
ITEMS_START = re.compile(r"\s(?:\d{1,2}\.\s+)?(?:Mötets\s+öppnande|Val\s+av\s+(?:mötesfunktionärer|mötesordförande|"
                         r"mötessekreterare|justerare|protokolljusterare|ordförande\s+och\s+sekreterare)|"
                         r"(?:Fastställande|Godkännande)\s+av\s+dagordning(?:en)?|Dagordningens\s+godkännande)\b|\s(?:Bilagor?|Ärenden)\s*:")


def contents_off(value: str) -> str:
    """``value`` up to a contents list, or the meeting's first items (``ITEMS_START``), run on into it."""
    m = CONTENTS.search(value) if "örteckning" in value or "ÖRTECKNING" in value else None
    value = value[:m.start()] if m else value
    m = ITEMS_START.search(value) if "Val av" in value or "Mötets" in value or "agordning" in value \
        or "Bilag" in value or "Ärenden" in value else None
    return value[:m.start()] if m else value


def tidy(people: list[Attendee]) -> list[Attendee]:
    """The people of one list without ticks, absentees and sub-headings read as affiliations."""
    out: list[Attendee] = []
    others = False
    for a in people:
        words = a.name.split()
        if len(words) > 2 and words[-1] in ABSENT_WORD or a.title and ABSENT.match(a.title) \
                or any(WEEKDAY.fullmatch(w) for w in words):
            continue
        a.name = TICK.sub("", a.name)
        _previous_party(out, a)
        _head_off(a)
        _tail_off(a)
        if a.affiliation and a.affiliation == initials(a.name):  # "Anna Berg (AB)": how the notes refer to her
            a.affiliation = None
        if others and a.group == "present":
            a.group = "other"
        heading = (a.affiliation or "").casefold()
        if heading in SUBHEADINGS:  # the heading of the people below, not this one's affiliation
            a.affiliation = None
            others = heading in OTHERS
        out.append(a)
    return unpaired(out)  # "Martin Ek Cia Numell": two names side by side


def _previous_party(out: list[Attendee], a: Attendee) -> None:
    """"S Katja Holm V" of a table "Name Party" flattened ("Anna Berg, ordf. S Katja Holm V"): a party letter both
    before and after a name, the one before is the previous row's, given to the one before when it has none."""
    words = a.name.split()
    if len(words) > 3 and words[0] in PARTIES and words[-1] in PARTIES and out and not out[-1].affiliation:
        out[-1].affiliation = words[0]


#: label words a name never ends with: the next column's or block's label run on into it
TAIL_LABELS = NOT_NAME_WORDS | {"justering", "dessutom", "tjänstemän", "tjänstepersoner", "suppleanter",
                                "sekretariatet", "frånvarande", "gäster"}


def _tail_off(a: Attendee) -> None:
    """"Anna Berg Övriga Justering" keeps "Anna Berg"; "Anna Berg S" of a table row has the party S."""
    words = a.name.split()
    while len(words) > 2 and words[-1].casefold() in TAIL_LABELS:
        words.pop()
    if len(words) > 2 and words[-1] in PARTIES:
        a.affiliation = a.affiliation or words.pop()
    a.name = " ".join(words)


#: what a name never starts with: a label, the time of arrival ("Kl", its numbers lost in extraction), or an office
#: or group a list writes before the name ("Kassör Anna Berg", "Adjungerad Per Holm", "Ersättarna Eva Lind (M)")
HEAD_WORDS = TAIL_LABELS | {"kl", "kl.", "klockan", "kassör", "kassören", "adjungerad", "adjungerade", "suppleant",
                            "suppleanter", "ersättarna", "ledamöterna", "ordinarie", "revisor", "revisorer"}


#: a lone capital letter before a given name: no initial (an initial stands after the given name or has a dot)
LETTER = re.compile(r"[A-ZÅÄÖ]")
#: a weekday: a date's word, never part of a name ("Alingsås Onsdagen" of "Alingsås Onsdagen den 20 april")
WEEKDAY = re.compile(r"(?:[Mm]åndag|[Tt]isdag|[Oo]nsdag|[Tt]orsdag|[Ff]redag|[Ll]ördag|[Ss]öndag)(?:en)?")


def _head_off(a: Attendee) -> None:
    """"Kl Anna Berg" (an arrival time whose numbers were lost), "Ersättare Anna Berg" keep "Anna Berg": only
    when a given name follows the dropped word."""
    words = a.name.split()
    while len(words) > 2 and (words[0].casefold() in HEAD_WORDS and words[1] in given_names()
                              or LETTER.fullmatch(words[0]) and opens_name(words[1])):
        words = words[1:]  # "S Bo Ek", "punkt H Eva Ek": a column's party letter, an item's letter
    a.name = " ".join(words)
