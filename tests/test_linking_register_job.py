"""A full relink whose register a worker of the ingest's pool makes (``linking.register_job``) writes exactly the
rows of one that makes it in the writing process: the same assignments, ids and report candidates, the case
corrections applied alike; a failed job is done here; the register is the last table written."""

from __future__ import annotations

from dataclasses import asdict

import pytest
from sqlalchemy import select

from protokoll.link.rows import register_rows, to_rows
from protokoll.linking import full_rows, link_all, people_job, register_job, relink
from protokoll.store.cases import add_case_correction
from protokoll.store.linked_tables import AssignmentRow, LinkedItem
from protokoll.workers import Limits, Pool
from test_linking_people_job import _FailingPool, _ingest, _tables


@pytest.fixture(autouse=True)
def _any_batch_in_a_worker(monkeypatch):
    """The examples are fewer records than a worker is worth (``PeopleJob.FEWEST``): sent to one all the same."""
    monkeypatch.setattr(people_job.PeopleJob, "FEWEST", 0)


def test_the_register_rows_alone_are_the_register_of_all_rows(sessions):
    _ingest(sessions)
    with sessions() as s:
        result = link_all(s)
        whole = to_rows(result.chain, result.items, result.cases, result.people, result.orgs)
        rest = to_rows(result.chain, result.items, result.cases, result.people, result.orgs, register=False)
        alone = register_rows(result.chain, result.items, result.cases)
    assert whole.assignments and alone == whole.assignments and rest.assignments == []
    assert asdict(rest) == {**asdict(whole), "assignments": []}


def test_ingest_makes_the_register_in_a_worker_and_a_full_relink_here_changes_nothing(sessions, monkeypatch):
    sent = []
    monkeypatch.setattr(register_job.RegisterJob, "__iter__",
                        lambda self, _iter=register_job.RegisterJob.__iter__: sent.append(self.job) or _iter(self))
    report = _ingest(sessions)
    assert len(sent) == 1 and sent[0].done and sent[0].error is None and sent[0].args == ()  # let go when sent
    assert report.linked.tables["assignments"].inserted > 0
    with sessions() as s:
        before = _tables(s)
        again = relink(s, full=True)  # the register made here this time
        s.commit()
        assert not again.changed
        assert _tables(s) == before


def test_a_register_from_a_worker_equals_one_made_here_with_case_corrections(sessions):
    _ingest(sessions)
    with sessions() as s:
        given = s.scalars(select(AssignmentRow.item_id)).all()
        keys = s.scalars(select(LinkedItem.key).where(LinkedItem.id.in_(given)).order_by(LinkedItem.rank)).all()
        others = s.scalars(select(LinkedItem.key).where(LinkedItem.routine.is_(False)).order_by(LinkedItem.rank)).all()
        add_case_correction(s, "merge", keys[0], other=next(k for k in others if k != keys[0]))
        add_case_correction(s, "rename", keys[-1], title="Ett påhittat ärende")
        add_case_correction(s, "merge", "ingen-sådan-handling:7", other=keys[0])  # not applicable: unapplied
        s.commit()
        here = full_rows(s)
        with Pool(Limits(jobs=2)) as pool:
            there = full_rows(s, pool)
        assert isinstance(there[0].assignments, list)  # waited for: ``later`` not asked
        assert asdict(there[0]) == asdict(here[0]) and there[1] == here[1]
        assert here[0].assignments and here[1]


def test_a_pool_of_one_worker_gets_the_people_only(sessions):
    _ingest(sessions)
    with sessions() as s:
        pool = _FailingPool()
        pool.limits = Limits(jobs=1)
        assert not relink(s, full=True, pool=pool).changed and pool.jobs == 1


def test_a_failed_register_job_is_made_here_with_the_same_rows(sessions):
    _ingest(sessions)
    with sessions() as s:
        here, _ = full_rows(s)
        assert list(register_job.RegisterJob(_FailingPool(), [], []).wait_in(s)) == here.assignments


def test_the_register_is_written_after_every_other_linked_table(sessions):
    """Its rows may still be a worker's job when the others are written: they are read last."""
    from protokoll.store import linked

    _ingest(sessions)
    with sessions() as s:
        rows, unapplied = full_rows(s)
        made = rows.assignments
        written = {}

        class _Later:
            def __iter__(self):
                written.update({n: c.inserted + c.updated + c.unchanged for n, c in report.tables.items()})
                return iter(made)

        report = linked.LinkReport()
        rows.assignments = _Later()
        linked._write_tables(s, rows, None, report)
        assert written["bodies"] and written["person_mentions"] and written["linked_items"]
        assert written["assignments"] == 0 and report.tables["assignments"].unchanged == len(made) > 0
        assert list(report.tables)[:5] == ["chain_meetings", "chain_sources", "cases", "linked_items", "assignments"]
