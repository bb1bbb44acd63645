"""A page that lost the space between "Nästa möte" and the date ("Nästa möte18 april 2023 kl 13.00"): the wording
still names the next meeting (nextmeeting.py ``NEXT`` ends where no letter follows, a digit may). A longer word
("Nästa mötesdatum bestäms senare") is still no wording of it."""

from protokoll.parse import parse_text

HEAD = ("Minnesanteckningar\nNätverket för fritidschefer i Ekby 2023-03-14\n1. Inledning\n"
        "Ordföranden hälsade välkommen.\n2. Övrigt\nInga frågor.\n")


def _next(tail: str):
    found = parse_text(HEAD + tail + "\n", "x.txt").next_meeting
    return (found.date, found.start) if found else None


def test_the_date_glued_to_the_wording():
    assert _next("Nästa möte18 april 2023 kl 13.00 i Ekby.") == ("2023-04-18", "13:00")
    assert _next("NÄSTA MÖTE18 april 2023") == ("2023-04-18", None)
    assert _next("Nästa styrelsemöte18 april") == ("2023-04-18", None)


def test_a_longer_word_is_no_wording():
    assert _next("Nästa mötesdatum bestäms senare. Rapporten 18 april 2023 skickas ut.") is None
