"""Attendee lists whose commas or line breaks were lost: "Name Municipality", "Name Title", "Name Role (Party)"
(issue 10). Sentences written for these tests."""

from protokoll.parse.assemble import parse_text

NETWORK = """Minnesanteckningar från skolbibliotekens nätverk den 12 maj 2025

Närvarande: Hedda Sjöström Tranås, Ingrid Falk Eksjö, Oskar Lindell Vetlanda Rut Åkesson, Mona Berglund

1. Mötets öppnande
Hedda Sjöström hälsade alla välkomna.
"""

ONE = """Minnesanteckningar från skolbibliotekens nätverk den 12 maj 2025

Närvarande: Hedda Sjöström Tranås, Ingrid Falk, Mona Berglund

1. Mötets öppnande
Hedda Sjöström hälsade alla välkomna.
"""


def _people(text: str) -> dict[str, str | None]:
    return {a.name: a.affiliation for a in parse_text(text, "t").attendees}


def test_each_glued_municipality_is_the_persons_affiliation():
    people = _people(NETWORK)
    assert people["Hedda Sjöström"] == "Tranås"
    assert people["Ingrid Falk"] == "Eksjö"
    assert people["Oskar Lindell"] == "Vetlanda"
    assert people["Mona Berglund"] is None
    assert not any(len(n.split()) > 2 for n in people)


def test_one_name_ending_in_a_municipality_is_left_as_read():
    assert "Hedda Sjöström Tranås" in _people(ONE)


OFFICIALS = """Protokoll Miljönämnden 2025-03-11

Beslutande: Tove Almgren (S) ordförande, Rasmus Fjäll (M)

Övriga närvarande: Kalle Dahlin (C), 1-4 Greta Nyrén Planarkitekt, 2-5 Sixten Öberg Miljöinspektör, Ebba Strand
Administrativ handläggare 3-6

§ 1 Mötets öppnande
Ordföranden förklarade mötet öppnat.
"""


def test_an_officials_title_glued_to_the_name_is_cut_off():
    people = {a.name: a.title for a in parse_text(OFFICIALS, "t").attendees}
    assert people["Greta Nyrén"] == "Planarkitekt"
    assert people["Sixten Öberg"] == "Miljöinspektör"
    assert people["Ebba Strand"].startswith("Administrativ handläggare")
    assert not any(len(n.split()) > 2 for n in people)


CELLS = """PROTOKOLL Kulturnämnden

Plats och tid Lindsalen, klockan 09:00 – 11:30

Beslutande: Hilda Backman Ordförande (KD)

Sune Ekvall Vice Ordförande (M)

Ronja Lidén Ledamot (S)

Axel Tornberg Ledamot (V)

Utses att justera: Ronja Lidén

§ 12 Mötets öppnande
Ordföranden förklarade mötet öppnat.
"""


def test_a_list_one_cell_a_line_keeps_every_member_after_the_chairs_role_cell():
    people = {a.name: (a.affiliation, a.role) for a in parse_text(CELLS, "t").attendees}
    assert people["Hilda Backman"] == ("KD", "ordförande")
    assert people["Sune Ekvall"] == ("M", "vice ordförande")
    assert people["Axel Tornberg"] == ("V", "ledamot")
    assert people["Ronja Lidén"][0] == "S"
    assert len(people) == 4


ROLL = """PROTOKOLL Fritidsnämnden 2025-02-04

ERSÄTTARE
Signe Wallin s x Tjg 3-9
Olof Brink m x Tjg § 4-6
Tyra Sandell c x

§ 3 Mötets öppnande
Ordföranden förklarade mötet öppnat.
"""


def test_a_substitutes_serving_note_is_no_affiliation():
    people = {a.name: a.affiliation for a in parse_text(ROLL, "t").attendees}
    assert people["Signe Wallin"] == "S"
    assert people["Olof Brink"] == "M"
    assert people["Tyra Sandell"] == "C"
