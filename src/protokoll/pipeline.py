"""Wiring of the stages for one file: read -> repair -> parse. No stage logic lives here."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .link.enrich import archive_year, complete_from_archive
from .parse import parse_text
from .read import DEFAULT_MAX_BYTES, ReadError, read_document
from .repair import repair_text
from .store import Incoming

SUFFIXES = {".txt", ".text", ".md", ".docx", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".doc"}


class ProcessError(Exception):
    """One file that could not be processed; ``str`` is the user-facing reason."""


def collect(paths: list[Path]) -> list[Path]:
    """Files named and the document files under folders named (recursive, sorted)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                          and not f.name.upper().startswith("README")
                          and not any(part.startswith(".") for part in f.relative_to(p).parts))
        else:
            out.append(p)
    return out


def load(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, str]:
    """The file's bytes and SHA-256, refusing files over ``max_bytes`` before reading them."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ProcessError(f"file is {size / 1e6:.1f} MB, over the limit of {max_bytes / 1e6:.0f} MB")
        data = path.read_bytes()
    except OSError as err:
        raise ProcessError(err.strerror or str(err)) from None
    return data, hashlib.sha256(data).hexdigest()


def process(path: Path, data: bytes, sha256: str, max_bytes: int = DEFAULT_MAX_BYTES,
            known: list[tuple[str, str | None, str | None, str | None]] | None = None) -> Incoming:
    """Read, repair and parse one document's bytes; ``known`` (organisation, body) pairs of the
    archive complete a record that names neither."""
    try:
        text = read_document(data, max_bytes=max_bytes)
    except ReadError as err:
        raise ProcessError(str(err)) from None
    repaired, changes = repair_text(text.text)
    if not repaired.strip():
        raise ProcessError("no text found in document")
    record = parse_text(repaired, source=path.name)
    if record.date is None and (year := archive_year(repaired, known or [])):
        record = parse_text(repaired, source=path.name, year_hint=year)
    complete_from_archive(record, repaired, known or [])
    return Incoming(path=str(path.resolve()), name=path.name, sha256=sha256, size=len(data),
                    text=text, parsed_text=repaired, record=record, changes=changes, data=data)
