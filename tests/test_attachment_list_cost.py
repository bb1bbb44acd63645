"""The search for a "Bilagor" list label alone on a line (issue 12): made only in a document that writes the label's
word; a closing list still gives its attachments to the items it names. Invented documents."""

from protokoll.parse import assemble
from protokoll.parse.assemble import parse_text
from regex_parts import Spy

MINUTES = ("Protokoll styrelsemöte Norrviks Båtklubb\n\nDatum: 2025-04-03\n\n"
           "1. Ekonomisk rapport för första kvartalet\nKassören redovisade kvartalets utfall.\n\n"
           "2. Förslag till ny hamntaxa\nStyrelsen beslutade att anta den nya taxan.\n{tail}")


def test_a_document_without_the_label_s_word_is_not_searched_for_it(monkeypatch):
    spy = Spy(assemble.LIST_WORD)
    monkeypatch.setattr(assemble, "LIST_WORD", spy)
    rec = parse_text(MINUTES.format(tail=""), source="t.txt")
    assert spy.calls == 0 and [i.title for i in rec.items][:2] == ["Ekonomisk rapport för första kvartalet",
                                                                 "Förslag till ny hamntaxa"]


def test_a_closing_list_of_attachments_still_names_its_items():
    rec = parse_text(MINUTES.format(tail="\nBilagor:\n1. Ekonomisk rapport för första kvartalet\n"), source="t.txt")
    assert [[a.casefold() for a in i.attachments] for i in rec.items][:2] == [["bilaga 1"], []]
