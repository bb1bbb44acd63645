"""A name after a verb of choosing ("valdes", "utsågs") is the person chosen, never the item's presenter; a
flattened table's presenter cell read twice is one presenter (parse/presenters.py ``title_presenters``)."""

from protokoll.parse import parse_text
from protokoll.parse.presenters import title_presenters


def test_the_person_elected_is_no_presenter():
    for title in ("Till sekreterare valdes Karin Lindqvist.", "Som ersättare utsågs Per Holm",
                  "Till justerare valdes Per Holm och Karin Lindqvist", "Avgående ordförande avtackades Per Holm"):
        assert title_presenters(title) == (title, [])


def test_a_presenter_column_still_read():
    assert title_presenters("Budget 2025 Karin Lindqvist") == ("Budget 2025", ["Karin Lindqvist"])
    assert title_presenters("Budget 2025 Karin Lindqvist Per Holm") == ("Budget 2025", ["Karin Lindqvist", "Per Holm"])


def test_the_same_name_twice_is_one_presenter():
    assert title_presenters("Taxa för bygglov 2024/12 KS Per Holm Per Holm") == \
        ("Taxa för bygglov 2024/12 KS", ["Per Holm"])


def test_in_the_minutes_of_an_annual_meeting():
    text = ("Protokoll fört vid årsmöte i Norrby hembygdsförening 2024-03-02\n\n"
            "1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
            "2. Till ordförande för mötet valdes Karin Lindqvist.\n\n"
            "3. Till sekreterare valdes Per Holm.\n\n"
            "4. Verksamhetsberättelsen\nVerksamhetsberättelsen föredrogs av Karin Lindqvist och godkändes.\n")
    items = parse_text(text, "x.txt").items
    assert [i.presenters for i in items] == [[], [], [], ["Karin Lindqvist"]]


def test_a_colon_or_an_adverb_after_the_verb():
    for title in ("Till styrelsesuppleanter på ett år valdes: Per Holm Karin Lindqvist",
                  "Till kassör omvaldes enhälligt Per Holm"):
        assert title_presenters(title) == (title, [])
    assert title_presenters("Introduktion för nyanställda Karin Lindqvist") == \
        ("Introduktion för nyanställda", ["Karin Lindqvist"])
