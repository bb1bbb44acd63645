"""parse.midlinelabel: in a line whose breaks were lost, the sentence after "<Organ>s beslut" is the decision
when it is itself worded as one. Texts written here."""

from protokoll.parse.decisions import read_decisions
from protokoll.parse.lines import Line


def decisions(text: str) -> list[str]:
    return read_decisions([Line(text, 0)]).decisions


def test_the_deciding_sentence_after_a_bodys_label_inside_a_line():
    text = ("Ekonomisk rapport för mars och april Kultur- och fritidsnämndens beslut Kultur- och fritidsnämnden "
            "tackar för rapporten. Nästa punkt gäller badhuset i Ekeby.")
    assert decisions(text) == ["Kultur- och fritidsnämnden tackar för rapporten."]
    text = ("Delårsrapport för perioden januari till augusti 2024 Direktionens beslut Direktionen godkänner "
            "delårsrapporten. Bakgrund Förbundet redovisar ett överskott.")
    assert decisions(text) == ["Direktionen godkänner delårsrapporten."]


def test_a_sentence_that_decides_nothing_after_the_words_is_no_decision():
    text = ("Lägesrapport om badhuset i Ekeby enligt nämndens beslut Fritidschef Tove Ahlgren informerade om "
            "arbetet med det nya badhuset och om tidplanen för hösten.")
    assert decisions(text) == []
