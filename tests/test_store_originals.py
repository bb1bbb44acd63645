"""The original bytes of ingested files (store.originals, migration 0011) on SQLite and, when reachable,
PostgreSQL: kept once per content, every version's own bytes, never a wrong address."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import func, select

from conftest import write_minutes
from protokoll.pipeline import load, process
from protokoll.store import save
from protokoll.store.db import session_factory
from protokoll.store.models import Original
from protokoll.store.originals import keep_original, original_bytes


@pytest.fixture
def sessions(database_url):
    return session_factory(database_url)


def _store(sessions, path) -> str:
    data, sha = load(path)
    with sessions() as session:
        status = save(session, process(path, data, sha))
        session.commit()
    return status


def test_each_distinct_file_is_kept_once_and_every_version_keeps_its_bytes(sessions, tmp_path):
    path = write_minutes(tmp_path / "a", "m.txt", "2025-03-01", "Budget")
    first = path.read_bytes()
    copy = tmp_path / "b" / "m.txt"
    copy.parent.mkdir()
    copy.write_bytes(first)
    assert _store(sessions, path) == "inserted" and _store(sessions, copy) == "unchanged"
    path.write_bytes(first + "§ 3 Övrigt\nInget.\n".encode())
    assert _store(sessions, path) == "updated"
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Original)) == 2
        assert original_bytes(session, hashlib.sha256(first).hexdigest()) == first
        assert original_bytes(session, hashlib.sha256(path.read_bytes()).hexdigest()) == path.read_bytes()
        assert original_bytes(session, "0" * 64) is None


def test_bytes_are_never_stored_under_another_hash(sessions):
    with sessions() as session:
        with pytest.raises(ValueError):
            keep_original(session, hashlib.sha256(b"a").hexdigest(), b"b")
        assert keep_original(session, hashlib.sha256(b"a").hexdigest(), b"a") is True
        assert keep_original(session, hashlib.sha256(b"a").hexdigest(), b"a") is False
        session.commit()
