"""Session 23's parse-cost cuts read as before (issue 12): cheap tests in front of patterns tried on every line,
no pattern built per name, the signatures' tail read from the end. Every fixture is written for the test."""

from __future__ import annotations

import re

from protokoll.parse import agents, crosschecks, signatures
from protokoll.parse.lines import Line
from protokoll.parse.terms import TERM_HEADING, term_heading


def test_a_term_heading_is_read_and_a_line_without_a_year_span_at_its_end_is_not_tried(monkeypatch):
    assert term_heading("Valnämnden 2027-2030") and term_heading("Ledamöter mandatperioden 2031–2034 ")
    assert not term_heading("Valnämnden 2027-2040")  # more than eight years: no term
    tried = []

    class Counting:
        def match(self, text):
            tried.append(text)
            return TERM_HEADING.match(text)

    monkeypatch.setattr("protokoll.parse.terms.TERM_HEADING", Counting())
    for line in ("Ekonomin i balans", "Budget 2027", "Sammanträde 2027-03-14 i salen", "Budgeten 2027 ökade med 4",
                 "Plan 2027-2030 antogs."):
        assert not term_heading(line)
    assert tried == []  # none ends in a digit and has a dash: the pattern is not tried
    assert term_heading("Styrelsen 2027 - 2030") and tried == ["Styrelsen 2027 - 2030"]


def test_a_chair_before_a_role_column_is_found_without_a_pattern_made_for_the_name(monkeypatch):
    text = "Närvarande\nLena Mård (C) Olle Sved (L) ordförande vice ordförande\nOlle Sved\n"

    def no_pattern(*args, **kwargs):
        raise AssertionError("a pattern built for one name")

    monkeypatch.setattr(re, "search", no_pattern)
    monkeypatch.setattr(re, "compile", no_pattern)
    assert crosschecks._role_column("Olle Sved", text)
    assert not crosschecks._role_column("Lena Mård", text)  # another name between: her role is not the column's
    assert crosschecks._role_column("Olle Sved", "Olle Sved (L) ordförande 1:e vice ordförande")
    assert not crosschecks._role_column("Olle Sved", "Olle Sved ordförande. Ida Kask vice ordförande")


def test_the_signatures_tail_is_the_last_written_lines_in_order():
    lines = [Line(t, k * 10) for k, t in enumerate(["Rubrik", "", "Text", "", "", "Ida Kask", "Ordförande", ""])]
    assert signatures._last_written(lines, 16) == [ln for ln in lines if not ln.blank]
    assert [ln.text for ln in signatures._last_written(lines, 2)] == ["Ida Kask", "Ordförande"]
    assert signatures._last_written([Line("", 0)], 16) == []


def test_a_list_of_doers_splits_at_commas_and_och_with_one_compiled_pattern():
    assert agents.AGENT_BREAK.split("Ida Kask, Olle Sved och Lena Mård") == ["Ida Kask", "Olle Sved", "Lena Mård"]
    assert agents.split_agents("Ida Kask och Olle Sved") == ["Ida Kask", "Olle Sved"]
    assert agents.split_agents("Rektorerna i Ekeby och Åsby") == ["Rektorerna i Ekeby och Åsby"]


def test_a_weekday_before_a_date_is_read_and_the_prefix_pattern_is_tried_only_after_den_or_dag(monkeypatch):
    from protokoll.swedish import datementions

    text = "Möte tisdagen den 14 april 2026. Nästa möte 2026-05-12 i Ekeby."
    first, second = datementions.find_dates(text)[:2]
    assert (first.text, first.weekday) == ("tisdagen den 14 april 2026", 1) and second.text == "2026-05-12"
    tried, prefix = [], datementions._PREFIX

    class Counting:
        def search(self, t, pos, endpos):
            tried.append(t[pos:endpos])
            return prefix.search(t, pos, endpos)

    monkeypatch.setattr(datementions, "_PREFIX", Counting())
    assert datementions._mention("Nästa möte 2026-05-12", 11, 21, 2026, 5, 12).start == 11
    assert tried == []  # neither "den" nor a weekday's "dag" before it
    assert datementions._mention("Fredag den 8 maj", 11, 16, None, 5, 8).start == 0 and len(tried) == 1


def test_a_wrapped_given_name_joins_the_next_line_and_other_lines_are_not_tried(monkeypatch):
    from protokoll.parse import header

    assert header._append("Anna Berg (S); Gunnar", "Eklöv (KD)") == "Anna Berg (S); Gunnar Eklöv (KD)"
    monkeypatch.setattr(header, "LAST_ENTRY", None)  # the split is not reached: the cheap test answers
    assert not header._split_name("Anna Berg (S)", "Per Holm (M)")
    assert not header._split_name("Anna Berg; Gunnar", "eklöv")


def test_a_day_exists_as_the_calendar_says_without_the_weekday_asked(monkeypatch):
    from protokoll.swedish import datementions

    monkeypatch.setattr(datementions, "monthrange", None, raising=False)  # a table of days: no weekday asked
    valid = datementions._valid
    assert valid(2028, 2, 29) and not valid(2027, 2, 29) and not valid(2100, 2, 29) and valid(2000, 2, 29)
    assert valid(None, 2, 29) and not valid(2026, 4, 31) and valid(2026, 12, 31)
    assert not valid(2026, 13, 1) and not valid(2026, 1, 0)


def test_a_subject_after_the_deciding_words_is_cut_and_other_subjects_are_not_tried(monkeypatch):
    assert agents.clean_subject("Nämnden beslutar att förvaltningen") == "förvaltningen"
    monkeypatch.setattr(agents, "DECIDING_PREFIX", None)  # no deciding word: the pattern is not reached
    assert agents.clean_subject("Kansliet") == "Kansliet"


def test_the_two_lines_above_a_label_are_found_by_bisection():
    from protokoll.parse import whenwhere

    texts = ["Plats: Salen", "", "Justerare: Ida Kask", "Ersättare: Olle Sved", "", "Tid: 14 april", "Slut"]
    header, at = [], 0
    for t in texts:
        header.append(Line(t, at))
        at += len(t) + 1
    tid = header[5].start
    assert whenwhere._two_above(header, tid) == ["Justerare: Ida Kask", "Ersättare: Olle Sved"]
    assert whenwhere._two_above(header, header[2].start) == ["Plats: Salen"] and whenwhere._two_above(header, 0) == []

    class Counted(list):  # the lines are not read one by one from the end
        reads = 0

        def __reversed__(self):
            Counted.reads += 1
            return super().__reversed__()

    assert whenwhere._two_above(Counted(header), tid) == ["Justerare: Ida Kask", "Ersättare: Olle Sved"]
    assert Counted.reads == 0


def test_the_matches_from_a_position_start_at_its_line_counted_by_line_breaks():
    from protokoll.parse import upcoming

    texts = ["Mötet avslutades.", "", "Extra möte 3 maj.", "Nytt extra möte 9 maj."]
    lines = [Line(t, 0) for t in texts]
    joined = "\n".join(texts)
    rx = re.compile(r"extra möte", re.I)
    start = rx.search(joined).start()
    want = [(ln.text, m.group(0)) for ln, m in upcoming.matches_from(lines, rx, start)]
    assert want == [("Extra möte 3 maj.", "Extra möte"), ("Nytt extra möte 9 maj.", "extra möte")]
    assert [(ln.text, m.group(0)) for ln, m in upcoming.matches_from(lines, rx, start, joined)] == want

    class Unsized(Line):  # the lines before the match are not measured
        @property
        def text(self):
            raise AssertionError("a line before the match read")

    early = [Unsized("x" * len(texts[0]), 0), Line("", 0)] + lines[2:]
    assert [(ln.text, m.group(0)) for ln, m in upcoming.matches_from(early, rx, start, joined)] == want
