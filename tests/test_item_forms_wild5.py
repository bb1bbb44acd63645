"""Items and decisions in forms met in real documents, sixth pass (issue 10, h12): a deciding sentence that ends
with a colon opens the decision's numbered list (its "1." and "2." are no items, even after a contents list whose
numbers they repeat); a clause that says how many a body shall have is a rule, no one's task. The documents are
written for these tests."""

from __future__ import annotations

from protokoll.parse import parse_text

AGENDA = """Kallelse
Regionstyrelsen
Tid: Tisdagen den 4 mars 2025 kl. 09.00
Plats: Stora salen

Föredragningslista

1. Val av justerare

2. Fastställande av dagordning

3. Nämndernas organisation

Regionstyrelsen beslutar att från den 1 april 2025 ska följande gälla:


1. Nämnden för kultur ska ha sju ledamöter och sju ersättare, vilka väljs för mandatperioden.

2. Nämndens reglemente ska gälla från samma dag.
"""


def test_a_deciding_sentence_with_a_colon_opens_a_list_no_items():
    items = parse_text(AGENDA, "x.txt").items
    assert [(it.number, it.title) for it in items] == [
        ("1", "Val av justerare"), ("2", "Fastställande av dagordning"), ("3", "Nämndernas organisation")]


def test_how_many_a_body_shall_have_is_no_assignment():
    items = parse_text(AGENDA, "x.txt").items
    assert [a.task for it in items for a in it.assignments] == []


MINUTES_WITH_LIST = """Protokoll
Kommunstyrelsen
Datum 12 mars 2025

§ 1 Val av justerare
Anna Berg utses att justera protokollet.

§ 2 Ny taxa
Kommunstyrelsen beslutar att föreslå fullmäktige följande:
1. Taxan fastställs enligt bilaga.
2. Taxan gäller från den 1 juli 2025.

§ 3 Övriga frågor
Inga övriga frågor.
"""


def test_the_list_after_a_deciding_colon_inside_a_protocol_stays_the_items():
    items = parse_text(MINUTES_WITH_LIST, "x.txt").items
    assert [it.number for it in items] == ["1", "2", "3"]
    assert "Taxan gäller från den 1 juli 2025." in " ".join(items[1].decisions)


NOT_A_LIST = """Minnesanteckningar
Styrgruppen
Datum 12 mars 2025

Dagordning:
1. Mötet öppnas
2. Rapporter
3. Mötet avslutas
"""


def test_a_colon_without_a_deciding_verb_still_heads_the_items():
    items = parse_text(NOT_A_LIST, "x.txt").items
    assert [(it.number, it.title) for it in items] == [("1", "Mötet öppnas"), ("2", "Rapporter"),
                                                        ("3", "Mötet avslutas")]


def test_a_task_is_still_an_assignment():
    text = MINUTES_WITH_LIST.replace("Inga övriga frågor.", "Förvaltningen ska ta fram en plan till nästa möte.")
    items = parse_text(text, "x.txt").items
    assert [(a.assignee, a.task) for a in items[2].assignments] == [
        ("Förvaltningen", "ta fram en plan")]
    rule = text.replace("Förvaltningen ska ta fram en plan", "Utskottet ska ha fem ledamöter")
    assert parse_text(rule, "x.txt").items[2].assignments == []


FILLER = ("Protokoll fört vid sammanträde med regionstyrelsen i regionhuset, där ledamöter och ersättare "
          "deltog enligt särskild förteckning och där sekreteraren förde protokollet. ")


def test_a_flattened_pages_list_after_a_deciding_colon_is_no_items():
    text = (FILLER * 2 + "Föredragningslista 1. Val av justerare 2. Taxor och avgifter 3. Nämndernas organisation "
            "Regionstyrelsen beslutar att från den 1 april 2025 ska följande gälla:\n\n"
            "Sida 2 1. Nämnden för kultur ska ha sju ledamöter och sju ersättare, vilka väljs för mandatperioden. "
            "2. Reglementet för nämnden ska gälla från samma dag och ersätter det tidigare reglementet i sin helhet.")
    items = parse_text(text, "x.txt").items
    assert [(it.number, it.title) for it in items] == [
        ("1", "Val av justerare"), ("2", "Taxor och avgifter"), ("3", "Nämndernas organisation")]


def test_a_flattened_pages_sections_after_a_title_ending_in_beslut_are_items():
    text = (FILLER * 2 + "Föredragningslista 1. Val av justerare 2. Övriga frågor 3. Delegationsbeslut\n\n"
            "Sida 2 1. Val av justerare Till justerare utsågs Eva Holm. 2. Övriga frågor Inga övriga frågor togs "
            "upp vid sammanträdet. 3. Delegationsbeslut Redovisningen läggs till handlingarna och nämnden tackar "
            "för informationen om besluten.")
    items = parse_text(text, "x.txt").items
    assert [it.decisions for it in items if it.number == "3"] == [
        ["Redovisningen läggs till handlingarna och nämnden tackar för informationen om besluten."]]


CASE_LINE = """PROTOKOLL
Fritidsnämnden
Sammanträdesdatum 2015-04-08

§ 36
%s
Uppföljning av budgeten för våren
Prognosen visar ett litet underskott.

§ 37
%s
Taxor för idrottshallar
Nämnden beslutar att anta taxorna.
"""


def test_a_bare_case_number_under_a_paragraph_number_is_neither_title_nor_part_of_the_decision():
    for first, second in [("2015/FF0073", "2015/FF0080"), ("KS 2015/73", "KS 2015/80"), ("2015.123", "2015.124"),
                          ("Dnr 2015/73", "Dnr 2015/80")]:
        items = parse_text(CASE_LINE % (first, second), "x.txt").items
        assert [(it.number, it.title) for it in items] == [
            ("36", "Uppföljning av budgeten för våren"), ("37", "Taxor för idrottshallar")], first
        assert items[1].decisions == ["Nämnden beslutar att anta taxorna."], first


REPORTED = """Protokoll
Kommunstyrelsen
Datum 12 mars 2025

§ 1 Val av justerare
Anna Berg utses att justera protokollet.

§ 2 Lokalfrågan
%s

§ 3 Övriga frågor
Inga övriga frågor.
"""


def _decisions(body: str) -> list[str]:
    return parse_text(REPORTED % body, "x.txt").items[1].decisions


def test_another_times_decision_told_in_the_item_is_not_this_meetings():
    assert _decisions("Allmänna utskottet beslutade den 3 mars att föreslå en ny plats. "
                      "Kommunstyrelsen godkänner redovisningen.") == ["Kommunstyrelsen godkänner redovisningen."]
    assert _decisions("Kommunfullmäktige beslutade 2019 att bygga en skola. Informationen noteras.") == \
        ["Informationen noteras."]
    assert _decisions("Regionfullmäktige beslutade i juni 2024 att införa avgiften. Nämnden beslutar att lägga "
                      "informationen till handlingarna.") == ["Nämnden beslutar att lägga informationen till handlingarna."]
    assert _decisions("Styrelsen fastställde tidigare en plan för arbetet.") == []


def test_a_decision_at_the_meetings_own_time_or_without_a_time_is_kept():
    assert _decisions("Styrelsen beslutade den 12 mars att skjuta upp frågan.") == \
        ["Styrelsen beslutade den 12 mars att skjuta upp frågan."]
    assert _decisions("Styrelsen beslutade i mars att skjuta upp frågan.") == \
        ["Styrelsen beslutade i mars att skjuta upp frågan."]
    assert _decisions("Mötet beslöt att skjuta upp frågan.") == ["Mötet beslöt att skjuta upp frågan."]


def test_a_decision_told_on_from_an_earlier_one_is_reported_too():
    body = ("Beredare: utredaren\nKommunfullmäktige har den 3 februari beslutat att bygga en skola. "
            "Kommunfullmäktige beslutade även att avsätta medel för bygget. Kommunstyrelsen beslutar att godkänna planen.")
    assert _decisions(body) == ["Kommunstyrelsen beslutar att godkänna planen."]
    # without an earlier decision told before it, "beslutade även" is the meeting's second decision
    assert _decisions("Styrelsen beslutade att godkänna planen. Styrelsen beslutade även att avsätta medel.") == \
        ["Styrelsen beslutade att godkänna planen.", "Styrelsen beslutade även att avsätta medel."]
