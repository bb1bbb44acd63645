"""The features parse computes once and shares between rules (issue 12): they must read like the rules
they replace. The full check is bench/parse_identity.py (every record of 1,155 documents unchanged)."""

from __future__ import annotations

from protokoll.swedish.dates import document_years, parse_times
from protokoll.parse.lines import Line, join, sentences
from protokoll.parse.names import split_chunks
from protokoll.swedish.minutes import BARE, PERIOD, SECTION, printed_style


def test_line_features_are_computed_from_the_text_and_do_not_change_equality():
    a, b = Line("Möte 3 (5)", 10), Line("Möte 3 (5)", 10)
    assert a.digit and a.folded == "möte 3 (5)" and not a.blank
    assert a == b and hash(a) == hash(b)  # a feature read on one line leaves equality alone
    assert not Line("Inga siffror här", 0).digit
    assert Line("", 0).blank and not Line("", 0).digit
    assert Line("Sida ٣", 0).digit  # any script's digit, as the patterns' \d reads it


def test_sentences_depend_on_bullets_not_only_on_texts():
    plain = [Line("Anna Berg informerar om budgeten", 0), Line("och om planen", 40)]
    bulleted = [Line("Anna Berg informerar om budgeten", 0), Line("och om planen", 40, bullet=True)]
    assert sentences(plain) == ["Anna Berg informerar om budgeten och om planen"]
    assert sentences(bulleted) == ["Anna Berg informerar om budgeten", "och om planen"]
    assert sentences(plain) == ["Anna Berg informerar om budgeten och om planen"]  # kept, not mixed up


def test_sentences_are_a_fresh_list_each_time():
    lines = [Line("Beslut fattades.", 0)]
    first = sentences(lines)
    first.append("changed")
    assert sentences(lines) == ["Beslut fattades."]


def test_join_heals_hyphens_and_collapses_space_as_before():
    assert join([Line("Kommun-", 0), Line("styrelsen beslutar", 8)]) == "Kommunstyrelsen beslutar"
    assert join([Line("Barn-", 0), Line("och utbildning", 6)]) == "Barn- och utbildning"
    assert join([Line("a  b", 0), Line("c", 5)]) == "a b c"


def test_document_years_are_a_fresh_list_and_need_digits():
    text = "Protokoll 2019-03-04, nästa möte 2020-01-10 och 2019-05-01"
    years = document_years(text)
    assert years == [2019, 2020]
    years.clear()
    assert document_years(text) == [2019, 2020]
    assert document_years("Inget år nämns") == []


def test_clock_times_need_digits():
    assert parse_times("kl. 13.00-15.30") == ("13:00", "15:30")
    assert parse_times("klockan ett") == (None, None)


def test_printed_style_reads_whole_numbers_only():
    # "§ 12" prints 12, not 1 or 2; "§ 3/2019" is no paragraph 3; "1.5" opens no point 1
    assert printed_style("§ 12 Budget\n§ 13 Övrigt", ["1", "2"]) == BARE
    assert printed_style("§ 3/2019 Budget\n§ 4/2019", ["3", "4"]) == BARE
    assert printed_style("1.5 Budget\n2.5 Övrigt", ["1", "2"]) == BARE
    assert printed_style("  7. Budget\n8. Övrigt", ["7", "8"]) == PERIOD
    assert printed_style("§7 Budget\n§  8 Övrigt", ["7", "8"]) == SECTION
    assert printed_style("§ 3a Budget\n§ 3b Övrigt", ["3a", "3b"]) == SECTION  # not all digits: read as before


def test_lists_without_brackets_split_at_the_same_places():
    chunks = split_chunks("Anna Berg, Per Holm och Eva Ek samt Ola Lind; Kim Ny")
    assert [c.text for c in chunks] == ["Anna Berg", "Per Holm", "Eva Ek", "Ola Lind", "Kim Ny"]
    assert all(c.paren == [] for c in chunks)
    assert [c.text for c in split_chunks("Anna Berg, , och Per Holm.")] == ["Anna Berg", "Per Holm"]
    bracketed = split_chunks("Anna Berg (S), Per Holm (M)")
    assert [(c.text, c.paren) for c in bracketed] == [("Anna Berg", ["S"]), ("Per Holm", ["M"])]


def test_keyword_fold_reads_the_turkish_i_as_case_insensitive_patterns_do():
    import re

    from protokoll.parse.features import keyword_fold

    for text in ("İNTE", "ınte", "Inte", "INTE"):
        assert re.search("inte", text, re.I) and "inte" in keyword_fold(text)
    assert keyword_fold("Kommunstyrelsen") == "kommunstyrelsen"
