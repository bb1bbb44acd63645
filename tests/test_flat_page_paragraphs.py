"""Paragraphs at the head of flattened pages (h100): a document-sharing site's copy of a protocol runs each page
into one line, "2 SAMMANTRÄDESPROTOKOLL 2 (12) § 12 Dnr ... Title ...". An excerpt often holds only the first
one or two paragraphs after the header page, so there is no long rising run of numbers to find them by.

- two paragraphs written with their sign and numbered one after the other are the items;
- the page's index and running head before a paragraph are no item ("2 SAMMANTRÄDESPROTOKOLL 2 (12) 12 Dnr"
  is paragraph 12, not item 2), and the next page's head does not end the decision before it;
- a paragraph numbered with its year after the body's short name ("KS 353/2008 Title") or followed by its case
  number ("29 KS 2012/33 40 Title") opens a page's item even where no label follows the title;
- where the title stands before the sign ("Budget § 12 Beslut ..."), no title is made up from the text after it.
All names and texts are invented.
"""

from protokoll.parse import parse_text

HEADER = ("Protokoll\n\nTranskript\n\n"
          "1 SAMMANTRÄDESPROTOKOLL 1 (12) Plats och tid Kommunhuset, Norrby kl 13.00-15.00 Beslutande Anna Berg (S), "
          "ordförande Per Ek (M) Eva Holm (C) Övriga deltagande Lisa Strand, sekreterare Utses att justera Per Ek "
          "Underskrifter Sekreterare Paragrafer 12-14 Lisa Strand Ordförande Anna Berg Justerande Per Ek ANSLAG/BEVIS "
          "Protokollet är justerat. Organ Fritidsnämnden\n\n")


def _items(pages: str) -> dict:
    return {it.number: it for it in parse_text(HEADER + pages, "x.txt").items}


def test_two_signed_paragraphs_on_flattened_pages_are_both_items():
    items = _items("2 SAMMANTRÄDESPROTOKOLL 2 (12) § 12 Dnr 2021/45 Hyror för idrottshallar Fritidschef Karin Lund "
                   "föredrar ärendet och redogör för förslaget. Beslut Nämnden fastställer hyrorna. Justerandes sign Utdragsbestyrkande\n\n"
                   "3 SAMMANTRÄDESPROTOKOLL 3 (12) § 13 Dnr 2021/46 Bidrag till föreningar Beslut Nämnden beviljar "
                   "bidragen. Justerandes sign Utdragsbestyrkande")
    assert sorted(items) == ["12", "13"]
    assert items["12"].title == "Hyror för idrottshallar"
    assert items["12"].decisions == ["Nämnden fastställer hyrorna."]
    assert items["12"].presenters == ["Karin Lund"]


def test_the_page_index_before_a_paragraph_is_no_item_number():
    items = _items("2 SAMMANTRÄDESPROTOKOLL 2 (12) 12 Dnr 2021/45 Hyror för idrottshallar Fritidschef Karin Lund "
                   "föredrar ärendet. Fritidsnämndens beslut Nämnden fastställer hyrorna.\n\n"
                   "3 SAMMANTRÄDESPROTOKOLL 3 (12) 13 Dnr 2021/46 Bidrag till föreningar Fritidsnämndens beslut "
                   "Nämnden beviljar bidragen.")
    assert sorted(items) == ["12", "13"]
    assert items["13"].title == "Bidrag till föreningar"
    assert items["13"].decisions == ["Nämnden beviljar bidragen."]


def test_the_next_pages_head_is_no_part_of_the_decision():
    items = _items("2 Fritidsnämnden 2 (12) FN § 12 Hyror för idrottshallar Nämnden fastställer hyrorna. "
                   "3 Fritidsnämnden 3 (12) FN § 13 Bidrag till föreningar Nämnden beslutar att bevilja bidragen.")
    assert items["12"].decisions == ["Nämnden fastställer hyrorna."]
    assert items["13"].decisions == ["Nämnden beslutar att bevilja bidragen."]


def test_a_paragraph_numbered_with_its_year_opens_the_page():
    items = _items("2 Sida 2 (30) Justerande Paragraf Per Ek\n\n"
                   "Sida 3 (30) FN 212/2009 Nya och utgående ärenden Nya ärenden: - Taxor för bad - Avtal om "
                   "skötsel av spår Utgående ärenden - Motion om skidspår")
    assert list(items) == ["212"]
    assert items["212"].title == "Nya och utgående ärenden"


def test_a_paragraph_with_its_case_number_needs_no_label_after_the_title():
    items = _items("2 (12) 31 FN 2019/77 40 Hyror för idrottshallar\n\n"
                   "Beslut Nämnden fastställer hyrorna.\n\n"
                   "3 (12) 32 FN 2019/78 40 Bidrag till föreningar Bidragen fördelas enligt bilaga 2. Nämnden "
                   "beviljar bidragen.")
    assert sorted(items) == ["31", "32"]
    assert items["32"].title == "Bidrag till föreningar"


def test_a_title_before_the_sign_makes_no_item_from_the_text_after_it():
    items = _items("2 SAMMANTRÄDESPROTOKOLL 2 (12) Hyror för idrottshallar § 12 Fritidschef Karin Lund föredrar "
                   "ärendet. Beslut Nämnden fastställer hyrorna. 3 SAMMANTRÄDESPROTOKOLL 3 (12) Bidrag till "
                   "föreningar § 13 Beslut Nämnden beviljar bidragen.")
    assert all(it.title not in ("Fritidschef", "Beslut") for it in items.values())


def test_a_heading_left_at_a_lines_end_before_its_case_number_line():
    items = _items("2 SAMMANTRÄDESPROTOKOLL 2 (12) 12 Hyror för idrottshallar\n"
                   "Dnr 2021/45 Fritidschef Karin Lund föredrar ärendet och redogör för förslaget. Nämnden beslutar att "
                   "fastställa hyrorna. 13 Bidrag till föreningar\n"
                   "Dnr 2021/46 Nämnden beslutar att bevilja bidragen.\n")
    assert sorted(items) == ["12", "13"]
    assert items["12"].title == "Hyror för idrottshallar"
    assert items["13"].title == "Bidrag till föreningar"
    assert items["13"].decisions == ["Nämnden beslutar att bevilja bidragen."]


def test_a_title_ending_in_a_year_ends_before_the_sentence_after_it():
    from protokoll.parse.headings import cut_run_on_title

    assert cut_run_on_title("Taxor för idrottshallar 2022 Förvaltningen har tagit fram ett förslag till nya taxor.") \
        == "Taxor för idrottshallar 2022"
    # a name after the year, no verb after it: still the title's
    assert cut_run_on_title("Årsredovisning 2021 Norrby Energi AB och Norrby Vatten AB för kännedom") \
        == "Årsredovisning 2021 Norrby Energi AB och Norrby Vatten AB för kännedom"


def test_the_pages_index_and_running_head_before_a_paragraphs_number_make_no_item():
    items = _items("2 2 Fritidsnämnden 1 Dnr A Hyror för idrottshallar? Översyn av taxorna (FN 2019:7) Fritidsnämnden "
                   "beslutade uppdra åt förvaltningen att ta fram förslag till nya hyror för hallarna.")
    assert "2" not in items
    assert all(it.title != "Fritidsnämnden 1" for it in items.values())
