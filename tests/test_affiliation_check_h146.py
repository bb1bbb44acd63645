"""Attendees' affiliations that are no municipality, party or organisation (issue 10, h146): precision first.

The sentences are written for these tests, in the forms flattened protocol headers and network notes take.
"""

from __future__ import annotations

from conftest import record_of

from protokoll.parse.affiliationcheck import plausible_affiliation
from protokoll.parse.names import parse_attendees


def _people(value: str) -> list[tuple]:
    return [(a.name, a.affiliation, a.title, a.role) for a in parse_attendees(value, "present")]


def test_an_organisations_initialism_is_no_run_of_initials():
    """"Olle Berg PRO Stina Lund SPF": the organisations' capitals are theirs, not letters of the names."""
    assert _people("Olle Berg PRO Stina Lund PRO Gösta Ek SPF Ulla Nyström SKPF Bo Ahl RPG") == [
        ("Olle Berg", "PRO", None, None), ("Stina Lund", "PRO", None, None), ("Gösta Ek", "SPF", None, None),
        ("Ulla Nyström", "SKPF", None, None), ("Bo Ahl", "RPG", None, None)]


def test_the_member_a_substitute_stands_in_for_in_a_run_is_absent():
    assert _people("Olle Berg PRO ersätter Nils Wik Stina Lund RPG Gösta Ek SPF") == [
        ("Olle Berg", "PRO", None, "ersättare"), ("Stina Lund", "RPG", None, None), ("Gösta Ek", "SPF", None, None)]


def test_one_capitalised_title_word_is_the_title_even_with_an_organisations_word():
    assert _people("Sara Lind, Förbundschef") == [("Sara Lind", None, "Förbundschef", None)]
    assert _people("Sara Lind, Kommunförbundet Norr") == [("Sara Lind", "Kommunförbundet Norr", None, None)]


def test_values_that_are_no_affiliation():
    assert plausible_affiliation("Nämnd-") is None  # "Nämnd- och utredningssekreterare" cut at "och"
    assert plausible_affiliation("Per Holm 226") is None  # the next person, with the items attended
    assert plausible_affiliation("Eva Lind 13-16") is None
    assert plausible_affiliation("Kommundirektör") is None  # the next official's title
    assert plausible_affiliation("Kommunplanerare Eva Lind Kommunsekreterare Bo Ek") is None
    assert plausible_affiliation("Justeringens plats Tallby kommunhus") is None  # a header label
    assert plausible_affiliation("Tid") is None


def test_values_that_are_affiliations_are_kept():
    for value in ("S", "SPF", "Tallby", "Region Norr", "Kommunförbundet Norr", "Företagarna", "Vision",
                  "Folkhälsoenheten Väst", "Ekonomiavdelningen", "Norrby kansli", "Anna Lindhs stiftelse"):
        assert plausible_affiliation(value) == value
    assert plausible_affiliation("Norrby kansli Sida 1 av 8") == "Norrby kansli"  # the page's number cut off


def test_a_flattened_header_gives_no_wrong_affiliations(tmp_path):
    rec = record_of(tmp_path, "ks.txt", (
        "PROTOKOLL 1(30) Tallby kommun Kommunstyrelsen Plats och tid Stadshuset kl. 09:00-12:00 Beslutande "
        "Anna Berg (S), ordförande, Per Holm (M) och Eva Lind (C). Övriga närvarande Tjänstemän Kommundirektör "
        "Sven Ek, kommunsekreterare Maja Dahl, förvaltningschef Olof Nyberg 226, ekonom Lisa Ahl 226 och "
        "controller Nils Borg 228. Justerande Per Holm (M) Paragrafer 226-230\n\n"
        "§ 226 Information om budgeten\n\nInformationen noteras.\n"))
    wrong = [(a.name, a.affiliation) for a in rec.attendees
             if a.affiliation and a.affiliation not in ("S", "M", "C")]
    assert wrong == []


def test_a_party_is_not_shared_with_the_names_before_it():
    """"Anna Berg Per Holm Eva Lind (V)": each member's party is written after the name; the ones without were
    not given one (a municipality is still shared: "A, B (Tallby)")."""
    people = _people("Anna Berg, Per Holm, Eva Lind (V), Bo Ek (M), Lisa Dahl (S)")
    assert [(n, a) for n, a, _, _ in people] == [
        ("Anna Berg", None), ("Per Holm", None), ("Eva Lind", "V"), ("Bo Ek", "M"), ("Lisa Dahl", "S")]


def test_a_bare_for_before_a_name_names_the_absent_member():
    people = _people("Gun Åberg (s) för Maja Dahl Lisa Ek (c) Bo Ek (c)")
    assert [(n, a, r) for n, a, _, r in people] == [
        ("Gun Åberg", "S", "ersättare"), ("Lisa Ek", "C", None), ("Bo Ek", "C", None)]
    assert _people("Anna Berg (S), Per Holm för Tallby kommun")[1][:2] == ("Per Holm", "Tallby kommun")


def test_an_affiliation_is_not_shared_across_lines(tmp_path):
    """Each line of a one-person-a-line list is its own entry: a line's organisation is not the line above's."""
    rec = record_of(tmp_path, "nat.txt", (
        "Minnesanteckningar styrgruppen för Samverkan Väst 2024-04-03\n\nNärvarande:\n"
        "Anna Berg, socialchef, Tallby kommun\nPer Holm, Region Norrbotten\nFrån Luleå kommun:\nLisa Dahl\nOlof Ek\n"
        "Stina Ahl (Arbetsförmedlingen)\nBo Nyström (Försäkringskassan), processledare\n\n"
        "1. Mötets öppnande\nAnna hälsade välkommen.\n"))
    got = {a.name: a.affiliation for a in rec.attendees}
    assert got["Lisa Dahl"] == got["Olof Ek"] == "Luleå"
    assert got["Stina Ahl"] == "Arbetsförmedlingen"


def test_a_party_and_the_next_columns_name_keep_the_party():
    assert plausible_affiliation("C Gösta Ek") == "C"
    assert plausible_affiliation("S") == "S"


def test_the_next_entries_run_on_are_no_affiliation():
    assert plausible_affiliation("Per Holm Region Norrbotten Eva Lind Länsstyrelsen") is None
    assert plausible_affiliation("Anna Lindhs minnesfond") == "Anna Lindhs minnesfond"


def test_a_party_in_brackets_after_a_run_is_the_last_names():
    people = _people("Gun Åberg Lisa Ek (S)")
    assert [(n, a) for n, a, _, _ in people] == [("Gun Åberg", None), ("Lisa Ek", "S")]
    people = _people("Gun Åberg Lisa Ek (kom kl. 10)")  # a note in brackets is no title of hers
    assert [(n, a, t) for n, a, t, _ in people] == [("Gun Åberg", None, None), ("Lisa Ek", None, None)]
    people = _people("Gun Åberg Lisa Ek (S) (M) (C)")  # a column of parties: whose is whose is lost
    assert people[0][:2] == ("Gun Åberg", None)


def test_a_flattened_name_party_table_gives_each_row_its_party(tmp_path):
    """"Anna Berg, ordf. S Katja Holm V ...": the letter between two names ends the row above."""
    rec = record_of(tmp_path, "au.txt", (
        "Allmänna utskottet Plats och tid Kommunhuset kl 13.00 Beslutande Annalena Berg, ordf. S Katja Holm V "
        "Alf Ek V Vivianne Dahl M Daniel Lind M Allan Sjö (S) Justerare Katja Holm (V)\n\n"
        "1 Godkännande av dagordning\nDagordningen godkänns.\n"))
    assert [(a.name, a.affiliation) for a in rec.attendees] == [
        ("Annalena Berg", "S"), ("Katja Holm", "V"), ("Alf Ek", "V"), ("Vivianne Dahl", "M"), ("Daniel Lind", "M"),
        ("Allan Sjö", "S")]


def test_a_name_the_gazetteer_does_not_know_with_items_is_the_next_person():
    assert plausible_affiliation("Amira Sandvik 165") is None
    assert plausible_affiliation("Region Norrbotten 2") == "Region Norrbotten 2"


def test_a_surname_ending_as_a_town_does_is_no_organisation():
    assert plausible_affiliation("Linda Elmstad") is None  # the next person, not "Malmö stad"
    assert plausible_affiliation("Malmö stad") == "Malmö stad"


def test_an_organisation_run_on_into_the_next_name_keeps_the_organisation():
    assert plausible_affiliation("Robertsfors kommun Eva-Lena Lind. Tallby kommun") == "Robertsfors"
    assert plausible_affiliation("Norrdala regionen Per Holm öppnade mötet") == "Norrdala regionen"
    assert plausible_affiliation("Svenska kyrkan Maria Magdalena församling") == \
        "Svenska kyrkan Maria Magdalena församling"  # a given name inside an organisation's name


def test_officials_title_first_after_the_members_keep_the_members_party():
    """"Hans Ek (s) Kommundirektör Kjell Lund Kommunplanerare Sara Wik": a capitalised job title opens the
    officials' entries; main read them as the last member's affiliation, over the party."""
    assert _people("Hans Ek (s) Jaana Berg (s) Kommundirektör Kjell Lund Kommunplanerare Sara Wik "
                   "Kommunsekreterare Anna Dahl") == [
        ("Hans Ek", "S", None, None), ("Jaana Berg", "S", None, None), ("Kjell Lund", None, "Kommundirektör", None),
        ("Sara Wik", None, "Kommunplanerare", None), ("Anna Dahl", None, "Kommunsekreterare", None)]
