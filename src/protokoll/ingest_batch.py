"""One ingest run's state and its storing (:class:`Batch`): the entries' bytes read, jobs handed to the worker
pool, the answers completed from the archive and written in input order, many files per transaction with a
SAVEPOINT per file. Split from :mod:`protokoll.ingest`, whose :func:`~protokoll.ingest.ingest_paths` drives it.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass

from .ingest_report import Report
from .sources import Refused, Skipped, Source, read_source
from .workers import JobFailed, Pool, internal_reason


class NotAMeeting(Exception):
    """A file read that holds no meeting document; ``str`` is what it lacks."""


@dataclass
class _Slot:
    """One entry on its way: a failure known already, stored bytes, or a job in the pool."""

    shown: str
    stored: str = ""  #: the path the database keeps
    name: str = ""  #: the file name the database keeps
    sha: str = ""
    data: bytes | None = None  #: the file's bytes until they are stored
    known: bool = False  #: the archive holds these bytes: nothing to read
    status: str | None = None
    failure: str | None = None
    job: object | None = None
    skipped: str | None = None  #: why the entry is no meeting document


class Batch:
    """The state of one run: database, pool, the archive's known bodies, the report.

    The files are stored in input order through one session, many files per
    transaction (:data:`COMMIT_FILES`, :data:`COMMIT_SECONDS`): each file in a
    SAVEPOINT of its own, so a file that fails is undone alone and the others
    stay. A file's outcome is counted once its transaction is committed; if
    the commit fails, every file of that transaction is reported failed with
    the reason (nothing of them was stored, an ingest again stores them). The
    transaction is committed before waiting long for a worker, so a slow file
    does not keep the database locked.
    """

    COMMIT_FILES = 500  #: files per transaction at most
    GROUP_FILES = 100  #: new files written together (``store.bulk``) at most
    GROUP_BYTES = 16_000_000  #: ... and the bytes they may hold until written
    COMMIT_SECONDS = 1.0  #: a transaction open this long is committed after the file being stored
    PATIENCE = 0.2  #: seconds to wait for a worker before the open transaction is committed

    def __init__(self, sessions, pool: Pool, max_bytes: int, report: Report) -> None:
        self.pool, self.max_bytes, self.report = pool, max_bytes, report
        self.session = sessions()
        self._known: list | None = None  #: the archive's bodies, read when a record first needs them
        self.open: list[_Slot] = []  #: stored in the open transaction, counted when it commits
        self.group: list[tuple[_Slot, object]] = []  #: files to be written together, with their ``Incoming``
        self.group_bytes = 0
        self._seen: set[str] = set()  #: the bytes of the files given to the group so far
        self.began = 0.0
        self.submitted = 0  #: jobs handed to the pool
        self._handed: set[str] = set()  #: the bytes handed to the pool so far
        self._held_any: bool | None = None  #: whether the archive held any document when the batch began

    def known(self) -> list:
        """The archive's known bodies (``store.known_bodies``): read once per batch, when a record lacks
        a date or an organisation (reading them costs a pass over every stored record), then kept up
        to date as records are stored."""
        if self._known is None:
            from .store import known_bodies

            self.flush()  # the bodies of the files waiting to be written are read with the others
            self._known = known_bodies(self.session)
        return self._known

    def start(self, entry: Source | Refused | Skipped) -> _Slot:
        """Read the entry's bytes; a failure or skip now, known bytes, or a job for the pool."""
        from .pipeline import prepare_stored

        if isinstance(entry, Refused):
            return _Slot(entry.shown, failure=entry.reason)
        if isinstance(entry, Skipped):
            return _Slot(entry.shown, skipped=entry.reason)
        slot = _Slot(entry.shown, entry.stored, entry.name)
        try:
            slot.data = read_source(entry.path, self.max_bytes)
            slot.sha = hashlib.sha256(slot.data).hexdigest()
            slot.known = self._holds(slot.sha)
        except ValueError as err:
            return _Slot(entry.shown, failure=str(err))
        except Exception as err:  # the database, most likely: name it, go on
            return _Slot(entry.shown, failure=internal_reason(err))
        if not slot.known:
            if not self.submitted:
                import_linkers()
            self.submitted += 1
            self._handed.add(slot.sha)
            slot.job = self.pool.submit(prepare_stored, slot.stored, slot.name, slot.data, slot.sha, self.max_bytes)
        return slot

    def _holds(self, sha: str) -> bool:
        """Whether the archive holds these bytes (``store.holds``); asked only when it held any document when
        the batch began or the bytes were handed on in it before (a first ingest: none of its files is)."""
        from .store import holds, holds_any

        if self._held_any is None:
            self._held_any = holds_any(self.session)
        return (self._held_any or sha in self._handed) and holds(self.session, sha)

    def warm_linkers(self) -> None:
        """Once every file is handed to the pool: each worker imports the linkers after its last file (while
        the others read theirs and this process stores the last ones), so that the link's job for a worker
        (``linking.people_job``) does not begin with the import; what a worker's part runs (``linking_parts``),
        not the database layer. Nothing when no file was read."""
        from . import linking_parts as parts

        if self.submitted:
            for _ in range(self.pool.limits.jobs):
                self.pool.submit(parts.warm)

    def finish(self, slot: _Slot) -> None:
        """Wait for the slot's job, complete its record from the archive and store it."""
        from .store.versions import StoreError

        if slot.failure is None and slot.skipped is None:
            try:
                slot.status = self._store(slot)
            except NotAMeeting as err:
                slot.skipped = str(err)
            except (JobFailed, StoreError) as err:
                slot.failure = str(err)
            except Exception as err:  # a bug or the database: this file fails, the batch goes on
                slot.failure = internal_reason(err)
        slot.data = None
        if slot.failure is not None:
            self.report.fail(slot.shown, slot.failure)
            return
        if slot.skipped is not None:  # nothing of it was stored
            self.report.skip(slot.shown, slot.skipped)
            return
        self.open.append(slot)
        if len(self.group) >= self.GROUP_FILES or self.group_bytes >= self.GROUP_BYTES:
            self.flush()
        if len(self.open) >= self.COMMIT_FILES or time.monotonic() - self.began >= self.COMMIT_SECONDS:
            self.commit()

    def commit(self) -> None:
        """Commit the open transaction and count its files; if that fails, they fail."""
        self.flush()
        done, self.open = self.open, []
        try:
            self.session.commit()
        except Exception as err:
            self.session.rollback()
            for slot in done:
                self.report.fail(slot.shown, internal_reason(err))
            return
        for slot in done:
            if slot.status is not None:  # None: its group was stopped before it was written
                self.report.count(slot.status)

    def flush(self) -> None:
        """Write the files waiting in the group (``store.bulk.save_many``, in a SAVEPOINT); when that
        fails, each one in a SAVEPOINT of its own, so that a failing file is undone and named alone."""
        from .store import save
        from .store.bulk import save_many
        from .store.versions import StoreError, save_in_savepoint

        group, self.group, self.group_bytes = self.group, [], 0
        if not group:
            return
        point = self.session.begin_nested()
        try:
            statuses = save_many(self.session, [incoming for _, incoming in group], save)
            point.commit()
        except Exception:
            point.rollback()
            statuses = None
        except BaseException:  # stopped: nothing of the group was stored, none of it is counted
            point.rollback()
            self.open = [s for s in self.open if all(s is not slot for slot, _ in group)]
            raise
        for n, (slot, incoming) in enumerate(group):
            try:
                slot.status = statuses[n] if statuses is not None else save_in_savepoint(self.session, incoming, save)
            except StoreError as err:
                slot.failure = str(err)
            except Exception as err:  # a bug or the database: this file fails, the others stay
                slot.failure = internal_reason(err)
            incoming.data = None
            if slot.failure is not None:
                self.open.remove(slot)
                self.report.fail(slot.shown, slot.failure)

    def close(self) -> None:
        try:
            self.commit()
        finally:
            self.session.close()

    def _store(self, slot: _Slot) -> str:
        from .pipeline import complete, needs_archive, prepare_stored
        from .store import _name
        from .store.originals import keep_original
        from .store.versions import check_names, reuse

        if slot.known:
            self.flush()  # the files before it are written first: rows in input order
            self._begin()
            point = self.session.begin_nested()
            try:
                status = reuse(self.session, slot.sha, slot.stored)
                keep_original(self.session, slot.sha, slot.data)  # bytes stored before originals were kept
                point.commit()
            except BaseException:
                point.rollback()
                raise
            if status is not None:
                return status
            # known at start only through a file of a transaction whose commit failed: read it now
            slot.job = self.pool.submit(prepare_stored, slot.stored, slot.name, slot.data, slot.sha, self.max_bytes)
        incoming = self._result(slot.job)
        if (reason := _not_meeting(incoming)) is not None:
            raise NotAMeeting(reason)  # judged on the file alone, before the archive completes it
        rec = incoming.facts  # the record itself stays packed unless ``save`` reads it
        if (rec.date is None or rec.organization is None) and needs_archive(incoming, self.known()):
            incoming = self._result(self.pool.submit(complete, incoming, self.known(), first=True))
        incoming.data = slot.data
        rec = incoming.facts
        check_names(incoming.path, incoming.name)  # refused now, as ``save`` would, not when the group is written
        _name(rec.organization), _name(rec.body)
        self._begin()
        self.group.append((slot, incoming))  # written by ``flush``, which sets the slot's status
        self.group_bytes += len(slot.data)
        seen = incoming.sha256 in self._seen  # the same bytes again: ``save`` finds them unchanged
        self._seen.add(incoming.sha256)
        if not seen and rec.organization and self._known is not None:
            self._known.append((rec.organization, rec.body, rec.date, rec.next_date))
        return None

    def _result(self, job):
        """The job's value; the open transaction is committed first when the job keeps us waiting."""
        if self.open and not self.pool.wait(job, self.PATIENCE):
            self.commit()
        return self.pool.result(job)

    def _begin(self) -> None:
        from .store.versions import begin

        if begin(self.session) or not self.open:
            self.began = time.monotonic()


def import_linkers() -> None:
    """Import what linking the batch runs, before the first file is handed to the pool: the first job waits
    for the fork server to import the parser, and this process has nothing else to do meanwhile; imported
    after the last file instead, the import is the only work running (one CPU idle)."""
    from .linking import incremental, people_job, register_job  # noqa: F401
    from .store import linked, record_corrections  # noqa: F401
    from .swedish import dates, names  # noqa: F401  (the register's deadlines; given names: the people linker)


def _not_meeting(incoming) -> str | None:
    """Why the file read is no meeting document, or None: as the worker judged it, else judged now."""
    if incoming.stored is not None and incoming.stored.judged:
        return incoming.stored.not_meeting
    from .parse.confidence import not_a_meeting

    return not_a_meeting(incoming.record, incoming.parsed_text)
