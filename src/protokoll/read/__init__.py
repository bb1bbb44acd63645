"""Stage `read`: bytes -> ``Text`` with per-page provenance.

Every reader has the same signature, ``read_X(data: bytes) -> list[Page]``;
``read_document`` detects the format by content (never by extension) and
raises ``ReadError`` with a one-line, user-facing reason for anything it
cannot read.
"""

from __future__ import annotations

from .text import Page, ReadError, Text

__all__ = ["DEFAULT_MAX_BYTES", "Page", "ReadError", "Text", "detect_format", "read_document"]

DEFAULT_MAX_BYTES = 100 * 1024 * 1024


def detect_format(data: bytes) -> str:
    """The document format by its first bytes: pdf | docx | image | txt."""
    head = data[:8]
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")):
        return "image"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "ole"
    return "txt"


def read_document(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Text:
    """Read one document's bytes into ``Text``; raises ``ReadError``."""
    if not data:
        raise ReadError("empty file")
    if len(data) > max_bytes:
        raise ReadError(f"file is {len(data) / 1e6:.1f} MB, over the limit of {max_bytes / 1e6:.0f} MB")
    fmt = detect_format(data)
    if fmt == "pdf":
        from .pdf import read_pdf
        return Text("pdf", read_pdf(data))
    if fmt == "docx":
        from .docx import read_docx
        pages, headers = read_docx(data)
        return Text("docx", pages, headers=headers)
    if fmt == "image":
        from .ocr import read_image
        return Text("image", read_image(data))
    if fmt == "ole":
        if "EncryptedPackage".encode("utf-16-le") in data:  # an encrypted .docx/.xlsx
            raise ReadError("password-protected document")
        raise ReadError("legacy binary Word/Office file (.doc): save it as .docx or PDF")
    from .txt import read_txt
    pages, encoding = read_txt(data)
    return Text("txt", pages, encoding=encoding)
