"""An item's labels run into one line (a copy that lost its breaks) are read as labels (parse/itemlabels.py)."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.itemlabels import split_item_labels
from protokoll.parse.lines import Line

FLAT = ("PROTOKOLL Kulturnämnden Datum: 2022-05-04 "
        "§ 21 Val av justerare Kulturnämndens beslut Elin Sjö utses att justera protokollet. "
        "§ 22 Riktlinjer för bidrag Förslag till beslut Nämnden föreslås anta riktlinjerna. Beslut Nämnden beslutar "
        "att anta riktlinjerna att ge förvaltningen i uppdrag att informera föreningarna. "
        "§ 23 Information Kulturchefen informerar om sommarens program. Kulturnämndens beslut Informationen läggs "
        "till handlingarna. § 24 Övrigt Inga övriga frågor.")


def test_a_flattened_items_proposal_and_decision_are_read_apart():
    rec = parse_text(FLAT, "x.txt")
    item = next(i for i in rec.items if i.number == "22")
    assert item.proposed_decision is None  # read apart from the decision, and not kept: a protocol (spec)
    assert item.decisions == ["Nämnden beslutar att anta riktlinjerna att ge förvaltningen i uppdrag att informera "
                              "föreningarna."]
    assert [a.assignee for a in item.assignments] == ["förvaltningen"]


def test_a_genitive_decision_inside_a_sentence_is_no_label():
    text = ("Ärendet har beretts enligt Kommunstyrelsens beslut 2021 och enligt Nämndens beslut om riktlinjer, "
            "och förvaltningen redogör för läget.")
    assert [ln.text for ln in split_item_labels([Line(text, 0)])] == [text]
    cut = split_item_labels([Line("Kulturchefen informerar om sommarens program i detalj. Kulturnämndens beslut "
                                  "Informationen läggs till handlingarna.", 0)])
    assert [ln.text for ln in cut] == ["Kulturchefen informerar om sommarens program i detalj.", "Kulturnämndens beslut",
                                       "Informationen läggs till handlingarna."]


def test_minutes_follow_up_after_a_decision_is_not_part_of_it():
    text = ("MINNESANTECKNINGAR Samverkansgruppen Datum: 2022-09-14 1. Mötets öppnande Åsa hälsade välkommen. "
            "2. Handlingsplan Kent presenterade utkastet. Beslut: Gruppen ställer sig bakom utkastet. Åtgärd: Kent "
            "skickar ut utkastet. 3. Övrigt Inga övriga frågor.")
    for t in (text, text.replace(" Beslut:", "\nBeslut:").replace(" Åtgärd:", "\nÅtgärd:")):
        item = next(i for i in parse_text(t, "x.txt").items if i.number == "2")
        assert item.decisions == ["Gruppen ställer sig bakom utkastet."]
