"""repair.rolerun: signature labels in a row with their names in a row, paired again.

All documents here are invented for the tests.
"""

from protokoll.parse import parse_text
from protokoll.repair import repair_text
from protokoll.repair.rolerun import pair_roles


def test_labels_in_a_row_take_their_names_in_order():
    text = "Underskrifter\nSekreterare\nOrdförande\nJusterande Eva Ek Karin Lund Per Holm Lisa Berg\nANSLAG/BEVIS"
    assert pair_roles(text) == ("Underskrifter\nSekreterare Eva Ek\nOrdförande Karin Lund\nJusterande Per Holm Lisa Berg"
                                "\nANSLAG/BEVIS")


def test_names_closed_by_their_party_and_an_official_without_one():
    text = "Sekreterare Ordförande Justerande Eva Ek Karin Lund (S) Per Holm (M) Utdragsbestyrkande"
    assert pair_roles(text).split("\n") == ["Sekreterare Eva Ek", "Ordförande Karin Lund (S)", "Justerande Per Holm (M)",
                                            "Utdragsbestyrkande"]


def test_unclear_runs_are_left_alone():
    odd = "Sekreterare Ordförande Eva Ek Karin Lund Holm"  # five words: who has three?
    assert pair_roles(odd) == odd
    few = "Sekreterare Ordförande Justerande Eva Ek Karin Lund"  # fewer names than labels
    assert pair_roles(few) == few
    assert pair_roles("Ordförande Karin Lund") == "Ordförande Karin Lund"


def test_a_flattened_first_page_gives_chair_and_secretary():
    page = ("1 Sida 1 (9) Plats och tid Rådhuset, Storby kl 13.00-15.30 Beslutande Ledamöter Karin Lund (S), Per Holm (M), "
            "Lisa Ek (C) och Olle Berg (L). Tjänstemän Kommundirektör Jan Sten, nämndsekreterare Eva Ek, ekonom Bo Ros "
            "Justering Justerande Plats och tid Per Holm (M) Paragrafer Underskrifter Sekreterare Ordförande Justerande "
            "Eva Ek Karin Lund (S) Per Holm (M) Utdragsbestyrkande")
    record = parse_text(repair_text(page)[0], source="t.txt").to_dict()
    assert record["chair"] == "Karin Lund"
    assert record["secretary"] == "Eva Ek"


def test_signature_dots_between_names():
    text = "Paragrafer Sekreterare Ordförande. Eva Ek.. Karin Lund Justerande.. Per Holm"
    assert pair_roles(text).split("\n") == ["Paragrafer", "Sekreterare Eva Ek", "Ordförande Karin Lund",
                                            "Justerande.. Per Holm"]


def test_every_role_label_of_the_layout_words_pairs():
    # the role labels are layoutwords.ROLE_LABELS: "Mötesordförande" as well as "Ordförande"
    text = "Sekreterare Mötesordförande Justerare Eva Ek Karin Lund (S) Per Holm (M) Utdragsbestyrkande"
    assert pair_roles(text).split("\n") == ["Sekreterare Eva Ek", "Mötesordförande Karin Lund (S)",
                                            "Justerare Per Holm (M)", "Utdragsbestyrkande"]


def test_a_paragraph_label_inside_the_block_keeps_the_roles_before_it_in_the_count():
    # three role labels, the paragraphs' row between them, two names: who signed what is unclear
    text = "Sekreterare Paragrafer 4-9 Ordförande Justerare Eva Ek Per Holm Instans Anslaget sätts upp"
    assert pair_roles(text) == text
    record = parse_text(repair_text("Protokoll\n" + text)[0], source="t.txt").to_dict()
    assert record["chair"] is None
    assert all("Instans" not in a["name"] and a["name"] != "Per Holm" for a in record["attendees"])


def test_a_paragraph_label_inside_a_block_with_a_name_for_each_role():
    text = "Sekreterare Paragrafer 4-9 Ordförande Justerare Eva Ek Karin Lund Per Holm Instans Kommunstyrelsen"
    assert pair_roles(text).split("\n") == ["Paragrafer 4-9", "Sekreterare Eva Ek", "Ordförande Karin Lund",
                                            "Justerare Per Holm", "Instans Kommunstyrelsen"]


def test_more_names_than_labels_and_a_second_adjuster_is_unclear():
    # a scan repeats the signatures: five names under three labels
    text = "Sekreterare Ordförande Justerande Eva Ek Karin Lund Karin Lund Per Holm Bo Ros"
    assert pair_roles(text) == text


def test_a_name_twice_or_names_run_together_are_unclear():
    twice = "Sekreterare Ordförande Justerande Eva Ek Karin Lund Karin Lund Per Holm"
    assert pair_roles(twice) == twice
    glued = "Sekreterare Ordförande Justerande Eva Ek Karin Lund Per Holm HolmHolm Holm"
    assert pair_roles(glued) == glued
    twice_labelled = "Sekreterare\nOrdförande\nJusterande Eva Ek Karin Lund Karin Lund Per Holm HolmHolm Holm"
    record = parse_text(repair_text("Protokoll\n" + twice_labelled)[0], source="t.txt").to_dict()
    assert record["chair"] is None
    assert all("HolmHolm" not in a["name"] and " " in a["name"].strip() for a in record["attendees"])
    assert all(a["name"].count(" ") == 1 for a in record["attendees"] if a["role"] == "justerare")
