"""Plain text: UTF-8 (with or without BOM), UTF-16 (BOM or zero-byte pattern), cp1252/latin-1."""

from __future__ import annotations

import codecs

from .text import Page, ReadError

TEXT_EXPECTED = "not a text document"  #: the reason's start for binary bytes read as text


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode text bytes; returns (text, encoding). Raises ReadError for binary data."""
    if data.startswith(codecs.BOM_UTF8):
        return _checked(data[3:].decode("utf-8", errors="replace"), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(data.decode("utf-16", errors="replace"), "utf-16")
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(b"\x00") > len(sample) // 4:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        enc = "utf-16-le" if odd > even else "utf-16-be"
        return _checked(data.decode(enc, errors="replace"), enc)
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _checked(data.decode("cp1252", errors="replace"), "cp1252")


def _checked(text: str, encoding: str) -> tuple[str, str]:
    if not text.strip():
        raise ReadError("no text in file")
    bad = sum(1 for ch in text if (ch < " " and ch not in "\t\n\r\f\v") or ch == "\ufffd")
    if bad > max(8, len(text) // 50):
        raise ReadError(f"{TEXT_EXPECTED} (binary content)")
    return text, encoding


def read_txt(data: bytes) -> tuple[list[Page], str]:
    """A text file as pages split at form feeds."""
    text, encoding = decode_text(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages = [Page(n, t, "text") for n, t in enumerate(text.split("\f"), start=1)]
    return pages, encoding
