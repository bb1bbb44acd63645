"""A record assembled from a document's text: the header zone (before the first item heading) read for
date, time and place (:mod:`.meetingtime`, :mod:`.whenwhere`) and people (:mod:`.attendance`), organisation,
body, kind and number (:mod:`.meta`, :mod:`.body`), the items (:mod:`.itemreader`), the next meeting
(:mod:`.nextmeeting`), then the record checked and judged (:mod:`.plausible`, :mod:`.confidence`)."""

from __future__ import annotations

import re
from datetime import date

from ..record import Evidence, MeetingRecord
from ..swedish import dates
from . import (actions, attendeechecks, bodynames, bodysigns, casedelimited, confidence, crosschecks, fallbacks, flatsign,
               givenassignees, kindtitle, learned, meta, namedpresenters, nextdoubt, numbercolumn, officercolumns, orgplaces,
               ownedboard, pagefurniture, paperproposals, plausible, presenterrows, secretaries, sequencegaps, sources, unitemised)
from .attachmentplaces import LIST_WORD, place_addressed, place_titled
from .attendance import TAIL_FIELDS, elected, read_people, under_name
from .bodybounds import deciding_body
from .barenumbers import bare_numbered
from .capsheadings import capital_headings
from .contents import contents_items
from .dissent import add_dissent_details, heading_starts
from .fields import field_value
from .flatitems import flat_paragraphs
from .header import Field, read_fields
from .headings import Heading
from .itemattendance import attendance_in_items
from .itemreader import items_end, read_item
from .listedbodies import decide_listed
from .listedfirst import listed_before_header
from .items import find_items
from .itemtext import running_lines
from .sitemenu import menu_lines
from .sitetitle import site_title_apart
from .kindmarks import (announced, attended_record, formal_roster, invited, listed_record, posted_before,
                        protocol_marked, roll_before_list, transcript_title)
from .lines import Line, split_lines
from .othermeeting import drop_other_meetings_officers
from .meetingtime import read_when
from .nextmeeting import member_stem, next_meeting
from .presenterplaces import drop_cut_presenter, place_restated_presenters
from .sectionpresenters import place_section_presenters
from .headerpresenters import place_header_presenters
from .numberright import right_numbers
from .otherdocs import blank_other_documents
from .othernumbers import other_numbering
from .runinpoints import titled_points
from .printed import add_printed_numbers
from .runon import fill_gaps, fill_numbers
from .segment import split_labels
from .subnumbers import lettered_items
from .subpoints import sub_point_items
from .openingpoints import opening_points
from .agendatitles import agenda_titles
from .agendasections import agenda_sections
from .agendatail import listed_tail
from .terms import ROSTER_CHAIR, in_roster
from .kindkeep import keep_by_kind
from .titleabove import titles_above

def parse_text(text: str, source: str, year_hint: int | None = None) -> MeetingRecord:
    """Parse one document's (repaired) text into a meeting record. ``year_hint``: the year of an
    undated document when the archive knows it; dates without a year are then read in that year."""
    text = blank_other_documents(text)  # a sharing page's list of other documents' titles is not this document
    lines, headings, plain = _segment(text)
    header = _header_zone(lines, headings, plain)
    fields = read_fields(header)
    title_lines = [ln for ln in header if not ln.blank][:14] or [ln for ln in lines if not ln.blank][:6]
    rec = MeetingRecord(source=source)
    years = dates.document_years(text)
    read_when(rec, fields, header, lines, headings, text, years)
    end = items_end(lines, headings)
    tail = [f for f in read_fields(lines[end:]) if f.kind in TAIL_FIELDS and not under_name(lines, f)]
    paths = _read_attendance(rec, fields + tail + attendance_in_items(lines, headings, fields), header, lines)
    _read_kind_and_number(rec, title_lines, text)
    labelled_org = _read_body(rec, fields, title_lines, text, paths)
    _read_organization(rec, title_lines, text, header, labelled_org)
    ctx = _read_items(rec, lines, headings, end, text, years, year_hint)
    _decided_proposals(rec, ctx)
    _settle_kind(rec, title_lines, fields, headings, text)
    if rec.kind != "agenda":  # a flattened protocol's items read from its list: their text where the titles recur
        decide_listed(rec.items, text)
    place_section_presenters(rec.items)  # "Beslutsärenden" / "Föredragande: Anna Berg" over the items after it
    _read_officers_late(rec, header, text, paths)
    add_printed_numbers(rec.items, text)
    add_dissent_details(rec.items, text, heading_starts(rec.evidence))
    keep_by_kind(rec)
    givenassignees.given_assignees(rec.items, rec.attendees, (rec.chair, rec.secretary), text)  # "Anna tar fram"
    namedpresenters.place_named_presenters(rec, text)  # "Budget/AB": "Anna Berg (AB)"; "Anna informerade": the chair
    with nextdoubt.read_by_kept_body(rec, lines, years):  # a next meeting read by a body the checks drop
        _judge(rec, fields, tail, text, paths, years, year_hint)
    return rec


def _segment(text: str) -> tuple[list[Line], list[Heading], list[Line]]:
    """The document cut into lines and its item headings found, rule by rule (the strictest first), then by
    the learned segmenter where no rule found an item. Also the lines as the rules left them (``plain``):
    the header is read in those when the learned segmenter placed the headings."""
    lines, headings = contents_items(*right_numbers(*titles_above(*flat_paragraphs(*find_items(split_lines(text))))))
    if all(h.number is None for h in headings):  # "50" alone on its line, the title under it
        headings = bare_numbered(text, lines) or headings
    # where no rule before found a heading: other numbering, headings in capitals, plain title lines
    lines, headings = fill_gaps(*fill_numbers(*titled_points(*capital_headings(*other_numbering(lines, headings)))))
    plain = lines
    lines, headings = learned.choose(lines, headings)  # where the rules found no item, the learned segmenter may
    headings = listed_before_header(lines, headings)  # a flattened contents page before the header's page
    headings = lettered_items(lines, headings)  # "23 A Title" beside "23 Title": an item of its own
    headings = sub_point_items(lines, headings)  # "6.1 Title" / "6.2 Title" under "6 Title": items of their own
    headings = opening_points(lines, headings)  # "Mötets öppnande" / "Val av justerare" unnumbered before "3. Title"
    headings = agenda_titles(lines, headings)  # bare "§ 1" / "§ 2" under the agenda that names them
    lines, headings = agenda_sections(lines, headings)  # "Ärende 2" / its title: the listed item's own section
    lines, headings = casedelimited.case_items(*sequencegaps.sequence_gaps(text, lines, listed_tail(lines, headings)))
    return lines, site_title_apart(text, lines, numbercolumn.without_column(lines, pagefurniture.without_box_headings(headings))), plain  # box, "§ 88" column


def _header_zone(lines: list[Line], headings: list[Heading], plain: list[Line]) -> list[Line]:
    """The header: the lines before the first item heading, without a contents run inside it, split at
    labels run on in one line. Where no item was found, the whole document is header."""
    listed = {h.index for h in headings if h.style == "contents"}  # a contents run inside the header
    first = next((h.index for h in headings if h.style != "contents"), len(lines) if listed else None)
    first = first if first is not None else (headings[0].index if headings else len(lines))
    header = split_labels([ln for k, ln in enumerate(lines[:first]) if k not in listed])
    if headings and headings[0].style == "learned":  # the header is read as where the rules found no item
        header = split_labels(plain)
    return header


def _read_attendance(rec: MeetingRecord, fields: list[Field], header: list[Line], lines: list[Line]) -> sources.Paths:
    """People from the attendance lists (header, tail and items), then a chair or secretary the header names
    without a list label. Returns the provenance notes the later people rules add to."""
    read_people(rec, fields, lines)
    paths = sources.Paths(rec, "people.list")
    # "Eva Lind (S), tjg ordförande" chaired; "Anna Berg, Norrby kommun, ordförande" in a header whose label was lost
    rec.chair = fallbacks.serving_chair(rec.attendees, header) or rec.chair or fallbacks.chair_in_header(header)
    if not rec.secretary:  # "Sekreterare är Anna Berg."
        rec.secretary = fallbacks.secretary_in_sentence(header)
    paths.note(rec, "people.role_in_header")
    return paths


def _read_kind_and_number(rec: MeetingRecord, title_lines: list[Line], text: str) -> None:
    """The kind as the title and the document's marks say (settled after the items, :func:`_settle_kind`),
    and the meeting's number from the title."""
    menu = menu_lines([ln.text for ln in title_lines])  # a site's menu ("Hem  Protokoll  Kontakt") names no kind
    own = kindtitle.own_lines([ln for k, ln in enumerate(title_lines) if k not in menu], kindtitle.line_kind)
    rec.kind = protocol_marked(meta.read_kind(own), title_lines, text)  # (a site's "Protokoll - Norrby" left out)
    rec.kind = transcript_title(rec.kind, text)  # a site's "Transkript" then "1 Protokoll för styrelsemöte ..."
    rec.kind = attended_record(rec.kind, title_lines, text)  # "Dagordning" + "Närvarande:" + decisions made
    rec.kind = roll_before_list(rec.kind, title_lines, text)  # "Närvarande ... Ej närvarande ... DAGORDNING"
    rec.number = meta.read_number(title_lines)


def _read_body(rec: MeetingRecord, fields: list[Field], title_lines: list[Line], text: str,
               paths: sources.Paths) -> str | None:
    """The deciding body: its label, the title, a more specific name in the text, then sentences naming it,
    each rule noted in provenance. Returns an organisation the body label named instead (or beside) a body."""
    body_value = bodysigns.labelled_body(field_value(fields, "body"))  # not the posting box's own sentences
    body_of = orgplaces.body_of_organisation(body_value)  # "Förbundsstyrelsen för Regionförbundet i X län"
    body_value = body_of[0] if body_of else body_value
    labelled_org = meta.labelled_organisation(body_value) or (body_of[1] if body_of else None)
    rec.body = None if labelled_org and not body_of else body_value
    rec.body = bodynames.titled_compound(rec.body, title_lines)  # "Organ Styrelsen" under "Förbundsstyrelsen"
    paths.note(rec, "body.label")
    rec.body = rec.body or bodynames.crumb_body(title_lines, text) or bodysigns.annual_meeting(title_lines) \
        or bodynames.network_title(title_lines) or bodynames.owned_committee_title(title_lines) \
        or ownedboard.meeting_with_owner(title_lines) \
        or bodynames.title_body(title_lines, text) or bodysigns.compound_title(title_lines) \
        or bodysigns.purpose_title(title_lines) or bodynames.abbreviated_title(title_lines)
    paths.note(rec, "body.title")
    rec.body = bodynames.owned_committee(meta.specific_body(rec.body, text), text)  # "Kommunstyrelsens arbetsutskott"
    paths.note(rec, "body.specific", changed=True)
    rec.body = rec.body or deciding_body(text)
    paths.note(rec, "body.deciding")
    rec.body = rec.body or bodysigns.posted_body(text)  # "Socialnämndens protokoll har justerats"
    paths.note(rec, "body.posted")
    return labelled_org


def _read_organization(rec: MeetingRecord, title_lines: list[Line], text: str, header: list[Line],
                       labelled_org: str | None) -> None:
    """The organisation (municipality, region, association) with the rule that read it; none for a document
    without a header to name it."""
    secretary = next((a for a in rec.attendees if a.role == "sekreterare"), None)
    rec.organization, rule = meta.organization(title_lines, text, secretary.affiliation if secretary else None,
                                               rec.body)
    if labelled_org and rec.organization is None:
        rec.organization, rule = labelled_org, "meta.organization.body_label"
    if rec.organization and not any(not ln.blank for ln in header):
        rec.organization, rule = None, sources.HEADLESS
    rec.evidence.append(sources.judged("organization", rule))
    rec.body = rec.body or orgplaces.board_of(rule, " ".join(ln.text for ln in title_lines[:4]))
    rec.body = rec.body or bodynames.company_board(rec.organization, rule, "\n".join(ln.text for ln in title_lines[:3]))


def _read_items(rec: MeetingRecord, lines: list[Line], headings: list[Heading], end: int, text: str, years: list[int],
                year_hint: int | None) -> actions.Context:
    """The next meeting, then each item between its heading and the next (deadlines read against the meeting's
    and the next meeting's dates), then attachments listed in one item placed in the item they name."""
    meeting_day = date.fromisoformat(rec.date) if rec.date else None
    deadline_from = meeting_day or (date(year_hint, 1, 1) if year_hint else None)
    rec.next_meeting = next_meeting(lines, rec, meeting_day, years)
    ctx = actions.Context(meeting=deadline_from,
                          next_meeting=date.fromisoformat(rec.next_meeting.date)
                          if rec.next_meeting and rec.next_meeting.date else None, body=rec.body,
                          own_names=_own_names(rec), member_stem=member_stem(rec.body), agenda=rec.kind == "agenda")
    known = actions.body_meeting_dates(text, ctx)
    running = running_lines(text)
    texts = []  # each item's text, where an attachment that names another item's paragraph is read
    listing = ("Bilag" in text or "BILAGOR" in text) and LIST_WORD.search(text) is not None  # "Bilagor" alone
    keep = "§" in text or listing or ctx.agenda and paperproposals.may_hold(text)  # else none addressed, no papers
    for k, h in enumerate(headings):
        stop = headings[k + 1].index if k + 1 < len(headings) else end
        item = read_item(lines, h, lines[h.index + 1:stop], ctx, known, rec.attendees, running)
        rec.items.append(item)
        texts.append("\n".join([ln.text for ln in lines[h.index:stop]]) if keep else "")  # its lines as cut
        rec.evidence.append(Evidence(f"items[{k}]", 0, lines[h.index].start, lines[h.index].start
                                     + len(lines[h.index].text), f"items.heading.{h.style}"))
    place_addressed(rec.items, texts)  # "Bilaga 5 § 46" read in the last item belongs to § 46
    paperproposals.place_paper_proposals(rec.items, texts, ctx.agenda)  # an agenda's case papers' proposals
    place_restated_presenters(rec.items)  # a paragraph page run on into the last listed item
    presenterrows.place_row_presenters(rec.items, [lines[h.index].text for h in headings])  # table rows run together
    drop_cut_presenter(rec.items, text)  # "... Anna Berg, Pia St": the page's end cut the last name
    place_header_presenters(rec.items, text)  # "Föredragande Anna Berg § 12" in the header
    if listing:  # "Bilagor:" / "1. Ekonomisk rapport" read in the last item belongs to the item of that title
        place_titled(rec.items, texts, "\n".join([ln.text for ln in lines[:headings[0].index]]) if headings else "")
    return ctx


def _decided_proposals(rec: MeetingRecord, ctx: actions.Context) -> None:
    """An agenda decides nothing: a document whose other items record decisions ("utsågs", "läggs till") is no
    agenda (a protocol's "Ärendelista" read as its title), so the formulas its items read as proposals are decided."""
    if ctx.proposed_from and any(i.decisions for i in rec.items):
        for item, decisions in ctx.proposed_from:
            item.decisions, item.proposed_decision = decisions, None


def _settle_kind(rec: MeetingRecord, title_lines: list[Line], fields: list[Field], headings: list[Heading],
                 text: str) -> None:
    """The kind once the items are read: a protocol's marks, a portal's announcement, else an agenda when the
    items only propose (or are a timetable), else minutes."""
    rec.kind = listed_record(rec.kind, title_lines, [item.decisions for item in rec.items])
    if rec.kind is None and (any(h.style == "para" for h in headings) or re.search(  # a "§ 31" line: a protocol's
            r"^(?:Utses att justera|Justerare|Justerande|ANSLAG\s*/\s*BEVIS|Beslutande)\b|^[\s•]*§\s*\d+\s*$",
            text, re.M) or formal_roster(text)):  # "Beslutande Eva Lund (S) ... Justeras" run on in one line
        rec.kind = "protocol"
    rec.kind = announced(rec.kind, fields, rec.items, rec.attendees)  # a portal's "Datum/Klockan/Plats/Ärenden"
    rec.kind = invited(rec.kind, rec.items, rec.attendees, text)  # "Följande ärenden ska behandlas", "Välkomna till"
    rec.kind = posted_before(rec.kind, rec.date, rec.items, rec.attendees, text)  # a blog's post before the meeting
    if rec.kind is None:  # proposals and no decisions, or a timetable of what is to come: an agenda
        rec.kind = "agenda" if rec.items and all(not i.decisions for i in rec.items) and (any(
            i.proposed_decision for i in rec.items) or headings[0].style == "programme") else "minutes"


def _read_officers_late(rec: MeetingRecord, header: list[Line], text: str, paths: sources.Paths) -> None:
    """Chair and secretary the lists did not name: elected in an item, or signing the document; an officer
    of another meeting dropped, a chair read only in the body's roster undone."""
    elected(rec, text)
    paths.note(rec, "people.elected")
    officercolumns.settle(rec, text, confidence.signed_before)  # flatsign.reread, then one sentence, role columns
    before = (rec.chair, rec.secretary)
    if not rec.chair or not rec.secretary:  # "Sekreterare Anna Berg Ordförande Per Holm" run on in a flattened page
        signed = officercolumns.officers(text) or flatsign.signers(text)  # role columns, then names in order
        rec.chair, rec.secretary = rec.chair or signed.get("chair"), rec.secretary or signed.get("secretary")
        rec.secretary = rec.secretary or secretaries.signed(text, rec.attendees, rec.chair)  # "Sekreterare … A B"
        rec.secretary = rec.secretary or secretaries.column_titled(text, rec.attendees)  # "A B C D ekonom sekreterare"
        unitemised.officers(rec, text, header)  # no item text to read them in: "... till sekreterare valdes Anna Berg"
    drop_other_meetings_officers(rec, [f for f, was in zip(("chair", "secretary"), before) if not was])
    paths.note(rec, "people.signatures")
    if rec.chair and in_roster(header, rec.chair):  # "Kyrkorådet 2022-2025 / Ledamöter / Anna Berg (ordf.)"
        rec.chair = None
        rec.evidence.append(sources.judged("chair", ROSTER_CHAIR))


def _judge(rec: MeetingRecord, fields: list[Field], tail: list[Field], text: str, paths: sources.Paths,
           years: list[int], year_hint: int | None) -> None:
    """The year; the record checked (plausibility, each value's confidence, cross-checks); the header as evidence."""
    rec.year = int(rec.date[:4]) if rec.date else (year_hint or (years[0] if years else None))
    plausible.check(rec, text)
    attendeechecks.complete(rec, text)  # the attendee list completed against the rest of the document
    confidence.judge(rec, fields + tail, text, paths)
    crosschecks.check(rec, text)
    for f in fields:
        rec.evidence.append(Evidence(f"header.{f.kind}", 0, f.start, f.start + len(f.label), f.note or "header.label",
                                     0.0 if f.note else 1.0))


def _own_names(rec: MeetingRecord) -> set[str]:
    names = {n for n in (rec.organization, rec.body) if n}
    if rec.organization and (ini := meta.initialism(rec.organization)):
        names.add(ini)
    return names
