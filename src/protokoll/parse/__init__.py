"""Stage `parse`: a document's text -> a `meeting-record/1` record.

The text is cut into a header zone (before the first item heading), the items
and a signature block; each part is read by its own module:
``header`` (labelled values), ``names`` (people and organisations), ``items``
(headings, presenters, attachments), ``actions`` (decisions, dissent,
assignments, forwarding), ``meta`` (organisation, number), ``body`` (kind, body),
``confidence`` (how sure each header value is) and ``dates``.
"""

from __future__ import annotations

import re
from datetime import date

from ..record import Attendee, Evidence, Item, MeetingRecord, NextMeeting
from . import actions, confidence, fallbacks, flatsign, meta, plausible, upcoming
from ..swedish import dates
from .attachments import find_attachments
from .header import Field, find_signatures, heading_affiliation, read_fields, trim_place
from .inline import heading_and_rest
from .itemlabels import split_item_labels
from . import learned
from .tasks import running_tasks
from .itemtext import item_text, running_lines
from .items import DURATION_CELL, TIME_CELL, clean_title, cut_run_on_title, find_items, wrapped_title
from .body import deciding_body
from .contents import contents_items
from .decisionend import cut_tails
from .dissent import add_dissent_details, heading_starts
from .printed import add_printed_numbers
from .runon import fill_gaps, fill_numbers, split_sentence
from .segment import split_labels
from .presenters import cut_sentence_after_name, inline_presenters, presenters_in, presenter_text, title_presenters
from .features import keyword_fold
from .lines import Line, close_broken_paragraphs, join, sentences, split_lines
from .names import find_people, is_clerk, is_person, parse_attendees, role_holder

__all__ = ["parse_text"]


def parse_text(text: str, source: str, year_hint: int | None = None) -> MeetingRecord:
    """Parse one document's (repaired) text into a meeting record. ``year_hint``: the year of an
    undated document when the archive knows it; dates without a year are then read in that year."""
    lines, headings = fill_gaps(*fill_numbers(*contents_items(*find_items(split_lines(text)))))
    plain = lines
    lines, headings = learned.choose(lines, headings)  # where the rules found no item, the learned segmenter may
    listed = {h.index for h in headings if h.style == "contents"}  # a contents run inside the header
    first = next((h.index for h in headings if h.style != "contents"), len(lines) if listed else None)
    first = first if first is not None else (headings[0].index if headings else len(lines))
    header = split_labels([ln for k, ln in enumerate(lines[:first]) if k not in listed])
    if headings and headings[0].style == "learned":  # the header is read as where the rules found no item
        header = split_labels(plain)
    fields = read_fields(header)
    title_lines = [ln for ln in header if not ln.blank][:14] or [ln for ln in lines if not ln.blank][:6]
    rec = MeetingRecord(source=source)
    years = dates.document_years(text)
    _read_when_where(rec, fields, header, years)
    if not rec.date and headings:  # a flattened page's header may end (at its first item) before its date
        # only a date that writes its year: "den 23 april" in an item is as often an earlier meeting's
        found = dates.parse_date("\n".join(ln.text for ln in lines if ln.text))
        rec.date = found.isoformat() if found else None
    fallbacks.meeting_date(rec, fields, text, years)
    if not rec.start and headings and headings[0].style == "programme":
        rec.start = _programme_start(lines, headings[0].index)
    end = _items_end(lines, headings)
    tail = [f for f in read_fields(lines[end:]) if f.kind in TAIL_FIELDS and not _under_name(lines, f)]
    _read_people(rec, fields + tail, lines)
    if not rec.chair:  # "Anna Berg, Norrby kommun, ordförande" in a header whose list label was lost
        rec.chair = fallbacks.chair_in_header(header)
    if not rec.secretary:  # "Sekreterare är Anna Berg."
        rec.secretary = fallbacks.secretary_in_sentence(header)
    rec.kind = meta.read_kind(title_lines)
    rec.number = meta.read_number(title_lines)
    labelled_org = meta.labelled_organisation(_field_value(fields, "body"))
    rec.body = meta.specific_body((None if labelled_org else _field_value(fields, "body"))
                                  or meta.read_body(title_lines), text) or deciding_body(text)
    secretary = next((a for a in rec.attendees if a.role == "sekreterare"), None)
    rec.organization, rule = meta.organization(title_lines, text, secretary.affiliation if secretary else None,
                                               rec.body)
    if labelled_org and rec.organization is None:
        rec.organization, rule = labelled_org, "meta.organization.body_label"
    rec.evidence.append(_judged("organization", rule))
    meeting_day = date.fromisoformat(rec.date) if rec.date else None
    deadline_from = meeting_day or (date(year_hint, 1, 1) if year_hint else None)
    rec.next_meeting = _next_meeting(lines, rec, meeting_day, years)
    ctx = actions.Context(meeting=deadline_from,
                          next_meeting=date.fromisoformat(rec.next_meeting.date)
                          if rec.next_meeting and rec.next_meeting.date else None,
                          own_names=_own_names(rec), member_stem=_member_stem(rec.body))
    known = actions.body_meeting_dates(text, ctx)
    running = running_lines(text)
    for k, h in enumerate(headings):
        stop = headings[k + 1].index if k + 1 < len(headings) else end
        item = _read_item(lines, h, lines[h.index + 1:stop], ctx, known, rec.attendees, running)
        rec.items.append(item)
        rec.evidence.append(Evidence(f"items[{k}]", 0, lines[h.index].start, lines[h.index].start
                                     + len(lines[h.index].text), f"items.heading.{h.style}"))
    if rec.kind is None and (any(h.style == "para" for h in headings) or re.search(
            r"^(Utses att justera|Justerare|Justerande|ANSLAG\s*/\s*BEVIS|Beslutande)\b", text, re.M)):
        rec.kind = "protocol"
    if rec.kind is None:  # proposals and no decisions, or a timetable of what is to come: an agenda
        rec.kind = "agenda" if rec.items and all(not i.decisions for i in rec.items) and (any(
            i.proposed_decision for i in rec.items) or headings[0].style == "programme") else "minutes"
    _elected(rec)
    if not rec.chair or not rec.secretary:  # "Sekreterare Anna Berg Ordförande Per Holm" run on in a flattened page
        signed = flatsign.signers(text)
        rec.chair, rec.secretary = rec.chair or signed.get("chair"), rec.secretary or signed.get("secretary")
    add_printed_numbers(rec.items, text)
    add_dissent_details(rec.items, text, heading_starts(rec.evidence))
    if rec.kind == "agenda":  # people named in a kallelse are summoned, not (yet) attendees
        rec.attendees = []
    rec.year = int(rec.date[:4]) if rec.date else (year_hint or (years[0] if years else None))
    plausible.check(rec)
    confidence.judge(rec, fields + tail, text)
    for f in fields:
        rec.evidence.append(Evidence(f"header.{f.kind}", 0, f.start, f.start + len(f.label), f.note or "header.label",
                                     0.0 if f.note else 1.0))
    return rec


def _judged(path: str, rule: str) -> Evidence:
    """Provenance of a header value without a single source span: the rule, or why the reader abstained."""
    return Evidence(path, 0, 0, 0, rule, 0.0 if rule.startswith("uncertain:") else 0.8)


def _programme_start(lines: list[Line], first: int) -> str | None:
    """The time of a programme table's first row: when the meeting starts."""
    for ln in reversed(lines[:first]):
        if ln.blank or DURATION_CELL.match(ln.text):
            continue
        return dates.parse_times(ln.text)[0] if TIME_CELL.match(ln.text) else None
    return None


TAIL_FIELDS = {"secretary", "chair", "justerare"}


def _under_name(lines: list[Line], f: Field) -> bool:
    """A role word under a signed name ("Anna Berg" / "ordförande") is a signature, not a label."""
    k = next((i for i, ln in enumerate(lines) if ln.start == f.start), None)
    prev = next((ln.text for ln in reversed(lines[:k]) if not ln.blank), "") if k else ""
    return is_person(prev)


#: In the second form ("Anna Berg valdes till sekreterare") the name starts at a word start and has at
#: most six capitalised words: tried at every letter of one long capitalised word, or at every word of
#: a long run of capitalised words with an unbounded repeat, the regex was quadratic in the text.
ELECTED = re.compile(r"(?:Till\s+(sekreterare|justerare|mötesordförande|ordförande)\s+(?:för\s+mötet\s+)?"
                     r"(?:utsågs|valdes|utses)\s+(?P<a>[A-ZÅÄÖ][\wåäö\-]+"
                     r"(?:\s+[A-ZÅÄÖ][\wåäö\-]+)+)|(?<![\w\-])(?P<b>[A-ZÅÄÖ][\wåäö\-]+(?:\s+[A-ZÅÄÖ][\wåäö\-]+){1,5})\s+"
                     r"(?:utsågs|valdes|utses)\s+(?:till|att\s+vara)\s+(sekreterare|justerare|mötesordförande))")
_NAME2 = r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?(?:\s+[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?){1,2}"
#: "Ordföranden Anna Berg öppnade mötet", "Mötet öppnades av ordförande Anna Berg": who chaired
OPENED = re.compile(rf"\b[Oo]rdförande(?:n)?\s+(?P<a>{_NAME2})\s*,?\s+(?:öppnade|öppnar|förklarade|förklarar|"
                    rf"hälsade|hälsar)\b|\böppnades\s+av\s+(?:mötes)?ordförande(?:n)?\s+(?P<b>{_NAME2})")


def _elected(rec: MeetingRecord) -> None:
    """"Till sekreterare utsågs Anna Berg" in the opening items names the secretary (or a justerare)."""
    for item in rec.items[:4]:
        for text in item.decisions + [item.text]:
            for m in OPENED.finditer(text) if not rec.chair else ():
                if is_person(m.group("a") or m.group("b")):
                    rec.chair = m.group("a") or m.group("b")
            for m in ELECTED.finditer(text):
                name, role = (m.group("a"), m.group(1)) if m.group("a") else (m.group("b"), m.group(4))
                if role == "sekreterare" and not rec.secretary and is_person(name):
                    rec.secretary = name
                if role.endswith("ordförande"):
                    rec.chair, role = rec.chair or (name if is_person(name) else None), "ordförande"
                if is_person(name):
                    _merge(rec.attendees, Attendee(name, group="present"), role=role, add=False)


def _field_value(fields: list[Field], kind: str) -> str | None:
    """A field's value, cut where a web page glued the next label to it ("Socialnämnden Titel:2019-01-28")."""
    value = next((f.value for f in fields if f.kind == kind and f.value), None)
    return GLUED_LABEL.split(value, maxsplit=1)[0].strip() or None if value else None


GLUED_LABEL = re.compile(r"\s+[A-ZÅÄÖ][a-zåäö]{2,}:(?=\S)")


# --- date, time, place -------------------------------------------------------------------

def _read_when_where(rec: MeetingRecord, fields: list[Field], header: list[Line], years: list[int]) -> None:
    for f in sorted(fields, key=lambda f: _document_date_label(f, fields, years)):
        if f.kind in ("date", "datetime", "dateplace") and f.value:
            found = dates.parse_date(f.value, years=years)
            if found and not rec.date:
                rec.date = found.isoformat()
            start, end = dates.parse_times(f.value)
            if start and not rec.start:
                rec.start, rec.end = start, end
            if f.kind == "dateplace" and not rec.place:
                rec.place = _place(f.value)
        elif f.kind == "place" and f.value and not rec.place:
            rec.place = _place(f.value)
    head_text = "\n".join(ln.text for ln in header if not ln.blank)
    summons = SUMMONS.search(head_text)
    if summons:  # "Nämnden kallas till sammanträde torsdagen den 11 december 2014 kl 14:00 i Leja, Kommunhuset."
        when = dates.parse_date(summons.group(1), years=years)
        rec.date = rec.date or (when.isoformat() if when else None)
        if not rec.start:
            rec.start, rec.end = dates.parse_times(summons.group(2))
        rec.place = rec.place or _place(summons.group(3))
    if not rec.date:
        found = next((m for m in dates.find_dates(head_text, years=years) if m.day is not None), None)
        rec.date = found.date.isoformat() if found and found.date else None
        if found and not rec.start and CLOCK_AFTER.match(head_text, found.end):  # "den 28 maj 2018 kl. 18:30"
            rec.start, rec.end = dates.parse_times(head_text[found.end:found.end + 40])
    if not rec.start:
        rec.start, rec.end = _times_from_lines([ln.text for ln in header if not ln.blank])


def _document_date_label(f: Field, fields: list[Field], years: list[int]) -> bool:
    """A bare "Datum" is often the date a kallelse or letter was written; when a meeting's own label of date and
    time ("Datum och tid", "Tid och plats") gives another date with its hour, that label is read first."""
    if f.label.casefold().strip(" :\t") != "datum":
        return False
    own = dates.parse_date(f.value or "", years=years)
    return any(g is not f and g.kind in ("datetime", "dateplace") and dates.parse_times(g.value or "")[0]
               and (other := dates.parse_date(g.value or "", years=years)) and other != own for g in fields)


CLOCK_AFTER = re.compile(r"\s*,?\s*(?:kl\.?|klockan)\s*\d", re.I)
SUMMONS = re.compile(r"(?:kallas\s+till\s+sammanträde|sammanträder|sammanträde\s+hålls)\s+(.{6,60}?)\s+"
                     r"((?:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?)\s+"
                     r"(?:i|på)\s+([^.\n]{3,80})", re.I)


def _times_from_lines(texts: list[str]) -> tuple[str | None, str | None]:
    """A timetable ("Hålltider"): the slot of the meeting itself, else the first time range."""
    slots = [(t, dates.parse_times(t)) for t in texts if re.match(r"^(kl\.?\s*)?\d{1,2}[.:]\d{2}\s*[-–]", t)]
    for t, (s, e) in slots:
        if re.search(r"möte\b|mötet\b|sammanträde", t, re.I) and s:
            return s, e
    return slots[0][1] if slots else (None, None)


def _place(value: str) -> str | None:
    """The place as written, without date and time; None for a value that is a title, not a place."""
    value = re.split(r"(?<=[a-zåäö0-9])\.\s+(?=[A-ZÅÄÖ])", value)[0]
    v = value.split("; ")[0] if not value.split("; ")[0].isupper() else next(
        (part for part in value.split("; ") if not part.isupper()), "")
    for m in sorted(dates.find_dates(v), key=lambda m: -m.start):
        v = v[:m.start] + v[m.end:]
    v = re.sub(r"\b(?:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?", "", v, flags=re.I)
    v = re.sub(r"\b\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}\b", "", v)
    v = re.split(r"\s(?:Ärenden|Ärendelista|ÄRENDELISTA|Diarienummer|Besök|Nr\.?|Föredragande|Dagordning|"
                 r"Närvarande|Beslutande|Kallade)\b", v)[0]
    v = re.sub(r"\s*,\s*", ", ", v)
    v = trim_place(re.sub(r"\s+", " ", v))
    return v or None


# --- people ------------------------------------------------------------------------------

def _read_people(rec: MeetingRecord, fields: list[Field], lines: list[Line]) -> None:
    people: list[Attendee] = []
    for f in fields:
        if not f.kind.startswith("attendees") or not f.value:
            continue
        _, group, *role = f.kind.split(":")
        for a in parse_attendees(f.value, group):
            if role and not a.role:
                a.role = role[0]
            a.affiliation = a.affiliation or heading_affiliation(f.heading)
            _merge(people, a)
    rec.attendees = people
    sec = _field_value(fields, "secretary")
    if sec and (found := role_holder(sec, "other")):
        found.role = "sekreterare"
        rec.secretary = found.name
        _merge(people, found, role="sekreterare")
    chair = _field_value(fields, "chair")
    if chair and (found := role_holder(chair, "present")):
        rec.chair = found.name
        _merge(people, found, role="ordförande", add=False)
    just = _field_value(fields, "justerare")
    for a in parse_attendees(just, "present") if just else []:
        a.group = "present"
        _merge(people, a, role="justerare")
    for sig in find_signatures(lines, is_person):
        if sig.role.startswith("ordf") or sig.role == "mötesordförande":
            rec.chair = rec.chair or sig.name
        elif sig.role.startswith(("sekret", "vid protokollet", "protokollf")):
            if not rec.secretary:
                rec.secretary = sig.name
                _merge(people, Attendee(sig.name, title=sig.role if sig.role.startswith("sekretariat") else None,
                                        group="other"), role="sekreterare")
            else:
                _merge(people, Attendee(sig.name, title=sig.role if sig.role.startswith("sekretariat") else None,
                                        group="other"), add=False)
    if not rec.chair:
        rec.chair = next((a.name for a in people if a.role == "ordförande" and not OTHER_BODY.search(a.title or "")),
                         None)
    elif people:  # a chair named only by the signature still attended
        _merge(people, Attendee(rec.chair, group="present"), role="ordförande")
    if not rec.secretary:
        rec.secretary = next((a.name for a in people if a.role == "sekreterare"), None)
    if not rec.secretary:  # "Anna Berg, kommunsekreterare" among the officials
        clerk = next((a for a in people if a.group == "other" and is_clerk(a.title)), None)
        if clerk:
            clerk.role, rec.secretary = "sekreterare", clerk.name


#: a title naming another body ("ordförande ekonomikommittén", "ordförande i styrelsen för X"): chair elsewhere
OTHER_BODY = re.compile(r"kommitt|nämnd|styrels|grupp|råd|utskott|förbund|bolag|förening|\bi\s|\bför\s", re.I)


def _merge(people: list[Attendee], new: Attendee, role: str | None = None, add: bool = True) -> None:
    """Add a person or complete the entry already there."""
    old = next((a for a in people if a.name.casefold() == new.name.casefold()), None)
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


# --- items -------------------------------------------------------------------------------

def _items_end(lines: list[Line], headings) -> int:
    """Where the last item ends: at a signature block or the ANSLAG/BEVIS box."""
    if not headings:
        return len(lines)
    last = headings[-1].index
    sig_starts = {s.start for s in find_signatures(lines, is_person)}
    for i in range(last + 1, len(lines)):
        t = lines[i].text
        if lines[i].start in sig_starts or re.match(r"^(ANSLAG\s*/\s*BEVIS|Justerandes signatur|Underskrifter\b|"
                                                     r"Vid protokollet\b|Justeras\b|(?:Sekreterare|Ordförande|Justerare|Justerande)\s*:?\s+[A-ZÅÄÖ][a-zåäö]+"
                                                     r"\s+[A-ZÅÄÖ][a-zåäö]+$)", t):
            return i
    return len(lines)


DNR_PREFIX = re.compile(r"^(?:Dnr|DNR|Diarienr)[.:]?\s*(?:[\w./-]*\d[\w./-]*)?\s*")
DNR_START = re.compile(r"^(Dnr|DNR|Diarienr)")


def _read_item(lines: list[Line], h, body: list[Line], ctx: actions.Context, known,
               people: list[Attendee], running: set[str] = frozenset()) -> Item:
    body = close_broken_paragraphs(body)
    title = DNR_PREFIX.sub("", h.title)
    if not title:
        rest = [ln for ln in body if not ln.blank and not DNR_START.match(ln.text)]
        if rest:
            title = cut_run_on_title(rest[0].text)
            tail = rest[0].text[len(title):].strip()
            body = [Line(tail, rest[0].start + len(rest[0].text) - len(tail)) if ln is rest[0] else ln
                    for ln in body if ln is not rest[0] or tail]
    elif title.endswith(".") and len(title.split()) > 3:  # "1. Mötets öppnande Ordföranden hälsade välkommen."
        head, *tail = heading_and_rest(title, lines[h.index].start + len(lines[h.index].text) - len(title))
        if tail:
            title, body = head.text, tail + body
    title, body = wrapped_title(title, body)
    title, ran_on = split_sentence(title)
    if ran_on:  # the heading ran on into the item's first sentence (lost line breaks)
        head_line = lines[h.index]
        body = [Line(ran_on, head_line.start + max(0, len(head_line.text) - len(ran_on)))] + body
    body = split_item_labels(body)
    title, in_title = title_presenters(clean_title(title))
    item = Item(number=h.number, title=title)
    pres_value, used = presenter_text(body)
    if pres_value:
        item.presenters = _presenters(pres_value)
    item.presenters = item.presenters or in_title
    rest = [ln for ln in body if ln not in used]
    item.attachments = find_attachments(lines[h.index].text + "\n" + "\n".join(ln.text for ln in body))
    d = actions.read_decisions(rest)
    item.decisions, item.proposed_decision, item.dissent = cut_tails(d.decisions), d.proposed, d.dissent
    texts = item.decisions + ([item.proposed_decision] if item.proposed_decision else [])
    item.assignments = actions.read_assignments(texts, ctx)
    found = sentences(rest)
    actions.add_found(item.assignments,
                      actions.read_assignments(actions.uppdrag_sentences(found) + actions.duty_sentences(found)
                                               + running_tasks(found), ctx))
    item.forwarded_to = actions.read_forwards(found, ctx, known)
    if not item.presenters:
        item.presenters = _presenter_line(rest, h.style == "programme") or _presenting(found[:2], people) \
            or inline_presenters(join(rest)) or _presenting(found[2:], [])
    item.text = item_text(body, running)
    return item


PRESENTING = re.compile(r"^(.+?)(?:,\s+[a-zåäö][\wåäö\- ]{2,50},)?\s+(?:informerar|informerade|berättar|berättade|"
                        r"presenterar|presenterade|redogör|redogjorde|redovisar|redovisade|föredrar|föredrog|inleder|"
                        r"inledde|rapporterar|rapporterade|orienterar|orienterade|går igenom|gick igenom)\b")


def _presenting(first: list[str], people: list[Attendee]) -> list[str]:
    """"Anna Berg informerar om ..." at the start of an item: Anna Berg presented it.
    A given name alone ("Anna presenterar") is the one attendee of that name."""
    for sentence in first:
        m = PRESENTING.match(sentence)
        if not m:
            if found := presenters_in(sentence):
                return found
            continue
        who = m.group(1)
        if is_person(who):
            return [who]
        if found := presenters_in(sentence):
            return found
        same = [a.name for a in people if a.name.split()[0] == who]
        if re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]+", who) and len(same) == 1:
            return same
    return []


PRESENTER_LINE = re.compile(r"^[A-ZÅÄÖ][\wåäö\-]+(?:\s+[A-ZÅÄÖ][\wåäö\-]+){1,2},\s+[a-zåäö]")
#: a programme row's presenter cell: "Anna Berg, utredare" or "Anna Berg, Region Norr"
PRESENTER_CELL = re.compile(r"^[A-ZÅÄÖ][\wåäö\-]+(?:\s+[A-ZÅÄÖ][\wåäö\-]+){1,2}(?:,\s+\w|\s+och\s+[A-ZÅÄÖ]|$)")


def _presenter_line(body: list[Line], cells: bool = False) -> list[str]:
    """An agenda item whose first line is "Anna Berg, utredare[, Björn Ek, ...]": the presenters.

    ``cells``: a programme table's row, whose presenters are one per line, so
    every such line up to the first other one counts.
    """
    found: list[str] = []
    for text in (ln.text for ln in body if not ln.blank):
        if not (PRESENTER_LINE if not cells else PRESENTER_CELL).match(text) or text.endswith(".") or len(text) > 240:
            break
        found += [p for p in find_people(text) if p not in found]
        if not cells:
            break
    return found


def _presenters(value: str) -> list[str]:
    value = re.split(r"\s(?=(?:informerade|informerar|berättade|berättar|presenterade|presenterar|redogjorde|"
                     r"redogör|redovisade|redovisar|har|hade|är|var)\b)|\.\s", cut_sentence_after_name(value))[0]
    people = find_people(value)
    people = [p for p in people if not any(q != p and q.startswith(p + " ") for q in people)]
    if people:
        return people
    v = re.split(r"\s*[,;]\s*", value.strip(" .:"))[0]
    return [v] if v else []


# --- next meeting ------------------------------------------------------------------------

NEXT = re.compile(r"\b(?:nästa|nästkommande)\s+(?:[\wåäö]*\s*)?(?:möte|mötet|sammanträde|sammankomst|träff|träffen)\b|"
                  r"\b(?:nästa|nästkommande)\s+[\wåäö]*möte\b|\bnästa\s+gång\b|"
                  r"\bkommande\s+(?:möten|sammanträden|mötesdatum|sammanträdesdatum)\b", re.I)


def _next_meeting(lines: list[Line], rec: MeetingRecord, day: date | None, years: list[int]) -> NextMeeting | None:
    found: date | None = None
    named = NEXT.search("\n".join([ln.text for ln in lines]))  # one scan: a line's match is the text's
    end = -1  #: where the line ends in the joined text: lines ending before its first match have none
    for i, ln in enumerate(lines if named else ()):
        end += len(ln.text) + 1
        if end >= named.start() and (hit := NEXT.search(ln.text)):
            texts = [upcoming.window(ln.text, hit.start())]
            if _next_heading(ln.text, hit):  # "Nästa möte" as a heading: the date on the lines under it
                texts += [upcoming.window(x.text, 0) for x in lines[i + 1:i + 6] if not x.blank][:2]
            m = next((d for t in texts for d in dates.find_dates(t, years=years, after=day)
                      if d.date and (not day or d.date > day)), None)
            if m:
                found = m.date
                break
    if found is None:
        found = _same_body_mention(lines, rec, day, years) or upcoming.other_wording(lines, day, years)
    if found is None:
        return None
    return NextMeeting(found.isoformat(), *upcoming.hours(lines, found, day, years))


def _next_heading(text: str, hit: re.Match) -> bool:
    """ "Nästa möte", "Tid för nästa sammanträde:" alone on a line: a heading over its date."""
    prefix = re.sub(r"^[\s\-•*§\d.:)]*(?:(?:punkt|p\.)[\s\d.:)]*)?", "", text[:hit.start()], flags=re.I)  # "§ 3", "3."
    return not prefix.casefold().replace("tid för", "").replace("datum för", "").strip() \
        and len(text) - hit.end() < 25 and not text.rstrip().endswith(".")


def _same_body_mention(lines: list[Line], rec: MeetingRecord, day: date | None, years: list[int]) -> date | None:
    """The earliest later date named with a meeting of the same body ("kommundirektörsmötet 27 maj")."""
    stem = _member_stem(rec.body) or "\x00"
    if not day:
        return None
    rx = re.compile(rf"\b{re.escape(stem)}[\wåäö]*(?:möte|mötet|gruppen|sammanträde)\b|"
                    r"\b(?:nya\s+)?(?:sammanträdestider|mötestider|mötesdatum|mötesdagar)\b", re.I)
    best: date | None = None
    joined = "\n".join([ln.text for ln in lines])
    low = keyword_fold(joined)  # the words first: the stem, or a word for meeting dates
    if not (stem in low or "tider" in low or "mötesda" in low) or not rx.search(joined):  # one scan
        return None
    for ln in lines:
        for m in rx.finditer(ln.text):
            window = ln.text[m.end(): m.end() + 30]
            for d in dates.find_dates(window, years=years, after=day):
                if d.date and d.date > day and d.start <= 12 and (best is None or d.date < best):
                    best = d.date
    return best


def _member_stem(body: str | None) -> str | None:
    """"Kommundirektörsgruppen" -> "kommundirektör": the word its members and meetings share."""
    if not body:
        return None
    m = re.match(r"^([\wåäö]+?)s?(?:gruppen|gruppens|rådet|nätverket)$", body.casefold())
    return m.group(1) if m and len(m.group(1)) > 4 else None


def _own_names(rec: MeetingRecord) -> set[str]:
    names = {n for n in (rec.organization, rec.body) if n}
    if rec.organization and (ini := meta.initialism(rec.organization)):
        names.add(ini)
    return names
