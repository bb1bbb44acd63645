"""The header side's rules of session 18 at their cost of before (issue 12): the person test kept for the texts
asked again, a one-person-a-line list given up once it cannot be one, a breadcrumb's lines tested only where there
is a crumb, and cheap word tests before a joint meeting's, a crumb's and a parish's patterns that read all they
read before."""

from protokoll.parse import bodynames, lineentries, persons
from protokoll.parse.bodynames import JOINT_MEETING, crumb_body, title_body
from protokoll.parse.bodywords import CRUMB_LINE, is_breadcrumb
from protokoll.parse.features import keyword_fold
from protokoll.parse.lineentries import _outer_commas, line_entries
from protokoll.parse.orgforms import PARISH_LINE, association_line
from protokoll.parse.textline import Line


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


def test_crumb_lines_tested_only_where_there_is_a_crumb(monkeypatch):
    asked = []
    monkeypatch.setattr(bodynames, "is_breadcrumb", lambda t: asked.append(t) or is_breadcrumb(t))
    text = "Protokoll\nByggnadsnämnden\n2024-05-02"
    lines = [Line("Protokoll", 0), Line("Byggnadsnämnden", 10), Line("2024-05-02", 26)]
    assert crumb_body(lines, text) is None and asked == []


def test_breadcrumb_test_reads_every_crumb_the_pattern_reads():
    for line in ("Start / Politik / Byggnadsnämnden / Protokoll", "Hem > Politik > Socialnämnden",
                 "Hem » Kommun » Kultur", "Hem › Nämnder › Kultur", "Hem\u00a0/\u00a0Politik\u00a0/\u00a0Kultur",
                 "Hem / Politik", "Protokoll 2024-05-02", "A/B/C", "  Hem > Politik > Kultur  ", ""):
        assert is_breadcrumb(line) == (CRUMB_LINE.match(line.strip()) is not None), line


def test_joint_meeting_read_wherever_its_pattern_reads_one():
    from protokoll.parse.bodynames import JOINT_WORDS  # the gate's words
    titles = ["Gemensamt sammanträde för Byggnadsnämnden och Miljönämnden", "GEMENSAMT MÖTE Kulturnämnden",
              "Gemensam möte", "Möte mellan Östby kommun och Västerby kommun", "MÖTE MELLAN STYRELSERNA",
              "Dialogmöte med Kommunstyrelsen", "SAMRÅDSMÖTE MED Tekniska nämnden", "Informationsmöte med nämnden",
              "Protokoll Kulturnämnden", "Sammanträde med Kulturnämnden"]
    for title in titles:
        found = JOINT_MEETING.search(title)
        assert not found or any(w in keyword_fold(found.group(0)) for w in JOINT_WORDS), title
        lines = [Line("Protokoll", 0), Line(title, 10)]
        assert (title_body(lines, "Protokoll\n" + title) is None) >= (found is not None), title
    assert title_body([Line("Dialogmöte med Kulturnämnden", 0)], "Dialogmöte med Kulturnämnden") is None
    assert title_body([Line("Protokoll Kulturnämnden", 0)], "Protokoll Kulturnämnden") == "Kulturnämnden"


def test_parish_letterhead_read_with_its_word_written():
    for line in ("Östby församling", "Östby svenska församling 1(2)", "Västerby pastorat", "Östby kommun"):
        found = PARISH_LINE.fullmatch(line)
        assert not found or "församling" in line or "pastorat" in line
    assert association_line("Östby svenska församling 1(2)") == "Östby svenska församling"
    assert association_line("Västerby pastorat") == "Västerby pastorat"
    assert association_line("Östby kommun") is None


def test_organisation_number_gate_reads_the_fold_of_every_label_case_sensitively():
    import re

    from protokoll.parse import orgnumber
    for label in ("Org.nr", "ORGANISATIONSNUMMER", "orgnr", "ORG NR", "Org.-nr", "Organisationsnr", "ORG.\tNR"):
        text = f"Östby kommun\nBox 12, 123 45 Östby\n{label} 212000-0000"
        assert orgnumber.ORG_NUMBER.search(text) and orgnumber.GATE.search(keyword_fold(text)), label
    assert not orgnumber.GATE.flags & re.IGNORECASE  # the case-blind search of a whole document is ~10 times dearer
