"""Assignees written by their given names only in informal minutes ("Sofia tar fram ett förslag"): the one
attendee listed with a surname under that given name; as written where two attendees share it, where none bears
it, or where the attendee's own words are given names only."""

from pathlib import Path

from protokoll.pipeline import load, process

HEAD = ("Minnesanteckningar\nStyrgruppen för Norrbyregionens kulturnätverk\nDatum: 2024-03-12 kl. 09.00-11.00\n"
        "Plats: Kulturhuset, Norrby\n\n{present}\n\n1. Mötets öppnande\nOrdföranden hälsade välkomna.\n\n"
        "2. Gemensam kulturvecka\n{tasks}\n\n3. Nästa möte\nNästa möte hålls i maj.\n")


def _assignees(tmp_path: Path, present: str, tasks: str) -> list[str]:
    p = tmp_path / "anteckningar.txt"
    p.write_text(HEAD.format(present=present, tasks=tasks), encoding="utf-8")
    doc, sources = load(p)
    items = process(p, doc, sources).record.items
    return [a.assignee for i in items for a in i.assignments]


def test_a_given_name_is_the_one_attendee_so_named(tmp_path):
    present = "Närvarande: Karin Holm, Norrby, Lars Åkesson, Västby, Sofia Persson, Österby"
    tasks = "Sofia tar fram ett förslag till program till nästa möte. Lars kontaktar länsstyrelsen om bidrag."
    assert _assignees(tmp_path, present, tasks) == ["Sofia Persson", "Lars Åkesson"]


def test_two_attendees_of_that_name_leave_it_as_written(tmp_path):
    present = "Närvarande: Sofia Holm, Norrby, Lars Åkesson, Västby, Sofia Persson, Österby"
    tasks = "Sofia tar fram ett förslag till program till nästa möte. Lars kontaktar länsstyrelsen om bidrag."
    assert _assignees(tmp_path, present, tasks) == ["Sofia", "Lars Åkesson"]


def test_no_attendee_of_that_name_leaves_it_as_written(tmp_path):
    present = "Närvarande: Karin Holm, Norrby, Lars Åkesson, Västby"
    tasks = "Sofia tar fram ett förslag till program till nästa möte. Lars kontaktar länsstyrelsen om bidrag."
    assert _assignees(tmp_path, present, tasks) == ["Sofia", "Lars Åkesson"]


def test_an_attendee_of_given_names_only_is_no_surname_to_trust():
    from protokoll.parse.givenassignees import given_assignees
    from protokoll.record import Assignment, Attendee, Item

    item = Item(number="2", title="Kallelse", assignments=[Assignment("Kerstin", "förbereda kallelsen"),
                                                            Assignment("Olle", "boka lokal"),
                                                            Assignment("Mark", "återkomma med synpunkter")])
    given_assignees([item], [Attendee(name="Kerstin Tor"), Attendee(name="Olle Lund"), Attendee(name="Mark Ek")])
    # "Mark" is also a municipality: a network's member, not the one Mark present
    assert [a.assignee for a in item.assignments] == ["Kerstin", "Olle Lund", "Mark"]
