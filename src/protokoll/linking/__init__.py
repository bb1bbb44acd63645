"""Link the stored archive and keep the answer as rows: store -> link -> store.

Linking reads every current record, so its cost grows with the archive; its
answer changes only when the stored data does. So it runs where the data
changes: at the end of every ``protokoll ingest`` batch and after a manual
correction (:func:`relink`), never in a reader. The answer is written as
rows with stable ids (:mod:`protokoll.store.linked`) that every page and
listing asks with SQL (:mod:`protokoll.query.linked`).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from ..collector import gc_paused
from ..link import chain as chain_, orgs as orgs_
from ..link.cases import Case, CaseItem, Correction, build_cases, collect_items
from ..link.chain import Chain, Source
from ..link.corrections import PersonFix, Unapplied, unapplied_cases, unapplied_people
from ..link.orgs import Organisation
from ..link.people import Person, apply_corrections, link_people
from ..link.rows import to_rows
from ..store.cases import case_corrections
from ..store.linked import LinkReport, write_linked
from .owed import write_dissent, write_owed
from ..store.people import PersonCorrection, corrections


@dataclass
class LinkResult:
    """Everything the linkers make of the current records."""

    chain: Chain
    items: list[CaseItem]
    cases: list[Case]
    people: list[Person]
    orgs: list[Organisation]
    unapplied: list[Unapplied] = field(default_factory=list)  #: corrections the answer does not show
    people_job: object | None = None  #: ``people_job.PeopleJob``: the people, linked by a worker
    register_job: object | None = None  #: ``register_job.RegisterJob``: the register's rows, made by a worker


def link_all(session: Session, pool=None) -> LinkResult:
    """Link every current record now, manual corrections applied (the records are read once).

    With a worker ``pool`` and enough records, the people are linked by a worker meanwhile
    (:mod:`.people_job`): the result's ``people`` is empty and its ``people_job`` gives their rows;
    another worker makes the register's rows (:mod:`.register_job`: the result's ``register_job``)."""
    from ..store import current_rows, records_of
    from .people_job import PeopleJob
    from .register_job import RegisterJob

    rows = current_rows(session, text=True, published=True)  # the archive links what is public
    fixes, person_fixes = corrections(session), _person_fixes(session)
    stored_cases = case_corrections(session)
    fixed = [Correction(c.action, c.item, c.other, c.title, c.batch) for c in stored_cases]
    job = register = None
    if pool is not None and len(rows) >= PeopleJob.FEWEST:
        job = PeopleJob(pool, rows, fixes, person_fixes)
        if pool.limits.jobs >= RegisterJob.WORKERS:  # one worker: it would make the register after the people
            register = RegisterJob(pool, rows, fixed)
    poll = job.poll if job is not None else lambda: None  # the jobs sent on once a worker is free
    records = records_of(rows)
    del rows
    chain = chain_.build_chain([Source(r.meeting_id, r.document_name, r.record) for r in records])
    poll()
    items = collect_items(chain)
    poll()
    cases = build_cases(chain, fixed, items)
    poll()
    meetings = [orgs_.Source(r.meeting_id, r.date, r.organization, r.body, r.record, r.text) for r in records]
    people = [] if job is not None else apply_corrections(link_people(meetings), fixes)
    unapplied = unapplied_cases(items, cases, stored_cases)
    if job is None:
        unapplied += unapplied_people(people, person_fixes)
    return LinkResult(chain, items, cases, people, orgs_.link_orgs(meetings), unapplied, job, register)


def _person_fixes(session: Session) -> list[PersonFix]:
    rows = session.query(PersonCorrection).order_by(PersonCorrection.id).all()
    return [PersonFix(r.id, r.kind, r.person_id, r.other, *(lambda d: (d.get("person") or [], d.get("other") or []))(
        json.loads(r.names_json))) for r in rows]


def full_rows(session: Session, pool=None, later: bool = False) -> tuple:
    """What a full relink writes: the linked tables' rows (:func:`link_all`, the people's and the register's
    from the workers' jobs when ``pool`` took them) and the corrections they leave unapplied, as dicts. The
    records and what was made of them are freed when this returns, before the rows are written (the link's
    peak). ``later``: the register's rows and the people's may be the workers' jobs, waited for when they are
    written (the people's: ``rows.people``, which gives the person corrections they do not show then)."""
    result = link_all(session, pool)
    register = result.register_job
    rows = to_rows(result.chain, result.items, result.cases, result.people, result.orgs, register=register is None)
    if register is not None:
        rows.assignments = register.wait_in(session) if later else list(register.wait_in(session))
    if result.people_job is not None and later:  # the other tables are written while the worker links the people
        rows.people = result.people_job.wait_in(session)
    elif result.people_job is not None:
        people = result.people_job.result(session)
        people.into(rows)
        result.unapplied += people.unapplied
    return rows, [u.to_dict() for u in result.unapplied]


def relink(session: Session, full: bool = False, pool=None) -> LinkReport:
    """Make the linked tables say what linking decides of the current records (the caller commits).

    Only the organisations and people the meetings added or removed since the
    last relink touch are relinked (:mod:`.incremental`), unless ``full`` or
    only a full relink gives the answer (then ``report.scope`` says why).
    ``pool``: a worker pool (``protokoll.workers.Pool``) whose idle workers may link the people of a
    full relink while this process links the rest (:mod:`.people_job`; the same rows).
    -> what changed per table (inserted / updated / unchanged / deleted) and the new link generation.
    """
    from .incremental import Full, corrections_digest, relink_changed

    reason = "asked for"
    if not full:
        try:
            with gc_paused():
                return relink_changed(session)
        except Full as why:
            reason = str(why)
    started = time.perf_counter()
    with gc_paused():
        rows, unapplied = full_rows(session, pool, later=True)
    report = write_linked(session, rows, time.perf_counter() - started, corrections=corrections_digest(session),
                          label=f"full ({reason})", unapplied=unapplied)
    write_owed(session, None, report)
    write_dissent(session, None, (), report)
    return report
