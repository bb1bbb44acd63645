"""Bounded work per file: a small pool of worker processes, each job under a time and memory limit.

A document can cost far more than its size suggests (a 3 kB DOCX that
expands to gigabytes, a text that makes a parser quadratic), so each file is
read, repaired and parsed in a worker process whose address space is capped
(``RLIMIT_AS``) and which is killed when a job runs over its time. The job
then fails with the reason, a new worker takes the next job, and the caller
(the one process that writes the database) goes on with the batch.

A job that ran out of memory or killed its worker in a worker that had done
other jobs before is tried once more in a fresh one, so what an earlier file
left behind is not blamed on it.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from importlib.machinery import ModuleSpec
from multiprocessing.connection import wait
from typing import Any, Callable

from .worker_process import PRELOAD, _context, internal_reason, serve, start_server  # noqa: F401  (given here too)


def default_jobs() -> int:
    """Worker processes: the usable CPUs, at most 4."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, 4))


@dataclass(frozen=True)
class Limits:
    """What one file may cost."""

    seconds: float = 300.0  #: wall-clock time per file
    megabytes: int = 2048  #: address space of the worker reading it
    jobs: int = field(default_factory=default_jobs)  #: worker processes


class JobFailed(Exception):
    """A job that did not finish; ``str`` is the user-facing reason."""


class Job:
    """One call to run in a worker."""

    def __init__(self, fn: Callable, args: tuple, once: bool = False) -> None:
        self.fn, self.args = fn, args
        self.once = once  #: its arguments dropped once sent (their memory freed): never tried again
        self.done = False
        self.value: Any = None
        self.error: str | None = None
        self.retried = False

    def finish(self, value: Any = None, error: str | None = None) -> None:
        self.done, self.value, self.error, self.args = True, value, error, ()


class _Worker:
    def __init__(self, ctx, megabytes: int) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=serve, args=(child, megabytes, dict(os.environ), os.getpid()), daemon=True,
                                name="protokoll-worker")
        _start_without_main(self.proc)
        child.close()
        self.ready = False
        self.jobs: deque[Job] = deque()  #: sent, in the order it runs them; the first one runs now
        self.started = 0.0  #: when the first of ``jobs`` started (its time limit runs from then)
        self.served = 0

    @property
    def job(self) -> Job | None:
        """The job it runs now."""
        return self.jobs[0] if self.jobs else None

    def stop(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join()
        self.conn.close()


class Pool:
    """Worker processes started as jobs need them; ``result`` waits for one job.

    A worker busy with a small job is sent its next one already (:data:`AHEAD`), so it goes on
    at once when the caller is busy elsewhere (storing what the workers sent) instead of waiting
    for the caller to hand it more. A job's time limit runs from when its worker starts it.
    """

    AHEAD = 1  #: jobs sent to a worker beside the one it runs
    AHEAD_BYTES = 32 * 1024  #: ... if their bytes are at most this (a pipe holds 64 kB: sending does not wait)

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.ctx = _context()
        self.workers: list[_Worker] = []
        self.queue: deque[Job] = deque()
        self.failed_starts = 0

    def warm(self) -> None:
        """Start the fork server now (:func:`start_server`)."""
        start_server()

    def __enter__(self) -> "Pool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        for w in self.workers:
            w.stop()
        self.workers.clear()

    def submit(self, fn: Callable, *args, first: bool = False, once: bool = False) -> Job:
        """Queue ``fn(*args)``; ``first``: before the jobs queued already (the caller waits for it now);
        ``once``: the arguments are let go once sent, and a job lost with its worker fails (not tried again)."""
        job = Job(fn, args, once)
        if first:
            self.queue.appendleft(job)
        else:
            self.queue.append(job)
        self._dispatch()
        return job

    def result(self, job: Job) -> Any:
        """The job's value; raises ``JobFailed`` (over time, over memory, worker died) or the job's error."""
        while not job.done:
            self._step()
        if job.error is not None:
            raise JobFailed(job.error)
        return job.value

    def wait(self, job: Job, seconds: float) -> bool:
        """Wait at most ``seconds`` for the job to end; True if it has."""
        deadline = time.monotonic() + seconds
        while not job.done and (left := deadline - time.monotonic()) > 0:
            self._step(left)
        return job.done

    def poll(self) -> None:
        """Take what the workers sent (answers nobody waits for, a worker ready) without waiting, so that a
        job submitted next goes to a worker that is idle now."""
        if self.workers:
            self._step(0)

    def _dispatch(self) -> None:
        idle = [w for w in self.workers if w.ready and not w.jobs]
        while self.queue and idle:
            self._send(idle.pop(), self.queue.popleft())
        for w in self.workers:  # the next job to each busy worker, if small
            while (self.queue and w.ready and 0 < len(w.jobs) <= self.AHEAD and w in self.workers
                   and _size(self.queue[0]) <= self.AHEAD_BYTES):
                self._send(w, self.queue.popleft())
        booting = sum(not w.ready for w in self.workers)
        while len(self.queue) > booting and len(self.workers) < self.limits.jobs:
            self.workers.append(_Worker(self.ctx, self.limits.megabytes))
            booting += 1

    def _send(self, w: _Worker, job: Job) -> None:
        if not w.jobs:
            w.started = time.monotonic()
        w.jobs.append(job)
        try:
            w.conn.send((job.fn, job.args))
            if job.once:
                job.args = ()
        except OSError:  # the worker ended while it read the job (its bytes over the memory limit)
            self._receive(w)  # its last word ("memory") or its end decides the job, as for any job

    def _step(self, most: float | None = None) -> None:
        """Handle what the workers sent or how they ended, waiting for it at most ``most`` seconds."""
        busy = [w.started + self.limits.seconds for w in self.workers if w.job is not None]
        timeout = max(0.0, min(busy) - time.monotonic()) if busy else None
        if most is not None:
            timeout = most if timeout is None else min(timeout, most)
        ready = set(wait([w.conn for w in self.workers] + [w.proc.sentinel for w in self.workers], timeout))
        for w in list(self.workers):
            if w.conn in ready:
                self._receive(w)
            elif w.proc.sentinel in ready:
                self._died(w)
        now = time.monotonic()
        for w in list(self.workers):
            if w.job is not None and now - w.started >= self.limits.seconds:
                w.jobs.popleft().finish(error=f"took longer than {self.limits.seconds:g} s (stopped)")
                self._remove(w)
        self._dispatch()

    def _receive(self, w: _Worker) -> None:
        try:
            message = w.conn.recv()
        except (EOFError, OSError):
            self._died(w)
            return
        kind = message[0]
        if kind == "ready":
            w.ready, self.failed_starts = True, 0
            return
        job = w.jobs.popleft()
        w.started = time.monotonic()  # the next job sent starts now
        if kind == "memory":
            self._remove(w)
            self._lost(job, w, f"needed more than {self.limits.megabytes} MB of memory (stopped)")
            return
        w.served += 1
        job.finish(*message[1:])

    def _died(self, w: _Worker) -> None:
        job = w.jobs.popleft() if w.jobs else None
        self._remove(w)
        if job is None:
            self.failed_starts += 1
            if self.failed_starts >= 3:
                raise RuntimeError(f"worker processes stop as they start (exit code {w.proc.exitcode})")
            return
        code = w.proc.exitcode
        how = f"signal {signal.Signals(-code).name}" if code and code < 0 else f"exit code {code}"
        self._lost(job, w, f"reading stopped unexpectedly ({how}); "
                           f"it may need more than {self.limits.megabytes} MB of memory")

    def _lost(self, job: Job, w: _Worker, reason: str) -> None:
        """A job whose worker ended: once more in a fresh worker if this one had done others, else failed."""
        if w.served and not job.retried and not job.once:
            job.retried = True
            self.queue.appendleft(job)
        else:
            job.finish(error=reason)

    def _remove(self, w: _Worker) -> None:
        """End the worker; the jobs sent to it that it did not start go back to the queue's front."""
        w.stop()
        if w in self.workers:
            self.workers.remove(w)
        while w.jobs:
            self.queue.appendleft(w.jobs.pop())


def _start_without_main(proc) -> None:
    """Start the worker process without the caller's main module. multiprocessing runs a script's
    ``__main__`` again in each process it starts (as ``__mp_main__``, so that what the script defines can be
    unpickled there) unless the module is named ``__main__``: a worker runs only this package's functions,
    and a script's imports (a benchmark's, a test runner's, a program's around :func:`~protokoll.ingest.ingest_paths`:
    SQLAlchemy and the store) cost ~0.3 s of CPU in each worker before its first file (issue 12)."""
    main = sys.modules.get("__main__")
    if main is None:
        proc.start()
        return
    spec = getattr(main, "__spec__", None)
    main.__spec__ = _MAIN
    try:
        proc.start()
    finally:
        main.__spec__ = spec


_MAIN = ModuleSpec("__main__", None)  #: what multiprocessing reads as a main module it need not run again


def _size(job: Job) -> float:
    """The bytes a job's arguments carry; unbounded for any but plain values (their pickle's size is not
    known before it is made). A job sent ahead must fit the pipe: were the caller to wait in ``send``
    while the worker waits in ``send`` of a large answer, both would wait for ever."""
    size = 0
    for a in job.args:
        if isinstance(a, (bytes, bytearray, str)):
            size += len(a) if not isinstance(a, str) else 4 * len(a)  # UTF-8: at most 4 bytes a character
        elif not (a is None or isinstance(a, (int, float))):
            return float("inf")
    return size
