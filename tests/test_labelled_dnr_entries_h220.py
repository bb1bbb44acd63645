"""A protocol's flattened list of paragraphs numbered with the body's short name and each paragraph's case number
after it ("Ks 41 Dnr 00012/ Title Ks 42 Dnr ..."; texts invented here): the line break before "Dnr" goes before the
label, and each entry is an item numbered by its paragraph, the case number off its title."""
from protokoll.parse.assemble import parse_text
from protokoll.repair import repair_text
from protokoll.repair.dnrentry import entry_number_start

FLAT = ("Sammanträdesprotokoll Blad Kommunstyrelsen\n\n"
        "Plats och tid Kommunhuset Norrby klockan 13.00 Beslutande Anna Berg (s), ordförande Per Ek (c) Eva Lund (m) "
        "Övriga närvarande Olle Holm, kommunchef, 41 Underskrifter Sekreterare Lisa Nord\n\n"
        "2 Kommunstyrelsen Ärendeförteckning Ks 41 Dnr 00012/ Kommunchefens rapport Ks 42 Dnr 00034/ "
        "Budgetuppföljning för tekniska enheten Ks 43 Dnr 00056/ Ansökan om bygdemedel för år 2031 Ks 44 Dnr 00078/ "
        "Ny grafisk profil för kommunen Ks 45 Dnr 00090/ Försäljning av fastigheten Norrby 3:4\n")


def test_the_break_before_a_case_number_goes_before_the_bodys_label_and_number():
    text, _ = repair_text(FLAT)
    assert [ln.split()[:2] for ln in text.splitlines() if "Dnr" in ln] == [
        ["Ks", "41"], ["Ks", "42"], ["Ks", "43"], ["Ks", "44"], ["Ks", "45"]]


def test_a_reference_before_a_case_number_is_no_label():
    assert entry_number_start("se Sid 4 Dnr 2031/12", len("se Sid 4 ")) is None


def test_each_labelled_paragraph_is_an_item():
    text, _ = repair_text(FLAT)
    items = parse_text(text, source="ks.txt").items
    assert [(i.number, i.title) for i in items] == [
        ("41", "Kommunchefens rapport"), ("42", "Budgetuppföljning för tekniska enheten"),
        ("43", "Ansökan om bygdemedel för år 2031"), ("44", "Ny grafisk profil för kommunen"),
        ("45", "Försäljning av fastigheten Norrby 3:4")]


def test_a_name_before_a_paragraph_number_is_no_label():
    text = "Övriga närvarande Olle Holm, kommunchef, Anna Berg 13 Dnr 2031/12 Budget för tekniska enheten"
    assert entry_number_start(text, text.index("Dnr")) is None
