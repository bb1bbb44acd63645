"""iCalendar feeds: meetings (held and expected) as VEVENT, assignment deadlines as VTODO.

UIDs come from the chain's meeting ids and the register's assignment ids,
which a re-ingest of the same documents keeps, so a subscribed calendar
updates its entries instead of duplicating them.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timezone
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo


from ..link.assignments import Entry
from ..link.chain import Node
from .data import KIND_LABELS, STATUS_LABELS
from .render import swedish_date
from .urls import item_url
from .xmltext import xml_safe

if TYPE_CHECKING:
    from icalendar import Event, Todo

TZ = ZoneInfo("Europe/Stockholm")
DOMAIN = "protokoll"
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$", re.ASCII)
TODO_STATUS = {"done": "COMPLETED", "reported": "IN-PROCESS"}


def build_calendar(name: str, nodes: list[Node], entries: list[Entry], base_url: str,
                   deadlines_as_events: bool = False) -> bytes:
    """A calendar of the dated ``nodes`` and the ``entries`` that have a deadline.

    Deadlines are VTODOs; ``deadlines_as_events`` makes them all-day VEVENTs
    instead, for calendars that ignore VTODO (Google Calendar).
    """
    from icalendar import Calendar  # with the first calendar asked for, not at server start

    cal = Calendar()
    cal.add("prodid", "-//Protokoll//protokoll//SV")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", xml_safe(name))
    stamp = datetime.now(timezone.utc).replace(microsecond=0)
    for node in nodes:
        if node.date:
            cal.add_component(node_event(node, base_url, stamp))
    for entry in entries:
        if entry.due:
            cal.add_component((entry_event if deadlines_as_events else entry_todo)(entry, base_url, stamp))
    cal.add_missing_timezones()
    for zone in cal.walk("VTIMEZONE"):
        zone.pop("COMMENT", None)  # icalendar's English note on the years its rules were written for
    return cal.to_ical()


def node_event(node: Node, base_url: str, stamp: datetime) -> Event:
    """One meeting; timed when its record gives a start time, else all day."""
    rec = node.sources[0].record if node.sources else {}
    from icalendar import Event

    event = Event()
    event.add("uid", f"{node.id}@{DOMAIN}")
    event.add("dtstamp", stamp)
    expected = node.kind == "expected"
    label = KIND_LABELS.get(node.kind, node.kind)
    event.add("summary", xml_safe(f"{'Förväntat: ' if expected else ''}{node.body or 'Möte'}"
                                  f"{f' – {node.organization}' if node.organization else ''}"))
    day = date.fromisoformat(node.date)
    start, end = _clock(rec.get("start")), _clock(rec.get("end"))
    if start:
        event.add("dtstart", datetime.combine(day, start, TZ))
        if end and end > start:
            event.add("dtend", datetime.combine(day, end, TZ))
    else:
        event.add("dtstart", day)
    if rec.get("place"):
        event.add("location", xml_safe(rec["place"]))
    event.add("status", "TENTATIVE" if expected else "CONFIRMED")
    items = [i.get("title") for i in rec.get("items") or [] if i.get("title")]
    event.add("description", xml_safe(f"{label.capitalize()}." + (f" Punkter: {'; '.join(items)}." if items else "")))
    path = f"/moten/{node.sources[0].meeting_id}" if node.sources else f"/moten/{node.id}"
    event.add("url", base_url + path)
    return event


def entry_todo(entry: Entry, base_url: str, stamp: datetime) -> Todo:
    """One assignment with its deadline as DUE."""
    from icalendar import Todo

    todo = Todo()
    todo.add("uid", f"uppdrag-{entry.id}@{DOMAIN}")
    todo.add("dtstamp", stamp)
    todo.add("summary", xml_safe(f"{entry.assignee}: {entry.task}"))
    todo.add("due", date.fromisoformat(entry.due))
    todo.add("status", TODO_STATUS.get(entry.status, "NEEDS-ACTION"))
    todo.add("description", xml_safe(deadline_text(entry)))
    if url := entry_url(entry):
        todo.add("url", base_url + url)
    return todo


def entry_event(entry: Entry, base_url: str, stamp: datetime) -> Event:
    """One assignment's deadline as an all-day event."""
    from icalendar import Event

    event = Event()
    event.add("uid", f"tidsgrans-{entry.id}@{DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("summary", xml_safe(f"Tidsgräns: {entry.assignee}: {entry.task}"))
    event.add("dtstart", date.fromisoformat(entry.due))
    event.add("transp", "TRANSPARENT")
    event.add("description", xml_safe(deadline_text(entry)))
    if url := entry_url(entry):
        event.add("url", base_url + url)
    return event


def deadline_text(entry: Entry) -> str:
    m = entry.item.meeting
    where = ", ".join(p for p in (m.body, swedish_date(m.date) if m.date else None,
                                  f"punkt {entry.item.number}" if entry.item.number else None) if p)
    return f"Uppdrag från {where}: {entry.item.title}. Status: {STATUS_LABELS.get(entry.status, entry.status)}."


def entry_url(entry: Entry) -> str | None:
    """The meeting item the assignment was given at, from the document the item id names."""
    stem, key = entry.item.id.rsplit(":", 1)
    source = next((s for s in entry.item.meeting.sources if s.document_name.rsplit(".", 1)[0] == stem), None)
    return item_url(source.meeting_id, key) if source else None


def _clock(value: str | None) -> time | None:
    match = _TIME.match(value or "")
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        return None
    return time(int(match[1]), int(match[2]))
