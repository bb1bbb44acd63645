"""Paragraphs numbered after the body's short name ("Kn 4", "Bun § 5", "§ 12 KS"), also after a page's number
and running head ("2 Kulturnämnden Kn 4 Dnr ..."): the label's number is the item's, the title what follows
the label and its case number (parse.pagelead). The documents are written here."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.items import find_items
from protokoll.parse.lines import split_lines

#: pages of a protocol flattened one to a line: the page's number, the running head, the paragraph's label
PAGED = (
    "1 Kulturnämnden Plats och tid Kulturhuset kl 18.00 Beslutande Eva Holm (s), ordförande Jan Berg (m) "
    "Utses att justera Jan Berg Underskrifter Sekreterare Paragrafer 4-6 Lena Ek Ordförande Eva Holm\n\n"
    "2 Kulturnämnden Kn 4 Dnr KN 2024/11 Stipendium för unga konstnärer Förvaltningen har tagit emot sju "
    "ansökningar. Kulturnämnden beslutar att dela ut stipendiet till två sökande.\n\n"
    "3 Kulturnämnden Kn 5 Dnr KN 2024/15 Öppettider på biblioteket Kulturnämnden beslutar att förlänga "
    "öppettiderna under sommaren.\n\n"
    "4 Kulturnämnden Kn 6 Delegationsbeslut Kulturnämnden beslutar att lägga redovisningen till handlingarna.\n")

#: the label with the paragraph sign after a running head of several words
SIGNED = (
    "PROTOKOLL\nBarn- och utbildningsnämnden\nDatum 2024-04-10\n\n"
    "7 Barn- och utbildningsnämnden Bun § 5 Dnr BUN 2024/3 Skolskjuts för gymnasieelever Nämnden beslutar "
    "att anta reglerna.\n\n"
    "8 Barn- och utbildningsnämnden Bun § 6 Dnr BUN 2024/8 Lokalplan för förskolan Nämnden beslutar att "
    "godkänna planen.\n")

#: the short name after the sign and number
AFTER = """PROTOKOLL
Kommunstyrelsen
Datum 2024-04-10

§ 12 KS Årsredovisning 2023
Kommunstyrelsen beslutar att föreslå fullmäktige att godkänna årsredovisningen.

§ 13 KS Motion om gångvägar
Kommunstyrelsen beslutar att avslå motionen.

§ 14 KS Val av ombud
Kommunstyrelsen beslutar att utse Per Ek till ombud.
"""

#: mixed-case labels without a case number, each on its own line
LINES = """SAMMANTRÄDESPROTOKOLL
Socialnämnden
Datum 2024-04-10

Sn 21 Dnr SN 2024/40
Riktlinjer för ekonomiskt bistånd
Socialnämnden beslutar att anta riktlinjerna.

Sn 22 Avgifter inom äldreomsorgen
Socialnämnden beslutar att godkänna förslaget.

Sn 23 Rapport om ej verkställda beslut
Socialnämnden beslutar att lägga rapporten till handlingarna.
"""


def items(text: str) -> list[tuple[str | None, str]]:
    return [(i.number, i.title) for i in parse_text(text, "doc.txt").items]


def test_a_page_number_and_running_head_before_a_mixed_case_label_are_the_pages():
    assert items(PAGED) == [("4", "Stipendium för unga konstnärer"), ("5", "Öppettider på biblioteket"),
                            ("6", "Delegationsbeslut")]


def test_a_signed_label_after_a_running_head_of_several_words():
    assert items(SIGNED) == [("5", "Skolskjuts för gymnasieelever"), ("6", "Lokalplan för förskolan")]


def test_a_short_name_after_every_paragraphs_number_is_no_part_of_the_title():
    assert items(AFTER) == [("12", "Årsredovisning 2023"), ("13", "Motion om gångvägar"), ("14", "Val av ombud")]


def test_mixed_case_labels_with_and_without_a_case_number():
    assert [n for n, _ in items(LINES)] == ["21", "22", "23"]
    assert items(LINES)[1] == ("22", "Avgifter inom äldreomsorgen")


def test_a_capitals_word_opening_one_title_only_stays():
    text = ("Dagordning\n\n§ 1 EU Mötets öppnande\n§ 2 Val av justerare\n§ 3 Budget 2025\n§ 4 Övriga frågor\n")
    _, headings = find_items(split_lines(text))
    assert [h.title for h in headings][0] == "EU Mötets öppnande"


def test_a_page_or_chapter_word_after_a_running_head_is_no_label():
    text = ("Kallelse\n\n1 Kulturnämnden Sida 2 Ärenden\n\n1. Val av justerare\n2. Budget 2025\n3. Övriga frågor\n")
    assert [n for n, _ in items(text)] == ["1", "2", "3"]


#: the preparing committee's paragraph after the body's own
PREPARED = (
    "PROTOKOLL\nMiljönämnden\nDatum 2024-04-10\n\n"
    "3 Miljönämnden Mn 17 Budget för tillsyn Nämnden beslutar att anta budgeten.\n\n"
    "4 Miljönämnden Mn 18 Au 31 Dnr 2024/7 Taxa för livsmedelskontroll Nämnden beslutar att anta taxan.\n")


def test_a_committees_label_after_the_bodys_own_is_no_title():
    assert items(PREPARED) == [("17", "Budget för tillsyn"), ("18", "Taxa för livsmedelskontroll")]
