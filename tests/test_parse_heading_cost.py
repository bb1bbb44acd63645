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


def test_a_list_of_sentences_is_told_as_without_its_gate():
    from protokoll.parse import sentencelists
    from protokoll.parse.lines import Line

    def ungated(lines, points):  # sentence_list as written before the full stop was tested first
        points = sorted(points)
        if len(points) < sentencelists.MIN_POINTS or not all(
                len(t.split()) >= 3 and sentencelists.SENTENCE.match(t.strip())
                and sentencelists.LIST_NUMBER.match(lines[i].text) for i, t in points):
            return False
        if any(not ln.blank for (a, _), (b, _) in zip(points, points[1:]) for ln in lines[a + 1:b]):
            return False
        before = next((ln.text.strip() for ln in reversed(lines[:points[0][0]]) if not ln.blank), "")
        return bool(sentencelists.PROSE_END.search(before))

    texts = ["Tre saker kom fram under samtalet.", "1. Fler lokaler behövs i centrum.", "2. Hur arbetet ska fördelas.",
             "3. Mer tid för planering behövs.", "4. Val av justerare", "5. Budget 2026"]
    lines = [Line(t, k) for k, t in enumerate(texts)]
    for points in ([(1, texts[1][3:]), (2, texts[2][3:]), (3, texts[3][3:] + " ")], [(3, texts[3][3:]), (1, texts[1][3:]),
                   (2, texts[2][3:])], [(1, texts[1][3:]), (4, texts[4][3:]), (5, texts[5][3:])], [(1, texts[1][3:])]):
        assert sentencelists.sentence_list(lines, points) == ungated(lines, points), points
    assert sentencelists.sentence_list(lines, [(1, texts[1][3:]), (2, texts[2][3:]), (3, texts[3][3:])])
