"""Many files per transaction (issue 12): a SAVEPOINT per file undoes a failing file alone, the
others of the transaction stay; units analysed in the worker equal those a reindex makes from the
stored record. On SQLite, and on PostgreSQL when $PROTOKOLL_TEST_PG is set."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import create_engine, func, select, text

from conftest import write_minutes
from protokoll.ingest import ingest_paths
from protokoll.pipeline import prepare, prepare_stored
from protokoll.read import DEFAULT_MAX_BYTES
from protokoll.store import save
from protokoll.store.models import Document, Original
from protokoll.store.search import reindex, search
from protokoll.store.versions import StoreError, begin, save_in_savepoint

TEXT = ("Minnesanteckningar\nStyrgruppen för Ängsö kommunförbund\nDatum: 2025-0{month}-15\n\n"
        "§ 1 {title}\nAnna Berg informerade om {title}.\nBeslut: Gruppen beslutar att godkänna {title}.\n")


def incoming(title: str, month: int, path: str, worker: bool = False):
    data = TEXT.format(title=title, month=month).encode()
    make = prepare_stored if worker else prepare
    doc = make(path, path.rsplit("/", 1)[-1], data, hashlib.sha256(data).hexdigest())
    doc.data = data
    return doc


def test_a_file_failing_inside_its_savepoint_is_undone_alone(sessions):
    first = incoming("vindkraftsparken", 1, "/arkiv/a.txt", worker=True)
    broken = incoming("solcellsparken", 2, "/arkiv/a.txt")  # a new version of a.txt ...
    broken.record.body = "Styrgruppen " + "Å" * 300  # ... refused after it wrote (original, old version)
    last = incoming("bredbandsutbyggnaden", 3, "/arkiv/c.txt", worker=True)
    with sessions() as session:
        begin(session)
        assert save_in_savepoint(session, first, save) == "inserted"
        with pytest.raises(StoreError, match="the organisation or body name is 312 characters long"):
            save_in_savepoint(session, broken, save)
        assert save_in_savepoint(session, last, save) == "inserted"
        session.commit()
    with sessions() as session:
        docs = session.execute(select(Document.path, Document.version, Document.current)
                               .order_by(Document.path)).all()
        assert [tuple(d) for d in docs] == [("/arkiv/a.txt", 1, True), ("/arkiv/c.txt", 1, True)]
        kept = set(session.scalars(select(Original.sha256)))
        assert kept == {first.sha256, last.sha256}
        assert search(session, "vindkraftsparken").total > 0 and search(session, "bredbandsutbyggnaden").total > 0
        assert search(session, "solcellsparken").total == 0


def test_files_of_an_open_transaction_are_not_seen_before_the_commit(database_url, sessions):
    other = create_engine(database_url)
    try:
        with sessions() as session:
            begin(session)
            for n in range(3):
                save_in_savepoint(session, incoming(f"ärende {n}", n + 1, f"/arkiv/{n}.txt"), save)
            with other.connect() as conn:
                assert conn.execute(text("SELECT count(*) FROM documents")).scalar() == 0
            session.commit()
        with other.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM documents")).scalar() == 3
    finally:
        other.dispose()


def test_a_file_refused_by_the_store_amid_a_batch_is_named_and_the_rest_is_stored(sessions, tmp_path):
    folder = tmp_path / "in"
    for n in range(4):
        write_minutes(folder, f"möte-{n}.txt", f"2024-0{n + 1}-10", f"Ärende {n}")
    deep = folder.joinpath(*(["d" * 250] * 5))  # a path over the 1024 characters the archive keeps
    write_minutes(deep, "möte-djup.txt", "2024-06-10", "Djupt ärende")
    report = ingest_paths(sessions, [folder], DEFAULT_MAX_BYTES)
    assert report.line() == "4 inserted, 0 updated, 0 unchanged, 0 skipped, 1 failed"
    assert [(name.endswith("möte-djup.txt"), reason.startswith("the path is")) for name, reason in report.failures] \
        == [(True, True)]
    assert ingest_paths(sessions, [folder], DEFAULT_MAX_BYTES).line() == "0 inserted, 0 updated, 4 unchanged, 0 skipped, 1 failed"
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 4


def test_units_analysed_in_the_worker_equal_those_of_a_reindex(sessions, tmp_path):
    folder = tmp_path / "in"
    for n in range(3):
        write_minutes(folder, f"möte-{n}.txt", f"2024-0{n + 1}-10", f"Budget för Ängsö {n}",
                      body="Anna Berg, Mora kommun, informerade.\nGruppen beslutade att godkänna förslaget.\n"
                           "Sekretariatet får i uppdrag att skicka ut underlaget till Borlänge.")
    assert ingest_paths(sessions, [folder], DEFAULT_MAX_BYTES).line() == "3 inserted, 0 updated, 0 unchanged, 0 skipped, 0 failed"
    columns = ("meeting_id, document_id, kind, meeting_date, year, organization, body, item_number, title, text, "
               "title_terms, terms")
    units = f"SELECT {columns} FROM search_units ORDER BY id"
    places = ("SELECT u.meeting_id, u.kind, u.title, p.municipality FROM search_places p "
              "JOIN search_units u ON u.id = p.unit_id ORDER BY u.id, p.municipality")
    with sessions() as session:
        before = (session.execute(text(units)).all(), session.execute(text(places)).all())
        reindex(session)
        session.commit()
        after = (session.execute(text(units)).all(), session.execute(text(places)).all())
    assert before == after
    assert len(before[0]) > 3 * 3 and {row[3] for row in before[1]} >= {"Mora", "Borlänge"}


def test_a_duplicate_found_while_inserting_undoes_only_its_own_writes(sessions, monkeypatch):
    """Another ingest stored the same bytes after this one's check: the new version's writes before
    the refused insert (the old version no longer current) are undone, the rest of the batch stays."""
    import protokoll.store.versions as versions

    with sessions() as session:
        save_in_savepoint(session, incoming("vindkraftsparken", 1, "/arkiv/a.txt"), save)
        session.commit()
        save(session, incoming("solcellsparken", 2, "/annan/b.txt"))  # the other ingest
        session.commit()
    monkeypatch.setattr(versions, "reuse", lambda *_: None)  # this ingest checked before the other stored
    with sessions() as session:
        begin(session)
        assert save_in_savepoint(session, incoming("solcellsparken", 2, "/arkiv/a.txt"), save) == "unchanged"
        assert save_in_savepoint(session, incoming("bredbandsutbyggnaden", 3, "/arkiv/c.txt"), save) == "inserted"
        session.commit()
    with sessions() as session:
        docs = session.execute(select(Document.path, Document.version, Document.current)
                               .order_by(Document.path)).all()
        assert [tuple(d) for d in docs] == [("/annan/b.txt", 1, True), ("/arkiv/a.txt", 1, True),
                                            ("/arkiv/c.txt", 1, True)]
        assert search(session, "vindkraftsparken").total > 0


def test_an_older_record_without_item_texts_is_reindexed_from_the_stored_document_text():
    from protokoll.store.search_texts import item_texts

    document = ("Protokoll\nKulturnämnden\n\n§ 4 Bidrag till föreningar\nNämnden fördelade bidragen.\n\n"
                "Beslut: att godkänna fördelningen.\n§ 5   Övriga   frågor\nInga övriga frågor.\n\nJusteras\n")
    old = {"items": [{"number": "4", "title": "Bidrag till föreningar"}, {"number": "5", "title": "Övriga frågor"},
                     {"number": "6", "title": "Punkten som saknas"}]}
    assert item_texts(old, document) == {0: "Nämnden fördelade bidragen.\n\nBeslut: att godkänna fördelningen.",
                                         1: "Inga övriga frågor.\n\nJusteras", 2: ""}
    new = {"items": [{"number": "4", "title": "Bidrag till föreningar", "text": "Som skrivet."}]}
    assert item_texts(new, document) == {0: "Som skrivet."}
