"""What runs in a worker process of the pool (:mod:`protokoll.workers`): its loop (:func:`serve`), the
modules the fork server imports for it and how that server is started (:func:`start_server`), and the one-line
reason of an unexpected error (also the writer's).
Split from :mod:`protokoll.workers`, which gives the same names."""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import resource
import signal
import threading
import time

#: imported once by the fork server, so a new worker starts in milliseconds: the pipeline and the stages
#: its functions import when they run (not at its import: the writing process runs none of them); last, a worker's
#: job run on invented documents, so that what the stages build on first use is built there once (issue 12)
PRELOAD = ["protokoll.pipeline", "protokoll.repair", "protokoll.parse", "protokoll.parse.context",
           "protokoll.parse.confidence", "protokoll.worker_warmup"]


def serve(conn, megabytes: int, environ: dict[str, str], parent: int) -> None:
    """A worker's loop: run jobs until the pipe closes. Runs in the worker process.

    The fork server was started with the environment of its time; a worker
    takes the caller's environment of now (e.g. ``TESSDATA_PREFIX``).
    """
    os.environ.clear()
    os.environ.update(environ)
    from .pipeline import ProcessError

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the parent decides
    _die_with(parent)
    for module in PRELOAD:
        __import__(module)
    gc.freeze()  # the modules and their tables are never garbage: not walked by every collection
    gc.set_threshold(50_000, 20, 20)  # parsing makes many short-lived objects, freed by reference counting
    if megabytes:
        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    conn.send(("ready",))
    while True:
        try:
            try:
                fn, args = conn.recv()  # a job's bytes count against the limit too
            except (EOFError, OSError):  # the pool closed the pipe
                return
            conn.send(("ok", fn(*args), None))
        except MemoryError:
            fn = args = None
            conn.send(("memory",))
            return
        except ProcessError as err:
            conn.send(("ok", None, str(err)))
        except Exception as err:  # a bug must not cost the rest of the batch
            conn.send(("ok", None, internal_reason(err)))


def _die_with(pid: int) -> None:
    """End this worker when the ingest ``pid`` ends, also by ``kill -9``: the time limit is the
    ingest's to enforce, so no worker may read on without it. (The fork server, the worker's
    parent, lives as long as any worker does, so the parent's death signal cannot serve.)"""
    def watch() -> None:
        while True:
            time.sleep(1)
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:  # pid taken by a process of another user: the ingest is gone
                os._exit(1)

    threading.stack_size(256 * 1024)
    threading.Thread(target=watch, name="watch-ingest", daemon=True).start()


def internal_reason(err: BaseException) -> str:
    """A one-line reason for an unexpected error: the type and the first line of its message, short.

    A database error is described by the driver's own message: SQLAlchemy's
    would add the statement and its parameters (the document's text).
    """
    orig = getattr(err, "orig", None)
    if orig is not None:
        return f"database error ({type(orig).__name__}: {_first_line(orig)})"
    return f"internal error ({type(err).__name__}: {_first_line(err)})"


def _first_line(err: BaseException) -> str:
    lines = str(err).strip().splitlines()
    line = lines[0] if lines else ""
    return line if len(line) <= 160 else line[:157] + "..."


def start_server() -> None:
    """Start the fork server now, without waiting for it: it imports the stages (:data:`PRELOAD`, ~0.6 s of one
    CPU) while the caller does other work (its own imports and schema work, collecting the entries), not when
    the first job waits for a worker. Nothing when it runs already or workers are not forked from one."""
    if _context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def _context():
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return mp.get_context("spawn")
