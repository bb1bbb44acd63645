"""What a document is: kind, organisation, body and meeting number, read from its title lines."""

from __future__ import annotations

import re

from .. import gazetteer
from .lines import Line

KIND_WORDS = (
    ("agenda", r"dagordning|kallelse|föredragningslista|ärendelista|preliminär dagordning|kungörelse"),
    ("minutes", r"minnesanteckningar|minnesanteckning|mötesanteckningar|anteckningar|mötesprotokoll från"),
    ("protocol", r"sammanträdesprotokoll|protokollsutdrag|justerat protokoll|protokoll"),
)
NOT_TITLE = re.compile(r"^(vid protokollet|föregående protokoll|justering|justeras|protokollet|"
                       r"protokollförare|[0-9]+[.)]|§)", re.I)
BODY_WORD = re.compile(
    r"\b((?:[A-ZÅÄÖa-zåäö][\wåäö\-]*?)?(?:gruppen|gruppens|grupp|styrelsen|styrelsens|nämnden|nämndens|rådet|rådets|råd|"
    r"utskottet|utskott|fullmäktige|direktionen|direktionens|presidiet|beredningen|möte|mötet|sammanträde))\b",
    re.I)


def read_kind(title_lines: list[Line]) -> str | None:
    """minutes | protocol | agenda from the first title line naming one."""
    for ln in title_lines:
        if NOT_TITLE.match(ln.text):
            continue
        low = ln.text.casefold()
        hits = [(m.start(), kind) for kind, rx in KIND_WORDS for m in [re.search(rf"\b({rx})\b", low)] if m]
        if hits:
            return min(hits)[1]
    return None


def read_number(title_lines: list[Line]) -> str | None:
    """The meeting's own number: "protokoll 1/2019", "Möte nr 3/2020", "Sammanträde 4-2021"."""
    for ln in title_lines:
        m = re.search(r"\b(?:protokoll|möte|sammanträde|anteckningar|nr|nummer)\s*(?:nr\.?\s*)?"
                      r"(\d{1,2}\s*[/-]\s*(?:19|20)\d{2})\b", ln.text, re.I)
        if m:
            return re.sub(r"\s+", "", m.group(1)).replace("-", "/")
    return None


#: an adjective in its definite form right before a body's name: "Tekniska nämnden", "Sociala nämnden"
ADJECTIVE_BEFORE = re.compile(r"(?<![\wåäö-])([A-ZÅÄÖa-zåäö][a-zåäö]{3,}(?:iska|ella|ala|ära|iga|ade|ska|amma))\s+$")


def read_body(title_lines: list[Line]) -> str | None:
    """The group that meets, as a noun in definite form: "Kommundirektörsmöte" -> "Kommundirektörsgruppen"."""
    kind_first = sorted(title_lines, key=lambda ln: read_kind([ln]) is None)
    for ln in kind_first:
        if NOT_TITLE.match(ln.text):
            continue
        m = re.search(r"\b([A-ZÅÄÖ][\wåäö]+s\s+(?:[a-zåäö]+\s+){1,2}(?:råd|rådet|nämnd|nämnden|beredning|beredningen|"
                      r"utskott|utskottet|styrelse|styrelsen))\b", ln.text)
        if m and not NOT_TITLE.match(ln.text) and not m.group(1).split()[1] in ("nästa", "senaste"):
            return m.group(1)
        m = re.search(r"\b((?:Kommunstyrelsens|Regionstyrelsens|Förbundsstyrelsens)\s+(?:arbetsutskott|"
                      r"personalutskott|[\wåäö]+utskott))\b", ln.text, re.I)
        if m:
            return m.group(1)[0].upper() + m.group(1)[1:].lower()
        for m in BODY_WORD.finditer(ln.text):
            body = _definite(m.group(1))
            pair = re.search(r"([A-ZÅÄÖa-zåäö][\wåäöÅÄÖ]+-\s+(?:och|eller)\s+)$", ln.text[:m.start()], re.I)
            if body and pair:
                body = pair.group(1)[0].upper() + pair.group(1)[1:].lower() + body.lower()
            elif body and (adj := ADJECTIVE_BEFORE.search(ln.text[:m.start()])):
                body = adj.group(1).capitalize() + " " + body.lower()  # "Tekniska nämnden", "Regionala ..."
            if body:
                return body
    return None


def _definite(word: str) -> str | None:
    w = word.casefold()
    if w in {"möte", "mötet", "sammanträde", "nästa möte", "grupp"}:
        return None
    w = re.sub(r"gruppsmöte[t]?$", "gruppen", w)
    if re.search(r"direktionsmöte[t]?$", w):  # "valdirektionsmöte": a meeting of the direktion
        return "Direktionen"
    w = re.sub(r"styrelsemöte[t]?$", "styrelsen", w)
    for suffix, repl in (("smöte", "sgruppen"), ("möte", "gruppen"), ("mötet", "gruppen"), ("sammanträde", ""),
                         ("gruppens", "gruppen"), ("grupp", "gruppen"), ("styrelsens", "styrelsen"),
                         ("nämndens", "nämnden"), ("rådets", "rådet"), ("råd", "rådet"), ("direktionens", "direktionen"),
                         ("utskott", "utskottet")):
        if w.endswith(suffix):
            if suffix == "sammanträde":
                return None
            w = w[: -len(suffix)] + repl
            break
    if w.endswith("rådetet"):
        w = w[:-2]
    return w[:1].upper() + w[1:] if len(w) > 4 else None


ORG_PATTERNS = (
    re.compile(r"\b((?:[A-ZÅÄÖ][\wåäö]+\s+){0,2}[A-ZÅÄÖ][\wåäö]+s\s+[A-ZÅÄÖ][\wåäö]*förbund(?:et)?)\b"),
    re.compile(r"\b([A-ZÅÄÖ][\wåäö\-]+s\s+(?:kommun|stad|kommunförbund|kommunalförbund))\b"),
    re.compile(r"\b([A-ZÅÄÖ][A-ZÅÄÖ\-]+\s+(?:KOMMUN|STAD))\b"),
    re.compile(r"\b(Region\s+[A-ZÅÄÖ][\wåäö]+)\b"),
    re.compile(r"\b(Kommunförbundet\s+[A-ZÅÄÖ][\wåäö]+)\b"),
    re.compile(r"\b((?:[A-ZÅÄÖ][a-zåäö]+){2,}(?:regionen|förbundet|samverkan))\b"),
    re.compile(r"\b(Familjen\s+[A-ZÅÄÖ][a-zåäö]+)\b"),
)


MUNICIPAL_BODY = re.compile(r"(nämnd|nämnden|styrelse|styrelsen|fullmäktige|utskott|utskottet|rådet|råd)$", re.I)


def read_organization(title_lines: list[Line], text: str, secretary_affiliation: str | None,
                      body: str | None = None) -> str | None:
    """The organisation holding the meeting: a named collaboration, municipality or region."""
    for ln in title_lines:
        if NOT_TITLE.match(ln.text):
            continue
        for rx in ORG_PATTERNS:
            m = rx.search(ln.text)
            if m:
                return _org_form(m.group(1))
        words = [w for w in re.findall(r"[A-ZÅÄÖ][\wåäö]+", ln.text) if _camel(w)]
        if words:
            return words[0]
        single = re.fullmatch(r"([A-ZÅÄÖ][\wÅÄÖåäö]+(?:regionen|förbundet|samverkan|REGIONEN|FÖRBUNDET|SAMVERKAN))",
                              ln.text.strip())
        if single:
            return single.group(1)[0] + single.group(1)[1:].lower()
    if secretary_affiliation and not gazetteer.municipality(secretary_affiliation):
        return secretary_affiliation
    lone = _lone_name(title_lines)
    if lone or not body or not MUNICIPAL_BODY.search(body):
        return lone
    return _named_municipality(text)  # a nämnd, styrelse or fullmäktige belongs to its municipality


def _named_municipality(text: str) -> str | None:
    """The municipality or region whose official name the document uses most ("Högsby kommun")."""
    counts: dict[str, int] = {}
    for m in gazetteer.all_municipalities():
        n = text.count(m.official_name)
        if n:
            counts[m.official_name] = n
    for r in gazetteer.all_regions():
        n = text.count(r.official_name)
        if n and r.official_name.startswith("Region "):
            counts[r.official_name] = n
    return max(counts, key=lambda k: (counts[k], -text.index(k))) if counts else None


def _lone_name(title_lines: list[Line]) -> str | None:
    """A first title line that is only a proper name ("Norrlandsrådet") names the organisation."""
    for ln in title_lines[:3]:
        t = ln.text.strip()
        if read_kind([ln]) is not None:
            return None
        if re.fullmatch(r"[A-ZÅÄÖ][\wåäö\-]+(?:\s+[A-ZÅÄÖ][\wåäö\-]+){0,3}", t) and not re.search(r"\d", t) \
                and not re.search(r"\b(för|ett|en|och|i|på|av|med|om|till)\b", t, re.I):
            return t
    return None


def _camel(word: str) -> bool:
    """A name like "MalmöLundregionen": capitals inside a word."""
    return bool(re.search(r"[a-zåäö][A-ZÅÄÖ]", word)) and len(word) > 6


def _org_form(text: str) -> str:
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
