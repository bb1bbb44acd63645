"""Item titles in forms met in real web-extracted documents, fourth pass (issue 10, h16): a flattened heading
that runs on into the job title and name of whoever presents the item. The documents are written for these tests."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.headings import cut_run_on_title

FLAT = ("PROTOKOLL Kulturnämnden Sammanträdesdatum 2023-05-11 "
        "§ 12 Godkännande av dagordning Dagordningen godkänns. "
        "§ 13 Information om biblioteksplanen i Ydre Kommun Bibliotekschef Ella Strand redogör för arbetet med planen. "
        "Kulturnämnden beslutar att lägga informationen till handlingarna.")


def test_a_title_running_into_a_job_title_and_name_is_cut_before_them():
    titles = {it.number: it.title for it in parse_text(FLAT, "x.txt").items}
    assert titles["13"] == "Information om biblioteksplanen i Ydre Kommun"


def test_a_job_title_after_a_preposition_or_without_a_name_stays_in_the_title():
    line = "Information från Bibliotekschef Ella Strand om planen för de kommande åren"
    assert cut_run_on_title(line) == line
    no_name = "Anställning Region Västra Götaland Ekonomichef och controller för hela förvaltningen nu"
    assert "Ekonomichef" in cut_run_on_title(no_name)


PREFIXED = """PROTOKOLL
Miljönämnden
Sammanträdesdatum 2023-05-11

MN 7 Val av justerare Till justerare utses Eva Dahl. Protokollet justeras på kansliet.

MN 8 22/MN 0131 Tillsynsplan 2023 Miljönämnden beslutar att anta tillsynsplanen.
"""


def test_a_short_name_heading_with_a_case_number_before_its_title():
    titles = [(it.number, it.title) for it in parse_text(PREFIXED, "x.txt").items]
    assert titles == [("7", "Val av justerare"), ("8", "Tillsynsplan 2023")]
