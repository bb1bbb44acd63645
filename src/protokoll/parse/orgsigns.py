"""Where a municipal document makes its organisation certain without an organisation label (issue 10).

Read only when the title lines' own rules (``meta.organization``) found nothing; each form is one Swedish
municipalities and federations write the same way everywhere:

- the **letterhead** in capitals: "NORRBY KOMMUN" on a line of its own, or before the document's kind or the
  posting box ("NORRBY KOMMUN SAMMANTRÄDESPROTOKOLL", "NORRBY KOMMUN" / "ANSLAG/BEVIS"), also as a later
  page's head, or above the posting box on any page ("NORRBY KOMMUN ANSLAG/BEVIS", a web page having run
  the lines together). A person's employer is never written so; the name must be a municipality of the gazetteer; a
  region's letterhead the same ("REGION NORRDALA", "REGION NORRDALAS LÄN PROTOKOLL"), a region of the gazetteer;
- a **body named with its municipality's genitive** in a title line: "Norrby socialnämnd", "Norrbys
  kommunstyrelse". Only a municipality's own bodies are written so (a region's, a federation's bodies are
  "Regionstyrelsen", "Förbundsstyrelsen");
- the **posting box** (ANSLAG/BEVIS) names the deciding organ: "Beslutsinstans, Norrby kommun", "Organ och §§:
  Samordningsförbundet X". Its value names the organisation when it is an official municipal name or an
  organisation's name with its type word;
- a **title line** "Minnesanteckningar Regionrådsmöte Norrbyregionen": the document's kind, capitalised words
  naming the meeting, and one proper noun ending like a collaboration (-regionen, -förbundet, -samverkan); where a
  flattened page ran the title into other text, the kind, one compound naming the meeting ("-möte",
  "-sammanträde") and the collaboration's name, in a row anywhere in the first title lines;
- the **notice board** the protocol was posted on: "anslag på Region Norrdalas digitala anslagstavla", "anslagits
  på Norrby kommuns anslagstavla". A body posts its protocols on its own organisation's board, so the board's owner
  is the organisation (a municipality or region of the gazetteer; several different ones: none).

A web address, an e-mail domain or a place named in a text are not certain (a municipality hosts other
bodies' secretariats and pages), so they are not read here.
"""

from __future__ import annotations

import re

from ..swedish import gazetteer
from .bodywords import TITLE_KINDS, alternation
from .features import cut_start, has_any
from .lines import Line
from .regional import county_name

#: a capitals document word after a letterhead ("PROTOKOLL", "ANSLAG/BEVIS", "SAMMANTRÄDESPROTOKOLL")
DOC_WORD = re.compile(r"(?:SAMMANTRÄDES|JUSTERAT\s+)?PROTOKOLL(?:SUTDRAG)?\b|ANSLAG\s*/\s*BEVIS|BEVIS\s+OM\s+ANSLAG|"
                      r"KALLELSE\b|MINNESANTECKNINGAR\b|DAGORDNING\b|FÖREDRAGNINGSLISTA\b|UTDRAG\b")
#: "NORRBY KOMMUN", "ÖVRE NORRBY STAD": capitals only (a word of the name may have a hyphen)
#: a letterhead's name in capitals, its words apart by ``{space}``
LETTERHEAD = r"(?:[A-ZÅÄÖ][A-ZÅÄÖ\-]+{space}){{1,3}}(?:KOMMUN|STAD)"
_ANY_SPACE, _LINE_SPACE = LETTERHEAD.format(space=r"\s+"), LETTERHEAD.format(space=r"[ \t]+")
CAPS_NAME = re.compile(rf"(?<![\wÅÄÖåäö])({_ANY_SPACE})(?![\wÅÄÖåäö])")
#: a page number or counter before the letterhead ("1", "11")
LEAD = re.compile(r"^[\d\s().]*$")
#: a municipal body after a genitive ("Norrbys", "Norrby kommuns"): "socialnämnd", "kommunstyrelse", "kommunfullmäktige",
#: "miljö- och byggnadsnämnd"
GENITIVE_BODY = re.compile(r"^(?P<gen>[A-ZÅÄÖ][a-zåäö]+(?:[ -][A-ZÅÄÖ][a-zåäö]+)?)(?:\s+(?:kommuns|stads))?\s+"
                           r"(?P<body>(?:[a-zåäö]+-\s+och\s+)?[a-zåäö]*(?:nämnd|nämnden|kommunstyrelse|kommunstyrelsen|"
                           r"fullmäktige|utskott|utskottet))\b")
#: a word each body of ``GENITIVE_BODY`` is written with
HAS_BODY_WORD = has_any(("nämnd", "kommunstyrelse", "fullmäktige", "utskott"))
#: a region's, a county council's or a federation's body, not a municipality's
NOT_MUNICIPAL_BODY = re.compile(r"^(?:region|landstings|förbunds|direktion)", re.I)
#: the posting box's label for the deciding organ, then its value
ORGAN = re.compile(r"\b(?:Beslutsinstans|Instans|Organ(?:\s+och\s+(?:§§|paragrafer))?)\s*[,:]?\s+"
                   r"(?P<value>[A-ZÅÄÖ][\wåäö\-]+(?:[ \t]+[A-ZÅÄÖ]?[\wåäö\-]+){0,3})")
#: an organisation's name with its type word in the posting box: "Samordningsförbundet X", "Kommunalförbundet X"
TYPED_NAME = re.compile(r"[A-ZÅÄÖ][a-zåäö]*förbundet[ \t]+[A-ZÅÄÖ][\wåäö\-]+(?:[ \t]+[A-ZÅÄÖ][\wåäö\-]+)?")
#: the document's kind opening a title line
_KINDS = rf"(?:{alternation(TITLE_KINDS)})"
KIND_FIRST = re.compile(rf"^{_KINDS}\s+", re.I)
#: a collaboration's one-word name: "Norrbyregionen", "Sjödalsförbundet", "Norrbysamverkan"
_COLLABORATION = r"[A-ZÅÄÖ][a-zåäö]{2,}(?:regionen|förbundet|samverkan)"
COLLABORATION = re.compile(_COLLABORATION)
#: the kind, the meeting's compound and the collaboration, in a row inside a longer line
KIND_MEETING_COLLABORATION = re.compile(
    rf"\b{_KINDS}\s+[A-ZÅÄÖ][a-zåäö]{{2,}}(?:möte|mötet|sammanträde|sammanträdet)\s+(?P<org>{_COLLABORATION})\b")
#: a municipality's name before "kommun"/"stad": one or two capitalised words ("Norrby", "Övre Norrby")
_MUNICIPALITY_WORDS = r"[A-ZÅÄÖ][\wåäö\-]+(?:[ \t]+[A-ZÅÄÖ][\wåäö\-]+)?"
#: the notice board of an organisation named in the genitive: "anslag på Norrby kommuns (digitala) anslagstavla"
BOARD_OWNER = re.compile(r"\b[Aa]nslag\w*\s+(?:på|via)\s+(?:den\s+)?"
                         r"(?P<owner>Region\s+[A-ZÅÄÖ][\wåäö]+(?:\s+läns)?|"
                         rf"{_MUNICIPALITY_WORDS}[ \t]+(?:kommuns|stads))\s+"
                         r"(?:[a-zåäö]+a\s+)?anslagstavla")


def as_written(short: str, name: str) -> str | None:
    """The official name of the municipality ``short``, kept to the type word its document wrote: "GOTLANDS KOMMUN"
    in a protocol from before the municipality took the name "Region Gotland" is "Gotlands kommun" (a document names
    its organisation as it then was, and a region is another organisation)."""
    official = gazetteer.official_name(short)
    if official and official.startswith("Region ") and name.split()[-1].lower() == "kommun":
        return f"{gazetteer.genitive(short)} kommun"
    return official


def letterhead(title_lines: list[Line]) -> str | None:
    """The municipality a capitals letterhead names (one name only; two different ones: None)."""
    found: set[str] = set()
    texts = [ln.text.strip() for ln in title_lines if not ln.blank]
    for k, text in enumerate(texts):
        if "KOMMUN" not in text and "STAD" not in text:  # the cheap test
            continue
        for m in CAPS_NAME.finditer(text):
            after = text[m.end():].strip()
            nxt = texts[k + 1] if k + 1 < len(texts) else ""
            alone = LEAD.match(text[:m.start()]) is not None and not after
            before_doc = bool(DOC_WORD.match(after)) or (not after and bool(DOC_WORD.match(nxt)))
            short = gazetteer.municipality(m.group(1)) if alone or before_doc else None
            if short:
                found.add(as_written(short, m.group(1)))
    return found.pop() if len(found) == 1 else None


#: a region's letterhead in capitals: "REGION NORRDALA", "REGION NORRDALAS LÄN", alone or before the kind
REGION_HEAD = re.compile(r"^[\d\s().]*(REGION[ \t]+[A-ZÅÄÖ][A-ZÅÄÖ\-]+(?:[ \t]+LÄN)?)(?:[ \t]+(?P<after>\S.*))?$")


def region_letterhead(title_lines: list[Line]) -> str | None:
    """The region a capitals letterhead names, alone on its line or before the document's kind; one only."""
    found = set()
    for ln in title_lines:
        m = REGION_HEAD.match(ln.text.strip()) if "REGION" in ln.text else None
        if m and (not m.group("after") or DOC_WORD.match(m.group("after"))) and (name := gazetteer.region(m.group(1))):
            found.add(name)
    return found.pop() if len(found) == 1 else None


#: a later page's head: at a line's start (after its page number), the name, then the protocol's own kind
PAGE_HEAD = re.compile(rf"^[\d\s().\[\]]*({_LINE_SPACE})[ \t]+"
                       r"(?:SAMMANTRÄDESPROTOKOLL|PROTOKOLL)\b", re.M)
#: the same head in mixed case at a line's start, as a web page's transcript prints a page's head (after its number,
#: which repair may have taken): "2 Norrby kommun Innehållsförteckning", "Övre Norrby kommun Sammanträdesprotokoll"
PAGE_KINDS = (r"(?:Innehållsförteckning|Sammanträdesprotokoll|Protokoll|Kallelse|Föredragningslista|Ärendelista|"
              r"Sammanträdesdatum)\b")
MIXED_PAGE_HEAD = re.compile(rf"^[\d \t().\[\]]*((?:[A-ZÅÄÖ][a-zåäö\-]+[ \t]+){{1,2}}(?:kommun|stad))[ \t]+{PAGE_KINDS}",
                             re.M)
#: the gates of the two heads (issue 12): the capitals head needs "PROTOKOLL"; the mixed-case head needs "kommun" or
#: "stad" right before its kind, which these find fast (each starts with its literal word), where MIXED_PAGE_HEAD
#: tries every line's start of every document that names a "kommun" (every "kommunstyrelse") or a "stad"
PAGE_HEAD_WORD = "PROTOKOLL"
MIXED_PAGE_GATES = (re.compile(rf"kommun[ \t]+{PAGE_KINDS}"), re.compile(rf"stad[ \t]+{PAGE_KINDS}"))


#: the posting box's head on any page: the letterhead's name, then "ANSLAG/BEVIS" ("3 PROTOKOLL NORRBY KOMMUN
#: ANSLAG/BEVIS Protokollet är justerat"): the name is the last one to three capital words before KOMMUN/STAD
BOX_HEAD = re.compile(r"((?:[A-ZÅÄÖ][A-ZÅÄÖ\-]+[ \t]+){1,3}(?:KOMMUN|STAD))\s+(?:ANSLAG\s*/\s*BEVIS|BEVIS\s+OM\s+ANSLAG)\b")


def box_head(text: str) -> str | None:
    """The municipality whose capitals name heads a posting box anywhere in the text; one only."""
    if "ANSLAG" not in text:  # the cheap test
        return None
    found: set[str] = set()
    for m in BOX_HEAD.finditer(text):
        words = m.group(1).split()
        for k in range(len(words) - 1, 0, -1):  # the shortest tail that is a municipality's name
            if short := gazetteer.municipality(" ".join(words[k - 1:])):
                found.add(as_written(short, m.group(1)))
                break
    return found.pop() if len(found) == 1 else None


def page_head(text: str) -> str | None:
    """The municipality of a later page's head ("2 NORRBY KOMMUN SAMMANTRÄDESPROTOKOLL 2(15)", "2 Norrby kommun
    Innehållsförteckning"); one only.
    (An extract of another's protocol is headed "PROTOKOLLSUTDRAG", not read here.)"""
    heads = [PAGE_HEAD] if PAGE_HEAD_WORD in text else []  # the cheap tests: each head's own words
    if any(gate.search(text) for gate in MIXED_PAGE_GATES):
        heads.append(MIXED_PAGE_HEAD)
    found = {as_written(short, m.group(1)) for rx in heads for m in rx.finditer(text)
             if (short := gazetteer.municipality(m.group(1)))}
    return found.pop() if len(found) == 1 else None


def genitive_body(title_lines: list[Line]) -> str | None:
    """The municipality of a title line that is a body named with its municipality's genitive."""
    if not HAS_BODY_WORD("\n".join([ln.text for ln in title_lines])):  # the cheap test: no line names a body
        return None
    for ln in title_lines:
        m = GENITIVE_BODY.match(cut_start(KIND_FIRST, ln.text.strip()))  # "Protokoll Norrbys kommunstyrelse"
        if not m or NOT_MUNICIPAL_BODY.match(m.group("body")) or len(ln.text.split()) > 6:
            continue
        short = gazetteer.municipality(m.group("gen"), genitive=True)
        if short:
            return gazetteer.official_name(short)
    return None


def _official(name: str) -> str | None:
    """The official name of the municipality ``name`` names ("Norrby kommuns" -> "Norrby kommun"); None if none."""
    short = gazetteer.municipality(name)
    return gazetteer.official_name(short) if short else None


def posting_box(text: str) -> str | None:
    """The organisation the posting box's organ line names: an official municipal name, "Region X", or a
    federation's name with its type word. None where it names a body or several organisations."""
    found: set[str] = set()
    if "nstans" not in text and "Organ" not in text:  # the cheap test: each label has one of these
        return None
    for m in ORGAN.finditer(text):
        value = m.group("value")
        if mm := re.match(rf"{_MUNICIPALITY_WORDS}[ \t]+(?:kommun|stad)\b", value):
            name = _official(mm.group(0))
        elif owned := municipal_genitive(value, whole=False):  # "Organ Norrbys kommunstyrelse": the body of Norrby kommun
            name = owned[1]
        elif mm := re.match(r"Region[ \t]+[A-ZÅÄÖ][\wåäö]+", value):
            name = gazetteer.region(mm.group(0))
        else:
            mm = TYPED_NAME.match(value)
            name = mm.group(0) if mm else None
        if name:
            found.add(name)
    return found.pop() if len(found) == 1 else None


#: a municipality's genitive, then one of its bodies, as the whole value: "Norrbys kommunstyrelse",
#: "Norrby socialnämnd", "Norrbys barn- och utbildningsnämnd", "Norrby kommuns socialnämnd"
OWNED = re.compile(r"(?P<gen>[A-ZÅÄÖ][a-zåäö]+(?:[ -][A-ZÅÄÖ][a-zåäö]+)?)(?:[ \t]+(?:kommuns|stads))?[ \t]+"
                   r"(?P<body>(?:[a-zåäö]+-[ \t]+och[ \t]+)?[a-zåäö]*(?:nämnd|kommunstyrelse|fullmäktige|utskott))")
DEFINITE_END = (("nämnd", "nämnden"), ("styrelse", "styrelsen"), ("utskott", "utskottet"))


#: a county council's body named with its county: "Norrdala läns landstingsstyrelse" (the older councils' own form;
#: the council is "Norrdala läns landsting")
COUNTY_OWNED = re.compile(r"(?P<county>[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[A-ZÅÄÖ][a-zåäö]+)?)[ \t]+läns[ \t]+"
                          r"(?P<body>landstingsstyrelse|landstingsfullmäktige)")


def municipal_genitive(value: str | None, whole: bool = True) -> tuple[str, str] | None:
    """(body, organisation) of a value that is (``whole``) or begins with (a box's flattened value) a municipal
    body named with its municipality's genitive ("Norrbys kommunstyrelse" -> ("Kommunstyrelsen", "Norrby
    kommun")), or a county council's body with its county's ("Norrdala läns landstingsstyrelse" ->
    ("Landstingsstyrelsen", "Norrdala läns landsting")); None otherwise."""
    v = (value or "").strip(" ,.;")
    if "läns" in v and (county := _county_owned(v, whole)):
        return county
    m = OWNED.fullmatch(v) if whole else OWNED.match(v)
    if not m or not whole and re.match(r"[\wåäö]", v[m.end():m.end() + 1]) or NOT_MUNICIPAL_BODY.match(m.group("body")):
        return None
    short = gazetteer.municipality(m.group("gen"), genitive=True)
    if not short or not (org := gazetteer.official_name(short)):
        return None
    body = re.sub(r"[ \t]+", " ", m.group("body"))
    for end, definite in DEFINITE_END:
        if body.endswith(end):
            body = body[: -len(end)] + definite
    return body[0].upper() + body[1:], org


def _county_owned(value: str, whole: bool) -> tuple[str, str] | None:
    """(body, council) of a county council's body named with its county (a county of the gazetteer)."""
    m = COUNTY_OWNED.fullmatch(value) if whole else COUNTY_OWNED.match(value)
    if not m or not whole and re.match(r"[\wåäö]", value[m.end():m.end() + 1]) or not county_name(m.group("county")):
        return None
    body = m.group("body")
    body = body + "n" if body.endswith("styrelse") else body
    return body[0].upper() + body[1:], f"{m.group('county')} läns landsting"


def titled_collaboration(title_lines: list[Line]) -> str | None:
    """ "Minnesanteckningar Regionrådsmöte Norrbyregionen": the collaboration a title line ends with (or names
    after the kind and the meeting's compound inside a longer line)."""
    for ln in title_lines[:4]:
        text = ln.text.strip()
        m = KIND_FIRST.match(text)
        if m:
            words = text[m.end():].split()
            if 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and COLLABORATION.fullmatch(words[-1]):
                return words[-1]
        if mm := KIND_MEETING_COLLABORATION.search(text):
            return mm.group("org")
    return None


def board_owner(text: str) -> str | None:
    """The municipality or region whose notice board the protocol was posted on; one only."""
    if "nslagstavla" not in text:  # the cheap test
        return None
    found: set[str] = set()
    for m in BOARD_OWNER.finditer(text):
        owner = re.sub(r"\s+", " ", m.group("owner"))
        if owner.lower().startswith("region"):
            name = gazetteer.region(owner[:-1] if owner.endswith("s") else owner)
        else:
            name = _official(owner)
        if name:
            found.add(name)
    return found.pop() if len(found) == 1 else None


def certain_organisation(title_lines: list[Line], text: str) -> tuple[str, str] | None:
    """(organisation, rule) from the forms above, in the order of their certainty; None when none applies."""
    for rule, found in (("letterhead", lambda: letterhead(title_lines) or page_head(text)
                         or region_letterhead(title_lines) or box_head(text)),
                        ("genitive_body", lambda: genitive_body(title_lines)),
                        ("posting_box", lambda: posting_box(text)),
                        ("title_collaboration", lambda: titled_collaboration(title_lines)),
                        ("notice_board", lambda: board_owner(text))):
        if name := found():
            return name, f"meta.organization.{rule}"
    return None
