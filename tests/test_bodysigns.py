"""The body from the posting box ("Socialnämndens protokoll har justerats"), from a protocol's compound title
("Direktionsprotokoll"), a board's committee with an adjective; a body label followed only by the box's own
sentences is no body (issue 10). The documents are written for these tests."""

import pytest

from protokoll.parse import parse_text
from protokoll.parse import bodysigns

ITEMS = "§ 1 Val av justerare\nBeslut: Per Holm utses att justera.\n§ 2 Information\nInformationen noteras.\n"


@pytest.mark.parametrize("text, expected", [
    ("ANSLAG/BEVIS Fritidsnämndens protokoll är justerat.", "Fritidsnämnden"),
    ("BEVIS OM ANSLAG Socialnämndens protokoll har justerats och anslagits.", "Socialnämnden"),
    ("Kommunfullmäktiges protokoll är justerat. Sammanträdesdatum", "Kommunfullmäktige"),
    ("Socialnämndens protokoll har justerats. Kommunstyrelsens protokoll har justerats.", None),  # two: abstain
    ("Protokollet är justerat.", None),
])
def test_posted_body(text, expected):
    assert bodysigns.posted_body(text) == expected


@pytest.mark.parametrize("value, expected", [
    ("Protokollet är anslaget fr o m den 3 maj Förvaringsplats för protokollet Kansliet", None),
    # a body's name, then the box's next labels run on: the name ends with its body word (h46)
    ("Kommunstyrelsen Datum när anslaget sätts upp", "Kommunstyrelsen"),
    ("Socialnämnden", "Socialnämnden"),
    (None, None),
])
def test_labelled_body(value, expected):
    assert bodysigns.labelled_body(value) == expected


def _doc(head: str) -> str:
    return head + "\nSammanträdesdatum: 2024-03-12\nBeslutande: Anna Berg (S), ordförande; Per Holm (M)\n" + ITEMS


def test_record_body_from_the_posting_box():
    text = _doc("SAMMANTRÄDESPROTOKOLL\nPlats och tid: Kommunhuset kl. 18.00") + \
        "ANSLAG/BEVIS\nMiljönämndens protokoll är justerat.\n"
    assert parse_text(text, source="x.txt").body == "Miljönämnden"


def test_record_body_from_a_compound_title():
    assert parse_text(_doc("Direktionsprotokoll"), source="x.txt").body == "Direktionen"


def test_record_board_committee_with_an_adjective():
    assert parse_text(_doc("PROTOKOLL\nKOMMUNSTYRELSENS SOCIALA UTSKOTT"), source="x.txt").body \
        == "Kommunstyrelsens sociala utskott"


def test_box_sentences_after_the_organ_label_leave_the_title_to_name_the_body():
    text = _doc("PROTOKOLL\nKultur- och fritidsnämnden\nOrgan Protokollet är anslaget fr o m den 3 maj")
    assert parse_text(text, source="x.txt").body == "Kultur- och fritidsnämnden"


def test_a_copy_list_names_no_body_that_meets():
    text = "Minnesanteckningar\nDatum: 2024-03-12\nNärvarande: Anna Berg; Per Holm\nKopia: Kommunstyrelsen\n" + ITEMS
    assert parse_text(text, source="x.txt").body is None
