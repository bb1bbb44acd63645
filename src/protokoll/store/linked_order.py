"""The order columns of the linked tables: what a scoped relink renumbers, and the order keys in SQL.

A full relink numbers every row in the order the linkers sort them. A relink
of a few organisations (:mod:`protokoll.linking.incremental`) writes only their
rows, so nothing it does may need a number of another row to change:

- items, the register and cases are ordered by text keys made of what the
  linkers sort by (``link.rows.order_key``: the meeting's date, dated before
  undated, the kind, the item id, the document's place in its meeting): a
  row's key is its own, written with it, and never renumbered. Texts compare
  by code point, as Python does (SQLite's ``BINARY``; on PostgreSQL the
  columns have the ``"C"`` collation). :data:`ITEM_KEY_SQL` makes the same
  key in SQL (migration 0017; tests check they agree);
- chain meetings by body: the body's place among the bodies times
  ``GROUP_STRIDE`` plus the meeting's place in it; only the bodies whose
  numbers are off (the relinked ones, or all after a new body) are renumbered
  (:func:`renumber`), in SQL (``row_number() OVER (...)``), and only the rows
  whose number changed are updated (by id);
- persons and organisations sort by a fold of their name that SQL cannot
  make; they are few (one row per person or organisation), so they are
  renumbered here in Python.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import bindparam, func, select, text, update
from sqlalchemy.orm import Session

from ..swedish.fold import fold_name, person_slug
from .linked_tables import ChainMeeting, OrganizationRow, PersonMention, PersonRow

#: as ``link.rows`` numbers chain meetings (store does not import link: tests/test_linked_rows.py checks they agree)
GROUP_STRIDE = 1 << 16
MAX_GROUPS = (1 << 31) // GROUP_STRIDE


def item_key_sql(postgresql: bool) -> str:
    """``link.rows.order_key`` of an item ``li`` of chain meeting ``cm`` and chain source ``cs``."""
    sep, pad = ("chr(1)", "lpad(CAST(cs.position AS TEXT), 6, '0')") if postgresql else (
        "char(1)", "printf('%06d', cs.position)")
    base = ("split_part(li.key, '~', 1)" if postgresql else
            "CASE WHEN instr(li.key, '~') > 0 THEN substr(li.key, 1, instr(li.key, '~') - 1) ELSE li.key END")
    kind = "CASE li.kind WHEN 'protocol' THEN '0' WHEN 'minutes' THEN '1' WHEN 'agenda' THEN '2' ELSE '3' END"
    parts = ["COALESCE(cm.date, cm.after, '9999')", "CASE WHEN cm.date IS NULL THEN '1' ELSE '0' END", kind,
             base, pad, "li.key"]
    return f" || {sep} || ".join(parts)


def assignment_key_sql(postgresql: bool) -> str:
    """``link.rows.assignment_key`` of an assignment ``a`` (key "<item key>/<n>") of the item ``li``."""
    n = "CAST(substr(a.key, length(li.key) + 2) AS INTEGER)"
    return f"li.rank || {'chr(1)' if postgresql else 'char(1)'} || " + (
        f"lpad(CAST({n} AS TEXT), 6, '0')" if postgresql else f"printf('%06d', {n})")


def renumber(session: Session, scoped: list[int] | None = None) -> dict[str, int]:
    """Make every order column that depends on other rows say the linkers' order again; -> rows
    renumbered per table. ``scoped``: the ids of the chain meetings just written (None: check all)."""
    collate = ' COLLATE "C"' if session.get_bind().dialect.name == "postgresql" else ""
    done = {"chain_meetings": _renumber_chain(session, collate, scoped)}
    done["persons"] = _renumber_persons(session)
    done["organizations"] = _renumber(session, OrganizationRow, lambda r: (fold_name(r.name), r.position, r.id))
    return done


def _set(session: Session, t, column: str, changed: list) -> None:
    if changed:
        session.execute(update(t).where(t.c.id == bindparam("_id")).values({column: bindparam("n")}),
                        [{"_id": i, "n": n} for i, n in changed])


def _chain_sql(c: str) -> str:
    """Chain meetings numbered densely in chain order (archives too large to number by body)."""
    return f"""
            SELECT id, position AS old, row_number() OVER (ORDER BY group_org{c}, group_body{c},
                COALESCE(date, after, '9999'){c}, (date IS NULL), key{c}) - 1 AS n
            FROM chain_meetings"""


def _renumber_chain(session: Session, c: str, scoped) -> int:
    """Chain positions by body (:func:`_by_body`), or densely; -> rows renumbered."""
    t = ChainMeeting.__table__
    if not _by_body(session):
        changed = session.execute(text(f"SELECT id, old, n FROM ({_chain_sql(c)}) AS r WHERE old <> n")).all()
        _apply(session, t, "position", changed)
        return len(changed)
    bodies = session.execute(text("SELECT group_org, group_body, MIN(position), MAX(position), count(*) "
                                  "FROM chain_meetings GROUP BY group_org, group_body")).all()
    bodies.sort(key=lambda b: (b[0], b[1]))  # by code point, as Python sorts the linkers' groups
    if scoped is None:
        off = list(enumerate(bodies))
    else:  # the bodies written, and those whose numbers are off (all after a new body)
        mine = set()
        for chunk in _chunks(scoped):
            mine |= set(session.execute(select(ChainMeeting.group_org, ChainMeeting.group_body)
                                        .where(ChainMeeting.id.in_(chunk)).distinct()))
        off = [(n, b) for n, b in enumerate(bodies) if (b[0], b[1]) in mine
               or (b[2], b[3]) != (n * GROUP_STRIDE, n * GROUP_STRIDE + b[4] - 1)]
    changed = []
    for chunk in range(0, len(off), 200):
        part = off[chunk:chunk + 200]
        groups = " OR ".join(f"(group_org = :o{i} AND group_body = :b{i})" for i in range(len(part)))
        params = {f"o{i}": b[0] for i, (_, b) in enumerate(part)} | {f"b{i}": b[1] for i, (_, b) in enumerate(part)}
        cases = " ".join(f"WHEN group_org = :o{i} AND group_body = :b{i} THEN {n * GROUP_STRIDE}"
                         for i, (n, _) in enumerate(part))
        changed += session.execute(text(f"""
            SELECT id, n FROM (SELECT id, position AS old, CASE {cases} END + row_number() OVER (
                PARTITION BY group_org, group_body ORDER BY COALESCE(date, after, '9999'){c}, (date IS NULL), key{c}) - 1 AS n
            FROM chain_meetings WHERE {groups}) AS r WHERE old <> n"""), params).all()
    _set(session, t, "position", changed)
    return len(changed)


def _ints(values: Iterable[int]) -> str:
    return ", ".join(str(int(v)) for v in values) or "NULL"


def _chunks(values: list, size: int = 500) -> Iterable[list]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _by_body(session: Session) -> bool:
    """Whether chain positions are numbered by body (``link.rows.chain_positions``: the same rule)."""
    groups, largest = session.execute(text(
        "SELECT count(*), max(n) FROM (SELECT count(*) AS n FROM chain_meetings GROUP BY group_org, group_body) g")).one()
    return (groups or 0) < MAX_GROUPS and (largest or 0) < GROUP_STRIDE


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
