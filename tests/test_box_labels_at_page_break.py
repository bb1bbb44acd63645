"""The signature box a protocol prints at each page's foot, where a page broke inside a title or a sentence
of a flattened copy, or stood as a title line of its own (issue 10, h201). The documents are written for
these tests."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.pagefurniture import drop_furniture, is_furniture_title, without_box_tail
from protokoll.parse.lines import Line

HEAD = """PROTOKOLL
Fritidsnämnden i Norrby kommun
Sammanträdesdatum 2024-02-20
Plats: Kommunhuset, Norrby
Beslutande: Lisa Ek (S), ordförande, Jan Ås (M)

"""


def test_a_title_run_on_into_the_box_labels_ends_before_them():
    assert without_box_tail("Rapporter 2 Justerandes sign Utdragsbestyrkande") == "Rapporter"
    assert without_box_tail("Ny simhall Justerandes signatur") == "Ny simhall"
    assert without_box_tail("Justerare och sekreterare") == "Justerare och sekreterare"


def test_the_box_after_a_sentence_cut_by_the_page_is_dropped_from_the_text():
    body = [Line("Justering sker den 4 mars kl Justerandes sign Utdragsbestyrkande", 0)]
    assert [ln.text for ln in drop_furniture(body)] == ["Justering sker den 4 mars kl"]


def test_one_label_after_a_word_is_left_for_the_signature_reader():
    body = [Line("Protokollet justeras av Justerandes sign", 0)]
    assert [ln.text for ln in drop_furniture(body)] == ["Protokollet justeras av Justerandes sign"]


def test_items_keep_their_titles_when_the_page_foot_ends_their_line():
    text = ("§ 1 Val av justerare Jan Ås utses att justera protokollet.\n\n"
            "§ 2 Bidrag till föreningar Justerandes sign Utdragsbestyrkande\n"
            "Nämnden beslutar att bevilja bidragen.\n\n"
            "§ 3 Rapporter\nRapporterna läggs till handlingarna.\n")
    got = [(it.number, it.title, list(it.decisions)) for it in parse_text(HEAD + text, "x.txt").items]
    assert got == [("1", "Val av justerare", ["Jan Ås utses att justera protokollet."]),
                   ("2", "Bidrag till föreningar", ["Nämnden beslutar att bevilja bidragen."]),
                   ("3", "Rapporter", ["Rapporterna läggs till handlingarna."])]


def test_a_title_of_box_labels_only_is_furniture():
    assert is_furniture_title("Justerandes signatur")
    assert is_furniture_title("Justerandes sign Utdragsbestyrkande")
    assert not is_furniture_title("Justering av protokollet")
    assert not is_furniture_title("Utdrag ur protokoll")
