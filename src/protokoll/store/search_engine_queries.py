"""The queries of a search of the embedded engine's index (:mod:`.search_engine_find` runs them).

Every query term must be in the title terms (weighing :data:`~.search_query.TITLE_WEIGHT`) or the other
terms: the scored query, which tantivy ranks by BM25. The same hits are those of the unscored query, each
term looked for in :data:`WORDS` (every term of a unit): the total and the facets are counted from it, one
posting list a term where the scored query joins two. A filter scores 0 in both.
"""

from __future__ import annotations

import re

from .search_parse import Clause, Parsed
from .search_query import TITLE_WEIGHT

try:
    import tantivy
except ImportError:  # pragma: no cover - tantivy is a pinned dependency
    tantivy = None

_LOW = 2 ** 32 - 1  #: the low half of a rank: the unit id, counted down
DATES = "dates"  #: the filter of a date range: (first day, last day) as ISO dates, or None
#: every term of a unit, its title's and the rest's, unscored: a query's hits read from one field a term (the
#: total and the facets: :func:`.search_engine_find.find`), where the scored query reads both and joins them
WORDS = "words"


def _term(schema, term, words: bool = False):
    """One term (or prefix) in the title (weighing more) or the rest; ``words``: in :data:`WORDS`, unscored."""
    if words:
        if term.prefix:
            return tantivy.Query.regex_query(schema, WORDS, re.escape(term.text) + ".*")
        return tantivy.Query.term_query(schema, WORDS, term.text, index_option="basic")
    if term.prefix:
        pattern = re.escape(term.text) + ".*"
        title = tantivy.Query.regex_query(schema, "title_terms", pattern)
        rest = tantivy.Query.regex_query(schema, "terms", pattern)
    else:
        title = tantivy.Query.term_query(schema, "title_terms", term.text, index_option="freq")
        rest = tantivy.Query.term_query(schema, "terms", term.text, index_option="freq")
    return tantivy.Query.boolean_query([(tantivy.Occur.Should, tantivy.Query.boost_query(title, TITLE_WEIGHT)),
                                        (tantivy.Occur.Should, rest)])


def _clause(schema, clause: Clause, words: bool = False):
    """Any option of ``clause``; an option: all its terms (``words``: :func:`_term`'s). Built once per clause and
    schema (a query is immutable; building one costs ~2-7 us a clause): kept with its schema, whose id is then
    not reused."""
    key = (id(schema), clause, words)
    built = _BUILT.get(key)
    if built is None:
        if len(_BUILT) >= BUILT:
            _BUILT.clear()
        built = _BUILT[key] = (schema, _build(schema, clause, words))
    return built[1]


BUILT = 4096  #: clauses kept built (all of them are forgotten when there are more)
_BUILT: dict[tuple, tuple] = {}  #: (schema id, clause, words) or (schema id, required, excluded) -> (schema, built)


def _build(schema, clause: Clause, words: bool):
    options = [tantivy.Query.boolean_query([(tantivy.Occur.Must, _term(schema, t, words)) for t in option])
               for option in clause.options]
    if len(options) == 1:
        return options[0]
    return tantivy.Query.boolean_query([(tantivy.Occur.Should, o) for o in options])


def _terms(schema, parsed: Parsed, words: bool = False):
    """Every required clause, no excluded one (``words``: :func:`_term`'s)."""
    return ([(tantivy.Occur.Must, _clause(schema, c, words)) for c in parsed.required]
            + [(tantivy.Occur.MustNot, _clause(schema, c, words)) for c in parsed.excluded])


def _query(schema, must: list, filters: dict, skip: str | None = None):
    """``must`` and every filter but ``skip``'s. A filter scores 0: it keeps every hit's score, so a filtered
    search lists its hits in the order of the unfiltered one (a term's BM25 would weigh a unit with several
    municipalities down by its field's length)."""
    clauses = list(must)
    for name, value in filters.items():
        if name == DATES:
            if value is not None:
                low, high = value
                clauses.append((tantivy.Occur.Must, tantivy.Query.range_query(
                    schema, "rank", tantivy.FieldType.Unsigned, _day(low) << 32, (_day(high) << 32) | _LOW)))
            continue
        if value is not None and name != skip:
            value = int(value) if name == "year" else str(value)
            term = tantivy.Query.term_query(schema, name, value)
            clauses.append((tantivy.Occur.Must, tantivy.Query.const_score_query(term, 0.0)))
    return tantivy.Query.boolean_query(clauses)


def _unfiltered(schema, parsed: Parsed) -> tuple:
    """(the scored query, the unscored one) of a search without filters (:func:`_query` of :func:`_terms`):
    built once per query and schema and kept as :func:`_clause` keeps a clause (joining the parts of a query
    copies them: ~5-10 us a query, twice a search)."""
    key = (id(schema), tuple(parsed.required), tuple(parsed.excluded))
    built = _BUILT.get(key)
    if built is None:
        if len(_BUILT) >= BUILT:
            _BUILT.clear()
        made = (tantivy.Query.boolean_query(_terms(schema, parsed)),
                tantivy.Query.boolean_query(_terms(schema, parsed, True)))
        built = _BUILT[key] = (schema, made)
    return built[1]


def _day(day: str) -> int:
    return int(day.replace("-", ""))
