"""Who holds the meeting (organisation), read from the title lines; kind and body in ``body``, the meeting's
number in ``meetingnumber``."""

from __future__ import annotations

import re

from ..swedish import gazetteer
from .header import label_of
from .lines import Line
from .meetingnumber import read_number  # noqa: F401 (API: assemble reads the number through meta)
from .names import find_people
from .persons import PARTIES
from .municipal import named_municipality
from .orgdomains import domain_municipality
from .orgfooter import postal_footer
from .orgkept import kept_by, ungenitive
from . import orgforms, orgowners, orgplaces, orgsigns
from .orgheading import heading_organisation
from .orgmentions import (MET_WITH, among_people, gazetteer_name, known_or_unchecked, several_lone_municipalities,
                          site_name)
from .regional import regional_organisation
from .body import NOT_TITLE, read_body, read_kind, specific_body  # noqa: F401 (read_body, specific_body: API)


def labelled_organisation(value: str | None) -> str | None:
    """The official name of a municipality or region written under a body label ("Organ: Ydre kommun",
    the ANSLAG box's "Beslutsinstans"): the organisation, not the body. None for anything else."""
    v = (value or "").strip(" ,.;")
    if not re.search(r"\s(?:kommun|stad)$|^Region\s", v):
        return None
    short = gazetteer.municipality(v)
    if short:
        return gazetteer.official_name(short)
    return gazetteer.region(v)


ORG_PATTERNS = (  # the first: "Norrdals Räddningstjänstförbund", "Sjödals gymnasieförbund", "Ume- och Sjöälvens vattenförbund"
    re.compile(r"\b((?:[A-ZÅÄÖ][\wåäö]+-\s+och\s+|[A-ZÅÄÖ][\wåäö]+\s+){0,2}[A-ZÅÄÖ][\wåäö]+s\s+(?:[A-ZÅÄÖ][\wåäö]*|[a-zåäö]{3,})förbund(?:et)?)\b"),
    re.compile(r"\b([A-ZÅÄÖ][\wåäö\-]+s\s+(?:kommun|stad|kommunförbund|kommunalförbund))\b"),
    re.compile(r"\b([A-ZÅÄÖ][A-ZÅÄÖ\-]+\s+(?:KOMMUN|STAD))\b"),
    re.compile(r"\b(Region\s+[A-ZÅÄÖ][\wåäö]+(?:\s+län)?)\b"),  # "Region Norrdalas län": the whole name
    # "Kommunalförbundet Västkusten", "Samordningsförbundet Östra Dalarna", "Regionförbundet i Sjölands län":
    # the type word first, then the name (one to three words, not the body, the document's kind or an item's part
    # after it: "Finanspolicy för Regionförbundet Sjödal Bakgrund Styrelsen ...", a flattened page's next heading)
    re.compile(r"\b([A-ZÅÄÖ][a-zåäö]*förbundet(?:\s+i)?(?:\s+(?!(?i:[\wåäö]*styrelsen|direktionen|[\wåäö]*utskottet|"
               r"[\wåäö]*nämnden|protokoll|kallelse|dagordning|minnesanteckningar|sammanträdesprotokoll|"
               r"bakgrund|ärendet|ärendebeskrivning|sammanfattning|beslutsunderlag|beslut|yttrande)\b)"
               r"[A-ZÅÄÖ][\wåäö\-]+){1,3}(?:\s+län)?)\b"),
    re.compile(r"\b([A-ZÅÄÖ]*FÖRBUNDET(?:\s+I)?(?:\s+(?!(?:[A-ZÅÄÖ]*STYRELSEN|DIREKTIONEN|[A-ZÅÄÖ]*UTSKOTTET|"
               r"[A-ZÅÄÖ]*NÄMNDEN|PROTOKOLL|KALLELSE|DAGORDNING|MINNESANTECKNINGAR|SAMMANTRÄDESPROTOKOLL|"
               r"BAKGRUND|ÄRENDET|ÄRENDEBESKRIVNING|SAMMANFATTNING|BESLUTSUNDERLAG|BESLUT|YTTRANDE)\b)"
               r"[A-ZÅÄÖ][A-ZÅÄÖ\-]+){1,3}(?:\s+LÄN)?)\b"),
    re.compile(r"\b((?:[A-ZÅÄÖ][a-zåäö]+){2,}(?:regionen|förbundet|samverkan))\b"),
    re.compile(r"\b(Familjen\s+[A-ZÅÄÖ][a-zåäö]+)\b"),
)
#: the words (case as written) each of ``ORG_PATTERNS`` needs, one of them: a line without is not searched (issue 12)
ORG_WORDS = (("förbund",), ("kommun", "stad"), ("KOMMUN", "STAD"), ("Region",), ("förbundet",), ("FÖRBUNDET",),
             ("regionen", "förbundet", "samverkan"), ("Familjen",))


#: "Styrgruppen för det nationella landsbygdsnätverket", "möte med Kulturnätverket": the network or
#: association whose group meets, named after the group or meeting word
OF_BODY = re.compile(r"(?i:grupp|gruppen|gruppsmöte|styrelse|styrelsen|styrelsemöte|möte|mötet|rådet)"
                     r"\s+(?:för|med|inom)\s+"
                     r"(?:det\s+|den\s+)?((?:[A-ZÅÄÖa-zåäö][a-zåäö-]+\s+)?[A-ZÅÄÖa-zåäö][a-zåäö-]{2,}"
                     r"(?:nätverket|förbundet|regionen|partnerskapet))\b(?P<place>\s+[A-ZÅÄÖ][a-zåäö]+(?:\s+län)?)?")
MUNICIPAL_BODY = re.compile(r"(nämnd|nämnden|styrelse|styrelsen|fullmäktige|utskott|utskottet|rådet|råd)$", re.I)
#: a body of a federation, region or county council ("Förbundsstyrelsen", "Regionstyrelsen", "Direktionens
#: arbetsutskott"): the municipalities it names are its members, not its owner
NOT_MUNICIPAL = re.compile(r"^(?:förbunds|regionförbund|regions|region|landstings|direktion)", re.I)
#: the councils a municipality keeps ("Folkhälsorådet", "Brottsförebyggande rådet"); other "-rådet" bodies
#: ("Norrlandsrådet") are often councils of several municipalities
MUNICIPAL_COUNCIL = re.compile(r"(?:folkhälso|pensionärs|brottsförebyggande|tillgänglighets|handikapp|funktionshinder|"
                               r"funktionshindrades|ungdoms|integrations|trygghets|krishanterings|demokrati|"
                               r"jämställdhets|näringslivs|landsbygds|kultur|miljö|idrotts|skol|elev|vård)"
                               r"[\wåäö]*\s*råd(?:et)?$", re.I)
#: the end of a one-word organisation name ("Norrlandsrådet", "Skaraborgsnätverket", "MalmöLundregionen",
#: "Norrdalskommunerna": the municipalities of a district as one collaboration)
ORG_SUFFIX = re.compile(r"(?:regionen|förbundet|samverkan|nätverket|rådet|gruppen|kansliet|kommun|landstinget|"
                        r"bolaget|stiftelsen|föreningen|akademin|partnerskapet|alliansen|församling|pastorat|klubb|"
                        r"klubben|sällskap|sällskapet|byalag|byalaget|(?<=\w{3})kommunerna)$", re.I)
#: an organisation's own name never contains these: contact details and the labels of a header
NOT_ORG = re.compile(r"[:@/\\]|\b(telefon|tel|e-post|epost|mobil|fax|www|http|datum|tid|plats|kl)\b", re.I)


#: papers sent to another organisation's body ("Delgivningar till styrelsen för Kommunförbundet X"): the
#: organisation named after them receives the papers; it does not hold this meeting
SENT_PAPERS = re.compile(r"\b(?:delgivningar|delgivning|meddelanden|anmälningsärenden|ärenden|skrivelser?|"
                         r"yttranden?|remisser|remiss|rapporter?)\s+till\s+", re.I)
SENT_TO = re.compile(SENT_PAPERS.pattern + r"(?:[\wåäö]+\s+(?:för|i|inom)\s+)?$", re.I)


RUNNING_HEAD = re.compile(r"(?:\d{1,3}\s+){0,2}((?:(?:NORRA|SÖDRA|ÖSTRA|VÄSTRA|MELLERSTA|ÖVRE|NEDRE)\s+)?[A-ZÅÄÖ][\wÅÄÖåäö]+)"
                          r"\s+(?:PROTOKOLL|MINNESANTECKNINGAR|ANTECKNINGAR|KALLELSE|DAGORDNING|Protokoll|"
                          r"Minnesanteckningar|Kallelse|Dagordning)\b")
SINGLE_COMPOUND = re.compile(r"([A-ZÅÄÖ][\wÅÄÖåäö]+(?:regionen|förbundet|samverkan|REGIONEN|FÖRBUNDET|SAMVERKAN))")
CAPITAL_WORD = re.compile(r"[A-ZÅÄÖ][\wåäö]+")


def organization(title_lines: list[Line], text: str, secretary_affiliation: str | None,
                 body: str | None = None) -> tuple[str | None, str]:
    """(organisation, rule); the rule starts with "uncertain:" when the reader abstains.

    A value comes from a pattern of organisation names in the title lines, a
    gazetteer municipality or region named there, a proper noun ending like an
    organisation, the secretary's employer, or (for a municipal body) the one
    municipality the document names; never from whatever capitalised word is near.
    """
    transcript = orgowners.transcript_lines(title_lines, text)  # a sharing site's frame before the document
    found = _in_title_lines(transcript, text) if transcript else None
    found = _in_title_lines(title_lines, text) if found is None else found
    found = orgowners.owned_below(found, title_lines, body) or found  # "Norrby kommun" / "Styrelsen för X AB"
    if found is None:
        found = _beside_title(title_lines, text, secretary_affiliation)
    return orgowners.not_a_member(found if found is not None else _body_owner(body, text), body)


def _in_title_lines(title_lines: list[Line], text: str) -> tuple[str | None, str] | None:
    """The organisation a title line names, line by line from the top. Past the first list of people (its
    label, or the labels of who kept the minutes) lines name their people's organisations, not the meeting's:
    only the rules that cannot mistake an affiliation for the owner still read there."""
    labelled = False  #: past the first list of people: lines name their organisations, not the meeting's
    for ln in title_lines:
        if ">" in ln.text and (crumb := orgplaces.breadcrumb_owner(ln.text)):
            return crumb  # "Hem > Norrby kommun > Norrby Energi AB > Sammanträde": the company below the municipality
        if not labelled and (company := orgplaces.company_of_board(ln.text)):
            return company, "meta.organization.company"  # "Protokoll fört vid styrelsemöte i Norrby Energi AB"
        if not labelled and (owner := orgforms.body_in_owner(ln.text)):
            return owner, "meta.organization.body_owner"  # "sammanträde med kyrkorådet i Norrby församling"
        if not labelled and (association := orgforms.association_of_meeting(ln.text)
                             or orgforms.association_line(ln.text)):
            return association, "meta.organization.association"  # "årsmöte i Norrby hembygdsförening"
        if NOT_TITLE.match(ln.text):
            labelled = labelled or bool(SIGNING.match(ln.text))  # "Vid protokollet": the people's lines begin
            continue
        if lab := label_of(ln.text):  # a header value: only the organisation whose secretariat is there
            labelled = labelled or lab[1].startswith(("attendees", "absent", "secretary", "chair", "justerare"))
            if found := _secretariat(ln.text):
                return found, "meta.organization.secretariat"
            continue
        if (named := _title_line(ln.text, labelled)) is not None:
            if named[1] == "meta.organization.gazetteer" and several_lone_municipalities(title_lines):
                return None, "uncertain: the title lines name several municipalities, a collaboration's members"
            if MUNICIPAL_FORM.search(named[0] or "") and site_name(ln, text):
                continue  # "Norrby kommun" / "Sök" / "Meny": the web site's name, which hosts others' papers
            return orgowners.head_continued(named, title_lines, ln)  # "RÄDDNINGSTJÄNSTFÖRBUNDET" / "MITT NORRDAL"
    return None


def _title_line(text: str, labelled: bool) -> tuple[str, str] | None:
    """The organisation one unlabelled title line names, the surest form first: a name pattern, a running page
    head, a gazetteer name, a heading, a one-word compound, "X för <organisation>"."""
    for rx, words in zip(ORG_PATTERNS, ORG_WORDS) if not labelled else ():
        if not any(map(text.__contains__, words)):  # (no generator resumed per word)
            continue
        m = next((m for m in rx.finditer(text) if not among_people(text, m.start())
                  and not SENT_TO.search(text[:m.start()]) and not _met_with(text, m)), None)
        if m and known_or_unchecked(m.group(1)):
            return _org_form(ungenitive(m.group(1), text[m.end():])), "meta.organization.pattern"
    head = RUNNING_HEAD.match(text)
    if head and ORG_SUFFIX.search(head.group(1)) and head.group(1).isupper():  # a running page head
        return " ".join(w.capitalize() for w in head.group(1).split()), "meta.organization.page_head"
    found = None if labelled else gazetteer_name(text)
    if found:
        return found, "meta.organization.gazetteer"
    if not labelled and (found := heading_organisation(text)):
        return found, "meta.organization.heading"
    words = [w for w in CAPITAL_WORD.findall(text) if _camel(w) and ORG_SUFFIX.search(w)]
    if words:
        return words[0], "meta.organization.compound"
    of_body = OF_BODY.search(text)
    if of_body and not SENT_TO.search(text[:of_body.start()] + " "):
        name, place = of_body.group(1), (of_body.group("place") or "").strip()
        if place and gazetteer.municipality(place.removesuffix(" län")):  # "Regionförbundet Örebro län"
            name = f"{name} {place}"
        return name[0].upper() + name[1:], "meta.organization.of_body"
    single = SINGLE_COMPOUND.fullmatch(text.strip())
    if single:
        return single.group(1)[0] + single.group(1)[1:].lower(), "meta.organization.compound"
    return None


def _beside_title(title_lines: list[Line], text: str, secretary_affiliation: str | None
                  ) -> tuple[str | None, str] | None:
    """Where no title line names it: a certain sign in the text (a letterhead, "Norrby socialnämnd", the
    posting box), the secretary's employer when it is no municipality or region, or a lone name in the title."""
    if certain := orgsigns.certain_organisation(title_lines, text):  # a letterhead, "Norrby socialnämnd", ANSLAG
        return certain
    if secretary_affiliation and not gazetteer.municipality(secretary_affiliation) \
            and not gazetteer.region(secretary_affiliation) and not MUNICIPAL_FORM.search(secretary_affiliation) \
            and _org_like(secretary_affiliation):
        # (a municipality or region employs the secretaries of many bodies it is not, also one spelt unlike the
        # gazetteer's name: "Norrby kommun" keeping the notes of a network of several municipalities)
        return secretary_affiliation, "meta.organization.secretary"
    lone = _lone_name(title_lines)
    if lone and not MUNICIPAL_COUNCIL.search(lone):  # "Folkhälsorådet": a municipality's council, the body that meets
        return lone, "meta.organization.title"
    return None


def _body_owner(body: str | None, text: str) -> tuple[str | None, str]:
    """Last, for a municipal body (a nämnd, styrelse or fullmäktige), the region or the one municipality the
    document names; abstains for a body that may belong to a federation, a council of several municipalities
    or a company."""
    if federation := orgowners.federation_owner(body, text):  # "Direktionen" and "Norrdals räddningstjänstförbund (NRF)"
        return federation
    if kept := kept_by(text, body):  # "Direktionen för X", "Förvaringsplats: X", "X Box 12 ... Org.nr 222000-0000"
        return kept
    if not body and (footer := postal_footer(text)):  # "Norrby kommun Box 801": the page footer's municipality
        return footer, "meta.organization.postal_footer"
    if not body or not MUNICIPAL_BODY.search(body):
        return None, "uncertain: no organisation named in the title lines"
    if (regional := regional_organisation(body, text)) is not None:
        return regional
    if NOT_MUNICIPAL.match(body) or body.lower().endswith(("råd", "rådet")) and not MUNICIPAL_COUNCIL.search(body):
        return None, f"uncertain: '{body}' may be the body of a federation, region or council of several municipalities"
    owner = named_municipality(text)  # a nämnd, styrelse or fullmäktige belongs to its municipality
    if owner[0] is None and owner[1].endswith("no municipality named"):
        owner = orgowners.building_municipality(text) or domain_municipality(text) or owner  # "Kommunkontoret i X", "@x.se"
    if owner[0] and orgplaces.bare_board(body):  # a municipality's board is "Kommunstyrelsen", a bare one a company's
        return None, f"uncertain: '{body}' is the board of a company, association or federation, not of {owner[0]}"
    return owner


#: a municipality or region by the form of its name, whether or not the gazetteer spells it so
MUNICIPAL_FORM = re.compile(r"\s(?:kommun|stad)$|^Region\s", re.I)
#: the labels of who kept and checked the minutes: past them, lines name people and their organisations
SIGNING = re.compile(r"(?:vid protokollet|justering|justeras|protokollförare)\b", re.I)
SECRETARIAT = re.compile(r"\b(?:sekretariatet|kansliet)\s+(?:(?:på|vid|för|hos|i)\s+)?(?=[A-ZÅÄÖ])", re.I)


def _secretariat(text: str) -> str | None:
    """ "Johan Tallgren, sekretariatet Familjen X": the secretariat's organisation holds the meeting."""
    for m in SECRETARIAT.finditer(text):
        rest = text[m.end():m.end() + 60]
        for rx in ORG_PATTERNS:
            found = rx.match(rest)
            if found and known_or_unchecked(found.group(1)):
                return _org_form(found.group(1))
    return None


def _met_with(text: str, m: re.Match) -> bool:
    """A municipality or region named as whom the meeting was held with: the counterpart, not who meets (a
    network's or association's "möte med" names its own group's meeting, ``OF_BODY``)."""
    return bool(MET_WITH.search(text[max(0, m.start() - 30):m.start()])) and bool(MUNICIPAL_FORM.search(m.group(1)))


def _org_like(value: str) -> bool:
    """An employer's name: capitalised words, no contact details or labels; a party's code is none."""
    v = value.strip()
    if v.upper() in PARTIES:
        return False
    if any(rx.fullmatch(v) for rx in ORG_PATTERNS) and known_or_unchecked(v):  # "Familjen X" looks like a name
        return True
    return bool(re.fullmatch(r"[A-ZÅÄÖ][\wåäö\-]+(?:\s+[\wåäö\-]+){0,5}", v)) and not NOT_ORG.search(v) \
        and not find_people(v) and (bool(ORG_SUFFIX.search(v.split()[-1])) or gazetteer.region(v) is not None
                                    or bool(re.fullmatch(r"[A-ZÅÄÖ]{2,6}", v)))


def _lone_name(title_lines: list[Line]) -> str | None:
    """A first title line that is only a proper name ending like an organisation ("Norrlandsrådet")."""
    for ln in title_lines[:3]:
        t = ln.text.strip()
        if read_kind([ln]) is not None:
            return None
        if re.fullmatch(r"[A-ZÅÄÖ][\wåäö\-]+(?:\s+[A-ZÅÄÖ][\wåäö\-]+){0,3}", t) and not re.search(r"\d", t) \
                and not re.search(r"\b(för|ett|en|och|i|på|av|med|om|till)\b", t, re.I) \
                and ORG_SUFFIX.search(t.split()[-1]) and not NOT_ORG.search(t):
            return t
    return None


def _camel(word: str) -> bool:
    """A name like "MalmöLundregionen": capitals inside a word."""
    return len(word) > 6 and CAMEL.search(word) is not None


CAMEL = re.compile(r"[a-zåäö][A-ZÅÄÖ]")


def _org_form(text: str) -> str:
    text = orgforms.without_kind_word(text)  # "Protokoll Norrdalens Gymnasieförbund": a page title's kind word
    if text.startswith("Region ") and (official := gazetteer.region(text)):
        return official  # "Region Norrdalas fastigheter": the region's name, not its genitive
    if text.isupper():
        text = text.title()
        text = re.sub(r"\b(Kommun|Stad)\b", lambda m: m.group(1).lower(), text)
    return text


def initialism(name: str) -> str | None:
    """ "MalmöLundregionen" -> "MLR", "Göteborgsregionens kommunalförbund" -> "GK"."""
    words = re.findall(r"[A-ZÅÄÖ][a-zåäö]*", name)
    letters = "".join(w[0] for w in words)
    m = re.search(r"[a-zåäö](region|regionen|förbund|förbundet)$", name)
    if m and words:
        letters += m.group(1)[0].upper()
    return letters if len(letters) >= 2 else None
