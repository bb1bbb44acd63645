"""Where a page or a label names the organisation in a way the title-line rules misread (issue 10).

- A web page's breadcrumb ("Hem > Norrby kommun > Norrby Energi AB > Sammanträde 2019-03-04") names the
  levels above the page: the deepest organisation in it owns the page (a company, a federation), and a
  municipality above it is its owner, not the one that meets. The last level is the page itself.
- A body label's value that names the body *of* an organisation ("Förbundsstyrelsen för Regionförbundet i
  Norrdala län", "Styrelsen för Norrby Energi AB") holds two values: the body, and the organisation.
- A company's board writes whose board it is in its title: "Protokoll fört vid styrelsemöte i Norrby Energi AB",
  "Styrelsesammanträde för AB Norrbyhem", "Protokoll från årsstämma med aktieägarna i Norrby Hamn AB": the company
  (a name with "AB" or "Aktiebolag") is the organisation; so is the company a title line opening "Styrelseprotokoll"
  names next ("Styrelseprotokoll Norrby Vatten AB").
- The breadcrumb's last level above the page may be the body itself ("Hem > Norrby stad > Övre Dalens
  stadsdelsnämnd > Sammanträde 2012-06-12"): that level, as written, is the body that met (a specific name, not
  the generic "Stadsdelsnämnden" a text uses once it has named it).
- A bare "Styrelsen" is a company's, an association's or a federation's board: a municipality's board is
  written "Kommunstyrelsen", so a bare board is no municipal body whose municipality the text would name.
"""

from __future__ import annotations

import re

from ..swedish import gazetteer
from .bodywords import BODY_BARE, BODY_DEFINITE, alternation
from .features import cut_start

CRUMB = re.compile(r"\s+(?:>|»|›)\s+")
#: the page's place before its breadcrumb ("Din position:", "Du är här:")
CRUMB_LEAD = re.compile(r"^(?:din position|du är här|här är du|sökväg)\s*:\s*", re.I)
#: "Förbundsstyrelsen för Regionförbundet i Norrdala län": a body, "för", an organisation's name
BODY_OF = re.compile(r"^(?P<body>[A-ZÅÄÖ][\wåäö\-]*(?:styrelse|styrelsen|direktion|direktionen|nämnd|nämnden|"
                     r"utskott|utskottet|presidium|presidiet))\s+för\s+(?P<org>[A-ZÅÄÖ].+)$")
#: an organisation's type word ending its name, or an AB before or after it
ORG_NAME = re.compile(r"(?:förbundet|förbund|regionen|kommun|stad|landsting|landstinget|AB|aktiebolag|"
                      r"föreningen|stiftelsen)(?:\s+i\s+[A-ZÅÄÖ][\wåäö]+(?:\s+län)?)?$"
                      r"|^AB\s|^Region\s[A-ZÅÄÖ]")
BARE_BOARD = re.compile(r"^styrelsen?$", re.I)
#: a body's name ending in its head noun
_BODY_NAME = (r"(?:styrelse|styrelsen|direktion|direktionen|nämnd|nämnden|utskott|utskottet|fullmäktige|presidium|"
              r"presidiet)")
#: the posting box's organ written "body, organisation" ("Direktionen, Kommunalförbundet Norrdals Avfall") or
#: "organisation, body" ("Norrby kommun, omsorgsnämnden"): two values, the body and its organisation
BODY_COMMA_ORG = re.compile(rf"^(?P<body>(?=[A-ZÅÄÖ])[\wåäö\-]*(?i:{_BODY_NAME}))\s*,\s+(?P<org>[A-ZÅÄÖ][^,]+)$")
ORG_COMMA_BODY = re.compile(rf"^(?P<org>[A-ZÅÄÖ][^,]+?)\s*,\s+(?P<body>(?:[\wåäö]+-\s+och\s+)?[\wåäö]*{_BODY_NAME})$")
#: "Region Norrdala Regionstyrelsen", "Norrby kommun Socialnämnden": a municipality's or region's official name,
#: then its body, without a comma (a posting box's organ line)
ORG_SPACE_BODY = re.compile(rf"^(?P<org>Region\s+[A-ZÅÄÖ][\wåäö]+(?:\s+län)?|[A-ZÅÄÖ][\wåäö\-]+(?:\s+[A-ZÅÄÖ][\wåäö\-]+)?"
                            rf"\s+(?:kommun|stad))\s+(?P<body>[A-ZÅÄÖ](?:[\wåäö]+-\s+och\s+)?[\wåäö]*{_BODY_NAME})$")
#: an organisation's name opening with its type word: "Kommunalförbundet X", "Region X", "Landstinget X"
TYPE_FIRST = re.compile(r"^(?:[A-ZÅÄÖ][a-zåäö]*förbundet|Region|Landstinget|Stiftelsen|Föreningen)\s+[A-ZÅÄÖ]")
#: a company's name: capitalised words ending in "AB"/"Aktiebolag" ("Norrby Energi AB"), or "AB" before them; its
#: first word may be a founder's initial ("K. Berg & Co AB")
COMPANY = (r"(?:AB\s+[A-ZÅÄÖ][\wåäö&\-]*(?:\s+[A-ZÅÄÖ][\wåäö&\-]*){0,2}"
           r"|(?:[A-ZÅÄÖ]\.|[A-ZÅÄÖ][\wåäö&\-]*)(?:\s+[A-ZÅÄÖ&][\wåäö&\-]*){0,3}\s+(?:AB|Aktiebolag)(?:\s+\(publ\))?)")
#: the board's or shareholders' meeting of a company: "styrelsemöte i X AB", "årsstämma med aktieägarna i X AB"
#: ("tör": a scan's OCR of "för", as in "Protokoll tört vid styrelsesammanträde tör X AB"; no preposition is so spelt)
COMPANY_MEETING = re.compile(r"\b(?:(?i:styrelse(?:n|möte|mötet|sammanträde|sammanträdet|protokoll)?|"
                             r"(?:års|bolags|extra\s+bolags)?stämma(?:n)?(?:\s+med\s+aktieägarna)?)\s+(?:i|för|tör)|"
                             r"^[Ss]tyrelseprotokoll(?:\s+nr\s+\d+)?|"  # "Styrelseprotokoll Norrby Vatten AB"
                             r"^(?:Protokoll\s+)?[Ss]tyrelse(?:möte|sammanträde)(?:\s+nr\s+\d+)?)\s+"  # "Styrelsemöte Norrby Energi AB"
                             rf"(?P<org>{COMPANY})(?![\wåäö])")
#: a letterhead that is the company's name alone: "Norrby Energi AB" (perhaps with the page count, "1 (3)")
COMPANY_LINE = re.compile(rf"(?P<org>{COMPANY})(?:\s+\d{{1,3}}\s*\(\s*\d{{1,3}}\s*\))?")


#: a company's board or shareholders' meeting after its name in the genitive: "Norrby Energi AB:s styrelse",
#: "Protokoll från Norrby Vatten AB:s årsstämma"
COMPANY_GENITIVE = re.compile(rf"(?<![\wåäö&\-])(?P<org>{COMPANY}):s\s+(?i:styrelse(?:n|möte|sammanträde)?|"
                              r"(?:års|bolags|extra\s+bolags)stämma)(?![\wåäö])")


def _levels(text: str) -> list[str]:
    """A breadcrumb line's levels: "Hem > Norrby kommun > Sammanträde" -> the three names."""
    return [p.strip() for p in CRUMB.split(cut_start(CRUMB_LEAD, text.strip())) if p.strip()]


def breadcrumb_owner(text: str) -> tuple[str, str] | None:
    """(the organisation, rule) of a breadcrumb line whose deepest organisation stands below a municipality or
    region (a company, a federation it owns); None otherwise (the line is read as any title line)."""
    levels = _levels(text)
    if len(levels) < 3:
        return None
    owners = [p for p in levels[:-1] if ORG_NAME.search(p)]  # levels named as organisations (not bodies, not pages)
    if len(owners) < 2 or not _public(owners[0]) or _public(owners[-1]):
        return None
    return owners[-1], "meta.organization.breadcrumb"


#: a level that names a body: its last word ends in a body's noun
BODY_LEVEL = re.compile(rf"^[A-ZÅÄÖ][\wåäö\- ]*?(?:{alternation(BODY_DEFINITE + BODY_BARE)})$")


def breadcrumb_body(title_lines) -> str | None:
    """The body a breadcrumb names as the level above the page itself; None otherwise."""
    for ln in title_lines[:3]:
        if ">" not in ln.text and "»" not in ln.text and "›" not in ln.text:
            continue
        levels = _levels(ln.text)
        if len(levels) >= 3 and BODY_LEVEL.match(levels[-2]) and len(levels[-2].split()) <= 6:
            return levels[-2]
    return None


def _public(name: str) -> bool:
    """A municipality or region (by its official name)."""
    return bool(gazetteer.municipality(name) or gazetteer.region(name))


#: a board named by its organisation's short name in the genitive: "NOVABs styrelse sammanträder", "KVF:s styrelse"
#: (three to eight capitals: a municipal body's short name, "KS", "BUN", has no board)
SHORT_NAME_BOARD = re.compile(r"(?<![\wÅÄÖåäö])(?P<org>[A-ZÅÄÖ]{3,8})(?::s|s)\s+styrelse(?![\wåäö])")


def company_of_board(text: str) -> str | None:
    """The company whose board or shareholders meet, as a title line names it, or the organisation whose short
    name's board meets ("NOVABs styrelse sammanträder"), or whose name alone heads the document (its letterhead);
    None otherwise."""
    if "AB" not in text and "ktiebolag" not in text and "s styrelse" not in text:  # the cheap test: the words
        return None
    m = COMPANY_MEETING.search(text) or COMPANY_GENITIVE.search(text) or SHORT_NAME_BOARD.search(text) \
        or (None if text.isupper() else COMPANY_LINE.fullmatch(text.strip()))  # (capitals: the other rules' case)
    return m.group("org") if m else None


#: the board's meeting named in a title: "styrelsemöte", "sammanträde med styrelsen", "Styrelsens möte"
BOARD_MEETING = re.compile(r"(?i:styrelsemöte|styrelsesammanträde|styrelseprotokoll|(?:möte|sammanträde)\s+med\s+"
                           r"styrelsen|styrelsens\s+(?:möte|sammanträde))|AB:s\s+(?i:styrelse)(?![\wåäö])")
#: the organisation rules whose organisation has a board of its own (a company, an association)
BOARD_OWNERS = ("meta.organization.company", "meta.organization.association")


def board_of(rule: str, head: str) -> str | None:
    """ "Styrelsen": the body of a company's or association's document whose title names its board's meeting."""
    return "Styrelsen" if rule in BOARD_OWNERS and BOARD_MEETING.search(head) else None


def body_of_organisation(value: str | None) -> tuple[str, str] | None:
    """(body, organisation) of a body label's value that names both; None otherwise."""
    v = (value or "").strip(" ,.;")
    if (m := ORG_SPACE_BODY.match(v)) and _public(m.group("org")):  # the organisation's official name certain
        return m.group("body"), m.group("org")
    m = BODY_OF.match(v) or BODY_COMMA_ORG.match(v) or ORG_COMMA_BODY.match(v)
    if not m or not (ORG_NAME.search(m.group("org")) or TYPE_FIRST.match(m.group("org"))):
        return None
    body = re.sub(r"\s+", " ", m.group("body"))
    return body[0].upper() + body[1:], re.sub(r"\s+", " ", m.group("org"))


def bare_board(body: str | None) -> bool:
    """A body that is only "Styrelsen": no municipal body."""
    return bool(body) and BARE_BOARD.match(body.strip()) is not None
