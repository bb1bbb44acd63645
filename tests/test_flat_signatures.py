"""parse.flatsign: a signature block run on into one line is read in the order its ends show."""

from protokoll.parse import parse_text
from protokoll.parse.flatsign import signers


def test_a_run_that_opens_with_a_role_and_closes_with_a_name_gives_each_name_the_role_before_it():
    assert signers("ärenden Sekreterare Karin Lövgren Ordförande Olle Sandberg Fritidsnämnden") == {
        "secretary": "Karin Lövgren", "chair": "Olle Sandberg"}
    assert signers("Underskrifter ... Sekreterare Karin Lövgren ... Ordförande Olle G Sandberg ... "
                   "Justerande Måns Ek Anslag") == {"secretary": "Karin Lövgren", "chair": "Olle G Sandberg"}


def test_a_run_that_opens_with_a_name_and_closes_with_a_role_gives_each_name_the_role_after_it():
    assert signers("2018 Olle Sandberg Ordförande Karin Lövgren Sekreterare Dnr: 12") == {
        "chair": "Olle Sandberg", "secretary": "Karin Lövgren"}


def test_a_run_whose_ends_do_not_decide_is_not_read():
    assert signers("Olle Sandberg Ordförande Karin Lövgren Sekreterare Måns Ek") == {}
    assert signers("Justerare Olle Sandberg Ordförande Karin Lövgren Sekreterare") == {}


def test_a_flattened_protocol_gets_its_chair_and_secretary_from_the_run():
    text = ("PROTOKOLL Fritidsnämnden 2023-05-04 § 1 Upprop Beslut att godkänna uppropet. § 2 Budget Beslut att "
            "godkänna budgeten. Underskrifter Sekreterare ...... Karin Lövgren Ordförande ...... Olle Sandberg "
            "Justerare ...... Måns Ek ANSLAG/BEVIS Protokollet är justerat.")
    rec = parse_text(text, "t.txt")
    assert (rec.chair, rec.secretary) == ("Olle Sandberg", "Karin Lövgren")


def test_the_posting_box_label_run_in_before_the_block_is_no_name():
    # "Underskrifter Organ Sekreterare ...": "Organ" is the label of the posting box, not a surname ending a name
    from protokoll.parse import flatsign
    run = ("Justeringens plats och tid Kommunkontoret Underskrifter Organ Sekreterare... Paragrafer Karin Åslund "
           "Ordförande... Per Nyström Justerare Eva Lind Olof Berg ANSLAG/BEVIS Protokollet är justerat.")
    assert flatsign.signers(run) == {"secretary": "Karin Åslund", "chair": "Per Nyström"}
