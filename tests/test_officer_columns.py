"""Officers in role columns flattened into one run, names after in the same order (parse/officercolumns.py).

All documents here are invented for the tests.
"""

from protokoll.parse import parse_text
from protokoll.parse.officercolumns import officers


def test_role_words_in_a_row_take_the_names_in_their_order():
    assert officers("Ordförande Föredragande Protokollförare Lena Sjö Olof Ahl Maja Krok\n") == {
        "chair": "Lena Sjö", "secretary": "Maja Krok"}
    assert officers("Ordförande sekreterare Göran Falk Tove Ring Föredragningslista") == {
        "chair": "Göran Falk", "secretary": "Tove Ring"}
    assert officers("Sekreterare Ordförande Justerare\nTove Ring Göran Falk Lena Sjö") == {
        "secretary": "Tove Ring", "chair": "Göran Falk"}


def test_the_last_name_takes_a_second_surname_only_where_its_line_ends():
    found = officers("Ordförande Sekreterare Göran Falk Tove Ring Ahlgren\n1. Upprop")
    assert found["secretary"] == "Tove Ring Ahlgren"
    assert officers("Ordförande Sekreterare Göran Falk Tove Ring Kallelse till")["secretary"] == "Tove Ring"


def test_runs_that_do_not_split_into_their_names_are_left_unread():
    assert officers("Ordförande sekreterare Göran Falk Qwerty Ring Föredragningslista") == {}  # no given name
    assert officers("Ordförande Sekreterare Anna Maria Falk Tove Ring") == {}  # a middle name: which is whose?
    assert officers("Ordförande Göran Falk Sekreterare Tove Ring") == {}  # each role before its holder: not columns
    assert officers("ordförande sekreterare Göran Falk Tove Ring") == {}  # the run opens a sentence's middle


def test_a_summons_header_gives_chair_and_secretary_by_column():
    text = ("Kallelse\nSammanträde Miljönämnden Plats och tid Gröna salen, kl. 13:00 onsdagen den 4 mars 2020 "
            "Ordförande Föredragande Protokollförare Lena Sjö Olof Ahl Maja Krok\nFöredragningslista\n"
            "1. Val av justerare\n2. Tillsynsplan\n")
    record = parse_text(text, source="t.txt").to_dict()
    assert (record["chair"], record["secretary"]) == ("Lena Sjö", "Maja Krok")


def test_names_stacked_under_a_role_row_each_under_its_title():
    text = ("Ordförande        Föredragande        Protokollförare\n\nR e g e n t\nLena Sjö\n\nMinister\nOlof Ahl\n\n"
            "Utredare\n\nKurt Bly\n\n……………   ……………\n")
    assert officers(text) == {"chair": "Lena Sjö", "secretary": "Kurt Bly"}
    assert officers("Ordförande   Protokollförare\n\nLena Sjö\n\nBudgeten för året behandlades.\n") == {}


def test_the_columns_undo_a_role_given_the_first_columns_name():
    text = ("PROTOKOLL\nNummer  Datum\n4  12.5.2021\nProtokoll fört vid föredragning\n\n"
            "Ordförande        Föredragande        Protokollförare\n\nR e g e n t\nLena Sjö\n\nMinister\nOlof Ahl\n\n"
            "Utredare\n\nKurt Bly\n\n……………   ……………\n\nNr 12\nBudget 2022\nRegeringen beslöt att anta budgeten.\n")
    record = parse_text(text, source="t.txt").to_dict()
    assert (record["chair"], record["secretary"]) == ("Lena Sjö", "Kurt Bly")


def test_a_chair_whose_role_word_lost_its_o_umlaut():
    text = ("Byggnämnden\nSAMMANTRÄDESPROTOKOLL\nPlats och tid Gröna salen, tisdag 3 mars 2020, kl 09:00-12:00\n"
            "Beslutande Lena Sjö (M), ordforande Olof Ahl (S), vice ordforande Maja Krok (C)\n"
            "§ 1 Val av justerare\nOlof Ahl utses att justera.\n")
    assert parse_text(text, source="t.txt").to_dict()["chair"] == "Lena Sjö"
