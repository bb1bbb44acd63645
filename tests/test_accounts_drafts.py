"""Drafts: stored documents are published unless marked otherwise; a draft is seen only within its organisation."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from protokoll.ingest import ingest_paths
from protokoll.read import DEFAULT_MAX_BYTES
from protokoll.store.accounts import Account
from protokoll.store.db import session_factory
from protokoll.store.models import Document, Meeting
from protokoll.store.visibility import visible


PROTOCOL = """{organisation}
Styrelsen

PROTOKOLL {number}/2025

Sammanträdesdatum: {date}
Plats: Stadshuset

§ 1 Mötets öppnande
Ordföranden öppnade mötet.
"""


@pytest.fixture
def sessions(database_url, tmp_path):
    factory = session_factory(database_url)
    files = []
    for number, (name, date) in enumerate([("a.txt", "2025-02-03"), ("b.txt", "2025-03-03")], 1):
        files.append(tmp_path / name)
        files[-1].write_text(PROTOCOL.format(organisation="KOMMUNALFÖRBUNDET SYDKUSTEN", number=number, date=date))
    report = ingest_paths(factory, files, DEFAULT_MAX_BYTES)
    assert report.counts["inserted"] == 2, report.failures
    return factory


def names(sessions, reader: Account | None) -> list[str]:
    with sessions() as s:
        query = select(Document.name).join(Meeting).where(Document.current).order_by(Document.name)
        return list(s.scalars(visible(s, query, reader)))


def test_ingested_documents_are_published_and_a_draft_is_seen_only_by_its_organisation(sessions):
    with sessions() as s:
        assert s.scalars(select(Document.published)).all() == [True, True]
        organisation = s.scalar(select(Meeting.organization).join(Document).where(Document.name == "b.txt"))
        s.execute(update(Document).where(Document.name == "b.txt").values(published=False))
        s.commit()
    assert organisation.casefold() == "kommunalförbundet sydkusten"  # the role below spells it otherwise
    member = Account(1, "leo", "Leo", False, {"Kommunalförbundet  Sydkusten": "ledamot"})
    outsider = Account(2, "ada", "Ada", False, {"Ett annat förbund": "sekretariat"})
    assert names(sessions, None) == ["a.txt"]
    assert names(sessions, outsider) == ["a.txt"]
    assert names(sessions, member) == ["a.txt", "b.txt"]
