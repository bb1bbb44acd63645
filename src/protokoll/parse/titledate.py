"""The meeting's date a title sentence writes after a letterhead's date (issue 10).

A letter-style page puts the date it was written first, then the title: "Folkhälsocentrum 2025-01-07 Anna Berg
Minnesanteckningar från beredningens möte den 19 december 2024 ...". The first date of the header is then when the
minutes were written; the title's "möte den <date>" is when the meeting was held. Only a title that opens with the
document's kind and names a meeting ("möte", "sammanträde") right before the date counts, written close after the
first date (a letterhead, not an item's "protokoll från mötet den ..." further down), and not another meeting's
("föregående", "nästa"). The title may also end its line with the meeting's name and the date stand alone on the
next line ("Minnesanteckningar från enhetsmöte LL-HS" / "2020-03-12"), after a web page's chrome that wrote another
date first (a request's or a collection's name: "... dagarna 9-13 mars 2020").
"""

from __future__ import annotations

import re

from ..swedish import dates

#: the title up to the meeting's date: "Minnesanteckningar från Xs möte den ", "Protokoll fört vid sammanträde den "
TITLE_MEETING = re.compile(r"\b(?:Minnesanteckningar|MINNESANTECKNINGAR|Mötesanteckningar|Anteckningar|Protokoll|"
                           r"PROTOKOLL)\s+(?:fört\s+vid|förda\s+vid|från|vid)\s+(?P<what>[^.\n]{0,80}?)\b"
                           r"(?:möte|mötet|sammanträde|sammanträdet)\s+(?:den\s+)?$")
#: the title line naming the meeting with the date alone on the line under it: "Minnesanteckningar från enhetsmöte
#: LL-HS" / "2020-03-12" (the meeting's word may end a compound and be followed by its name)
TITLE_LINE = re.compile(r"(?m)^[ \t]*(?:Minnesanteckningar|MINNESANTECKNINGAR|Mötesanteckningar|Anteckningar|"
                        r"Protokoll|PROTOKOLL)\s+(?:fört\s+vid|förda\s+vid|från|vid)\s+"
                        r"(?P<what>[^.\n]{0,80}?(?:möte|mötet|sammanträde|sammanträdet)\b[^.\n]{0,30})\n[ \t]*$")
OTHER_MEETING = re.compile(r"\b(?:föregående|förra|nästa|kommande|senaste|tidigare)\b", re.I)
NEAR = 150  #: how far after the letterhead's date the title may begin


def meeting_date(head_text: str, first: dates.DateMention | None, years: list[int]) -> dates.DateMention | None:
    """The title's own meeting date when a letterhead's date (``first``) comes before the title, else None."""
    if first is None or first.date is None:
        return None
    for m in dates.find_dates(head_text[:first.end + NEAR + 200], years=years):
        if m.start <= first.end or m.date is None or m.date == first.date or not re.search(r"(?:19|20)\d\d", m.text):
            continue
        title = TITLE_MEETING.search(head_text, first.end, m.start) or _line_above(head_text, first.end, m)
        if title and title.start() - first.end <= NEAR and not OTHER_MEETING.search(title["what"]):
            return m
    return None


def _line_above(head_text: str, after: int, m: dates.DateMention) -> re.Match | None:
    """The title line right above a date written alone on its line (``TITLE_LINE``), else None."""
    line_end = head_text.find("\n", m.end) % (len(head_text) + 1)
    if head_text[m.end:line_end].strip(" \t,."):
        return None
    return TITLE_LINE.search(head_text, after, m.start)
