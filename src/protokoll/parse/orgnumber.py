"""The organisation a document's footer names beside its organisation number (issue 10).

Swedish authorities, federations and companies print a footer on their documents' pages (the template's
"sidfot"): the organisation's name, its postal and visiting address, telephone, and its organisationsnummer, the
identity of the legal person that issues the document ("Norrdals gymnasieförbund Box 12 ... Org.nr 222000-0000",
"Postadress Telefon Organisationsnr / Sjödalsförbundet Storgatan 3 ..."). The number is the issuer's own: a protocol
prints no member's or counterpart's number in its footer, so the one organisation named in a footer with an
organisation number keeps the record. Read only where nothing surer named the organisation, and:

- the number's label must stand among contact labels or a postal box (a footer), not in an item's sentence ("köper
  aktierna i Norrby Energi AB, org.nr 556...": the item's subject, not the issuer);
- the name must be a federation's, a company's, a municipality's or a region's by its form (a municipality and a
  region of the gazetteer), and fit the body that meets: a company's footer for its board, a municipality's for a
  municipal body; a municipality's template printed by a federation's secretariat it hosts is not the federation's,
  and a letter a company sent, attached to a committee's protocol, is not the committee's;
- several names in such footers: none.
"""

from __future__ import annotations

import re

from ..swedish import gazetteer
from .features import keyword_fold

#: the label of the organisation number: "Org.nr", "Org nr", "Organisationsnummer", "Organisationsnr", "Orgnr"
ORG_NUMBER = re.compile(r"\b(?:Org(?:anisations)?\.?[ \t]*-?(?:nr|nummer)\b|Orgnr\b|ORG\.?[ \t]*NR\b)", re.I)
#: the cheap test (issue 12): every label above has "rg" then "n" close by, searched in the text's fold (a document's
#: is kept by ``keyword_fold``): a case-blind search of a whole document was ~20 us, a case-sensitive one ~2 us
GATE = re.compile(r"rg(?:anisations)?\.?[ \t]*-?n")
#: a footer's contact labels or values beside the number
CONTACT = re.compile(r"\b(?:Box[ \t]+\d+|Postadress|Besöksadress|Gatuadress|Adress|Telefon|Tfn|Tel|Växel|E-post|Epost|"
                     r"Fax|Bankgiro|Plusgiro|Postgiro|Hemsida|Webb)\b|www\.|@|\b\d{3}[ \t]?\d{2}[ \t]+[A-ZÅÄÖ]", re.I)
#: a sentence's word or a preposition right before a name: the name is then written in a sentence (an item's
#: subject, "aktierna i Norrby Energi AB", or an address in another's care, "c/o Norrby kommun"), not as the issuer
BEFORE_NAME = re.compile(r"(?:\b(?:att|som|köper|köpa|förvärv\w*|försälj\w*|aktier\w*|avtal\w*|mellan|från|till|med|"
                         r"i|av|hos|för|och|på|c/o)|,)[ \t]*$", re.I)
#: a footer's label words, which may run on before the name in a flattened line
LABEL_WORD = re.compile(r"^(?:Postadress|Besöksadress|Gatuadress|Adress|Telefon|Tfn|Tel|Växel|E-post|Epost|Fax|Bankgiro|"
                        r"Plusgiro|Postgiro|Hemsida|Webb|Org\.?nr|Orgnr|Organisationsnummer|Organisationsnr|Org)$", re.I)
_WORD = r"[A-ZÅÄÖ][\wåäö&\-]*"
#: a federation's name, its form word last or first: "Norrdals gymnasieförbund", "Sjödalsförbundet",
#: "Kommunalförbundet Räddningstjänsten Norrdal", "Räddningstjänsten Västra Sjödal"
FEDERATION = re.compile(rf"(?<![\wåäö])((?:{_WORD}[ \t]+){{0,3}}(?:[A-ZÅÄÖ]?[a-zåäö]+förbund(?:et)?)"
                        rf"|(?:[A-ZÅÄÖ][a-zåäö]*förbundet|Räddningstjänsten)(?:[ \t]+{_WORD}){{1,3}})(?![\wåäö])")
#: a company's name: "Norrby Bostäder AB", "AB Norrbyhem"
COMPANY = re.compile(rf"(?<![\wåäö])((?:{_WORD}[ \t]+){{1,4}}AB|AB(?:[ \t]+{_WORD}){{1,3}})(?![\wåäö])")
#: a municipality or region: "Norrby kommun", "Region Norrdala"
PUBLIC = re.compile(rf"(?<![\wåäö])({_WORD}(?:[ \t]+{_WORD})?[ \t]+(?:kommun|stad)|Region[ \t]+{_WORD})(?![\wåäö])")
#: a street, a postal box or a place after a name in a flattened footer: where the name ends
ADDRESS_WORD = re.compile(r"(?:vägen|gatan|torget|gränd|gränden|allé|backe|backen|stigen|plan|platsen|Box)$")
#: a federation's, a region's or a county council's body: no municipality's footer names its owner
FEDERATION_BODY = re.compile(r"^(?:förbunds|regionförbund|regions|region|landstings|direktion)", re.I)
MUNICIPAL_BODY = re.compile(r"(?:nämnd|nämnden|fullmäktige|utskott|utskottet|kommunstyrelsen|rådet)$", re.I)
BOARD = re.compile(r"^(?:styrelsen|styrelsens arbetsutskott|årsstämman|bolagsstämman|extra bolagsstämma)$", re.I)


def footer_organisation(text: str, body: str | None) -> str | None:
    """The one organisation a footer with an organisation number names, when it fits ``body``; None otherwise."""
    if not GATE.search(keyword_fold(text)):
        return None
    found: dict[str, str] = {}
    for m in ORG_NUMBER.finditer(text):
        block = _block(text, m.start(), m.end())
        if not CONTACT.search(block):
            continue
        for name, kind in _names(block):
            found.setdefault(name.casefold(), (name, kind))
    if len(found) != 1:
        return None
    name, kind = next(iter(found.values()))
    return name if _fits(kind, body) else None


def _block(text: str, start: int, end: int) -> str:
    """The footer around the number's label: its line, the two lines before it and the one after (at most a few
    hundred characters: a flattened page runs its footer into the text)."""
    first = text.rfind("\n", 0, start) + 1
    for _ in range(2):
        first = text.rfind("\n", 0, first - 1) + 1 if first > 0 else 0
    last = text.find("\n", end)
    last = text.find("\n", last + 1) if last >= 0 else len(text)
    last = last if last >= 0 else len(text)
    return text[max(first, start - 240):min(last, end + 160)]


def _names(block: str) -> list[tuple[str, str]]:
    """(name, kind) of each organisation's name in a footer block, its leading label words and trailing
    address words taken off."""
    out = []
    for kind, rx in (("federation", FEDERATION), ("company", COMPANY), ("public", PUBLIC)):
        for m in rx.finditer(block):
            words = m.group(1).split()
            while words and LABEL_WORD.match(words[0]):
                words = words[1:]
            cut = next((k for k, w in enumerate(words) if k > 0 and ADDRESS_WORD.search(w)), len(words))
            words = words[:cut]
            before = block[max(0, m.start() - 30):m.start()]
            if not words or BEFORE_NAME.search(before) or _party_label(before):
                continue
            name = " ".join(words)
            if kind == "public":
                name = _public(name)
            elif kind == "federation" and not re.search(r"förbund|Räddningstjänsten", name) or \
                    kind == "company" and "AB" not in words:
                name = None
            if name:
                out.append((name, kind))
    return out


def _party_label(before: str) -> bool:
    """A label other than a footer's right before the name ("Leverantör: ", "Köpare: "): a party of a contract or a
    purchase an item names, not the issuer."""
    m = re.search(r"([\wåäö]+)\s*:\s*$", before)
    return bool(m) and not LABEL_WORD.match(m.group(1))


def _public(name: str) -> str | None:
    """The official name of a municipality or region of the gazetteer."""
    if name.startswith("Region "):
        return gazetteer.region(name)
    words = name.split()
    for k in range(len(words) - 2, -1, -1):  # the shortest tail that is a municipality's ("Telefon Norrby kommun")
        if short := gazetteer.municipality(" ".join(words[k:])):
            return gazetteer.official_name(short)
    return None


def _fits(kind: str, body: str | None) -> bool:
    """A footer's organisation fits the body that meets: any for a document whose body is not read; a company for
    a board or its meeting of shareholders; a municipality or region for a municipal body (not a federation's); a
    federation for its own bodies (direktion, förbundsstyrelse, styrelse, utskott)."""
    if not body:
        return True
    b = body.strip()
    if kind == "company":
        return bool(BOARD.match(b))
    if kind == "public":
        return bool(MUNICIPAL_BODY.search(b)) and not FEDERATION_BODY.match(b)
    return bool(FEDERATION_BODY.match(b) or BOARD.match(b) or re.search(r"utskott(?:et)?$", b, re.I))
