"""A sharing site's transcript whose pages stand apart, each opening with the site's page counter (issue 10,
h142): "2 2 1 Title" is the counter, the page's printed number and the item's number; the first page's "1" is
the counter, not item 1. The documents are written for these tests."""

from __future__ import annotations

from conftest import record_of

FRAME = "Kallelse Miljönämnden\n\nStorlek: px\nStarta visningen från sidan:\n\nDownload \"Kallelse Miljönämnden\"\n\nTranskript\n\n"
FIRST = ("1 Miljönämnden KALLELSE Sammanträde Onsdagen den 11 oktober 2023 kl. 09.00 i Sjösalen, Kommunhuset "
         "Ärenden 1 Sammanträdets öppnande 2 Val av justerare 3 Tillsynsplan 2024 4 Taxa för prövning "
         "5 Anmälan av delegationsbeslut Anna Ek Ordförande Maria Sand Sekreterare\n\n")
PAGES = ("2 2 1 Sammanträdets öppnande Ordföranden öppnar mötet. 2 Val av justerare Nämnden utser en justerare.\n\n"
         "3 3 3 Tillsynsplan 2024 Dnr MN 2023/61 Förvaltningen har tagit fram planen. Förslag till beslut Nämnden "
         "antar planen.\n\n"
         "4 4 4 Taxa för prövning Dnr MN 2023/70 Taxan ses över varje år. Förslag till beslut Nämnden föreslår "
         "fullmäktige att anta taxan.\n\n"
         "5 5 5 Anmälan av delegationsbeslut Förslag till beslut Anmälan noteras.\n")
TITLES = [("1", "Sammanträdets öppnande"), ("2", "Val av justerare"), ("3", "Tillsynsplan 2024"),
          ("4", "Taxa för prövning"), ("5", "Anmälan av delegationsbeslut")]


def test_a_transcripts_listed_items_are_read_after_its_first_page_counter(tmp_path):
    rec = record_of(tmp_path, "kallelse.txt", FRAME + FIRST + PAGES)
    assert [(it.number, it.title) for it in rec.items] == TITLES


def test_pages_counted_with_their_printed_number_give_the_item_after_them(tmp_path):
    first = FIRST.replace("Ärenden 1 Sammanträdets öppnande 2 Val av justerare 3 Tillsynsplan 2024 4 Taxa för "
                          "prövning 5 Anmälan av delegationsbeslut ", "")
    rec = record_of(tmp_path, "kallelse.txt", FRAME + first + PAGES)
    assert [(it.number, it.title) for it in rec.items] == TITLES


def test_pages_whose_second_number_may_be_the_items_are_left_as_they_are():
    """ "3 3 Tillsynsplan": the counter and either the page's number or the item's; with no page counted "K K N"
    nothing is taken off, and a numbered list inside running text stays whole."""
    from protokoll.repair.layout import unflatten

    pages = (PAGES.replace("2 2 1 Sammanträdets", "2 2 Sammanträdets").replace("3 3 3 Tillsynsplan", "3 3 Tillsynsplan")
             .replace("4 4 4 Taxa", "4 4 Taxa").replace("5 5 5 Anmälan", "5 5 Anmälan"))
    text = FRAME + "1 Miljönämnden KALLELSE Sammanträde Onsdagen den 11 oktober 2023 kl. 09.00\n\n" + pages
    assert unflatten(text) == text
