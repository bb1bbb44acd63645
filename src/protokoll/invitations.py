"""The kallelse by e-mail: each summoned member gets the agenda as a PDF and an iCalendar invitation.

``protokoll remind kallelse ID`` (:mod:`protokoll.cli.remind`) sends a
meeting written in the app (``/-/skriv/ID``). The summoned are the people its
attendance lists, or else the body's roster (the people its recent meetings
list); each one's address comes from the reminders' address book, the same
rules as for assignments (their own, else their municipality's). The
invitation (``METHOD:REQUEST``) keeps one UID per meeting and the version as
its SEQUENCE, so a kallelse sent again after a change updates the calendar
entry instead of adding one. Names without an address are returned, not
guessed.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from zoneinfo import ZoneInfo

from .swedish.fold import fold_name as fold
from .reminders import Due, address_of, swedish_date

TZ = ZoneInfo("Europe/Stockholm")


def summoned(record: dict, roster: list[dict]) -> list[dict]:
    """[{name, affiliation}] of those called to the meeting: its attendees, else the body's roster."""
    people = [a for a in record.get("attendees") or [] if a.get("group", "present") != "guest"] or roster
    seen, out = set(), []
    for p in people:
        if fold(p["name"]) not in seen:
            seen.add(fold(p["name"]))
            out.append({"name": p["name"], "affiliation": p.get("affiliation")})
    return out


def calendar(record: dict, uid: str, sequence: int, sender: str, guests: list[tuple[str, str]], url: str) -> bytes:
    """The meeting as a VEVENT invitation (METHOD:REQUEST) to ``guests`` [(name, address)]."""
    from icalendar import Calendar, Event, vCalAddress

    cal = Calendar()
    cal.add("prodid", "-//Protokoll//protokoll//SV")
    cal.add("version", "2.0")
    cal.add("method", "REQUEST")
    event = Event()
    event.add("uid", uid)
    event.add("sequence", sequence)
    event.add("dtstamp", datetime.now(timezone.utc).replace(microsecond=0))
    day = date.fromisoformat(record["date"])
    start, end = _clock(record.get("start")), _clock(record.get("end"))
    event.add("dtstart", datetime.combine(day, start, TZ) if start else day)
    if start and end:
        event.add("dtend", datetime.combine(day, end, TZ))
    event.add("summary", f"{record.get('body') or 'Möte'}: sammanträde")
    if record.get("place"):
        event.add("location", record["place"])
    titles = [f"{i.get('number')}. {i.get('title')}" for i in record.get("items") or []]
    event.add("description", "\n".join(["Dagordning:", *titles, "", url]))
    event.add("url", url)
    organizer = vCalAddress(f"mailto:{sender}")
    organizer.params["cn"] = record.get("organization") or "Sekretariatet"
    event.add("organizer", organizer)
    for name, address in guests:
        guest = vCalAddress(f"mailto:{address}")
        guest.params.update({"cn": name, "role": "REQ-PARTICIPANT", "partstat": "NEEDS-ACTION", "rsvp": "TRUE"})
        event.add("attendee", guest)
    cal.add_component(event)
    if start:
        cal.add_missing_timezones()
        for zone in cal.walk("VTIMEZONE"):
            zone.pop("COMMENT", None)
    return cal.to_ical()


def _clock(value: str | None):
    from datetime import time

    if not value:
        return None
    try:
        hours, minutes = value.replace(".", ":").split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        return None


def kallelse(record: dict, pdf: bytes, people: list[dict], book: dict[str, tuple[str, str]], sender: str,
             uid: str, sequence: int, url: str) -> tuple[list[EmailMessage], list[str]]:
    """One mail per address, the agenda PDF and the invitation attached; and the names with no address."""
    to: dict[str, tuple[str, list[str]]] = {}
    unaddressed = []
    for p in people:
        found = address_of(Due(p["name"], "person", "", None, "open", None, None, None, "", None,
                               p.get("affiliation")), book)
        if found is None:
            unaddressed.append(p["name"])
        else:
            to.setdefault(found[1].casefold(), (found[1], []))[1].append(p["name"])
    guests = [(", ".join(names), address) for address, names in to.values()]
    invite = calendar(record, uid, sequence, sender, guests, url)
    return [_message(record, pdf, invite, sender, address, names, url) for address, names in to.values()], \
        unaddressed


def _message(record: dict, pdf: bytes, invite: bytes, sender: str, address: str, names: list[str],
             url: str) -> EmailMessage:
    when = swedish_date(record["date"]) + (f" kl. {record['start'].replace(':', '.')}" if record.get("start")
                                           else "")
    body = record.get("body") or "Mötet"
    msg = EmailMessage()
    msg["Subject"] = f"Kallelse: {body} {when}"
    msg["From"], msg["To"] = sender, address
    msg["Date"], msg["Message-ID"] = formatdate(localtime=False), make_msgid(domain=sender.rsplit("@", 1)[-1])
    lines = [f"Hej {' och '.join(names)}!", "",
             f"Du kallas till sammanträde med {body} {when}"
             + (f", {record['place']}" if record.get("place") else "") + ".", "", "Dagordning:"]
    lines += [f"{i.get('number')}. {i.get('title')}" for i in record.get("items") or []]
    lines += ["", "Kallelsen med dagordning finns som PDF i brevet, och mötet som kalenderinbjudan.", url]
    msg.set_content("\n".join(lines))
    stem = f"kallelse-{record['date']}"
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"{stem}.pdf")
    msg.add_attachment(invite, maintype="text", subtype="calendar", filename="inbjudan.ics",
                       params={"method": "REQUEST"})
    return msg
