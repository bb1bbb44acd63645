"""The forms that change a meeting being written: attendance, agenda items, minutes per item, its kind.

Each form is read into a change of the meeting's record and saved as a new
version by the signed-in secretariat (:func:`protokoll.store.authoring.save`);
the answer is a redirect back to the meeting (or the page again with the
reason, status 400). Values are kept as written; a deadline that is not an
ISO date ("till nästa möte") is kept without a date, as the record's
contract says for an uncertain one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from fastapi import APIRouter, Depends, Request
from sqlalchemy.exc import IntegrityError
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from ...record import Assignment, Attendee, Forward, Item, MeetingRecord
from ...store.accounts import SEKRETARIAT, Account
from ...store.authoring import MAX_ATTACHMENT, AuthoringError, add_file, current, save
from ..auth import action, require_role
from ..render import respond
from ..uploads import safe_name
from .drafts import KIND_WORDS, load, meeting_context

router = APIRouter()
ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
STATUSES = ("present", "absent", "substitute")
SAVED_MEANWHILE = "Någon annan sparade mötet samtidigt. Det du skickade sparades inte; gör ändringen igen."
#: one path for every meeting's new items, so the body limit can be larger for it alone (an attachment)
ITEM_PATH = "/-/skriv/punkt"
ITEM_REQUEST = MAX_ATTACHMENT + 200_000  #: bytes of a request adding an item: the attachment and the fields
RESERVATION = re.compile(r"(?P<who>[^(:]+?)\s*(?:\((?P<party>[^)]*)\))?\s*(?::\s*(?P<reason>.*))?")


def _words(value) -> str:
    return " ".join(str(value or "").split())


def _lines(value) -> list[str]:
    return [line for line in (_words(v) for v in str(value or "").splitlines()) if line]


async def _change(request: Request, account: Account, meeting_id: int,
                  change: Callable[[MeetingRecord, dict, object], None]):
    """Apply ``change(record, notes, session)`` to the current version and save it as a new one."""
    def apply() -> None:
        load(request, account, meeting_id, SEKRETARIAT)
        with request.app.state.web.sessions() as s:
            version = current(s, meeting_id)
            record, notes = MeetingRecord.from_dict(version.record), version.notes
            change(record, notes, s)
            save(s, meeting_id, record, notes, account.login)
            s.commit()
    try:
        await run_in_threadpool(apply)
    except (AuthoringError, IntegrityError) as exc:  # the latter: another save took the same version number
        reason, status = (str(exc), 400) if isinstance(exc, AuthoringError) else (SAVED_MEANWHILE, 409)
        context = await run_in_threadpool(meeting_context, request, account, meeting_id, reason)
        return respond(request, "authoring_meeting.html", context, status)
    return RedirectResponse(f"/-/skriv/{meeting_id}", 303)


def attendance(form, record: MeetingRecord) -> None:
    """The attendees ticked on the roster (present, substitute) and any added by hand; chair and secretary."""
    chair, secretary = _words(form.get("ordforande")) or None, _words(form.get("sekreterare")) or None
    rows = [(form.get(f"namn_{i}"), form.get(f"ansl_{i}"), form.get(f"status_{i}"))
            for i in range(int(form.get("antal") or 0))]
    rows.append((form.get("ny_namn"), form.get("ny_ansl"), form.get("ny_status") or "present"))
    attendees = []
    for name, affiliation, status in rows:
        name = _words(name)
        if not name or status not in STATUSES or status == "absent":
            continue
        role = "ordförande" if name == chair else ("ersättare" if status == "substitute" else "ledamot")
        attendees.append(Attendee(name=name, affiliation=_words(affiliation) or None, role=role))
    if secretary and secretary not in {a.name for a in attendees}:
        attendees.append(Attendee(name=secretary, role="sekreterare", group="other"))
    record.attendees, record.chair, record.secretary = attendees, chair, secretary


@action(router, "/-/skriv/{meeting_id:int}/narvaro", "authoring.attendance", "Närvaro")
async def authoring_attendance(request: Request, meeting_id: int,
                               account: Account = Depends(require_role(SEKRETARIAT))):
    form = await request.form()
    return await _change(request, account, meeting_id, lambda record, files, s: attendance(form, record))


@action(router, ITEM_PATH, "authoring.item", "Ny punkt på dagordningen (fältet mote: mötets nummer)")
async def authoring_item(request: Request, account: Account = Depends(require_role(SEKRETARIAT))):
    form = await request.form()
    given = str(form.get("mote") or "")
    meeting_id = int(given) if given.isdigit() else 0  # 0: no meeting, 404
    title = _words(form.get("titel"))
    upload = form.get("bilaga")
    data = await upload.read(MAX_ATTACHMENT + 1) if isinstance(upload, UploadFile) and upload.filename else None

    def add(record: MeetingRecord, notes: dict, session) -> None:
        if not title:
            raise AuthoringError("En punkt behöver en rubrik.")
        item = Item(number=str(len(record.items) + 1), title=title,
                    presenters=[p for p in (_words(x) for x in str(form.get("foredragande") or "").split(",")) if p],
                    proposed_decision=_words(form.get("forslag")) or None)
        if data is not None:
            stored = add_file(session, safe_name(upload.filename) or "bilaga", data, account.login)
            files = notes.setdefault("files", {})
            label = f"bilaga {len(files) + 1}"
            files[label] = stored.sha256
            item.attachments.append(label)
        record.items.append(item)
    return await _change(request, account, meeting_id, add)


def reservation(line: str) -> dict:
    """``Namn (parti): skäl``; party and reason may be left out."""
    found = RESERVATION.fullmatch(line)
    return {"who": _words(found["who"]), "party": _words(found["party"]) or None,
            "reason": _words(found["reason"]) or None}


def assignment(line: str) -> Assignment:
    """``Vem; uppgift; ÅÅÅÅ-MM-DD`` (or any other deadline words, kept without a date)."""
    parts = [_words(p) for p in line.split(";")]
    if len(parts) < 2 or not parts[0] or not parts[1]:
        raise AuthoringError(f"Uppdraget ”{line}” ska skrivas: vem; uppgift; datum eller ”till nästa möte”.")
    due = parts[2] if len(parts) > 2 and parts[2] else None
    return Assignment(parts[0], parts[1], due if due and ISO.fullmatch(due) else None,
                      None if due and ISO.fullmatch(due) else due)


@action(router, "/-/skriv/{meeting_id:int}/punkt/{number}", "authoring.minutes", "Beslut i en punkt")
async def authoring_minutes(request: Request, meeting_id: int, number: str,
                            account: Account = Depends(require_role(SEKRETARIAT))):
    form = await request.form()

    def write(record: MeetingRecord, notes: dict, session) -> None:
        item = next((i for i in record.items if i.number == number), None)
        if item is None:
            raise AuthoringError(f"Punkt {number} finns inte.")
        item.decisions = _lines(form.get("beslut"))
        given = [reservation(line) for line in _lines(form.get("reservation"))]
        item.dissent = [r["who"] for r in given]
        reservations = notes.setdefault("reservations", {})
        reservations.pop(number, None)
        reservations.update({number: given} if given else {})
        item.assignments = [assignment(line) for line in _lines(form.get("uppdrag"))]
        body, date = _words(form.get("till_organ")), _words(form.get("till_datum"))
        if date and not ISO.fullmatch(date):
            raise AuthoringError("Datum ska skrivas ÅÅÅÅ-MM-DD.")
        item.forwarded_to = [Forward(body, date or None)] if body else []
    return await _change(request, account, meeting_id, write)


def remove_item(record: MeetingRecord, notes: dict, number: str) -> None:
    """The item taken off the agenda; those after it move up one number (their notes with them)."""
    if not any(i.number == number for i in record.items):
        raise AuthoringError(f"Punkt {number} finns inte.")
    record.items = [i for i in record.items if i.number != number]
    reservations, renumbered = notes.get("reservations", {}), {}
    for n, item in enumerate(record.items, 1):
        if item.number in reservations:
            renumbered[str(n)] = reservations[item.number]
        item.number = str(n)
    if reservations:
        notes["reservations"] = renumbered


@action(router, "/-/skriv/{meeting_id:int}/punkt/{number}/ta-bort", "authoring.remove", "Ta bort en punkt")
async def authoring_remove(request: Request, meeting_id: int, number: str,
                           account: Account = Depends(require_role(SEKRETARIAT))):
    return await _change(request, account, meeting_id, lambda record, notes, s: remove_item(record, notes, number))


@action(router, "/-/skriv/{meeting_id:int}/sort", "authoring.kind", "Dokumentets sort")
async def authoring_kind(request: Request, meeting_id: int, account: Account = Depends(require_role(SEKRETARIAT))):
    form = await request.form()
    kind = str(form.get("sort") or "")

    def set_kind(record: MeetingRecord, notes: dict, session) -> None:
        if kind not in KIND_WORDS:
            raise AuthoringError("Välj kallelse, minnesanteckningar eller protokoll.")
        record.kind = kind
    return await _change(request, account, meeting_id, set_kind)
