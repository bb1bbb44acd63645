"""The ingest library: every entry of the paths given read in worker processes, stored here, reported as it goes.

``protokoll ingest``, ``protokoll demo``, the web app's upload, the tests and
the benchmarks all call :func:`ingest_paths`; the command only formats its
:class:`Report` and draws a progress bar from the ``progress`` callback.

The parent process is the only writer: it collects the entries
(``protokoll.sources``), reads each file's bytes (bounded by the size limit),
skips bytes the archive holds, hands the rest to the worker pool
(``protokoll.workers``: time and memory limits per file) and stores the
answers in input order, many files per transaction with a SAVEPOINT per
file (:class:`protokoll.ingest_batch.Batch`), so the outcome does not depend on how many workers ran.
Every failure is reported the moment it is known; the counts come at the end.
A file read that is no meeting document (``parse.confidence.not_a_meeting``)
and a README are skipped: named with the reason and counted, nothing stored.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Callable

from .collector import fewer_collections
from .ingest_batch import Batch, NotAMeeting, _Slot  # noqa: F401  (NotAMeeting: a name given here too)
from .ingest_report import OUTCOMES, SKIPPED, Report  # noqa: F401  (OUTCOMES, SKIPPED: names given here too)
from .sources import collect_sources
from .workers import Limits, Pool, internal_reason

#: ``progress(done, total)``: called before the first entry (``done`` 0) and after each one is handed on; the
#: last call has ``done == total`` (the last few stores may still be under way then).
Progress = Callable[[int, int], None]


def ingest_paths(sessions, paths: list[Path], max_bytes: int, progress: Progress | None = None, *,
                 limits: Limits | None = None, report: Report | None = None,
                 follow_links: bool = False) -> Report:
    """Process and store every document under ``paths``; many files per transaction, each file undone
    alone when it fails (:class:`Batch`)."""
    report = report if report is not None else Report()
    limits = limits or Limits()
    window = 2 * limits.jobs  # files read ahead of the one being stored: keeps every worker busy
    with fewer_collections(), Pool(limits) as pool:
        pool.warm()  # the workers' imports are made while the entries are collected
        entries = list(collect_sources(list(paths), follow_links))
        batch = Batch(sessions, pool, max_bytes, report)
        pending: deque[_Slot] = deque()
        try:
            for entry in _progress(entries, progress):
                pending.append(batch.start(entry))
                while pending and (pending[0].job is None or len(pending) > window):
                    batch.finish(pending.popleft())
            batch.warm_linkers()  # each worker, after its last file: the people's link may be its next job
            while pending:
                batch.finish(pending.popleft())
        finally:  # also when stopped (Ctrl-C, SIGTERM): what was stored is committed and counted
            batch.close()
        if report.counts["inserted"] or report.counts["updated"]:
            if report.stage is not None:
                report.stage("link")
            _link(sessions, report, pool)  # the idle workers link the people meanwhile
    return report


def _link(sessions, report: Report, pool: Pool | None = None) -> None:
    """Link the archive once for the batch and write what it decides as rows (the pages read them)."""
    from .linking import relink

    try:
        with sessions() as session:
            report.linked = relink(session, pool=pool)
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
