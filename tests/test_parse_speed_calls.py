"""Fewer Python calls per document (issue 12) read what was read before: keyword gates as one search,
line features set when a line is made, a sentence's assignments read once per meeting, mid-line label
patterns whose look-behind follows the first space."""

import re
from datetime import date

from protokoll.parse import assignments, itemlabels, partlabels
from protokoll.parse.decisionend import cut_tail
from protokoll.parse.features import has_any
from protokoll.parse.itemcontext import Context
from protokoll.parse.lines import Line, split_lines

#: the label patterns as written before: the look-behind in front, at every position
OLD_ITEM_LABEL = re.compile(r"(?<=[\w.!?:)])\s+" + itemlabels.MIDLINE.pattern.split(r"\s*", 1)[1])
OLD_PART_LABEL = re.compile(r"(?<=[\w.!?:)])\s+" + partlabels.MIDLINE.pattern.split(r"\s*", 1)[1])

#: lines written for these tests: labels after a word, a full stop, a colon, a parenthesis, several spaces,
#: a tab, a non-breaking space, at the start, after a space only, and none
LINES = [
    "Budgeten för nästa år gicks igenom.  Förslag till beslut: att godkänna budgeten",
    "Redovisning av läget Föredragande: Anna Berg, ekonom Förslag till beslut att notera informationen",
    "Planen (rev)\tBeslut: att anta planen",
    "Ärendet: Bakgrund Ärendet gäller taxan.\u00a0Beslutsunderlag Tjänsteskrivelse 2024-03-01",
    "Förslag till beslut: att godkänna",
    " Beslut: att godkänna",
    "Socialnämndens förslag till beslut: att anta riktlinjerna, Kommunstyrelsens beslut att anta",
    "Text utan etikett men lång nog att prövas av båda mönstren här.",
    "Slut,  Föredragande: Per Holm och Nämndens beslut Att",
]


def test_has_any_is_any_word_in_the_text():
    test = has_any(("nämnd", "styrelse", "a.b"))
    for text in ("socialnämnden", "styrelsen", "x a.b y", "axb", "", "NÄMND", "nämn d"):
        assert bool(test(text)) == any(w in text for w in ("nämnd", "styrelse", "a.b"))


def test_mid_line_labels_are_found_where_they_were():
    for pattern, old in ((itemlabels.MIDLINE, OLD_ITEM_LABEL), (partlabels.MIDLINE, OLD_PART_LABEL)):
        found = [[m.span() for m in pattern.finditer(t)] for t in LINES]
        assert found == [[m.span() for m in old.finditer(t)] for t in LINES]
    assert [m.end() for m in itemlabels.MIDLINE.finditer(LINES[0])] == [LINES[0].index("Förslag")]
    assert [m.end() for m in partlabels.MIDLINE.finditer(LINES[1])] == [LINES[1].index("Föredragande")]
    assert list(itemlabels.MIDLINE.finditer(LINES[4])) == [] and list(itemlabels.MIDLINE.finditer(LINES[5])) == []


def test_decision_tail_is_cut_after_a_sentence_end_only():
    assert cut_tail("Nämnden godkänner planen.  Nästa möte 3 maj.") == "Nämnden godkänner planen."
    assert cut_tail("Nämnden godkänner planen.\tJusteras Anna Berg") == "Nämnden godkänner planen."
    assert cut_tail("Nämnden godkänner planen Nästa möte 3 maj.") == "Nämnden godkänner planen Nästa möte 3 maj."
    assert cut_tail("Nästa möte 3 maj.") == "Nästa möte 3 maj."


def test_line_features_set_when_made_are_what_they_would_compute():
    lines = split_lines("Protokoll\n\n  - 12 mars\nTid: kl 9\n")
    assert [(ln.text, ln.blank, ln.digit) for ln in lines] == [
        ("Protokoll", False, False), ("", True, False), ("12 mars", False, True), ("Tid: kl 9", False, True),
        ("", True, False)]
    assert Line("", 3).blank and not Line("x", 3).blank
    assert Line("a1", 0).digit and not Line("ab", 0).digit  # computed on first use for lines made elsewhere
    assert Line("Text", 4) == Line("Text", 4) and hash(Line("Text", 4)) == hash(Line("Text", 4))


def test_a_sentence_read_twice_in_a_meeting_gives_new_assignments():
    ctx = Context(meeting=date(2024, 3, 1), next_meeting=None, own_names=set(), member_stem=None)
    text = "Nämnden ger kansliet i uppdrag att ta fram ett förslag senast den 15 april 2024."
    first = assignments.read_assignments([text], ctx)
    assert [(a.assignee, a.task, a.due) for a in first] == [("kansliet", "ta fram ett förslag", "2024-04-15")]
    first[0].due = None  # as add_found fills in a deadline of what it is given
    again = assignments.read_assignments([text], ctx)
    assert [(a.assignee, a.due) for a in again] == [("kansliet", "2024-04-15")] and again[0] is not first[0]
    other = Context(meeting=date(2024, 3, 1), next_meeting=None, own_names={"kansliet"}, member_stem=None)
    # kept per meeting: another meeting (whose own name the agent is) reads the sentence anew
    assert [a.assignee for a in assignments.read_assignments([text], other)] != ["kansliet"]


def test_restated_headings_build_no_pattern_for_titles_the_text_does_not_hold(monkeypatch):
    """presenterplaces built one pattern per pair of items (a quarter of parse time on generated minutes, all of
    it compiling): a title that does not stand in the text as written is now passed by a substring test."""
    from protokoll.parse import presenterplaces
    from protokoll.record import Item

    built: list[str] = []
    real_search = presenterplaces.re.search
    monkeypatch.setattr(presenterplaces.re, "search", lambda rx, text: built.append(rx) or real_search(rx, text))
    first = Item("1", "Budget för nästa år", ["Ida Holm"], text="Ida Holm gick igenom. 2 Verksamhetsplan 2027 Per Ek")
    second, third = Item("2", "Verksamhetsplan 2027"), Item("3", "Lokalfrågor i skolan")
    assert presenterplaces._restated(first, [first, second, third]) == [(first.text.index("2 Verk"), second)]
    assert len(built) == 1  # the second item's title only: the third's is not in the text
