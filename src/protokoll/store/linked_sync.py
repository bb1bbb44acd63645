"""The upsert of the linked tables (:class:`Sync`): make one table hold exactly the rows given, by natural
key, keeping the ids of the rows whose key survives, and count what changed (:class:`Count`).

Used by :func:`.linked.write_linked` and by the tables derived from the linked rows (``linking.owed``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from operator import itemgetter

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

CHUNK = 500  #: rows per statement of a bulk write (SQLite binds at most 32,766 parameters)
#: rows inserted into an empty SQLite table at least, for its indexes to be built after them (measured on the
#: mentions of 1,080 documents, 9 indexes: a third less than inserting into them row by row)
BULK = 5_000
_INDEXES = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY rowid"


@dataclass
class Count:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0

    def __str__(self) -> str:
        return f"{self.inserted} inserted, {self.updated} updated, {self.unchanged} unchanged, {self.deleted} deleted"


class Sync:
    """Upserts by natural key into one table; deletes are collected and done last (children first)."""

    def __init__(self, session: Session, table: Table, key: tuple[str, ...], count: Count,
                 ignore: tuple[str, ...] = ()) -> None:
        self.session, self.table, self.key, self.count = session, table, key, count
        self.ignore = ignore  #: columns neither compared nor updated (an order renumbered afterwards)
        self.doomed: list[int] = []
        #: the primary key: ``id``, or the natural key itself (chain_sources: the meeting id)
        self.pk = "id" if "id" in table.c else table.primary_key.columns.values()[0].name

    def run(self, rows: list[dict], scope=None, referred: bool = True) -> dict[tuple, int]:
        """Make ``table`` (within ``scope``, a where-clause) hold exactly ``rows``; -> key -> id.

        A row whose key is stored is updated in place (keeping its id), never deleted and re-inserted.
        ``referred=False``: no row refers to this table's, so the ids of the rows inserted are not read back
        (reading them was a third of writing the largest tables)."""
        t, session, pk = self.table, self.session, self.pk
        columns = [c.name for c in t.columns if c.name != "id" and c.name not in self.ignore]
        query = select(t.c[pk], *[t.c[c] for c in columns])
        if scope is not None:
            query = query.where(scope)
        # plain tuples (id, *columns), compared whole: a third of the cost of mappings compared by name
        at = [columns.index(c) + 1 for c in self.key]
        stored = {tuple(r[i] for i in at): r for r in session.execute(query).all()}
        empty = scope is None and not stored
        values, key_of = itemgetter(*columns), itemgetter(*self.key)
        ids: dict[tuple, int] = {}
        new, changed = ([] if stored else list(rows)), []  # nothing stored in scope (a first link): all new
        for row in rows if stored else ():
            key = key_of(row) if len(self.key) > 1 else (key_of(row),)
            old = stored.pop(key, None)
            if old is None:
                new.append(row)
                continue
            ids[key] = old[0]
            if tuple(old[1:]) != values(row):
                changed.append({**{c: row[c] for c in columns}, "_id": old[0]})
            else:
                self.count.unchanged += 1
        for chunk in _chunks(changed):
            session.execute(update(t).where(t.c[pk] == bindparam("_id")).values(
                {c: bindparam(c) for c in columns}), chunk)
        self.count.updated += len(changed)
        self._insert(new, empty)
        self.count.inserted += len(new)
        if new and pk == "id" and referred:
            ids.update(self._new_ids(new, scope))
        self.doomed = [r[0] for r in stored.values()]
        return ids

    def _insert(self, new: list[dict], empty: bool = False) -> None:
        """Insert ``new`` rows; on SQLite with the driver's ``executemany`` of plain tuples (the linked
        tables hold only texts, numbers, booleans and nulls), the columns' defaults filled in as
        SQLAlchemy fills them: a third of the cost of a Core insert of the same rows. Many rows into an
        ``empty`` table (a first link): its indexes dropped and made again after, with the same SQL, in
        the caller's transaction (the same rows and indexes; built from the rows sorted, not row by row)."""
        if not new:
            return
        t, conn = self.table, self.session.connection()
        if conn.dialect.name != "sqlite":
            for chunk in _chunks(new):
                conn.execute(insert(t), chunk)
            return
        given = list(new[0])
        defaults = {c.name: c.default.arg for c in t.columns
                    if c.name not in new[0] and c.default is not None and c.default.is_scalar}
        columns = given + list(defaults)
        names = ", ".join(f'"{c}"' for c in columns)
        sql = f'INSERT INTO "{t.name}" ({names}) VALUES ({", ".join("?" for _ in columns)})'
        values, filled = _values(given), tuple(defaults.values())
        indexes = conn.exec_driver_sql(_INDEXES, (t.name,)).all() if empty and len(new) >= BULK else []
        for name, _sql in indexes:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
        conn.exec_driver_sql(sql, [values(r) + filled for r in new])
        for _name, made in indexes:
            conn.exec_driver_sql(made)

    def _new_ids(self, new: list[dict], scope) -> dict[tuple, int]:
        """The ids of the rows just inserted (by their natural key; a scope may not hold a new row)."""
        t, wanted = self.table, {tuple(r[c] for c in self.key) for r in new}
        if len(self.key) == 1 and (scope is not None or len(new) < CHUNK):
            column = t.c[self.key[0]]
            return {(k,): i for chunk in _chunks(sorted(k for (k,) in wanted))
                    for i, k in self.session.execute(select(t.c.id, column).where(column.in_(chunk))).all()}
        found = select(t.c.id, *[t.c[c] for c in self.key])
        if scope is not None:
            found = found.where(scope)
        return {key: r[0] for r in self.session.execute(found).all() if (key := tuple(r[1:])) in wanted}

    def delete(self) -> None:
        t = self.table
        for chunk in _chunks(self.doomed):
            self.session.execute(delete(t).where(t.c[self.pk].in_(chunk)))
        self.count.deleted += len(self.doomed)


def _values(columns: list[str]) -> Callable[[dict], tuple]:
    """A row's values of ``columns`` as a tuple, by one ``itemgetter`` (a generator per row cost more than
    the driver's insert of it)."""
    if len(columns) == 1:
        return lambda row, column=columns[0]: (row[column],)
    return itemgetter(*columns)


def _chunks(rows: list, size: int = CHUNK) -> Iterable[list]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]
