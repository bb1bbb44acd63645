"""Decisions whose deciding body's name the copy lost: transcripts of protocols drop the name before the verb
("Beslut beslutar att ...", "Dnr 2021/7 beslutar i enlighet med ..."), seen in protocols of several bodies. The
decision is read from its verb, as written; a capitalised subject that is no body is no such decision."""

from pathlib import Path

from protokoll.parse.decisions import read_decisions
from protokoll.parse.lines import Line
from protokoll.pipeline import load, process


def _decisions(text: str) -> list[str]:
    return read_decisions([Line(text, 0)]).decisions


def test_a_label_then_the_verb_without_its_body():
    assert _decisions("Beslut beslutar att anta riktlinjerna för bidrag till studieförbund.") == [
        "beslutar att anta riktlinjerna för bidrag till studieförbund."]
    assert _decisions("Beslut beslutar i enlighet med förvaltningens förslag.") == [
        "beslutar i enlighet med förvaltningens förslag."]


def test_the_infinitive_without_att_after_the_lost_name():
    assert _decisions("Beslut beslutar godkänna dagordningen med de tillägg som anmälts.") == [
        "beslutar godkänna dagordningen med de tillägg som anmälts."]


def test_a_case_number_then_the_verb_without_its_body():
    assert _decisions("Dnr 2021/77 beslutar enligt presidiets förslag att godkänna listan över delegater.") == [
        "beslutar enligt presidiets förslag att godkänna listan över delegater."]


def test_the_item_text_opening_with_the_verb():
    assert _decisions("beslutar att utse Olle Lund (C) att jämte ordföranden justera protokollet.") == [
        "beslutar att utse Olle Lund (C) att jämte ordföranden justera protokollet."]


def test_no_decision_without_the_lost_form():
    from protokoll.parse.decided import lost_body

    assert lost_body("Beslutar du att komma?") is None
    assert lost_body("besluta att anta planen") is None  # the infinitive: a bare clause, read elsewhere
    assert lost_body("beslutar sig för att vänta") is None  # no decision's verb or "att" after it
    assert _decisions("Beslut om bidrag beslutar att fördela medlen senare.") == []  # "Beslut om": a list entry


def test_a_protocol_whose_body_name_was_lost(tmp_path: Path):
    text = ("Sammanträdesprotokoll\nFritidsnämnden\nSammanträdesdatum 2021-04-08\n\n"
            "§ 12 Fastställande av dagordning\n\nBeslut beslutar att fastställa dagordningen.\n\n"
            "§ 13 Bidrag till föreningar\n\nDnr FN 2021/14 beslutar i enlighet med ordförandens förslag att "
            "bevilja bidraget.\n")
    p = tmp_path / "protokoll.txt"
    p.write_text(text, encoding="utf-8")
    doc, sources = load(p)
    items = process(p, doc, sources).record.items
    assert [i.decisions for i in items] == [["beslutar att fastställa dagordningen."],
                                            ["beslutar i enlighet med ordförandens förslag att bevilja bidraget."]]
