"""Stage `read`: bytes -> ``Text`` with per-page provenance.

Every reader has the same signature, ``read_X(data: bytes) -> list[Page]``;
``read_document`` detects the format by content (never by extension) and
raises ``ReadError`` with a one-line, user-facing reason for anything it
cannot read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_MAX_BYTES = 100 * 1024 * 1024


class ReadError(Exception):
    """A document that cannot be read; ``str(err)`` is the reason shown to the user."""


@dataclass
class Page:
    number: int  #: 1-based
    text: str
    method: str = "text"  #: text | docx | text_layer | ocr | needs_ocr
    confidence: float | None = None  #: mean OCR confidence, 0-100


@dataclass
class Text:
    """A document's text, page by page, with what the reader saw."""

    format: str  #: txt | docx | pdf | image
    pages: list[Page]
    encoding: str | None = None  #: for plain text
    headers: list[str] = field(default_factory=list)  #: DOCX headers/footers, kept apart

    @property
    def text(self) -> str:
        """All pages joined by form feeds (page breaks)."""
        return "\f".join(p.text for p in self.pages)

    def page_at(self, offset: int) -> int:
        """The 1-based page holding character ``offset`` of ``self.text``."""
        pos = 0
        for p in self.pages:
            pos += len(p.text) + 1
            if offset < pos:
                return p.number
        return self.pages[-1].number if self.pages else 1


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
