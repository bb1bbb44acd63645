"""Attendee lists as real protocols print them after their layout is lost (issue 10): a vote table's column
heads and crosses between the names, the absent written under "Ej närvarande, ordinarie", and the serving
substitutes under "Tjg ersättare". Every fixture is written for the test."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.votecolumns import strip_columns

VOTE_TABLE = """Vattenförbundet Direktionen Protokoll 2026-05-10
Plats och tid Förbundshuset, kl 09.00-12.00
Beslutande
Ledamöter Från/ Närv JA NEJ Anna Berg (S) X X Per Holm (M) X X Eva Lind (C) X X Tjg ersättare Olle Ek (S) X X
Ersättare Lisa Nord (V)
Övriga Maja Ek, sekreterare
§ 1 Val av justerare
Eva Lind utses att justera protokollet.
"""

ABSENT_ROWS = """Regionstyrelsen
Sammanträdesprotokoll 2026-04-20
Plats och tid Regionhuset kl 09.00-15.00
Beslutande Anna Berg (S), ordförande, Per Holm (M), Eva Lind (C), Olle Ek (S)
Ej närvarande, ordinarie Karin Ström (S), Nils Sjö (M)
Ej närvarande, ersättare Bo Ring (S), Ulla Sten (C)
Övriga närvarande Maja Ek, sekreterare
§ 1 Val av justerare
Eva Lind utses att justera protokollet.
"""

SERVING = """Socialnämnden
Protokoll 2026-03-12
Plats och tid: Kommunhuset kl 13.00-15.00
Beslutande: Anna Berg (S) ordförande, Per Holm (M)
Tjg ersättare Bo Ring (S), Ulla Sten (C)
§ 1 Val av justerare
Per Holm utses att justera protokollet.
"""


def _names(rec):
    return sorted(a.name for a in rec.attendees)


def test_a_vote_tables_heads_and_crosses_are_no_names():
    rec = parse_text(VOTE_TABLE, "direktion.txt")
    assert _names(rec) == ["Anna Berg", "Eva Lind", "Lisa Nord", "Maja Ek", "Olle Ek", "Per Holm"]
    assert {a.name: a.affiliation for a in rec.attendees}["Olle Ek"] == "S"


def test_the_rows_of_the_absent_are_no_attendees():
    rec = parse_text(ABSENT_ROWS, "regionstyrelse.txt")
    assert _names(rec) == ["Anna Berg", "Eva Lind", "Maja Ek", "Olle Ek", "Per Holm"]


def test_serving_substitutes_under_tjg_ersattare_attend():
    rec = parse_text(SERVING, "social.txt")
    people = {a.name: a for a in rec.attendees}
    assert sorted(people) == ["Anna Berg", "Bo Ring", "Per Holm", "Ulla Sten"]
    assert people["Bo Ring"].affiliation == "S" and people["Bo Ring"].group == "present"


def test_strip_columns_keeps_initials_and_words_of_names():
    assert strip_columns("Ulrika J Tornberg, Anna Berg") == "Ulrika J Tornberg, Anna Berg"
    assert strip_columns("Anna Berg X, Per Holm x") == "Anna Berg, Per Holm"
    assert strip_columns("Närv JA NEJ Avstår Anna Berg (S)") == "Anna Berg (S)"


RUN_ON = """Kommunfullmäktige 1 (12)
Plats och tid Stadshuset kl 18.00-20.00 Utses att justera Eva Lind Justeringsdatum 3 mars Paragrafer 1-9
Beslutande Anna Berg (S) Per Holm (M) Eva Lind (C) Olle Ek (SD) 2 (12) Innehållsförteckning Beslutande...2 Val av justerare...3
§ 1 Val av justerare
Eva Lind utses att justera protokollet.
"""


def test_a_list_ends_before_the_next_pages_contents_and_the_justerare_before_the_next_label():
    rec = parse_text(RUN_ON, "kf.txt")
    people = {a.name: a for a in rec.attendees}
    assert sorted(people) == ["Anna Berg", "Eva Lind", "Olle Ek", "Per Holm"]
    assert people["Olle Ek"].affiliation == "SD"
    assert people["Eva Lind"].role == "justerare"


GLUED = """Gymnasienämnden
Protokoll 2026-03-12
Plats och tid Kommunhuset kl 09.00-12.00
Beslutande Anna Berg (S), ordförande
Per Holm (M)
Olle Ek (S) Lisa NordBo Ring
Karin SundNils Sjö
JanAnders Hallvik (M)
§ 1 Val av justerare
Per Holm utses att justera protokollet.
"""


def test_names_run_together_are_split_and_a_double_given_name_is_kept():
    names = sorted(a.name for a in parse_text(GLUED, "gn.txt").attendees)
    assert names == ["Anna Berg", "Bo Ring", "JanAnders Hallvik", "Karin Sund", "Lisa Nord", "Nils Sjö",
                     "Olle Ek", "Per Holm"]


def test_the_other_deciding_members_listed_on_the_next_page_attend():
    text = ("Kyrkofullmäktige\nProtokoll 2026-05-27\nPlats och tid Sockenstugan kl. 19.00-19.45\n"
            "Beslutande Tor Falk (Sfk), ordförande\n"
            "Övriga beslutande ledamöter Maj Lund (S) Sven Dahl (S) Eva Rask (Posk)\n"
            "§ 11 Val av justerare\nMaj Lund utses att justera protokollet.\n")
    assert {"Sven Dahl", "Eva Rask", "Maj Lund"} <= {a.name for a in parse_text(text, "kf.txt").attendees}


def test_the_other_deciding_members_after_a_running_page_head_attend():
    text = ("Kyrkofullmäktige 2026-05-27 1(7)\n"
            "PLATS OCH TID Sockenstugan 2026-05-27 kl. 19.00-19.45 BESLUTANDE Tor Falk (Sfk), ordförande "
            "* övriga beslutande ledamöter redovisas på nästa sida.\n"
            "Kyrkofullmäktige 2026-05-27 2(7) * Övriga beslutande ledamöter Maj Lund (S) Sven Dahl (S) Eva Rask (Posk)\n"
            "§ 11 Val av justerare\nMaj Lund utses att justera protokollet.\n")
    assert {"Sven Dahl", "Eva Rask", "Maj Lund"} <= {a.name for a in parse_text(text, "kf.txt").attendees}
