"""An item heading's title and presenters are read once per wording (issue 12): ``headingpresenters.heading_presenters``
is kept for the last headings, so it must answer as the rules do, and no caller may change a kept answer."""

from protokoll.parse import parse_text
from protokoll.parse.headingpresenters import heading_presenters

DOCUMENT = """Protokoll
Socialnämnden
Datum: 2024-03-12

§ 1 Mötets öppnande
Ordföranden förklarade mötet öppnat.

§ 2 Internkontroll (Anna Berg)
Nämnden beslutar att godkänna planen.

§ 3 Övriga frågor
Inga övriga frågor.
"""


def test_the_kept_answer_is_the_rules_answer():
    for heading in ("Internkontroll (Anna Berg)", "Internkontroll – Anna Berg", "Mötets öppnande",
                    "Budget 2025, bilaga 3"):
        fresh = heading_presenters.__wrapped__(heading)
        assert heading_presenters(heading) == fresh
        assert heading_presenters(heading) == fresh  # the second answer is the kept one
    assert heading_presenters("Internkontroll (Anna Berg)") == ("Internkontroll", ("Anna Berg",), "Internkontroll")
    assert heading_presenters("Mötets öppnande") == ("Mötets öppnande", (), "Mötets öppnande")


def test_a_record_changed_by_its_reader_leaves_the_next_document_alone():
    first = parse_text(DOCUMENT, source="a.txt")
    assert first.items[1].title == "Internkontroll" and first.items[1].presenters == ["Anna Berg"]
    first.items[1].presenters.append("Per Holm")  # a later stage (or a user's correction) changes the record
    second = parse_text(DOCUMENT, source="b.txt")
    assert second.items[1].presenters == ["Anna Berg"]
    assert [i.title for i in second.items] == ["Mötets öppnande", "Internkontroll", "Övriga frågor"]


def test_a_heading_run_on_is_split_as_the_rule_splits_it():
    from protokoll.parse.headingpresenters import split_heading
    from protokoll.parse.runon import split_sentence

    for heading in ("Budget 2025", "Informationsärenden - Budget - Personal - Lokaler", "Mötets öppnande"):
        assert split_heading(heading) == split_sentence(heading)
        assert split_heading(heading) == split_sentence(heading)  # the kept answer

