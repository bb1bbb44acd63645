"""Justering and publishing on ``/-/skriv/{id}``: send, approve, return, take back, publish.

The secretariat sends the minutes to named accounts of the organisation; each
of them approves the document they read: the PDF of the version sent
(``/-/skriv/{id}/justering/{version}.pdf``, linked beside the form). The form
carries the version and the SHA-256 of that PDF, which the server renders
again and compares (an approval is never of another text: a stale hash is
409). WeasyPrint's output is the same bytes for the same record and
template (:mod:`protokoll.render.pdf` fixes the one date it would stamp), so
the hash stored with the approval is the hash of the PDF the adjuster was
shown. The approved bytes are also stored by that hash (the meeting's files,
``/-/skriv/{id}/justerat/{sha256}.pdf`` from the log), so an approval stays
checkable after WeasyPrint or the fonts change. Or an adjuster returns the
minutes with a comment;
the secretariat then publishes it with the day of the anslag. Every step is a
row (:mod:`protokoll.store.authoring_justering`) shown as the meeting's log.
"""

from __future__ import annotations

import hashlib
from datetime import date

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.exc import IntegrityError, OperationalError
from starlette.concurrency import run_in_threadpool

from ...render import Anslag, render
from ...store.accounts import SEKRETARIAT, Account
from ...store.authoring import (DRAFT, AuthoredMeeting, AuthoringError, add_file,
                                current, file_by_sha, history)
from ...linking import relink
from ...store.authoring_justering import (approve, publish, return_to_draft, send, signed_by, steps, withdraw)
from ..auth import action, require_role
from ..render import respond
from .drafts import NO_STORE, justering_pdf, load, meeting_context, organisation_template

router = APIRouter()
SAVED_MEANWHILE = "Någon annan ändrade mötet samtidigt. Det du skickade sparades inte; försök igen."
CHANGED = "Protokollet har ändrats sedan du öppnade det. Läs det igen innan du justerar."












async def _step(request: Request, account: Account, meeting_id: int, role: str | None, do) -> object:
    """Run ``do(session)`` for the meeting and commit; back to the meeting, or its page with the reason."""
    def apply() -> None:
        load(request, account, meeting_id, role)
        with request.app.state.web.sessions() as s:
            do(s)
            s.commit()
    try:
        await run_in_threadpool(apply)
    except (AuthoringError, IntegrityError, OperationalError) as exc:  # the latter: another step at once
        reason = str(exc) if isinstance(exc, AuthoringError) else SAVED_MEANWHILE
        status = 400 if isinstance(exc, AuthoringError) and reason != CHANGED else 409
        context = await run_in_threadpool(meeting_context, request, account, meeting_id, reason)
        return respond(request, "authoring_meeting.html", context, status)
    return RedirectResponse(f"/-/skriv/{meeting_id}#justering", 303)


@action(router, "/-/skriv/{meeting_id:int}/justering", "authoring.send", "Skicka för justering")
async def authoring_send(request: Request, meeting_id: int, account: Account = Depends(require_role(SEKRETARIAT))):
    form = await request.form()
    chosen = [str(v) for v in form.getlist("justerare")]
    return await _step(request, account, meeting_id, SEKRETARIAT, lambda s: send(s, meeting_id, chosen,
                                                                                  account.login))


@router.get("/-/skriv/{meeting_id:int}/justering/{version:int}.pdf", name="authoring.justering_pdf",
            summary="Protokollet som det justeras: PDF:en vars SHA-256 en justering sparar")
def authoring_justering_pdf(request: Request, meeting_id: int, version: int,
                            account: Account = Depends(require_role(None))):
    meeting, _ = load(request, account, meeting_id)  # 404 unless the account has a role in its organisation
    with request.app.state.web.sessions() as s:
        found = next((v for v in history(s, meeting_id) if v.version == version), None)
    if found is None or found.state == DRAFT:
        raise HTTPException(404, "Den versionen har inte skickats för justering.")
    pdf = justering_pdf(request.app, meeting.organisation, found.record)
    name = f"justering-{meeting_id}-version-{version}.pdf"
    return Response(pdf, media_type="application/pdf", headers={
        **NO_STORE, "Content-Disposition": f'inline; filename="{name}"',
        "X-Content-Sha256": hashlib.sha256(pdf).hexdigest()})


@action(router, "/-/skriv/{meeting_id:int}/justera", "authoring.approve", "Justera (godkänn) protokollet")
async def authoring_approve(request: Request, meeting_id: int, account: Account = Depends(require_role(None))):
    form = await request.form()
    given, sha = str(form.get("version") or ""), str(form.get("sha256") or "")

    def do(s) -> None:
        version, meeting = current(s, meeting_id), s.get(AuthoredMeeting, meeting_id)
        pdf = justering_pdf(request.app, meeting.organisation, version.record)
        if not given.isdigit() or version.version != int(given) or sha != hashlib.sha256(pdf).hexdigest():
            raise AuthoringError(CHANGED)
        approve(s, meeting_id, account.login, int(given), sha)
        # the bytes approved, kept by their hash: checkable whatever renders PDFs later
        add_file(s, f"justering-{meeting_id}-version-{given}.pdf", pdf, account.login)
    return await _step(request, account, meeting_id, None, do)


@router.get("/-/skriv/{meeting_id:int}/justerat/{sha}.pdf", name="authoring.approved_pdf",
            summary="PDF:en som en justering godkände, lagrad med sin SHA-256")
def authoring_approved_pdf(request: Request, meeting_id: int, sha: str,
                           account: Account = Depends(require_role(None))):
    load(request, account, meeting_id)  # 404 unless the account has a role in its organisation
    with request.app.state.web.sessions() as s:
        approved = any(step.document_sha256 == sha for step in steps(s, meeting_id))
        row = file_by_sha(s, sha) if approved else None
        if row is None:
            raise HTTPException(404, "Ingen justering godkände den filen.")
        content = row.content
    return Response(content, media_type="application/pdf", headers={
        **NO_STORE, "Content-Disposition": f'inline; filename="justerat-{meeting_id}-{sha[:12]}.pdf"'})


@action(router, "/-/skriv/{meeting_id:int}/returnera", "authoring.return", "Returnera protokollet för ändring")
async def authoring_return(request: Request, meeting_id: int, account: Account = Depends(require_role(None))):
    form = await request.form()
    comment = str(form.get("kommentar") or "")
    return await _step(request, account, meeting_id, None,
                       lambda s: return_to_draft(s, meeting_id, account.login, comment))


@action(router, "/-/skriv/{meeting_id:int}/ta-tillbaka", "authoring.withdraw", "Ta tillbaka från justering")
async def authoring_withdraw(request: Request, meeting_id: int,
                             account: Account = Depends(require_role(SEKRETARIAT))):
    return await _step(request, account, meeting_id, SEKRETARIAT, lambda s: withdraw(s, meeting_id, account.login))


@action(router, "/-/skriv/{meeting_id:int}/publicera", "authoring.publish", "Publicera det justerade protokollet")
async def authoring_publish(request: Request, meeting_id: int,
                            account: Account = Depends(require_role(SEKRETARIAT))):
    form = await request.form()
    posted, kept_at = None, " ".join(str(form.get("forvaring") or "").split()) or None
    if form.get("anslag"):
        try:
            posted = date.fromisoformat(str(form.get("anslag_datum") or ""))
        except ValueError:
            posted = "fel"

    def do(s) -> None:
        if posted == "fel":
            raise AuthoringError("Datum för anslaget ska skrivas ÅÅÅÅ-MM-DD.")
        publish(s, meeting_id, account.login, posted, kept_at, rendered=published_pdf(request, s, meeting_id,
                                                                                        posted, kept_at))
        relink(s)  # the published minutes join the linked archive (people, cases, register) in the same commit
    return await _step(request, account, meeting_id, SEKRETARIAT, do)


def published_pdf(request: Request, session, meeting_id: int, posted: date | None, kept_at: str | None) -> bytes:
    """The minutes as they are published: a PDF of the current version, a protocol with its ANSLAG/BEVIS."""
    record, meeting = current(session, meeting_id).record, session.get(AuthoredMeeting, meeting_id)
    template = organisation_template(request.app, meeting.organisation, record.get("kind") or "minutes", "pdf")
    return render(record, "pdf", template=template, anslag=Anslag(posted, kept_at) if posted else None,
                  signed=signed_by(session, meeting_id))
