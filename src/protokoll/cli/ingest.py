"""`protokoll ingest`: read documents into the archive (the library is :mod:`protokoll.ingest`)."""

from __future__ import annotations

import signal
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import click

from ..read import DEFAULT_MAX_BYTES
from .options import db_option, sessions


def _ingest_options(f):
    """The limits of `ingest`: per file, and how many files at once."""
    from ..workers import Limits, default_jobs

    limits = Limits()
    options = [
        click.option("--max-size", default=DEFAULT_MAX_BYTES // 1_000_000, show_default=True, metavar="MB",
                     type=click.IntRange(1), help="Refuse files larger than this many megabytes."),
        click.option("--file-timeout", default=limits.seconds, show_default=True, metavar="SECONDS",
                     type=click.FloatRange(0, min_open=True),
                     help="Stop reading a file after this many seconds; it fails, the batch goes on."),
        click.option("--file-memory", default=limits.megabytes, show_default=True, metavar="MB",
                     type=click.IntRange(64),
                     help="Memory (address space) one file may take to read; over it, the file fails."),
        click.option("--jobs", default=default_jobs(), show_default="usable CPUs, at most 4", metavar="N",
                     type=click.IntRange(1, 64), help="Files read at once, each in its own worker process."),
        click.option("--follow-links", is_flag=True,
                     help="Follow symbolic links that lead outside the folder given (refused by default)."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@_ingest_options
def ingest(paths: tuple[Path, ...], db: str | None, max_size: int, file_timeout: float,
           file_memory: int, jobs: int, follow_links: bool) -> None:
    """Read documents (files or folders, recursively) into the database.

    Only regular files are read. Each file is read in a worker process under a
    time and a memory limit. A file that cannot be read (missing, unreadable,
    damaged, a FIFO or device, a link loop or a link leading outside the
    folder given, over a limit) is named on standard error the moment it
    fails, as one line `file: reason`, and the batch goes on. A file that is
    no meeting document (no meeting words in its head and at most one of date,
    organisation or body, items, attendance; a README) is skipped and named.
    At the end, the counts: inserted, updated, unchanged, skipped, failed
    (the operator's messages are English; data stays Swedish). Exits with status 1 if any
    entry failed, after storing all the others; 130 when interrupted.
    """
    from ..workers import Limits, start_server

    start_server()  # the workers' imports run while this process imports the store and opens the archive
    from ..ingest import Report, ingest_paths

    report = Report(emit=lambda line: click.echo(line, err=True))
    limits = Limits(seconds=file_timeout, megabytes=file_memory, jobs=jobs)
    try:
        with _terminated_as_interrupt(), progress_bar(report) as progress:
            ingest_paths(sessions(db, create=True), list(paths), max_size * 1_000_000, progress=progress,
                         limits=limits, report=report, follow_links=follow_links)
    except KeyboardInterrupt:
        click.echo(f"{report.line()} (interrupted)")
        sys.exit(130)
    click.echo(report.line())
    if report.failures:
        sys.exit(1)


@contextmanager
def _terminated_as_interrupt():
    """SIGTERM ends the batch like Ctrl-C: workers stopped, the counts so far printed."""
    def stop(_signum, _frame):
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread (an embedding application): leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class _Bar:
    """A transient progress bar on a terminal's standard error, fed by ``ingest_paths``'s ``progress``.

    Shown only for two or more entries; while it shows, the report's failure
    lines are printed above it. It goes away once every entry is handed on.
    """

    def __init__(self, report) -> None:
        self.report, self.emit = report, report.emit
        self.bar = self.task = None

    def __call__(self, done: int, total: int) -> None:
        if total < 2:
            return
        if self.bar is None and done < total:
            self._start(total)
        if self.bar is not None:
            self.bar.update(self.task, completed=done)
            if done >= total:
                self.close()

    def _start(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import Progress

        self.bar = Progress(console=Console(stderr=True), transient=True)
        self.bar.start()
        console = self.bar.console
        self.report.emit = lambda line: console.print(line, markup=False, highlight=False, soft_wrap=True)
        self.task = self.bar.add_task("Reading documents", total=total)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None
            self.report.emit = self.emit


class _Lines:
    """Progress as plain lines on standard error when it is no terminal (nohup, cron, a log file).

    A line "12/340 documents read" every ``every`` files or ``seconds`` seconds, and one when all are
    handed on; then "linking the archive ..." and the linking's summary. A batch done in less than
    ``seconds`` with fewer than ``every`` files prints none of these: only its failures and counts.
    """

    def __init__(self, every: int = 50, seconds: float = 10.0, clock=time.monotonic) -> None:
        self.every, self.seconds, self.clock = every, seconds, clock
        self.started = self.last = clock()
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        now = self.clock()
        if done and (done % self.every == 0 or now - self.last >= self.seconds or (done == total and self.shown)):
            self.say(f"{done}/{total} documents read")
            self.last = now

    def say(self, line: str) -> None:
        click.echo(line, err=True)
        self.shown = True

    def stage(self, name: str) -> None:
        if name == "link" and (self.shown or self.clock() - self.started >= self.seconds):
            self.say("linking the archive ...")

    def linked(self, report) -> None:
        """The linking's summary, when its start was shown or it took long."""
        if report is not None and (self.shown or report.seconds >= self.seconds):
            self.say(f"linked the archive in {report.seconds:.1f} s (generation {report.generation})")
        for u in report.unapplied if report is not None else []:  # always said: a person must look
            if u.get("kind") == "record":
                self.say(f"warning: correction {u['id']} ({u['subject']}) is not applied: {u['reason']}")


@contextmanager
def progress_bar(report):
    """A ``progress`` callback: a bar when standard error is a terminal, else plain lines (``_Lines``).

    Either way the report's ``stage`` names the linking step, and its summary follows.
    """
    if not sys.stderr.isatty():
        lines = _Lines()
        report.stage = lines.stage
        yield lines
        lines.linked(report.linked)
        return
    bar, lines = _Bar(report), _Lines(every=1, seconds=0.0)  # on a terminal the linking is always named
    report.stage = lambda name: (bar.close(), lines.stage(name))
    try:
        yield bar
    finally:
        bar.close()
    lines.linked(report.linked)
