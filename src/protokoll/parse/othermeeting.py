"""A chair or secretary named inside an item about another meeting is that meeting's, not this one's.

Minutes plan the next meetings: "§ 6 Årsmöte den 3 mars. ... Mötesordförande Anna Berg. Sekreterare Per
Holm." names who will chair and keep the minutes of the annual meeting to come. A reader of a flattened
signature run ("Ordförande X Sekreterare Y") finds the same words there; when the item they stand in is headed
by a meeting and a day other than this meeting's date, the names are left open with the reason.
"""

from __future__ import annotations

import re

from ..record import Evidence, MeetingRecord
from ..swedish import dates

#: an item heading that names a meeting ("Årsmöte för föreningen den 3 mars", "Nästa sammanträde 3 maj")
MEETING_WORD = re.compile(r"(?i)\b[\wåäö]*(?:möte|mötet|stämma|stämman|sammanträde|sammanträdet)\b")
WHY = "uncertain: named in an item about another meeting (its heading names a meeting on another day): that meeting's"


def drop_other_meetings_officers(rec: MeetingRecord, fields: list[str]) -> None:
    """Null ``rec.chair`` / ``rec.secretary`` (those of ``fields``: the ones a run of role words and names in
    the text gave) when the name stands in the text of an item headed by another meeting on another day."""
    for field in fields:
        name = getattr(rec, field)
        if name and any(_other_meeting(item.title or "", rec.date) and name in (item.text or "")
                        for item in rec.items):
            setattr(rec, field, None)
            rec.evidence.append(Evidence(field, 0, 0, 0, WHY, 0.0))


def _other_meeting(title: str, meeting_date: str | None) -> bool:
    """Whether ``title`` names a meeting and a day that is not ``meeting_date`` (an ISO date or None)."""
    if not MEETING_WORD.search(title):
        return False
    for m in dates.find_dates(title):
        if m.day is None or m.month is None:
            continue
        if meeting_date is None or (int(meeting_date[5:7]), int(meeting_date[8:10])) != (m.month, m.day):
            return True
    return False
