"""New files written in groups (issue 12, ``store.bulk``): the rows equal those of ``save`` one file at a
time, whatever the group holds; a group that fails is written file by file, so only the failing file
fails and is named. On SQLite, and on PostgreSQL when $PROTOKOLL_TEST_PG is set."""

from __future__ import annotations

import hashlib

from sqlalchemy import text

from conftest import drop_every_table, write_minutes
from protokoll.ingest import ingest_paths
from protokoll.pipeline import prepare_stored
from protokoll.read import DEFAULT_MAX_BYTES
from protokoll.store import save
from protokoll.store.bulk import save_many
from protokoll.store.versions import begin

TEXT = ("Minnesanteckningar\nStyrgruppen för Ängsö kommunförbund\nDatum: 2025-0{month}-15\n\n"
        "§ 1 {title}\nAnna Berg informerade om {title} i Uppsala kommun och Gävle kommun.\n"
        "Beslut: Gruppen beslutar att godkänna {title}.\n\n§ 2 Övrigt\nInga övriga frågor.\n")

#: every stored row an ingest writes, in id order; the time a document was ingested and the index's random epoch left out
TABLES = {
    "documents": "id, sha256, path, name, size, format, version, current, published, pages_json, text, raw_text, "
                 "changes_json",
    "meetings": "id, document_id, kind, organization, body, date, year, record_json, evidence_json",
    "originals": "sha256, data",
    "search_units": "id, meeting_id, document_id, kind, meeting_date, year, organization, body, item_number, title, "
                    "text, title_terms, terms",
    "search_places": "unit_id, municipality",
    "search_changes": "seq, meeting_id",
    "search_state": "id, generation",
}


def incoming(title: str, month: int, path: str):
    data = TEXT.format(title=title, month=month).encode()
    doc = prepare_stored(path, path.rsplit("/", 1)[-1], data, hashlib.sha256(data).hexdigest())
    doc.data = data
    return doc


def files():
    """A group as an ingest meets it: new files, the same bytes at a second path, a new version of a
    stored path, a path given twice in the group."""
    return [incoming("vindkraftsparken", 1, "/arkiv/a.txt"),
            incoming("bredbandsutbyggnaden", 2, "/arkiv/b.txt"),
            incoming("vindkraftsparken", 1, "/arkiv/kopia/a.txt"),  # the bytes of a.txt: unchanged
            incoming("solcellsparken", 3, "/arkiv/tidigare.txt"),  # a new version of a stored path
            incoming("vattenverket", 4, "/arkiv/c.txt"),
            incoming("vattenverket", 5, "/arkiv/c.txt"),  # c.txt again, changed: its second version
            incoming("skolskjutsarna", 6, "/arkiv/d.txt")]


def dump(sessions) -> dict[str, list]:
    with sessions() as session:
        return {table: [tuple(r) for r in session.execute(text(f"SELECT {columns} FROM {table} ORDER BY 1, 2"))]
                for table, columns in TABLES.items()}


def stored(sessions, write) -> dict[str, list]:
    with sessions() as session:
        begin(session)
        save(session, incoming("fjärrvärmen", 1, "/arkiv/tidigare.txt"))
        session.commit()
    with sessions() as session:
        begin(session)
        statuses = write(session, files())
        session.commit()
    return {"statuses": statuses, **dump(sessions)}


def emptied(url: str, name: str) -> str:
    """An empty database: on SQLite a new file beside the first, on PostgreSQL the same one, every table dropped."""
    if url.startswith("sqlite"):
        return url.rsplit("/", 1)[0] + f"/{name}.sqlite"
    drop_every_table(url)
    return url


def test_a_group_stores_the_rows_save_stores_one_file_at_a_time(database_url):
    from protokoll.store.db import session_factory

    sessions = session_factory(database_url)
    one_by_one = stored(sessions, lambda s, docs: [save(s, d) for d in docs])
    sessions.kw["bind"].dispose()
    sessions = session_factory(emptied(database_url, "grouped"))
    grouped = stored(sessions, lambda s, docs: save_many(s, docs, save))
    sessions.kw["bind"].dispose()
    assert one_by_one["statuses"] == ["inserted", "inserted", "unchanged", "updated", "inserted", "updated",
                                      "inserted"]
    assert grouped == one_by_one
    assert one_by_one["search_places"], "the documents name a municipality: their units have places"


def test_a_file_the_database_refuses_inside_a_group_fails_alone_and_is_named(tmp_path):
    from protokoll.store.db import session_factory

    folder = tmp_path / "arkiv"
    for n, title in enumerate(("Vindkraft", "Bredband", "Vattenverket", "Skolskjuts", "Fjärrvärme"), 1):
        write_minutes(folder, f"m{n}.txt", f"2024-0{n}-12", title)
    sessions = session_factory(f"sqlite:///{tmp_path / 'arkiv.sqlite'}")
    with sessions() as session:  # the database itself refuses one file, after the group began writing
        session.execute(text("CREATE TRIGGER refuse BEFORE INSERT ON meetings WHEN NEW.record_json LIKE '%Vattenverket%' "
                             "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"))
        session.commit()
    report = ingest_paths(sessions, [folder], DEFAULT_MAX_BYTES)
    assert report.counts == {"inserted": 4, "updated": 0, "unchanged": 0, "skipped": 0, "failed": 1}
    assert [(name.rsplit("/", 1)[-1], reason) for name, reason in report.failures] == [
        ("m3.txt", "database error (IntegrityError: refused by the test)")]
    with sessions() as session:
        names = session.execute(text("SELECT name FROM documents ORDER BY id")).scalars().all()
        assert names == ["m1.txt", "m2.txt", "m4.txt", "m5.txt"]
        assert session.execute(text("SELECT count(*) FROM meetings")).scalar() == 4
        assert session.execute(text("SELECT count(*) FROM originals")).scalar() == 4
        session.execute(text("DROP TRIGGER refuse"))
        session.commit()
    again = ingest_paths(sessions, [folder], DEFAULT_MAX_BYTES)
    assert again.counts == {"inserted": 1, "updated": 0, "unchanged": 4, "skipped": 0, "failed": 0}


def test_overlapping_ingests_restore_the_collector_thresholds_when_the_last_one_ends():
    import gc

    from protokoll.collector import fewer_collections

    before = gc.get_threshold()
    first, second = fewer_collections(), fewer_collections()
    first.__enter__()
    assert gc.get_threshold()[0] == 50_000
    second.__enter__()  # a second upload while the first is stored
    first.__exit__(None, None, None)
    assert gc.get_threshold()[0] == 50_000, "the second ingest still runs"
    second.__exit__(None, None, None)
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def fts_answers(sessions) -> dict[str, list[int]]:
    """Every analysed term of the stored units -> the unit ids SQLite's FTS5 index finds for it."""
    with sessions() as session:
        session.execute(text("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)"))
        words = {w for row in session.execute(text("SELECT title_terms, terms FROM search_units"))
                 for column in row for w in column.split()}
        return {w: session.execute(text("SELECT rowid FROM search_fts WHERE search_fts MATCH :q ORDER BY rowid"),
                                   {"q": '"' + w.replace('"', '""') + '"'}).scalars().all() for w in sorted(words)}


def test_units_written_in_a_group_are_found_by_the_term_index_as_when_written_one_by_one(tmp_path):
    """On SQLite a group's units reach the FTS5 index in one statement (``search_index.insert_units``):
    the index must answer every term as it does for units written by ``save`` one file at a time."""
    from protokoll.store.db import session_factory

    answers = []
    for name, write in (("one", lambda s, docs: [save(s, d) for d in docs]),
                        ("grouped", lambda s, docs: save_many(s, docs, save))):
        sessions = session_factory(f"sqlite:///{tmp_path / name}.sqlite")
        stored(sessions, write)
        answers.append(fts_answers(sessions))
        sessions.kw["bind"].dispose()
    assert answers[0] == answers[1]
    assert len(answers[0]) > 20 and all(answers[0].values()), "every term is found in some unit"


def test_a_record_sent_by_a_worker_is_unpickled_only_when_read_and_its_facts_come_with_it():
    """The writer reads a received record's facts from its stored form; the record's own objects are made
    only when something reads it (``save`` of a file that is not simply new), and then equal the sent one."""
    import pickle

    from protokoll.store import facts_of

    doc = incoming("vindkraftsparken", 1, "/arkiv/a.txt")
    received = pickle.loads(pickle.dumps(doc))
    assert "record" not in vars(received), "not unpickled on arrival"
    assert received.facts == facts_of(doc.record)
    assert (received.facts.kind, received.facts.date, received.facts.year) == ("minutes", "2025-01-15", 2025)
    assert received.stored.judged and received.stored.not_meeting is None
    assert received.record == doc.record
    again = pickle.loads(pickle.dumps(received))  # sent on once more (to be completed from the archive)
    assert again.record == doc.record
