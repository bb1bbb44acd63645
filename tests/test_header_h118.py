"""Organisation and chair forms from the h118 wild set (issue 10): an association's letterhead in capitals with the
municipality it sits in after a comma, a parish or association named as the owner of the body that meets ("kyrkorådet
i Norrby församling"), and a chair written surname first in a roster whose signature block writes the name given name
first. Invented text only."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.orgforms import association_line


def test_an_association_letterhead_in_capitals_with_its_municipality_after_a_comma():
    text = ("PROTOKOLL nr 7\n\n2024-03-11\nmed början kl 19.00\n\n"
            "BOSTADSRÄTTSFÖRENINGEN NORRGÅRDEN, LUDVIKA\nStyrelsemöte\n\n"
            "Närvarande:\nEva Lind ordf.\nPer Holm\nKim Berg vid protokollet\n\n"
            "§ 1\nMötet öppnas.\nMötet öppnades av ordföranden.\n\n§ 2\nVal av justerare.\nPer Holm valdes.\n")
    rec = parse_text(text, "brf.txt")
    assert rec.organization == "Bostadsrättsföreningen Norrgården"
    assert rec.body == "Styrelsen"


def test_a_capitals_letterhead_keeps_an_acronym_and_reads_no_other_place_as_its_seat():
    assert association_line("IDROTTSFÖRENINGEN IFK NORRBY") == "Idrottsföreningen IFK Norrby"
    assert association_line("NORRBY HEMBYGDSFÖRENING") == "Norrby Hembygdsförening"
    # after the comma a word that is no municipality: what the line says there is not known, no name is read
    assert association_line("BOSTADSRÄTTSFÖRENINGEN NORRGÅRDEN, TRAPPHUS") is None
    assert association_line("Föreningen Norrbyhus") == "Föreningen Norrbyhus"


def test_a_body_of_a_parish_names_the_parish_as_the_organisation():
    text = ("PROTOKOLL\n\nProtokoll fört vid sammanträde med församlingsrådet i Norrby svenska församling "
            "tisdagen den 4.5.2021 kl. 18.00–19.30 i Kyrkbyns församlingshem.\nOrdförande: Eva Lind.\n"
            "Sekreterare: Per Holm.\n\n1 §\nSAMMANTRÄDETS ÖPPNANDE\n\nSammanträdet öppnades av ordföranden.\n")
    rec = parse_text(text, "forsamling.txt")
    assert rec.organization == "Norrby svenska församling"
    assert rec.body == "Församlingsrådet"


def test_the_owner_of_a_body_is_read_only_in_a_record_s_title_sentence():
    from protokoll.parse.orgforms import body_in_owner
    assert body_in_owner("Protokoll från möte med styrelsen i Norrby hembygdsförening den 3 maj") == \
        "Norrby hembygdsförening"
    assert body_in_owner("Kallelse till kyrkorådet i Sjöby pastorat 2025-03-01") == "Sjöby pastorat"
    # a seat someone is elected to: no record of a meeting before it
    assert body_in_owner("Anna Berg valdes till ledamot i styrelsen i Norrby idrottsförening") is None
    # a person's name runs on after the form word: where the name ends is not known
    assert body_in_owner("Protokoll fört vid sammanträde med styrelsen i Föreningen Norrbyhus Anna Berg") is None


def test_a_chair_written_surname_first_is_read_given_name_first_as_the_signatures_write_it():
    text = ("NORRBY KOMMUN Kommunstyrelsen PROTOKOLL\n\nTid måndag 3.3.2025 kl 18.00\nPlats Kommungården\n"
            "Närvarande Berg Anna, ordförande Holm Per, I viceordförande Lind Eva, ledamot\n"
            "Protokollet undertecknat Norrby Anna Berg ordförande Kim Lund sekreterare\n\n"
            "§ 1 LAGLIGHET OCH BESLUTFÖRHET\nOrdföranden konstaterade sammanträdets laglighet.\n")
    assert parse_text(text, "ks.txt").chair == "Anna Berg"


def test_a_name_written_surname_first_and_nowhere_else_is_not_read():
    from protokoll.parse.nameorder import given_first
    assert given_first("Berg Anna", "Närvarande Berg Anna, ordförande") == (
        None, "'Berg Anna' is written surname first, and the document never writes it given name first")
    assert given_first("Anna Berg", "Anna Berg, ordförande") == ("Anna Berg", None)
    assert given_first("Per-Olof Holm", "Per-Olof Holm") == ("Per-Olof Holm", None)
    assert given_first("Holm Per-Olof", "Per-Olof Holm ordförande") == ("Per-Olof Holm", None)
    assert given_first("Anna Maria Berg", "") == ("Anna Maria Berg", None)  # three words: as written


def test_a_signature_label_s_names_before_their_lower_case_offices_give_the_chair():
    text = ("NORRBY KOMMUN Kommunstyrelsen PROTOKOLL Sammanträdestid: Måndagen den 10 mars 2025, kl 16.30 "
            "Sammanträdesplats: Kommungården Paragrafer 1-12 Underskrifter Eva Lind ordförande Kim Holm sekreterare "
            "Protokollsjustering Norrby Per Berg Olle Dahl\n\n"
            "§ 1 Sammanträdets öppnande\nSammanträdet öppnades.\n")
    rec = parse_text(text, "sign.txt")
    assert (rec.chair, rec.secretary) == ("Eva Lind", "Kim Holm")


def test_the_place_a_protocol_was_signed_at_is_no_part_of_the_first_signer_s_name():
    from protokoll.parse.flatsign import undersigned
    assert undersigned("Protokollet undertecknat Åsby Eva Lind ordförande Kim Holm sekreterare") == {
        "chair": "Eva Lind", "secretary": "Kim Holm"}
    assert undersigned("Underskrifter Anna Maria Berg ordförande Kim Holm protokollförare") == {
        "chair": "Anna Maria Berg", "secretary": "Kim Holm"}
    # the same office twice: which name is whose is not known
    assert undersigned("Underskrifter Eva Lind ordförande Kim Holm ordförande") == {}


def test_a_company_s_board_named_after_the_company_in_the_genitive():
    rec = parse_text("Ludvika Energi AB:s styrelse\nProtokoll 2025-03-04\n\n§ 1 Val av justerare\nPer Holm utses.\n",
                     "bolag.txt")
    assert (rec.organization, rec.body) == ("Ludvika Energi AB", "Styrelsen")
    # a company's board a matter speaks of, in an item: not who meets
    rec = parse_text("Protokoll\nKommunstyrelsen\n2025-03-04\n\n§ 1 Information\nVD informerade om Ludvika Energi "
                     "AB:s styrelse och dess arbete.\n", "ks.txt")
    assert rec.organization is None


def test_a_municipal_body_s_one_municipal_address_domain_names_its_municipality():
    text = ("Socialnämnden\nPROTOKOLL\n2025-03-04\nPlats: Sammanträdesrum 3\n"
            "Sekreterare: Kim Berg, kim.berg@ludvika.se\n\n§ 1 Val av justerare\nPer Holm utses.\n")
    assert parse_text(text, "sn.txt").organization == "Ludvika kommun"
    # two municipalities' addresses (a guest's): the owner is left open; a company's address names none
    two = text.replace("§ 1", "Gäst: Eva Lind, eva.lind@falun.se\n\n§ 1")
    assert parse_text(two, "sn2.txt").organization is None
    company = text.replace("ludvika.se", "ludvikaenergi.se")
    assert parse_text(company, "sn3.txt").organization is None


def test_a_body_named_with_its_municipality_s_official_name_in_the_genitive():
    tail = "\n\n§ 1 Val av justerare\nPer Holm utses.\n"
    rec = parse_text("Ludvika kommuns socialnämnd\nProtokoll 2025-03-04" + tail, "sn.txt")
    assert (rec.organization, rec.body) == ("Ludvika kommun", "Socialnämnden")
    rec = parse_text("Protokoll Göteborgs stads kulturnämnd 2025-03-04" + tail, "kn.txt")
    assert (rec.organization, rec.body) == ("Göteborgs Stad", "Kulturnämnden")
    # no municipality of that name: nothing is read
    rec = parse_text("Norrby kommuns socialnämnd\nProtokoll 2025-03-04" + tail, "nn.txt")
    assert (rec.organization, rec.body) == (None, None)
