"""PDF: WeasyPrint's print of the HTML page (its @page CSS gives A4 and page numbers)."""

from __future__ import annotations

import os

from .errors import RenderError


def render_pdf(page: str) -> bytes:
    # fontTools stamps subset fonts with the current time unless this is set: same input, same bytes
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1704067200")
    try:
        import weasyprint
    except ImportError:
        raise RenderError("PDF output needs WeasyPrint (pip install weasyprint==70.0)") from None
    return weasyprint.HTML(string=page).write_pdf()
