"""The meeting's date confirmed by where the document writes it (issue 10): a date the reader took is left out
when the text around it says it is another kind of date.

- A date written after "per" ("Finansrapport per den 30 april 2011", "Bokslut per 2019-12-31") or after the
  bounds of a period ("t.o.m. 31 mars", "fr.o.m. den 1 juli", "till och med", "från och med") is the day a report
  or a rule counts to or from, never the day a meeting is held. When every place the text writes the date is such
  a reference, the date is no meeting's.
- A date read from a label ("Sammanträdesdatum") but written far after it, with sentences between, is not the
  label's value: a transcript of a PDF runs the label on into an item's text when the label's own value was lost
  (the page head "Sammanträdesdatum Blad nr Kommunstyrelsen Godkännande av ... per den 30 april 2011").
- A date read from the text that is written only as a citation of a body's decision ("Kommunstyrelsen,
  2019-03-04, § 45" in a list of documents) is that decision's day, not this meeting's.
- A start time the header does not write (derived from the text) that the text writes only in the justering's
  box ("Justering ... Tid och plats ... Torsdag 21 mars, kl 8.00") is when the minutes are checked; a range
  ("kl. 15.00-17.10") is a meeting's time and is kept.

Kept apart from :mod:`.crosschecks` (near its size limit); called from there.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..record import MeetingRecord
from ..swedish.dates import MONTHS

#: the words that make a date a reference day: "per (den)", "t.o.m.", "tom", "till och med", "fr.o.m.", "från och
#: med" -- right before the date (a "den" between allowed)
REFERENCE = re.compile(r"(?i)(?:\bper|\bt\.\s?o\.\s?m\.?|\btom|\btill och med|\bfr\.\s?o\.\s?m\.?|\bfrån och med)"
                       r"\s+(?:den\s+)?$")
FAR = 120  #: how far after its label (characters) a label's value is no more written
#: a sentence's end between the label and the date: a word of two or more lower-case letters and a full stop,
#: a question mark or a colon before white space
SENTENCE_END = re.compile(r"[a-zåäö]{2}[.?!:]\s")
SPAN_TAIL = 30  #: a label's recorded span may end inside the date it holds (read one line, cut)


def check(rec: MeetingRecord, text: str, abstain: Callable[[MeetingRecord, str, str], None]) -> None:
    """Leave out a date the text writes only as a reference day or far after the label it was read from."""
    ev = next((e for e in reversed(rec.evidence) if e.path == "date"), None)
    if not rec.date or ev is None or ev.end <= ev.start or ev.rule.startswith("uncertain:"):
        return
    spans = _places(text, rec.date)
    if spans and ("per" in text or "o.m" in text or "och med" in text or "tom" in text):
        if all(REFERENCE.search(text[max(0, a - 25):a]) for a, _ in spans):
            abstain(rec, "date", "the date is written only as a day a report or a period counts to or from "
                                 "('per den ...', 't.o.m. ...'), not as the meeting's day")
            return
    if why := _cited_only(ev.rule, text, spans):
        abstain(rec, "date", why)
        return
    if ev.rule.startswith("header.label"):
        at = next((a for a, _ in spans if ev.start <= a < ev.end + SPAN_TAIL), None)
        if at is not None and at - ev.start > FAR and SENTENCE_END.search(text, ev.start, at):
            abstain(rec, "date", "the date is written far after its label, with sentences between: the label's "
                                 "own value was lost and the date is an item's")


#: a citation of a body's decision: the body, a comma, the date, a comma, the paragraph ("Kommunstyrelsen,
#: 2019-03-04, § 45"; a transcript may lose the "§")
CITED_BEFORE = re.compile(r"(?i)(?:nämnd|styrelse|fullmäktige|utskott)\w*\s*,\s*$")
CITED_AFTER = re.compile(r"\s*,\s*(?:§\s*)?\d{1,4}\b")
JUSTERING = 110  #: how far before a time the justering's box is looked for
#: the justering box's own words ("Justering", "Justeringens plats och tid", "Justerade paragrafer"); not
#: "justerare", which an agenda's "Val av justerare" and a list of attendees write too
JUSTERING_BOX = re.compile(r"(?i)\bjustering(?:ens)?\b|\bjusterade paragrafer|\bjusteras\b")


def _cited_only(rule: str, text: str, spans: list[tuple[int, int]]) -> str | None:
    """Why a date read from the text is only a cited decision's day, or None."""
    if not rule.startswith("header.text"):
        return None
    if spans and all(CITED_BEFORE.search(text[max(0, a - 40):a]) and CITED_AFTER.match(text, b) for a, b in spans):
        return ("the date is written only as a cited decision's day ('Kommunstyrelsen, <date>, § 45'), not this "
                "meeting's")
    return None


def justering_start(rec: MeetingRecord, text: str, abstain: Callable[[MeetingRecord, str, str], None]) -> None:
    """Leave out a derived start the text writes only as the justering's time (a single time, not a range)."""
    ev = next((e for e in reversed(rec.evidence) if e.path == "start"), None)
    if not rec.start or ev is None or not ev.rule.startswith("header.derived") or "uster" not in text:
        return
    hour, minute = (int(x) for x in rec.start.split(":"))
    if f"{hour}.{minute:02d}" not in text and f"{hour}:{minute:02d}" not in text:
        return
    places = [at for written in (f"{hour}.{minute:02d}", f"{hour}:{minute:02d}") for at in _found(text, written)
              if not text[max(0, at - 1):at].isdigit() and text[max(0, at - 1):at] not in ".:"
              and not text[at + len(written):at + len(written) + 1].isdigit()
              and not RANGE_AFTER.match(text, at + len(written))]
    if places and all(JUSTERING_BOX.search(text, max(0, at - JUSTERING), at) for at in places):
        abstain(rec, "start", "the time is written only in the justering's box: when the minutes are checked, not "
                              "when the meeting starts")


#: a time that opens a range ("15.00-17.10"): a meeting's time
RANGE_AFTER = re.compile(r"\s*[-–]\s*\d")
#: a day and a month's name right before a year ("30 april ", "3 apr. "), read back from the year
DAY_MONTH_BEFORE = re.compile(r"(?i)(?<!\d)(\d{1,2})\s*([a-zåäö]{3,9})\.?\s+$")


def _found(text: str, needle: str) -> list[int]:
    """Every place ``needle`` is written (a fast substring search)."""
    out, at = [], text.find(needle)
    while at != -1:
        out.append(at)
        at = text.find(needle, at + 1)
    return out


def _places(text: str, iso: str) -> list[tuple[int, int]]:
    """(start, end) of every place the text writes the date ``iso``: ISO ("2011-04-30"), or a day and a month's
    name before its year ("30 april 2011"); found from the places its year is written, with no pattern made for
    the date (compiling one a document costs more than the search)."""
    try:
        year, month, day = (int(x) for x in iso.split("-"))
    except ValueError:
        return []
    spans = []
    for at in _found(text, f"{year:04d}"):
        if text.startswith(iso, at) and not text[at + 10:at + 11].isdigit():
            spans.append((at, at + 10))
        elif (m := DAY_MONTH_BEFORE.search(text, max(0, at - 24), at)) and int(m.group(1)) == day \
                and MONTHS.get(m.group(2).casefold()) == month and not text[at + 4:at + 5].isdigit():
            spans.append((m.start(), at + 4))
    return spans
