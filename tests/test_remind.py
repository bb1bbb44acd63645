"""`protokoll remind`: mails to a real local SMTP server (aiosmtpd), read back as they arrived.

The archive holds two made-up protocols with assignments; the address book
names a person and a municipality (its director). Names and texts are made up.
"""

from __future__ import annotations

import email
import email.policy
import hashlib

import pytest
from click.testing import CliRunner

from protokoll.cli import main
from protokoll.read import Page, Text
from protokoll.record import Assignment, Attendee, Item, MeetingRecord
from protokoll.store import Incoming, save
from protokoll.linking import relink
from protokoll.store.db import session_factory

aiosmtpd = pytest.importorskip("aiosmtpd.controller", reason="aiosmtpd is not installed (pip install -e '.[test]')")

ORG = "Kommunalförbundet Västkusten"
TODAY = "2025-06-02"


def store(url: str, record: MeetingRecord) -> None:
    text = Text(format="txt", pages=[Page(1, record.source)])
    with session_factory(url)() as s:
        save(s, Incoming(path=record.source, name=record.source, size=1, text=text, parsed_text=record.source,
                         sha256=hashlib.sha256(record.source.encode()).hexdigest(), record=record))
        relink(s)  # as ingest does at the end of a batch
        s.commit()


@pytest.fixture
def db(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'remind.sqlite'}"
    people = [Attendee("Anna Berg", affiliation="Strömstad"), Attendee("Johan Ek", affiliation="Tanum"),
              Attendee("Lisa Ström", affiliation="Orust")]
    store(url, MeetingRecord(source="styrelsen-2025-04-01.txt", kind="protocol", organization=ORG, body="Styrelsen",
                             date="2025-04-01", year=2025, attendees=people, items=[
        Item("4", "Lokal för övningar", assignments=[Assignment("Johan Ek", "undersöka två lokaler", "2025-05-15")]),
        Item("5", "Budget", assignments=[Assignment("Anna Berg", "redovisa utfallet", "2025-06-06"),
                                         Assignment("Lisa Ström", "ta fram en tidplan", "2025-06-05")])]))
    store(url, MeetingRecord(source="styrelsen-2025-05-06.txt", kind="protocol", organization=ORG, body="Styrelsen",
                             date="2025-05-06", year=2025, attendees=people, items=[
        Item("2", "Avtal", assignments=[Assignment("Tanums kommun", "yttra sig över avtalet", "2025-06-08"),
                                        Assignment("Anna Berg", "skriva en rapport", "2025-09-01")])]))
    return url


def run(db: str, *args: str, env: dict | None = None):
    return CliRunner().invoke(main, list(args), env={"PROTOKOLL_DB": db, **(env or {})}, catch_exceptions=False)


class Inbox:
    """Messages as the SMTP server received them."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], email.message.EmailMessage]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), parsed))
        return "250 OK"


@pytest.fixture
def smtp():
    from aiosmtpd.controller import Controller

    from browser_server import free_port

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield controller.port, inbox
    finally:
        controller.stop()


def addresses(db: str) -> None:
    assert run(db, "remind", "address", "Anna Berg", "anna@example.se").exit_code == 0
    assert run(db, "remind", "address", "Tanums kommun", "kommundirektor@tanum.example.se").exit_code == 0
    assert run(db, "remind", "address", "Lisa Ström", "fel@example.se").exit_code == 0
    assert run(db, "remind", "address", "Lisa Ström").exit_code == 0  # ends it: no address any more


def test_each_address_gets_one_swedish_mail_with_its_overdue_and_soon_due_assignments(db, smtp):
    port, inbox = smtp
    addresses(db)
    result = run(db, "remind", "--today", TODAY, "--days", "7", "--smtp-host", "127.0.0.1", "--smtp-port",
                 str(port), "--tls", "none", "--sender", "sekretariatet@vastkusten.example.se",
                 "--base-url", "https://protokoll.example.se")
    assert result.exit_code == 0, result.output
    assert "sent 2 mails (3 assignments); 1 assignment without an address" in result.output
    assert "no address: Lisa Ström: ta fram en tidplan (due 2025-06-05)" in result.output
    got = {tuple(to): msg for _, to, msg in inbox.messages}
    assert sorted(got) == [("anna@example.se",), ("kommundirektor@tanum.example.se",)]
    assert {sender for sender, _, _ in inbox.messages} == {"sekretariatet@vastkusten.example.se"}

    anna = got[("anna@example.se",)]
    assert anna["Subject"] == "Påminnelse om uppdrag: 1 med tidsgräns inom 7 dagar"
    body = anna.get_content().replace("\r\n", "\n")  # lines end in CRLF on the wire
    assert body.startswith("Hej Anna Berg!\n")
    assert "- redovisa utfallet, senast 6 juni 2025\n  Givet av Styrelsen 1 april 2025, punkt 5: Budget\n" \
           "  https://protokoll.example.se/moten/1#punkt-5\n" in body
    assert "skriva en rapport" not in body  # due in September: not yet

    director = got[("kommundirektor@tanum.example.se",)]
    assert director["Subject"] == "Påminnelse om uppdrag: 1 försenade och 1 med tidsgräns inom 7 dagar"
    text = director.get_content().replace("\r\n", "\n")
    assert text.index("Försenade uppdrag:") < text.index("- undersöka två lokaler (Johan Ek), senast 15 maj 2025")
    assert text.index("Uppdrag med tidsgräns inom 7 dagar:") < text.index("- yttra sig över avtalet, senast")
    assert "https://protokoll.example.se/moten/2#punkt-2" in text


def test_a_dry_run_prints_the_mails_and_sends_nothing(db, smtp):
    port, inbox = smtp
    addresses(db)
    result = run(db, "remind", "--today", TODAY, "--dry-run", "--smtp-port", str(port), "--tls", "none")
    assert result.exit_code == 0, result.output
    assert inbox.messages == []
    assert "To: anna@example.se" in result.output and "would send 2 mails (3 assignments)" in result.output


def test_no_sender_or_no_server_is_a_clear_error(db):
    addresses(db)
    missing = CliRunner().invoke(main, ["remind", "--today", TODAY], env={"PROTOKOLL_DB": db})
    assert missing.exit_code == 2 and "--sender" in missing.output
    from browser_server import free_port

    closed = CliRunner().invoke(main, ["remind", "--today", TODAY, "--sender", "a@example.se", "--tls", "none",
                                       "--smtp-host", "127.0.0.1", "--smtp-port", str(free_port())],
                                env={"PROTOKOLL_DB": db})
    assert closed.exit_code == 1 and "cannot send through 127.0.0.1:" in closed.output
    bad = CliRunner().invoke(main, ["remind", "address", "Anna Berg", "inte en adress"], env={"PROTOKOLL_DB": db})
    assert bad.exit_code == 1 and "not an e-mail address" in bad.output


def test_an_address_change_is_a_new_row_and_the_newest_is_in_force(sessions):
    """On SQLite and PostgreSQL: addresses are only added; an empty one ends the name's address."""
    from protokoll.reminders import Due, address_of
    from protokoll.store.reminders import ReminderAddress, addresses, set_address

    with sessions() as s:
        set_address(s, "Anna  Berg", "anna@example.se", "cli")
        set_address(s, "anna berg", "a.berg@example.se", "cli")
        set_address(s, "Tanums kommun", "kd@tanum.example.se", "cli")
        set_address(s, "Lisa Ström", "lisa@example.se", "cli")
        set_address(s, "Lisa Ström", "", "cli")
        with pytest.raises(ValueError, match="not an e-mail address"):
            set_address(s, "Per Lind", "per at example", "cli")
        s.commit()
    with sessions() as s:
        book = addresses(s)
        assert s.query(ReminderAddress).count() == 5
    assert sorted(book.values()) == [("Tanums kommun", "kd@tanum.example.se"), ("anna berg", "a.berg@example.se")]

    def due(assignee: str, kind: str = "person", affiliation: str | None = None) -> Due:
        return Due(assignee, kind, "göra något", None, "overdue", None, None, None, "punkt 1", None, affiliation)

    assert address_of(due("ANNA BERG"), book) == ("anna berg", "a.berg@example.se")
    assert address_of(due("Johan Ek", affiliation="Tanum"), book) == ("Tanums kommun", "kd@tanum.example.se")
    assert address_of(due("Tanum", "municipality"), book) == ("Tanums kommun", "kd@tanum.example.se")
    assert address_of(due("Lisa Ström", affiliation="Orust"), book) is None
    assert address_of(due("alla kommuner", "group"), book) is None


def test_the_kallelse_goes_to_the_summoned_with_the_agenda_pdf_and_a_calendar_invitation(db, smtp):
    from icalendar import Calendar

    from protokoll.read import read_document
    from protokoll.store.authoring import current, new_meeting, save

    port, inbox = smtp
    addresses(db)
    with session_factory(db)() as s:
        meeting = new_meeting(s, MeetingRecord(source="", kind="agenda", organization=ORG, body="Styrelsen",
                                               date="2025-06-10", start="09:30", end="12:00", place="Kommunhuset"),
                              "sara")
        record = MeetingRecord.from_dict(current(s, meeting.id).record)
        record.items = [Item("1", "Val av justerare"), Item("2", "Budget för nästa år")]
        record.attendees = [Attendee("Anna Berg", affiliation="Strömstad"), Attendee("Johan Ek", affiliation="Tanum"),
                            Attendee("Lisa Ström", affiliation="Orust")]
        save(s, meeting.id, record, {}, "sara")
        s.commit()
        meeting_id, version = meeting.id, current(s, meeting.id).version
    result = run(db, "remind", "--smtp-host", "127.0.0.1", "--smtp-port", str(port), "--tls", "none", "--sender",
                 "sekretariatet@vastkusten.example.se", "--base-url", "https://protokoll.example.se",
                 "kallelse", str(meeting_id))
    assert result.exit_code == 0, result.output
    assert "no address: Lisa Ström" in result.output and "sent 2 mails; 1 person summoned without an address" in result.output
    got = {to[0]: msg for _, to, msg in inbox.messages}
    assert sorted(got) == ["anna@example.se", "kommundirektor@tanum.example.se"]
    director = got["kommundirektor@tanum.example.se"]
    assert director["Subject"] == "Kallelse: Styrelsen 10 juni 2025 kl. 09.30"
    text = director.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert text.startswith("Hej Johan Ek!\n\nDu kallas till sammanträde med Styrelsen 10 juni 2025 kl. 09.30, "
                           "Kommunhuset.\n\nDagordning:\n1. Val av justerare\n2. Budget för nästa år\n")
    assert f"https://protokoll.example.se/-/skriv/{meeting_id}" in text
    parts = {p.get_filename(): p for p in director.iter_attachments()}
    assert sorted(parts) == ["inbjudan.ics", "kallelse-2025-06-10.pdf"]
    agenda = read_document(parts["kallelse-2025-06-10.pdf"].get_content()).text
    assert "Budget för nästa år" in agenda and "Dagordning" in agenda
    invite = Calendar.from_ical(parts["inbjudan.ics"].get_content())
    assert str(invite["method"]) == "REQUEST"
    (event,) = invite.walk("VEVENT")
    assert str(event["uid"]) == f"skriv-{meeting_id}@protokoll" and int(event["sequence"]) == version
    assert event.decoded("dtstart").isoformat() == "2025-06-10T09:30:00+02:00"
    assert event.decoded("dtend").isoformat() == "2025-06-10T12:00:00+02:00"
    assert sorted(str(a) for a in event["attendee"]) == ["mailto:anna@example.se",
                                                           "mailto:kommundirektor@tanum.example.se"]
    assert str(event["location"]) == "Kommunhuset"
