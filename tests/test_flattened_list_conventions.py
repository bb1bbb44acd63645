"""Attendee lists flattened by a web copy (issue 10): an "och" inside a shared-part compound is no conjunction, a
list of "Name Organisation" entries where a few entries also write an office, and a "Name, Organisation" run in
the middle of a longer list. The lists are invented for these tests."""

from protokoll.parse.listchunks import split_chunks
from protokoll.parse.names import parse_attendees
from protokoll.parse.personorg import person_org_entries


def _texts(value: str) -> list[str]:
    return [c.text for c in split_chunks(value)]


def test_och_after_a_suspension_hyphen_joins_a_compound_not_two_entries():
    assert _texts("Ulla Brink, kommundirektör Nils Tå, miljö- och hälsochef Vera Sand, plan- och byggchef") == [
        "Ulla Brink", "kommundirektör Nils Tå", "miljö- och hälsochef Vera Sand", "plan- och byggchef"]
    assert _texts("Ulla Brink (S), Teknik- och fritidsnämnden (ordf.) Nils Tå (M)")[0] == "Ulla Brink"
    assert "Teknik- och fritidsnämnden" in _texts("Ulla Brink (S), Teknik- och fritidsnämnden (ordf.) Nils Tå (M)")


def test_och_before_a_lower_case_body_compound_joins_one_body_whose_hyphen_was_lost():
    assert _texts("Ulla Brink Kultur och fritidsnämnden; Nils Tå Vård och omsorgsförvaltningen") == [
        "Ulla Brink Kultur och fritidsnämnden", "Nils Tå Vård och omsorgsförvaltningen"]


def test_och_between_people_still_cuts():
    assert _texts("Ulla Brink och Nils Tå") == ["Ulla Brink", "Nils Tå"]
    assert _texts("Ulla Brink och sekreterare Nils Tå") == ["Ulla Brink", "sekreterare Nils Tå"]
    assert _texts("Ulla Brink (S) och Nils Tå (M)") == ["Ulla Brink", "Nils Tå"]


BODIES = ("Ulla Brink ordf Kommunstyrelsen; Nils Tå Kommunstyrelsen; Vera Sand Personalkontoret; "
          "Olle Bäck Omsorgsnämnden; Kajsa Lund Skolförvaltningen; Lars Ström Kultur och fritidsnämnden; "
          "Gun Ås Samhällsbyggnadsförvaltningen; Pia Myr Tekniska förvaltningen; Erik Hed Miljönämnden; "
          "Tove Vik sekr. Primärvården")


def test_a_long_list_of_person_organisation_entries_leaves_two_with_an_office_to_the_older_readers():
    people = {a.name: (a.affiliation, a.role) for a in parse_attendees(BODIES, "present")}
    assert people["Nils Tå"] == ("Kommunstyrelsen", None)
    assert people["Lars Ström"] == ("Kultur och fritidsnämnden", None)
    assert people["Ulla Brink"] == ("Kommunstyrelsen", "ordförande")
    assert people["Tove Vik"][0] == "Primärvården"
    assert len(people) == 10


def test_a_short_list_still_allows_one_entry_not_read():
    chunks = split_chunks("Ulla Brink ordf Kommunstyrelsen; Nils Tå Kommunstyrelsen; Vera Sand Personalkontoret; "
                          "Tove Vik sekr. Primärvården")
    assert person_org_entries(chunks, "present") is None  # two of four entries not read: not such a list


INNER_RUN = ("Ulla Brink, Norrby, ordf Nils Tå, Lund Vera Sand, Skåne Olle Bäck, Halland Kajsa Lund, Kalmar Lars Ström, "
             "sekreterare Gun Ås, projektledare")


def test_a_name_organisation_run_inside_a_longer_list_gives_each_organisation_to_the_name_before_it():
    people = {a.name: (a.affiliation, a.role) for a in parse_attendees(INNER_RUN, "present")}
    assert people == {"Ulla Brink": ("Norrby", "ordförande"), "Nils Tå": ("Lund", None),
                      "Vera Sand": ("Skåne", None), "Olle Bäck": ("Halland", None), "Kajsa Lund": ("Kalmar", None),
                      "Lars Ström": (None, "sekreterare"), "Gun Ås": (None, None)}


def test_inner_runs_need_the_organisations_shape():
    from protokoll.parse.listheads import inner_heads
    assert inner_heads(split_chunks(INNER_RUN)) == {3: "Lund", 4: "Skåne", 5: "Halland", 6: "Kalmar", 7: "sekreterare"}
    # two organisations only: no run
    assert inner_heads(split_chunks("Ulla Brink, Norrby, ordf Nils Tå, Lund Vera Sand, Skåne Olle Bäck, "
                                    "koordinator i Nätverket")) == {}
    # party codes before names are a party column, not organisations after the names
    assert inner_heads(split_chunks("Ulla Brink, S Nils Tå, M Vera Sand, C Olle Bäck, KD Kajsa Lund, "
                                    "ledamot")) == {}
    # a run that ends with a person ("..., Kajsa Lund") is a list of names glued, not of organisations
    assert inner_heads(split_chunks("Ulla Brink, ordf Nils Tå, Lund Vera Sand, Skåne Olle Bäck, Halland Kajsa Lund, "
                                    "Lars Ström")) == {}


def test_a_municipality_with_its_word_after_a_name_is_the_affiliation_even_alone():
    people = [(a.name, a.affiliation, a.title, a.role)
              for a in parse_attendees("Olle Bäck Sjöbo kommun (ordf.) Vera Sand Kull Lunds kommun (vice ordf.) "
                                       "Nils Tå Tomelilla kommun", "present")]
    assert people == [("Olle Bäck", "Sjöbo", None, "ordförande"), ("Vera Sand Kull", "Lund", None, "vice ordförande"),
                      ("Nils Tå", "Tomelilla", None, None)]
    assert [(a.name, a.affiliation) for a in parse_attendees("Gun Ås Lunds kommun (ordf. beredningsgruppen)",
                                                             "other")] == [("Gun Ås", "Lund")]


def test_a_name_and_title_table_read_row_by_row_gives_each_name_its_title():
    from protokoll.parse.entrywords import titled_rows
    assert titled_rows("Olle Bäck Förvaltningschef Vera Sand Verksamhetschef Teknik Nils Tå Projektledare") == [
        ("Olle Bäck", "Förvaltningschef", None), ("Vera Sand", "Verksamhetschef Teknik", None),
        ("Nils Tå", "Projektledare", None)]
    people = [(a.name, a.title) for a in parse_attendees(
        "Olle Bäck Förvaltningschef Vera Sand Verksamhetschef Teknik Nils Tå Trädgårdsmästare 67", "other")]
    assert [n for n, _ in people] == ["Olle Bäck", "Vera Sand", "Nils Tå"]
    assert people[0] == ("Olle Bäck", "Förvaltningschef")


def test_names_without_titles_are_no_title_table():
    from protokoll.parse.entrywords import titled_rows
    assert titled_rows("Olle Bäck Vera Sand Nils Tå") is None
    assert titled_rows("Olle Bäck Ekonomichef Vera Sand") is None  # one title only
    assert titled_rows("Olle Bäck Ekonomichef Vera Sand Rektor Nils Tå Lund Eva") is None  # a given name left over
