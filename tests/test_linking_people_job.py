"""A full relink whose people a worker of the ingest's pool links gives exactly the rows of one that links
them in the writing process: same rows, same ids, the same corrections applied and the same ones unapplied."""

from __future__ import annotations

from dataclasses import asdict
from types import SimpleNamespace

import pytest
from sqlalchemy import select, text

from conftest import ROOT
from protokoll.corrections import Correction
from protokoll.linking import full_rows, relink
from protokoll.linking import people_job
from protokoll.store.linked_tables import PersonRow
from protokoll.store.people import add_correction
from protokoll.workers import JobFailed, Limits, Pool

EXAMPLES = ROOT / "examples"
TABLES = ("chain_meetings", "chain_sources", "cases", "linked_items", "assignments", "persons", "person_mentions",
          "person_runs", "person_meetings", "person_redirects", "organizations", "memberships", "bodies",
          "owed_assignments", "dissent_municipalities")


def _ingest(sessions):
    from protokoll.ingest import ingest_paths

    report = ingest_paths(sessions, [EXAMPLES], 10_000_000, limits=Limits(jobs=2))
    assert report.counts["inserted"] > 5 and not report.failures
    return report


def _tables(session) -> dict[str, list[tuple]]:
    """Every linked table's rows in id order, the times left out."""
    out = {}
    for table in TABLES:
        rows = session.execute(text(f"SELECT * FROM {table}")).mappings().all()
        out[table] = sorted(tuple((k, v) for k, v in r.items() if not k.endswith("_at")) for r in rows)
    return out


def _rows(session, pool=None):
    """What relink writes: the linkers' rows and the corrections they leave unapplied."""
    rows, unapplied = full_rows(session, pool)
    return asdict(rows), unapplied


@pytest.fixture(autouse=True)
def _any_batch_in_a_worker(monkeypatch):
    """The examples are fewer records than a worker is worth (``PeopleJob.FEWEST``): sent to one all the same."""
    monkeypatch.setattr(people_job.PeopleJob, "FEWEST", 0)


def test_ingest_links_the_people_in_a_worker_and_a_full_relink_here_changes_nothing(sessions, monkeypatch):
    made = []
    monkeypatch.setattr(people_job.PeopleJob, "result",
                        lambda self, session, _result=people_job.PeopleJob.result: made.append(self) or
                        _result(self, session))
    report = _ingest(sessions)
    assert len(made) == 1 and report.linked.scope.startswith("full")
    assert report.linked.tables["person_mentions"].inserted > 10
    with sessions() as s:
        before = _tables(s)
        again = relink(s, full=True)  # the people linked here this time
        s.commit()
        assert not again.changed
        assert _tables(s) == before


def test_people_from_a_worker_equal_people_linked_here_with_corrections(sessions):
    _ingest(sessions)
    with sessions() as s:
        keys = s.scalars(select(PersonRow.key).order_by(PersonRow.position)).all()
        add_correction(s, Correction("merge", keys[0], keys[1]))
        add_correction(s, Correction("merge", "nobody-of-that-name", keys[2]))  # not applicable: unapplied
        s.commit()
        here = _rows(s)
        with Pool(Limits(jobs=1)) as pool:
            there = _rows(s, pool)
        assert there == here
        assert here[1] and here[0]["persons"] and here[0]["mentions"]


class _FailingPool:
    """A pool whose every job fails, as one over its time or memory would."""

    limits = Limits(jobs=2)

    def __init__(self) -> None:
        self.jobs = 0

    def poll(self):
        pass

    def submit(self, fn, *args, first=False, once=False):
        self.jobs += 1
        return SimpleNamespace(done=False)

    def result(self, job):
        raise JobFailed("needed more than 1 MB of memory (stopped)")


def test_few_records_are_linked_here(sessions, monkeypatch):
    monkeypatch.setattr(people_job.PeopleJob, "FEWEST", 10_000)
    _ingest(sessions)
    with sessions() as s:
        pool = _FailingPool()
        assert not relink(s, full=True, pool=pool).changed and pool.jobs == 0


@pytest.mark.parametrize("full", [True, False])
def test_a_failed_people_job_is_done_here_with_the_same_rows(sessions, full):
    _ingest(sessions)
    with sessions() as s:
        before = _tables(s)
        pool = _FailingPool()
        report = relink(s, full=full, pool=pool)
        s.commit()
        # the people's job and the register's (``linking.register_job``); an unchanged archive is not linked again
        assert pool.jobs == (2 if full else 0)
        assert not report.changed and _tables(s) == before


def test_the_linkers_are_imported_before_the_first_file_is_read_not_after_the_last(tmp_path):
    """The link after the last file runs alone (one CPU idle): what it imports is imported while the fork
    server imports the parser instead. A fresh interpreter: the test run imports everything."""
    import subprocess
    import sys

    script = f"""
import sys
from pathlib import Path
from protokoll.ingest import ingest_paths
from protokoll.ingest_report import Report
from protokoll.store.db import session_factory

if __name__ == "__main__":
    seen = {{}}
    report = Report(stage=lambda name: seen.setdefault(name, set(sys.modules)))
    ingest_paths(session_factory("sqlite:///{tmp_path / 'fresh.sqlite'}"), [Path({str(EXAMPLES)!r})], 10_000_000,
                 report=report)
    assert report.linked is not None and report.counts["inserted"] > 5
    print(sorted(m for m in set(sys.modules) - seen["link"] if m.startswith("protokoll")))
"""
    (tmp_path / "run.py").write_text(script)
    done = subprocess.run([sys.executable, str(tmp_path / "run.py")], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_a_job_sent_once_lets_its_arguments_go_when_sent_and_is_not_tried_again():
    """The people's job carries every record's JSON: the writing process lets it go once a worker has it."""
    import time

    with Pool(Limits(jobs=1)) as pool:
        job = pool.submit(time.sleep, 1.0, once=True)
        while not any(job in w.jobs for w in pool.workers):
            pool.wait(job, 0.05)
        assert not job.done and job.args == ()
        pool.result(job)
        kept = pool.submit(time.sleep, 0.01)
        pool.result(kept)
    assert job.once and not kept.once


def test_what_a_worker_takes_of_a_link_imports_no_database_layer():
    """A worker is sent the people's part, the register's part and, after its last file, the import of what they
    run (``Batch.warm_linkers``), each by its module's name: what those names import there holds neither
    SQLAlchemy nor the store (the workers' parser is preloaded without them; their import is ~0.4 s a worker)."""
    import os
    import pickle
    import subprocess
    import sys

    from protokoll.ingest_batch import Batch
    from protokoll.linking import register_job

    sent = []
    batch = Batch.__new__(Batch)
    batch.submitted = 1
    batch.pool = SimpleNamespace(limits=Limits(jobs=2), submit=lambda fn, *args: sent.append(fn))
    batch.warm_linkers()
    assert len(sent) == 2
    blob = pickle.dumps([people_job.people_part, register_job.register_part, *sent])
    code = ("import pickle, sys; pickle.loads(sys.stdin.buffer.read()); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy' or m.split('.')[:2] in "
            "(['protokoll', 'store'], ['protokoll', 'linking'])))")
    out = subprocess.run([sys.executable, "-c", code], input=blob, capture_output=True, check=True,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert out.stdout.decode().strip() == "[]"
