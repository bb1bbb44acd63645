"""A title in capitals goes on in capitals (a sentence opens only at a word in mixed case), and the place and
"den" a kallelse's list is signed with are cut off the last title in capitals.

All documents here are invented for the tests.
"""

from protokoll.parse.runon import split_sentence
from protokoll.parse.titles import clean_title


def test_a_capitals_title_is_not_cut_inside_its_capitals():
    head, rest = split_sentence("GODKÄNNANDE AV FÖREDRAGNINGSLISTA Föredragningslistan godkänns med ett tillägg")
    assert head == "GODKÄNNANDE AV FÖREDRAGNINGSLISTA"
    assert rest.startswith("Föredragningslistan godkänns")


def test_a_mixed_case_title_still_cut_before_its_sentence():
    head, _ = split_sentence("Godkännande av föredragningslista Föredragningslistan godkänns med ett tillägg")
    assert head == "Godkännande av föredragningslista"


def test_the_signing_place_and_date_leave_the_last_capitals_title():
    assert clean_title("MÖTETS AVSLUTANDE, BESVÄRSANVISNING Norrvik den") == "MÖTETS AVSLUTANDE, BESVÄRSANVISNING"
    assert clean_title("ÖVRIGA FRÅGOR Norrvik den 12 maj 2014") == "ÖVRIGA FRÅGOR"


def test_a_place_and_den_inside_a_mixed_case_title_stay():
    assert clean_title("Information om Norrvik den nya skolan") == "Information om Norrvik den nya skolan"
