"""An attendance list that writes each role word BEFORE its holder ("ordförande Anna Berg, sekreterare Per Holm")
gives each role to the name after it; a list that writes names first keeps the role with the name before it.
All names and places are invented."""

import re

import pytest

from protokoll.parse import parse_text
from protokoll.parse.names import parse_attendees

HEAD = "Protokoll\nKommunstyrelsens arbetsutskott\nSammanträdesdatum 2024-03-12\nPlats: Rådhuset, Vallby\n"
TAIL = "\n§ 1 Mötets öppnande\nMötet öppnades.\n"

ROLES_FIRST = [
    "Närvarande: ordförande Tove Asklund, sekreterare Rikard Vemming, ledamot Gun Falkvik",
    "Närvarande: ordförande Tove Asklund, vice ordförande Jon Berglöv, justerare Gun Falkvik, "
    "sekreterare Rikard Vemming",
    "Närvarande: ordförande Tove Asklund (S), sekreterare Rikard Vemming, ledamot Gun Falkvik (M), "
    "ersättare Ola Trent (C)",
    "Närvarande: ordförande Tove Asklund, Vallby kommun, sekreterare Rikard Vemming, Norrby kommun, "
    "ledamot Gun Falkvik, Ådala kommun",
    "Närvarande: ordförande Tove Asklund, ledamot Gun Falkvik och sekreterare Rikard Vemming",
    # capitalised role words: the first, right after the list label's colon, is no label of its own
    "Närvarande: Ordförande Tove Asklund, Sekreterare Rikard Vemming, Ledamot Gun Falkvik",
    "Beslutande ledamöter: Ordförande Tove Asklund (S), Vice ordförande Jon Berglöv (M), Sekreterare Rikard Vemming",
]

NAMES_FIRST = [
    "Närvarande: Tove Asklund, ordförande, Rikard Vemming, sekreterare, Gun Falkvik, ledamot",
    "Närvarande: Tove Asklund (S), ordförande, Jon Berglöv (M), ledamot, Rikard Vemming, sekreterare",
    "Närvarande: Tove Asklund (ordförande), Gun Falkvik (ledamot), Rikard Vemming (sekreterare)",
]


def _read(line: str, one_line: bool):
    text = HEAD + line + "\n" + TAIL
    return parse_text(re.sub(r"\s*\n\s*", " ", text) if one_line else text, "x.txt", year_hint=2024)


@pytest.mark.parametrize("one_line", [False, True])
@pytest.mark.parametrize("line", ROLES_FIRST + NAMES_FIRST)
def test_chair_and_secretary_of_either_order(line, one_line):
    rec = _read(line, one_line)
    assert (rec.chair, rec.secretary) == ("Tove Asklund", "Rikard Vemming")


def test_each_role_goes_to_the_name_after_it():
    people = parse_attendees("ordförande Tove Asklund, vice ordförande Jon Berglöv, justerare Gun Falkvik, "
                             "sekreterare Rikard Vemming", "present")
    assert [(a.name, a.role) for a in people] == [
        ("Tove Asklund", "ordförande"), ("Jon Berglöv", "vice ordförande"), ("Gun Falkvik", "justerare"),
        ("Rikard Vemming", "sekreterare")]


def test_a_names_first_list_flattened_keeps_the_role_with_the_name_before():
    """A role word after a party code, then the next name ("Tove Asklund (S), ordförande Jon Berglöv (M)"):
    the list opened with a name, so the role closes the entry before it."""
    people = parse_attendees("Tove Asklund (S), ordförande Jon Berglöv (M) Gun Falkvik (C), "
                             "vice ordförande Ola Trent (S)", "present")
    roles = {a.name: a.role for a in people}
    assert roles["Tove Asklund"] == "ordförande" and roles.get("Jon Berglöv") is None
    assert roles["Gun Falkvik"] == "vice ordförande"


def test_a_bare_role_entry_means_the_order_is_not_roles_first():
    from protokoll.parse.rolefirst import roles_before_names
    assert roles_before_names(["ordförande Tove Asklund", "sekreterare Rikard Vemming"])
    assert not roles_before_names(["ordförande Tove Asklund", "Rikard Vemming", "sekreterare"])
    assert not roles_before_names(["Tove Asklund", "ordförande Rikard Vemming"])


def test_a_place_run_on_into_the_name_abstains():
    """No comma between the name and its municipality: where the name ends is unsure, so no chair is read."""
    rec = _read("Närvarande: ordförande Tove Asklund Vallby kommun, sekreterare Rikard Vemming Norrby kommun", False)
    assert rec.chair in (None, "Tove Asklund") and rec.secretary in (None, "Rikard Vemming")
