"""How sure the reader is of each header value: one provenance entry per header field.

Every header scalar of a record gets an ``Evidence`` whose ``confidence`` says
how the value was found: after its own label (a colon or a line of its own),
written somewhere in the text by a pattern, or not found at all. Values left
open on purpose (labels in a row without as many values, a signature block
whose role words are not followed by names, several municipalities named)
carry the reason as ``"uncertain: ..."``; a value whose confidence falls below
``record.CONFIDENT`` is removed (null) with its reason kept.
"""

from __future__ import annotations

import re

from .bodynames import board_titled
from ..record import CONFIDENT, Evidence, MeetingRecord
from ..swedish import dates
from . import orgplaces, placehours, sources
from .features import has_any
from .header import Field
from .sources import Paths
from .signedrows import _signature_rows, signed_at, signed_before  # noqa: F401 (API: assemble, tests)
from .meta import SENT_PAPERS
from .valuedoubts import name_doubt, place_doubt, text_date_doubt

HEADER = ("kind", "body", "number", "date", "start", "end", "place", "chair", "secretary")
#: the field kinds (header.LABELS values) a header value can come from
SOURCES = {"date": ("date", "datetime", "dateplace"), "start": ("date", "datetime", "dateplace", "times"),
           "end": ("date", "datetime", "dateplace", "times"), "place": ("place", "dateplace"),
           "chair": ("chair", "attendees"), "secretary": ("secretary", "attendees"), "body": ("body",)}
CONFIDENCE = {"header.label": 0.9, "header.text": 0.7, "header.derived": 0.6}


def judge(rec: MeetingRecord, fields: list[Field], text: str, paths: Paths | None = None) -> None:
    """Add the provenance of every header value to ``rec.evidence``; null those below ``CONFIDENT``.

    A body, chair or secretary's confidence is the lower of its path's (:mod:`.sources`: the kind of
    evidence the rule read) and where its value stands in the text; its rule names both."""
    for name in HEADER:
        value = getattr(rec, name)
        if value is None:
            note = next((f.note for f in fields if f.note and f.kind in SOURCES.get(name, ())), None)
            if note:
                rec.evidence.append(Evidence(name, 0, 0, 0, note, 0.0))
            continue
        ev = _source(name, str(value), fields, text)
        if name == "body" and value == "Styrelsen" and _board_owner(rec):  # a company's or association's board
            ev = Evidence(name, 0, 0, 0, "body.board_of_organisation", CONFIDENCE["header.derived"])
        if name in ("start", "end") and ev.rule == "header.derived" and _date_doubted(rec) \
                and not placehours.beside_place(rec, text):  # "Salen, kl. 18.00 20.00": the place's own hours
            ev = Evidence(name, 0, 0, 0, "a time read with a date that is not the meeting's", 0.3)
        if paths is not None and (path := paths.of(name)) and ev.confidence >= CONFIDENT:  # (a doubt says why)
            ev.rule, ev.confidence = f"{ev.rule} [{path}]", min(ev.confidence, sources.confidence(path))
        if ev.confidence < CONFIDENT:
            setattr(rec, name, None)
            ev.rule = f"uncertain: {ev.rule}"
        rec.evidence.append(ev)


def _board_owner(rec: MeetingRecord) -> bool:
    """The organisation is a company or association, whose board is "Styrelsen" (``orgplaces.board_of``)."""
    return bool(rec.organization) and any(e.path == "organization" and e.rule in orgplaces.BOARD_OWNERS
                                          for e in rec.evidence)


def _date_doubted(rec: MeetingRecord) -> bool:
    return rec.date is None and any(e.path == "date" and e.rule.startswith("uncertain: a date") for e in rec.evidence)


def _source(name: str, value: str, fields: list[Field], text: str) -> Evidence:
    """Where ``value`` came from: a labelled field holding it, the text, or neither (derived)."""
    if name == "place" and (doubt := _not_a_place(value)):
        return Evidence(name, 0, 0, 0, doubt, 0.3)
    if name == "body" and (doubt := _not_a_body(value)):
        return Evidence(name, 0, 0, 0, doubt, 0.3)
    if name in ("chair", "secretary") and (doubt := name_doubt(value)):
        return Evidence(name, 0, 0, 0, doubt, 0.3)
    if name in ("chair", "secretary") and (at := signed_at(name, value, text)) is not None:
        return Evidence(name, 0, at, at + len(value), "a signature block writes each name before its role: "
                        "the name after a role word is the next signer's", 0.3)
    for f in fields:
        if not f.kind.startswith(SOURCES.get(name, ())) or not _holds(name, f.value, value):
            continue
        end = f.lines[-1].start + len(f.lines[-1].text) if f.lines else f.start + len(f.label)
        # the text from the label on (not only its value): labels in a row ("Sammanträdesdatum / Datum för anslags
        # uppsättande 3 maj") gave the first label the last one's date
        span = text[f.start:max(end, f.start + 160)] or f.value
        if name == "date" and (doubt := _other_label_date(span, value)):
            return Evidence(name, 0, f.start, end, doubt, 0.3)
        return Evidence(name, 0, f.start, end, "header.label", CONFIDENCE["header.label"])
    if name == "date":
        return _date_in_text(value, text)
    at = text.find(value) if name not in ("start", "end") else -1
    if at >= 0:
        return Evidence(name, 0, at, at + len(value), "header.text", CONFIDENCE["header.text"])
    if name == "body" and GENERIC_BODY.fullmatch(value) and not (value == "Styrelsen" and board_titled(text)):
        # made from "rådets", "styrelsens": whose? (a title naming a board's meeting, "Styrelsemöte", names its board)
        return Evidence(name, 0, 0, 0, f"'{value}' is not written as a name and names no particular body", 0.3)
    return Evidence(name, 0, 0, 0, "header.derived", CONFIDENCE["header.derived"])


def _holds(name: str, field_value: str, value: str) -> bool:
    """The field's value gives ``value``: a date or time read from it, or the text written in it."""
    if not field_value:
        return False
    if name == "date":
        found = dates.parse_date(field_value)
        return bool(found) and found.isoformat() == value
    if name in ("start", "end"):
        return value in dates.parse_times(field_value)
    return value.casefold() in field_value.casefold()


#: the label of the signing ("Justerat", "Justeringens datum, plats och tid", "justera protokollet den") or of
#: the posting ("Anslag/bevis"): a date after it is when the minutes were checked or posted, days after the meeting
SIGNING_OR_POSTING = re.compile(r"\bjuster(?:a|at|as|ad|ing|ingen|ingens|ingsdag|ingsdatum)\b"
                                r"(?:\s+(?:datum,\s*plats\s+och\s+tid|datum\s+och\s+tid|plats\s+och\s+tid|"
                                r"tid\s+och\s+plats|datum|dag))?|"
                                # the posting of the signed minutes ("ANSLAG/BEVIS 2015-06-16", "Anslaget den ...")
                                r"\banslag(?:et|s)?(?:\s*/\s*bevis)?(?:\s+(?:sätts\s+upp|uppsatt|den))?\b", re.I)
#: a label that starts another value between a justering label and the date
OTHER_LABEL = re.compile(r"\b(?:datum|sammanträdesdatum|plats och tid|tid och plats|sammanträde|mötesdatum)\b", re.I)
#: the labels of the dates a web page or a printout carries about itself, not about the meeting
PAGE_DATE = re.compile(r"\b(?:publicerad|publicerat|uppdaterad|uppdaterades(?:\s+senast)?|ändrad|granskad|utskriven|"
                       r"utskriftsdatum|hämtad|skapad|postat|postad|inlagd|inlagt|upplagd|upplagt|skrivet|skriven|"
                       r"reviderad|reviderat)"
                       r"\s*:?\s*(?:den\s+)?$", re.I)
#: after a date that opens its line, only its author: a web post's byline ("10 mars, 2021 av admin")
BYLINE = re.compile(r"[ \t]*,?[ \t]*(?:av|by)[ \t]+[\wåäöÅÄÖ.\-]+(?:[ \t]+[A-ZÅÄÖ][\wåäö\-]*)?[ \t]*$", re.M)
#: the label of the next meeting's date ("Nästa möte: 14 november", "Nästa sammanträde tisdagen den 3 maj")
NEXT_MEETING = re.compile(r"\bnästa\s+(?:möte|sammanträde|träff|styrelsemöte)\w*\s*:?\s*(?:är\s+|blir\s+)?(?:den\s+)?"
                          r"(?:[a-zåäö]+dag(?:en)?\s+(?:den\s+)?)?$", re.I)
SENTENCE = re.compile(r"\b(?:föreslås|håller|hålls|planeras|ska|skall|kommer|beslutade|beslutar)\b", re.I)


#: the label of a signing's, printout's or posting's date ("Datum för anslags uppsättande", "Anslaget tas ned")
OTHER_DATE_LABEL = re.compile(r"\b(?:utskriftsdatum|justeringsdatum|anslagsdatum|uppsättande|nedtagande|sätts\s+upp|"
                              r"tas\s+ne[dr])\s*:?\s*$", re.I)


#: a word each wording of ``NEXT_MEETING``, ``PAGE_DATE`` and ``OTHER_DATE_LABEL`` has, folded ("tas ned", "sätts upp")
OTHER_LABEL_WORDS = ("nästa", "publicera", "uppdaterad", "ändrad", "granskad", "utskriv", "utskriftsdatum", "hämtad",
                     "skapad", "justeringsdatum", "anslagsdatum", "uppsättande", "nedtagande", "sätts", "tas", "postat",
                     "postad", "inlag", "upplag", "skriv", "revider")
_NAMES_OTHER_LABEL = has_any(OTHER_LABEL_WORDS)


def _may_name_other_label(text: str) -> bool:
    """The cheap test before the three patterns: one of their words in the folded text, or a dotted or dotless
    "i" that the case-blind patterns read as an "i" (the text is not folded as :func:`.keyword_fold` does, whose
    long folds are kept for the document's own texts)."""
    low = text.casefold()
    return _NAMES_OTHER_LABEL(low) is not None or "\u0131" in low or "\u0307" in low


def _other_label_date(field_value: str, value: str) -> str | None:
    """Why the date a date label's value holds is another label's (a flattened header: "Plats och tid: Nästa möte:
    14 november ..."), or None."""
    if not _may_name_other_label(field_value):  # no label of these patterns: no date to look up (issue 12)
        return None
    mention = next((m for m in dates.find_dates(field_value) if m.date and m.date.isoformat() == value), None)
    before = field_value[:mention.start] if mention else ""
    if NEXT_MEETING.match(before[-60:]):
        return "a date after 'Nästa möte' is the next meeting's"
    if PAGE_DATE.search(before[-40:]) or OTHER_DATE_LABEL.search(before[-40:]):
        return ("a date after another label inside the value is that label's (a printout's, the signing's, "
                "the posting's)")
    return None


def _date_in_text(value: str, text: str) -> Evidence:
    """A meeting date found by no label: judged by what is written before it.

    After a justering label it is the signing date (uncertain); inside a running
    sentence about a planned meeting it is another meeting's (uncertain); else weak.
    """
    mention = next((m for m in dates.find_dates(text, years=dates.document_years(text))
                    if m.date and m.date.isoformat() == value), None)
    if mention is None:
        return Evidence("date", 0, 0, 0, "header.derived", CONFIDENCE["header.derived"])
    before = text[max(0, mention.start - 120):mention.start]
    span = (mention.start, mention.end)
    just = list(SIGNING_OR_POSTING.finditer(before))
    if just and not OTHER_LABEL.search(before[just[-1].end():]):
        return Evidence("date", 0, *span, "a date after a justering label is the signing date", 0.3)
    line = before[before.rfind("\n") + 1:]
    if NEXT_MEETING.match(before[-60:]):
        return Evidence("date", 0, *span, "a date after 'Nästa möte' is the next meeting's", 0.3)
    if PAGE_DATE.search(before[-40:]) or not line.strip() and BYLINE.match(text, mention.end):
        return Evidence("date", 0, *span, "a date after a web page's 'Publicerad' or 'Uppdaterad', or before a "
                        "post's author ('av Anna'), is the page's", 0.3)
    if SENT_PAPERS.search(line):
        return Evidence("date", 0, *span, "a date in a title of papers sent to another body is that body's meeting", 0.3)
    if len(line.split()) >= 6 and SENTENCE.search(line):
        return Evidence("date", 0, *span, "a date inside a sentence is not the meeting's", 0.3)
    if doubt := text_date_doubt(text, mention):
        return Evidence("date", 0, *span, doubt, 0.3)
    return Evidence("date", 0, *span, "header.text", CONFIDENCE["header.derived"])


#: a body's name ("Socialnämnden", "Kommunstyrelsen") is who meets, not where
BODY_NAME = re.compile(r"(?:nämnd|nämnden|styrelse|styrelsen|fullmäktige|utskott|utskottet)$", re.I)
PLACE_WORDS = 12  #: a place longer than this is text of the page run on after it


def _not_a_place(value: str) -> str | None:
    """Why a value read as the place cannot be one (None when it can)."""
    if len(value.split()) > PLACE_WORDS:
        return f"a place of {len(value.split())} words is the page's text run on"
    if "," not in value and BODY_NAME.search(value):
        return "a body's name is not a place"
    return place_doubt(value)


#: a head noun alone: "styrelsen" or "rådet" of whatever organisation the text is about, not the body's name
GENERIC_BODY = re.compile(r"(?:styrelsen|styrelse|rådet|råd|nämnden|nämnd|utskottet|utskott|gruppen|grupp)", re.I)
#: an organisation's name ("Ydre kommun", "Region Norr") read where the body was expected
ORGANISATION = re.compile(r"\b(?:kommun|region|landsting|kommunalförbund)\b|^Region\s", re.I)


def _not_a_body(value: str) -> str | None:
    """Why a value read as the body cannot be trusted (None when it can)."""
    if ORGANISATION.search(value):
        return "an organisation's name is not the body"
    return None


#: words a meeting document's head carries (its kind, or what the meeting is called), in any inflection
MEETING_WORDS = re.compile(
    r"(?i)\b(?:\w*protokoll\w*|minnesanteckning\w*|dagordning\w*|föredragningslist\w*|"
    r"kallelse\w*|sammanträde\w*|\w*möte[nts]?|\w*mötet|\w*mötes\w*|närvarande|justera\w*|§)")
HEAD_CHARS = 800  #: the head: the title, the header block and the first lines after it


def not_a_meeting(rec: MeetingRecord, text: str) -> str | None:
    """Why the text is no meeting document, or None when it is one.

    A meeting document (minutes, protocol, agenda, however short) names its
    kind or its meeting in the head (``rec.kind`` is no evidence: it always has a value), or carries at least two of the marks the
    parser reads: a meeting date, an organisation or body, numbered items,
    an attendance list. Prose, notes and READMEs carry none of these or one
    by chance (a date in a sentence, a numbered list): they are skipped with
    what was missing, never stored as a meeting without date, body or items.
    """
    if MEETING_WORDS.search(text[:HEAD_CHARS]):
        return None
    marks = {"meeting date": rec.date, "organisation or body": rec.organization or rec.body,
             "items": rec.items, "attendance list": rec.attendees}
    if sum(1 for v in marks.values() if v) >= 2:
        return None
    missing = [name for name, value in marks.items() if not value]
    return "no " + ", ".join(missing) + " and no meeting words (protokoll, dagordning, möte ...) at the start"
