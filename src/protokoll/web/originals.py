"""How an original file is sent: its media type and whether the browser shows or saves it."""

from __future__ import annotations

from urllib.parse import quote

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_IMAGES = ((b"\x89PNG", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"II*\x00", "image/tiff"),
           (b"MM\x00*", "image/tiff"))


def media_type(fmt: str, data: bytes) -> str:
    """The Content-Type of a stored file of format ``fmt`` (txt | docx | pdf | image)."""
    if fmt == "pdf":
        return "application/pdf"
    if fmt == "docx":
        return DOCX
    if fmt == "image":
        return next((kind for magic, kind in _IMAGES if data.startswith(magic)), "application/octet-stream")
    return "text/plain"  # no charset: the bytes are sent as ingested, in whatever encoding they had


#: For an original shown in the browser: no scripts, nothing loaded from elsewhere, but the PDF viewer
#: (a plugin, which the site-wide ``object-src 'none'`` would block) may show it; never inside a frame.
ORIGINAL_CSP = ("default-src 'none'; object-src 'self'; img-src 'self' data:; style-src 'unsafe-inline'; "
                "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


def disposition(name: str, fmt: str) -> str:
    """``inline`` for PDF (it opens in the browser), ``attachment`` for the rest; the name kept (RFC 6266)."""
    ascii_name = "".join(c if c.isascii() and c.isprintable() and c not in '"\\;' else "_" for c in name)
    kind = "inline" if fmt == "pdf" else "attachment"
    return f"{kind}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"
