"""The meeting's hours where minutes state them only as the opening and closing of the meeting.

Swedish minutes record when the chair opened and closed the meeting in fixed sentences: "Mötet öppnades
kl. 18.00", "Ordföranden förklarade sammanträdet öppnat kl 13.05", "Mötet avslutades 18:37",
"Ordföranden tackade och avslutade mötet kl. 16.30", an item heading with its time ("1. Mötets öppnande
18:08", "12. Mötets avslutande 20:15"). The time written just after those words (in the same
sentence) is when the meeting began or ended. Only a marked time ("kl 18", "klockan 9") or one with
minutes ("18:37", "16.30") counts: a bare number there is a paragraph or a page. Used only where the
header gave no start (or no end); an end is kept only when it is later than the start (when there is one).
"""

from __future__ import annotations

import re

from ..record import Evidence, MeetingRecord
from ..swedish import dates
from .features import keyword_fold, opener_finditer

_MEETING = r"(?:mötet|sammanträdet|sammankomsten|träffen|styrelsemötet|årsmötet)"
#: notes also write the participle alone ("Mötet öppnat kl 18.00", "Mötet avslutat 20.15") and the item's noun
#: ("Mötets öppning 18.05", "Mötets avslutning kl 20.15")
OPENED = re.compile(rf"\b{_MEETING}\s+(?:öppnades|öppnas|öppnat|förklara(?:de)?s\s+(?:för\s+)?öppnat)\b|"
                    r"\bmötets\s+öppn(?:ande|ing)\b|"
                    rf"\b(?:öppnade|förklarade)\s+{_MEETING}(?:\s+(?:för\s+)?öppnat)?\b(?!\s+avslutat)", re.I)
CLOSED = re.compile(rf"\b{_MEETING}\s+(?:avslutades|avslutas|avslutat|förklara(?:de)?s\s+(?:för\s+)?avslutat)\b|"
                    r"\bmötets\s+avslut(?:ande|ning)\b|"
                    rf"\b(?:avslutade|förklarade)\s+{_MEETING}(?:\s+(?:för\s+)?avslutat)?\b(?!\s+öppnat)", re.I)
WINDOW = 40  #: characters after the words in which the time is written
#: the time itself, right after the words: "kl. 18", "klockan 9.30", "18:37", "16.30" (nothing else first
#: but a few words: "av ordföranden", "den 3 maj"), or its clock word at the start of the next line where a hard
#: wrap broke the sentence ("Mötet avslutades" / "kl 12.10.")
TIME = re.compile(r"^(?:[^.\n]{0,30}?|[ \t]*\n[ \t]*(?=kl\b|klockan\b))"
                  r"(?:\b(?:kl|klockan)\.?\s*\d{1,2}(?:[.:]\d{2})?|(?<![\d.:])\d{1,2}[.:]\d{2})"
                  r"(?![\d]|[.:]\d)", re.I)


#: the words each match of OPENED / CLOSED opens with (case-blind: tried where they are written, issue 12)
_MEETING_WORDS = ("mötet", "sammanträdet", "sammankomsten", "träffen", "styrelsemötet", "årsmötet")
OPENED_OPENERS = (*_MEETING_WORDS, "mötets", "öppnade", "förklarade")
CLOSED_OPENERS = (*_MEETING_WORDS, "mötets", "avslutade", "förklarade")


def _time_after(text: str, rx: re.Pattern, openers: tuple[str, ...]) -> str | None:
    """The clock time written just after the first of ``rx``'s sentences that writes one; None when none."""
    for m in opener_finditer(rx, text, openers):
        after = text[m.end():m.end() + WINDOW]
        found = TIME.match(after)
        if found:
            start, _ = dates.parse_times(found.group(0))
            if not start and (bare := re.search(r"\d{1,2}[.:]\d{2}$", found.group(0))):  # "avslutades 20.45"
                start, _ = dates.parse_times("kl " + bare.group(0))
            if start:
                return start
    return None


def opened_closed(text: str) -> tuple[str | None, str | None]:
    """(when the meeting was opened, when it was closed) as the minutes' sentences write them."""
    low = keyword_fold(text)
    if "öppn" not in low and "avslut" not in low:  # the cheap test: every wording has one of these
        return None, None
    return _time_after(text, OPENED, OPENED_OPENERS), _time_after(text, CLOSED, CLOSED_OPENERS)


def add_hours(rec: MeetingRecord, text: str) -> None:
    """Set the start and end the header did not give from the opening and closing sentences."""
    if rec.start and rec.end:
        return
    opened, closed = opened_closed(text)
    rec.start = rec.start or opened
    if not rec.end and closed and (not rec.start or closed > rec.start):
        rec.end = closed


#: a sentence that says when the meeting begins: "Sammanträdet börjar kl. 14.00", "Mötet startar klockan 9", or
#: the same words as a header's label ("Mötet börjar: Kl 11.55")
BEGINS = re.compile(rf"\b(?:{_MEETING}|sammanträde|möte)\s+(?:börjar|startar|inleds)\s*:?\s+"
                    r"(?P<t>(?:kl|klockan)\.?\s*"
                    r"\d{1,2}(?:[.:]\d{2})?)(?![\d]|[.:]\d)", re.I)
HEAD = 1500  #: how far into the document such a sentence is the meeting's own (not a later one's)


def announced_start(rec: MeetingRecord, text: str) -> None:
    """The start a sentence of the document's head states ("Sammanträdet börjar kl. 14.00") where no
    start was read; where a labelled hour differs from it (a portal's "Klockan 10:00", or the open part's hour
    after a closed one) which one is the meeting's start is not certain: both are left, null with the reason."""
    head = text[:HEAD]
    if "börjar" not in head and "startar" not in head and "inleds" not in head:  # the cheap test
        return
    m = BEGINS.search(head)
    start = dates.parse_times(m["t"])[0] if m else None
    if not start or start == rec.start:
        return
    if rec.start:
        rec.evidence.append(Evidence("start", 0, m.start(), m.end(), f"uncertain: the labelled hour {rec.start} and "
                                     f"the sentence's '{m.group(0)}' differ", 0.0))
        rec.start = None
        return
    rec.start = start
    if rec.end and rec.end <= start:
        rec.end = None
