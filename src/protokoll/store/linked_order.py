"""The order columns of the linked tables, renumbered in the database after a scoped relink.

A full relink numbers every row in the order the linkers sort them (the
chain by body and date, items by date, kind and key, cases by their first
item, the register by item, persons by name, organisations by folded name).
A relink of a few organisations (:mod:`protokoll.linking.incremental`) writes only
their rows, so the numbers of the rest would be stale; rather than read and
renumber every row in Python, one statement per table numbers the rows from
the columns the linkers sort by (``row_number() OVER (ORDER BY ...)``), and
only the rows whose number changed are updated (by id). Texts compare by code point, as
Python does (SQLite's ``BINARY``, PostgreSQL's ``"C"`` collation).

Persons and organisations sort by a fold of their name that SQL cannot
make; they are few (one row per person or organisation), so they are
renumbered here in Python.
"""

from __future__ import annotations

from sqlalchemy import bindparam, func, select, text, update
from sqlalchemy.orm import Session

from ..swedish.fold import fold_name, person_slug
from .linked_tables import AssignmentRow, ChainMeeting, LinkedCase, LinkedItem, OrganizationRow, PersonMention, PersonRow

_TABLES = {m.__tablename__: m.__table__ for m in (ChainMeeting, LinkedItem, LinkedCase, AssignmentRow)}

#: an item's key without the "~<meeting id>" that tells apart the items of two documents of one name:
#: they sort as the linkers sort them, by that id and then in the order of their chain meeting's documents
_BASE_KEY = {False: "CASE WHEN instr(li.key, '~') > 0 THEN substr(li.key, 1, instr(li.key, '~') - 1) ELSE li.key END",
             True: "split_part(li.key, '~', 1)"}
_KIND_RANK = "CASE {t}.kind WHEN 'protocol' THEN 0 WHEN 'minutes' THEN 1 WHEN 'agenda' THEN 2 ELSE 3 END"


def _orders(c: str, base: str) -> dict[str, tuple[str, str]]:
    """Table -> (order column, the query numbering its rows: id, old number, new number ``n``);
    ``c`` is the code-point collation clause."""
    return {
        "chain_meetings": ("position", f"""
            SELECT id, position AS old, row_number() OVER (ORDER BY group_org{c}, group_body{c},
                COALESCE(date, after, '9999'){c}, (date IS NULL), key{c}) - 1 AS n
            FROM chain_meetings"""),
        "linked_items": ("rank", f"""
            SELECT li.id, li.rank AS old, row_number() OVER (ORDER BY COALESCE(cm.date, cm.after, '9999'){c},
                (cm.date IS NULL), {_KIND_RANK.format(t='li')}, {base}{c}, cs.position) - 1 AS n
            FROM linked_items li JOIN chain_meetings cm ON cm.id = li.chain_meeting_id
            JOIN chain_sources cs ON cs.meeting_id = li.meeting_id"""),
        "cases": ("position", f"""
            SELECT c.id, c.position AS old, row_number() OVER (ORDER BY MIN(li.rank), c.key{c}) - 1 AS n
            FROM cases c JOIN linked_items li ON li.case_id = c.id GROUP BY c.id, c.position, c.key"""),
        "assignments": ("position", f"""
            SELECT a.id, a.position AS old, row_number() OVER (ORDER BY li.rank, LENGTH(a.key), a.key{c}) - 1 AS n
            FROM assignments a JOIN linked_items li ON li.id = a.item_id"""),
    }


def renumber(session: Session) -> dict[str, int]:
    """Make every order column say the linkers' order again; -> rows renumbered per table."""
    postgresql = session.get_bind().dialect.name == "postgresql"
    collate = ' COLLATE "C"' if postgresql else ""
    done = {}
    for table, (column, numbered) in _orders(collate, _BASE_KEY[postgresql]).items():  # items before cases and assignments
        changed = session.execute(text(f"SELECT id, old, n FROM ({numbered}) AS r WHERE old <> n")).all()
        _apply(session, _TABLES[table], column, changed)
        done[table] = len(changed)
    done["persons"] = _renumber_persons(session)
    done["organizations"] = _renumber(session, OrganizationRow, lambda r: (fold_name(r.name), r.position, r.id))
    return done


def _apply(session: Session, t, column: str, changed: list) -> None:
    """Give each row (id, old, new) its new number: a run of rows that all move by one step (every
    later meeting after an insertion) in one statement, the rest by id.

    A run is moved to negative numbers first (-new - 1) and flipped back at the end, so that it
    never lands in the numbers another run is still to move.
    """
    single, moved = [], False
    changed = sorted(changed, key=lambda r: (r[1], r[0]))
    col, start = t.c[column], 0
    while start < len(changed):
        end, step = start + 1, changed[start][2] - changed[start][1]
        while end < len(changed) and changed[end][1] == changed[end - 1][1] + 1 and \
                changed[end][2] - changed[end][1] == step:
            end += 1
        low, high = changed[start][1], changed[end - 1][1]
        if end - start > 50 and session.scalar(  # the run is every row numbered low..high
                select(func.count()).select_from(t).where(col.between(low, high))) == end - start:
            session.execute(update(t).where(col.between(low, high)).values({column: -(col + step) - 1}))
            moved = True
        else:
            single += changed[start:end]
        start = end
    if moved:
        session.execute(update(t).where(col < 0).values({column: -col - 1}))
    if single:
        session.execute(update(t).where(t.c.id == bindparam("_id")).values({column: bindparam("n")}),
                        [{"_id": i, "n": n} for i, _, n in single])


def _renumber_persons(session: Session) -> int:
    """As ``link.people.finish`` orders them: by the slug of the name, then the sorted folded spellings."""
    rows = session.execute(select(PersonRow.id, PersonRow.name, PersonRow.position)).all()
    slugs = {r.id: person_slug(r.name) for r in rows}
    count: dict[str, int] = {}
    for s in slugs.values():
        count[s] = count.get(s, 0) + 1
    clashing = [i for i, s in slugs.items() if count[s] > 1]
    spellings: dict[int, set[str]] = {i: set() for i in clashing}
    if clashing:
        for pid, name in session.execute(select(PersonMention.person_id, PersonMention.name).distinct()
                                         .where(PersonMention.person_id.in_(clashing))):
            spellings[pid].add(fold_name(name))
    return _renumber(session, PersonRow, lambda r: (slugs[r.id], sorted(spellings.get(r.id, ()))), rows)


def _renumber(session: Session, model, key, rows=None) -> int:
    t = model.__table__
    rows = rows if rows is not None else session.execute(select(t.c.id, t.c.name, t.c.position)).all()
    changed = [{"_id": r.id, "position": n} for n, r in enumerate(sorted(rows, key=key)) if r.position != n]
    if changed:
        session.execute(update(t).where(t.c.id == bindparam("_id")).values(position=bindparam("position")),
                        changed)
    return len(changed)
