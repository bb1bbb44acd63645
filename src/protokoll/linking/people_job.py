"""The people of a full relink linked in a worker process while this one links the rest.

The people linker (``link.people``: every name of the archive clustered, every
document text searched for the people found) needs nothing the other linkers
make: only the records, their texts and the stored person corrections. So when
the caller has a worker pool (``protokoll ingest`` does: its workers are idle
once the last file is read), the people and their rows (persons, mentions,
runs, dated meetings) are made by a worker from the same rows this process
read, while this one links the chain, items, cases and register; the rows are
the same either way. A job that fails (over time, over memory) is done here.
"""

from __future__ import annotations

from ..link.corrections import PersonFix
from ..linking_parts import PeopleRows, people_part  # noqa: F401  (PeopleRows: a name given here too)


class PeopleJob:
    """The people's part of one full relink, sent to a worker of ``pool``; :meth:`result` waits for it."""

    #: records at least, for a worker to link the people: fewer are linked here sooner than a worker
    #: that has not imported the linkers gets them (a tenth of a second or two)
    FEWEST = 200

    def __init__(self, pool, rows: list[tuple], fixes: list, person_fixes: list[PersonFix]) -> None:
        self.pool, self.args = pool, (fixes, person_fixes)
        pool.poll()  # the answers to the workers' last jobs taken: an idle worker gets this one now
        # ``once``: the rows (the records' JSON) are let go when sent, not kept through the link (its peak)
        self.job = pool.submit(people_part, rows, fixes, person_fixes, first=True, once=True)

    def poll(self) -> None:
        """Send the job on if it waits for a worker that is free now (the pool sends jobs only when asked);
        the caller asks between the steps of its own link."""
        if not self.job.done:
            self.pool.poll()

    def wait_in(self, session) -> "PeopleJob":
        """The session of the caller's transaction, read when the job has failed (:meth:`into`)."""
        self.session = session
        return self

    def into(self, rows) -> list[dict]:
        """Wait for the people's rows and put them into ``rows`` (``link.rows.Rows``); -> the person
        corrections they do not show, as dicts."""
        people = self.result(self.session)
        people.into(rows)
        return [u.to_dict() for u in people.unapplied]

    def result(self, session) -> PeopleRows:
        """The worker's answer; when the job failed, the same made here of the same rows (read again
        in the caller's transaction, which has not changed them)."""
        from ..store import current_rows
        from ..workers import JobFailed

        try:
            return self.pool.result(self.job)
        except (JobFailed, RuntimeError):  # RuntimeError: no worker would start
            return people_part(current_rows(session, text=True, published=True), *self.args)
