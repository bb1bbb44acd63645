"""The SQL term index's answer to a search (:mod:`.search`): PostgreSQL, and SQLite when the embedded
engine is turned off, fails or has not caught up.

On it, up to :data:`~.search_query.EXACT_HITS` hits (before filters) every hit
is scored and counted: the ranking and the facets are exact. A larger hit set
(a common word) is ranked by scoring candidates only, the most recently indexed
hits and the most recent with a query word in the title, followed by the other
hits newest first; its facets are estimates from a fixed sample of the hits
(``exact`` is False). The total is always exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from .search_index import SearchUnit
from .search_counts import Survey, counted, facet, places_of, sample_hits, survey
from .search_query import CANDIDATES, EXACT_HITS, FACETS, Match, Scored, ranked


@dataclass
class Found:
    """The hits of a search before the page is read: ids best first, total and facets."""

    order: list[int]  #: at least as many as the page needs, when there are that many
    total: int
    facets: dict[str, dict[str, int]]
    exact: bool = True


def no_facets() -> dict[str, dict[str, int]]:
    return {name: {} for name in FACETS}


def find(session: Session, match: Match, filters: dict, wanted: int) -> Found:
    """Rank and count the hits: every one when there are few, candidates and a sample when many."""
    found = survey(session, match, EXACT_HITS + 1)
    if not found.newest:
        return Found([], 0, no_facets())
    if len(found.newest) <= EXACT_HITS:
        return _every_hit(session, match, filters)
    return _many_hits(session, match, filters, wanted, found)


def _every_hit(session: Session, match: Match, filters: dict) -> Found:
    """Score every hit under ``filters``; the facets exact, those with a filter of their own counted apart."""
    hits = ranked([Scored.of(row) for row in session.execute(match.scored(filters))])
    facets = {}
    for name in FACETS:
        if name == "municipality" or filters[name] is not None:
            facets[name] = facet(session, match, name, filters)
        else:
            facets[name] = counted(hits, {}, {}, name)  # every hit passes every filter
    return Found([h.id for h in hits], len(hits), facets)


def _many_hits(session: Session, match: Match, filters: dict, wanted: int, found: Survey) -> Found:
    """A large hit set: the scored candidates first, then the other hits newest first.

    ``found`` holds the ids of the newest hits. The facets are estimates from
    the sample.
    """
    total, sample = sample_hits(session, match, found)
    places = places_of(session, [h.id for h in sample])
    scale = total / max(len(sample), 1)
    facets = {name: counted(sample, places, filters, name, scale) for name in FACETS}
    titled = list(session.scalars(match.title_ids(CANDIDATES, found.newest)))
    if any(value is not None for value in filters.values()):
        return _many_filtered(session, match, filters, titled, facets)
    order = [h.id for h in _scored(session, match, set(titled) | set(found.newest[:CANDIDATES]))]
    return Found(order + _newest(session, match, found.newest, set(order), wanted), total, facets, False)


def _many_filtered(session: Session, match: Match, filters: dict, titled: list[int], facets: dict) -> Found:
    """A large hit set under filters: the ids of the hits under them are read.

    When there are many, the candidates are the newest of them and the title
    candidates among them; when few, they are all scored and the facets
    without a filter of their own are counted exactly over them.
    """
    ids = sorted(session.scalars(match.filtered_ids(filters)), reverse=True)
    if len(ids) > EXACT_HITS:
        order = [h.id for h in _scored(session, match, set(ids[:CANDIDATES]) | set(titled).intersection(ids))]
        seen = set(order)
        return Found(order + [i for i in ids if i not in seen], len(ids), facets, False)
    hits = _scored(session, match, set(ids))
    places = places_of(session, [h.id for h in hits])
    for name in FACETS:
        if filters[name] is None:
            facets[name] = counted(hits, places, {}, name)
    return Found([h.id for h in hits], len(hits), facets, False)  # the filtered facets: estimates


def _scored(session: Session, match: Match, ids: set[int]) -> list[Scored]:
    """The hits of ``ids`` scored, best first."""
    if not ids:
        return []
    return ranked([Scored.of(row) for row in session.execute(match.scored({}, sorted(ids)))])


def _newest(session: Session, match: Match, newest: list[int], seen: set[int], wanted: int) -> list[int]:
    """The newest hits not in ``seen``, as many as a page ending at ``wanted`` needs.

    ``newest`` are the newest hits already read; more are read when the page needs them.
    """
    if wanted <= len(seen):
        return []
    rest = [i for i in newest if i not in seen]
    if len(seen) + len(rest) < wanted:
        rest = [i for i in session.scalars(match.newest(wanted + len(seen))) if i not in seen]
    return rest[:wanted - len(seen)]


class PageRow(NamedTuple):
    """One unit of a page as the page is made of it: a :class:`~.search.Hit`'s fields but its snippet, with the
    unit's id and the text the snippet is cut from."""

    id: int
    kind: str
    meeting_id: int
    meeting_date: str | None
    year: int | None
    organization: str | None
    body: str | None
    item_number: str | None
    title: str
    text: str


_SHOWN = PageRow._fields


def rows(session: Session, ids: list[int]) -> list[PageRow]:
    """The units of ``ids``, in that order."""
    if not ids:
        return []
    table = SearchUnit.__table__  # plain rows, not ORM objects: a page is read, never changed
    columns = [table.c[name] for name in _SHOWN]
    rows = {u.id: PageRow._make(u) for u in session.execute(select(*columns).where(table.c.id.in_(ids)))}
    return [rows[i] for i in ids if i in rows]  # (a unit another process dropped since the index was read)
