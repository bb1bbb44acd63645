"""The meeting's hours right after its place in a flattened header (parse/placehours.py), a place value with the
remains of a time whose digits a web extract dropped (parse/placetrim.py), and a place label after a lone label
and a blank line (parse/header.py). The documents are written here."""

from protokoll.parse import parse_text
from protokoll.parse.placetrim import trim_place

RUN_NO_SPACE = """Miljönämnden SAMMANTRÄDESPROTOKOLL Sid 1 (12)
Plats och tid Beslutande Lilla salen, Miljöhuset, Norrtuna, kl.08:30-11:45 Enligt bifogad närvarolista Övriga deltagande Nämndsekreterare Olle Sand Utses att justera Eva Lind (C)
Underskrifter
Sekreterare Olle Sand
Ordförande Per Ek (S)
"""

RUN_LOST_DASH = """Fritidsnämnden
Tid och plats Beslutande Ledamöter Ekhagens gård, Byvägen 3, klockan 13:10 16:05 Kajsa Lund (S), ordförande Bo Ahl (M) Lisa Berg (C)
Justering
Justerare Bo Ahl (M)
Plats och tid Fritidskontoret den 4 maj klockan 09:00 09:30
"""

JUSTERING_ONLY = """Tekniska nämnden
Plats och tid Beslutande Stadshuset, kl Anna Berg (S), ordförande Olle Dahl (M)
Justeringens plats och tid Stadshuset, kl 16.00-16.30
"""

NAME_BETWEEN = """Kulturnämnden
Plats och tid Beslutande Ordförande Biblioteket Anna Berg Olle Dahl kl 10.00-12.00
"""

AFTER_LONE_LABEL = """Tjänstgörande ersättare Åke Holm (S) ersätter Eva Sten (S), Övriga närvarande
Ersättare

Plats och tid. Lärosalen, kommunhuset kl. 08:15-16:20 Ajournering för lunch kl. 12:00-13:00
Beslutande
Ledamöter Greta Ahl (S), Nils Berg (M), Sara Falk (C)
Underskrifter
Sekreterare Ulla Ros
Ordförande Greta Ahl
"""


def test_hours_right_after_a_place_read_from_a_label_run():
    rec = parse_text(RUN_NO_SPACE, "t")
    assert (rec.place, rec.start, rec.end) == ("Lilla salen, Miljöhuset, Norrtuna", "08:30", "11:45")


def test_hours_whose_dash_was_lost_after_the_place():
    rec = parse_text(RUN_LOST_DASH, "t")
    assert (rec.place, rec.start, rec.end) == ("Ekhagens gård, Byvägen 3", "13:10", "16:05")


def test_the_justerings_hours_after_the_same_place_are_not_the_meetings():
    rec = parse_text(JUSTERING_ONLY, "t")
    assert (rec.place, rec.start, rec.end) == ("Stadshuset", None, None)


def test_no_hours_across_a_name_after_the_place():
    rec = parse_text(NAME_BETWEEN, "t")
    assert rec.start is None


def test_a_place_label_after_a_lone_label_and_a_blank_line_keeps_its_value():
    rec = parse_text(AFTER_LONE_LABEL, "t")
    assert (rec.place, rec.start, rec.end) == ("Lärosalen, kommunhuset", "08:15", "16:20")


def test_the_minutes_left_of_a_stripped_time_are_no_part_of_the_place():
    assert trim_place("Rum 214B, kl ,45") == "Rum 214B"
    assert trim_place("Vita huset, kl :30") == "Vita huset"
    assert trim_place("Sal 12, Vita huset") == "Sal 12, Vita huset"


BARE_TIME_AFTER_PLACE = """1 Ärendeförteckning 4 Val av justerare 5 Budget

2 Plats och tid Vallby bibliotek 17:30 ande Övriga närvarande Utses att justera Eva Ros (S) Lars Ek (M) Ulla Berg, sekreterare
"""


def test_a_time_with_minutes_right_after_the_place_is_the_start():
    rec = parse_text(BARE_TIME_AFTER_PLACE, "t")
    assert (rec.place, rec.start, rec.end) == ("Vallby bibliotek", "17:30", None)


def test_hours_beside_the_place_stay_when_the_date_read_is_the_justerings(  # h210
):
    """ "Plats och tid: Salen, kl. 18.00 20.00" with the date only in the justering's value ("2016-09-29, Kommunhuset"):
    the date is doubted and dropped, the hours written beside the place are still the meeting's."""
    text = ("Seniorrådet Sammanträdesprotokoll Sammanträdesdatum Plats och tid: Föreningarnas hus, kl. 18.00 20.00 "
            "Beslutande ledamöter: Inte tjänstgörande ersättare: Övriga närvarande: "
            "Plats och tid för justering: Eva Lind (C), ordförande Per Ek (S) Bo Ahl, SPF Anna Holm, sekreterare 2019-03-14, Kommunhuset "
            "Underskrifter: Sekreterare: Anna Holm Paragrafer 1-4 Ordförande: Eva Lind Justerande: Per Ek "
            "Anslag/bevis Organ: Datum: Sammanträdesdatum Datum för anslags uppsättande Datum för nedtagande "
            "2019-03-15 2019-04-08\n")
    rec = parse_text(text, "x.txt")
    assert rec.date is None
    assert rec.place == "Föreningarnas hus"
    assert (rec.start, rec.end) == ("18:00", "20:00")
