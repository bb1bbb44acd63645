"""store.authoring on SQLite and PostgreSQL: versions are rows, never overwrites; files by content."""

from __future__ import annotations

import hashlib

import pytest

from protokoll.record import Item, MeetingRecord
from protokoll.store.authoring import (AuthoringError, add_file, current, file_by_sha, history, meetings_of,
                                       new_meeting, save)

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))  # every byte value, to see binary content kept whole


def meeting(sessions, date: str = "2025-05-06") -> int:
    with sessions() as s:
        m = new_meeting(s, MeetingRecord(source="", kind="agenda", organization="Kommunalförbundet Västkusten",
                                         body="Styrelsen", date=date), "sara")
        s.commit()
        return m.id


def test_each_save_is_a_new_version_and_the_old_ones_stay(sessions):
    mid = meeting(sessions)
    with sessions() as s:
        record = MeetingRecord.from_dict(current(s, mid).record)
        record.items.append(Item("1", "Budget"))
        save(s, mid, record, {}, "eva")
        save(s, mid, record, {}, "eva")  # nothing changed: no row
        s.commit()
    with sessions() as s:
        rows = history(s, mid)
        assert [(v.version, v.saved_by, len(v.record["items"])) for v in rows] == [(1, "sara", 0), (2, "eva", 1)]
        assert rows[0].record["year"] == 2025 and current(s, mid).version == 2
        assert [m.id for m, _ in meetings_of(s, ["KOMMUNALFÖRBUNDET  VÄSTKUSTEN"])] == [mid]
        assert meetings_of(s, ["Räddningstjänsten Mitt"]) == []
        with pytest.raises(AuthoringError, match="Okänt läge"):
            save(s, mid, record, {}, "eva", state="publicerad")


def test_a_meeting_needs_an_iso_date(sessions):
    with pytest.raises(AuthoringError, match="ÅÅÅÅ-MM-DD"):
        meeting(sessions, "6 maj 2025")


def test_a_file_is_kept_once_by_its_hash_with_its_bytes_whole(sessions):
    with sessions() as s:
        first = add_file(s, "karta.png", PNG, "sara")
        again = add_file(s, "samma.png", PNG, "eva")
        s.commit()
        assert again.id == first.id and first.sha256 == hashlib.sha256(PNG).hexdigest()
    with sessions() as s:
        row = file_by_sha(s, hashlib.sha256(PNG).hexdigest())
        assert (row.name, row.media_type, row.size, bytes(row.content)) == ("karta.png", "image/png", len(PNG), PNG)
        with pytest.raises(AuthoringError, match="bara PDF"):
            add_file(s, "karta.pdf", PNG, "sara")  # the name says PDF, the bytes say PNG


def test_an_archived_meeting_is_a_document_version_found_by_search(sessions):
    from protokoll.store import current_records
    from protokoll.store.authoring_archive import archive
    from protokoll.store.models import Document
    from protokoll.store.search import search
    from sqlalchemy import select

    mid = meeting(sessions)
    with sessions() as s:
        record = MeetingRecord.from_dict(current(s, mid).record)
        record.items.append(Item("1", "Fjärrvärmetaxa", decisions=["att godkänna fjärrvärmetaxan"]))
        save(s, mid, record, {}, "sara")
        assert archive(s, mid, published=True) == "inserted"
        assert archive(s, mid, published=True) == "unchanged"
        record.items[0].title = "Fjärrvärmetaxa för 2026"
        save(s, mid, record, {}, "sara")
        assert archive(s, mid, published=True) == "updated"
        s.commit()
    with sessions() as s:
        docs = s.scalars(select(Document).order_by(Document.id)).all()
        assert [(d.version, d.current, d.format, d.published) for d in docs] == [(1, False, "app", True),
                                                                                (2, True, "app", True)]
        (current_record,) = current_records(s)
        assert current_record.record["items"][0]["title"] == "Fjärrvärmetaxa för 2026"
        found = search(s, "fjärrvärmetaxan")  # the item and its decision, of the current version only
        assert sorted(h.kind for h in found.hits) == ["decision", "item"]
        assert {h.meeting_id for h in found.hits} == {current_record.meeting_id}


def test_two_saves_cannot_take_the_same_version_number(sessions):
    from sqlalchemy.exc import IntegrityError

    from protokoll.store.authoring import AuthoredVersion

    mid = meeting(sessions)
    with sessions() as s:
        first = current(s, mid)
        s.add(AuthoredVersion(meeting_id=mid, version=first.version, state="draft", record_json=first.record_json,
                              notes_json="{}", saved_by="eva", saved_at=first.saved_at))
        with pytest.raises(IntegrityError):
            s.flush()
