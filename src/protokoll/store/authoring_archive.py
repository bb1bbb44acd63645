"""A meeting written in the app put into the archive: a document whose record is authored, not parsed.

:func:`archive` stores the meeting's current version through the same
:func:`protokoll.store.save` an ingested file goes through, at the path
``app:/skriv/<id>``: so it is linked, searchable and shown like a read
meeting, each changed version a new document version (the earlier kept, no
longer current) and the same version again changes nothing. Its text, for
search, is the record's own words, and then ``notice``: what the protocol
says of its justering and anslag (:func:`.authoring_justering.notice_lines`).
Publishing (:func:`.authoring_justering.publish`) calls it with
``published`` true once the minutes are justerade. ``published`` false
stores a draft document, which the linked archive's pages do not yet keep
from the public (:mod:`protokoll.store.visibility` is applied to none of
them): nothing calls it so.
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy.orm import Session

from ..read import Page, Text
from ..record import Dissent, MeetingRecord
from . import Incoming, find_by_hash, save
from .authoring import AuthoredMeeting, AuthoringError, current

FORMAT = "app"  #: Document.format of an authored meeting


def record_text(record: MeetingRecord) -> str:
    """The record's words, one line each, as search reads a document's text."""
    lines = [record.organization, record.body, record.date, record.place]
    lines += [a.name for a in record.attendees]
    for item in record.items:
        lines += [f"{item.number}. {item.title}", item.proposed_decision, *item.presenters, *item.decisions,
                  *(f"{a.assignee} {a.task}" for a in item.assignments)]
    return "\n".join(line for line in lines if line)


def printed_number(number: str | None) -> str | None:
    """How the archive's text of an authored meeting prints an item's number: "3."."""
    return f"{number}." if number else None


def dissent_details(names: list[str], written: list[dict]) -> list[Dissent]:
    """The dissenters of an authored item with the party and reason the secretariat wrote ("Namn (parti):
    skäl", kept in the version's notes); the reason is their statement."""
    given = {r.get("who"): r for r in written}
    return [Dissent(n, (given.get(n) or {}).get("party"), (given.get(n) or {}).get("reason")) for n in names]


def archive(session: Session, meeting_id: int, published: bool = False, notice: list[str] | None = None,
            rendered: bytes | None = None) -> str:
    """Store the meeting's current version as an archive document; inserted | updated | unchanged.

    ``rendered``: the document as published (a PDF, made by the caller: the store does not render),
    kept as the document's original file and its hash the document's; without it the hash is the
    record's."""
    meeting, version = session.get(AuthoredMeeting, meeting_id), current(session, meeting_id)
    if meeting is None or version is None:
        raise AuthoringError(f"Mötet {meeting_id} finns inte.")
    record = MeetingRecord.from_dict(version.record)
    fmt = "pdf" if rendered is not None else FORMAT
    record.source = f"skriv-{meeting_id}-{record.date}.{fmt}"
    reservations = (version.notes or {}).get("reservations") or {}
    for item in record.items:
        item.printed_number = printed_number(item.number)
        item.dissent_details = dissent_details(item.dissent, reservations.get(item.number or "") or [])
    text = "\n".join([record_text(record), *(notice or [])])
    data = json.dumps([record.to_dict(), notice] if notice else record.to_dict(), ensure_ascii=False,
                      sort_keys=True).encode()
    sha = hashlib.sha256(rendered).hexdigest() if rendered is not None else \
        hashlib.sha256(b"authored\0" + data).hexdigest()
    status = save(session, Incoming(path=f"app:/skriv/{meeting_id}", name=record.source, sha256=sha,
                                    size=len(rendered if rendered is not None else data),
                                    text=Text(format=fmt, pages=[Page(1, text, "authored")]),
                                    parsed_text=text, record=record, data=rendered))
    stored = find_by_hash(session, sha)
    stored.published = published
    if stored.meeting is not None:  # search finds what the public may see: a draft is taken out of the index
        from .search import drop_meeting, index_meeting

        drop_meeting(session, stored.meeting.id)
        if published and stored.current:
            index_meeting(session, stored.meeting)
    return status
