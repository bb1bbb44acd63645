"""repair.siteframe: a document-sharing page flattened to one line gets its frame and pages back.

All documents here are invented for the tests.
"""

import re

from protokoll.parse import parse_text
from protokoll.repair import repair_text
from protokoll.repair.siteframe import split_frame

PAGE_AS_SHOWN = (
    "Protokoll Tekniska nämnden\n\nSave this PDF as:\n WORD  PNG  TXT  JPG\n\nStorlek: px\n"
    "Starta visningen från sidan:\n\nDownload \"Protokoll Tekniska nämnden\"\n\nTranskript\n\n"
    "1 Sammanträdesprotokoll Sida 1 (3) Tekniska nämnden Plats och tid Rådhuset, Storby, 2021-03-10 kl 13.00-15.30 "
    "Beslutande Karin Lund (S), ordförande Per Holm (M) Lisa Ek (C) Övriga deltagare Jonas Ahl, sekreterare "
    "Utses att justera Per Holm Sekreterare Jonas Ahl Ordförande Karin Lund Justerande Per Holm\n\n"
    "2 Sammanträdesprotokoll Sida 2 (3) § 12 Val av justerare Nämnden utser Per Holm att justera dagens "
    "protokoll. Beslut Per Holm utses att justera protokollet. § 13 Ny gatubelysning i centrum Förvaltningen har "
    "tagit fram ett förslag om nya armaturer. Beslut Nämnden godkänner förslaget.\n\n"
    "3 Sammanträdesprotokoll Sida 3 (3) § 14 Anmälan av delegationsbeslut Förvaltningen redovisar beslut som "
    "fattats på delegation under perioden januari till mars, bland annat beslut om bygglov, "
    "parkeringstillstånd och upphandlingar av mindre omfattning. Beslut Redovisningen läggs till handlingarna."
)


def one_line(text: str) -> str:
    return re.sub(r"\s*\n\s*", " ", text)


def test_frame_and_pages_of_a_flattened_page_are_split():
    out = split_frame(one_line(PAGE_AS_SHOWN))
    paragraphs = out.split("\n\n")
    assert paragraphs[:8] == ["Protokoll Tekniska nämnden", "Save this PDF as:", "WORD  PNG  TXT  JPG",
                              "Storlek: px", "Starta visningen från sidan:", 'Download "Protokoll Tekniska nämnden"',
                              "Transkript", paragraphs[7]]
    assert [p[:32] for p in paragraphs[7:]] == ["1 Sammanträdesprotokoll Sida 1 (", "2 Sammanträdesprotokoll Sida 2 (",
                                                "3 Sammanträdesprotokoll Sida 3 ("]


def test_the_flattened_page_reads_as_the_page_as_shown():
    shown = parse_text(repair_text(PAGE_AS_SHOWN)[0], source="t.txt").to_dict()
    flat = parse_text(repair_text(one_line(PAGE_AS_SHOWN))[0], source="t.txt").to_dict()
    assert [i["number"] for i in flat["items"]] == [i["number"] for i in shown["items"]] == ["12", "13", "14"]
    assert flat["chair"] == shown["chair"] == "Karin Lund"
    assert [i["decisions"] for i in flat["items"]] == [i["decisions"] for i in shown["items"]]
    assert flat["items"][2]["decisions"] and flat["attendees"] == shown["attendees"]


def test_a_head_without_parentheses_counts_only_when_pages_repeat_it():
    text = ("Kallelse Transkript 1 KALLELSE Nämnden kallas till sammanträde. "
            "2 KALLELSE 2 Nämnden för vård Ärenden 1 Val av justerare "
            "3 KALLELSE 3 Nämnden för vård 2 Budget 2022")
    out = split_frame(text)
    assert out.split("\n\n") == ["Kallelse", "Transkript", "1 KALLELSE Nämnden kallas till sammanträde.",
                                 "2 KALLELSE 2 Nämnden för vård Ärenden 1 Val av justerare",
                                 "3 KALLELSE 3 Nämnden för vård 2 Budget 2022"]
    single = "Kallelse Transkript 1 Nämnden 2 Val av 2 ledamöter 3 Budget"
    assert split_frame(single).split("\n\n") == ["Kallelse", "Transkript", "Nämnden 2 Val av 2 ledamöter 3 Budget"]


def test_text_whose_frame_stands_on_its_own_lines_is_unchanged():
    assert split_frame(PAGE_AS_SHOWN) == PAGE_AS_SHOWN
    plain = "Protokoll\nPlats och tid Rådhuset\nBeslut Nämnden laddar ner \"filen\" och godkänner den."
    assert split_frame(plain) == plain


def test_the_first_pages_counter_goes_when_no_page_mark_numbers_the_pages():
    text = ("Kallelse Storlek: px Download \"Kallelse\" Transkript 1 Föredragningslista Nämnden för vård "
            "Tid: Måndagen den 5 februari kl 9.00 1 Val av justerare 2 Budget")
    assert split_frame(text).split("\n\n")[-1] == ("Föredragningslista Nämnden för vård Tid: Måndagen den 5 februari "
                                                   "kl 9.00 1 Val av justerare 2 Budget")
    marked = "Transkript 1 PROTOKOLL 1 (2) Nämnden 2 PROTOKOLL 2 (2) § 3 Budget"
    assert split_frame(marked).split("\n\n") == ["Transkript", "1 PROTOKOLL 1 (2) Nämnden", "2 PROTOKOLL 2 (2) § 3 Budget"]


def test_frame_split_is_kept_when_no_page_is_long():
    from protokoll.repair.layout import unflatten
    short = ("Protokoll Tekniska nämnden Save this PDF as: WORD PNG TXT JPG Storlek: px Starta visningen från "
             "sidan: Download \"Protokoll Tekniska nämnden\" Transkript 1 Sammanträdesprotokoll Sida 1 (1)")
    out = unflatten(short)
    assert out == split_frame(short) != short
    assert "\n\nTranskript\n\n" in out and "Storlek: px" in out.split("\n")
