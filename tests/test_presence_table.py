"""A närvaro / omröstning table extracted one row a line (issue 10): the crosses glued to the party's bracket or
after a party code in lower case, a line of column heads, a row's "§§ 12-13" cell on a line of its own, a name
wrapped in its cell, and the rows without a cross (not present). Every fixture is written for the test."""

from __future__ import annotations

from protokoll.parse import parse_text

TICKED = """Miljönämnden
Protokoll 2026-02-11
Plats och tid: Stadshuset, kl 13.00-15.30
Beslutande
Ordinarie ledamöterTjgEj tjgJANEJJANEJ
Greta Holm (C)X
Stina Berglund (C)X
§§ 3-5
Tomas Ekestad (C)X
Linda Ringstad (M)X
Olof Sandberg (KD) X
Karin Åberg (S)X
Ersättare
TjgEj tjgJANEJJANEJ
Nils Fors (C)X
Berit Lundqvist (C)X
§§
6-9
X
Gustav
Hellgren (C)
Mona Vik (M)X
Petra Strand (S)
Rolf Nyman (S)X
Övriga närvarande
Eva Sjö, sekreterare
§ 1 Val av justerare
Karin Åberg utses att justera protokollet.
"""

LOWER_CODES = """Kulturnämnden
Protokoll 2026-04-07
Plats och tid: Kulturhuset, kl 15.00-16.30
Beslutande Se närvarolista
Övriga deltagande Maja Lund, sekreterare
NÄRVAROLISTA
Närvaro Votering
LEDAMÖTER Ja Nej Tid Kl. 09.00-12.00 Ja Nej
Arne Holmqvist, ordf m x
Sofia Brandt m x
Kerstin Wall c x
Jonas Ek fp x
Elsa Lindgren, v ordf s x
Bertil Nord s x
§ 1 Val av justerare
Bertil Nord utses att justera protokollet.
"""


def _people(rec):
    return {a.name: a for a in rec.attendees}


def test_a_tables_unticked_rows_are_not_present_and_its_ticked_keep_their_party():
    people = _people(parse_text(TICKED, "miljo.txt"))
    assert "Gustav Hellgren" not in people and "Petra Strand" not in people  # no cross: not there
    for name, party in [("Tomas Ekestad", "C"), ("Linda Ringstad", "M"), ("Berit Lundqvist", "C"),
                        ("Rolf Nyman", "S"), ("Olof Sandberg", "KD")]:
        assert people[name].affiliation == party  # "-stad": a family name, not a place, beside its own party


def test_a_rows_range_is_no_part_of_the_next_row():
    people = _people(parse_text(TICKED, "miljo.txt"))
    assert people["Tomas Ekestad"].affiliation == "C"
    assert not any("§" in (a.affiliation or "") + (a.title or "") for a in people.values())


def test_lower_case_party_codes_before_the_crosses_and_the_heads_line():
    people = _people(parse_text(LOWER_CODES, "kultur.txt"))
    assert {n: a.affiliation for n, a in people.items() if a.affiliation} == {
        "Arne Holmqvist": "M", "Sofia Brandt": "M", "Kerstin Wall": "C", "Jonas Ek": "FP", "Elsa Lindgren": "S",
        "Bertil Nord": "S"}
    assert not any("Tid" in n or "Kl" in n for n in people)  # the columns' heads are nobody
    assert people["Arne Holmqvist"].role == "ordförande"


def test_crosses_extracted_as_a_run_of_their_own_say_nothing():
    from protokoll.parse.presencetable import table_rows
    value = "Anna Berg X; Per Holm X; Eva Lind X; Olle Ek; Maja Sten; X; X"
    assert "Olle Ek" in table_rows(value) and "Maja Sten" in table_rows(value)


def test_a_column_of_the_absent_keeps_every_row():
    from protokoll.parse.presencetable import table_rows
    value = "Anna Berg (S) X; Per Holm (M) X; Eva Lind (C) X; Olle Ek (S)"
    assert "Olle Ek" not in table_rows(value)
    assert "Olle Ek" in table_rows(value, "Ledamöter Närv Frånv")


PAGE_BREAK = """Barn- och utbildningsnämnden
Protokoll 2026-09-15
Plats och tid Stora salen, stadshuset Klockan 13:00-16:00

Beslutande Åsa Lindqvist (S), ordförande Peter Holmgren (M), vice ordförande Sanna Berg (S)

Ersättare Oskar Ek (S) och Lena Vik (C)

Övriga närvarande Maria Strand, förvaltningschef Göran Falk, ekonomichef

(2)

Justerandes sign Utdragsbestyrkande

Karin Blom, skolchef grundskolan Henrik Sjöberg, utredare

Emma Wall, nämndsekreterare

§ 12
Val av justerare
Peter Holmgren utses att justera protokollet.
"""


def test_a_list_goes_on_after_a_page_break():
    people = _people(parse_text(PAGE_BREAK, "bun.txt"))
    for name, title in [("Karin Blom", "skolchef grundskolan"), ("Henrik Sjöberg", "utredare"),
                        ("Emma Wall", "nämndsekreterare")]:
        assert people[name].title == title and people[name].group == "other"
    assert people["Göran Falk"].title == "ekonomichef"



def test_column_heads_run_on_before_the_first_name_are_no_part_of_it():
    from protokoll.parse.fields import Field
    from protokoll.parse.names import parse_attendees
    from protokoll.parse.presencetable import table_value

    f = Field("Tjänstgörande ersättare", "attendees:present", "Paragraf Nils-Olof Dahl (S) ordf Ulla Berg (M)", 0)
    names = [a.name for a in parse_attendees(table_value(f), "present")]
    assert names == ["Nils-Olof Dahl", "Ulla Berg"]
