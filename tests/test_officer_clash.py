"""Chair and secretary where two readings of a signature block or an attendance list disagree (issue 10, h212): the
reader leaves the role open rather than give it the next signer's name. Every text here is invented."""

import pytest

from protokoll.parse import parse_text

NOTICE = "Kallelse till sammanträde med Kommunstyrelsen\nTid: 2024-03-12 kl. 13.00\nPlats: Rådhuset, Norrby\n"
ITEMS = "Ärenden\n1. Val av justerare\n2. Budget 2025\n3. Informationsärenden\n"
PROTOCOL = ("Protokoll\nKommunstyrelsen\nPlats och tid: Rådhuset, Norrby, 2024-03-12 kl. 13.00-15.00\n"
            "Beslutande: Se närvarolista\nUtses att justera: Kim Sjö\n")
PARAGRAPHS = "§ 1 Val av justerare\nKim Sjö utses att justera.\n§ 2 Budget\nBeslut: Budgeten fastställs.\n"


def _officers(text: str) -> tuple[str | None, str | None]:
    rec = parse_text(text, source="x.txt")
    return rec.chair, rec.secretary


@pytest.mark.parametrize("block", [
    "Anna Berg\nOrdförande\nPer Ek\nKommunsekreterare\n",  # name over role, the clerk's title last
    "Anna Berg Ordförande Per Ek Nämndsekreterare\n",  # the same run on one line
    "Anna Berg Ordförande Per Ek Sekreterare Kim Sjö Justerare\n",  # three signers, each name over its role
])
def test_a_name_over_role_block_gives_no_role_the_next_signers_name(block):
    chair, secretary = _officers(NOTICE + block + ITEMS)
    assert chair in (None, "Anna Berg")
    assert secretary in (None, "Per Ek")


def test_a_role_over_name_block_is_still_read():
    assert _officers(NOTICE + ITEMS + "\nAnna Berg\nOrdförande\n\nPer Ek\nSekreterare\n") == ("Anna Berg", "Per Ek")


MINUTES = ("Minnesanteckningar\nStyrgruppen för Norrbyregionen\nDatum: 2024-03-12\nNärvarande:\n{first}\n"
           "Anna Berg\nPer Ek\nKim Sjö\nLisa Holm, sekreterare\n§ 1 Mötets öppnande\nAnna Berg öppnade mötet.\n"
           "§ 2 Fjärrvärmen\nOlle Strand informerade.\n§ 3 Nästa möte\nNästa möte hålls i maj.\n\n"
           "Ordförande Anna Berg\nSekreterare Lisa Holm\n")


@pytest.mark.parametrize("first", [
    "§ 2 Norrby Energi AB: Olle Strand, ordförande, Eva Lund, vd",
    "Punkt 2 Norrby Energi AB: Olle Strand, ordförande, Eva Lund, vd",
    "Olle Strand, ordförande i Norrby Energi AB, § 2",
])
def test_a_visitor_for_one_paragraph_does_not_replace_the_signed_chair(first):
    assert _officers(MINUTES.format(first=first))[0] == "Anna Berg"


def test_the_rosters_first_chair_still_corrects_a_signature_read():
    text = MINUTES.format(first="Olle Strand (S), ordförande")  # the body's own chair listed first
    assert _officers(text)[0] == "Olle Strand"


@pytest.mark.parametrize("block", [
    "Underskrifter Sekreterare Ordförande Justerande Anna Berg Kim Sjö Eva Lund",  # the secretary signed digitally
    "Sekreterare Ordförande Justerande\nAnna Berg Kim Sjö Eva Lund",
    "Sekreterare\nOrdförande\nJusterare\nAnna Berg\nKim Sjö\nEva Lund",
])
def test_a_chair_who_is_the_elected_adjuster_is_left_out_with_the_secretary_of_that_block(block):
    assert _officers(PROTOCOL + block + "\n" + PARAGRAPHS) == (None, None)


def test_a_block_whose_names_match_its_labels_is_still_read():
    block = "Underskrifter Sekreterare Ordförande Justerande Lisa Holm Anna Berg Kim Sjö"
    assert _officers(PROTOCOL + block + "\n" + PARAGRAPHS) == ("Anna Berg", "Lisa Holm")


def test_a_name_cut_from_a_run_of_names_is_left_out():
    block = "Ordförande Anna Berg Justerare Kim Sjö Eva Lund Sekreterare"
    assert _officers(PROTOCOL + block + "\n" + PARAGRAPHS)[1] is None

