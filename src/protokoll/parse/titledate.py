"""The meeting's date a title sentence writes after a letterhead's date (issue 10).

A letter-style page puts the date it was written first, then the title: "Folkhälsocentrum 2025-01-07 Anna Berg
Minnesanteckningar från beredningens möte den 19 december 2024 ...". The first date of the header is then when the
minutes were written; the title's "möte den <date>" is when the meeting was held. Only a title that opens with the
document's kind and names a meeting ("möte", "sammanträde") right before the date counts, written close after the
first date (a letterhead, not an item's "protokoll från mötet den ..." further down), and not another meeting's
("föregående", "nästa").
"""

from __future__ import annotations

import re

from ..swedish import dates

#: the title up to the meeting's date: "Minnesanteckningar från Xs möte den ", "Protokoll fört vid sammanträde den "
TITLE_MEETING = re.compile(r"\b(?:Minnesanteckningar|MINNESANTECKNINGAR|Mötesanteckningar|Anteckningar|Protokoll|"
                           r"PROTOKOLL)\s+(?:fört\s+vid|förda\s+vid|från|vid)\s+(?P<what>[^.\n]{0,80}?)\b"
                           r"(?:möte|mötet|sammanträde|sammanträdet)\s+(?:den\s+)?$")
OTHER_MEETING = re.compile(r"\b(?:föregående|förra|nästa|kommande|senaste|tidigare)\b", re.I)
NEAR = 150  #: how far after the letterhead's date the title may begin


def meeting_date(head_text: str, first: dates.DateMention | None, years: list[int]) -> dates.DateMention | None:
    """The title's own meeting date when a letterhead's date (``first``) comes before the title, else None."""
    if first is None or first.date is None:
        return None
    for m in dates.find_dates(head_text[:first.end + NEAR + 200], years=years):
        if m.start <= first.end or m.date is None or m.date == first.date or not re.search(r"(?:19|20)\d\d", m.text):
            continue
        title = TITLE_MEETING.search(head_text, first.end, m.start)
        if title and title.start() - first.end <= NEAR and not OTHER_MEETING.search(title["what"]):
            return m
    return None
