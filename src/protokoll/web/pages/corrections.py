"""Corrections of read meetings in the secretariat's workspace, and their audit logs.

``/-/skriv/rattelse/{id}`` offers every field of a stored (read) meeting
record for correction, one form per field, and lists the meeting's log; a
POST there stores one correction (:mod:`protokoll.store.record_corrections`:
a new row beside the value as read, never over it), applies it and links the
archive again, in one commit. Only the secretariat of the meeting's
organisation may see the page or correct (403 otherwise; the CSRF token is
checked first). ``/-/skriv/logg/{organisation}`` is the organisation's log
of every correction, newest first, for its accounts. Both have a ``.json`` twin.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse
from sqlalchemy.exc import IntegrityError, OperationalError
from starlette.concurrency import run_in_threadpool

import orjson

from ...store.record_fields import LISTS, ROLES, FieldError, leaf_of
from ...linking.corrected import relink_corrected
from ...store.accounts import SEKRETARIAT, Account, same_organisation
from ...store.cases import done_assignments
from ...store.models import Meeting
from ...store.record_corrections import WRITTEN, CorrectionError, correct, is_written, organisation_log
from ...swedish.fold import slug
from ..auth import CSRF_FIELD, ROLE_REFUSED, action, require_role, signed_in_now
from ..correcting import field_label, form_fields, log_rows, marks, meeting_log
from ..render import page, respond
from ..urls import meeting_url
from .account import account_json

router = APIRouter()
NOT_FOUND = "Mötet finns inte (eller har en nyare version)."
NO_OWNER = "Mötet hör inte till någon organisation som arkivet känner, så ingen kan rätta det här."
SAVED_MEANWHILE = "Någon annan ändrade mötet samtidigt. Rättelsen sparades inte; försök igen."


def _own_meeting(s, account: Account, meeting_id: int) -> Meeting:
    """The current stored meeting, if ``account`` is its organisation's secretariat (404 / 403 otherwise)."""
    meeting = s.get(Meeting, meeting_id)
    if meeting is None or not meeting.document.current:
        raise HTTPException(404, NOT_FOUND)
    if not meeting.organization:
        raise HTTPException(403, NO_OWNER)
    if not account.has_role(SEKRETARIAT, meeting.organization):
        raise HTTPException(403, ROLE_REFUSED)
    if is_written(meeting):
        raise HTTPException(403, WRITTEN)
    return meeting


def correction_context(request: Request, account: Account, meeting_id: int, error: str | None = None) -> dict:
    with request.app.state.web.sessions() as s:
        meeting = _own_meeting(s, account, meeting_id)
        record = orjson.loads(meeting.record_json)
        found = marks(s, meeting)
        fields = form_fields(record, found, Path(meeting.document.name).stem, done_assignments(s))
        log = meeting_log(s, meeting)
        name, org = meeting.document.name, meeting.organization
    base = f"/-/skriv/rattelse/{meeting_id}"
    return {"title": f"Rätta {record.get('body') or 'mötet'} {record.get('date') or ''}".strip(),
            "user": account_json(account), "error": error, "url": base,
            "meeting": {"id": meeting_id, "url": meeting_url(meeting_id), "document": name, "organization": org,
                        "log_url": f"/-/skriv/logg/{slug(org)}"},
            "record": record, "fields": fields, "roles": list(ROLES), "log": log,
            CSRF_FIELD: signed_in_now(request).csrf_token}


@page(router, "/-/skriv/rattelse/{meeting_id:int}", "correction", "Rätta ett inläst möte, med dess rättelselogg")
def correction_page(request: Request, meeting_id: int, account: Account = Depends(require_role(None))):
    response = respond(request, "correction.html", correction_context(request, account, meeting_id))
    response.headers["Cache-Control"] = "no-store"
    return response


@page(router, "/-/skriv/rattelse/{meeting_id:int}/lank", "correction_link",
      "Länken till rättelsesidan, för sekretariatet (mötessidan hämtar den med htmx)")
def correction_link(request: Request, meeting_id: int):
    """The meeting page is the same for everyone (and cached), so it asks this for its secretariat's link."""
    found = signed_in_now(request)
    url = None
    if found is not None and found.account.has_role(SEKRETARIAT):
        with request.app.state.web.sessions() as s:
            meeting = s.get(Meeting, meeting_id)
            if meeting is not None and meeting.organization and not is_written(meeting) and \
                    found.account.has_role(SEKRETARIAT, meeting.organization):
                url = f"/-/skriv/rattelse/{meeting_id}"
    response = respond(request, "_partials/correction_link.html", {"url": url})
    response.headers["Cache-Control"] = "no-store"
    return response


def form_value(path: str, form) -> object:
    """What the form says the field should hold (checked by the store)."""
    if leaf_of(path) == "attendee":
        if form.get("ta_bort"):
            return None
        keys = {"name": "namn", "affiliation": "tillhorighet", "title": "titel", "role": "roll", "group": "grupp"}
        return {k: str(form.get(v) or "") for k, v in keys.items()}
    value = str(form.get("varde") or "")
    return value.splitlines() if leaf_of(path) in LISTS + ("forwarded_to",) else value


@action(router, "/-/skriv/rattelse/{meeting_id:int}", "correction.save", "Spara en rättelse av ett inläst möte")
async def correction_save(request: Request, meeting_id: int, account: Account = Depends(require_role(None))):
    form = await request.form()
    path = str(form.get("falt") or "")
    if path == "attendees[+]":  # a new attendee: addressed by the name given
        path = f"attendees[{' '.join(str(form.get('namn') or '').split())}]"

    def save() -> None:
        with request.app.state.web.sessions() as s:
            _own_meeting(s, account, meeting_id)
            if correct(s, meeting_id, path, form_value(path, form), account.login, str(form.get("skal") or "")):
                relink_corrected(s, meeting_id)  # the record's values feed people, cases and the register
            s.commit()
    try:
        leaf_of(path)
        await run_in_threadpool(save)
    except (CorrectionError, FieldError, IntegrityError, OperationalError) as exc:
        status = 409 if isinstance(exc, (IntegrityError, OperationalError)) else 400
        reason = SAVED_MEANWHILE if status == 409 else f"{_label(path)}: {exc}"
        context = await run_in_threadpool(correction_context, request, account, meeting_id, reason)
        return respond(request, "correction.html", context, status)
    return RedirectResponse(f"/-/skriv/rattelse/{meeting_id}#logg", 303)


def _label(path: str) -> str:
    try:
        return field_label(path)
    except FieldError:
        return "Fältet"


@page(router, "/-/skriv/logg/{organisation}", "correction_log", "Rättelseloggen för en organisation")
def organisation_log_page(request: Request, organisation: str, account: Account = Depends(require_role(None))):
    own = next((o for o in account.organisations() if slug(o) == organisation
                or same_organisation(o, organisation)), None)
    if own is None:
        raise HTTPException(403, ROLE_REFUSED)
    with request.app.state.web.sessions() as s:
        rows = log_rows(s, organisation_log(s, [own]))
    context = {"title": f"Rättelselogg: {own}", "user": account_json(account), "organisation": own, "log": rows}
    response = respond(request, "correction_log.html", context)
    response.headers["Cache-Control"] = "no-store"
    return response
