"""The meeting's place on protocol header pages whose label column and value column were flattened apart
(parse/labelrunplace.py), and labels or a body's name glued to a place value (parse/placetrim.py). The
documents are written here."""

from protokoll.parse import parse_text
from protokoll.parse.placetrim import trim_place

RUN_ONE_LINE = """Tekniska nämnden
Plats och tid för sammanträdet Beslutande Övriga deltagare Utses att justera Justeringens plats och tid Ekorrsalen, Rådhuset, Norrby tisdagen den 14 mars 2017, kl Ajournering kl Karin Sjögren (s), ordförande Olle Berg (m) Tina Falk (c) Kommunsekreterare Ulla Borg Olle Berg (m) Kommunkansliet, Norrby
Sekreterare Ulla Borg
Ordförande Karin Sjögren
Justerande Olle Berg
"""

RUN_ONE_A_LINE = """SAMMANTRÄDESPROTOKOLL Fritidsnämnden

Tid och plats
Beslutande
Ledamöter Sjöbodens konferens, Hamnvägen 3 B, klockan 13:00 15:10 Lena Ahl (C), ordförande Rolf Tid (S) Maja Ek (M)
Övriga närvarande
Tjänstepersoner Sven Dal, förvaltningssekreterare

Justering
Justerare Rolf Tid (S)
Plats och tid Fritidsförvaltningen, Storgatan 2 den 3 maj klockan 10:00
"""

BARE_PLACE_RUN = """PROTOKOLL Regionstyrelsen
Tid Tisdagen den 4 oktober 2011, kl
Plats
Närvarande ledamöter
Närvarande ers
Övriga närvarande
Sekreterare Havsörnen, Länshuset, Norrby Karin Sjögren (m), ordf Olle Berg (c) 1:e vice ordf Tina Falk (s)
"""


def test_the_first_value_after_a_run_of_labels_opened_by_the_place_label_is_the_place():
    assert parse_text(RUN_ONE_LINE, "a.txt").place == "Ekorrsalen, Rådhuset, Norrby"


def test_a_run_of_labels_one_a_line_gives_the_place_up_to_its_clock_word():
    rec = parse_text(RUN_ONE_A_LINE, "b.txt")
    assert rec.place == "Sjöbodens konferens, Hamnvägen 3 B"  # not the justering's "Fritidsförvaltningen"


def test_after_a_bare_place_label_the_place_ends_at_the_first_attendee():
    assert parse_text(BARE_PLACE_RUN, "c.txt").place == "Havsörnen, Länshuset, Norrby"


def test_a_run_whose_first_value_is_a_person_gives_no_place():
    text = """Protokoll Byggnämnden
Plats och tid
Beslutande
Övriga deltagare Karin Sjögren (S), ordförande, kl 13.00-15.00 Olle Berg (M)
"""
    assert parse_text(text, "d.txt").place is None


def test_a_run_without_a_time_or_a_person_after_the_value_gives_no_place():
    text = """Protokoll Byggnämnden
Plats och tid
Beslutande
Övriga deltagare Kommunhuset Norrby och Sjöstad gemensamt
"""
    assert parse_text(text, "e.txt").place is None


def test_a_glued_label_after_the_place_goes():
    assert trim_place("KS-salen, Beslutat") == "KS-salen"
    assert trim_place("Stadshuset, rum 4 Beslutande") == "Stadshuset, rum 4"


def test_a_column_label_and_the_body_before_the_place_go():
    assert trim_place("Föredragande Valnämnden Kommunkontoret, rum Björken") == "Kommunkontoret, rum Björken"
    assert trim_place("för sammanträdet Föredragande Socialnämnden Rådhuset") == "Rådhuset"
    # a room named after a body stays: the body's name is not followed by a capitalised word
    assert trim_place("Kommunstyrelsens sammanträdesrum") == "Kommunstyrelsens sammanträdesrum"


def test_a_run_opened_by_another_label_gives_its_value_not_the_place():
    text = """Sammanträdesprotokoll
Organ: Plats och tid: Beslutande: Norrby primärvårdsnämnd Vårdhuset, Storgatan 3, Norrby Tisdagen den 9 maj 2006 kl Karin Sjögren, ordf Olle Berg
"""
    place = parse_text(text, "f.txt").place
    assert place is None or not place.startswith("Norrby primärvårdsnämnd")
