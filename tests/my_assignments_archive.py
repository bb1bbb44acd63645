"""A small archive with assignments and accounts linked to their assignees, shared by the "Mina uppdrag"
tests. The organisation, people and texts are made up."""

from __future__ import annotations

import hashlib

from protokoll.linking import relink
from protokoll.read import Page, Text
from protokoll.record import Assignment, Attendee, Item, MeetingRecord
from protokoll.store import Incoming, save
from protokoll.store.db import session_factory
from protokoll.store.my_assignments import link_assignee
from web_login import add_account

ORG = "Kommunalförbundet Västkusten"
TODAY = "2025-06-02"
PEOPLE = [Attendee("Anna Berg", affiliation="Strömstad"), Attendee("Johan Ek", affiliation="Tanum"),
          Attendee("Lisa Ström", affiliation="Orust")]
FIRST = MeetingRecord(source="styrelsen-2025-04-01.txt", kind="protocol", organization=ORG, body="Styrelsen",
                      date="2025-04-01", year=2025, attendees=PEOPLE, items=[
    Item("4", "Lokal för övningar", assignments=[Assignment("Johan Ek", "undersöka två lokaler", "2025-05-15")]),
    Item("5", "Budget", assignments=[Assignment("Anna Berg", "redovisa utfallet", "2025-06-06"),
                                     Assignment("Lisa Ström", "ta fram en tidplan", "2025-06-05")])])
SECOND = MeetingRecord(source="styrelsen-2025-05-06.txt", kind="protocol", organization=ORG, body="Styrelsen",
                       date="2025-05-06", year=2025, attendees=PEOPLE, items=[
    Item("1", "Mötets öppnande"),
    Item("2", "Avtal", assignments=[Assignment("Tanums kommun", "yttra sig över avtalet", "2025-06-08"),
                                    Assignment("Anna Berg", "skriva en rapport", "2025-09-01")]),
    Item("3", "Ekonomisk uppföljning")])


def store(url: str, record: MeetingRecord) -> None:
    text = Text(format="txt", pages=[Page(1, record.source)])
    with session_factory(url)() as s:
        save(s, Incoming(path=record.source, name=record.source, size=1, text=text, parsed_text=record.source,
                         sha256=hashlib.sha256(record.source.encode()).hexdigest(), record=record))
        relink(s)
        s.commit()


def build(url: str) -> None:
    """The two protocols; anna (a member, linked to Anna Berg), kd (Tanum's director, linked to the
    municipality), per (a member linked to no one), olof (of another organisation, linked to Lisa Ström)."""
    store(url, FIRST)
    store(url, SECOND)
    add_account(url, "anna", {ORG: "ledamot"}, name="Anna Berg")
    add_account(url, "kd", {ORG: "ledamot"}, name="Kommundirektören i Tanum")
    add_account(url, "per", {ORG: "ledamot"}, name="Per Lind")
    add_account(url, "olof", {"Räddningstjänsten Mitt": "ledamot"}, name="Olof Ny")
    with session_factory(url)() as s:
        link_assignee(s, "anna", "anna berg", "person", "test")
        link_assignee(s, "kd", "Tanums kommun", "municipality", "test")
        link_assignee(s, "olof", "Lisa Ström", "person", "test")
        s.commit()
