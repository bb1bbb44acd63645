"""The meeting date of a document whose header ends before any date: only a date that writes its year."""

from protokoll.parse import parse_text

FLAT = ("Minnesanteckningar Samverkansgruppen Plats: Kommunhuset, Björkvik Närvarande: Anna Berg, Björkvik "
        "Erik Holm, Sjöhamn 1. Föregående protokoll Protokollet från mötet {when} lades till handlingarna. "
        "2. Budget 2019 Ekonomichefen redogjorde för läget. 3. Övriga frågor Inga övriga frågor.")


def test_a_year_less_date_in_an_item_is_not_the_meeting_date():
    record = parse_text(FLAT.format(when="den 23 april"), source="flat.txt")
    assert record.date is None


def test_a_full_date_in_the_flattened_text_is_taken():
    text = FLAT.replace("1. Föregående", "Tisdagen den 14 maj 2019 kl 13.00 1. Föregående")
    record = parse_text(text.format(when="den 23 april"), source="flat.txt")
    assert record.date == "2019-05-14"


def test_the_anslag_box_gives_the_meeting_date_over_the_justering_date():
    from protokoll.parse import parse_text

    text = ("Utses att justera Per Ek\nJusteringens plats och tid\nMåndagen den 19 september 2016, Kansliet\n"
            "Sekreterare Lisa Ström\n\nAnslag/Bevis\nProtokollet är justerat. Justeringen har tillkännagivits genom "
            "anslag Organ och\nsammanträdesdatum Barn- och utbildningsnämnden 2016-09-15\n\n§ 54 Budget\nGodkändes.\n")
    assert parse_text(text, "x.txt").date == "2016-09-15"
    labelled = "PROTOKOLL\nDatum: 2016-09-12\n\nSammanträdesdatum 2016-09-15 (föregående möte)\n\n§ 1 Budget\n"
    assert parse_text(labelled, "x.txt").date == "2016-09-12"


def test_a_sharing_sites_download_line_keeps_the_date_the_page_title_lost():
    from protokoll.parse import parse_text

    page = ('Kommunstyrelsens arbetsutskott Plats och tid Kommunhuset, s-rum 5 och :15-12:30\n\nStorlek: px\n'
            'Download "Kommunstyrelsens arbetsutskott 2012-12-19. Plats och tid Kommunhuset 8:15-12:30"\n\n'
            "Transkript\n\nJusteringens plats och tid Kansliet, fredagen den 21 december 2012 kl. 08:00\n\n"
            "§ 139 Budget\nGodkändes.\n")
    rec = parse_text(page, "x.txt")
    assert (rec.date, rec.start, rec.end) == ("2012-12-19", "08:15", "12:30")
    labelled = page.replace("Transkript\n\n", "Transkript\n\nDatum: 2012-12-18\n")
    assert parse_text(labelled, "x.txt").date == "2012-12-18"
