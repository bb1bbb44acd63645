"""Who attended and in what role: the header's attendee lists and role labels, the signatures, and the
opening items' "Till sekreterare utsågs ..." and "Ordföranden ... öppnade mötet"."""

from __future__ import annotations

import re

from ..record import Attendee, Evidence, MeetingRecord
from .fields import Field, field_value
from .persons import LOWER, PLAIN_NAME, UPPER
from .header import find_signatures, heading_affiliation
from .signatures import paired_officers
from .lines import Line
from .names import is_clerk, is_person, parse_attendees
from .roleholder import role_holder
from . import meetingchair, minutetaker, presence, secretaries, stackedlabels
from .absentees import absent_names, all_but, without_absent
from .grouplabels import grouped
from .presencetable import table_value

TAIL_FIELDS = {"secretary", "chair", "justerare"}


def under_name(lines: list[Line], f: Field) -> bool:
    """A role word under a signed name ("Anna Berg" / "ordförande") is a signature, not a label."""
    k = next((i for i, ln in enumerate(lines) if ln.start == f.start), None)
    prev = next((ln.text for ln in reversed(lines[:k]) if not ln.blank), "") if k else ""
    return is_person(prev)


#: a capitalised word that starts the next sentence, not a name's last part ("valdes Anna Berg Till sekreterare ...")
NOT_NAME_WORD = r"(?!(?:Till|Som|Och|Att|Samt|Med|För|Vid|Av|Mötet|Årsmötet|Stämman)\b)"
#: In the second form ("Anna Berg valdes till sekreterare") the name starts at a word start and has at
#: most six capitalised words: tried at every letter of one long capitalised word, or at every word of
#: a long run of capitalised words with an unbounded repeat, the regex was quadratic in the text.
ELECTED = re.compile(r"(?:Till\s+(?P<ra>sekreterare|mötessekreterare|justerare|mötesordförande|ordförande)\s+"
                     r"(?P<of>(?:för|vid)\s+(?:mötet|stämman|årsstämman|årsmötet|sammanträdet)\s+)?"
                     rf"(?:utsågs|valdes|utses|väljs)\s+(?P<a>[{UPPER}][\wåäö\-]+"
                     rf"(?:\s+{NOT_NAME_WORD}[{UPPER}][\wåäö\-]+)+)"
                     rf"|(?<![\w\-])(?P<b>[{UPPER}][\wåäö\-]+(?:\s+[{UPPER}][\wåäö\-]+){{1,5}})\s+"
                     r"(?:utsågs|valdes|utses|väljs)\s+(?:enhälligt\s+|enigt\s+)?(?:till|att\s+vara)\s+"
                     r"(?P<rb>sekreterare|mötessekreterare|justerare|mötesordförande))"
                     # a stämma's decision: "att till ordförande (för stämman) välja Anna Berg"
                     r"|\batt\s+till\s+(?P<rc>sekreterare|mötessekreterare|mötesordförande|ordförande)\s+"
                     r"(?P<ofc>(?:för|vid)\s+(?:mötet|stämman|årsstämman|årsmötet|sammanträdet)\s+)?"
                     rf"(?:välja|utse)\s+(?P<c>[{UPPER}][\wåäö\-]+"
                     rf"(?:\s+{NOT_NAME_WORD}[{UPPER}][\wåäö\-]+)+)")
#: an item electing the meeting's own officers ("Val av mötesordförande", "Val av ordförande för mötet")
MEETINGS_CHAIR = re.compile(r"mötesordförande|mötesfunktionär|mötets\s+ordförande|ordförande\s+(?:och\s+\w+\s+)?"
                            r"(?:för|vid)\s+(?:mötet|stämman|årsstämman|årsmötet|sammanträdet)", re.I)
_NAME2 = PLAIN_NAME
_PARTY = r"(?:\s*\([A-ZÅÄÖa-zåäö]{1,4}\))?"  #: a politician's party after the name: "Anna Berg (S)"
#: "Ordföranden Anna Berg öppnade mötet", "Ordföranden, Anna Berg (S), hälsar välkommen", "Mötet öppnades (öppnas) av
#: (styrelsens) ordförande(,) Anna Berg": who chaired; without the office only a politician opening the session itself, at a
#: sentence's start ("Anna Berg (S) hälsade välkommen och öppnade sammanträdet": the chair opens it)
OPENED = re.compile(rf"\b[Oo]rdförande(?:n)?\s*,?\s+(?P<a>{_NAME2}){_PARTY}\s*,?\s+(?:öppnade|öppnar|förklarade|"
                    rf"förklarar|hälsade|hälsar)\b|\böppna(?:de)?s\s+av\s+(?:(?:styrelsens|föreningens|nämndens|rådets)\s+)?(?:mötes)?ordförande(?:n)?\s*,?\s+(?P<b>{_NAME2})|"
                    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<c>{_NAME2})\s*\([A-ZÅÄÖa-zåäö]{{1,4}}\)\s+(?:hälsade\s+"
                    rf"(?:alla\s+)?välkom\w*\s+och\s+)?(?:öppnade|öppnar|förklarade|förklarar)\s+sammanträdet\b|"
                    # the office after the name, as notes write it: "Anna Berg ordförande hälsar alla välkomna"
                    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<d>{_NAME2}){_PARTY}\s*,?\s+(?:vice\s+)?ordförande(?:n)?\s*,?\s+(?:öppnade|öppnar|"
                    rf"förklarade|förklarar|hälsade|hälsar)\b")
#: the chair named by the given name alone, as notes name members: "Ordförande Anna hälsar alla välkomna"
OPENED_GIVEN = re.compile(rf"\b[Oo]rdförande(?:n)?\s+(?P<g>[{UPPER}][{LOWER}]+)\s+(?:öppnade|öppnar|förklarade|"
                          r"förklarar|hälsade|hälsar)\b")
OPENING_VERBS = ("öppna", "förklara", "hälsa")  #: a verb every wording of OPENED writes (the cheap test first)


def _opener(text: str, people: list[Attendee]) -> str | None:
    """The chair who opened the meeting (``OPENED``), or the one person present of that given name (``OPENED_GIVEN``)."""
    for m in OPENED.finditer(text) if any(w in text for w in OPENING_VERBS) else ():
        if is_person(who := m.group("a") or m.group("b") or m.group("c") or m.group("d")):
            return who
    if "rdförande" in text and (m := OPENED_GIVEN.search(text)):
        named = {p.name for p in people if p.name.split()[0] == m.group("g") and len(p.name.split()) > 1}
        return named.pop() if len(named) == 1 else None
    return None


#: why a chair read elsewhere is left null where the meeting elected its own
UNREAD_ELECTION = "uncertain: the meeting elected its own chair, whose name is not read; the opener or the board's chair may not have chaired"


def _electing_verb(text: str) -> bool:
    """The cheap test before ``ELECTED`` (a search from every position): each of its wordings has one of its verbs."""
    return "valdes" in text or "utsågs" in text or "utses" in text or "väljs" in text or "välja" in text \
        or "utse " in text


def _election(m: re.Match[str], title: str) -> tuple[str, str] | None:
    """(name, role) of an ``ELECTED`` match, the meeting's own officer words folded ("mötessekreterare" ->
    "sekreterare", "mötesordförande" -> "ordförande"); None for a chair elected without naming the meeting under
    a title that does not either ("Val av ordförande i socialnämnden / Till ordförande valdes X": a term's chair)."""
    name, role = next((m.group(n), m.group(f"r{n}")) for n in "abc" if m.group(n))
    role = "sekreterare" if role == "mötessekreterare" else role
    if role == "ordförande" and not (m.group("of") or m.group("ofc")) and not MEETINGS_CHAIR.search(title):
        return None
    return name, "ordförande" if role.endswith("ordförande") else role


def elected(rec: MeetingRecord, document: str = "") -> None:
    """"Till sekreterare utsågs Anna Berg" in the opening items names the secretary (or a justerare); the first
    chair elected for the meeting ("Till ordförande vid stämman valdes X") is the chair, not the board's chair who
    opened the stämma or is listed as "ordf." among the board's members present. An election that names the
    meeting in its own words ("X valdes till mötesordförande", :mod:`meetingchair`) is read anywhere in the
    ``document``'s opening part, also in an item's heading or where no items were read, and wins over both."""
    chosen = False  #: an election for this meeting named its chair: it beats the opener and the board's "ordf."
    decided = None  #: the secretary a stämma decided to elect for itself
    if found := meetingchair.elected_chair(document):
        rec.chair, chosen = found[0], True
        _merge(rec.attendees, Attendee(found[0], group="present"), role="ordförande", add=False)
    for item in rec.items[:4]:
        for text in item.decisions + [item.text, item.title or ""]:  # (a flattened page's title runs on into its text)
            rec.chair = rec.chair or _opener(text, rec.attendees)  # a stämma may elect its own chair after
            for m in ELECTED.finditer(text) if _electing_verb(text) else ():
                if not (got := _election(m, item.title or "")) or not is_person(got[0]):
                    continue
                name, role = got
                if role == "ordförande" and not chosen:  # "Till ordförande vid stämman valdes X": not the opener
                    rec.chair, chosen = name, True
                _merge(rec.attendees, Attendee(name, group="present"), role=role, add=False)
                if role == "sekreterare" and m.group("c") and (m.group("ofc") or MEETINGS_CHAIR.search(
                        item.title or "")):  # "Val av ordförande och sekreterare för stämman / att till
                    decided = decided or name  # sekreterare välja X": the stämma's own secretary
    if not chosen and rec.chair and meetingchair.election_unread(document):
        rec.chair = None  # the meeting elected its chair, whose name is not read: not the opener nor the "ordf."
        rec.evidence.append(Evidence("chair", 0, 0, 0, UNREAD_ELECTION, 0.0))
    rec.secretary = rec.secretary or decided
    if not rec.secretary and (found := meetingchair.elected_secretary(document) or minutetaker.minute_taker(document)):
        rec.secretary = found[0]
        _merge(rec.attendees, Attendee(found[0], group="present"), role="sekreterare", add=False)
    if not rec.secretary:  # "Mötet valde Anna Berg till mötessekreterare"
        rec.secretary = secretaries.elected([(item.title, item.text) for item in rec.items[:8]])
        if rec.secretary:
            _merge(rec.attendees, Attendee(rec.secretary, group="present"), role="sekreterare", add=False)


#: the next label of a signature box or header run on after the justerare's names: where their list ends
JUSTERARE_END = re.compile(r"\s(?:Justeringsdatum|Justeringsdag|Justeringens|Justeringstid|Paragrafer|Underskrifter|"
                           r"Underskrift|Sekreterare|Ordförande|ANSLAG|Anslag/Bevis|BEVIS)\b")


def read_people(rec: MeetingRecord, fields: list[Field], lines: list[Line]) -> None:
    """The attendees from the header's (and tail's) lists, then the chair and secretary: from their labels,
    the signatures, and last the roles the lists give."""
    people = _listed_people(stackedlabels.restacked(fields))  # "Beslutande Underskrifter Anna Berg (M) ..."
    rec.attendees = people
    _labelled_officers(rec, fields, people)
    _signed_officers(rec, lines, people)
    _officers_in_list(rec, lines, people)


def _listed_people(fields: list[Field]) -> list[Attendee]:
    """Everyone the attendance fields list ("Närvarande", "Beslutande", "Ersättare" ...), each with the group
    and role its label gives and the affiliation its list's heading names, the same person merged once."""
    people: list[Attendee] = []
    absent = absent_names(fields)
    for f in fields:
        if not f.kind.startswith("attendees") or not f.value:
            continue
        _, group, *role = f.kind.split(":")
        value, excepted = all_but(presence.unglue(presence.contents_off(presence.serving(table_value(f)))))
        absent.update(n.casefold() for n in excepted)
        for a in presence.tidy(grouped(value, group)):
            if role and not a.role:
                a.role = role[0]
            a.affiliation = a.affiliation or heading_affiliation(f.heading)
            _merge(people, a)
    return without_absent(people, absent)


def _labelled_officers(rec: MeetingRecord, fields: list[Field], people: list[Attendee]) -> None:
    """The secretary, chair and justerare their own labels name ("Sekreterare", "Ordförande", "Justerare"),
    a vice chair read under the chair's label kept as an attendee with that role."""
    sec = field_value(fields, "secretary")
    if sec and (found := role_holder(sec, "other")):
        found.name, found.role = presence.TICK.sub("", found.name), "sekreterare"
        rec.secretary = found.name
        _merge(people, found, role="sekreterare")
    chair, officer = officers_line(field_value(fields, "chair"))
    if officer and not rec.secretary:  # "Ordförande Per Holm, Sekreterare Anna Berg, Kassör Olof Ek"
        rec.secretary = officer
        _merge(people, Attendee(officer, group="other"), role="sekreterare")
    found = role_holder(chair, "present") if chair else None
    # "Ordförande Per Holm (M) Vice ordförande": the label ends the row above, its value is the vice chair
    vice = found if found and found.role not in (None, "ordförande") else None
    if found and not vice:
        found.name = presence.TICK.sub("", found.name)
        rec.chair = found.name
        _merge(people, found, role="ordförande", add=False)
    just = field_value(fields, "justerare")
    just = JUSTERARE_END.split(just, 1)[0] if just else just  # "Anna Berg Justeringsdatum 22 september Paragrafer"
    for a in parse_attendees(just, "present") if just else []:
        a.group = "present"
        _merge(people, a, role="justerare")
    if vice:  # an attendee with that role, unless adjusting the minutes is the role this meeting gave
        _merge(people, vice)


def _signed_officers(rec: MeetingRecord, lines: list[Line], people: list[Attendee]) -> None:
    """A chair or secretary no label named, read in the signature block (a secretary who signs is listed)."""
    for sig in find_signatures(lines, is_person):
        name = presence.TICK.sub("", sig.name)  # "Anna Berg X, sekreterare": a table's tick
        if sig.role.startswith("ordf") or sig.role == "mötesordförande":
            # an official of the list ("Anna Berg, kultursekreterare") read above "Ordförande" signs as secretary
            rec.chair = rec.chair or (None if _listed_clerk(people, name) else name)
        elif sig.role.startswith(("sekret", "sekr.", "vid protokollet", "protokollf", "mötessekr")) or sig.role == "sekr":
            title = sig.role if sig.role.startswith("sekretariat") else None
            if not rec.secretary:
                rec.secretary = name
                _merge(people, Attendee(name, title=title, group="other"), role="sekreterare")
            else:
                _merge(people, Attendee(name, title=title, group="other"), add=False)
    if not rec.chair and (pair := paired_officers("\n".join(ln.text for ln in lines), is_person)) \
            and rec.secretary in (None, pair["sekreterare"]) and not _listed_clerk(people, pair["ordförande"]):
        rec.chair = pair["ordförande"]  # "Anna Berg / Ordförande / Per Holm / Sekreterare" where a summons is signed


def _officers_in_list(rec: MeetingRecord, lines: list[Line], people: list[Attendee]) -> None:
    """Last, the chair and secretary the lists' roles give (a guest chairs elsewhere; a lone clerk among the
    officials is the secretary unless the signatures name another); a chair named only by a signature
    attended."""
    if not rec.chair:  # a guest chairs elsewhere; two the lists call "ordförande": which one chaired is unknown
        members = any(a.group == "present" for a in people)  # beside the members, "Övriga närvarande" chair elsewhere
        chairs = [a.name for a in people if a.role == "ordförande" and a.group != "guest"
                  and not (members and a.group == "other") and not OTHER_BODY.search(a.title or "")]
        rec.chair = chairs[0] if len(chairs) == 1 else None
    elif people:  # a chair named only by the signature still attended
        _merge(people, Attendee(rec.chair, group="present"), role="ordförande")
    if not rec.secretary:
        rec.secretary = next((a.name for a in people if a.role == "sekreterare"), None)
    if not rec.secretary:  # "Anna Berg, kommunsekreterare" among the officials: only when she is the one clerk
        clerks = [a for a in people if a.group == "other" and is_clerk(a.title)]
        clerk = clerks[0] if len(clerks) == 1 and not _role_unread(lines, clerks[0]) else None
        # the signature block names another ("Sekreterare Paragrafer Anna Berg"): the clerk's title is no evidence
        signed = secretaries.signed("\n".join(ln.text for ln in lines), people, rec.chair) if clerk else None
        clerk = None if signed and not _same_person(signed, clerk.name) else clerk
        if clerk:
            clerk.role, rec.secretary = "sekreterare", clerk.name


#: the next office of a line naming the officers one after another ("Ordförande Per Holm, Sekreterare Anna Berg,
#: Kassör Olof Ek"): after a comma, in capitals and followed by a name, it labels that name, not the one before
NEXT_OFFICE = re.compile(r",[ \t]*(?P<role>Sekreterare|Mötessekreterare|Vice ordförande|Kassör|Justerare|Justerande|"
                         r"Ledamot|Ledamöter|Suppleant|Ersättare)[ \t]+(?=[A-ZÅÄÖ])")


def officers_line(value: str | None) -> tuple[str | None, str | None]:
    """The chair label's value cut where the next office begins, and the secretary that office names (or None)."""
    m = NEXT_OFFICE.search(value) if value else None
    if m is None:
        return value, None
    officer = None
    if m.group("role").endswith("ekreterare"):
        found = role_holder(re.split(r"[,;]", value[m.end():], maxsplit=1)[0], "other")
        officer = found.name if found and is_person(found.name) else None
    return value[:m.start()], officer


def _listed_clerk(people: list[Attendee], name: str) -> bool:
    """The list names ``name`` among those taking part with a secretary's title ("nämndsekreterare",
    "kultursekreterare"): an official, who chairs nothing."""
    return any(a.name == name and a.group == "other" and "sekreterare" in (a.title or "").casefold() for a in people)


def _same_person(a: str, b: str) -> bool:
    """One name is the other's words, give or take a word run on into it ("Sekreterare Anna Berg")."""
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa


#: another person's name with the role word on its own after it ("Hanna Berg sekreterare", "Per Holm, sekreterare")
NAMED_SECRETARY = re.compile(rf"(?P<name>{_NAME2})\s*,?\s+sekreterare\b")


def _role_unread(lines: list[Line], clerk: Attendee) -> bool:
    """Someone else is written with the role "sekreterare" and was not read as the secretary (a table row or a
    signature run on): a clerk's job title is then no evidence of who kept the minutes."""
    return any(m.group("name") != clerk.name for ln in lines if "ekreterare" in ln.text
               for m in NAMED_SECRETARY.finditer(ln.text))


#: a title naming another body ("ordförande ekonomikommittén", "ordförande i styrelsen för X"): chair elsewhere
OTHER_BODY = re.compile(r"kommitt|nämnd|styrels|grupp|råd|utskott|förbund|bolag|förening|beredning|\bi\s|\bför\s", re.I)


def _merge(people: list[Attendee], new: Attendee, role: str | None = None, add: bool = True) -> None:
    """Add a person or complete the entry already there."""
    key = new.name.casefold()
    old = next((a for a in people if a.name.casefold() == key), None)
    if old is None:
        if add:
            if role:
                new.role = role
            people.append(new)
        return
    old.affiliation = old.affiliation or new.affiliation
    old.title = old.title or new.title
    if role:
        old.role = role if old.role in (None, "ledamot") or role == "sekreterare" else old.role
