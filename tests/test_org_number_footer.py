"""The organisation a footer names beside its organisation number, and a federation's name that a flattened page
ran into its next heading (issue 10). Every text here is written for the test."""

from pathlib import Path

from protokoll.parse import orgnumber
from protokoll.parse.features import keyword_fold
from protokoll.pipeline import load, process

PEOPLE = ("Närvarande: Klara Sund (S), ordförande, Olle Berg (M)\nSekreterare: Tove Lind\n\n"
          "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n\n§ 2 Val av justerare\nOlle Berg valdes att justera.\n")


def _read(tmp_path: Path, text: str):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    data, sha = load(path)
    record = process(path, data, sha).record
    rule = next(e.rule for e in record.evidence if e.path == "organization")
    return record.organization, rule


def test_a_federations_footer_with_its_number_names_the_organisation(tmp_path):
    text = (f"Protokoll\nDirektionen\n2022-05-11\n\n{PEOPLE}\nPostadress Besöksadress Telefon Organisationsnummer\n"
            "Sjödalens gymnasieförbund Box 410 Skolvägen 2 0470-12 34 00 222000-0101\n")
    assert _read(tmp_path, text) == ("Sjödalens gymnasieförbund", "meta.organization.org_number")


def test_the_footer_block_may_name_the_organisation_on_its_own_line(tmp_path):
    text = (f"Kallelse\nDirektionen\n2022-05-11\n\n{PEOPLE}\nRäddningstjänsten Norra Sjödal\nBox 88, 662 30 Åmål\n"
            "Org.nr 222000-0202\n")
    assert _read(tmp_path, text)[0] == "Räddningstjänsten Norra Sjödal"


def test_a_companys_footer_names_the_company_whose_board_meets(tmp_path):
    text = f"Protokoll\nStyrelsen\n2022-05-11\n\n{PEOPLE}\nÅmåls Hyresbostäder AB | Org.nr 556000-0303 | Box 7, 662 21 Åmål\n"
    assert _read(tmp_path, text)[0] == "Åmåls Hyresbostäder AB"


def test_a_company_with_a_number_inside_an_items_sentence_is_the_items_subject(tmp_path):
    text = (f"Protokoll\nStyrelsen\n2022-05-11\n\n{PEOPLE}\n§ 3 Förvärv\nStyrelsen beslutar att köpa aktierna i "
            "Sjöby Värme AB, org.nr 556000-0404, Box 3, 662 00 Sjöby.\n")
    assert _read(tmp_path, text)[0] is None


def test_a_letter_a_company_sent_does_not_name_a_committees_organisation(tmp_path):
    text = (f"Protokoll\nSocialnämnden\n2022-05-11\n\n{PEOPLE}\nBilaga 1\nSjöby Värme AB Box 3 Org.nr 556000-0404\n"
            "Telefon 0532-100 00\n")
    assert orgnumber.footer_organisation(text, "Socialnämnden") is None


def test_a_municipalitys_template_is_not_a_federations_own(tmp_path):
    footer = "Åmåls kommun Box 62 662 22 Åmål Telefon 0532-170 00 Org.nr 212000-1561"
    assert orgnumber.footer_organisation(f"Direktionen\n{footer}", "Direktionen") is None
    assert orgnumber.footer_organisation(f"Barn- och utbildningsnämnden\n{footer}", "Barn- och utbildningsnämnden") \
        == "Åmåls kommun"


def test_two_organisations_in_footers_give_none():
    text = ("Sjödalens gymnasieförbund Box 410 Org.nr 222000-0101\n\nBilaga\n"
            "Räddningstjänsten Norra Sjödal Box 88 Org.nr 222000-0202\n")
    assert orgnumber.footer_organisation(text, None) is None


def test_a_care_of_address_is_anothers():
    assert orgnumber.footer_organisation("Sekretariatet c/o Sjödalens gymnasieförbund Box 410 Org.nr 222000-0101",
                                         None) is None


def test_every_label_passes_the_gate():
    for label in ("Org.nr", "Org nr", "Org.-nr", "ORG.NR", "Organisationsnummer", "Organisationsnr", "Orgnr",
                  "Org. nummer"):
        assert orgnumber.ORG_NUMBER.search(f"Box 1 {label} 222000-0000"), label
        assert orgnumber.GATE.search(keyword_fold(label)), label  # the gate reads the text's fold


def test_a_federations_name_stops_before_the_next_heading_of_a_flattened_page(tmp_path):
    text = ("PROTOKOLL DATUM DIARIENR REGIONFULLMÄKTIGE Budget för Regionförbundet Sjödal Bakgrund Styrelsen för "
            "Regionförbundet Sjödal har lämnat förslag till budget.\n\n" + PEOPLE)
    assert _read(tmp_path, text)[0] == "Regionförbundet Sjödal"


def test_a_directorate_names_its_federation_whatever_its_form(tmp_path):
    text = f"Protokoll\nDirektionen för Räddningstjänsten Norra Sjödal\n2022-05-11\n\n{PEOPLE}"
    assert _read(tmp_path, text) == ("Räddningstjänsten Norra Sjödal", "meta.organization.directorate")


def test_the_organ_with_its_organisation_after_a_comma(tmp_path):
    text = f"Protokoll\nDirektionen\n2022-05-11\n\n{PEOPLE}\nANSLAG/BEVIS\nOrgan: Direktionen, Kommunalförbundet Sjödal\n"
    assert _read(tmp_path, text) == ("Kommunalförbundet Sjödal", "meta.organization.organ_owner")


def test_a_federations_storage_place_names_it_a_municipalitys_does_not(tmp_path):
    box = "ANSLAG/BEVIS\nProtokollet är justerat.\nFörvaringsplats för protokollet: "
    text = f"Protokoll\nDirektionen\n2022-05-11\n\n{PEOPLE}\n{box}Räddningstjänsten Norra Sjödal, station Centrum\n"
    assert _read(tmp_path, text) == ("Räddningstjänsten Norra Sjödal", "meta.organization.storage_place")
    # a municipality keeps the papers of the networks and councils it hosts: its archive is no sign of the owner
    text = f"Minnesanteckningar\nSamverkansrådet\n2022-05-11\n\n{PEOPLE}\n{box}Åmåls kommun, kommunkansliet\n"
    assert _read(tmp_path, text)[0] is None


def test_a_federations_name_in_the_genitive_before_its_body_is_its_name(tmp_path):
    text = f"Kallelse\nGymnasieförbundet Norra Sjödals direktion\n2022-05-11\n\n{PEOPLE}"
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    data, sha = load(path)
    record = process(path, data, sha).record
    assert (record.organization, record.body) == ("Gymnasieförbundet Norra Sjödal", "Direktionen")


def test_a_federations_name_with_its_type_word_in_lower_case(tmp_path):
    text = ("Protokoll från årsmöte\nPROTOKOLL FÖRT VID ÅRSMÖTE 2022-05-11 Öre- och Sjöälvens vattenvårdsförbund\n\n"
            + PEOPLE)
    assert _read(tmp_path, text) == ("Öre- och Sjöälvens vattenvårdsförbund", "meta.organization.pattern")


def test_a_directorate_of_a_type_word_alone_names_no_organisation(tmp_path):
    text = f"Protokoll från direktionen för Räddningstjänsten\n2022-05-11\n\n{PEOPLE}"
    assert _read(tmp_path, text)[0] is None
    text = f"Protokoll från direktionen för Sjödalsförbundet\n2022-05-11\n\n{PEOPLE}"
    assert _read(tmp_path, text)[0] == "Sjödalsförbundet"  # a one-word name is a name


def test_a_contract_partys_number_after_its_label_is_not_the_issuers():
    text = "§ 4 Upphandling\nLeverantör: Sjöby Energi AB, Org.nr 556000-0404, Box 3, 662 00 Sjöby\n"
    assert orgnumber.footer_organisation(text, "Styrelsen") is None
    assert orgnumber.footer_organisation("Postadress: Sjöby Energi AB, Box 3, Org.nr 556000-0404", "Styrelsen") \
        == "Sjöby Energi AB"
