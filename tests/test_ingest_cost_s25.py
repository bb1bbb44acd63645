"""What an ingest's storing side does beside storing (issue 12, session 25): the workers' imports (the fork
server's, ~0.6 s of one CPU) run while it imports the store and opens the archive, not after it; a first ingest
does not ask the archive for each file's bytes."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT, write_minutes


def _fork_server_when_the_archive_is_opened(tmp_path, command: str, *args: str) -> str:
    """Run ``protokoll COMMAND`` in a fresh process; whether the fork server ran when the archive was opened."""
    (tmp_path / "docs").mkdir(exist_ok=True)
    program = f"""
import multiprocessing.forkserver as fs
import sys
from protokoll.cli import main
from protokoll.store import db
seen = []
opened = db.open_sessions
db.open_sessions = lambda *a, **k: seen.append(fs._forkserver._forkserver_pid) or opened(*a, **k)
sys.argv = ["protokoll", {command!r}, *{list(args)!r}, "--db", "sqlite:///{tmp_path / 'a.sqlite'}"]
try:
    main()
except SystemExit:
    pass
print("running" if seen and seen[0] is not None else "not running", file=sys.stderr)
"""
    out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120)
    return out.stderr.strip().splitlines()[-1]


def test_ingest_starts_the_fork_server_before_it_opens_the_archive(tmp_path):
    assert _fork_server_when_the_archive_is_opened(tmp_path, "ingest", str(tmp_path / "docs")) == "running"


def test_demo_starts_the_fork_server_before_it_opens_the_archive(tmp_path):
    assert _fork_server_when_the_archive_is_opened(tmp_path, "demo", "--no-serve") == "running"


def _ingest_counting_lookups(sessions, folder, monkeypatch) -> tuple[str, int]:
    """Ingest ``folder``; -> the report's line and how often the archive was asked for a file's bytes."""
    from protokoll import store
    from protokoll.ingest import ingest_paths

    asked = []
    holds = store.holds
    monkeypatch.setattr(store, "holds", lambda session, sha: asked.append(sha) or holds(session, sha))
    return ingest_paths(sessions, [folder], 10**6).line(), len(asked)


def test_a_first_ingest_asks_the_archive_for_no_files_bytes_but_those_handed_on_before(sessions, tmp_path,
                                                                                          monkeypatch):
    """An archive that held no document when the batch began holds only bytes handed on in it: a file's are
    looked up (one statement a file) only when the same bytes came before; the outcome is the same."""
    folder = tmp_path / "docs"
    for n, day in enumerate(("2024-02-06", "2024-03-05", "2024-04-09")):
        write_minutes(folder, f"m{n}.txt", day, f"Samordningsgruppen för Norrvik och Sjötorp, möte {n + 1}")
    (folder / "copy.txt").write_bytes((folder / "m1.txt").read_bytes())  # the same bytes under another name
    line, asked = _ingest_counting_lookups(sessions, folder, monkeypatch)
    assert line.startswith("3 inserted, 0 updated, 1 unchanged"), line  # the copy: the same bytes
    assert asked == 1, "only the copy's bytes were handed on before"
    line, asked = _ingest_counting_lookups(sessions, folder, monkeypatch)
    assert line.startswith("0 inserted, 0 updated, 4 unchanged") and asked == 4, "an archive that holds documents"


def _examples_with_corrections(sessions):
    """The examples ingested (their people linked in a worker), a merge that applies and one that does not."""
    from sqlalchemy import select

    from protokoll.corrections import Correction
    from protokoll.ingest import ingest_paths
    from protokoll.store.linked_tables import PersonRow
    from protokoll.store.people import add_correction
    from protokoll.workers import Limits

    assert not ingest_paths(sessions, [ROOT / "examples"], 10_000_000, limits=Limits(jobs=2)).failures
    with sessions() as s:
        keys = s.scalars(select(PersonRow.key).order_by(PersonRow.position)).all()
        add_correction(s, Correction("merge", keys[0], keys[1]))
        add_correction(s, Correction("merge", "nobody-of-that-name", keys[2]))  # not applicable: unapplied
        s.commit()


def test_the_writer_writes_the_organisations_before_it_waits_for_the_workers_people(sessions, monkeypatch):
    """A full relink in an ingest: the people are a worker's job; the tables that do not need them are written
    while it runs, the people's when their rows come."""
    from sqlalchemy import func, select

    from protokoll.linking import people_job, relink
    from protokoll.store.linked_tables import LinkedItem, OrganizationRow
    from protokoll.workers import Limits, Pool

    monkeypatch.setattr(people_job.PeopleJob, "FEWEST", 0)  # the examples are fewer records than a worker is worth
    _examples_with_corrections(sessions)
    written = []
    result = people_job.PeopleJob.result
    monkeypatch.setattr(people_job.PeopleJob, "result", lambda self, session: written.append(
        [session.scalar(select(func.count()).select_from(t)) for t in (OrganizationRow, LinkedItem)])
        or result(self, session))
    with sessions() as s, Pool(Limits(jobs=2)) as pool:
        s.execute(OrganizationRow.__table__.delete())  # a full relink writes them all again
        s.execute(LinkedItem.__table__.update().values(title="?"))
        relink(s, full=True, pool=pool)
    assert len(written) == 1 and written[0][0] > 0, "the organisations were written before the people's wait"


def test_a_relink_whose_people_come_later_reports_the_same_unapplied_corrections_in_the_same_order(sessions,
                                                                                                    monkeypatch):
    from protokoll.linking import people_job, relink
    from protokoll.store.linked import link_state
    from protokoll.workers import Limits, Pool

    monkeypatch.setattr(people_job.PeopleJob, "FEWEST", 0)
    _examples_with_corrections(sessions)
    reports = []
    for pool in (None, Pool(Limits(jobs=2))):
        with sessions() as s:
            report = relink(s, full=True, pool=pool)
            s.commit()
            reports.append((report.unapplied, json.loads(link_state(s).report_json)["unapplied"]))
        if pool is not None:
            pool.close()
    assert reports[0] == reports[1] and reports[0][0] == reports[0][1]
    assert [u["kind"] for u in reports[0][0]] == ["person", "person"], "the people's corrections are reported"
