"""The SQL term index's counts (:mod:`.search_sql`): the newest hits, the exact total and a sample of a
large hit set, and the facets counted over scored or sampled hits (:mod:`.search_query` has the statements).

:func:`survey` reads the newest hits' ids (on PostgreSQL in one pass with the
count and a sample: reading a matched row is what costs there); of a large hit
set, :func:`sample_hits` counts every hit and samples about :data:`SAMPLE_HITS`,
whose facets are estimates (two significant digits). Facets with a filter of
their own, and every facet of a small hit set, are counted exactly.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from operator import attrgetter, itemgetter

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from .search_index import SearchPlace, SearchUnit
from .search_query import _HASH, _SPAN, DATES, Match, Scored, among, columns_of, filtered

SAMPLE_HITS = 500  #: about this many hits of a larger hit set are sampled (not scored) for the facets


def sample_share(wanted: int, total: float) -> int:
    """The hash bound that keeps about ``wanted`` of ``total`` ids (see :func:`hashed`)."""
    return min(_SPAN, -(-int(_SPAN * wanted) // max(int(total), 1)))


def hashed(unit_id: int) -> int:
    """The value an id is sampled by: multiplicative hashing spreads any pattern of ids evenly."""
    return (unit_id * _HASH) % _SPAN


@dataclass
class Survey:
    """One look at the term index: the newest hits' ids; on PostgreSQL also the total and a sample."""

    newest: list[int]  #: newest first, up to the number asked for
    total: int | None = None  #: counted in the same pass (PostgreSQL)
    sample: list[int] | None = None  #: about SAMPLE_HITS ids (PostgreSQL)


#: PostgreSQL: every match's id in one pass over the GIN index and the matched rows (reading each
#: row's id is what costs there), kept as the newest, the count and a sample (:func:`hashed`).
_PG_SURVEY = text(
    "SELECT s.ids[1:CAST(:keep AS integer)], coalesce(cardinality(s.ids), 0), ARRAY(SELECT i FROM unnest(s.ids) AS i "
    "WHERE (i::bigint * :hash) % :span < ceil(:span * CAST(:wanted AS float8) / greatest(cardinality(s.ids), 1))) "
    "FROM (SELECT array_agg(id ORDER BY id DESC) AS ids FROM search_units "
    "WHERE vector @@ to_tsquery('simple'::regconfig, :query)) AS s")


def survey(session: Session, match: Match, keep: int) -> Survey:
    """The newest ``keep`` hits (SQLite: by the term index alone; PostgreSQL: with total and sample)."""
    if match.sqlite:
        return Survey(list(session.scalars(match.newest(keep))))
    params = {"keep": keep, "hash": _HASH, "span": _SPAN, "wanted": SAMPLE_HITS, "query": match.tsquery}
    newest, total, sample = session.execute(_PG_SURVEY, params).one()
    return Survey(list(newest or []), total, list(sample or []))


def sample_hits(session: Session, match: Match, found: Survey) -> tuple[int, list[Scored]]:
    """``(total, sample)``: the exact number of hits and about SAMPLE_HITS of them with their columns.

    On SQLite one more pass counts and samples. The share to sample is set
    from how densely the newest hits lie among the ids (the total is not
    known before the pass); when that guess is far off, the sample is cut
    down or taken again.
    """
    if found.total is not None:
        return found.total, columns_of(session, found.sample or [])
    newest = found.newest
    oldest = session.scalar(match.oldest())
    guess = len(newest) * (newest[0] - oldest + 1) / max(newest[0] - newest[-1] + 1, 1)
    total, ids = session.execute(match.counted_sample(sample_share(SAMPLE_HITS, guess))).one()
    ids = json_ids(ids)
    if len(ids) < SAMPLE_HITS // 4 and total > len(ids):
        ids = json_ids(session.execute(match.counted_sample(sample_share(SAMPLE_HITS, total))).one()[1])
    if len(ids) > 2 * SAMPLE_HITS:
        bound = sample_share(SAMPLE_HITS, total)
        ids = [i for i in ids if hashed(i) < bound]
    return total, columns_of(session, ids)


def json_ids(value) -> list[int]:
    """Ids aggregated by the database: a JSON array (SQLite) or an array (PostgreSQL)."""
    return json.loads(value) if isinstance(value, str) else list(value or [])


# --- facets --------------------------------------------------------------------------

def facet(session: Session, match: Match, name: str, filters: dict) -> dict[str, int]:
    """Exact counts per value of one facet over the hits, its own filter left out."""
    if name == "municipality":
        col = SearchPlace.municipality
        stmt = select(col, func.count()).where(SearchPlace.unit_id.in_(match.under(filters, skip=name)))
    else:
        col = getattr(SearchUnit, name)
        stmt = filtered(match.units(col, func.count()), filters, skip=name, sqlite=match.sqlite)
    return _sorted(Counter(dict(session.execute(stmt.group_by(col)).all())))


def places_of(session: Session, ids: list[int]) -> dict[int, set[str]]:
    """The municipalities each of ``ids`` mentions."""
    out: dict[int, set[str]] = {}
    if ids:
        sqlite = session.get_bind().dialect.name == "sqlite"
        rows = session.execute(select(SearchPlace.unit_id, SearchPlace.municipality)
                               .where(among(SearchPlace.unit_id, ids, sqlite)))
        for unit_id, place in rows:
            out.setdefault(unit_id, set()).add(place)
    return out


def counted(hits: list[Scored], places: dict[int, set[str]], filters: dict, name: str,
            scale: float = 1.0) -> dict[str, int]:
    """Counts per value of facet ``name`` over ``hits`` that pass every filter but its own.

    ``scale`` turns counts over a sample into estimates (two significant digits).
    """
    counts: Counter = Counter()
    if any(value is not None and key != name for key, value in filters.items()):
        hits = [hit for hit in hits if passes(hit, places, filters, skip=name)]
    if name == "municipality":
        for hit in hits:
            counts.update(places.get(hit.id, ()))
    else:
        counts.update(map(attrgetter(name), hits))
    if scale != 1.0:
        counts = Counter({value: _estimate(n * scale) for value, n in counts.items()})
    return _sorted(counts)


def passes(hit: Scored, places: dict[int, set[str]], filters: dict, skip: str | None = None) -> bool:
    """True when ``hit`` has every filter's value but ``skip``'s."""
    for name, value in filters.items():
        if value is None or name == skip:
            continue
        if name == DATES:
            if hit.date is None or not value[0] <= hit.date <= value[1]:
                return False
        elif name == "municipality":
            if value not in places.get(hit.id, ()):
                return False
        elif getattr(hit, name) != value:
            return False
    return True


def _estimate(value: float) -> int:
    """``value`` rounded to two significant digits, at least 1."""
    n = max(1, round(value))
    digits = len(str(n))
    return n if digits <= 2 else round(n, 2 - digits)


def _sorted(counts: Counter) -> dict[str, int]:
    """Values as strings, most hits first, None left out."""
    pairs = [(str(value), n) for value, n in counts.items() if value is not None and n]
    pairs.sort(key=itemgetter(0))
    pairs.sort(key=itemgetter(1), reverse=True)  # stable: equal counts stay in the order of their values
    return dict(pairs)
