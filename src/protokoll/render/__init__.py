"""Documents out: a meeting record rendered as HTML, PDF or DOCX.

Three kinds of template, chosen by the record's ``kind``: a kallelse/dagordning
(``agenda``), minnesanteckningar (``minutes``) and a protokoll with §§,
justerare, signatures and, when given, the ANSLAG/BEVIS block (``protocol``).
HTML comes from Jinja2 templates (autoescaped), PDF is WeasyPrint's print of
that HTML (A4, page numbers), DOCX is docxtpl filling a Word template: the
default one shipped here per kind, or an organisation's own (``template``).
The words all three print come from :mod:`protokoll.render.context`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .context import Anslag, View, build
from .errors import RenderError

FORMATS = ("docx", "pdf", "html")

__all__ = ["Anslag", "FORMATS", "RenderError", "agenda_of", "render", "view_of"]


def view_of(record: Any, anslag: Anslag | None = None, signed: dict[str, str] | None = None) -> View:
    """The document words of a ``MeetingRecord`` or its ``meeting-record/1`` dict."""
    data = record.to_dict() if hasattr(record, "to_dict") else record
    if not isinstance(data, dict) or "items" not in data:
        raise RenderError("not a meeting-record/1 record")
    return build(data, anslag, signed)


def render(record: Any, fmt: str, *, template: Path | None = None, anslag: Anslag | None = None,
           signed: dict[str, str] | None = None) -> bytes:
    """The record as a document of format ``fmt`` (docx | pdf | html). ``template``: a DOCX
    template for docx, an HTML (Jinja2) template for html and pdf; default: the shipped one.
    ``anslag``: the protocol's ANSLAG/BEVIS; ``signed``: name -> ISO date of each approval in the app."""
    if fmt not in FORMATS:
        raise RenderError(f"unknown format {fmt!r} (use one of {', '.join(FORMATS)})")
    if template is not None and (template.suffix.lower() == ".docx") != (fmt == "docx"):
        need = "a .docx template" if fmt == "docx" else "an HTML (Jinja2) template"
        raise RenderError(f"{template}: {fmt.upper()} is rendered from {need}")
    view = view_of(record, anslag, signed)
    if fmt == "docx":
        from .docx import render_docx
        return render_docx(view, template)
    from .html import render_html
    page = render_html(view, template)
    if fmt == "html":
        return page.encode("utf-8")
    from .pdf import render_pdf
    return render_pdf(page)


def agenda_of(record: dict) -> dict:
    """The kallelse/dagordning of a meeting: its items as proposed, without what the meeting decided
    (nor who attended: the default kallelse template lists no one)."""
    return {**record, "kind": "agenda", "chair": None, "secretary": None, "attendees": [],
            "items": [{**i, "decisions": [], "dissent": [], "assignments": [], "forwarded_to": []}
                      for i in record["items"]]}
