"""A stämma's minute-taker announced or appointed by its chair ("Ordföranden anmälde Anna Berg som protokollförare",
"Antecknades att Anna Berg skulle föra protokollet") is the secretary (parse/minutetaker.py); an annual meeting's
election of the association's secretary for a term is not. The documents are written here."""

from protokoll.parse import parse_text
from protokoll.parse.minutetaker import minute_taker

HEAD = ("Protokoll fört vid ordinarie föreningsstämma i Brf Lönnen den 4 april 2021\n\n1 Stämmans öppnande\n"
        "Stämman öppnades av styrelsens ordförande Eva Lind.\n2 Val av stämmoordförande\n"
        "Till ordförande för stämman valdes Karin Sjögren.\n3 ")
TAIL = "\n4 Val av justerare\nTill justerare valdes Olle Bergström.\n"


def _secretary(sentence: str) -> str | None:
    return parse_text(HEAD + sentence + TAIL, "a.txt").secretary


def test_the_chair_announces_the_minute_taker():
    assert _secretary("Anmälan av protokollförare\nOrdföranden anmälde Tina Falk som protokollförare.") == "Tina Falk"
    assert _secretary("Anmälan av protokollförare\nTill protokollförare anmäldes Tina Falk.") == "Tina Falk"


def test_the_chair_calls_the_secretary():
    assert _secretary("Protokollförare\nStämmans ordförande kallade Tina Falk till sekreterare.") == "Tina Falk"


def test_it_is_recorded_who_kept_the_minutes():
    assert _secretary("Protokollförare\nAntecknades att Tina Falk skulle föra protokollet.") == "Tina Falk"
    assert _secretary("Protokollförare\nOrdföranden meddelade att Tina Falk uppdragits att föra protokollet.") \
        == "Tina Falk"


def test_the_associations_secretary_elected_for_a_term_is_not_the_minute_taker():
    assert minute_taker("12 Val av styrelse\nÅrsmötet utsåg Tina Falk till sekreterare på två år.") is None
