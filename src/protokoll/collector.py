"""The cyclic garbage collector during an ingest, and in a web server worker: run less often, over
fewer objects.

The writing process and the workers make many short-lived objects per file,
which reference counting frees; the collector's default thresholds made it
walk every object of the process every few files.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager

_collections = threading.Lock()
_ingests = [0, None]  #: ingests running in this process (web uploads may overlap), the thresholds before the first
_serving = [False]  #: a web server worker (:func:`for_serving`): what exists stays frozen after an ingest


@contextmanager
def fewer_collections(first: int = 50_000):
    """The cyclic garbage collector run less often: after ``first`` new objects, not 700.

    Storing a file makes thousands of short-lived objects (the record as sent by
    the worker, statement parameters) that reference counting frees; with the
    default thresholds the collector ran every few files and walked every
    object of the process (modules, caches): an eighth of the writing process's
    time. What is there now is left out of the walk (``gc.freeze``), and the
    collector still runs, so garbage with cycles is still freed. Ingests that
    overlap (two uploads) share it: the last one to end restores the thresholds.
    """
    with _collections:
        if _ingests[0] == 0:
            _ingests[1] = old = gc.get_threshold()
            gc.freeze()
            gc.set_threshold(first, max(old[1], 20), max(old[2], 20))
        _ingests[0] += 1
    try:
        yield
    finally:
        with _collections:
            _ingests[0] -= 1
            if _ingests[0] == 0:
                gc.set_threshold(*_ingests[1])
                gc.unfreeze()
                if _serving[0]:  # a server worker: its own freeze again, without the ingest's garbage
                    gc.collect()
                    gc.freeze()


def for_serving(first: int = 50_000) -> None:
    """A web server worker's collector, once its app is made: what exists then (modules, the gazetteer,
    routes, compiled templates) is left out of every walk (``gc.freeze``), and the first generation is
    collected after ``first`` new objects, not 700.

    An uncached page makes thousands of short-lived objects (rows, dicts, markup) that reference counting
    frees; with the default thresholds a young collection ran about once a page and, every few hundred
    pages, a full one walked every object of the worker while the requests in it waited (40-60 ms
    in-process at 20,000 meetings: a municipality page's worst case fell from ~60 to ~13 ms CPU). The
    collector still runs, so garbage with cycles is still freed. An ingest in the worker (an upload,
    :func:`fewer_collections`) collects and freezes again when it ends.
    """
    with _collections:
        _serving[0] = True
        gc.collect()
        gc.freeze()
        old = gc.get_threshold()
        gc.set_threshold(first, max(old[1], 20), max(old[2], 20))


@contextmanager
def gc_paused():
    """No cyclic garbage collection while millions of small objects are made.

    Each collection walks every tracked object, and making a linked archive (``protokoll.linking``)
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
