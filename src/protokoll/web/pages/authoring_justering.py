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
import json
import threading
from collections import OrderedDict
from datetime import date

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.exc import IntegrityError, OperationalError
from starlette.concurrency import run_in_threadpool

from ...render import Anslag, render
from ...store.accounts import SEKRETARIAT, Account
from ...store.authoring import (DRAFT, JUSTERAD, JUSTERING, PUBLISHED, AuthoredMeeting, AuthoringError, add_file,
                                current, file_by_sha, history)
from ...linking import relink
from ...store.authoring_justering import (STATE_WORDS, adjuster_choices, approve, audit_log, current_round,
                                          posts_anslag, publish, published_anslag,
                                          return_to_draft, send, signed_by, steps, withdraw)
from ..auth import action, require_role
from ..render import respond

router = APIRouter()
STEP_WORDS = {"sparad": "sparade en ändring", "sent": "skickade för justering", "approved": "justerade",
              "returned": "returnerade för ändring", "withdrawn": "tog tillbaka från justering",
              "justerad": "justeringen klar", "published": "publicerade"}
SAVED_MEANWHILE = "Någon annan ändrade mötet samtidigt. Det du skickade sparades inte; försök igen."
CHANGED = "Protokollet har ändrats sedan du öppnade det. Läs det igen innan du justerar."


_PDFS: OrderedDict[str, bytes] = OrderedDict()  #: the last rendered justering PDFs, by what they render
_PDFS_KEPT = 8
_PDFS_LOCK = threading.Lock()


def justering_pdf(app, organisation: str, record: dict) -> bytes:
    """The document an adjuster reads and approves: the record as the organisation's PDF (the same bytes
    each time for the same record and template; the last few are kept, as rendering takes a while)."""
    from .authoring import organisation_template

    template = organisation_template(app, organisation, record.get("kind") or "minutes", "pdf")
    stamp = f"{template}:{template.stat().st_mtime_ns}" if template else "-"
    key = hashlib.sha256(json.dumps([record, stamp], sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    with _PDFS_LOCK:
        if key in _PDFS:
            _PDFS.move_to_end(key)
            return _PDFS[key]
    pdf = render(record, "pdf", template=template)
    with _PDFS_LOCK:
        _PDFS[key] = pdf
        while len(_PDFS) > _PDFS_KEPT:
            _PDFS.popitem(last=False)
    return pdf


def document_hash(app, organisation: str, record: dict) -> str:
    """The SHA-256 of the document an adjuster approves: :func:`justering_pdf`."""
    return hashlib.sha256(justering_pdf(app, organisation, record)).hexdigest()


def justering_context(request: Request, session, meeting, version, account: Account) -> dict:
    """What the meeting page shows of its justering: state, adjusters, the forms this account may use, the log."""
    this = current_round(session, meeting.id)
    choices = adjuster_choices(session, meeting.organisation)
    names = {c["login"]: c["name"] for c in choices}
    secretariat = account.has_role(SEKRETARIAT, meeting.organisation)
    waiting = this.waiting if this and version.state == JUSTERING else []
    approvals = [{"login": a.who, "name": names.get(a.who, a.who), "at": a.at.isoformat(timespec="seconds"),
                  "sha256": a.document_sha256} for a in (this.approvals if this else [])]
    log = [{**row, "at": row["at"].isoformat(timespec="seconds"), "name": names.get(row["who"], row["who"]),
            "when": row["at"].strftime("%Y-%m-%d %H.%M UTC"), "words": STEP_WORDS.get(row["what"], row["what"]),
            "adjuster_names": [names.get(a, a) for a in row["adjusters"] or []]}
           for row in audit_log(session, meeting.id)]
    return {
        "state": version.state, "state_words": STATE_WORDS[version.state],
        "adjusters": [{"login": a, "name": names.get(a, a), "done": a not in waiting}
                      for a in (this.adjusters if this and version.state != DRAFT else [])],
        "approvals": approvals, "choices": choices, "log": log,
        "can_send": secretariat and version.state == DRAFT and version.record.get("kind") != "agenda",
        "can_withdraw": secretariat and version.state == JUSTERING,
        "can_approve": account.login in waiting,
        "document_sha256": document_hash(request.app, meeting.organisation, version.record)
        if account.login in waiting else None,
        "document_url": f"/-/skriv/{meeting.id}/justering/{this.version}.pdf" if this and version.state != DRAFT
        else None,
        "can_publish": secretariat and version.state == JUSTERAD,
        "anslag_default": _posts_anslag(session, meeting, version.record), "today": date.today().isoformat(),
        "anslag": published_anslag(session, meeting.id) if version.state == PUBLISHED else None,
    }


def _posts_anslag(session, meeting, record: dict) -> bool:
    """Only a protocol posts one: as the body's were last published, else yes."""
    last = posts_anslag(session, meeting.organisation, meeting.body)
    return record.get("kind") == "protocol" and last is not False


async def _step(request: Request, account: Account, meeting_id: int, role: str | None, do) -> object:
    """Run ``do(session)`` for the meeting and commit; back to the meeting, or its page with the reason."""
    from .authoring import load, meeting_context

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
    from .authoring import NO_STORE, load

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
    from .authoring import NO_STORE, load

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
    from .authoring import organisation_template

    record, meeting = current(session, meeting_id).record, session.get(AuthoredMeeting, meeting_id)
    template = organisation_template(request.app, meeting.organisation, record.get("kind") or "minutes", "pdf")
    return render(record, "pdf", template=template, anslag=Anslag(posted, kept_at) if posted else None,
                  signed=signed_by(session, meeting_id))
