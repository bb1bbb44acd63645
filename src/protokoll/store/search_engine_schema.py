"""The documents of the embedded search index (:mod:`.search_engine`): its fields, and how a stored
search unit becomes one document.

Every unit is one document: its meeting, its analysed terms (split on
spaces only, so the hit sets are those of the SQL term index; scored, and once
more all in one unscored field: :data:`.search_engine_find.WORDS`), the facet
fields (filtered on and counted, never scored: document ids only), its rank
(:func:`.search_engine_find.rank`; it holds the unit's id) as a fast field and as prefix terms
(:func:`.search_engine_ties.spans`). One more document, of kind
:data:`STATE`, holds the change of the database the index has reached.
"""

from __future__ import annotations

from .search_engine_find import _LOW, FACET_VALUES, MARKS, WORDS, rank
from .search_engine_ties import FIELD as SPAN, spans

try:
    import tantivy
except ImportError:  # pragma: no cover - tantivy is a pinned dependency
    tantivy = None

STATE = "_state"  #: the kind of the one document holding the state of the index
_TEXT = ("kind", "organization", "body", "municipality")
UNITS = ("SELECT u.id, u.meeting_id, u.kind, u.year, u.organization, u.body, u.meeting_date, "
         "u.title_terms, u.terms, (SELECT group_concat(p.municipality, char(31)) FROM search_places p "
         "WHERE p.unit_id = u.id) FROM search_units u")  #: every unit as :func:`add_units` reads it


def schema():
    """The fields of the index (a change needs a new :data:`~.search_engine.VERSION`)."""
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("meeting", tokenizer_name="raw", index_option="basic")  #: the meeting id (deleted by term)
    builder.add_unsigned_field("seq", stored=True)  #: the state document: the last change applied
    builder.add_unsigned_field("rank", fast=True)  #: the order of tied hits (:func:`rank`)
    for name in _TEXT:
        builder.add_text_field(name, fast=True, tokenizer_name="raw", index_option="basic")
    builder.add_text_field(FACET_VALUES, fast=True, tokenizer_name="raw", index_option="basic")  #: (counted only)
    builder.add_text_field("epoch", stored=True, tokenizer_name="raw", index_option="basic")
    builder.add_integer_field("year", indexed=True, fast=True)
    builder.add_text_field("title_terms", tokenizer_name="whitespace", index_option="freq")
    builder.add_text_field("terms", tokenizer_name="whitespace", index_option="freq")
    builder.add_text_field(WORDS, tokenizer_name="whitespace", index_option="basic")  #: both, unscored (counted)
    builder.add_text_field(SPAN, tokenizer_name="whitespace", index_option="basic")  #: the rank's prefixes (:func:`spans`)
    return builder.build()


def add_units(writer, rows, ranks=None) -> None:
    """Add a document per unit of ``rows`` (as :data:`UNITS` reads them) to ``writer``: each facet value to
    its own field (filters, a filtered facet's counts) and behind its mark to :data:`FACET_VALUES`.
    ``ranks``: the units' ranks (:func:`rank`) in the order of ``rows``, when the caller has them (a full
    build sorts by them): made here otherwise."""
    if ranks is None:
        rows = list(rows)
        ranks = [rank(row[6], row[0]) for row in rows]
    kind_mark, org_mark, body_mark, place_mark = (MARKS[name] for name in _TEXT)
    for order, (_unit_id, meeting_id, kind, year, org, body, _day, title_terms, terms, places) in zip(ranks, rows):
        doc = tantivy.Document()
        add = doc.add_text
        add("meeting", str(meeting_id))
        doc.add_unsigned("rank", order)
        add(SPAN, spans(order))
        add("title_terms", title_terms)
        add("terms", terms)
        add(WORDS, title_terms)
        add(WORDS, terms)
        if year is not None:
            doc.add_integer("year", year)
            add(FACET_VALUES, f"y:{year}")
        if kind is not None:
            add("kind", kind)
            add(FACET_VALUES, kind_mark + kind)
        if org is not None:
            add("organization", org)
            add(FACET_VALUES, org_mark + org)
        if body is not None:
            add("body", body)
            add(FACET_VALUES, body_mark + body)
        for place in places.split("\x1f") if places else ():
            if place:
                add("municipality", place)
                add(FACET_VALUES, place_mark + place)
        writer.add_document(doc)


CHUNK = 2_000  #: units read from the database at once by :func:`add_newest_first`


def add_newest_first(writer, session) -> None:
    """Add a document for every unit, in the order of their ranks, the newest first (a full build).

    One indexing thread writes documents in the order added, so the segment of a full build (one, up to
    the writer's heap) has its addresses in rank order (:attr:`.search_engine_ranks.Ranks.in_order`). The
    ranks are made here by :func:`rank` itself (a unit's id is in its rank), and the units read by id
    (through the session's DB-API connection: its rows cost a third of the ORM's).
    """
    db = session.connection().connection.dbapi_connection
    order = sorted([rank(day, unit_id) for unit_id, day in db.execute("SELECT id, meeting_date FROM search_units")],
                   reverse=True)
    for start in range(0, len(order), CHUNK):
        ranks = order[start:start + CHUNK]
        ids = [_LOW - (r & _LOW) for r in ranks]
        rows = {row[0]: row for row in db.execute(f"{UNITS} WHERE u.id IN ({','.join(map(str, ids))})")}
        if len(rows) < len(ids):  # (one deleted meanwhile: its change is logged)
            ranks = [r for r, unit_id in zip(ranks, ids) if unit_id in rows]
            ids = [unit_id for unit_id in ids if unit_id in rows]
        add_units(writer, list(map(rows.__getitem__, ids)), ranks)  # (their ranks made once: for the order)
