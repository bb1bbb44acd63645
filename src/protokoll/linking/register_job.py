"""The register of a full relink made in a worker process while this one writes the other linked rows.

The register's rows (``link.rows.register_rows``: each assignment's deadline and every later
item that may report on it) are the largest part of a full relink's rows that no other linked
table needs before it is written: they refer only to items, and the items are written first.
So when the caller has a worker pool (``protokoll ingest``: its workers are idle once the last
file is read), a worker links the chain, items and cases of the same rows again (the linkers are
deterministic: the same answer) and makes the register of them, while this process links and
writes the rest (:mod:`.people_job` takes the people). The assignments table is written last
(:func:`protokoll.store.linked.write_linked`), when the worker's answer is needed. A job that
fails (over time, over memory) is done here, from the rows read again.
"""

from __future__ import annotations

from ..link.cases import Correction
from ..linking_parts import register_part


class RegisterJob:
    """The register's part of one full relink, sent to a worker of ``pool``; iterating it gives the rows
    (waiting for the worker then), as ``Rows.assignments`` gives them when made here."""

    #: workers in the pool at least: with one, it would make the register after the people (their job is sent
    #: first), while this process had linked them itself; and the chain, items and cases are linked twice
    WORKERS = 2

    def __init__(self, pool, rows: list[tuple], corrections: list[Correction]) -> None:
        self.pool, self.corrections = pool, corrections
        # ``once``: the records' JSON let go when sent; the texts (the people's job needs them) not sent
        self.job = pool.submit(register_part, [r[:8] for r in rows], corrections, once=True)
        self.session = None  #: where the rows are read again when the job failed (``wait_in``)

    def wait_in(self, session) -> "RegisterJob":
        """The session of the caller's transaction, read when the job has failed."""
        self.session = session
        return self

    def __iter__(self):
        from ..store import current_rows
        from ..workers import JobFailed

        try:
            rows = self.pool.result(self.job)
        except (JobFailed, RuntimeError):  # RuntimeError: no worker would start
            rows = register_part(current_rows(self.session, published=True), self.corrections)
        return iter(rows)
