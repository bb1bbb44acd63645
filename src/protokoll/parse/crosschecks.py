"""Cross-checks between header fields: a value another field's value contradicts is left out (issue 10).

Each header value is judged alone by :mod:`.plausible` and :mod:`.confidence`; some wrong values look right alone
and are only wrong beside the record's other values or the text's other mentions of them:

- a body that is the place's name ("Plats: Länsverket, Norrby" read as the body) is the house the meeting was
  held in, an organisation that lends its room, not the group that met;
- a group's name the reader made from what the meeting is called ("Chefsmöte" -> "Chefsgruppen",
  "Samverkansmöte" -> "Samverkansgruppen") where the text never writes that group is a guess: such a meeting is
  one of people of one kind or one between organisations, not of a named group;
- a body written in brackets after a name or a reference ("Anna Berg (Länsverket)", "riktlinjer (Socialverket)")
  is the organisation that person works for or that published the reference: a body found by a title or a
  compound, not by a label of its own, is then no more the meeting's than any attendee's employer;
- an organisation that is a job title ("VD", "Förbundsdirektör") was read from an employer's slot that held the
  person's title;
- a municipality's or a region's own body ("Kommunstyrelsen", "Kommunfullmäktige", "Regionstyrelsen") belongs to
  a municipality or a region: an organisation of another kind beside it (a union, a company the items name) is
  one the text is about;
- a chair or secretary who is also the meeting's adjuster, or cut from a run of names (:mod:`.officerclash`);
- a chair read from "Name ordförande" where a column of role words follows ("Per Holm (M) ordförande vice
  ordförande ersättare"): a table's columns flattened, the roles no longer beside their names;
- a date read from the text (no label) after a letter's dateline ("Norrby den 31 maj 2012") is when the kallelse
  or the signature was written, not when the meeting is;
- a chair read from who opened the meeting, where the meeting elects its own chair ("Val av mötesordförande",
  "Till årsmötesfunktionärer valdes") and no election names them: the association's chair opens an annual
  meeting that another leads;
- a meeting held over two days written "den 13 och lördag den 14 oktober 2006" is dated by its first day (as a
  range "13-14 oktober" is), not by the day the month and year follow;
- an organisation inferred from the body (the municipality a municipal body's text names most) is left out
  with the body it was inferred from.

The judged value's evidence entry is turned into "uncertain: <why>" with confidence 0.
"""

from __future__ import annotations

import re

from ..record import Evidence, MeetingRecord
from ..swedish.dates import MONTHS
from . import bodyinvites, dateconfirm, headingowner, officerclash, orgconfirm, ownertail, signedinturn, titledmeeting
from .headerlabels import LABELS
from .persons import ORG_WORDS, has_title_word

#: a municipality's own body: its name says whose it is ("Kommunstyrelsen", "Kommunfullmäktiges presidium")
MUNICIPAL_BODY = re.compile(r"(?i)^kommun(?:styrelse|fullmäktige)")
#: a region's or county council's own body ("Regionstyrelsen", "Landstingsfullmäktige"), also the bodies only a
#: region has: health care ("Hälso- och sjukvårdsnämnden", "Sjukvårdsstyrelse Norr"), patients' and dental boards
REGIONAL_BODY = re.compile(r"(?i)^(?:(?:region|landstings)(?:styrelse|fullmäktige)|(?:\w+\s+)?(?:hälso- och sjukvårds"
                           r"(?:nämnd|styrelse)|sjukvårdsstyrelse|patientnämnd|tandvårdsnämnd))")
#: the words an organisation a municipal or a regional body belongs to holds
MUNICIPALITY = re.compile(r"(?i)kommun|stad\b|stads\b")
REGION = re.compile(r"(?i)region|landsting|län\b|läns\b")
#: the meeting of an association's members (a municipality or region holds none): "Årsmötet", "Kongressen"
MEMBERS_MEETING = frozenset({"Årsmötet", "Årsstämman", "Föreningsstämman", "Kongressen", "Förbundsmötet"})
PUBLIC_OWNER = re.compile(r"^(?:[A-ZÅÄÖ][\wåäö-]+ (?:kommun|stad)|Region [A-ZÅÄÖ][\wåäö-]+|"
                          r"Landstinget [A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+ läns landsting)$")
#: the body's rules that read it from a label of its own: a labelled body is not doubted by a bracket
LABELLED = "[body.label]"
#: the organisation's rules that infer it from the body: left out when the body is
FROM_BODY = ("meta.organization.named_municipality", "meta.organization.regional_house")


def check(rec: MeetingRecord, text: str) -> None:
    """Leave out the header values another field or the text contradicts (their evidence says why)."""
    ownertail.without_owner(rec)  # "Direktionen för Norrdals miljöförbund" beside that organisation: "Direktionen"
    ownertail.owner_named(rec)  # "Organ Direktionen för Räddningstjänsten Norrdal", no organisation read: both
    orgconfirm.addresses_contradict(rec, text)  # "Norrby kommun" named in a matter, "@ekby.se" the document's own
    orgconfirm.affiliation_only(rec, text)  # "Anna Berg, Norrby kommun" the one mention: a member's employer
    bodyinvites.inviting_group(rec, text)  # "Landsbygdsgruppen ... bjöd in till ett möte": who called, not who met
    titledmeeting.confirm(rec, text)  # "Norrdals vattenråd" under an "Årsmöte" title: the annual meeting met
    titledmeeting.written_council(rec, text)  # "Möte med Regionalt Skärgårdsråd": not "Skärgårdsrådet"
    if rec.body and (why := _body_doubt(rec, text)):
        _abstain(rec, "body", why)
        if rec.organization and _rule(rec, "organization").startswith(FROM_BODY):
            _abstain(rec, "organization", f"inferred from the body, which was left out ({why})")
    if rec.organization and (why := _organisation_doubt(rec)):
        _abstain(rec, "organization", why)
    dateconfirm.check(rec, text, _abstain)  # "per den 30 april" (a report's day), a label's date written far after it
    dateconfirm.justering_start(rec, text, _abstain)  # "Justering ... kl 8.00": the justering's time, no start
    if rec.date and " den " in text and (why := _dateline(rec, text)):
        _abstain(rec, "date", why)
    if rec.date and " och " in text[:HEAD] and _day_before_och(text[:HEAD]) \
            and (first := _first_day(rec.date, text[:HEAD])):
        rec.date = first
        rec.evidence.append(Evidence("date", 0, 0, 0, "crosschecks.first_day: a meeting over two days ('den 13 och "
                                                      "den 14 oktober') is dated by its first day", 0.8))
    if rec.chair and "elected" in _rule(rec, "chair") and (why := _other_elected(rec.chair, text)):
        _abstain(rec, "chair", why)
    if rec.chair and "vice ordförande" in text and _role_column(rec.chair, text):
        _abstain(rec, "chair", f"'{rec.chair}' stands before a column of role words ('ordförande vice ordförande "
                               f"...') flattened after a column of names: whose role is whose is not known")
    signedinturn.check(rec, text, _abstain)  # "Ordförande Anna Berg §§ 1-5 Per Holm §§ 6-12": chaired in turns
    officerclash.check(rec, text, _abstain)  # the chair read is the adjuster: a signature block read shifted
    headingowner.read(rec, text)  # "Protokoll fört vid styrelsemöte för Norrby Hembygdslag": no organisation read


def _body_doubt(rec: MeetingRecord, text: str) -> str | None:
    body = rec.body.casefold()
    if rec.place and any(part.strip().casefold() == body for part in rec.place.split(",")):
        return f"'{rec.body}' is the place's name: the house the meeting was held in, not who met"
    if body.endswith("gruppen") and _rule(rec, "body").startswith("header.derived") \
            and body[:-len("gruppen")] + "grupp" not in text.casefold():
        return (f"'{rec.body}' is made from what the meeting is called ('...möte'); the text never writes the "
                f"group: a meeting of people of one kind or between organisations, not a named group")
    if LABELLED not in _rule(rec, "body") and f"({rec.body})" in text:
        return (f"'{rec.body}' is written in brackets after a name or a reference: an attendee's or a source's "
                f"organisation, not who met")
    return None


#: a kind of organisation without its name ("KOMMUN" read alone from "HÅBO SAMMANTRÄDESPROTOKOLL KOMMUN")
KIND_ONLY = {"kommun", "kommunen", "stad", "staden", "region", "regionen", "landsting", "landstinget", "förbund",
             "förbundet", "förening", "föreningen", "bolag", "bolaget", "länsstyrelsen"}


def _organisation_doubt(rec: MeetingRecord) -> str | None:
    org = rec.organization
    words = org.split()
    if org.strip(" .,").casefold() in KIND_ONLY:
        return f"'{org}' is a kind of organisation, not one: its name was not read"
    if len(words) == 1 and (org.upper() == "VD" or has_title_word(org)) and not ORG_WORDS.search(org):
        return f"'{org}' is a job title, not an organisation"
    if rec.body and MUNICIPAL_BODY.match(rec.body) and not MUNICIPALITY.search(org):
        return f"'{rec.body}' is a municipality's body and '{org}' is no municipality: an organisation the text names"
    if rec.body and REGIONAL_BODY.match(rec.body) and not REGION.search(org):
        return f"'{rec.body}' is a region's body and '{org}' is no region: an organisation the text names"
    if rec.body in MEMBERS_MEETING and PUBLIC_OWNER.match(org):  # "... hälsade välkommen till Norrby kommun"
        return f"'{rec.body}' is an association's meeting and '{org}' a municipality or region: no such meeting's owner"
    return None


#: a letter's dateline before the date: the town, "den" ("Norrby den 31 maj 2012"), on a line of its own or after
#: a page's number ("1 1(1) Norrby den ..."): when a kallelse or a signature was written, not when the meeting is
DATELINE = re.compile(r"^[\s\d()]*(?P<town>[A-ZÅÄÖ][a-zåäö]+(?:\s+[A-ZÅÄÖ][a-zåäö]+)?),?\s+(?P<den>den\s+)?$")


def _dateline(rec: MeetingRecord, text: str) -> str | None:
    """Why a date read from the text (no label) is a letter's dateline, or None."""
    ev = next((e for e in reversed(rec.evidence) if e.path == "date"), None)
    if ev is None or not ev.rule.startswith("header.text") or ev.end <= ev.start:
        return None
    m = DATELINE.match(text[text.rfind("\n", 0, ev.start) + 1:ev.start])
    if m is None or not (m["den"] or text.startswith("den ", ev.start)) \
            or m["town"].casefold().endswith(("dag", "dagen")) or m["town"].casefold() in LABELS:
        return None
    return f"'{m['town']} den ...' is a letter's dateline: when it was written or signed, not the meeting's date"


#: two days of one month, the second with the month and year ("den 13 och lördag den 14 oktober 2006", "17 och 18
#: mars, 2012"): a meeting held over both days (as "13-14 oktober 2006", which dates reads as the first day)
TWO_DAYS = re.compile(r"\b(?P<first>\d{1,2})\s+och\s+(?:[a-zåäö]+dag(?:en)?\s+)?(?:den\s+)?(?P<day>\d{1,2})\s+"
                      r"(?P<month>[a-zåäö]+),?\s+(?P<year>\d{4})\b", re.IGNORECASE)


def _day_before_och(head: str) -> bool:
    """A cheap gate for :data:`TWO_DAYS` (a scan of the head at every position): an "och" with white space and a
    digit before it (or more white space than is looked at). Finding "och" is a fast substring search."""
    low = head.lower()
    i = low.find("och")
    while i != -1:
        before = low[max(0, i - 4):i]
        stripped = before.rstrip()
        if stripped != before and (not stripped or stripped[-1].isdigit()):
            return True
        i = low.find("och", i + 3)
    return False


def _first_day(value: str, text: str) -> str | None:
    """The first day of a two-day meeting whose second day was read as its date (ISO), else None."""
    year, month, day = (int(x) for x in value.split("-"))
    for m in TWO_DAYS.finditer(text):
        if (int(m["year"]), MONTHS.get(m["month"].casefold()), int(m["day"])) == (year, month, day) \
                and 1 <= int(m["first"]) < day:
            return f"{year:04d}-{month:02d}-{int(m['first']):02d}"
    return None


HEAD = 3000  #: the head, where a header writes the meeting's days and a meeting's first items elect its chair

#: the election of a meeting's own chair: an annual meeting, a stämma or a congress elects who leads it ("Val av
#: mötesordförande", "Till ordförande för årsmötet valdes", "Till årsmötesfunktionärer valdes: a) Ordf. ...")
ELECTION = re.compile(r"(?i)\b(?:val\s+av\s+(?:möte[st]|årsmöte[st]|stämma[ns]|kongress[ens]*)?\s*ordförande\b|"
                      r"till\s+(?:möte[st]|årsmöte[st])?\s*ordförande\s+(?:för|vid)\s+(?:mötet|årsmötet|stämman)\b|"
                      r"(?:års)?mötesfunktionärer)")
CHAIR_SPAN = 250  #: how far after the election its chair's name is written


def _other_elected(chair: str, text: str) -> str | None:
    """Why a chair read from an opening or an election sentence is not the meeting's: the text elects the meeting's
    chair and does not name them at any election (the association's chair opened the meeting, another leads it)."""
    head = text[:HEAD]  # a meeting elects its chair among its first items
    found = list(ELECTION.finditer(head)) if "rdf" in head else []
    if not found or any(chair in text[m.start():m.end() + CHAIR_SPAN] for m in found):
        return None
    return (f"the meeting elects its own chair ('{found[0].group(0)}') and '{chair}' is not the one elected: "
            f"who opened it is not who leads it")


def _role_column(chair: str, text: str) -> bool:
    """Whether the chair's name is followed by "ordförande" and at once "vice ordförande": a table's role column
    written after its name column ("Eva Berg (S) Per Holm (M) ordförande vice ordförande"), so the name before the
    first role is the column's last, not the chair."""
    at = text.find(chair)  # each place the name is written, the roles tried after it (no pattern built per name)
    while at >= 0:
        if ROLE_COLUMN.match(text, at + len(chair)):
            return True
        at = text.find(chair, at + 1)
    return False


#: what follows a chair's name in a flattened role column: "(M) ordförande vice ordförande", "ordförande 1:e vice
#: ordförande"
ROLE_COLUMN = re.compile(r"(?:\s*\([^)]{1,6}\))?\s+ordförande\s+(?:1:e\s+|förste\s+)?vice\s+ordförande")


def _rule(rec: MeetingRecord, field: str) -> str:
    """The rule of the field's last evidence entry ("" when none)."""
    return next((e.rule for e in reversed(rec.evidence) if e.path == field), "")


def _abstain(rec: MeetingRecord, field: str, why: str) -> None:
    """Null the field; its last evidence entry (the value's) says why, with confidence 0."""
    setattr(rec, field, None)
    entry = next((e for e in reversed(rec.evidence) if e.path == field), None)
    if entry is None or entry.rule.startswith("uncertain:"):
        rec.evidence.append(Evidence(field, 0, 0, 0, f"uncertain: {why}", 0.0))
        return
    entry.rule, entry.confidence = f"uncertain: {why} (was {entry.rule})", 0.0
