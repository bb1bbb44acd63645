"""Justering and publishing on SQLite and PostgreSQL: each step a new row; locked while sent; the archive gets it.

Names, bodies and texts are made up for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from protokoll.record import Attendee, Item, MeetingRecord
from protokoll.store.accounts import add_user, grant_role
from protokoll.store.authoring import AuthoringError, current, history, new_meeting, save
from protokoll.store.authoring_justering import (adjuster_choices, anslag_dates, approve, audit_log,
                                                 current_round, posts_anslag, publish, return_to_draft, send, signed_by,
                                                 steps, withdraw)
from protokoll.store.models import Document

ORG = "Kommunalförbundet Västkusten"
SHA = "a" * 64


@pytest.fixture
def mid(sessions) -> int:
    with sessions() as s:
        for login, name, role in (("sara", "Sara Holm", "sekretariat"), ("anna", "Anna Berg", "ledamot"),
                                  ("per", "Per Lind", "ledamot")):
            add_user(s, login, "lösenord-som-räcker", name)
            grant_role(s, login, ORG, role, "test")
        add_user(s, "olof", "lösenord-som-räcker", "Olof Ek")
        grant_role(s, "olof", "Räddningstjänsten Mitt", "ledamot", "test")
        record = MeetingRecord(source="", kind="agenda", organization=ORG, body="Direktionen", date="2025-05-06")
        meeting = new_meeting(s, record, "sara")
        record = MeetingRecord.from_dict(current(s, meeting.id).record)
        record.kind, record.chair = "protocol", "Anna Berg"
        record.attendees = [Attendee("Anna Berg", role="ordförande"), Attendee("Per Lind", role="ledamot")]
        record.items = [Item("1", "Taxa för tillsyn", decisions=["att anta taxan"])]
        save(s, meeting.id, record, {}, "sara")
        s.commit()
        return meeting.id


def test_sent_approved_by_each_adjuster_then_published_into_the_archive(sessions, mid):
    with sessions() as s:
        assert [c["login"] for c in adjuster_choices(s, "KOMMUNALFÖRBUNDET VÄSTKUSTEN")] == ["anna", "per", "sara"]
        with pytest.raises(AuthoringError, match="olof"):
            send(s, mid, ["anna", "olof"], "sara")  # not of this organisation
        send(s, mid, ["Anna", "per"], "sara")
        s.commit()
    with sessions() as s:
        version = current(s, mid)
        assert version.state == "justering"
        roles = {a["name"]: a["role"] for a in version.record["attendees"]}
        assert roles == {"Anna Berg": "ordförande", "Per Lind": "justerare"}  # the chair stays chair
        record = MeetingRecord.from_dict(version.record)
        record.items[0].title = "Ändrad i smyg"
        with pytest.raises(AuthoringError, match="skickat för justering"):
            save(s, mid, record, {}, "sara")
        with pytest.raises(AuthoringError, match="ändrats sedan"):
            approve(s, mid, "anna", version.version - 1, SHA)
        with pytest.raises(AuthoringError, match="inte utsedd"):
            approve(s, mid, "sara", version.version, SHA)
        approve(s, mid, "anna", version.version, SHA)
        with pytest.raises(AuthoringError, match="redan justerat"):
            approve(s, mid, "anna", version.version, SHA)
        assert current(s, mid).state == "justering" and current_round(s, mid).waiting == ["per"]
        approve(s, mid, "per", version.version, "b" * 64)
        assert current(s, mid).state == "justerad"
        with pytest.raises(AuthoringError, match="före justeringen"):
            publish(s, mid, "sara", date(2000, 1, 1))
        posted = date.today()
        assert publish(s, mid, "sara", posted, "Förbundskontoret") == "inserted"
        assert posts_anslag(s, ORG, "Direktionen") is True
        s.commit()
    with sessions() as s:
        assert current(s, mid).state == "published"
        assert [(r.step, r.who, r.document_sha256) for r in steps(s, mid)] == [
            ("sent", "sara", None), ("approved", "anna", SHA), ("approved", "per", "b" * 64),
            ("justerad", "per", None), ("published", "sara", None)]
        assert steps(s, mid)[-1].data["anslag"] == anslag_dates(posted, "Förbundskontoret")
        doc = s.scalar(select(Document).where(Document.current))
        assert doc.published and doc.format == "app"
        expected = [f"Justerat av Anna Berg {posted}", f"Justerat av Per Lind {posted}",
                    f"Datum då anslaget sätts upp: {posted}"]
        assert doc.text.splitlines()[-6:-3] == expected
        assert [r["what"] for r in audit_log(s, mid)] == ["sparad", "sparad", "sent", "approved", "approved",
                                                          "justerad", "published"]


def test_anslag_runs_three_weeks_and_is_taken_down_the_day_after():
    assert anslag_dates(date(2025, 5, 12)) == {"posted": "2025-05-12", "last_appeal": "2025-06-02",
                                               "taken_down": "2025-06-03", "kept_at": None}


def test_returned_with_a_comment_or_withdrawn_goes_back_to_a_draft_and_a_change_needs_a_new_justering(sessions,
                                                                                                      mid):
    with sessions() as s:
        send(s, mid, ["per"], "sara")
        with pytest.raises(AuthoringError, match="vad som ska ändras"):
            return_to_draft(s, mid, "per", "  ")
        return_to_draft(s, mid, "per", "Punkt 1: taxan gäller från 1 juli.")
        assert current(s, mid).state == "draft"
        send(s, mid, ["per"], "sara")
        withdraw(s, mid, "sara")
        send(s, mid, ["per"], "sara")
        approve(s, mid, "per", current(s, mid).version, SHA)
        assert posts_anslag(s, ORG, "direktionen") is None  # nothing published yet
        publish(s, mid, "sara", None)  # a body that posts no anslag
        assert posts_anslag(s, ORG.upper(), "Direktionen") is False and posts_anslag(s, ORG, "Styrelsen") is None
        record = MeetingRecord.from_dict(current(s, mid).record)
        record.items[0].decisions = ["att anta taxan från 1 juli"]
        save(s, mid, record, {}, "sara")  # after publishing: a new draft
        assert current(s, mid).state == "draft" and current_round(s, mid).waiting == []
        send(s, mid, ["per"], "sara")
        assert current_round(s, mid).waiting == ["per"]  # its own justering
        s.commit()
        states = [v.state for v in history(s, mid)]
        assert states == ["draft", "draft", "justering", "draft", "justering", "draft", "justering", "justerad",
                          "published", "draft", "justering"]
        returned = [r for r in steps(s, mid) if r.step == "returned"]
        assert [(r.who, r.comment) for r in returned] == [("per", "Punkt 1: taxan gäller från 1 juli.")]


@pytest.fixture
def swedish_time(monkeypatch):
    """The process's local time is Sweden's (a POSIX rule: no zone files needed), as on a machine there."""
    import time

    monkeypatch.setenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_an_approval_is_dated_by_the_local_day_not_by_the_utc_one(sessions, mid, monkeypatch, swedish_time):
    """Approved at 00.30 in Sweden, 23.30 UTC the day before: the archive's "Justerat av" line and the check
    that the anslag is not put up before the justering both take the Swedish day, the day the secretariat's
    form (and ``date.today()``) gives. Before, the UTC day: a day early for two hours of each night."""
    from datetime import datetime

    from protokoll.store import authoring_justering

    monkeypatch.setattr(authoring_justering, "now", lambda: datetime(2026, 3, 6, 23, 30))  # stored as UTC
    with sessions() as s:
        send(s, mid, ["anna"], "sara")
        approve(s, mid, "anna", current(s, mid).version, SHA)
        assert signed_by(s, mid) == {"Anna Berg": "2026-03-07"}
        with pytest.raises(AuthoringError, match="före justeringen"):
            publish(s, mid, "sara", date(2026, 3, 6))
        assert publish(s, mid, "sara", date(2026, 3, 7)) == "inserted"
        doc = s.scalar(select(Document).where(Document.current))
        assert "Justerat av Anna Berg 2026-03-07" in doc.text.splitlines()


def test_minnesanteckningar_are_published_without_an_anslag(sessions, mid):
    with sessions() as s:
        record = MeetingRecord.from_dict(current(s, mid).record)
        record.kind = "minutes"
        save(s, mid, record, {}, "sara")
        send(s, mid, ["per"], "sara")
        approve(s, mid, "per", current(s, mid).version, SHA)
        with pytest.raises(AuthoringError, match="hör till protokoll"):
            publish(s, mid, "sara", date.today())
        assert publish(s, mid, "sara", None) == "inserted"


def test_an_agenda_is_not_sent_for_justering(sessions, mid):
    with sessions() as s:
        record = MeetingRecord.from_dict(current(s, mid).record)
        record.kind = "agenda"
        save(s, mid, record, {}, "sara")
        with pytest.raises(AuthoringError, match="Bara minnesanteckningar och protokoll"):
            send(s, mid, ["per"], "sara")


def test_two_adjusters_approving_at_once_both_count_and_the_justering_ends(sessions, mid):
    """The second approval waits for the first (the meeting row is locked): with every approval given,
    the minutes are justerade, whichever came last."""
    import threading
    import time

    with sessions() as s:
        send(s, mid, ["anna", "per"], "sara")
        s.commit()
        version = current(s, mid).version
    first, errors = sessions(), []
    approve(first, mid, "anna", version, SHA)  # not committed yet

    def second() -> None:
        try:
            with sessions() as s:
                approve(s, mid, "per", version, SHA)
                s.commit()
        except Exception as err:  # noqa: BLE001 (reported below)
            errors.append(err)
    thread = threading.Thread(target=second)
    thread.start()
    time.sleep(1.0)
    assert thread.is_alive()  # waiting for the first
    first.commit()
    first.close()
    thread.join(30)
    assert errors == []
    with sessions() as s:
        assert current(s, mid).state == "justerad"
        assert [r.step for r in steps(s, mid)] == ["sent", "approved", "approved", "justerad"]
