"""Attendee lists of "Given Surname Organisation" entries without a separator between person and organisation, and
signature blocks flattened into runs of labels each followed by the run of its names (issue 10). Invented
documents."""

from protokoll.parse.assemble import parse_text


def _read(text: str):
    return parse_text(text, source="t.txt")


def test_entry_splits_into_person_and_organisation():
    from protokoll.parse.personorg import segment
    assert segment("Maja Sundqvist Höörs kommun") == ("Maja Sundqvist", "Höörs kommun")
    assert segment("Tobias Rehn Region Halland") == ("Tobias Rehn", "Region Halland")
    assert segment("Greta Hall Varbergs Energi AB") == ("Greta Hall", "Varbergs Energi AB")
    assert segment("Stig af Ugglas Hallands Kommunförbund") == ("Stig af Ugglas", "Hallands Kommunförbund")
    assert segment("Ida Holmberg Lundin Region Halland") == ("Ida Holmberg Lundin", "Region Halland")
    assert segment("Nils Ek Kustvatten AB") == ("Nils Ek", "Kustvatten AB")  # "AB" alone is no organisation
    assert segment("Elin Rask SKR") == ("Elin Rask", "SKR")


def test_entry_that_does_not_split_one_way_is_left():
    from protokoll.parse.personorg import segment
    assert segment("Maja Sundqvist ekonom Höörs kommun") is None  # a title between
    assert segment("Maja Sundqvist") is None  # no organisation
    assert segment("Rektor Höörs kommun") is None  # no person
    assert segment("Maja Sundqvist Höörs kommun ledamot") is None  # a role after the organisation


def test_list_of_person_organisation_entries():
    rec = _read("Minnesanteckningar från nätverksmöte för miljöstrateger\n\nDatum: 2025-02-11\n\n"
                "Deltagare: Maja Sundqvist Höörs kommun, Tobias Rehn Region Halland, Greta Hall Varbergs Energi AB, "
                "Stig af Ugglas Hallands Kommunförbund, Elin Rask Falkenbergs kommun\n\n"
                "1. Inledning\nMaja Sundqvist hälsade välkommen.\n")
    assert [(a.name, a.affiliation) for a in rec.attendees] == [
        ("Maja Sundqvist", "Höör"), ("Tobias Rehn", "Region Halland"), ("Greta Hall", "Varbergs Energi AB"),
        ("Stig af Ugglas", "Hallands Kommunförbund"), ("Elin Rask", "Falkenberg")]


def test_company_names_are_read_in_a_list_whose_entries_show_the_form():
    # three entries with an organisation's shape make the list one of "Name Organisation": then a company's bare
    # name is the organisation too, the person the shortest name; "Name, Organisation" with its comma is one entry;
    # the list's run on into the first item ends it
    rec = _read("Anteckningar från teknikrådets möte\n\nDeltagare: Greta Hall Varbergs kommun, Nils Ek Kustvatten, "
                "Tobias Rehn, Falkenbergs folkhögskola, Elin Rask Sandvik Sverige, Oskar Lund Region Halland, "
                "Stig Wall Teknikcollege Halland, Maja Sundqvist SKR 1. Inledning Välkommen till Varberg, "
                "Greta Hall hälsar alla välkomna\n")
    assert [(a.name, a.affiliation) for a in rec.attendees] == [
        ("Greta Hall", "Varberg"), ("Nils Ek", "Kustvatten"), ("Tobias Rehn", "Falkenbergs folkhögskola"),
        ("Elin Rask", "Sandvik Sverige"), ("Oskar Lund", "Region Halland"), ("Stig Wall", "Teknikcollege Halland"),
        ("Maja Sundqvist", "SKR")]


def test_list_of_names_without_organisations_is_not_read_so():
    from protokoll.parse.listchunks import split_chunks
    from protokoll.parse.personorg import person_org_entries
    chunks = split_chunks("Greta Hall Lind, Nils Ek, Tobias Rehn Sandberg, Elin Rask, Oskar Lund")
    assert person_org_entries(chunks, "present") is None  # a name's third word is no company without the form


def test_list_with_two_entries_that_do_not_split_is_read_as_before():
    from protokoll.parse.listchunks import split_chunks
    from protokoll.parse.personorg import person_org_entries
    chunks = split_chunks("Maja Sundqvist Höörs kommun, Tobias Rehn, Greta Hall, Elin Rask Falkenbergs kommun")
    assert person_org_entries(chunks, "present") is None


def test_signature_block_of_label_runs_then_name_runs():
    rec = _read("PROTOKOLL\nKulturnämnden\nSammanträdesdatum 2025-03-04\n\n§ 1 Budget\nBeslut\n"
                "Nämnden godkänner budgeten.\n\n"
                "Underskrifter Sekreterare Paragrafer 1-4 Linnea Strand Ordförande Justerande Göran Vik "
                "Helena Torstensson ANSLAG/BEVIS Protokollet är justerat.\n")
    assert (rec.chair, rec.secretary) == ("Göran Vik", "Linnea Strand")


def test_signature_block_whose_counts_differ_is_not_read():
    rec = _read("PROTOKOLL\nKulturnämnden\nSammanträdesdatum 2025-03-04\n\n§ 1 Budget\nBeslut\n"
                "Nämnden godkänner budgeten.\n\n"
                "Underskrifter Ordförande Sekreterare Justerande Göran Vik Linnea Strand ANSLAG/BEVIS\n")
    assert (rec.chair, rec.secretary) == (None, None)
    from protokoll.parse import flatsign  # a label of the posting box run on after the names is no third name
    assert flatsign.signers("Underskrifter Sekreterare Ordförande Justerare Linnea Strand Göran Vik Myndighet "
                            "Kansliet") == {}


def test_table_rows_keep_their_cells_when_one_row_has_a_role_column():
    """A table read from a scan or a DOCX gives each row's cells with tabs between them: the cells, not the shape of
    a "Name Organisation" entry, split the person from the organisation, also in the row whose third cell is the
    person's role (that row once became one long name without an organisation)."""
    rec = _read("Ledningsgruppen för Nordsjöns kommuner\n\nMinnesanteckningar\n\nMötesdatum\t2025-03-05\n"
                "Närvarande\nHenrik Wall\tUddevalla\tordförande\nKarin Ek Sandberg\tLysekil\n"
                "Tove Hägg\tSotenäs\nLars Björk\tMunkedal\nMona Öhrn\tTanum\n\n"
                "1. Föregående minnesanteckningar\nBeslut: Minnesanteckningarna läggs till handlingarna.\n")
    assert [(a.name, a.affiliation, a.role) for a in rec.attendees] == [
        ("Henrik Wall", "Uddevalla", "ordförande"), ("Karin Ek Sandberg", "Lysekil", None),
        ("Tove Hägg", "Sotenäs", None), ("Lars Björk", "Munkedal", None), ("Mona Öhrn", "Tanum", None)]
    assert rec.chair == "Henrik Wall"
