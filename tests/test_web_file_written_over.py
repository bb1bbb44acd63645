"""W7, a file written over while a page reads it: a restored backup copied onto the SQLite file (same inode)
tears the pages a request is reading, which can come out as a wrong value (a column read as NULL) rather than as an
SQLite error. Such an error is the file's, not a bug: 503 with Retry-After, and the connections are reopened."""

from __future__ import annotations

import os

from browser_server import ingest
from fastapi import Depends
from fastapi.testclient import TestClient

from protokoll.web.app import create_app
from protokoll.web.errors import ROUTE_CHECKS


def _app(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "2025-02-03-minnesanteckningar.txt").write_text(
        "Norrby samverkansråd\n\nMINNESANTECKNINGAR\n\nMötesdatum: 2025-02-03\n\n1. Mötets öppnande\n\n"
        "Anna Berg hälsade välkommen.\n", encoding="utf-8")
    db = tmp_path / "live.sqlite"
    ingest([folder], f"sqlite:///{db}")
    return create_app(f"sqlite:///{db}"), db


def test_an_error_while_the_file_was_written_over_is_503_and_the_file_is_read_again(tmp_path):
    app, db = _app(tmp_path)

    def written_over_then_broken():
        st = os.stat(db)
        os.utime(db, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))  # as a copy onto the file leaves it
        raise TypeError("a torn read: a value of the wrong type")

    def broken():
        raise TypeError("a bug")

    checks = [Depends(check) for check in ROUTE_CHECKS]  # as every route of the app has them
    app.router.add_api_route("/-/overskriven", written_over_then_broken, dependencies=checks)
    app.router.add_api_route("/-/trasig", broken, dependencies=checks)
    client = TestClient(app, raise_server_exceptions=False)
    before = app.state.web.database.reopened
    response = client.get("/-/overskriven")
    assert response.status_code == 503, response.text
    assert response.headers.get("Retry-After") and "filen kan ha bytts ut" in response.text
    assert app.state.web.database.reopened == before + 1
    assert client.get("/moten").status_code == 200  # read again from the file as it is now
    assert client.get("/-/trasig").status_code == 500  # the file unchanged: an error is a bug, and says so
