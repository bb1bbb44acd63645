"""Where a federation's or municipality's protocol names its organisation outside the title lines (issue 10), read
only where nothing surer named it, in the order of certainty:

- **"Direktionen för X"**: a direktion is the assembly of a kommunalförbund only (kommunallagen 9 kap.), so the
  name after "Direktionen för/i" is the federation's, whatever its form ("Räddningstjänsten Norrdal");
- the posting box's **organ** written with its organisation after a comma ("Organ: Direktionen, Kommunalförbundet
  Norrdal"): the organ is the body, the organisation follows it;
- the posting box's **storage place** ("Förvaringsplats för protokollet: Räddningstjänsten Norrdal, station
  Centrum"): a federation keeps its own protocols in its own archive (arkivlagen), so the place names the
  federation of its own body (direktion, board, their committees) when it starts with the federation's name; a
  municipality there is not certain (it keeps the papers of the networks, councils and joint committees it hosts);
- the **footer** with an organisation number (:mod:`.orgnumber`).

Each takes an organisation's name by its form only (a federation's type word, "X kommun" or "Region X" of the
gazetteer); several different ones: none.
"""

from __future__ import annotations

import re

from ..swedish import gazetteer
from .orgnumber import footer_organisation

_WORD = r"[A-ZÅÄÖ][\wåäö\-]+"
#: a federation's name, its type word first: "Kommunalförbundet Norrdal", "Räddningstjänsten Västra Sjödal"
TYPED = rf"(?:[A-ZÅÄÖ][a-zåäö]*förbundet|Räddningstjänsten)(?:[ \t]+{_WORD}){{1,3}}"
#: a federation's name, its type word last: "Norrdals räddningstjänstförbund", "Sjödalens gymnasieförbund"
GENITIVE = rf"{_WORD}(?:[ \t]+{_WORD})?s[ \t]+[a-zåäö]*förbund(?:et)?"
#: a municipality or region
PUBLIC = rf"{_WORD}(?:[ \t]+{_WORD})?[ \t]+(?:kommun|stad)s?|Region[ \t]+{_WORD}"
NAME = rf"(?P<name>{TYPED}|{GENITIVE}|{PUBLIC})"
#: "Direktionen för Räddningstjänsten Norrdal", "direktionen i Sjödalens gymnasieförbund", "Direktionen för
#: Medelpunkten" (any name after "för"; after "i" only a federation's by its form, else the place where it met)
DIRECTORATE = re.compile(rf"\b[Dd]irektionen[ \t]+(?:(?:för|i)[ \t]+(?P<typed>{TYPED}|{GENITIVE})|för[ \t]+"
                         rf"(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}}))(?![\wåäö])")
#: the organ with its organisation after a comma: "Organ: Direktionen, Kommunalförbundet Norrdal"
ORGAN_OWNER = re.compile(rf"\bOrgan(?:\s+och\s+(?:§§|paragrafer))?\s*:?[ \t]+[A-ZÅÄÖ][\wåäö\- ]{{2,60}}?,[ \t]*{NAME}")
#: the storage place: "Förvaringsplats för protokollet: X", "Protokollet förvaras hos/på/i X"
STORED = re.compile(rf"(?:\bFörvaringsplats(?:[ \t]+för[ \t]+protokollet)?\s*:?|\bProtokollet[ \t]+förvaras[ \t]+"
                    rf"(?:hos|på|i|vid))[ \t]+{NAME}")
#: a name's genitive before a lowercase noun ("Norrby kommuns kansli", "Regionförbundet Sjödals kansli")
GENITIVE_END = re.compile(r"s$")
#: the words that end a name after "Direktionen för" (the document's kind or a date follows the name)
NOT_NAME = re.compile(r"^(?:Protokoll|Sammanträdesprotokoll|Kallelse|Dagordning|Minnesanteckningar|Sammanträde|Datum|"
                      r"Tid|Plats)$")
#: a type word alone, no name: "Förbundet", "Räddningstjänsten", "Kommunalförbundet"
GENERIC = re.compile(r"^(?:(?:Kommunal|Samordnings|Region|Gymnasie|Miljö|Räddningstjänst|Kommun)?förbundet|Förbundet|"
                     r"Räddningstjänsten|Kommunen|Regionen)$", re.I)
_ORG_WORD = re.compile(r"förbund|Räddningstjänsten|kommun$|stad$|^Region ")
#: a federation's own bodies: its direktion, its board, their committees
FEDERATION_BODY = re.compile(r"^(?:direktion|förbundsdirektion|förbundsstyrelse|styrelse|arbetsutskott|presidi)", re.I)


def kept_by(text: str, body: str | None) -> tuple[str, str] | None:
    """(organisation, rule) from the forms above, the surest first; None where none applies."""
    for rule, found in (("directorate", lambda: _directorate(text)), ("organ_owner", lambda: _one(ORGAN_OWNER, text)),
                        ("storage_place", lambda: _stored(text, body)),
                        ("org_number", lambda: footer_organisation(text, body))):
        if name := found():
            return name, f"meta.organization.{rule}"
    return None


def _directorate(text: str) -> str | None:
    """The federation named after "Direktionen för" in the document's first lines."""
    head = text[:600]
    if "irektion" not in head:  # the cheap test
        return None
    found = set()
    for m in DIRECTORATE.finditer(head):
        words = (m.group("typed") or m.group("name")).split()
        while words and NOT_NAME.match(words[-1]):
            words.pop()
        if words and not (len(words) == 1 and GENERIC.match(words[0])):  # "direktionen för Förbundet": no name
            found.add(" ".join(words))
    return found.pop() if len(found) == 1 else None


def _stored(text: str, body: str | None) -> str | None:
    """The federation whose name the storage place starts with, for its own body or where none is read. A
    municipality's name there is not certain: a municipality keeps the papers of the networks, councils and joint
    committees it hosts in its own archive."""
    name = _one(STORED, text)
    if not name or not re.search(r"förbund|Räddningstjänsten", name):
        return None
    return name if not body or FEDERATION_BODY.match(body.strip()) else None


def _one(rx: re.Pattern, text: str) -> str | None:
    """The one organisation ``rx`` names (a municipality or region by its official name)."""
    if "Organ" not in text and "örvar" not in text:  # the cheap test: each label has one of these
        return None
    found = set()
    for m in rx.finditer(text):
        name = _official(re.sub(r"\s+", " ", m.group("name")), text[m.end():m.end() + 2])
        if name:
            found.add(name)
    return found.pop() if len(found) == 1 else None


def _official(name: str, after: str) -> str | None:
    """The name as an organisation's: a genitive before a lowercase noun loses its "s"; a municipality or region
    must be of the gazetteer."""
    if re.match(r"[ \t]+[a-zåäö]", after) and GENITIVE_END.search(name) and not name.endswith("förbunds"):
        name = name[:-1]  # "Regionförbundet Sjödals kansli", "Norrby kommuns kansli"
    if name.startswith("Region "):
        return gazetteer.region(name)
    if re.search(r"\s(?:kommun|stad)s?$", name):
        name = name.removesuffix("s")
        short = gazetteer.municipality(name)
        return gazetteer.official_name(short) if short else None
    return name if _ORG_WORD.search(name) else None


def ungenitive(name: str, after: str) -> str:
    """A federation's name written in the genitive before its body ("Samordningsförbundet Sjödals styrelse"): the
    name without the genitive's "s" (a name of more than one word, its type word first; "-förbunds" is kept)."""
    if name.endswith("s") and " " in name and re.match(r"[ \t]+[a-zåäö]", after) and _ORG_WORD.search(name.split()[0]) \
            and not name.endswith("förbunds"):
        return name[:-1]
    return name
