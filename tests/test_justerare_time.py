"""A date or time label right under the justerare's lines is when the minutes are signed, not when the meeting
was held (parse/whenwhere.py). The documents are written here."""

from protokoll.parse import parse_text

HEADER = """Protokoll Mn 12/2015
Miljönämnden
Datum: 2015-03-10 Klockan: 09:00-11:40
Plats: Sjösalen, Rådhuset
Närvarande ledamöter Karin Sjögren (S) Olle Berg (M) Tina Falk (C)

Val av protokollsjusterare
Dagens protokoll ska justeras av ordförande och av en utsedd justerare.
Justerare: Olle Berg (M)
Ersättare: Tina Falk (C)
Tid: Tisdagen den 17 mars 2015, kl. 08:30
Plats: Förvaltningskontoret, Storgatan 3
"""

STRIPPED = HEADER.replace("Datum: 2015-03-10 Klockan", "Datum: Klockan")


def test_the_meetings_date_not_the_justerares():
    assert parse_text(HEADER, "a.txt").date == "2015-03-10"


def test_with_the_meetings_date_stripped_the_justerares_time_is_not_taken():
    assert parse_text(STRIPPED, "b.txt").date != "2015-03-17"


def test_a_header_opening_with_the_justerare_and_then_its_time_keeps_it():
    text = """Minnesanteckningar styrgruppen
Justerare: Olle Berg
Tid: Tisdagen den 17 mars 2015, kl. 08:30
Plats: Förvaltningskontoret
"""
    assert parse_text(text, "c.txt").date == "2015-03-17"
