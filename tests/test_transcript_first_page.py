"""A document-sharing site's transcript whose pages open with their counter and the page's printed number ("1 1
Protokoll Styrelsemöte ..." / "2 2 2 Val av justerare ..."): the first page's second "1" numbers the page, not a
first item titled with the document's heading (repair/pages.drop_first_page_number). Texts written for these
tests (invented board, names and matters)."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.repair import pages, repair_text

PAGE_1 = ("1 1 Protokoll Styrelsemöte 2/2022 Plats Folkets hus, Storgatan 4 Tid Kl 18.00 Närvarande Karin Sand, "
          "ordförande, Olof Berg, Maja Strand, Nils Holm Sekreterare Eva Lund 1 Mötets öppnande Ordföranden Karin "
          "Sand hälsade alla välkomna och förklarade mötet öppnat. Därefter gick styrelsen igenom dagordningen.")
PAGE_2 = ("2 2 2 Val av justerare Till justerare valdes Olof Berg. 3 Ekonomi Kassören redogjorde för läget i "
          "kassan och för årets intäkter från uthyrningen av lokalen. Hyresintäkterna är något lägre än under "
          "förra året, medan kostnaderna för el och värme har ökat. Styrelsen beslutade att lägga rapporten till "
          "handlingarna.")
DOC = f"Protokoll Styrelsemöte\n\nTranskript\n\n{PAGE_1}\n\n{PAGE_2}\n"


def test_the_first_pages_printed_number_is_taken_off():
    lines = DOC.split("\n")
    assert pages.drop_first_page_number(lines)
    assert lines[4].startswith("1 Protokoll Styrelsemöte 2/2022")


def test_the_documents_heading_is_no_item_one():
    items = parse_text(repair_text(DOC)[0], "x.txt").items
    assert [(it.number, it.title) for it in items][:2] == [("1", "Mötets öppnande"), ("2", "Val av justerare")]
    assert not any(it.title.startswith("Protokoll") for it in items)


def test_a_first_point_at_the_top_of_the_page_or_a_lone_page_is_left():
    lines = DOC.replace("1 1 Protokoll Styrelsemöte 2/2022", "1 1 Mötets öppnande").split("\n")
    assert not pages.drop_first_page_number(lines)
    lines = f"Transkript\n\n{PAGE_1}\n".split("\n")  # no second page that shows its printed number
    assert not pages.drop_first_page_number(lines)
