"""Header forms h118's wild set left wrong or lost (issue 10): a posting box's or kallelse's labels flattened in a row
after "Organ" ("Organ Utfärdad Kommunstyrelsen"), a letterhead with its page count ("Intresseföreningen X 1(2)"),
and officers a roster wrote surname first whose given name only the wider given-name list knows. Invented text only."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.bodysigns import labelled_body
from protokoll.parse.nameorder import given_first
from protokoll.repair import repair_text
from protokoll.repair.pagebreaks import join_page_breaks


def _parsed(text: str, name: str = "doc.txt"):
    return parse_text(repair_text(text)[0], name)


def test_a_row_of_labels_after_organ_is_no_part_of_the_body():
    assert labelled_body("Utfärdad Kommunstyrelsen") == "Kommunstyrelsen"
    assert labelled_body("Sammanträdesdatum Nr Socialnämnden") == "Socialnämnden"
    assert labelled_body("Datum: Tid: Tekniska nämnden") == "Tekniska nämnden"
    assert labelled_body("Kommunstyrelsen") == "Kommunstyrelsen"
    # a value that is no body's name after the labels is left as it was (the later checks judge it)
    assert labelled_body("Datum 2024-05-02") == "Datum 2024-05-02"


def test_a_kallelse_with_its_labels_in_a_row_reads_the_body_not_the_label():
    text = ("NORRVIK KOMMUN SAMMANTRÄDESKALLELSE\nOrgan Utfärdad Kultur- och fritidsnämnden Sammanträdestid "
            "Sammanträdesplats kl. 18:00 Kommunhuset Ärenden: 12 Sammanträdets öppnande\n")
    rec = _parsed(text, "kallelse.txt")
    assert rec.body == "Kultur- och fritidsnämnden"


def test_a_letterhead_with_its_page_count_is_the_first_page_s_head_and_names_the_association():
    text = ("Årsmötesprotokoll\n\n \n\nIntresseföreningen Lärkan 1(2)\n\nProtokoll från årsmöte den 14 mars 2022\n"
            "Plats: Lärkgården Tid: 19.00 – 20.30\nNärvarande: 21 medlemmar\n"
            "§ 1 Ordförande Sven Ek hälsar välkommen och öppnar mötet.\n\n"
            "§ 2 Till ordförande för mötet väljs Maja Strand.\n")
    rec = _parsed(text, "arsmote.txt")
    assert rec.organization == "Intresseföreningen Lärkan"
    assert rec.body == "Årsmötet"


def test_a_later_page_s_head_is_still_taken_out_and_a_first_page_s_kept():
    later = "Kommunstyrelsen\nPer Holm, ordförande\n\nKommunstyrelsen 2(3)\n\nAnna Berg\nKim Lind\n"
    assert "2(3)" not in join_page_breaks(later)
    first = "Styrelsemöte\n\nBostadsrättsföreningen Eken Sida 1 av 2\n\nNärvarande: Eva Lind\n"
    assert "Sida 1 av 2" in join_page_breaks(first)


def test_a_surname_first_name_is_turned_with_the_wider_given_name_list():
    text = "Holmgren Harry, ordförande ... Underskrifter Harry Holmgren Eva Strand"
    assert given_first("Holmgren Harry", text) == ("Harry Holmgren", None)


def test_a_surname_first_secretary_is_read_given_name_first_where_the_signatures_write_it_so():
    text = ("NORRVIK KOMMUN\nProtokoll\nKommunstyrelsen\nSammanträdesdatum 2024-04-02\n"
            "Beslutande: Ek Anna, ordförande, Strand Olof, Lindqvist Mona\n"
            "Övriga närvarande: Berglund Tobias, kommunsekreterare, sekreterare\n"
            "Paragrafer 1-9\nNorrvik den 2 april 2024\nAnna Ek Tobias Berglund\n\n"
            "§ 1\nSammanträdets öppnande\nOrdföranden öppnade sammanträdet.\n")
    rec = parse_text(text, "ks.txt")
    assert rec.chair == "Anna Ek"
    assert rec.secretary == "Tobias Berglund"


def test_a_sharing_site_s_frame_before_the_transcript_does_not_hide_the_letterhead():
    text = ("tisdag den 3 mars 2020 kl 18:00 Kommunkontoret Ledamöter:\n|\n- Anna Uppladdare\n- för 5 år sedan\n"
            "- Visningar:\nTranskript\n1 NORRVIKS KOMMUN KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL Nr 3/20 Tid Plats "
            "Närvarande tisdag den 3 mars 2020 kl 18:00 Kommunkontoret Ledamöter: Ek Anna, ordf. Strand Olof\n")
    rec = _parsed(text, "transkript.txt")
    assert rec.organization == "Norrviks kommun"


def test_a_regional_federation_s_letterhead_in_capitals():
    from protokoll.parse.orgforms import association_line
    assert association_line("NORRDALENS FÖRBUND PROTOKOLL") == "Norrdalens förbund"
    assert association_line("POHJOIS-NORRAN LIITTO - ÖVRE NORRDALENS FÖRBUND ÄRENDELISTA Fullmäktige 2/2019") \
        == "Övre Norrdalens förbund"
    # the form word before what it is a federation of: not this form
    assert association_line("SVERIGES FÖRBUND FÖR NORRDALSKA HUNDAR") is None


def test_a_link_s_text_glued_to_the_body_s_title_is_no_part_of_the_body():
    from protokoll.parse.bodywords import unglued
    assert unglued("protokollMiljöutskottets") == "Miljöutskottets"
    assert unglued("KULTURUTSKOTTET") == "KULTURUTSKOTTET"
    text = ("Protokoll sammanträde 2021/22:7\nNämndernas protokollMiljöutskottets protokoll 2021/22:7\n"
            "MILJÖUTSKOTTET\nPROTOKOLL\nDATUM\nTisdagen den 9 november 2021\nNÄRVARANDE\nSe bilaga\n"
            "§ 1\nJustering av protokoll\nJusterades protokoll 2021/22:6.\n")
    assert parse_text(text, "utskott.txt").body == "Miljöutskottet"


def test_bilingual_labels_with_their_finnish_translation_after_a_slash():
    text = ("PROTOKOLL / PÖYTÄKIRJA\nNorrviks kommun / Norrvikin kunta\nKommunstyrelsen / Kunnanhallitus\n"
            "Datum/Päivämäärä: 12.3.2019\nPlats/Paikka: Kommunhuset\nOrdförande/Puheenjohtaja: Anna Berg\n"
            "Sekreterare/Sihteeri: Per Holm\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n")
    rec = parse_text(text, "kaksikielinen.txt")
    assert (rec.chair, rec.secretary) == ("Anna Berg", "Per Holm")  # main: no chair, the chair read as secretary
    assert rec.place == "Kommunhuset"
    from protokoll.parse.headerlabels import label_of
    assert label_of("Ordförande/sekreterare: Eva Lind") is None  # two Swedish roles: not a translation
