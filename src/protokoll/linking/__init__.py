"""Link the stored archive and keep the answer as rows: store -> link -> store.

Linking reads every current record, so its cost grows with the archive; its
answer changes only when the stored data does. So it runs where the data
changes: at the end of every ``protokoll ingest`` batch and after a manual
correction (:func:`relink`), never in a reader. The answer is written as
rows with stable ids (:mod:`protokoll.store.linked`) that every page and
listing asks with SQL (:mod:`protokoll.query.linked`).
"""

from __future__ import annotations

import gc
import json
import time
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from ..link import chain as chain_, orgs as orgs_
from ..link.cases import Case, CaseItem, Correction, build_cases, collect_items
from ..link.chain import Chain, Source
from ..link.corrections import PersonFix, Unapplied, unapplied_cases, unapplied_people
from ..link.orgs import Organisation
from ..link.people import Person, apply_corrections, link_people
from ..link.rows import to_rows
from ..store import current_records
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


def link_all(session: Session) -> LinkResult:
    """Link every current record now, manual corrections applied (the records are read once)."""
    records = current_records(session, text=True, published=True)  # the archive links what is public
    chain = chain_.build_chain([Source(r.meeting_id, r.document_name, r.record) for r in records])
    items = collect_items(chain)
    stored_cases = case_corrections(session)
    cases = build_cases(chain, [Correction(c.action, c.item, c.other, c.title, c.batch)
                                for c in stored_cases], items)
    meetings = [orgs_.Source(r.meeting_id, r.date, r.organization, r.body, r.record, r.text) for r in records]
    people = apply_corrections(link_people(meetings), corrections(session))
    unapplied = unapplied_cases(items, cases, stored_cases) + unapplied_people(people, _person_fixes(session))
    return LinkResult(chain, items, cases, people, orgs_.link_orgs(meetings), unapplied)


def _person_fixes(session: Session) -> list[PersonFix]:
    rows = session.query(PersonCorrection).order_by(PersonCorrection.id).all()
    return [PersonFix(r.id, r.kind, r.person_id, r.other, *(lambda d: (d.get("person") or [], d.get("other") or []))(
        json.loads(r.names_json))) for r in rows]


def relink(session: Session, full: bool = False) -> LinkReport:
    """Make the linked tables say what linking decides of the current records (the caller commits).

    Only the organisations and people the meetings added or removed since the
    last relink touch are relinked (:mod:`.incremental`), unless ``full`` or
    only a full relink gives the answer (then ``report.scope`` says why).
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
        result = link_all(session)
        rows = to_rows(result.chain, result.items, result.cases, result.people, result.orgs)
        unapplied = [u.to_dict() for u in result.unapplied]
        del result  # the records and what was made of them: freed before the rows are written (the peak)
    report = write_linked(session, rows, time.perf_counter() - started, corrections=corrections_digest(session),
                          label=f"full ({reason})", unapplied=unapplied)
    write_owed(session, None, report)
    write_dissent(session, None, (), report)
    return report


@contextmanager
def gc_paused():
    """No cyclic garbage collection while millions of small objects are made.

    Each collection walks every tracked object, and making a linked archive
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
