"""Where an ingest's wall time goes: a timeline of one `protokoll ingest` of the 1,080 generated documents (issue 12).

The same documents and the same call as bench/ingest.py (``ingest_paths`` into a fresh SQLite database, the
migrations not timed). A thread of this process samples, every ``--every`` seconds, the CPU seconds of this
process (the writer), of the fork server and of each worker (``/proc/<pid>/stat``); the stages of the ingest
are marked by wrapping their functions (start-up until the first parsed file, the parse phase until the last
file is stored, the tail: the link and the close). Prints, per phase, its wall time and how busy each side was,
and the floor beside it: the CPU the phase's work needs on two cores.

    python bench/ingest_timeline.py              # 1080 documents
    python bench/ingest_timeline.py --bins 0.25  # ... and the cores' busy share every 0.25 s
    python bench/ingest_timeline.py --cli        # ... and `protokoll ingest` as a user runs it (a new process:
                                                 # its imports and the archive's creation timed too)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest import write_documents  # noqa: E402  (bench/ingest.py: the same generated documents)

from protokoll import ingest as ingest_mod, ingest_batch, linking, workers  # noqa: E402
from protokoll.linking import people_job, register_job  # noqa: E402
from protokoll import store  # noqa: E402
from protokoll.store import linked_sync  # noqa: E402
from protokoll.read import DEFAULT_MAX_BYTES  # noqa: E402
from protokoll.store.db import session_factory  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")


def cpu_of(pid: int) -> float | None:
    """utime + stime of ``pid`` (seconds), or None when it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / TICK


class Recorder:
    """Marks (name, time) and CPU samples (time, writer, fork server, {worker pid: cpu})."""

    def __init__(self, every: float) -> None:
        self.every, self.t0 = every, time.perf_counter()
        self.marks: list[tuple[str, float]] = []
        self.samples: list[tuple[float, float, float, dict[int, float]]] = []
        self.pools: list = []
        self.waited = 0.0  #: wall seconds the writer spent in Pool.result/wait
        self.spent: dict[str, list[float]] = {}  #: writer's wall seconds in each timed function, per call
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def mark(self, name: str) -> None:
        self.marks.append((name, time.perf_counter() - self.t0))

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def sample(self) -> None:
        from multiprocessing import forkserver

        fs = getattr(forkserver._forkserver, "_forkserver_pid", None)
        pids = {w.proc.pid for pool in self.pools for w in list(pool.workers) if w.proc.pid}
        per = {pid: c for pid in pids if (c := cpu_of(pid)) is not None}
        self.samples.append((time.perf_counter() - self.t0, cpu_of(os.getpid()) or 0.0,
                             (cpu_of(fs) or 0.0) if fs else 0.0, per))

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self.sample()


def instrument(rec: Recorder) -> None:
    """Wrap the stages' functions so that each marks its start or end."""
    pool_init, pool_result, pool_wait = workers.Pool.__init__, workers.Pool.result, workers.Pool.wait

    def init(self, *a, **k):
        pool_init(self, *a, **k)
        rec.pools.append(self)
        rec.mark("pool made")

    def timed(fn):
        def run(self, *a, **k):
            t = time.perf_counter()
            try:
                return fn(self, *a, **k)
            finally:
                rec.waited += time.perf_counter() - t
        return run

    workers.Pool.__init__ = init

    def spent(obj, name: str, label: str) -> None:
        fn = getattr(obj, name)

        def run(*a, **k):
            t = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                rec.spent.setdefault(label, []).append(time.perf_counter() - t)
        setattr(obj, name, run)
    for name in ("start", "read", "hand_on"):
        if hasattr(ingest_batch.Batch, name):
            spent(ingest_batch.Batch, name, f"Batch.{name} (a file read, hashed, looked up / handed on)")
    spent(store, "holds", "store.holds (the bytes looked up)")
    spent(ingest_batch.Batch, "flush", "Batch.flush (save_many of a group)")
    spent(ingest_batch.Batch, "commit", "Batch.commit (with its flush)")
    spent(people_job.PeopleJob, "result", "link: waiting for the people's job")
    spent(linked_sync.Sync, "run", "link: Sync.run (one linked table written)")
    spent(linking, "write_owed", "link: write_owed")
    spent(linking, "write_dissent", "link: write_dissent")
    register_iter = register_job.RegisterJob.__iter__

    def register_rows(self):
        t = time.perf_counter()
        rows = list(register_iter(self))
        rec.spent.setdefault("link: waiting for the register's job", []).append(time.perf_counter() - t)
        return iter(rows)
    register_job.RegisterJob.__iter__ = register_rows
    workers.Pool.result, workers.Pool.wait = timed(pool_result), timed(pool_wait)

    def once(obj, name: str, label: str, after: bool = False, every: bool = False):
        fn, seen = getattr(obj, name), [False]

        def run(*a, **k):
            first = not seen[0]
            seen[0] = True
            if (first or every) and not after:
                rec.mark(label)
            value = fn(*a, **k)
            if (first or every) and after:
                rec.mark(label)
            return value
        setattr(obj, name, run)

    collect = ingest_mod.collect_sources

    def collect_sources(*a, **k):
        rec.mark("collect begins")
        out = list(collect(*a, **k))
        rec.mark("collect ends")
        return out
    ingest_mod.collect_sources = collect_sources
    handing = "hand_on" if hasattr(ingest_batch.Batch, "hand_on") else "start"  # the base: read and handed on at once
    once(ingest_batch.Batch, handing, "first file handed to the pool")
    finish = ingest_batch.Batch.finish
    stored = [0]

    def finish_marked(self, slot):
        finish(self, slot)
        stored[0] += 1
        if stored[0] == 1:
            rec.mark("first file stored")
    ingest_batch.Batch.finish = finish_marked
    once(ingest_batch.Batch, "warm_linkers", "last file handed to the pool")
    once(ingest_batch.Batch, "close", "last file stored, committed", after=True)
    once(ingest_mod, "_link", "link begins")
    for name, label in (("link_all", "link: records read, chain/items/cases/orgs made"),
                        ("to_rows", "link: rows made"), ("write_linked", "link: linked tables written")):
        once(linking, name, label, after=True)


def phases(rec: Recorder, end: float) -> list[tuple[str, float, float]]:
    """(name, begin, end) of start-up, parse phase, tail."""
    at = dict((n, t) for n, t in reversed(rec.marks))
    first = at.get("first file stored", end)
    last = at.get("last file stored, committed", end)
    return [("start-up (call -> first file stored)", 0.0, first), ("parse phase (-> last file stored, committed)",
            first, last), ("tail (link, close pool)", last, end)]


def cpu_between(rec: Recorder, begin: float, end: float) -> tuple[float, float, float]:
    """CPU seconds of writer, fork server, workers between two times (the samples nearest them; a worker
    started after ``begin`` from 0, one ended before ``end`` up to its last sample)."""
    def near(t):
        return min(rec.samples, key=lambda s: abs(s[0] - t))
    a, b = near(begin), near(end)
    last: dict[int, float] = {}
    for s in rec.samples:
        if s[0] > b[0]:
            break
        last.update(s[3])
    work = sum(c - a[3].get(pid, 0.0) for pid, c in last.items() if pid in a[3] or pid not in _before(rec, a[0]))
    return b[1] - a[1], b[2] - a[2], work


def _before(rec: Recorder, t: float) -> set[int]:
    """Workers seen at or before ``t``."""
    return {pid for s in rec.samples if s[0] <= t for pid in s[3]}


def report(rec: Recorder, docs: int, end: float, bins: float | None) -> str:
    out = [f"documents {docs}, wall {end:.2f} s, {docs / end:.1f} documents/s, load {os.getloadavg()[0]:.1f}", "",
           "marks (s after the call):"]
    out += [f"  {t:7.3f}  {n}" for n, t in rec.marks]
    out += ["", f"{'phase':48} {'wall s':>7} {'writer':>7} {'forksrv':>7} {'workers':>7} {'cores busy':>10}"]
    total = [0.0, 0.0, 0.0]
    for name, a, b in phases(rec, end):
        w, f, k = cpu_between(rec, a, b)
        total = [total[0] + w, total[1] + f, total[2] + k]
        out.append(f"{name:48} {b - a:7.2f} {w:7.2f} {f:7.2f} {k:7.2f} {(w + f + k) / max(b - a, 1e-9):10.2f}")
    cpu = sum(total)
    out.append(f"{'all':48} {end:7.2f} {total[0]:7.2f} {total[1]:7.2f} {total[2]:7.2f} {cpu / end:10.2f}")
    out += ["", "writer's wall time in:"]
    out += [f"  {sum(v):6.3f} s  {len(v):4d} calls, longest {max(v) * 1000:5.1f} ms  {k}" for k, v in rec.spent.items()]
    out += ["", f"writer waited on the pool (Pool.result/wait): {rec.waited:.2f} s",
            f"floor: all CPU on 2 cores = {cpu / 2:.2f} s ({docs / (cpu / 2):.0f} documents/s); "
            f"lost = {end - cpu / 2:.2f} s of {end:.2f}"]
    if bins:
        out += ["", f"cores busy per {bins:g} s (writer + fork server + workers; W = writer's share):"]
        t = 0.0
        while t < end:
            w, f, k = cpu_between(rec, t, min(t + bins, end))
            span = min(t + bins, end) - t
            out.append(f"  {t:6.2f}  {(w + f + k) / span:4.2f}  W {w / span:4.2f}  "
                       + "#" * round(10 * (w + f + k) / span))
            t += bins
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1080)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--every", type=float, default=0.01, help="sampling interval, s (default 0.01)")
    parser.add_argument("--bins", type=float, default=None, help="print the cores' busy share per this many s")
    parser.add_argument("--cli", action="store_true", help="also time `python -m protokoll ingest` of the documents")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="protokoll-timeline-") as tmp:
        work = Path(tmp)
        docs = work / "docs"
        docs.mkdir()
        write_documents(docs, args.docs, args.seed)
        sessions = session_factory(f"sqlite:///{work / 'timed.sqlite'}")  # migrations are not timed
        rec = Recorder(args.every)
        instrument(rec)
        rec.start()
        rec.t0 = time.perf_counter()
        rec.sample()
        ingest_mod.ingest_paths(sessions, [docs], DEFAULT_MAX_BYTES)
        end = time.perf_counter() - rec.t0
        rec.sample()
        rec.stop()
        cli = _cli(docs, work / "cli.sqlite", args.docs) if args.cli else ""
    print(report(rec, args.docs, end, args.bins) + cli)
    return 0


def _cli(docs: Path, db: Path, count: int) -> str:
    """The wall time of `protokoll ingest DOCS` in a new process (Python's start, the imports, the archive made)."""
    import subprocess

    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "protokoll", "ingest", str(docs), "--db", f"sqlite:///{db}"],
                         capture_output=True, text=True, check=True)
    wall = time.perf_counter() - started
    return (f"\n\n`protokoll ingest` in a new process: {wall:.2f} s, {count / wall:.1f} documents/s "
            f"({out.stdout.strip().splitlines()[-1]})")


if __name__ == "__main__":
    sys.exit(main())
