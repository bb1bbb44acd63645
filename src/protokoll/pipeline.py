"""Wiring of the stages for one file: read -> repair -> parse. No stage logic lives here.

``prepare`` does the work that depends on the file alone (it runs in a worker
process, see ``protokoll.workers``); ``complete`` the part that depends on the
archive stored so far (the year of an undated record, a missing organisation),
in input order. Repair and parse are imported by the functions that run them:
the writing process of an ingest runs neither (``workers.PRELOAD`` imports
them once in the fork server).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .read import DEFAULT_MAX_BYTES, ReadError, read_document
from .read.txt import TEXT_EXPECTED
from .record import Evidence, MeetingRecord
from .sources import SUFFIXES, Source, collect_sources, read_source  # noqa: F401  (SUFFIXES: the public name)
from .stored_form import NAME_MAX, Incoming, prepared

Known = tuple[str, str | None, str | None, str | None]


class ProcessError(Exception):
    """One file that could not be processed; ``str`` is the user-facing reason."""


def collect(paths: list[Path], follow_links: bool = False) -> list[Path]:
    """Files named and the document files under folders named (recursive, sorted); entries
    that cannot be read are left out (``sources.collect_sources`` names them)."""
    return [s.path for s in collect_sources(paths, follow_links) if isinstance(s, Source)]


def load(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, str]:
    """The file's bytes and SHA-256, refusing anything but a regular file of at most ``max_bytes``."""
    try:
        data = read_source(path, max_bytes)
    except ValueError as err:
        raise ProcessError(str(err)) from None
    return data, hashlib.sha256(data).hexdigest()


def prepare(stored: str, name: str, data: bytes, sha256: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Incoming:
    """Read, repair and parse one document's bytes (``stored``: the path the database keeps)."""
    from .parse import parse_text  # imported where documents are parsed (the workers), not by the writer
    from .repair import repair_text

    try:
        text = read_document(data, max_bytes=max_bytes)
    except ReadError as err:
        raise ProcessError(_as_named(str(err), name)) from None
    for page in text.pages:  # NUL is no character of any document; PostgreSQL cannot store it
        if "\x00" in page.text:
            page.text = page.text.replace("\x00", "")
    repaired, changes = repair_text(text.text)
    if not repaired.strip():
        raise ProcessError("no text found in document")
    record = _bounded(parse_text(repaired, source=name))
    return Incoming(path=stored, name=name, sha256=sha256, size=len(data),
                    text=text, parsed_text=repaired, record=record, changes=changes, data=data)


def prepare_stored(stored: str, name: str, data: bytes, sha256: str,
                   max_bytes: int = DEFAULT_MAX_BYTES) -> Incoming:
    """``prepare``, and the stored form of the record (``store.prepared``): an ingest's job in a
    worker process, which leaves the writing process only the writing. The bytes are not sent
    back (the caller has them)."""
    from .parse.confidence import not_a_meeting

    incoming = prepare(stored, name, data, sha256, max_bytes)
    incoming.stored = prepared(incoming)
    incoming.stored.not_meeting = not_a_meeting(incoming.record, incoming.parsed_text)
    incoming.stored.judged = True
    incoming.data = None
    return incoming


#: what a file's name promises, for binary bytes without that format's header (the reader goes by content only)
_PROMISED = {".png": "image", ".jpg": "image", ".jpeg": "image", ".tif": "image", ".tiff": "image",
             ".pdf": "PDF", ".docx": "Word document"}


def _as_named(reason: str, name: str) -> str:
    """A binary file named as an image (or PDF, Word file) is "not a readable image", not "not a text document"."""
    promised = _PROMISED.get(Path(name).suffix.lower())
    if promised and reason.startswith(TEXT_EXPECTED):
        return f"not a readable {promised} (binary content without its header)"
    return reason


def needs_archive(incoming: Incoming, known: list[Known]) -> bool:
    """Whether ``complete`` may change the record: it lacks a date or an organisation."""
    facts = incoming.facts
    return bool(known) and (facts.date is None or facts.organization is None)


def complete(incoming: Incoming, known: list[Known]) -> Incoming:
    """Complete a record from ``known`` (organisation, body, date, next meeting) of the archive."""
    from .parse import parse_text
    from .parse.context import archive_year, complete_from_archive

    rec, repaired = incoming.record, incoming.parsed_text
    if rec.date is None and (year := archive_year(repaired, known)):
        rec = _bounded(parse_text(repaired, source=incoming.name, year_hint=year))
    complete_from_archive(rec, repaired, known)
    incoming.record = _bounded(rec)
    if incoming.stored is not None:  # made from the record before it was completed
        incoming.stored = prepared(incoming)
    return incoming


def process(path: Path, data: bytes, sha256: str, max_bytes: int = DEFAULT_MAX_BYTES,
            known: list[Known] | None = None) -> Incoming:
    """Read, repair and parse one document's bytes; ``known`` (organisation, body) pairs of the
    archive complete a record that names neither."""
    from .sources import stored_text

    incoming = prepare(stored_text(path.resolve()), stored_text(Path(path.name)), data, sha256, max_bytes)
    return complete(incoming, known or [])


def _bounded(record: MeetingRecord) -> MeetingRecord:
    """No organisation or body name longer than the database keeps: such a value is a misreading
    (a paragraph taken for a name), so it becomes null and its evidence says why."""
    for field in ("organization", "body"):
        value = getattr(record, field)
        if value is not None and len(value) > NAME_MAX:
            setattr(record, field, None)
            record.evidence.append(Evidence(field, 0, 0, 0, f"abstained: {len(value)} characters, "
                                                              f"over the {NAME_MAX} a name may have"))
    return record
