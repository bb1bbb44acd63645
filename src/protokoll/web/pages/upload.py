"""``/-/ladda-upp``: the secretariat uploads documents; each goes through the same ingest as the command."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from ...store.accounts import SEKRETARIAT, Account, same_organisation
from ..auth import CSRF_FIELD, ROLE_REFUSED, action, require_role, signed_in_now
from ..render import page, respond
from ..uploads import MAX_FILE, MAX_FILES, FileOutcome, ingest_upload, refusal, safe_name, upload_folder
from .account import account_json

router = APIRouter()
TITLE = "Ladda upp dokument"


def _context(request: Request, account: Account, outcomes: list[FileOutcome] | None = None,
             error: str | None = None) -> dict:
    counts = dict.fromkeys(("inserted", "updated", "unchanged", "failed"), 0)
    for o in outcomes or []:
        counts[o.status] += 1
    return {"title": TITLE, "user": account_json(account), "organisations": account.organisations(SEKRETARIAT),
            "max_files": MAX_FILES, "max_file_mb": MAX_FILE // 1_000_000, "error": error,
            "report": [o.to_dict() for o in outcomes] if outcomes is not None else None, "counts": counts,
            CSRF_FIELD: signed_in_now(request).csrf_token}


@page(router, "/-/ladda-upp", "upload", TITLE)
def upload_form(request: Request, account: Account = Depends(require_role(SEKRETARIAT))):
    response = respond(request, "upload.html", _context(request, account))
    response.headers["Cache-Control"] = "no-store"
    return response


@action(router, "/-/ladda-upp", "upload.post", f"{TITLE} (filerna skickas)")
async def upload(request: Request, account: Account = Depends(require_role(SEKRETARIAT))):
    form = await request.form()
    organisation = _organisation(account, str(form.get("organisation") or ""))
    files = [f for f in form.getlist("filer") if isinstance(f, UploadFile)]
    if not files or len(files) > MAX_FILES:
        context = _context(request, account, error=f"Välj mellan 1 och {MAX_FILES} filer.")
        return respond(request, "upload.html", context, 400)
    outcomes = []
    for f in files:
        data = await f.read(MAX_FILE + 1)
        outcomes.append(await run_in_threadpool(_one, request, organisation, f.filename, data))
    response = respond(request, "upload.html", _context(request, account, outcomes))
    response.headers["Cache-Control"] = "no-store"
    return response


def _organisation(account: Account, chosen: str) -> str:
    """The organisation the files are uploaded for: the one chosen, or the only one the user serves."""
    own = account.organisations(SEKRETARIAT)
    if not chosen and len(own) == 1:
        return own[0]
    if not chosen:
        raise HTTPException(400, "Välj organisation.")
    match = next((o for o in own if same_organisation(o, chosen)), None)
    if match is None:
        raise HTTPException(403, ROLE_REFUSED)
    return match


def _one(request: Request, organisation: str, filename: str | None, data: bytes) -> FileOutcome:
    name = safe_name(filename)
    refused = refusal(name, len(data))
    if refused:
        return FileOutcome(name or "(utan namn)", "failed", refused)
    return ingest_upload(request.app.state.web.sessions, upload_folder(request.app), organisation, name, data)
