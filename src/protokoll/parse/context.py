"""The archive completes a record: a fragment that never names its organisation (a scanned page
without its letterhead) gets it from the organisations already stored whose name or initialism
the text uses, and that organisation's body whose name the text uses."""

from __future__ import annotations

import re
from collections import Counter

from ..record import MeetingRecord
from ..swedish import dates
from .meta import initialism

Known = tuple[str, str | None, str | None, str | None]  #: organization, body, date, next meeting date
APPROVED = re.compile(r"(?:protokoll(?:et)?|minnesanteckningar(?:na)?|anteckningar(?:na)?)\s+(?:från\s+[\wåäö]+\s+)?"
                      r"(?:den\s+)?(\d{1,2}\s+[a-zåäö]+)(?!\s+\d{4})", re.I)


def archive_year(text: str, known: list[Known]) -> int | None:
    """The year of an undated record that approves earlier minutes ("Protokollet från mötet den 23 april"):
    the latest year in which the archive holds, or expects, a meeting on that day."""
    for m in APPROVED.finditer(text):
        mention = next(iter(dates.find_dates(m.group(1))), None)
        if not mention or not mention.month or not mention.day:
            continue
        years = [int(d[:4]) for _, _, day, nxt in known for d in (day, nxt)
                 if d and int(d[5:7]) == mention.month and int(d[8:10]) == mention.day]
        if years:
            return max(years)
    return None


def complete_from_archive(record: MeetingRecord, text: str, known: list[Known]) -> None:
    """Fill ``organization`` and ``body`` of a record that has none from ``known`` (organisation, body)
    pairs of stored meetings. Needs two mentions of the organisation (name or initialism)."""
    if record.organization or not known:
        return
    mentions = Counter()
    for org in sorted({k[0] for k in known}):
        names = [org] + ([ini] if (ini := initialism(org)) and len(ini) >= 3 else [])
        mentions[org] = sum(len(re.findall(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)) for n in names)
    (org, count), *rest = mentions.most_common(2)
    if count < 2 or (rest and rest[0][1] == count):  # two organisations as often: uncertain, left open
        return
    record.organization = org
    if not record.body:
        bodies = Counter(k[1] for k in known if k[0] == org and k[1])
        for body, _ in bodies.most_common():
            stem = re.sub(r"s?(gruppen|styrelsen|nämnden|rådet)$", "", body.casefold())
            if len(stem) > 4 and stem in text.casefold():
                record.body = body
                break
    secretary = next((a for a in record.attendees if a.role == "sekreterare"), None)
    if secretary and not secretary.affiliation and re.search(
            rf"{re.escape(secretary.name)},\s+sekretariats\w+,\s+{re.escape(initialism(org) or org)}\b", text):
        secretary.affiliation = org
