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


# a date inside an item's text dates another event (the previous minutes, a decision, a deadline, a law): where no
# header, title or label dates the meeting, the date is left null
OTHER_EVENTS = [
    FLAT.format(when="2019-04-23"),
    "Protokoll styrelsemöte\n\nNärvarande: Anna Berg, Erik Holm\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet."
    "\n\n§ 2 Föregående protokoll\nProtokollet från den 12 mars 2018 godkändes.\n\n§ 3 Remiss\n"
    "Svar ska lämnas senast 30 april 2018.\n",
    "Protokoll Kulturnämnden\n\nNärvarande: Anna Berg, Erik Holm\n\n1. Lag (2009:400) om arkiv, beslutad den "
    "5 maj 2010.\n2. Budget\nGodkändes.\n",
    "Närvarande: Anna Berg, Erik Holm\nFöredragande: Per Ek\n\n§ 12 Detaljplan för Norrby\nKommunstyrelsen "
    "beslutade 2015-03-02 att ge uppdrag. Planen antogs 2016-01-20.\n",
    "Protokoll styrelsemöte\n\nNärvarande: Anna Berg, Erik Holm\n\n§ 1 Remiss\nSista tid: 30 april 2018 för svar.\n"
    "§ 2 Budget\nGodkändes.\n",
    "Minnesanteckningar nätverket\nNärvarande: Lisa Ek, Sjövik, Per Holm, Norrby\n\n1. Uppföljning\nUppdraget "
    "från mötet 12 oktober 2021 redovisades.\n2. Nästa steg\nRapporten lämnas senast 2022-01-31.\n",
]


def test_a_date_inside_an_items_text_is_not_the_meeting_date():
    for text in OTHER_EVENTS:
        assert parse_text(text, source="flat.txt").date is None, text[:40]


def test_a_title_read_as_the_first_item_still_dates_the_meeting():
    text = ("1\n1 PROTOKOLL FÖRT VID FÖRENINGEN VÅRDKASENS STYRELSEMÖTE ONSDAGEN DEN 4 MARS 2015\n\n"
            "2 Föregående protokoll\nProtokollet från den 4 februari 2015 godkändes.\n\n3 Budget\nGodkändes.\n")
    assert parse_text(text, source="flat.txt").date == "2015-03-04"


def test_a_date_the_items_write_as_the_meetings_own_is_still_read():
    opened = ("Protokoll styrelsemöte\n\nNärvarande: Anna Berg, Erik Holm\n\n1. Mötets öppnande\nOrdföranden "
              "förklarade mötet öppnat 18.05 den 9 oktober 2017.\n2. Budget\nBudgeten för 2018 antogs.\n")
    assert parse_text(opened, source="x.txt").date == "2017-10-09"
    day = ("Minnesanteckningar Länsrådet\n\n1 Sjövik Norrby Ekås Minnesanteckningar Länsrådet Dag onsdagen den 5 "
           "april 2017 Tid 13-16\n\n2. Föregående möte\nAnteckningarna från den 1 mars 2017 lades till handlingarna.\n")
    assert parse_text(day, source="x.txt").date == "2017-04-05"
    earlier = opened.replace("förklarade mötet öppnat 18.05 den 9 oktober 2017", "hänvisade till protokollet "
                             "från mötet den 9 oktober 2017")
    assert parse_text(earlier, source="x.txt").date is None


# notes without numbered items: the whole text is read as the header; a date its sentences give another event
# (earlier minutes, a deadline, a decision, a law) is not the meeting's
def test_a_header_sentences_date_of_another_event_is_not_the_meeting_date():
    notes = ("Anteckningar från träff med föreningsrådet\n\nNärvarande: Lisa Ek, Per Holm, Eva Ström\n\n"
             "Vi gick igenom anteckningarna från mötet den 12 oktober 2021. Bidraget ska sökas senast 2022-01-31.\n")
    law = ("Protokoll\nFöreningen Ekbacken\nNärvarande: Lisa Ek, Per Holm\n"
           "Lagen (2018:123) om föreningar trädde i kraft den 1 januari 2019 och diskuterades.\n")
    flat = ("Minnesanteckningar nätverket Närvarande: Lisa Ek, Sjövik Per Holm, Norrby 1. Uppföljning Uppdraget "
            "från mötet 12 oktober 2021 redovisades. 2. Nästa steg Rapporten lämnas senast 2022-01-31.")
    for text in (notes, law, flat):
        assert parse_text(text, source="x.txt").date is None, text[:30]
    title = "Minnesanteckningar från mötet 12 oktober 2021\n\nNärvarande: Lisa Ek, Per Holm\n\nInget togs upp.\n"
    assert parse_text(title, source="x.txt").date == "2021-10-12"
