"""The fast paths of parse.lines give what the general code gives (speed work, issue 12)."""

from protokoll.parse.lines import Line, join, sentences, split_lines
from protokoll.parse.runningtext import _Joined


def slow_join(lines: list[Line]) -> str:
    """``join`` through its general path (the healing of hyphenated words)."""
    text = _Joined()
    for ln in lines:
        text.add(f" {ln.text}" if text else ln.text)
    return " ".join(str(text).split())


def test_join_without_hyphens_is_the_lines_with_single_spaces():
    lines = [Line("", 0), Line("Styrelsen  beslutade", 1), Line("", 30), Line("att anta\tplanen.", 31)]
    assert join(lines) == "Styrelsen beslutade att anta planen."
    assert join(lines) == slow_join(lines)


def test_join_still_heals_a_word_hyphenated_at_a_line_end():
    assert join([Line("Kommunen ska ta fram en handlings-", 0), Line("plan till mötet.", 40)]) == \
        "Kommunen ska ta fram en handlingsplan till mötet."
    assert join([Line("för kultur- och", 0), Line("fritidsfrågor", 20)]) == "för kultur- och fritidsfrågor"


def test_sentences_kept_for_a_run_are_new_lists():
    lines = [Line("Beslut: att godkänna förslaget.", 0), Line("Anna Berg informerade.", 40)]
    first = sentences(lines)
    first.append("changed")
    assert sentences(lines) == ["Beslut: att godkänna förslaget.", "Anna Berg informerade."]
    assert sentences(list(lines)) == sentences(lines)


def test_split_lines_offsets_over_form_feeds_and_double_spaces():
    text = "Protokoll\f  •  Punkt  ett\n\n2 (3)\nSlut"
    lines = split_lines(text)
    assert [ln.text for ln in lines] == ["Protokoll", "Punkt  ett", "", "Slut"]
    assert [text[ln.start:ln.start + 5] for ln in lines if ln.text] == ["Proto", "Punkt", "Slut"]
    assert lines[1].bullet
