"""Where a municipality or region named in a title line is NOT the organisation that meets: among people and
their affiliations, after an attendance or place label, as the counterpart of a meeting held with it; and the
official name when it is the one (:mod:`.meta` reads the organisation)."""

from __future__ import annotations

import re

from ..repair.webchrome import WEB_CHROME, may_be_chrome
from ..swedish import gazetteer
from . import municipal
from .bodybounds import SEAT_IN
from .persons import PLAIN_WORD
from .placeforms import MID_LINE as PLACE_LABEL


#: a meeting held with a counterpart: "Möte med Region Norrdala om ...", "Dialog med Norrby kommun"
MET_WITH = re.compile(r"\b(?:möte|dialog|dialogmöte|samråd|samrådsmöte|avstämning|överläggning(?:ar)?)\s+med\s+$", re.I)


#: a person's name, then perhaps a party code or a job title, then a comma: "Anna Berg, ", "Anna Berg (S), ",
#: "Anna Berg, kommunchef, "
AFTER_PERSON = re.compile(rf"{PLAIN_WORD}\s+{PLAIN_WORD}"
                          r"(?:\s*\([A-Za-zÅÄÖåäö]{1,4}\))?\s*,?(?:\s+[a-zåäö][\wåäö\- ]{2,40},)?\s*$")
#: an attendance or role label earlier in the line: what follows are people and where they come from
PEOPLE_LABEL = re.compile(r"\b(?:Beslutande|Närvarande|Ledamöter|Ersättare|Övriga|Deltagare|deltagare|Deltagande|"
                          r"Justerare|"
                          r"Sekreterare|Ordförande|Adjungerade|Tjänstemän|Frånvarande|Kallade|Närvarolista)\b")


def among_people(text: str, pos: int) -> bool:
    """The name at ``pos`` follows a person's name (and party or title) and a comma, an attendance label
    earlier in the line, or a seat someone is elected to ("ersättare i Socialnämnden i "): where people come from
    or sit, not who meets."""
    return bool(AFTER_PERSON.search(text[max(0, pos - 90):pos])) or bool(PEOPLE_LABEL.search(text[:pos])) \
        or SEAT_IN.search(text, 0, pos) is not None


def known_or_unchecked(name: str) -> bool:
    """ "Region X" must be a region of the gazetteer; other patterns carry their own evidence."""
    if re.match(r"Region\s", name):
        return gazetteer.region(name) is not None
    return True


#: the host of a meeting named before the organisation ("Värd: Norrby kommun", "Värdkommun Norrby kommun", "hos"):
#: a network's or group's meetings move between its members' houses, so the host is not who meets
HOST = re.compile(r"(?:^|\s)(?:[Vv]ärd(?:kommun|organisation|skap)?|[Mm]ötesvärd|[Aa]rrangör|[Hh]os)\s*:?\s*$")


def several_lone_municipalities(lines: list) -> bool:
    """Two or more title lines that are each only a different municipality's name ("Norrby kommun" / "Sjöby
    kommun"): the members of a collaboration, set as its letterhead, none of them the one who meets."""
    found = set()
    for ln in lines:
        hits = gazetteer.find_municipalities(ln.text)
        if len(hits) == 1 and hits[0][0] == len(ln.text) - len(ln.text.lstrip()) and hits[0][1] == len(ln.text.rstrip()):
            found.add(hits[0][2])
    return len(found) > 1


#: a municipality's own assembly or board, named with the place: "Kommunstyrelsen i Norrby", "kommunfullmäktige i"
MUNICIPAL_BODY_IN = re.compile(r"\bkommun(?:styrelsen|fullmäktige|styrelsens\s+[a-zåäö]+)\s+i\s+$", re.I)


def gazetteer_name(text: str) -> str | None:
    """The official name of a municipality or region written out in a title line ("Tyresö kommun")."""
    found = gazetteer.find_municipalities(text)
    if len({m[2] for m in found}) > 1:  # "Kopia till: X kommun, Y kommun": a list of several, not who meets
        return None
    for m in found:
        if among_people(text, m[0]) or municipal.COUNTERPART.search(text[max(0, m[0] - 12):m[0]]):
            continue  # "Yttrande till X kommun": the counterpart of a matter
        if PLACE_LABEL.search(text[:m[0]]) or HOST.search(text[:m[0]]):
            continue  # "... Lokal: Sessionssalen, X kommun", "Värd: X kommun": where it meets, not who meets
        mention = text[m[0]:m[1]]
        if re.search(r"\s(kommun|stad)$", mention):
            official = gazetteer.official_name(m[2])
            return official if official and official.casefold() == mention.casefold() else mention
        if MUNICIPAL_BODY_IN.search(text[:m[0]]) and not re.match(r"\s*[A-ZÅÄÖ]", text[m[1]:]):
            return gazetteer.official_name(m[2])  # "Kommunstyrelsen i Norrby": the municipality's own board
    region = re.search(r"\bRegion\s+[A-ZÅÄÖ][\wåäö]+(?:\s+[A-ZÅÄÖ][\wåäö]+)?", text)
    if region and not among_people(text, region.start()) and not PLACE_LABEL.search(text[:region.start()]) \
            and not HOST.search(text[:region.start()]) \
            and not MET_WITH.search(text[max(0, region.start() - 30):region.start()]):  # "Möte med Region X om"
        return gazetteer.region(region.group(0)) or (gazetteer.region(region.group(0).rsplit(" ", 1)[0])
                                                if " " in region.group(0)[7:] else None)
    return None


#: how many lines under a site's name its menu starts
SITE_MENU_LINES = 3


def site_name(line, text: str) -> bool:
    """A title line with a web site's menu right under it ("Norrby kommun" / "Sök" / "Meny"): the name of the site
    the page was copied from, which publishes other bodies' papers too (a network's, a federation's it hosts), not
    the document's letterhead (a document's own letterhead has its title under it, never a site's menu)."""
    end = line.start + len(line.text)
    below = [t.strip() for t in text[end:end + 240].split("\n")[1:1 + SITE_MENU_LINES]]
    return any(t and may_be_chrome(t) and WEB_CHROME.match(t) is not None for t in below)
