"""The meeting being written, as its page shows it: shared by the authoring, editing and justering routes.

``/-/skriv/{id}`` shows a draft with its justering (who was asked, who approved, the log), and each
justering step that fails shows the same page with the reason; so the page's context and the
justering's document (the PDF an adjuster approves, and its hash) live here, below the route modules
that use them (authoring, authoring_edit, authoring_justering): they import this module, not each other.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections import OrderedDict
from datetime import date
from pathlib import Path

from fastapi import HTTPException, Request

from ...render import FORMATS, render
from ...store.accounts import SEKRETARIAT, Account, same_organisation
from ...store.authoring import DRAFT, JUSTERAD, JUSTERING, PUBLISHED, AuthoredMeeting, current, file_by_sha, history
from ...store.authoring_justering import (STATE_WORDS, adjuster_choices, audit_log, current_round, posts_anslag,
                                          published_anslag)
from ...store.authoring_sources import proposals, roster
from ...swedish.fold import slug
from ..auth import CSRF_FIELD, ensure_role, signed_in_now
from .account import account_json

KIND_WORDS = {"agenda": "kallelse och dagordning", "minutes": "minnesanteckningar", "protocol": "protokoll"}
NO_STORE = {"Cache-Control": "no-store"}
TEMPLATES_ENV = "PROTOKOLL_TEMPLATES"  #: folder of the organisations' own templates
STEP_WORDS = {"sparad": "sparade en ändring", "sent": "skickade för justering", "approved": "justerade",
              "returned": "returnerade för ändring", "withdrawn": "tog tillbaka från justering",
              "justerad": "justeringen klar", "published": "publicerade"}


def load(request: Request, account: Account, meeting_id: int, role: str | None = None):
    """(meeting, current version); 404 for a meeting the account has no role in (its drafts are not shown)."""
    with request.app.state.web.sessions() as s:
        meeting = s.get(AuthoredMeeting, meeting_id)
        if meeting is None or not any(same_organisation(meeting.organisation, o) for o in account.organisations()):
            raise HTTPException(404, "Mötet finns inte.")
        if role is not None:
            ensure_role(account, role, meeting.organisation)
        return meeting, current(s, meeting_id)


def organisation_template(app, organisation: str, kind: str, fmt: str) -> Path | None:
    """The organisation's own template of ``kind`` when it has one: ``<folder>/<organisation slug>/<kind>.docx``
    (``.html`` for HTML and PDF), the folder ``app.state.templates_dir`` or ``$PROTOKOLL_TEMPLATES``;
    None: the shipped default."""
    folder = getattr(app.state, "templates_dir", None) or os.environ.get(TEMPLATES_ENV)
    if not folder:
        return None
    found = Path(folder).expanduser() / slug(organisation) / f"{kind}.{'docx' if fmt == 'docx' else 'html'}"
    return found if found.is_file() else None


def meeting_context(request: Request, account: Account, meeting_id: int, error: str | None = None) -> dict:
    meeting, version = load(request, account, meeting_id)
    record = version.record
    with request.app.state.web.sessions() as s:
        known = roster(s, meeting.organisation, meeting.body)
        proposed = proposals(s, meeting.organisation, meeting.body, record["date"])
        versions = [{"version": v.version, "state": v.state, "saved_by": v.saved_by,
                     "saved_at": v.saved_at.isoformat(timespec="seconds")} for v in history(s, meeting_id)]
        files = {label: _file_json(s, meeting_id, label, sha) for label, sha in version.files.items()}
        justering = justering_context(request, s, meeting, version, account)
    present = {" ".join(a["name"].casefold().split()): a for a in record["attendees"]}
    people = known + [{"name": a["name"], "affiliation": a["affiliation"], "role": a["role"]}
                      for key, a in present.items()
                      if key not in {" ".join(p["name"].casefold().split()) for p in known}]
    for p in people:
        a = present.get(" ".join(p["name"].casefold().split()))
        p["status"] = "absent" if a is None else ("substitute" if a["role"] == "ersättare" else "present")
    base = f"/-/skriv/{meeting_id}"
    return {"title": f"{meeting.body} {record['date']}", "user": account_json(account), "error": error,
            "id": meeting_id, "url": base, "organisation": meeting.organisation, "body": meeting.body,
            "state": version.state, "version": version.version, "versions": versions,
            "kind": record["kind"], "kind_words": KIND_WORDS, "record": record, "roster": people,
            "proposals": proposed, "files": files, "reservations": version.notes.get("reservations", {}),
            "editable": account.has_role(SEKRETARIAT, meeting.organisation) and version.state != JUSTERING,
            "justering": justering,
            "documents": {fmt: f"{base}/dokument.{fmt}" for fmt in FORMATS},
            CSRF_FIELD: signed_in_now(request).csrf_token}


def _file_json(session, meeting_id: int, label: str, sha: str) -> dict:
    row = file_by_sha(session, sha)
    return {"label": label, "sha256": sha, "name": row.name, "size": row.size, "media_type": row.media_type,
            "url": f"/-/skriv/{meeting_id}/bilaga/{sha}"}


_PDFS: OrderedDict[str, bytes] = OrderedDict()  #: the last rendered justering PDFs, by what they render
_PDFS_KEPT = 8
_PDFS_LOCK = threading.Lock()


def justering_pdf(app, organisation: str, record: dict) -> bytes:
    """The document an adjuster reads and approves: the record as the organisation's PDF (the same bytes
    each time for the same record and template; the last few are kept, as rendering takes a while)."""
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
