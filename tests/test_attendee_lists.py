"""Attendee lists as flattened pages write them: runs without line breaks, § ranges after names."""

from __future__ import annotations

from protokoll.parse.names import parse_attendees


def _people(value: str) -> list[tuple]:
    return [(a.name, a.affiliation, a.title, a.role) for a in parse_attendees(value, "present")]


def test_item_ranges_after_names_end_the_entry():
    assert _people("Anna Berg (S) §§ 1-5 Per Holm (M) Eva Lind (C), ordförande") == [
        ("Anna Berg", "S", None, None), ("Per Holm", "M", None, None), ("Eva Lind", "C", None, "ordförande")]
    assert _people("Anna Berg, ekonom, § 12 Per Holm, controller, §§ 13-14") == [
        ("Anna Berg", None, "ekonom", None), ("Per Holm", None, "controller", None)]
    assert _people("Anna Berg (S), ordförande, ej § 5 Per Holm (M)") == [
        ("Anna Berg", "S", None, "ordförande"), ("Per Holm", "M", None, None)]


def test_name_organisation_runs_without_commas_between_entries():
    assert _people("Karin Dahl, Kinda kommun Bo Ek, Västerviks gymnasieförbund Maja Sundin, KSL "
                   "Rolf Ahlgren, Utvecklingschef Ebba Nyqvist, Ydre kommun, sekreterare") == [
        ("Karin Dahl", "Kinda", None, None), ("Bo Ek", "Västerviks gymnasieförbund", None, None),
        ("Maja Sundin", "KSL", None, None), ("Rolf Ahlgren", None, "Utvecklingschef", None),
        ("Ebba Nyqvist", "Ydre", None, "sekreterare")]


def test_a_title_before_the_next_name_describes_the_previous_person():
    assert _people("Olof Berg, socialchef Maja Sundin, nämndsekreterare") == [
        ("Olof Berg", None, "socialchef", None), ("Maja Sundin", None, "nämndsekreterare", None)]


def test_a_numbered_role_before_the_next_name_closes_the_previous_entry():
    assert _people("Lars Dahl (S), tjänstgörande ordförande Nils Ek (L), 2:e vice ordförande Sara Holm (S)") == [
        ("Lars Dahl", "S", "tjänstgörande ordförande", None), ("Nils Ek", "L", None, "vice ordförande"),
        ("Sara Holm", "S", None, None)]


def test_a_long_line_of_entries_after_a_blank_line_continues_the_list():
    from protokoll.parse.header import read_fields
    from protokoll.parse.lines import split_lines
    line = "Anna Berg (M) Per Holm (M) Eva Lind (C) Olof Strand (MP) Maja Sundin (V) Bo Ekström (SD) Lisa Dahl (SD)"
    [f] = read_fields(split_lines(f"Beslutande Karin Dahl (S), ordförande\n\n{line}\n"))
    assert f.value.endswith("Lisa Dahl (SD)")



def test_a_long_run_of_names_without_separators_is_not_an_entry_line():
    from protokoll.parse.header import _entry_run
    assert not _entry_run("Anna Berg " * 3000 + "x")  # one run, no entries; read in linear time
    assert _entry_run("Anna Berg (M) Per Holm (M), ledamot Eva Lind (C)")


def test_a_role_holder_loses_a_glued_place_and_a_label_word_is_no_name():
    from protokoll.parse.roleholder import role_holder
    assert role_holder("Ydre Karin Dahl (S), ordf.", "present").name == "Karin Dahl"
    assert role_holder("Telefon Karin Dahl Telefon", "other") is None
    assert role_holder("Karin Dahl", "present").name == "Karin Dahl"


def test_an_item_range_in_words_ends_an_entry_in_a_run_on_list():
    from protokoll.parse.names import parse_attendees
    people = parse_attendees("Eva Lund, Åsbyregionens kansli, ärende 1-3 Olle Berg, Åsbyregionens kansli, "
                             "sekreterare", "other")
    assert [p.name for p in people] == ["Eva Lund", "Olle Berg"]
    assert [p.role for p in people] == [None, "sekreterare"]
    assert [p.affiliation for p in people] == ["Åsbyregionens kansli"] * 2


def test_only_a_clerk_among_the_officials_is_taken_for_the_secretary():
    from protokoll.parse import parse_text
    head = "Protokoll\nSocialnämnden\nDatum 12 mars 2025\n\nÖvriga närvarande\n"
    tail = "\n\n§ 1 Val av justerare\nBo Ekström utses att justera.\n"
    assert parse_text(head + "Eva Lund, socialsekreterare" + tail, "x.txt").secretary is None
    assert parse_text(head + "Eva Lund, politisk sekreterare" + tail, "x.txt").secretary is None
    assert parse_text(head + "Eva Lund, nämndsekreterare" + tail, "x.txt").secretary == "Eva Lund"


def test_a_substitute_named_in_parentheses_is_not_the_affiliation():
    from protokoll.parse.names import parse_attendees

    people = parse_attendees("Anna Berg (ers. Per Ek), Burlöv Henrik Brodd, Båstad Eva Holm, Familjen Sjöstad",
                             "present")
    assert [(a.name, a.affiliation) for a in people] == [
        ("Anna Berg", "Burlöv"), ("Henrik Brodd", "Båstad"), ("Eva Holm", "Familjen Sjöstad")]


def test_the_paragraphs_someone_attended_are_not_an_affiliation():
    from protokoll.parse.names import affiliation

    assert affiliation("1-12") is None and affiliation("§§ 14-22") is None and affiliation("ej § 5") is None
    assert affiliation("Norrby kommun") is not None


def test_the_chair_of_another_body_among_the_officials_is_not_the_meetings_chair():
    from protokoll.parse import parse_text

    text = ("PROTOKOLL\nKommunstyrelsens arbetsutskott\nDatum: 2019-03-14\nBeslutande: Eva Holm (S), Per Ek (M)\n"
            "Övriga deltagare: Anna Berg, ordförande ekonomikommittén\nLisa Ström, nämndsekreterare\n\n"
            "§ 1 Val av justerare\nPer Ek utsågs.\n")
    assert parse_text(text, "x.txt").chair is None


def test_insynsplats_and_yttranderatt_are_labels_of_non_voting_attendees():
    from protokoll.parse import parse_text

    text = ("PROTOKOLL\nKommunstyrelsen\nDatum: 2019-03-14\nBeslutande: Eva Holm (S), Per Ek (M)\n"
            "Insynsplats Kim Berg (V)\n\n§ 1 Val av justerare\nPer Ek utsågs.\n")
    people = {a.name: a.group for a in parse_text(text, "x.txt").attendees}
    assert people.get("Kim Berg") == "other" and "Insynsplats Kim Berg" not in people


def test_the_one_person_a_header_list_calls_ordforande_chairs():
    from protokoll.parse import parse_text

    text = ("MINNESANTECKNINGAR Regionrådet\nDag Tid Plats ande Stadshuset Anna Berg, Norrby kommun, vice ordförande "
            "Per Ek, Ekeby kommun, ordförande Eva Holm, Ekeby kommun\n\n1. Mötets öppnande\n2. Budget\n")
    assert parse_text(text, "x.txt").chair == "Per Ek"
    two = text.replace("Eva Holm, Ekeby kommun", "Eva Holm, Ekeby kommun, ordförande")
    assert parse_text(two, "x.txt").chair is None


def test_secretary_named_in_a_sentence_of_the_header():
    from protokoll.parse import parse_text

    head = "PROTOKOLL\nDirektionen\nDatum: 2023-10-06\n\nJustering och sekreterare\n{}\n\n27 § Budget\nGodkändes.\n"
    text = head.format("Att jämte ordföranden justera protokollet valdes Per Ek. Sekreterare är Lisa Ström.")
    assert parse_text(text, "x.txt").secretary == "Lisa Ström"
    assert parse_text(head.format("Lisa Ström är sekreterare och Eva Holm är sekreterare."), "x.txt").secretary is None
