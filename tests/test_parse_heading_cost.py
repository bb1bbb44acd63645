"""Item headings read once a wording (h139, issue 12, session 18): the run-on split of a heading is kept as its
presenters are, and a running reference (", KS 2015-03-02 16:00") is matched only when the title ends in a digit."""

from __future__ import annotations

from protokoll.parse import headingpresenters, titles


def test_a_running_reference_is_read_as_without_its_gate():
    for title in (", KS 2015-03-02 16:00", "KSAU 12.1.2016", " Byggn 2024-05-06 kl. 9.30 ", "Budget 2026",
                  "Kultur 2024-05-06 Lokaler", "Mötets öppnande", "", "BUN 2023-11-14."):
        assert titles.running_reference(title) == (titles.RUNNING_REFERENCE.fullmatch(title) is not None), title
    assert titles.running_reference(", KS 2015-03-02 16:00") and not titles.running_reference("Budget 2026")


def test_a_heading_is_split_once_a_wording():
    headingpresenters.split_heading.cache_clear()
    heading = "Kulturskolans lokaler Rektor berättade om läget."
    first = headingpresenters.split_heading(heading)
    assert headingpresenters.split_heading(heading) == first
    assert headingpresenters.split_heading.cache_info().hits == 1
    row = "”Kulturen växer”. Ingrid Falk från Norrby universitet."
    assert headingpresenters.split_heading(row, True) == (row, "")
