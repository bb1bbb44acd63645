"""``/dokument/{id}``: one source document version, its provenance and its text."""

from __future__ import annotations

import json

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from ...query.documents import document_versions
from ...store.models import Document
from ...store.originals import original_bytes
from ..state import state
from ..data import KIND_LABELS, METHOD_LABELS
from ..originals import ORIGINAL_CSP, disposition, media_type
from ..params import row_id
from ..repairs import reason_sv
from ..render import page, respond
from ..urls import document_url, meeting_url

router = APIRouter()


@page(router, "/dokument/{document_id}", "document", "Ett källdokument: proveniens och text")
def document(request: Request, document_id: str):
    with state(request).sessions() as session:
        number = row_id(document_id)
        doc = session.get(Document, number) if number is not None else None
        if doc is None:
            raise HTTPException(404, f"Dokument {document_id} finns inte.")
        versions = document_versions(session, doc.path)
        context = document_context(doc, versions)
    return respond(request, "document.html", context)


@router.get("/dokument/{document_id}/original", name="original",
            summary="Originalfilen som den lästes in (PDF visas i webbläsaren, annat laddas ned)",
            response_class=Response, responses={404: {"description": "Dokumentet eller dess fil finns inte"}})
def original(request: Request, document_id: str):
    with state(request).sessions() as session:
        number = row_id(document_id)
        doc = session.get(Document, number) if number is not None else None
        if doc is None:
            raise HTTPException(404, f"Dokument {document_id} finns inte.")
        data = original_bytes(session, doc.sha256)
        if data is None:
            raise HTTPException(404, f"Originalfilen till dokument {document_id} sparades inte "
                                     "(inläst före version 0011); läs in filen igen så sparas den.")
        return Response(data, media_type=media_type(doc.format, data),
                        headers={"Content-Disposition": disposition(doc.name, doc.format),
                                 "Content-Security-Policy": ORIGINAL_CSP})


def document_context(doc: Document, versions) -> dict:
    """Where the text came from: file, format, version, hash, and per page the reading method."""
    pages = [{**p, "method_label": METHOD_LABELS.get(p.get("method"), p.get("method")),
              "confidence": round(p["confidence"], 1) if p.get("confidence") is not None else None}
             for p in json.loads(doc.pages_json or "[]")]
    meeting = doc.meeting
    return {
        "title": f"Dokument {doc.name}",
        "document": {"id": doc.id, "name": doc.name, "format": doc.format, "size": doc.size,
                     "version": doc.version, "current": doc.current, "sha256": doc.sha256,
                     "ingested_at": doc.ingested_at.isoformat(timespec="seconds") if doc.ingested_at else None,
                     "pages": pages, "text": doc.text, "url": document_url(doc.id),
                     "original_url": document_url(doc.id) + "/original",
                     "raw_text": doc.raw_text, "repairs": [{**c, "reason_sv": reason_sv(c.get("reason", ""))}
                                 for c in json.loads(doc.changes_json or "[]")]},
        "meeting": {"id": meeting.id, "date": meeting.date, "organization": meeting.organization,
                    "body": meeting.body, "kind_label": KIND_LABELS.get(meeting.kind or "", ""),
                    "url": meeting_url(meeting.id) if doc.current else None} if meeting else None,
        "versions": [{"id": v.id, "version": v.version, "current": v.current, "url": document_url(v.id)}
                     for v in versions],
    }
