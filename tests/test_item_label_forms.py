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
