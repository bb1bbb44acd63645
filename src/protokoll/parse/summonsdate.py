"""The meeting's date a kallelse's summons sentence writes, over the date the letter was written (issue 10).

A kallelse is a letter: its head often opens with the place and day it was written ("Stockholm 2022-05-02", a bare
date line), then summons its readers: "Styrelsen kallas till sammanträde den 16 maj 2022 kl 10.00." The first date
of such a head is when the kallelse was sent, the summons' date is the meeting's. Read here only where the summons
sentence itself says so ("kallas till <...> sammanträde|möte|stämma <date>"), for a date it writes right after those
words, and over the first date only when that date stands before the sentence and is at most ``SENT_BEFORE`` days
earlier (a letter sent ahead of its meeting). Where the header read no date at all, the summons' date is taken.
"""

from __future__ import annotations

import re
from datetime import date

from ..record import MeetingRecord
from ..swedish import dates

#: "Styrelsen kallas till sammanträde den 16 maj 2022", "kallas härmed till ordinarie föreningsstämma tisdagen den
#: 3 april": the date after the summoned meeting's word (no other meeting's: the words before it are the sentence's)
SUMMONED = re.compile(r"\bkallas\s+(?:härmed\s+)?till\s+(?:[\wåäö\-]+\s+){0,3}?[\wåäö\-]*(?:sammanträde|möte|stämma)"
                      r"\s+(?P<when>[^.\n]{6,60})", re.I)
NEAR = 20  #: how far into the words after the meeting's the date may begin ("på tisdag den ")
SENT_BEFORE = 62  #: the most days a kallelse is sent before its meeting


def summoned_date(rec: MeetingRecord, head_text: str, years: list[int]) -> None:
    """Set ``rec.date`` to the summons sentence's date (see the module's rule)."""
    if "kallas" not in head_text:
        return
    m = SUMMONED.search(head_text)
    if m is None:
        return
    when = next((d for d in dates.find_dates(m["when"], years=years) if d.day is not None), None)
    if when is None or when.date is None or when.start > NEAR:
        return
    if rec.date is None:
        rec.date = when.date.isoformat()
        return
    read = date.fromisoformat(rec.date)
    if read < when.date and (when.date - read).days <= SENT_BEFORE and _written_before(head_text, m.start(), read, years):
        rec.date = when.date.isoformat()


def _written_before(head_text: str, end: int, day: date, years: list[int]) -> bool:
    """Whether `day` is written before the summons sentence (the letter's date above it)."""
    return any(d.date == day for d in dates.find_dates(head_text[:end], years=years))
