"""The example archive (examples/) ingested for the web and query tests: their shared fixtures.

conftest.py registers this module as a plugin, so a test module asks for ``db_url``, ``client``,
``archive`` or ``view`` by name and imports no fixture from another test module. Each fixture keeps
the scope it had where it was written first: the archives are built once per test module that uses
them (``make test`` hands whole files to each worker). ``db_url`` and the SQLite case of ``archive`` are one
archive (``_sqlite_examples``). Their tests only read it, but for test_person_case_stored,
test_person_page_stored and test_owed, which migrate ``archive`` back and relink it: the first two do not
use ``db_url``; test_owed does, and its migration test ends by asserting the relinked archive answers as
before. A module that changes the archive for good and reads ``db_url`` too must build its own.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from browser_server import EXAMPLES, ingest
from conftest import drop_every_table, postgres_url_or_skip

TODAY = date(2025, 2, 1)  #: fixed, so that "upcoming" and "overdue" do not move with the calendar
SITE = "https://protokoll.example.se/arkiv"  #: the configured site address absolute URLs start with


def examples_archive(kind: str, tmp_path_factory, name: str, source: Path = EXAMPLES) -> str:
    """The documents of ``source`` (the example archive) ingested (and linked) into SQLite (``name``.sqlite),
    or into the emptied PostgreSQL test database (skipped when $PROTOKOLL_TEST_PG is not set): its URL."""
    if kind == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / f'{name}.sqlite'}"
    else:
        url = postgres_url_or_skip()
        drop_every_table(url)
    folder = tmp_path_factory.mktemp("archive")
    for f in source.iterdir():
        if f.is_file() and f.suffix in (".txt", ".pdf", ".docx"):
            shutil.copy(f, folder / f.name)
    ingest([folder], url)
    return url


@pytest.fixture(scope="module")
def _sqlite_examples(tmp_path_factory) -> str:
    """The example archive in SQLite, built once per module: ``db_url`` and ``archive``'s SQLite case."""
    return examples_archive("sqlite", tmp_path_factory, "examples")


@pytest.fixture(scope="module")
def db_url(_sqlite_examples) -> str:
    """The example archive in SQLite, built once per module."""
    return _sqlite_examples


@pytest.fixture(scope="module")
def client(db_url):
    """The web app over ``db_url`` (a module may define its own), on ``TODAY`` and under ``SITE``."""
    from fastapi.testclient import TestClient

    from protokoll.web.app import create_app

    return TestClient(create_app(db_url, today=TODAY, base_url=SITE + "/"))


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def archive(request, tmp_path_factory, _sqlite_examples) -> str:
    """The example archive in SQLite (the one of ``db_url``), and in PostgreSQL when $PROTOKOLL_TEST_PG is
    set; built once per module."""
    if request.param == "sqlite":
        return _sqlite_examples
    return examples_archive(request.param, tmp_path_factory, "examples")


@pytest.fixture()
def view(archive):
    """An ``ArchiveView`` of ``archive`` in a session of its own."""
    from protokoll.query.archive_view import ArchiveView
    from protokoll.store.db import open_sessions

    sessions = open_sessions(archive)
    with sessions() as session:
        yield ArchiveView(session)
    sessions.kw["bind"].dispose()
