"""Whose body met, where the title lines name no organisation but the body's kind says what to look for (issue 10).

- A **federation's body** ("Direktionen", "Förbundsstyrelsen", "Förbundsfullmäktige") belongs to a kommunalförbund.
  A federation names itself in its own text with its type word: "Norrdals räddningstjänstförbund (NRF)",
  "Kommunalförbundet Västkusten", "Samordningsförbundet Östra Norrdal". When the text names exactly one such
  federation, and names it as its own (with its initialism in parentheses, as a document introduces its own
  organisation, or more than once), that federation is the organisation. Federations of other kinds
  (a trade union's "Riksförbund", a sports "förbund") are not kommunalförbund and are never read. Two different
  federations named: none (one may be a partner or a counterpart).
- A **municipal body** (a nämnd, styrelse, fullmäktige, utskott) keeps its minutes in its municipality's own building:
  "Förvaringsplats för protokollet Kommunkontoret i Norrby", "Kommunhuset, Norrby", "Stadshuset i Norrby",
  "Socialförvaltningen, Norrby". The municipality of the gazetteer so written is the organisation, when the text's
  municipal buildings all name that one and the text names that municipality more than once and no other (a
  building named once may be a visit's venue). A building written as a place label's value ("Plats och tid
  Kommunhuset, Norrby", "Justeringens plats och tid Kommunhuset, Norrby") says only where the meeting or its
  justering was held, as any venue does, not whose meeting it was: such mentions are not read (a protocol names
  its municipality as its organisation in its letterhead; where it does not, none is given).
- A **document-sharing site's transcript** ("Transkript", then the page counter "1" before the document's first
  words) may follow frame lines that are not the document's: the site's title cut short (its labels, "Ledamöter:",
  mark the people's lines as begun), the uploader, the views. The title lines from the transcript's first page
  on are read first; the frame's lines only where those name no organisation.
"""

from __future__ import annotations

import re

from ..swedish import gazetteer
from . import orgforms, orgplaces
from .orgkept import ungenitive
from .body import NOT_TITLE
from .header import label_of
from .lines import Line

#: a sharing site's transcript: "Transkript" alone on a line, then its first page's counter "1"
TRANSCRIPT_START = re.compile(r"^[ \t]*Transkript[ \t]*\n\s*1[ \t]", re.M)


def transcript_lines(title_lines: list[Line], text: str) -> list[Line] | None:
    """The title lines from a sharing site's transcript's first page on, where frame lines stand before it."""
    if "Transkript" not in text or not (m := TRANSCRIPT_START.search(text)):
        return None
    after = [ln for ln in title_lines if ln.start >= m.start()]
    return after if after and len(after) < len(title_lines) else None

#: a body of a kommunalförbund: its direktion, its förbundsstyrelse or förbundsfullmäktige, their utskott
FEDERATION_BODY = re.compile(r"^(?:direktion|förbundsdirektion|förbundsstyrelse|förbundsfullmäktige)", re.I)
#: the kinds of kommunalförbund Swedish municipalities form (a type word's first part)
_KINDS = ("kommunal", "kommun", "räddningstjänst", "gymnasie", "samordnings", "miljö", "region", "vård", "avfalls",
          "renhållnings", "vatten", "utbildnings", "brand", "hälso", "sjukvårds", "tolk", "överförmyndar", "kultur")
_KIND = "(?:" + "|".join(_KINDS) + ")"
_KIND_CAPITAL = "(?:" + "|".join(k.capitalize() for k in _KINDS) + ")"
#: a direction word a place's name may begin with ("Södra Norrdalens", "Övre Norrdals")
_DIRECTION = r"(?:Norra|Södra|Östra|Västra|Mellersta|Övre|Nedre|Nordöstra|Nordvästra|Sydöstra|Sydvästra|Inre|Yttre)"
#: "Norrdals räddningstjänstförbund", "Övre Norrdals Gymnasieförbund": a genitive, then the type word
GENITIVE_FEDERATION = re.compile(rf"(?<![\wåäö\-])((?:{_DIRECTION}[ \t]+)?[A-ZÅÄÖ][\wåäö\-]+s\s+"
                                 rf"(?i:{_KIND})förbund(?:et)?)(?![\wåäö])")
#: "Kommunalförbundet Västkusten", "Samordningsförbundet Östra Norrdal": the type word, then the name
TYPED_FEDERATION = re.compile(rf"(?<![\wåäö\-])({_KIND_CAPITAL}förbundet(?:\s+i)?(?:\s+(?!(?:[A-ZÅÄÖ]"
                              r"[\wåäö]*(?:styrelsen|direktionen|utskottet|nämnden)|Protokoll|Kallelse|Dagordning)\b)"
                              r"[A-ZÅÄÖ][\wåäö\-]+){1,2}(?:\s+i\s+[A-ZÅÄÖ][\wåäö\-]+\s+län(?=s?(?![\wåäö]))|"
                              r"(?:\s+län)?(?![\wåäö])))")  # "Kommunalförbundet X i Norrbys län": the whole name
#: a body a federation's name owns in the genitive: "Regionförbundets arbetsutskott", "Samordningsförbundets styrelse"
OWNED_BODY = re.compile(rf"^({_KIND})förbundets\s+\S", re.I)
#: its initialism right after it: "(NRF)"
INITIALISM = re.compile(r"\s*\(([A-ZÅÄÖ]{2,6})\)")
#: a counterpart before a name: "avtal med X", "yttrande till X"
COUNTERPART = re.compile(r"\b(?:med|till|från|mot|hos)\s*$", re.I)


def federation_owner(body: str | None, text: str) -> tuple[str, str] | None:
    """(the federation, rule) for a federation's body whose text names its one federation as its own; None otherwise."""
    owned = OWNED_BODY.match(body.strip()) if body else None
    if not body or not (owned or FEDERATION_BODY.match(body.strip())) or "örbund" not in text:
        return None
    found: dict[str, list[re.Match]] = {}
    for rx in (GENITIVE_FEDERATION, TYPED_FEDERATION):
        for m in rx.finditer(text):
            if not COUNTERPART.search(text[max(0, m.start() - 12):m.start()]):
                found.setdefault(_key(m.group(1)), []).append(m)
    if len(found) != 1:
        return None
    mentions = next(iter(found.values()))
    introduced = next((m for m in mentions if INITIALISM.match(text, m.end())), None)
    # named once, the body's own genitive ("Regionförbundets arbetsutskott") the second sign it is the owner
    if introduced is None and len(mentions) < 2 and not (owned and _key(mentions[0].group(1)).startswith(
            owned.group(1).casefold() + "förbundet ")):
        return None
    first = introduced or mentions[0]
    name = ungenitive(re.sub(r"\s+", " ", first.group(1)), text[first.end():])  # "Regionförbundet Sjödals kansli"
    if introduced is not None:
        name += f" ({INITIALISM.match(text, introduced.end()).group(1)})"
    return name, "meta.organization.federation_named"


def _key(name: str) -> str:
    """One key for the forms of one federation's name: case, spacing and the definite ending apart."""
    return re.sub(r"\s+", " ", name).casefold().removesuffix("et")


#: a municipality's own building or office, then its municipality: "Kommunkontoret i Norrby", "Stadshuset, Norrby",
#: or the town alone after it at a line's end, as the posting box's storage place writes it when its comma or line
#: break was lost ("Förvaringsplats för protokoll Kommunhuset Norrby")
MUNICIPAL_BUILDING = re.compile(r"(?<![\wåäö])(?:[Kk]ommunhuset|[Kk]ommunkontoret|[Ss]tadshuset|"
                                r"[Kk]ommunkansliet|[Ss]tadskansliet|[A-ZÅÄÖ][a-zåäö]*förvaltningen)"
                                r"(?:\s+i\s+|,[ \t]*|[ \t]+(?=[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?[ \t]*(?:\n|$)))(?P<town>[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)(?![\wåäö\-])")


#: the words each of ``MUNICIPAL_BUILDING``'s wordings holds (as written: the pattern heeds case)
BUILDING_WORDS = ("ommunhuset", "ommunkontoret", "tadshuset", "ommunkansliet", "tadskansliet", "förvaltningen")


#: a place label right before a building on its line: the meeting's or the justering's venue ("Plats och tid
#: Kommunhuset, Norrby", "Justeringens plats och tid ...", "Lokal: Stadshuset i Norrby"); not the storage place
#: ("Förvaringsplats för protokollet ...", where the body's own minutes are kept)
VENUE_LABEL = re.compile(r"(?i)(?:^|[\s(])(?:plats(?:\s+och\s+tid)?|tid\s+och\s+plats|lokal|mötesplats|"
                         r"sammanträdesplats|mötesplats\s+och\s+tid)\s*:?\s*$")


def _venue(text: str, at: int) -> bool:
    """Whether the building at ``at`` is a place label's value (its line's text before it ends with the label)."""
    return bool(VENUE_LABEL.search(text[max(text.rfind("\n", 0, at) + 1, at - 40):at]))


def building_municipality(text: str) -> tuple[str, str] | None:
    """(municipality, rule) that a municipal body's own building names (not as a venue), the same one wherever one
    is named."""
    if not any(word in text for word in BUILDING_WORDS):
        return None  # (the pattern tries its last wording at every capital letter: ~0.1 ms a document, issue 12)
    towns = {gazetteer.municipality(m.group("town")) for m in MUNICIPAL_BUILDING.finditer(text)
             if not _venue(text, m.start())}
    if len(towns) != 1 or None in towns:
        return None
    town = towns.pop()
    named = [name for _, _, name in gazetteer.find_municipalities(text)]
    if named.count(town) < 2 or len(set(named)) > 1:
        return None  # a building named once may be a visit's venue; other municipalities named leave it open
    official = gazetteer.official_name(town)
    return (official, "meta.organization.municipal_building") if official else None


#: a letterhead's name going on in capitals at the next line's start, before a column gap or the line's end
CAPS_CONTINUED = re.compile(r"^((?:[A-ZÅÄÖ]{2,}[ \t]?){1,3}?)(?:[ \t]{2,}|\s*$)")
#: capitals that are a document's kind, its body or its posting box, not a name going on
NOT_A_NAME = re.compile(r"\b(?:PROTOKOLL|SAMMANTRÄDESPROTOKOLL|KALLELSE|DAGORDNING|MINNESANTECKNINGAR|ANTECKNINGAR|"
                        r"DIREKTIONEN|STYRELSEN|FÖRBUNDSSTYRELSEN|ANSLAG|BEVIS|FÖREDRAGNINGSLISTA|UTDRAG)\b")


def head_continued(named: tuple[str, str], title_lines: list, line) -> tuple[str, str]:
    """A letterhead that names a federation by its type word ("RÄDDNINGSTJÄNSTFÖRBUNDET") goes on with its
    name at the start of the next line in capitals ("MITT NORRDAL"): the whole name."""
    name, rule = named
    if rule != "meta.organization.page_head" or not name.endswith("förbundet"):
        return named
    at = next((k for k, ln in enumerate(title_lines) if ln is line), None)
    after = title_lines[at + 1].text.strip() if at is not None and at + 1 < len(title_lines) else ""
    m = CAPS_CONTINUED.match(after)
    if not m or NOT_A_NAME.search(m.group(1)):
        return named
    return f"{name} {' '.join(w.capitalize() for w in m.group(1).split())}", rule


def owned_below(found: tuple[str | None, str] | None, title_lines: list[Line], body: str | None
                ) -> tuple[str, str] | None:
    """The company or association whose board or meeting a title line names below a municipality's or region's
    letterhead ("Norrby kommun" / "Styrelsen för Norrby Energi AB"): the company meets, not the municipality that
    owns it or publishes its minutes. Only for a board's document (no body, or a bare "Styrelsen"), and only in the
    lines before the header's first label."""
    if not found or not found[0] or (body and not orgplaces.bare_board(body)) \
            or not (gazetteer.municipality(found[0]) or gazetteer.region(found[0])):
        return None
    for ln in title_lines:
        if NOT_TITLE.match(ln.text) or label_of(ln.text):
            return None
        if company := orgplaces.company_of_board(ln.text):
            return company, "meta.organization.company"
        if association := orgforms.association_of_meeting(ln.text):
            return association, "meta.organization.association"
    return None


#: a federation's, a region's, a county council's or the state's body: never a municipality's own
OTHERS_BODY = re.compile(r"^(?:förbunds|regionförbund|regions|region|landstings|direktion|länsstyrelse)", re.I)


def not_a_member(found: tuple[str | None, str], body: str | None) -> tuple[str | None, str]:
    """A municipality read for a federation's or region's body ("Förbundsstyrelsen", "Direktionen") is where it
    met, a member or the web site that hosts its papers ("sammanträde ... i kommunhuset, Norrby kommun", "Norrby
    kommun > Samverkan > Protokoll Direktionen"): such a body belongs to its federation or region, not to a
    municipality, so none is given."""
    if found[0] and body and OTHERS_BODY.match(body.strip()) and re.search(r"\s(?:kommun|stad)$", found[0], re.I):
        return None, f"uncertain: '{body}' is a federation's or region's body; {found[0]} is a member or a place"
    return found
