"""Cases (threads of items across meetings) as the ``/arenden`` pages and ``protokoll cases`` ask them."""

from __future__ import annotations

from sqlalchemy import or_, select, true

from ..link.cases import Case
from ..store.linked_tables import LinkedCase, LinkedItem
from .items import bare_items
from .linked import LinkedView


def shown(show_all: bool):
    """SQL condition: the cases a list shows (all, or those of several items or corrected by hand)."""
    return true() if show_all else or_(LinkedCase.item_count > 1, LinkedCase.corrected.is_(True))


def summaries(view: LinkedView, show_all: bool) -> list[dict]:
    """Every shown case as a list row (id, title, items, first and last date, corrected), latest first
    (by the last item's date, then id): one statement over the cases (their dates are stored)."""
    rows = view.session.execute(
        select(LinkedCase.key, LinkedCase.title, LinkedCase.corrected, LinkedCase.item_count,
               LinkedCase.first_date, LinkedCase.last_date).where(shown(show_all)))
    out = [{"id": key, "title": title, "items": n, "first": first, "last": last, "corrected": bool(corrected)}
           for key, title, corrected, n, first, last in rows]
    return sorted(out, key=lambda c: (c["last"] or "", c["id"]), reverse=True)


def header(view: LinkedView, key: str) -> dict | None:
    """The case of ``key`` as a list row (id, title, items, first and last date, corrected) and its row
    id (``row``): one indexed statement, or None."""
    row = view.session.execute(
        select(LinkedCase.id, LinkedCase.title, LinkedCase.corrected, LinkedCase.item_count,
               LinkedCase.first_date, LinkedCase.last_date).where(LinkedCase.key == key)).first()
    if row is None:
        return None
    row_id, title, corrected, n, first, last = row
    return {"id": key, "title": title, "items": n, "first": first, "last": last, "corrected": bool(corrected),
            "row": row_id}


def timeline(view: LinkedView, row_id: int, limit: int | None = None, offset: int = 0) -> list:
    """The items of the case (row ``row_id``) in archive order, ``limit`` of them from ``offset``, their
    meetings without documents."""
    return bare_items(view, LinkedItem.case_id == row_id, limit=limit, offset=offset)


def case(view: LinkedView, key: str) -> tuple[Case, int] | None:
    """The case of ``key`` with its items (their meetings without documents) and its row id."""
    row = view.session.execute(select(LinkedCase.id, LinkedCase.title, LinkedCase.corrected)
                               .where(LinkedCase.key == key)).first()
    if row is None:
        return None
    return Case(key, row.title, bare_items(view, LinkedItem.case_id == row.id), bool(row.corrected)), row.id


def cases_in_order(view: LinkedView, show_all: bool, size: int = 200):
    """Every shown case with its items, in order of their first item (``protokoll cases``), ``size`` at a time."""
    offset = 0
    while True:
        rows = view.session.execute(select(LinkedCase.id, LinkedCase.key, LinkedCase.title, LinkedCase.corrected)
                                    .where(shown(show_all)).order_by(LinkedCase.position)
                                    .limit(size).offset(offset)).all()
        nodes: dict = {}
        items: dict[int, list] = {r.id: [] for r in rows}
        if rows:
            for item in bare_items(view, LinkedItem.case_id.in_(list(items)), nodes=nodes):
                items[item._case_row].append(item)
        yield from (Case(r.key, r.title, items[r.id], bool(r.corrected)) for r in rows)
        if len(rows) < size:
            return
        offset += size
