"""Issue 10 (session 10): the member a substitute stands in for in every common wording ("istf", "i st f",
"ersättare för", "tjg ers för", inside one entry or opening the next), and officials written "title Name" one per
line whose lines reached the list reader run together (parse/standsin.py)."""

import pytest

from protokoll.parse import parse_text
from protokoll.parse.names import parse_attendees


def _names(value, group="present"):
    return [a.name for a in parse_attendees(value, group)]


@pytest.mark.parametrize("wording", ["istf", "istf.", "i st f", "i st. f.", "i.st.f.", "ist.f.", "i stället för",
                                     "ersätter", "ersättare för", "ers. för", "tjg ers för",
                                     "tjänstgörande ersättare för"])
def test_the_member_stood_in_for_is_absent_in_every_wording(wording):
    for value in (f"Tova Lindbäck (C) {wording} Gösta Ahlkvist (C), Mira Sundh (KD)",
                  f"Tova Lindbäck {wording} Gösta Ahlkvist; Mira Sundh",
                  f"Tova Lindbäck, {wording} Gösta Ahlkvist; Mira Sundh"):
        assert _names(value) == ["Tova Lindbäck", "Mira Sundh"], value
    people = parse_attendees(f"Tova Lindbäck (C) {wording} Gösta Ahlkvist (C)", "present")
    assert people[0].role == "ersättare" and people[0].title is None


def test_a_substitute_entry_with_the_list_run_on_after_it_keeps_the_next_member():
    assert _names("Tova Lindbäck (KD), Ekby, tjänstgörande ersättare för Gösta Ahlkvist Mira Sundh (C), Åby") \
        == ["Tova Lindbäck", "Mira Sundh"]
    assert _names("Tova Lindbäck istf Gösta Ahlkvist Mira Sundh") == ["Tova Lindbäck", "Mira Sundh"]


def test_for_before_an_organisation_is_an_affiliation_not_a_substitution():
    people = parse_attendees("Tova Lindbäck för Ekby kommun, Mira Sundh", "present")
    assert [a.name for a in people] == ["Tova Lindbäck", "Mira Sundh"]


def test_officials_title_first_run_together_are_each_an_attendee():
    people = parse_attendees("kommundirektör Halvar Stenmark ekonomichef Runa Olofsdotter sekreterare Ebbe Tjäder",
                             "other")
    assert [(a.name, a.title, a.role) for a in people] == [
        ("Halvar Stenmark", "kommundirektör", None), ("Runa Olofsdotter", "ekonomichef", None),
        ("Ebbe Tjäder", None, "sekreterare")]


def test_a_title_with_an_organisation_name_in_it_is_not_cut_as_a_run():
    # "förvaltningschef Gemensam Service": a capitalised part of the title; the run reading abstains
    value = "förvaltningschef Gemensam Service Halvar Stenmark ekonom Runa Olofsdotter"
    assert "Service Halvar Stenmark" not in _names(value, "other")


def test_officials_one_per_line_in_a_protocol():
    text = ("PROTOKOLL\nMiljönämnden i Ekby\nSammanträdesdatum 2022-09-14\n\nPlats och tid: Stadshuset, kl 13.00-15.00\n\n"
            "Beslutande\nIrma Kvarnström (S), ordförande\nSune Brask (M)\nTova Lindbäck (C) istf Gösta Ahlkvist (C)\n\n"
            "Övriga närvarande\nmiljöchef Halvar Stenmark\nekonomichef Runa Olofsdotter\nnämndsekreterare Ebbe Tjäder\n\n"
            "Justerare\nSune Brask\n\n§ 1 Val av justerare\nSune Brask utses att justera protokollet.\n")
    names = [a.name for a in parse_text(text, "x.txt").attendees]
    assert names == ["Irma Kvarnström", "Sune Brask", "Tova Lindbäck", "Halvar Stenmark", "Runa Olofsdotter",
                     "Ebbe Tjäder"]


def test_a_name_first_list_run_on_keeps_its_own_reading():
    # "Name, title Name title Name, title": each title follows its name; the title-first run reading is not used
    people = parse_attendees("Runa Olofsdotter, miljöchef Halvar Stenmark nämndsekreterare Ebbe Tjäder, controller",
                             "other")
    assert all(not (a.name == "Halvar Stenmark" and a.title == "miljöchef") for a in people)


@pytest.mark.parametrize("value", ["Signe, Arvid, Tyra och Holger", "Signe, Arvid, Tyra, Holger"])
def test_a_list_of_given_names_only_is_kept_as_written(value):
    assert _names(value) == ["Signe", "Arvid", "Tyra", "Holger"]


@pytest.mark.parametrize("value", ["Ekby, Åby och Norrvik", "Signe, Arvid Stenmark", "Signe", "Signe, Signe",
                                   "Signe (S), Arvid (M)"])
def test_other_short_lists_are_not_read_as_given_names(value):
    assert all(" " in n for n in _names(value))


def test_given_names_only_in_a_small_groups_minutes():
    text = ("Minnesanteckningar\nArbetsgruppen för Ekby bygdegård\nDatum: 3 mars 2021\n\n"
            "Närvarande: Signe, Arvid, Tyra och Holger\n\n1. Mötets öppnande\nSigne hälsade alla välkomna.\n")
    assert [a.name for a in parse_text(text, "x.txt").attendees] == ["Signe", "Arvid", "Tyra", "Holger"]


@pytest.mark.parametrize("value", ["Miljöchef Halvar Stenmark Ekonomichef Runa Olofsdotter",
                                   "Halvar Stenmark Miljöchef Runa Olofsdotter Ekonomichef",
                                   "Tf. miljöchef Halvar Stenmark Controller Runa Olofsdotter"])
def test_capitalised_titles_run_together_are_not_part_of_the_names(value):
    assert _names(value, "other") == ["Halvar Stenmark", "Runa Olofsdotter"]


@pytest.mark.parametrize("title", ["Rektor", "Kommunikatör", "Miljöinspektör", "Kulturintendent", "Registrator"])
def test_more_job_titles_before_a_name_are_titles(title):
    people = parse_attendees(f"{title} Halvar Stenmark", "other")
    assert [(a.name, a.title) for a in people] == [("Halvar Stenmark", title)]


def test_a_sentence_end_after_a_name_is_not_part_of_it():
    assert _names("Runa Olofsdotter. Miljöchef Halvar Stenmark Ekonomichef", "other") == \
        ["Runa Olofsdotter", "Halvar Stenmark"]


def test_a_title_between_two_names_run_on_is_no_part_of_the_first():
    people = parse_attendees("Halvar Stenmark Ekonomichef Karin Olofsdotter", "other")
    assert [(a.name, a.title) for a in people] == [("Halvar Stenmark", "Ekonomichef"), ("Karin Olofsdotter", None)]
