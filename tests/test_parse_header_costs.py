"""The header side's rules of session 18 at their cost of before (issue 12): the person test kept for the texts
asked again, a one-person-a-line list given up once it cannot be one, a breadcrumb's lines tested only where there
is a crumb, and cheap word tests before a joint meeting's, a crumb's and a parish's patterns that read all they
read before."""

from protokoll.parse import lineentries, persons
from protokoll.parse.lineentries import _outer_commas, line_entries


def test_person_test_is_kept_for_the_texts_asked_again():
    persons.is_person("Greta Lundmark")
    hits = persons.is_person.cache_info().hits
    assert persons.is_person("Greta Lundmark") and persons.is_person.cache_info().hits == hits + 1
    assert not persons.is_person("Östby kommun") and persons.initials("Greta Lundmark") == "GL"


def _reference_commas(line: str) -> list[str]:
    """``_outer_commas`` as written before: every character's bracket depth counted."""
    parts, depth, start = [], 0, 0
    for k, c in enumerate(line):
        depth += (c == "(") - (c == ")")
        if c == "," and depth == 0:
            parts.append(line[start:k])
            start = k + 1
    return parts + [line[start:]]


def test_commas_outside_brackets_cut_as_before():
    for line in ("Greta Lundmark, Östby kommun", "Greta Lundmark, Östby kommun, ordförande", "Ivar Sand",
                 "Ivar Sand (Länsstyrelsen, miljö), Östby", "Ivar Sand), Östby, x", "a,,b,", ",", ""):
        assert _outer_commas(line) == _reference_commas(line), line


def test_one_person_a_line_list_given_up_once_a_line_in_four_does_not_fit(monkeypatch):
    asked = []
    entries = lineentries._entries
    monkeypatch.setattr(lineentries, "_entries", lambda ln: asked.append(ln) or entries(ln))
    value = "; ".join(["Greta Lundmark, Östby, ordförande", "Ivar Sand, Västerby, sekreterare", "Tove Ek, Östby",
                       "Jonas Alm, Västerby", "Maja Stål, Östby", "Olle Berg, Västerby"])
    assert line_entries(value) == value and len(asked) == 2  # two of six lines do not fit: no list of that form
    asked.clear()
    fits = "Greta Lundmark, Östby kommun; Ivar Sand, Ideell Samverkan; Tove Ek, Länsstyrelsen"
    assert line_entries(fits) == "Greta Lundmark (Östby kommun); Ivar Sand (Ideell Samverkan); Tove Ek (Länsstyrelsen)"
    assert len(asked) == 3
