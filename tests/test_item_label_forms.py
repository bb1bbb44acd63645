"""Paragraph labels with a body's short name alone on their line ("Bun 26", "KS 12"), the title on the next
line, in a rising sequence (headingrules.LONE_LABEL with a title below; a chain of two or more, items.find_headings),
and a title written twice by a margin keyword ("Upprop Upprop", titles.undoubled). Texts invented."""

import pytest

from protokoll.parse import parse_text
from protokoll.parse.titles import undoubled

HEAD = "PROTOKOLL\n{body}\nSammanträdesdatum 2019-09-17\n\nOrdförande: Lena Ödman\nSekreterare: Olle Strand\n\n"
ITEMS = [("Upprop", "Ordföranden förrättar upprop."),
         ("Val av justerare", "Olle Strand utses att justera protokollet."),
         ("Skolskjuts, revidering av riktlinjer", "Nämnden antar riktlinjerna."),
         ("Information från förvaltningschefen", "Informationen noteras.")]
RUNNING_HEAD = "Justerandes sign\nNorrvik kommun\n{body} 2019-09-17\n"


def _page(label: str, first: int, body: str, blank: bool, head_at: int | None = None) -> str:
    out = [HEAD.format(body=body)]
    for k, (title, text) in enumerate(ITEMS):
        if k == head_at:
            out.append(RUNNING_HEAD.format(body=body))
        out.append(f"{label} {first + k}\n{title}\n{text}\n" + ("\n" if blank else ""))
    return "".join(out)


@pytest.mark.parametrize("label,body", [("Bun", "Barn- och utbildningsnämnden"), ("KS", "Kommunstyrelsen"),
                                        ("Sn", "Socialnämnden"), ("Ksau", "Kommunstyrelsens arbetsutskott"),
                                        ("MBN", "Miljö- och byggnadsnämnden")])
@pytest.mark.parametrize("first", [1, 26, 112])
@pytest.mark.parametrize("blank", [True, False])
@pytest.mark.parametrize("head_at", [None, 2])
def test_lone_labels_with_the_title_below_number_the_items(label, body, first, blank, head_at):
    items = parse_text(_page(label, first, body, blank, head_at), "t.txt").items
    assert [(i.number, i.title) for i in items] == [(str(first + k), t) for k, (t, _) in enumerate(ITEMS)]


def test_a_single_lone_label_with_a_line_below_is_no_item():
    text = HEAD.format(body="Nämnden") + "Rum 3\nStora salen\nMötet hölls i stora salen.\n"
    assert parse_text(text, "t.txt").items == []


def test_a_lone_label_whose_next_line_is_a_sentence_is_no_heading():
    text = HEAD.format(body="Nämnden") + "".join(f"Bun {n}\nNämnden beslutade om detta.\n\n" for n in (4, 5, 6))
    assert [i.number for i in parse_text(text, "t.txt").items] != ["4", "5", "6"]


@pytest.mark.parametrize("title,want", [("Upprop Upprop", "Upprop"), ("Val av justerare Val av justerare", "Val av justerare"),
                                        ("Protokolljustering Protokolljustering", "Protokolljustering"),
                                        ("Budget budget", "Budget budget"), ("Val av val", "Val av val"),
                                        ("Information", "Information"), ("Bygglov Bygglov Bygglov", "Bygglov Bygglov Bygglov")])
def test_a_title_written_twice_is_read_once(title, want):
    assert undoubled(title) == want


def test_a_doubled_margin_keyword_in_a_paragraph_heading():
    text = HEAD.format(body="Kommunstyrelsen") + "§ 4 Upprop Upprop\nUpprop förrättas.\n\n§ 5 Val av justerare\nEva Ek utses.\n"
    assert [(i.number, i.title) for i in parse_text(text, "t.txt").items] == [("4", "Upprop"), ("5", "Val av justerare")]


LONG = "Ansökan om bygglov för nybyggnad av enbostadshus och garage på fastigheten Ekby 3:14 inom detaljplanelagt område i centrala Ekby"


@pytest.mark.parametrize("label", ["Bmn {n}", "BMN § {n}", "§ {n}"])
@pytest.mark.parametrize("dnr", [True, False])
def test_a_long_title_under_a_label_is_read_whole(label, dnr):
    """A title under a heading that only numbers the item, naming a place in capitals: no sentence ends in the
    line, so it is the title as a whole (not cut at "Ekby" as if a sentence began there)."""
    case = "Dnr BMN 2021/12\n" if dnr else ""
    text = HEAD.format(body="Bygg- och miljönämnden") + "".join(
        f"{label.format(n=n)}\n{title}\n{case}{body}\n\n" for n, title, body in [
            (51, "Val av justerare", "Jonas Berg utses."), (52, LONG, "Sökanden vill bygga ett hus. Bygglov beviljas."),
            (53, "Delegationsbeslut", "Redovisningen läggs till handlingarna.")])
    assert [(i.number, i.title) for i in parse_text(text, "t.txt").items] == [
        ("51", "Val av justerare"), ("52", LONG), ("53", "Delegationsbeslut")]


def test_a_sentence_under_a_bare_heading_still_gives_its_title_only():
    text = HEAD.format(body="Kommunstyrelsen") + ("§ 4\nBudget 2022 Förvaltningen har tagit fram ett förslag. Det antas.\n\n"
                                                  "§ 5\nVal av justerare\nEva Ek utses.\n")
    assert [(i.number, i.title) for i in parse_text(text, "t.txt").items] == [("4", "Budget 2022"), ("5", "Val av justerare")]


PAGE_HEADS = ["Justerandes signatur    Utdragsbestyrkande\nEkby kommun    SAMMANTRÄDESPROTOKOLL    Sida 3\n"
              "Kommunstyrelsen    2022-05-03\n",
              "Ekby kommun SAMMANTRÄDESPROTOKOLL 3 (12)\nKommunstyrelsen 2022-05-03\n",
              "Justerandes sign\n\nUtdragsbestyrkande\n\nKommunstyrelsen\nSammanträdesdatum\n2022-05-03\n"]


@pytest.mark.parametrize("label", ["KS § {n}", "§ {n}", "Ksau {n}", "AU §{n}"])
@pytest.mark.parametrize("page_head", PAGE_HEADS)
def test_a_running_head_between_the_label_and_the_title_is_no_title(label, page_head):
    """A page break between a paragraph's label and its title ("KS § 89" / the next page's head / "Title"):
    the title is the item's, not the head's line (pagefurniture.running_head)."""
    items = [("Årsredovisning 2021", "Godkänns."), ("Detaljplan för Storgatan", "Antas."),
             ("Motion om cykelbanor", "Motionen avslås."), ("Delegationsbeslut", "Redovisningen godkänns.")]
    text = HEAD.format(body="Kommunstyrelsen") + "".join(
        label.format(n=87 + k) + "\n" + (page_head if k == 2 else "") + f"{t}\n{x}\n\n" for k, (t, x) in enumerate(items))
    assert [(i.number, i.title) for i in parse_text(text, "t.txt").items] == [
        (str(87 + k), t) for k, (t, _) in enumerate(items)]


def test_a_dated_title_line_followed_by_a_sentence_is_still_the_title():
    text = HEAD.format(body="Kommunstyrelsen") + ("§ 4\nKommunstyrelsens protokoll 2022-04-12\nProtokollet läggs till handlingarna.\n\n"
                                                  "§ 5\nVal av justerare\nEva Ek utses.\n")
    assert [(i.number, i.title) for i in parse_text(text, "t.txt").items] == [
        ("4", "Kommunstyrelsens protokoll 2022-04-12"), ("5", "Val av justerare")]
