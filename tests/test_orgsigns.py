"""An organisation made certain without an organisation label: a capitals letterhead, a body named with its
municipality's genitive, the posting box's organ, a collaboration closing the title (issue 10).
The documents are written for these tests."""

import pytest

from protokoll.parse import parse_text
from protokoll.parse import orgsigns
from protokoll.parse.lines import split_lines

ITEMS = "§ 1 Val av justerare\nBeslut: Per Holm utses att justera.\n§ 2 Information\nNämnden tackar för informationen.\n"


def _rule(rec) -> str:
    return next(e.rule for e in rec.evidence if e.path == "organization")


@pytest.mark.parametrize("head, expected", [
    ("ANEBY KOMMUN\nSAMMANTRÄDESPROTOKOLL\nSocialnämnden", "Aneby kommun"),
    ("1\nHABO KOMMUN\nProtokoll\nKultur- och fritidsnämnden", "Habo kommun"),
    ("YDRE KOMMUN PROTOKOLL 1(12)\nBarn- och utbildningsnämnden", "Ydre kommun"),
    ("Justerande Eva Lind Per Holm BOXHOLMS KOMMUN\nANSLAG/BEVIS\nProtokollet är justerat.", "Boxholms kommun"),
])
def test_letterhead(head, expected):
    assert orgsigns.letterhead(split_lines(head)) == expected


@pytest.mark.parametrize("head", [
    "Övriga: Anna Berg, ANEBY KOMMUN, ekonom",  # an employer in capitals inside a list: not a letterhead
    "ANEBY KOMMUN\nPROTOKOLL\nHABO KOMMUN\nPROTOKOLLSUTDRAG",  # two letterheads: which one holds the meeting?
    "NORRBYÅS KOMMUN\nPROTOKOLL",  # no municipality of that name
])
def test_no_letterhead(head):
    assert orgsigns.letterhead(split_lines(head)) is None


@pytest.mark.parametrize("line, expected", [
    ("Ydre socialnämnd", "Ydre kommun"),
    ("Boxholms kommunstyrelse", "Boxholms kommun"),
    ("Aneby miljö- och byggnadsnämnd", "Aneby kommun"),
])
def test_genitive_body(line, expected):
    assert orgsigns.genitive_body(split_lines(line)) == expected


@pytest.mark.parametrize("line", [
    "Tekniska nämnden",  # an adjective, no municipality
    "Hallands regionstyrelse",  # a region's body
    "Ydre socialnämnd har i beslut den 3 maj 2024 yttrat sig över förslaget",  # a sentence, not a title
])
def test_no_genitive_body(line):
    assert orgsigns.genitive_body(split_lines(line)) is None


@pytest.mark.parametrize("box, expected", [
    ("ANSLAG/BEVIS Protokollet är justerat. Beslutsinstans, Habo kommun Sammanträdesdatum", "Habo kommun"),
    ("ANSLAG/BEVIS\nOrgan och §§:\n\nSamordningsförbundet Sjödal\n\nSammanträdesdatum: 2024-05-06",
     "Samordningsförbundet Sjödal"),
    ("Organ: Region Jönköpings län", "Region Jönköpings län"),
])
def test_posting_box(box, expected):
    assert orgsigns.posting_box(box) == expected


@pytest.mark.parametrize("box", [
    "ANSLAG/BEVIS Organ Kommunstyrelsen Datum för anslags uppsättande",  # a body, not an organisation
    "Beslutsinstans, Habo kommun ... Beslutsinstans, Ydre kommun",  # two: abstain
])
def test_no_posting_box(box):
    assert orgsigns.posting_box(box) is None


def test_collaboration_closing_the_title():
    assert orgsigns.titled_collaboration(split_lines("Minnesanteckningar Styrgruppsmöte Sjödalsregionen")) \
        == "Sjödalsregionen"
    # a place the meeting talks about, after a preposition: not the title's organisation
    assert orgsigns.titled_collaboration(split_lines("Minnesanteckningar om bostäder i Sjödalsregionen")) is None


def test_record_takes_the_letterhead_and_says_so():
    # the letterhead of the second page, below the first list of people (whose lines name employers)
    text = ("SAMMANTRÄDESPROTOKOLL\nKultur- och fritidsnämnden\nSammanträdesdatum: 2024-03-12\n"
            "Beslutande: Anna Berg (S), ordförande; Per Holm (M)\n\nHABO KOMMUN\n\nSekreterare: Eva Lind\n" + ITEMS)
    rec = parse_text(text, source="x.txt")
    assert (rec.organization, _rule(rec)) == ("Habo kommun", "meta.organization.letterhead")


def test_record_without_any_sign_abstains():
    text = ("SAMMANTRÄDESPROTOKOLL\nKultur- och fritidsnämnden\nSammanträdesdatum: 2024-03-12\n"
            "Beslutande: Anna Berg (S), ordförande; Per Holm (M)\nSekreterare: Eva Lind\n" + ITEMS)
    rec = parse_text(text, source="x.txt")
    assert rec.organization is None and _rule(rec).startswith("uncertain:")


def test_later_page_head():
    text = "Kultur- och fritidsnämnden\n§ 1 Val av justerare\nBeslut: ...\n2 HABO KOMMUN SAMMANTRÄDESPROTOKOLL 2(9)\n"
    assert orgsigns.page_head(text) == "Habo kommun"
    # an extract of another municipality's protocol among the items is not this document's page head
    assert orgsigns.page_head("§ 4 Meddelanden\nYDRE KOMMUN PROTOKOLLSUTDRAG\nKommunstyrelsen har ...") is None
    # an employer in capitals inside a sentence is not a page head
    assert orgsigns.page_head("Yttrande från Anna Berg, HABO KOMMUN PROTOKOLL") is None
