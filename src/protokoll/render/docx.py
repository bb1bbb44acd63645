"""DOCX: docxtpl fills a Word template (the kind's default, or an organisation's own) with the view."""

from __future__ import annotations

import io
from pathlib import Path

from .context import View
from .errors import RenderError
from .make_templates import HERE, fixed_zip


def default_template(kind: str) -> Path:
    return HERE / f"{kind}.docx"


def render_docx(view: View, template: Path | None = None) -> bytes:
    """The view in ``template`` (default: the shipped template of its kind) as .docx bytes."""
    from docxtpl import DocxTemplate
    from jinja2 import TemplateError

    path = template or default_template(view.kind)
    try:
        doc = DocxTemplate(str(path))
        doc.render({"v": view.as_dict()}, autoescape=True)
        out = io.BytesIO()
        doc.save(out)
    except TemplateError as err:
        raise RenderError(f"{path}: template error ({err})") from None
    except Exception as err:  # an organisation's file: missing, not a Word file, a broken package
        raise RenderError(f"{path}: not a usable Word template ({type(err).__name__}: {err})") from None
    return fixed_zip(out.getvalue())
