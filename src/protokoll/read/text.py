"""What a reader gives: a document's ``Text``, page by page, or a ``ReadError`` with the reason."""

from __future__ import annotations

from dataclasses import dataclass, field


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
