"""The documents of the embedded search index (:mod:`.search_engine`): its fields, and how a stored
search unit becomes one document.

Every unit is one document: its meeting, its analysed terms (split on
spaces only, so the hit sets are those of the SQL term index; scored, and once
more all in one unscored field: :data:`.search_engine_find.WORDS`), the facet
fields (filtered on, never scored: document ids only), the ids of its facet values
(counted: :mod:`.search_engine_facets`), its rank
(:func:`.search_engine_find.rank`; it holds the unit's id) as a fast field and as prefix terms
(:func:`.search_engine_ties.spans`). One more document, of kind
:data:`STATE`, holds the change of the database the index has reached and the table of facet ids.
"""

from __future__ import annotations

from .search_engine_facets import BODY, COLUMNS, KIND_YEAR, MUNICIPALITY, ORGANIZATION, FacetTable
from .search_engine_find import _LOW, WORDS, rank
from .search_engine_ties import FIELD as SPAN, spans

try:
    import tantivy
except ImportError:  # pragma: no cover - tantivy is a pinned dependency
    tantivy = None

STATE = "_state"  #: the kind of the one document holding the state of the index
TABLE = "facet_table"  #: the state document's field holding the facet ids' values (:class:`FacetTable`)
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
    for name in _TEXT:  # (filtered on; counted by their ids)
        builder.add_text_field(name, tokenizer_name="raw", index_option="basic")
    for column in COLUMNS:
        builder.add_unsigned_field(column, fast=True)
    builder.add_bytes_field(TABLE, stored=True)  #: the state document: the facet ids' values (FacetTable.dumps)
    builder.add_text_field("epoch", stored=True, tokenizer_name="raw", index_option="basic")
    builder.add_integer_field("year", indexed=True)
    builder.add_text_field("title_terms", tokenizer_name="whitespace", index_option="freq")
    builder.add_text_field("terms", tokenizer_name="whitespace", index_option="freq")
    builder.add_text_field(WORDS, tokenizer_name="whitespace", index_option="basic")  #: both, unscored (counted)
    builder.add_text_field(SPAN, tokenizer_name="whitespace", index_option="basic")  #: the rank's prefixes (:func:`spans`)
    return builder.build()


def add_units(writer, rows, ranks=None, table: FacetTable | None = None) -> FacetTable:
    """Add a document per unit of ``rows`` (as :data:`UNITS` reads them) to ``writer``: each facet value to
    its own field (filters) and its id in ``table`` (given here when new: a new index) to its column of ids
    (the facets' counts); returns the table. ``ranks``: the units' ranks (:func:`rank`) in the order of
    ``rows``, when the caller has them (a full build sorts by them): made here otherwise."""
    if ranks is None:
        rows = list(rows)
        ranks = [rank(row[6], row[0]) for row in rows]
    table = FacetTable() if table is None else table
    ids = table.id
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
        if kind is not None:
            add("kind", kind)
        doc.add_unsigned(KIND_YEAR, ids(KIND_YEAR, None if kind is None and year is None else (kind, year)))
        if org is not None:
            add("organization", org)
        doc.add_unsigned(ORGANIZATION, ids(ORGANIZATION, org))
        if body is not None:
            add("body", body)
        doc.add_unsigned(BODY, ids(BODY, body))
        for place in dict.fromkeys(places.split("\x1f")) if places else ():
            if place:
                add("municipality", place)
                doc.add_unsigned(MUNICIPALITY, ids(MUNICIPALITY, place))
        writer.add_document(doc)
    return table


def add_state(writer, epoch: str, seq: int, table: FacetTable) -> None:
    """Replace the state document: the database's epoch, the change the commit applies, the facet ids' table.
    (It never matches a query: its ids are never counted.)"""
    writer.delete_documents_by_term("kind", STATE)
    state = tantivy.Document()
    state.add_text("kind", STATE)
    state.add_text("epoch", epoch)
    state.add_unsigned("seq", seq)
    state.add_unsigned("rank", 0)
    state.add_bytes(TABLE, table.dumps())
    for column in (KIND_YEAR, ORGANIZATION, BODY):  # id 0, "no value": a column with a value in every document
        state.add_unsigned(column, 0)               # is read without an index of the documents that have one
    writer.add_document(state)


CHUNK = 2_000  #: units read from the database at once by :func:`add_newest_first`


def add_newest_first(writer, session, table: FacetTable) -> None:
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
        add_units(writer, list(map(rows.__getitem__, ids)), ranks, table)  # (their ranks made once: for the order)
