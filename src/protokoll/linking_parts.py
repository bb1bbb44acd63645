"""The parts of a full relink that a worker process of the ingest's pool makes (``linking.people_job``,
``linking.register_job`` send them): the people and their rows, the register's rows.

They need the linkers and the records' rows only, never the database: this module (beside the ``linking``
package, whose import loads the store) imports neither SQLAlchemy nor the store, so a worker that takes one (its
parser preloaded, the database layer never) imports ~0.04 s of linkers, not ~0.4 s with the database layer
(issue 12).
"""

from __future__ import annotations

from dataclasses import dataclass

from .collector import gc_paused
from .link import chain as chain_
from .link.cases import Correction, build_cases, collect_items
from .link.chain import Source
from .link.corrections import PersonFix, Unapplied, unapplied_people
from .link.people import apply_corrections, link_people
from .link.rows import Rows, people_rows, register_rows
from .stored_form import records_of


@dataclass
class PeopleRows:
    """The people's rows of the linked tables, and the person corrections they do not show."""

    persons: list[dict]
    mentions: list[dict]
    person_runs: list[dict]
    person_meetings: list[dict]
    unapplied: list[Unapplied]

    def into(self, rows: Rows) -> None:
        rows.persons, rows.mentions = self.persons, self.mentions
        rows.person_runs, rows.person_meetings = self.person_runs, self.person_meetings


def people_part(rows: list[tuple], fixes: list, person_fixes: list[PersonFix]) -> PeopleRows:
    """The people of the records of ``rows`` (``store.current_rows``, with text), corrections applied, as rows.
    Runs in a worker (or here, when none can)."""
    from .link import orgs as orgs_

    with gc_paused():
        meetings = [orgs_.Source(r.meeting_id, r.date, r.organization, r.body, r.record, r.text)
                    for r in records_of(rows)]
        del rows
        people = apply_corrections(link_people(meetings), fixes)
        del meetings
        persons, mentions, runs, dated = people_rows(people)
        return PeopleRows(persons, mentions, runs, dated, unapplied_people(people, person_fixes))


def register_part(rows: list[tuple], corrections: list[Correction]) -> list[dict]:
    """The register's rows of the records of ``rows`` (``store.current_rows``; the texts are not
    needed), the case corrections applied as ``linking.link_all`` applies them. Runs in a worker
    (or here, when none can)."""
    with gc_paused():
        records = records_of(rows)
        del rows
        chain = chain_.build_chain([Source(r.meeting_id, r.document_name, r.record) for r in records])
        del records
        items = collect_items(chain)
        return register_rows(chain, items, build_cases(chain, corrections, items))


def warm() -> None:
    """Import what the parts run (sent to each worker after its last file, so that its part does not begin with
    the import): this module, by the job's reference, and what the linkers import when they first run."""
    from .swedish import dates, names  # noqa: F401  (the register's deadlines; given names: the people linker)
