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
def db(database_url) -> str:
    """The archive, on SQLite and (when $PROTOKOLL_TEST_PG is set) PostgreSQL."""
    url = database_url
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
    assert "markera det återrapporterat under Mina uppdrag: https://protokoll.example.se/-/mina-uppdrag" in body

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

    def again():
        return run(db, "remind", "--smtp-host", "127.0.0.1", "--smtp-port", str(port), "--tls", "none", "--sender",
                   "sekretariatet@vastkusten.example.se", "kallelse", str(meeting_id))
    same = again()
    assert same.exit_code == 0 and len(inbox.messages) == 2
    assert f"sent 0 mails; 1 person summoned without an address; 2 mails sent already for version {version}" \
        in same.output
    with session_factory(db)() as s:  # a changed agenda is a new version: its kallelse goes out again
        record.items.append(Item("3", "Övriga frågor"))
        save(s, meeting_id, record, {}, "sara")
        s.commit()
    changed = again()
    assert changed.exit_code == 0 and len(inbox.messages) == 4
    (event,) = Calendar.from_ical(list(inbox.messages[-1][2].iter_attachments())[1].get_content()).walk("VEVENT")
    assert int(event["sequence"]) == version + 1


SMTP_ARGS = ("--tls", "none", "--sender", "sekretariatet@vastkusten.example.se", "--base-url",
             "https://protokoll.example.se")


def sent_rows(db: str) -> list[tuple[str, str, str, str, str]]:
    from protokoll.store.reminders import ReminderSent

    with session_factory(db)() as s:
        return sorted((r.subject, r.recipient, r.kind, r.state, r.message_id) for r in s.query(ReminderSent))


def test_a_second_run_sends_nothing_and_an_assignment_gone_overdue_is_reminded_once_more(db, smtp):
    port, inbox = smtp
    addresses(db)
    first = run(db, "remind", "--today", TODAY, "--smtp-host", "127.0.0.1", "--smtp-port", str(port), *SMTP_ARGS)
    assert first.exit_code == 0 and len(inbox.messages) == 2
    rows = sent_rows(db)
    ids = {msg["Message-ID"] for _, _, msg in inbox.messages}
    assert {r[4] for r in rows} == ids  # each row names the message that carried it
    assert sorted(r[1:4] for r in rows) == [("anna@example.se", "due-soon", "2025-06-06"),
                                            ("kommundirektor@tanum.example.se", "due-soon", "2025-06-08"),
                                            ("kommundirektor@tanum.example.se", "overdue", "2025-05-15")]

    again = run(db, "remind", "--today", TODAY, "--smtp-host", "127.0.0.1", "--smtp-port", str(port), *SMTP_ARGS)
    assert again.exit_code == 0, again.output
    assert len(inbox.messages) == 2  # nothing new
    assert "sent 0 mails (0 assignments); 1 assignment without an address; 3 assignments reminded of already" \
        in again.output

    dry = run(db, "remind", "--today", "2025-06-07", "--dry-run", "--smtp-port", str(port), "--tls", "none")
    assert "would send 1 mail (1 assignment)" in dry.output and "To: anna@example.se" in dry.output
    assert len(sent_rows(db)) == 3  # a dry run records nothing

    later = run(db, "remind", "--today", "2025-06-07", "--smtp-host", "127.0.0.1", "--smtp-port", str(port),
                *SMTP_ARGS)
    assert later.exit_code == 0, later.output
    assert len(inbox.messages) == 3
    _, to, msg = inbox.messages[-1]
    assert to == ["anna@example.se"] and msg["Subject"] == "Påminnelse om uppdrag: 1 försenade"
    assert "- redovisa utfallet, senast 6 juni 2025" in msg.get_content()
    assert len(sent_rows(db)) == 4

    forced = run(db, "remind", "--today", "2025-06-07", "--resend", "--smtp-host", "127.0.0.1", "--smtp-port",
                 str(port), *SMTP_ARGS)
    assert forced.exit_code == 0 and len(inbox.messages) == 5  # both addresses again
    assert len(sent_rows(db)) == 7


class Refusing(Inbox):
    """An inbox whose server refuses one recipient."""

    def __init__(self, refused: str) -> None:
        super().__init__()
        self.refused = refused

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address == self.refused:
            return "550 5.1.1 Mottagaren finns inte"
        envelope.rcpt_tos.append(address)
        return "250 OK"


def test_a_refused_recipient_is_reported_and_not_recorded_and_the_others_are_delivered(db):
    from aiosmtpd.controller import Controller

    from browser_server import free_port

    addresses(db)
    inbox = Refusing("anna@example.se")
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        result = run(db, "remind", "--today", TODAY, "--smtp-host", "127.0.0.1", "--smtp-port",
                     str(controller.port), *SMTP_ARGS)
    finally:
        controller.stop()
    assert result.exit_code == 1
    assert "not delivered to anna@example.se: anna@example.se: 550 5.1.1 Mottagaren finns inte" in result.output
    assert "sent 1 mail (2 assignments)" in result.output
    assert [to for _, to, _ in inbox.messages] == [["kommundirektor@tanum.example.se"]]
    assert {r[1] for r in sent_rows(db)} == {"kommundirektor@tanum.example.se"}  # Anna's is due again next run


def test_a_changed_deadline_makes_an_assignment_due_again():
    from protokoll.reminders import Due, Mail, sent_keys, unsent

    def due(deadline: str, status: str = "open") -> Due:
        return Due("Anna Berg", "person", "redovisa", deadline, status, None, None, None, "punkt 1", None,
                   key="styrelsen:1/1")

    sent = set(sent_keys(Mail("Anna@Example.se", "Anna Berg", [due("2025-06-06")])))
    assert unsent([Mail("anna@example.se", "Anna Berg", [due("2025-06-06")])], sent) == ([], 1)
    moved = unsent([Mail("anna@example.se", "Anna Berg", [due("2025-06-20")])], sent)[0]
    assert [d.due for d in moved[0].assignments] == ["2025-06-20"]
    late = unsent([Mail("anna@example.se", "Anna Berg", [due("2025-06-06", "overdue")])], sent)[0]
    assert [d.reminder for d in late[0].assignments] == ["overdue"]


def test_sent_reminders_are_rows_that_are_only_added(sessions):
    """On SQLite and PostgreSQL: what was sent is read back per subject, and an unknown kind is refused."""
    from protokoll.store.reminders import record_sent, reminder_key, sent_keys

    with sessions() as s:
        record_sent(s, [reminder_key("m:1/1", "Anna@Example.se", "due-soon", "2025-06-06"),
                        reminder_key("m:1/2", "anna@example.se", "overdue", None)], "<a@example.se>")
        record_sent(s, [reminder_key("kallelse:3", "kd@tanum.example.se", "kallelse", "4")], "<b@example.se>")
        s.commit()
        with pytest.raises(ValueError, match="unknown reminder kind"):
            reminder_key("m:1/1", "a@example.se", "soon", None)
    with sessions() as s:
        assert sent_keys(s, ["m:1/1", "m:1/2"]) == {("m:1/1", "anna@example.se", "due-soon", "2025-06-06"),
                                                   ("m:1/2", "anna@example.se", "overdue", "-")}
        assert sent_keys(s, ["kallelse:3"]) == {("kallelse:3", "kd@tanum.example.se", "kallelse", "4")}
        assert sent_keys(s, ["m:9/9"]) == set()
