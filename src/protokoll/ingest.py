"""The ingest library: every entry of the paths given read in worker processes, stored here, reported as it goes.

``protokoll ingest``, ``protokoll demo``, the web app's upload, the tests and
the benchmarks all call :func:`ingest_paths`; the command only formats its
:class:`Report` and draws a progress bar from the ``progress`` callback.

The parent process is the only writer: it collects the entries
(``protokoll.sources``), reads each file's bytes (bounded by the size limit),
skips bytes the archive holds, hands the rest to the worker pool
(``protokoll.workers``: time and memory limits per file) and stores the
answers in input order, one transaction per file, so the outcome does not
depend on how many workers ran. Every failure is reported the moment it is
known; the counts come at the end. A file read that is no meeting document
(``parse.confidence.not_a_meeting``) and a README are skipped: named with
the reason and counted, nothing stored.
"""

from __future__ import annotations

import hashlib
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .sources import Refused, Skipped, Source, collect_sources, read_source
from .workers import JobFailed, Limits, Pool, internal_reason

#: the outcomes in the order the summary names them, each as (singular, plural) in Swedish: the operator's language
OUTCOMES = {"inserted": ("inläst", "inlästa"), "updated": ("uppdaterad", "uppdaterade"),
            "unchanged": ("oförändrad", "oförändrade"), "skipped": ("överhoppad", "överhoppade"),
            "failed": ("misslyckad", "misslyckade")}
SKIPPED = "hoppas över: inte ett mötesdokument"


class NotAMeeting(Exception):
    """A file read that holds no meeting document; ``str`` is what it lacks."""


@dataclass
class Report:
    """What one ingest run did, per outcome; ``emit`` gets each failure line as it happens."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    failures: list[tuple[str, str]] = field(default_factory=list)
    skips: list[tuple[str, str]] = field(default_factory=list)
    emit: Callable[[str], None] | None = None
    linked: object | None = None  #: the relink's ``store.linked.LinkReport``, when the batch linked
    stage: Callable[[str], None] | None = None  #: told "link" when the batch starts linking the archive

    def line(self) -> str:
        """The counts in Swedish: "3 inlästa, 0 uppdaterade, 1 oförändrad, 0 överhoppade, 0 misslyckade"."""
        return ", ".join(f"{n} {OUTCOMES[k][n != 1]}" for k, n in self.counts.items())

    def skip(self, name: str, reason: str) -> None:
        """A file that is no meeting document: counted as skipped, named with the reason."""
        self.counts["skipped"] += 1
        self.skips.append((name, reason))
        if self.emit is not None:
            self.emit(f"{name}: {SKIPPED} ({reason})")

    def count(self, status: str) -> None:
        self.counts[status] += 1

    def fail(self, name: str, reason: str, counted: bool = True) -> None:
        if counted:
            self.counts["failed"] += 1
        self.failures.append((name, reason))
        if self.emit is not None:
            self.emit(f"{name}: {reason}")


@dataclass
class _Slot:
    """One entry on its way: a failure or an outcome known already, or a job in the pool."""

    shown: str
    status: str | None = None
    failure: str | None = None
    job: object | None = None
    skipped: str | None = None  #: why the entry is no meeting document


class Batch:
    """The state of one run: database, pool, the archive's known bodies, the report."""

    def __init__(self, sessions, pool: Pool, max_bytes: int, report: Report) -> None:
        from .store import known_bodies

        self.sessions, self.pool, self.max_bytes, self.report = sessions, pool, max_bytes, report
        with sessions() as session:
            self.known = known_bodies(session)  # read once per batch, then kept up to date below

    def start(self, entry: Source | Refused | Skipped) -> _Slot:
        """Read the entry's bytes; an outcome now (refused, known bytes) or a job for the pool."""
        from .pipeline import prepare
        from .store.originals import keep_original
        from .store.versions import reuse

        if isinstance(entry, Refused):
            return _Slot(entry.shown, failure=entry.reason)
        if isinstance(entry, Skipped):
            return _Slot(entry.shown, skipped=entry.reason)
        try:
            data = read_source(entry.path, self.max_bytes)
            sha = hashlib.sha256(data).hexdigest()
            with self.sessions() as session:
                status = reuse(session, sha, entry.stored)
                if status is not None and keep_original(session, sha, data):
                    session.commit()  # bytes stored before originals were kept are filled in
        except ValueError as err:
            return _Slot(entry.shown, failure=str(err))
        except Exception as err:  # the database, most likely: name it, go on
            return _Slot(entry.shown, failure=internal_reason(err))
        if status is not None:
            return _Slot(entry.shown, status=status)
        return _Slot(entry.shown, job=self.pool.submit(prepare, entry.stored, entry.name, data, sha,
                                                       self.max_bytes))

    def finish(self, slot: _Slot) -> None:
        """Wait for the slot's job, complete its record from the archive and store it."""
        from .store.versions import StoreError

        if slot.job is not None:
            try:
                slot.status = self._store(self.pool.result(slot.job))
            except NotAMeeting as err:
                slot.skipped = str(err)
            except (JobFailed, StoreError) as err:
                slot.failure = str(err)
            except Exception as err:  # a bug or the database: this file fails, the batch goes on
                slot.failure = internal_reason(err)
        if slot.failure is not None:
            self.report.fail(slot.shown, slot.failure)
        elif slot.skipped is not None:
            self.report.skip(slot.shown, slot.skipped)
        else:
            self.report.count(slot.status)

    def _store(self, incoming) -> str:
        from .parse.confidence import not_a_meeting
        from .pipeline import complete, needs_archive
        from .store import save
        from .store.versions import save_committed

        if (reason := not_a_meeting(incoming.record, incoming.parsed_text)) is not None:
            raise NotAMeeting(reason)  # judged on the file alone, before the archive completes it
        if needs_archive(incoming, self.known):
            incoming = self.pool.result(self.pool.submit(complete, incoming, self.known, first=True))
        with self.sessions() as session:
            status = save_committed(session, incoming, save)
        rec = incoming.record
        if status != "unchanged" and rec.organization:
            self.known.append((rec.organization, rec.body, rec.date,
                               rec.next_meeting.date if rec.next_meeting else None))
        return status


#: ``progress(done, total)``: called before the first entry (``done`` 0) and after each one is handed on; the
#: last call has ``done == total`` (the last few stores may still be under way then).
Progress = Callable[[int, int], None]


def ingest_paths(sessions, paths: list[Path], max_bytes: int, progress: Progress | None = None, *,
                 limits: Limits | None = None, report: Report | None = None,
                 follow_links: bool = False) -> Report:
    """Process and store every document under ``paths``; one transaction per file."""
    report = report if report is not None else Report()
    limits = limits or Limits()
    entries = list(collect_sources(list(paths), follow_links))
    window = 2 * limits.jobs  # files read ahead of the one being stored: keeps every worker busy
    with Pool(limits) as pool:
        batch = Batch(sessions, pool, max_bytes, report)
        pending: deque[_Slot] = deque()
        for entry in _progress(entries, progress):
            pending.append(batch.start(entry))
            while pending and (pending[0].job is None or len(pending) > window):
                batch.finish(pending.popleft())
        while pending:
            batch.finish(pending.popleft())
    if report.counts["inserted"] or report.counts["updated"]:
        if report.stage is not None:
            report.stage("link")
        _link(sessions, report)
    return report


def _link(sessions, report: Report) -> None:
    """Link the archive once for the batch and write what it decides as rows (the pages read them)."""
    from .linking import relink

    try:
        with sessions() as session:
            report.linked = relink(session)
            session.commit()
    except Exception as err:  # the documents are stored; `protokoll link` links them later
        report.fail("(linking)", internal_reason(err), counted=False)



def _progress(entries: list, progress: Progress | None):
    """The entries, telling ``progress`` how many were handed on so far."""
    if progress is None:
        yield from entries
        return
    total = len(entries)
    progress(0, total)
    for done, entry in enumerate(entries, 1):
        yield entry
        progress(done, total)
