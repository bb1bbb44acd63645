"""Link the stored archive once per change and keep the answer: store -> link -> store.

Linking reads every current record, so its cost grows with the archive; its
answer changes only when the stored data does. So it runs where the data
changes (at the end of every ``protokoll ingest`` batch, :func:`refresh`; after
a manual correction, the first reader links), and its answer is stored as a
snapshot (:mod:`protokoll.link.snapshot`, table ``link_snapshots``) that
every web worker loads (:func:`linked_archive`) instead of linking again.
A snapshot is used only for the exact state of the data it was made from
(:func:`archive_key`) and by the same linker code (:func:`linker_version`):
a database written by an older version is linked again on first use.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import time
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from .link.chain import Source
from .link.snapshot import LinkResult, SnapshotError, decode, encode
from .store.cases import AssignmentMark, CaseCorrection
from .store.links import has_snapshot, save_snapshot, stored_snapshot
from .store.models import Document
from .store.people import PersonCorrection

log = logging.getLogger(__name__)


@cache
def linker_version() -> str:
    """A digest of the code that decides links (link/ and the language it uses, swedish/): a snapshot of
    other code is not trusted."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted([*root.joinpath("link").glob("*.py"), *root.joinpath("swedish").glob("*.py")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _key_statement():
    """One statement for :func:`archive_key` (plain SQL: the web app runs it often)."""
    parts = [(Document, "id"), (CaseCorrection, "id"), (PersonCorrection, "id"), (AssignmentMark, "marked_at")]
    columns = [f"(SELECT {fn}({col}) FROM {model.__tablename__})"
               for model, col in parts for fn, col in (("count", "*"), ("max", col))]
    return text("SELECT " + ", ".join(columns))


_KEY = _key_statement()


def archive_key(session: Session) -> tuple:
    """What changes whenever the linking answer may change (one statement).

    The count and highest id of the documents (a changed file is stored as a
    new document, and only that makes the old one not current; counting all
    of them, not only the current ones, saves reading each), and the same of
    the manual corrections (a merge, split, rename or a closed assignment).
    """
    row = session.execute(_KEY).one()
    return tuple(row[:7]) + (str(row[7]),)


def snapshot_key(key: tuple) -> str:
    """The stored form of an archive key, with the linker version."""
    return json.dumps([linker_version(), *key], default=str)


def sources(session: Session) -> list[Source]:
    """Every current record as a chain source (a snapshot names its meetings by id)."""
    from .store import current_records

    return [Source(r.meeting_id, r.document_name, r.record) for r in current_records(session)]


def link_all(session: Session) -> LinkResult:
    """Link every current record now, manual corrections applied (the records are read once)."""
    from .link import chain as chain_, orgs as orgs_
    from .link.cases import Correction, build_cases, collect_items
    from .link.people import apply_corrections, link_people
    from .store import current_records
    from .store.cases import case_corrections
    from .store.people import corrections

    records = current_records(session, text=True)
    chain = chain_.build_chain([Source(r.meeting_id, r.document_name, r.record) for r in records])
    items = collect_items(chain)
    cases = build_cases(chain, [Correction(c.action, c.item, c.other, c.title, c.batch)
                                for c in case_corrections(session)], items)
    meetings = [orgs_.Source(r.meeting_id, r.date, r.organization, r.body, r.record, r.text) for r in records]
    people = apply_corrections(link_people(meetings), corrections(session))
    return LinkResult(chain, items, cases, people, orgs_.link_orgs(meetings))


def relink(session: Session):
    """Link every current record and make the linked tables say so (the caller commits).

    -> ``store.linked.LinkReport``: per table inserted / updated / unchanged / deleted.
    """
    from .link.rows import to_rows
    from .store.linked import write_linked

    started = time.perf_counter()
    with gc_paused():
        result = link_all(session)
        rows = to_rows(result.chain, result.items, result.cases, result.people, result.orgs)
    return write_linked(session, rows, time.perf_counter() - started)


def refresh(session: Session, force: bool = False) -> bool:
    """Link the archive and store the answer, unless the stored one is current (or ``force``). True when it linked."""
    key = snapshot_key(archive_key(session))
    if has_snapshot(session, key) and not force:
        return False
    with gc_paused():
        _link_and_store(session, key)
    return True


@contextmanager
def gc_paused():
    """No cyclic garbage collection while millions of small objects are made.

    Each collection walks every tracked object, and making a linked archive
    triggers many: a third to a half of its time at 20,000 meetings. The
    objects made here hold no cycles that need collecting.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def linked_archive(session: Session, key: tuple | None = None) -> LinkResult:
    """The linked archive of the stored data: the stored snapshot, or linked now (and stored).

    ``key`` is the caller's :func:`archive_key` when it has read it already.
    A snapshot that cannot be read (damaged, another layout) is replaced.
    """
    with gc_paused():
        return _linked_archive(session, key)


def _linked_archive(session: Session, key: tuple | None) -> LinkResult:
    stored_key = snapshot_key(key if key is not None else archive_key(session))
    blob = stored_snapshot(session, stored_key)
    if blob is not None:
        try:
            return decode(blob, sources(session))
        except SnapshotError as exc:
            log.warning("stored link snapshot not used (%s); linking again", exc)
    return _link_and_store(session, stored_key)


def _link_and_store(session: Session, key: str) -> LinkResult:
    from .link.rows import to_rows
    from .store.linked import write_linked

    started = time.perf_counter()
    result = link_all(session)
    seconds = time.perf_counter() - started
    try:
        write_linked(session, to_rows(result.chain, result.items, result.cases, result.people, result.orgs),
                     seconds)
        save_snapshot(session, key, encode(result), seconds)
        session.commit()
    except SQLAlchemyError as exc:  # a read-only database still shows the archive
        session.rollback()
        log.warning("link snapshot not stored: %s", exc)
    log.info("linked the archive in %.1f s", seconds)
    return result
