"""Short titles wrapped in an ärendelista whose entries close with their case number (issue 10, h150).

Every text here is invented: a protocol's list of paragraphs copied one cell a line ("§ 41" / the title / its
second line / the case number), the form a document portal gives a table's rows.
"""

from __future__ import annotations

from protokoll.parse import parse_text

LIST = """Sammanträdesprotokoll
Sammanträdesdatum
2031-02-11
Kultur- och fritidsnämnden
Ärendelista 2031-02-11
§ 41
Bidrag till studieförbunden
verksamhetsåret 2031 - Fördelning
2031/44
§ 42
Uppföljning av simskoleenkät
sommaren 2030
2031/52
§ 43
Information om lovaktiviteter
§ 44
Taxor för idrottshallar
2031/60
"""

BODY = """Protokoll
Kultur- och fritidsnämnden
§ 7 Val av justerare
utses Gun Ek att justera protokollet
§ 8 Taxor
nämnden beslutar enligt förslaget
"""


def titles(text: str) -> dict[str, str]:
    return {it.number: it.title for it in parse_text(text, "case.txt").items}


def test_a_short_title_wrapped_in_a_listed_entry_is_whole() -> None:
    found = titles(LIST)
    assert found["41"] == "Bidrag till studieförbunden verksamhetsåret 2031 - Fördelning"
    assert found["42"] == "Uppföljning av simskoleenkät sommaren 2030"
    assert found["44"] == "Taxor för idrottshallar"


def test_a_lower_case_line_under_a_short_title_without_a_case_number_stays_text() -> None:
    found = titles(BODY)
    assert found["7"] == "Val av justerare" and found["8"] == "Taxor"


STAMMA = """Kallelse till ordinarie föreningsstämma i Björkviks vägförening

Dagordning

1. Stämmans öppnande

2. Val av ordförande för stämman 3. Behandling av styrelsens verksamhetsberättelse 2030 sid 2-3 4. Behandling av revisorernas berättelse samt beslut

om ansvarsfrihet för styrelsen sid 4

5. Fastställande av utgifts- och inkomststat 2031 samt

hur avgiften ska tas ut sid 5-6

6. Stämmans avslutande
"""


def test_a_kallelse_titles_second_paragraph_and_page_reference() -> None:
    found = titles(STAMMA)
    assert found["3"] == "Behandling av styrelsens verksamhetsberättelse 2030"
    assert found["4"] == "Behandling av revisorernas berättelse samt beslut om ansvarsfrihet för styrelsen"
    assert found["5"] == "Fastställande av utgifts- och inkomststat 2031 samt hur avgiften ska tas ut"
    assert found["6"] == "Stämmans avslutande"


FLAT = ("Kallelse Förbundsstyrelsen Ärenden 1. Öppnande 2. Protokollsjusterare 3. Ombyggnad av väg 418 LFB 2031/12 "
        "Yttranden 4. Remiss om kollektivtrafikplan LFB 2031/15 5. Intern kontrollplan 2032 LFB 2031/20\n")


def test_a_registrys_case_number_and_a_run_on_section_heading_end_a_flattened_title() -> None:
    found = titles(FLAT)
    assert found["3"] == "Ombyggnad av väg 418"
    assert found["4"] == "Remiss om kollektivtrafikplan"
    assert found["5"] == "Intern kontrollplan 2032"
