"""The last check of the header's names: a value that does not look like what its field holds is cut or left out.

Rules upstream read a chair, a secretary, an organisation or a body from many layouts; where a layout was
lost (labels glued to values, a header table read column by column, a whole page on one line) a value can
run on into the next label ("Anna Berg Justeras", "Anna BergJusterare", "Kommunstyrelsen Datum 12 mars")
or be something else altogether (a label, a date, a person's name where an organisation was expected).
A wrong value is worse than none, so:

- a value is cut before the first header label word inside it (the labels a Swedish protocol's first page
  and signature block print: they never belong to a name), when what is left is still a name;
- a name of three or more words loses common words that ran on after it (an item's title whose number
  was stripped: "Anna Berg Föregående");
- a chair or secretary must then look like a person (capitalised name words, no organisation or title);
- an organisation or body must not be a person's name (a given name from the gazetteer and a surname),
  a date or a bare label;
- a body's name holds the noun of a group that meets (nämnd, styrelse, råd, grupp, direktion ...); an
  organisation's is written as organisations' names are (or was read by a rule that knows their patterns);
- the chair is not the person who kept the minutes: a chair read as the secretary's name (a signature
  block or a list whose line breaks were lost gave one name both roles) is left out.

Otherwise the field is null and its evidence says why ("uncertain: ...").
"""

from __future__ import annotations

import re

from ..record import Evidence, MeetingRecord
from ..swedish import dates, gazetteer
from . import affiliationcheck
from .confidence import _not_a_body
from .features import cut_start
from .meta import ORG_SUFFIX
from .names import given_names, is_org, is_person, split_run
from .nameorder import given_first
from .segment import LABELS as MIDLINE_LABELS
from .valuedoubts import region_names

#: words a header or signature block prints as a label, never inside a name or a body's name
LABEL_WORDS = tuple(sorted({*MIDLINE_LABELS, "Justeras", "Justerat", "Justering", "Justerade", "Datum", "Tid", "Plats", "Lokal",
                            "Mötesdatum", "Mötestid", "Sammanträdestid", "Diarienummer", "Dnr", "Paragraf",
                            "Underskrift", "Underskrifter", "Underskrift sekreterare", "Deltagare", "Mötesplats",
                            "Kallade", "Närvarolista", "Protokollet", "Anslag", "ANSLAG", "Bevis", "BEVIS",
                            # a letterhead's contact details, printed under the name (never part of a name)
                            "Postadress", "Besöksadress", "Adress", "Telefon", "E-post", "Epost", "Org.nr",
                            "Organisationsnummer", "Fax", "Hemsida", "Webbplats", "Växel",
                            # the dates a head prints about its own paper
                            "Utskriftsdatum", "Justeringsdatum", "Anslagsdatum", "Kontaktperson"},
                           key=len, reverse=True))
_ALT = "|".join(re.escape(w) for w in LABEL_WORDS)
#: a label written after a name with a space ("Anna Berg Justeras") or glued to it ("Anna BergJusterare")
LABEL_INSIDE = re.compile(rf"(?:\s+|(?<=[a-zåäö]))(?:{_ALT})(?=$|[\s:.,;\t])")
#: the whole value is a label ("Beslutande", "Datum:")
ONLY_LABEL = re.compile(rf"^(?:{_ALT})\s*:?$", re.I)
#: the labels that name a role: before a name they may be that person's own ("Ordförande Anna Berg")
ROLE_LABELS = frozenset({"Ordförande", "Sekreterare", "Justerare", "Justerande", "Protokollförare",
                         "Vid protokollet"})
#: a label of the page's layout before a name ("Paragrafer Anna Berg", "Tjänsteman Anna Berg"): a row of labels whose
#: values were flattened after them put a label before the value of another; never part of the name, never its role
LEADING_LABEL = re.compile("^(?:" + "|".join(re.escape(w) for w in (*LABEL_WORDS, "Tjänsteman")
                                            if w not in ROLE_LABELS) + r")\s+(?=[A-ZÅÄÖ][a-zåäö])")

#: capitalised words that open an item's title ("Föregående protokoll", "Val av justerare"), never a surname: a name
#: whose line break was lost runs on into them
TITLE_OPENERS = frozenset(
    "Föregående Val Information Informationsärenden Mötets Mötet Övrigt Övriga Fastställande Godkännande Anmälan "
    "Anmälningsärenden Rapport Rapporter Uppföljning Förslag Nästa Dagordning Dagordningen Protokoll Protokollet "
    "Ärende Ärenden Ekonomi Budget Aktuellt Inledning Välkommen Avslutning Beslut Yttrande Remiss Delegationsbeslut "
    "Meddelanden Justering Upprop Närvaro Kallelse Ekonomisk Verksamhetsplan Verksamhetsberättelse".split())
#: endings of Swedish common nouns and participles ("Redovisning" aside: -ning is also a surname's), never a surname's
NOT_SURNAME = re.compile(r"(?:ande|ende|tion|tioner|heten|het|else|elsen|skap|skapet|ism|ering|eringen)$")
#: what a body's name is made of: the group that meets (its head noun), in any compound or inflection
BODY_HEAD = re.compile(r"nämnd|styrelse|utskott|råd|grupp|fullmäktige|direktion|beredning|presidi|nätverk|kommitt|"
                       r"ledning|forum|möte|samråd|delegation|konferens|församling|revision|revisor|sektion|team|panel|"
                       r"stämma|kongress|kollegi|organ\b|organet", re.I)
#: words that join the parts of a body's name ("Kultur- och fritidsnämnden"), never its first word
CONNECTORS = frozenset({"och", "eller", "samt", "för", "i", "med", "av", "till"})
#: a past-tense verb before a body word in lower case ("Välkomnade styrgruppen"): a sentence of the text, where a
#: body's name has an adjective in its definite form ("Tekniska nämnden") or a genitive ("Socialnämndens utskott")
VERB_BEFORE = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:ade|ades)\s+[a-zåäö]")
#: the rules that read an organisation from how names of organisations are written (not from a lone title line)
ORG_RULES = ("meta.organization.pattern", "meta.organization.secretariat", "meta.organization.body_owner",
             "meta.organization.org_number", "meta.organization.directorate", "meta.organization.organ_owner",
             "meta.organization.storage_place")
PERSON_FIELDS = ("chair", "secretary")
MOST_NAME_WORDS = 3  #: "Anna Maria Berg", "Anna-Karin Berg Holm": a fourth word is the next person's
NAME_FIELDS = ("organization", "body")


def check(rec: MeetingRecord, text: str = "") -> None:
    """Cut or null the header's names that do not look like their field's (evidence says why); a chair written
    surname first (or secretary) is read in the order the document's other mention of the name writes (:mod:`.nameorder`)."""
    _run_on_roles(rec)
    affiliationcheck.check(rec)
    _owned_board(rec)
    for officer in PERSON_FIELDS if text else ():
        _given_first(rec, officer, text)
    for field in PERSON_FIELDS + NAME_FIELDS:
        value = getattr(rec, field)
        if not value:
            continue
        kept: str | None
        doubt: str | None
        kept, doubt = (person(value) if field in PERSON_FIELDS else organisation(value))
        if kept and field == "body" and not BODY_HEAD.search(kept) and not _not_a_body(kept):  # (that one says why)
            kept, doubt = None, f"'{value}' names no group that meets (nämnd, styrelse, råd, grupp ...)"
        if kept and field == "body" and kept.split()[0].casefold() in CONNECTORS:
            kept, doubt = None, f"'{value}' starts inside a name ('{kept.split()[0]}'): its first part was lost"
        if kept and field == "body" and _mixed_capitals(kept):
            kept, doubt = None, f"'{value}' is put together from a title in capitals and a name made from it"
        if kept and field == "body" and VERB_BEFORE.match(kept):
            kept, doubt = None, f"'{value}' is a sentence's verb and the body it names, not a body's name"
        if kept and field == "organization" and not _org_shaped(kept, rec):
            kept, doubt = None, f"'{value}' is not written as an organisation's name"
        if kept != value:
            setattr(rec, field, kept)
            rule = f"uncertain: {doubt}" if kept is None else f"plausible.cut: '{value}' ran on into a label"
            rec.evidence.append(Evidence(field, 0, 0, 0, rule, 0.0 if kept is None else 0.7))
            if kept is not None:
                _rename(rec, value, kept)
    if rec.chair and rec.chair == rec.secretary:
        listed = listed_chair(rec)
        if listed:  # "Sekreterare Ordförande Anna Berg Per Holm": the names in the labels' order, the list says who
            rec.evidence.append(Evidence("chair", 0, 0, 0, f"plausible.listed_chair: '{rec.chair}' was also read "
                                                           f"as the secretary; the attendance list's chair", 0.7))
        else:
            rec.evidence.append(Evidence("chair", 0, 0, 0, f"uncertain: '{rec.chair}' was also read as the "
                                                           f"secretary", 0.0))
        rec.chair = listed


def _given_first(rec: MeetingRecord, officer: str, text: str) -> None:
    """The chair's (or secretary's) name given name first where a roster wrote it surname first (the attendees keep
    the roster's order: only the officer's field is the person's name as such)."""
    name = getattr(rec, officer)
    turned, doubt = given_first(name, text) if name else (name, None)
    if turned == name:
        return
    rule = f"uncertain: {doubt}" if doubt else f"nameorder.given_first: '{name}' was written surname first"
    rec.evidence.append(Evidence(officer, 0, 0, 0, rule, 0.0 if doubt else 0.7))
    setattr(rec, officer, turned)


def listed_chair(rec: MeetingRecord) -> str | None:
    """The one present attendee the list writes as chair ("Per Holm (S), ordförande"), who is not the secretary:
    where a flattened signature block gave the secretary's name to the chair's label too, the chair it means."""
    chairs = {a.name for a in rec.attendees if a.role == "ordförande" and a.group == "present"} - {rec.secretary}
    return chairs.pop() if len(chairs) == 1 else None  # (the wrong reading made the secretary an "ordförande" too)


def _mixed_capitals(name: str) -> bool:
    """"PLANERINGSORGANET/Förvaltningschefsgruppen": a word in capitals beside one that is not, in one name."""
    words = re.findall(r"[A-ZÅÄÖa-zåäö]{5,}", name)
    return any(w.isupper() for w in words) and any(not w.isupper() for w in words)


def cut_at_label(value: str) -> str:
    """The value up to the first label word inside it (a label never belongs to a name)."""
    m = LABEL_INSIDE.search(value)
    return value[:m.start()].strip(" \t,;:") if m else value.strip()


#: a label of those not at the meeting, or not of it, opening the value: "Frånvarande Anna Berg", "Gäster: Per Holm"
ABSENT_LEADING = re.compile(r"^(?:Frånvarande|Ej\s+närvarande|Anmält\s+förhinder|Anmälda\s+förhinder|Förhinder|"
                            r"Gäster|Gäst|Inbjudna|Inbjuden)\b", re.I)


def person(value: str) -> tuple[str | None, str | None]:
    """(the person's name, None), or (None, why it is not one)."""
    if ABSENT_LEADING.match(value.strip()):  # the chair named among the absent: another chairs the meeting
        return None, f"'{value}' is named after a label of those absent or visiting, not as the meeting's officer"
    cut = _without_region_before(_without_title_words(cut_at_label(cut_start(LEADING_LABEL, value.strip()))))
    if not is_person(cut):
        return None, f"'{value}' does not look like a person's name"
    if len(split_run(cut.split())) > 1:  # "Eva Lind Per Holm": a row of signers read as one name
        return None, f"'{value}' is two names run together"
    if any(len(w.strip(".")) < 2 for w in (cut.split()[0], cut.split()[-1])):  # "A B": initials of a run of capitals
        return None, f"'{value}' is initials, not a person's name"
    if len(cut.split()) > MOST_NAME_WORDS:  # the same, with a given name the gazetteer does not know
        return None, f"'{value}' has more words than a person's name: two names run together"
    if _ends_in_municipality(cut):
        return None, (f"'{value}' ran on into a municipality: a table row (name, municipality, role) read as one "
                      "run, whose role word may be the next person's")
    return cut, None


def _ends_in_municipality(name: str) -> bool:
    """"Anna Berg Härryda": three or more words, the last a municipality's name and the one before it no given
    name ("Anna Maria Lund" is a person with two given names)."""
    words = name.split()
    return len(words) >= 3 and words[-2] not in given_names() and gazetteer.municipality(words[-1]) is not None


def _without_region_before(name: str) -> str:
    """"Skåne Eva Lind": a list "Name, Region Name, Region" run together gave the name the region before it (the
    previous person's affiliation); a region's name that is no given name opens no person's name."""
    words = name.split()
    if len(words) >= 3 and words[0] in region_names() and words[0] not in given_names() \
            and is_person(" ".join(words[1:])):
        return " ".join(words[1:])
    return name


def _without_title_words(name: str) -> str:
    """"Anna Berg Föregående": a name of three or more words loses the common words that ran on after it."""
    words = name.split()
    while len(words) >= 3 and (words[-1] in TITLE_OPENERS or NOT_SURNAME.search(words[-1])):
        words.pop()
    return " ".join(words)


#: the fixed sentences of a protocol's ANSLAG/BEVIS box, run on before a name when its labels and values were
#: flattened ("Organ BEVIS Justeringen har tillkännagivits genom anslag Socialnämnden"): never part of a name
NOTICE = re.compile(r"^(?:(?:ANSLAG\s*/\s*BEVIS|BEVIS|ANSLAG|Protokollet är justerat|Justeringen har tillkännagivits "
                    r"genom anslag(?: på [\wåäö ]*anslagstavla)?)[.:]?\s+)+(?=[A-ZÅÄÖ])")


def organisation(value: str) -> tuple[str | None, str | None]:
    """(the organisation or body's name, None), or (None, why it is not one)."""
    cut = cut_at_label(cut_start(NOTICE, value.strip()))
    if not cut or ONLY_LABEL.match(value.strip()):
        return None, f"'{value}' is a label, not a name"
    if dates.find_dates(cut):
        return None, f"'{value}' holds a date"
    words = cut.split()
    if len(words) in (2, 3) and words[0] in given_names() and is_person(cut):
        return None, f"'{value}' is a person's name"
    return _without_slogan(cut), None


def _without_slogan(name: str) -> str:
    """"FRAMTIDEN Norrdala Gymnasieförbund": a letterhead's word in capitals before the name (not an initialism,
    which has at most four letters) is left out when the rest is an organisation's name."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and words[k].isupper() and len(words[k]) > 4:
        k += 1
    rest = " ".join(words[k:])
    return rest if k and len(words) - k >= 2 and is_org(rest) else name


ROLE_FIELD = {"sekreterare": "secretary", "ordförande": "chair"}


def _run_on_roles(rec: MeetingRecord) -> None:
    """An attendee whose affiliation or title ran on into a label ("Anna Berg, Förbundet X Justering och
    sekreterare") keeps what stood before the label; a role read after it was the label's, not the person's."""
    for a in rec.attendees:
        for attr in ("affiliation", "title"):
            value = getattr(a, attr)
            if not value or (cut := cut_at_label(value)) == value.strip():
                continue
            setattr(a, attr, cut or None)
            field = ROLE_FIELD.get(a.role or "")
            if field and a.role[:4] not in cut.casefold():  # "sekr", "ordf": the role abbreviated before the label
                a.role = None
                if getattr(rec, field) == a.name:
                    setattr(rec, field, None)
                    rec.evidence.append(Evidence(field, 0, 0, 0, f"uncertain: the role of '{a.name}' was read "
                                                                 f"after a label that followed the name", 0.0))


def _org_shaped(value: str, rec: MeetingRecord) -> bool:
    """An organisation's name as such names are written (a municipality or region, an organisation word, an
    initialism), or read by a rule that knows organisations' name patterns."""
    rule = next((e.rule for e in rec.evidence if e.path == "organization"), "")
    return is_org(value) or bool(ORG_SUFFIX.search(value)) or rule.startswith(ORG_RULES)


def _rename(rec: MeetingRecord, old: str, new: str) -> None:
    """An attendee entry made from the run-on value takes the cut name."""
    for a in rec.attendees:
        if a.name == old:
            a.name = new


#: a body read as a name's last word in the genitive and the body's noun: "Värmlands styrelse"
GENITIVE_BOARD = re.compile(r"([A-ZÅÄÖ][\wåäö]+)s (styrelse|direktion|arbetsutskott|presidium|beredning)")
DEFINITE_BOARD = {"styrelse": "Styrelsen", "direktion": "Direktionen", "arbetsutskott": "Arbetsutskottet",
                  "presidium": "Presidiet", "beredning": "Beredningen"}


def _owned_board(rec: MeetingRecord) -> None:
    """ "Samordningsförbundet Sjödals styrelse": a body read as the last word of the organisation's name in the
    genitive and its noun ("Sjödals styrelse") is the organisation's own board, "Styrelsen"."""
    m = GENITIVE_BOARD.fullmatch(rec.body or "")
    org = rec.organization or ""
    if m and " " in org and re.search(rf"(?:^|\s){m.group(1)}s?$", org):
        rec.evidence.append(Evidence("body", 0, 0, 0, f"plausible.owned_board: '{rec.body}' is {org}'s own", 0.7))
        rec.body = DEFINITE_BOARD[m.group(2)]
