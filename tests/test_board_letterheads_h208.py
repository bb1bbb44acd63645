"""The body and organisation of a board's protocol as web copies write them (issue 10, h208): a title naming the board
in the genitive ("Protokoll från styrelsens sammanträde"), a federation's letterhead in capitals ("NORRÅNS
VATTENFÖRBUND"), and "STYRELSEN FÖR <NAME>" in capitals on a line whose break was lost, after a sharing site's frame.

The documents are written for these tests (made-up associations, places and people).
"""

from __future__ import annotations

import pytest

from protokoll.parse import parse_text
from protokoll.parse.bodynames import board_titled
from protokoll.parse.orgforms import association_line

PEOPLE = "Närvarande: Anna Berg, ordförande, Per Holm, Eva Lind och Olle Ek.\n"
ITEMS = """
1. Mötets öppnande
Anna Berg förklarade mötet öppnat.

2. Val av justerare
Till att justera protokollet valdes Per Holm.

3. Föregående protokoll
Lades till handlingarna.
"""


def _read(text: str):
    rec = parse_text(text, "protokoll.txt")
    return rec.organization, rec.body


# a board's meeting named in the genitive


@pytest.mark.parametrize("title", ["Protokoll från styrelsens sammanträde", "Protokoll fört vid styrelsens möte",
                                   "Styrelsens sammanträde 2019-03-04"])
def test_a_title_naming_the_boards_meeting_in_the_genitive_names_the_board(title):
    assert board_titled(f"{title}\n{PEOPLE}")
    assert _read(f"{title}\n\n{PEOPLE}{ITEMS}")[1] == "Styrelsen"


def test_a_sentence_with_the_board_as_its_subject_names_no_body():
    assert not board_titled("Styrelsen diskuterade frågan\n")
    assert _read(f"Anteckningar\nStyrelsen diskuterade frågan om lokaler.\n\n{PEOPLE}{ITEMS}")[1] is None


# a federation's letterhead in capitals


@pytest.mark.parametrize(("line", "org"), [
    ("NORRÅNS VATTENFÖRBUND", "Norråns vattenförbund"),
    ("NORRÅNS VATTENFÖRBUND NORRÅNS VATTENRÅD", "Norråns vattenförbund"),  # the council it runs beside it
    ("ÖVRE SJÖDALENS RÄDDNINGSTJÄNSTFÖRBUND PROTOKOLL", "Övre Sjödalens räddningstjänstförbund"),
    ("NORRDALENS FÖRBUND PROTOKOLL", "Norrdalens förbund"),  # as before
])
def test_a_federations_letterhead_in_capitals(line, org):
    assert association_line(line) == org


@pytest.mark.parametrize("line", ["MEDLEMSKAP I NORRÅNS VATTENFÖRBUND", "NORRÅNS VATTENFÖRBUND Avgifter 2019",
                                  "SJÖDALENS FISKEFÖRBUND FÖR NORRDALSKA FISKARE"])
def test_a_federation_named_inside_a_line_is_no_letterhead(line):
    assert association_line(line) is None


def test_the_letterhead_names_the_organisation_and_the_boards_meeting_the_body():
    text = f"NORRÅNS VATTENFÖRBUND NORRÅNS VATTENRÅD\nDatum STYRELSEMÖTE PROTOKOLL\n{PEOPLE}{ITEMS}"
    assert _read(text) == ("Norråns vattenförbund", "Styrelsen")


# "STYRELSEN FÖR <NAME>" in capitals, its line run on, after a sharing site's frame

FRAME = ("Protokoll Adjungerade: Eva Lind Ekby kommun\n\nStorlek: px\nStarta visningen från sidan:\n\n"
         "Download \"Protokoll Adjungerade: Eva Lind Ekby kommun\"\n\nTranskript\n\n")
RUN_ON = ("PROTOKOLL 1 (6) STYRELSEN FÖR NORRÅNS VATTENRÅD Närvarande Ledamöter: Kommunrepresentanter Anna Berg Ekby "
          "kommun (ordf.) Per Holm Sjöby kommun Ersättare: Olle Ek Ekby kommun Plats: Kommunhuset i Ekby\n")


def test_the_board_of_a_name_in_capitals_before_a_label_in_ordinary_case():
    assert _read(FRAME + RUN_ON + ITEMS) == ("Norråns Vattenråd", "Styrelsen")


def test_a_name_in_capitals_cut_short_by_lower_case_words_is_not_read():
    text = FRAME + RUN_ON.replace("VATTENRÅD Närvarande", "VATTENRÅD gällande lokaler Närvarande") + ITEMS
    assert _read(text)[0] is None


# a venue named after an authority: "Plats: Länsstyrelsen, Norrby"


def test_a_place_labels_authority_house_and_town_is_the_venue_not_the_body():
    text = f"Styrelsemöte\n\nPlats: Skogsstyrelsen, Sjöby\n\n{PEOPLE}{ITEMS}"
    assert _read(text)[1] == "Styrelsen"


def test_a_body_after_labels_in_a_row_is_still_read():
    from protokoll.parse.bodybounds import at_venue
    line = "Organ / Plats Regionfullmäktige Stadshuset"
    at = line.index("Regionfullmäktige")
    assert not at_venue(line, at, at + len("Regionfullmäktige"))
    line = "Plats: Länsstyrelsen"  # no town after it: not certain
    assert not at_venue(line, 7, len(line))
    line = "Plats: Länsstyrelsen, Sjöby"
    assert at_venue(line, 7, 20)


# the storage place "Kommunhuset <Town>", its comma lost


def test_the_storage_places_town_after_the_building_names_the_municipality():
    from protokoll.parse.orgowners import building_municipality
    text = ("Kommunstyrelsen Protokoll 1 (4)\nPlats och tid: Sal Ek, kl 13.00\nFörvaringsplats för protokoll "
            "Kommunhuset Nässjö\nKommunstyrelsen Protokoll 2 (4)\nNässjö stationsområde\n")
    assert building_municipality(text) == ("Nässjö kommun", "meta.organization.municipal_building")


@pytest.mark.parametrize("tail", ["Kommunhuset Nässjö sal B", "Kommunhuset Stora salen"])
def test_a_word_after_the_building_that_goes_on_is_no_town(tail):
    from protokoll.parse.orgowners import building_municipality
    text = f"Kommunstyrelsen Protokoll\nFörvaringsplats för protokoll {tail}\nNässjö stationsområde\nNässjö\n"
    assert building_municipality(text) is None


# a council named by a participle: "Brottsförebyggande rådet"


@pytest.mark.parametrize(("title", "body"), [
    ("PROTOKOLL Brottsförebyggande rådet Sammanträdesdag 2021-02-17", "Brottsförebyggande rådet"),
    ("Minnesanteckningar Rådgivande gruppen 2021-02-17", "Rådgivande gruppen"),
])
def test_a_participle_before_the_body_is_part_of_its_name(title, body):
    from protokoll.parse.body import read_body
    from protokoll.parse.lines import split_lines
    assert read_body(split_lines(title)) == body


# a council by its abbreviation in the title: "Protokoll KF", "KS-protokoll"


@pytest.mark.parametrize(("title", "body"), [
    ("Protokoll KF 2019-06-19.pdf Pdf, 300 kB.", "Kommunfullmäktige"),
    ("KS-protokoll 3 maj 2020", "Kommunstyrelsen"),
    ("Kallelse KSAU 2020-05-03", "Kommunstyrelsens arbetsutskott"),
])
def test_a_councils_abbreviation_in_the_title_names_it(title, body):
    from protokoll.parse.bodynames import abbreviated_title
    from protokoll.parse.lines import split_lines
    assert abbreviated_title(split_lines(title)) == body
    assert _read(f"{title}\n\n{PEOPLE}{ITEMS}")[1] == body


@pytest.mark.parametrize("title", ["Protokoll KS 107/16 Budget 2017", "Protokoll KSB-gruppen", "Protokoll KF\nKallelse KS"])
def test_no_council_from_a_paragraph_label_another_word_or_two_councils(title):
    from protokoll.parse.bodynames import abbreviated_title
    from protokoll.parse.lines import split_lines
    assert abbreviated_title(split_lines(title)) is None
