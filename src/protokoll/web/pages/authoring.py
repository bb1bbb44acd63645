"""``/-/skriv``: the secretariat writes a meeting in the app: its kallelse/dagordning, then its minutes.

``/-/skriv`` lists the organisation's meetings being written and starts a new
one; ``/-/skriv/{id}`` is one meeting (its roster, agenda items, minutes and
the documents rendered from it). Everything is a draft, seen only by accounts
with a role in the meeting's organisation; only its secretariat changes it.
Each change saves a new version (:mod:`protokoll.store.authoring`). The forms
that change a meeting are in :mod:`.authoring_edit`.
"""

from __future__ import annotations


from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from ...record import MeetingRecord
from ...render import FORMATS, Anslag, RenderError, agenda_of, render
from ...store.accounts import SEKRETARIAT, Account, same_organisation
from ...store.authoring import (PUBLISHED, AuthoringError, current, file_by_sha,
                                meetings_of, new_meeting)
from ...swedish.fold import slug
from ..auth import CSRF_FIELD, ROLE_REFUSED, action, require_role, signed_in_now
from ..render import page, respond
from .account import account_json
from .drafts import KIND_WORDS, NO_STORE, load, meeting_context, organisation_template

router = APIRouter()
TITLE = "Skriv möten"
MEDIA = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "pdf": "application/pdf", "html": "text/html; charset=utf-8"}


def _org_of(account: Account, chosen: str) -> str:
    """The organisation chosen, as the account's role names it; 403 unless the account is its secretariat."""
    own = account.organisations(SEKRETARIAT)
    if not chosen:
        if len(own) != 1:
            raise HTTPException(400, "Välj organisation.")
        return own[0]
    match = next((o for o in own if same_organisation(o, chosen)), None)
    if match is None:
        raise HTTPException(403, ROLE_REFUSED)
    return match




def _list_context(request: Request, account: Account, error: str | None = None) -> dict:
    with request.app.state.web.sessions() as s:
        rows = meetings_of(s, account.organisations())
    return {"title": TITLE, "user": account_json(account), "error": error,
            "organisations": account.organisations(SEKRETARIAT),
            "correction_logs": [{"organisation": o, "url": f"/-/skriv/logg/{slug(o)}"}
                                for o in account.organisations()],
            "meetings": [{"id": m.id, "url": f"/-/skriv/{m.id}", "organisation": m.organisation, "body": m.body,
                          "date": v.record["date"], "kind": v.record["kind"], "state": v.state,
                          "version": v.version} for m, v in rows],
            CSRF_FIELD: signed_in_now(request).csrf_token}


@page(router, "/-/skriv", "authoring", TITLE)
def authoring_list(request: Request, account: Account = Depends(require_role(None))):
    return _no_store(respond(request, "authoring_list.html", _list_context(request, account)))


def _no_store(response: Response) -> Response:
    response.headers["Cache-Control"] = "no-store"
    return response


@action(router, "/-/skriv", "authoring.new", "Nytt möte")
async def authoring_new(request: Request, account: Account = Depends(require_role(SEKRETARIAT))):
    form = await request.form()
    field = {k: " ".join(str(form.get(k) or "").split()) or None
             for k in ("organisation", "body", "date", "start", "end", "place")}
    organisation = _org_of(account, field["organisation"] or "")
    record = MeetingRecord(source="", kind="agenda", organization=organisation, body=field["body"],
                           date=field["date"],
                           start=field["start"], end=field["end"], place=field["place"])

    def create() -> int:
        with request.app.state.web.sessions() as s:
            meeting = new_meeting(s, record, account.login)
            s.commit()
            return meeting.id
    try:
        meeting_id = await run_in_threadpool(create)
    except AuthoringError as exc:
        context = await run_in_threadpool(_list_context, request, account, str(exc))
        return _no_store(respond(request, "authoring_list.html", context, 400))
    return RedirectResponse(f"/-/skriv/{meeting_id}", 303)






@page(router, "/-/skriv/{meeting_id:int}", "authoring.meeting", "Ett möte som skrivs")
def authoring_meeting(request: Request, meeting_id: int, account: Account = Depends(require_role(None))):
    return _no_store(respond(request, "authoring_meeting.html", meeting_context(request, account, meeting_id)))




@router.get("/-/skriv/{meeting_id:int}/dokument.{fmt}", name="authoring.document",
            summary="Mötet som dokument (docx, pdf, html)")
def authoring_document(request: Request, meeting_id: int, fmt: str, som: str | None = None,
                       account: Account = Depends(require_role(None))):
    if fmt not in FORMATS:
        raise HTTPException(404, "Okänt format.")
    meeting, version = load(request, account, meeting_id)
    record = version.record
    if som in KIND_WORDS:
        record = agenda_of(record) if som == "agenda" else {**record, "kind": som}
    try:
        data = render(record, fmt, template=organisation_template(request.app, meeting.organisation,
                                                                  record["kind"] or "agenda", fmt),
                      **(_published(request, meeting_id) if som in (None, record["kind"]) else {}))
    except RenderError as exc:
        raise HTTPException(422, str(exc)) from None
    name = f"{meeting.body}-{record['date']}-{KIND_WORDS[record['kind'] or 'agenda'].split()[0]}.{fmt}"
    safe = "".join(c if c.isascii() and (c.isalnum() or c in "-._") else "-" for c in name)
    # a download, HTML too: its style is inline, which the site's CSP refuses on its own pages
    return Response(data, media_type=MEDIA[fmt], headers={
        **NO_STORE, "Content-Disposition": f'attachment; filename="{safe}"'})


def _published(request: Request, meeting_id: int) -> dict:
    """What a published protocol carries besides its record: its ANSLAG/BEVIS (when posted with one) and
    who approved it in the app, as render takes them; nothing before it is published."""
    from datetime import date

    from ...store.authoring_justering import published_anslag, signed_by

    with request.app.state.web.sessions() as s:
        if current(s, meeting_id).state != PUBLISHED:
            return {}
        given, signed = published_anslag(s, meeting_id), signed_by(s, meeting_id)
    return {"anslag": Anslag(date.fromisoformat(given["posted"]), given.get("kept_at")) if given else None,
            "signed": signed}


@router.get("/-/skriv/{meeting_id:int}/bilaga/{sha}", name="authoring.attachment", summary="En bilaga")
def authoring_attachment(request: Request, meeting_id: int, sha: str, account: Account = Depends(require_role(None))):
    _, version = load(request, account, meeting_id)
    if sha not in version.files.values():
        raise HTTPException(404, "Bilagan finns inte.")
    with request.app.state.web.sessions() as s:
        row = file_by_sha(s, sha)
        safe = "".join(c if c.isascii() and (c.isalnum() or c in "-._") else "-" for c in row.name)
        return Response(row.content, media_type=row.media_type, headers={
            **NO_STORE, "Content-Disposition": f'attachment; filename="{safe}"',
            "X-Content-Type-Options": "nosniff"})
