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
    written = _written(rec.date)
    if written is None:
        return
    spans = _places(text, rec.date[:4], written)
    if spans and ("per" in text or "o.m" in text or "och med" in text or "tom" in text):
        if all(REFERENCE.search(text[max(0, a - 25):a]) for a, _ in spans):
            abstain(rec, "date", "the date is written only as a day a report or a period counts to or from "
                                 "('per den ...', 't.o.m. ...'), not as the meeting's day")
            return
    if why := _cited_only(ev.rule, text, spans):
        abstain(rec, "date", why)
        return
    if ev.rule.startswith("header.label"):
        m = written.search(text, ev.start, min(len(text), ev.end + SPAN_TAIL))
        if m is not None and m.start() - ev.start > FAR and SENTENCE_END.search(text, ev.start, m.start()):
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
    pattern = rf"(?<![\d.:])0?{hour}[.:]{minute:02d}(?!\d)(?!\s*[-–]\s*\d)"
    places = [m.start() for m in re.finditer(pattern, text)]
    if places and all(JUSTERING_BOX.search(text, max(0, at - JUSTERING), at) for at in places):
        abstain(rec, "start", "the time is written only in the justering's box: when the minutes are checked, not "
                              "when the meeting starts")


def _places(text: str, year: str, written: re.Pattern[str]) -> list[tuple[int, int]]:
    """Where the text writes the date: the pattern tried only around the places its year is written (a fast
    substring search), not at every position of the text."""
    spans: list[tuple[int, int]] = []
    at = text.find(year)
    while at != -1:
        # "30 april 2011" ends at its year, "2011-04-30" starts there
        m = written.search(text, max(0, at - 24), at + 10)
        if m is not None and (not spans or spans[-1][0] != m.start()):
            spans.append((m.start(), m.end()))
        at = text.find(year, at + 4)
    return spans


def _written(iso: str) -> re.Pattern[str] | None:
    """The ways a text writes the date ``iso``: ISO ("2011-04-30") or day, month name, year ("30 april 2011")."""
    try:
        year, month, day = (int(x) for x in iso.split("-"))
    except ValueError:
        return None
    names = sorted((k for k, v in MONTHS.items() if v == month), key=len, reverse=True)
    return re.compile(rf"(?i)\b{year:04d}-{month:02d}-{day:02d}\b|(?<!\d)0?{day}\s*(?:{'|'.join(names)})\.?\s+{year}\b")
