"""Place, hours and secretary as pages nobody tuned for write them (issue 10, h32): what a flattened header glues
to a place is cut, a range whose dash was dropped keeps its end, and the secretary elected in a lower-case
clause or listed as "protokollförare" is read."""

from protokoll.parse import parse_text
from protokoll.parse.labelhours import lost_dash_end
from protokoll.parse.placeforms import cut_first_item
from protokoll.parse.placetrim import trim_place
from protokoll.parse.secretaries import elected_unitemised, signed


def test_a_clock_word_opening_the_place_goes():
    assert trim_place("kl Lärosal B4, Norraskolan") == "Lärosal B4, Norraskolan"
    assert trim_place(" klockan Kulturhuset") == "Kulturhuset"
    assert trim_place("Klostergatan 3") == "Klostergatan 3"  # a word that only begins with the letters stays


def test_the_tail_of_a_cut_attendance_label_ends_the_place():
    assert trim_place("Stadshuset, vån 2 ande Ledamöter Anna Berg") == "Stadshuset, vån 2"
    assert trim_place("Folkets hus, sal B rande") == "Folkets hus, sal B"
    assert trim_place("Andersbergsskolan, Anden") == "Andersbergsskolan, Anden"  # capitalised: a name


def test_the_first_items_number_after_the_place_goes_but_a_rooms_or_streets_stays():
    assert cut_first_item("Kommunhuset, lokal Kronan 1. Föredragningslista") == "Kommunhuset, lokal Kronan"
    assert cut_first_item("Skolan, sal 1. Närvarande") == "Skolan, sal 1. Närvarande"
    assert cut_first_item("Storgatan 1. Mötet öppnas") == "Storgatan 1. Mötet öppnas"
    assert cut_first_item("Kommunhuset, plan 2") == "Kommunhuset, plan 2"


def test_a_range_whose_dash_was_dropped():
    assert lost_dash_end("kl 09:30 12:30", "09:30") == "12:30"
    assert lost_dash_end("18.00 20.30", "18:00") == "20:30"
    assert lost_dash_end("18:00 Middag 20:30", "18:00") is None  # a timetable, not a range
    assert lost_dash_end("18:00 16:30", "18:00") is None  # the end before the start
    assert lost_dash_end("09:00 12:30", "10:00") is None  # not the start read


def test_the_record_reads_place_and_hours_of_a_flattened_annual_meeting():
    rec = parse_text("1 Protokoll från årsmöte (4) Norrbygdens fiskevårdsförening PROTOKOLL FÖRT VID NORRBYGDENS "
                     "FISKEVÅRDSFÖRENINGS ÅRSMÖTE Tid: 2019-04-11, kl 09:30 12:30 Plats: Bygdegården, lokal Kronan 1. "
                     "Föredragningslista enligt stadgarna a) Ordföranden hälsade alla välkomna till årsmötet och "
                     "förklarade mötet öppnat. b) Val av ordförande och sekreterare för mötet Till ordförande valdes "
                     "Anna Berg och till sekreterare valdes Per Holm. c) Föredragning av styrelsens berättelse Anna "
                     "Berg redogjorde för verksamheten.\n", "x.txt")
    assert (rec.place, rec.start, rec.end) == ("Bygdegården, lokal Kronan", "09:30", "12:30")
    assert rec.secretary == "Per Holm"
    plain = parse_text("Protokoll\nStyrelsen\nTid: 2019-04-11 kl 18:00 20:30\nPlats: Bygdegården\n\n"
                       "1. Mötets öppnande\nMötet öppnades.\n", "x.txt")
    assert (plain.start, plain.end) == ("18:00", "20:30")


def test_an_election_in_a_run_without_items_is_read_only_before_the_associations_own():
    assert elected_unitemised("a) Mötet öppnades. b) Till ordförande valdes Anna Berg och till sekreterare för "
                              "mötet valdes Per Holm. c) Styrelsens berättelse") == "Per Holm"
    # the association's board elected: its secretary is no minute-taker of this meeting
    assert elected_unitemised("a) Mötet öppnades. b) Val av styrelse. Till sekreterare valdes Per Holm.") is None


def test_a_minute_taker_listed_with_the_title_after_a_comma():
    text = ("Närvarande Anna Berg, ordförande Per Holm Övriga närvarande Kansliet Eva Lind, protokollförare "
            "Karl Ek, delvis 1 Mötets öppnande Anna Berg förklarade mötet öppnat.")
    assert signed(text, [], "Anna Berg") == "Eva Lind"
    assert signed("Eva Lind, sekreterare i föreningen sedan 2010", [], None) is None  # a title, not this meeting's


def test_names_above_their_roles_on_the_lines_under_them():
    text = "Övriga frågor\nKarin Ek\nOrdförande\nPer Holm\nSekreterare Meddela förhinder till kansliet."
    assert signed(text, [], None) == "Per Holm"
    # the role followed by a colon is a label whose value follows: the name above is not its value
    assert signed("Övriga frågor\nKarin Ek\nSekreterare:\nMeddela förhinder till kansliet.", [], None) is None
    # a name after the role: the role may be that name's label, so the name above is not read
    assert signed("Justerare\nKarin Ek\nSekreterare\nPer Holm och Eva Lind", [], None) != "Karin Ek"


def _minutes(body: str):
    return parse_text("Protokoll\nStyrelsen\nDatum: 2019-03-04\nPlats: Bygdegården\n\n1. Mötets öppnande\n" + body, "x.txt")


def test_hours_from_the_opening_and_closing_sentences_in_every_tense():
    rec = _minutes("Sammanträdet öppnas kl 13.05.\n\n2. Avslutning\nSammanträdet avslutas kl 15.40.\n")
    assert (rec.start, rec.end) == ("13:05", "15:40")
    rec = _minutes("Mötet öppnades klockan 18.30.\n\n2. Mötets avslutande\nMötet avslutades 20.45.\n")
    assert (rec.start, rec.end) == ("18:30", "20:45")
    rec = _minutes("Mötet öppnades kl 18.30.\n\n2. Mötets avslutande\nMötet avslutades, se paragraf 12.\n")
    assert rec.end is None  # no time written with the closing


def test_a_break_is_not_the_end():
    rec = parse_text("Protokoll\nStyrelsen\nPlats och tid: Kommunhuset, 2019-03-04, kl 09.00, ajournering "
                     "10.00–10.15\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n", "x.txt")
    assert (rec.start, rec.end) == ("09:00", None)


def test_every_way_a_signature_names_the_minute_taker():
    head = "Protokoll\nStyrelsen\nDatum: 2019-03-04\n\n1. Budget\nBudgeten diskuterades.\n\n"
    for tail in ("Vid pennan\nEva Lind\n", "Antecknat av Eva Lind\n", "Justeras: Anna Berg Sekreterare: Eva Lind\n",
                 "Protokollet fördes av Eva Lind.\n", "Sekr. Eva Lind\n"):
        assert parse_text(head + tail, "x.txt").secretary == "Eva Lind", tail
    listed = parse_text("Protokoll\nStyrelsen\nDatum: 2019-03-04\nNärvarande: Anna Berg (ordf.), Per Holm, Eva Lind "
                        "(sekr.)\n\n1. Budget\nBudgeten diskuterades.\n", "x.txt")
    assert listed.secretary == "Eva Lind"


def test_the_justerings_place_is_not_the_meetings():
    for text in ("Protokoll Kommunstyrelsen Datum 2019-03-04 Beslutande Anna Berg (S) ordförande Per Holm (M) "
                 "Justering Plats och tid Kommunhuset 2019-03-10 Paragrafer 1-5 § 1 Val av justerare Per Holm utses.",
                 "Protokoll\nKommunstyrelsen\nDatum 2019-03-04\nBeslutande Anna Berg (S) ordförande\nJustering\n"
                 "Plats och tid Kommunhuset 2019-03-10\n\n§ 1 Val av justerare\nPer Holm utses."):
        assert parse_text(text, "x.txt").place is None
    both = parse_text("Protokoll\nKommunstyrelsen\nPlats och tid Stadshuset 2019-03-04 kl 13.00\nBeslutande Anna Berg (S) "
                      "ordförande\nJustering\nPlats och tid Kommunhuset 2019-03-10\n\n§ 1 Val av justerare\n"
                      "Per Holm utses.", "x.txt")
    assert (both.place, both.start) == ("Stadshuset", "13:00")


def test_a_place_label_inside_an_items_sentence_is_no_place():
    rec = parse_text("Minnesanteckningar\nArbetsgruppen\n2019-03-04\n\n1. Lokaler\nGruppen diskuterade lokalfrågan. "
                     "Plats: Folkets hus föreslogs för höstens konferens.\n", "x.txt")
    assert rec.place is None
    flat = parse_text("Minnesanteckningar Arbetsgruppen 2019-03-04 Plats: Folkets hus, sal B Närvarande Anna Berg "
                      "1. Lokaler Gruppen diskuterade lokalfrågan.\n", "x.txt")
    assert flat.place == "Folkets hus, sal B"


def test_the_end_of_a_range_whose_start_lost_its_hour():
    rec = parse_text("Protokoll\nStyrelsen\nPlats och tid: Folkets hus, Norrby Torsdag den 6 juni 2019 :00 12:00\n\n"
                     "1. Mötets öppnande\nOrdföranden öppnade mötet.\n", "x.txt")
    assert (rec.start, rec.end) == (None, "12:00")
    # a cut time somewhere else than right after the meeting's date is not read
    other = parse_text("Protokoll\nStyrelsen\nDatum: 2019-06-06\nPlats: Folkets hus\n\n1. Mötets öppnande\n"
                       "Ordföranden öppnade mötet. Tåget gick :00 12:00.\n", "x.txt")
    assert other.end is None


def test_the_justerings_place_and_hours_with_the_justerare_named_between():
    rec = parse_text("Protokoll\nKulturnämnden\n\nJustering\nJusterare Karin Ek (S)\nPlats och tid Förvaltningen, "
                     "Storgatan 3 den 8 maj klockan 11:00 11:30 Justerade paragrafer\n\n§ 1 Val av justerare\n"
                     "Karin Ek utses.\n", "x.txt")
    assert (rec.place, rec.start, rec.end) == (None, None, None)


def test_more_labels_glued_after_the_place_and_a_bare_clock_before_a_semicolon():
    assert trim_place("Stadshuset, sessionssalen, Norrby Dag och tid Tisdag") == "Stadshuset, sessionssalen, Norrby"
    assert trim_place("Fullmäktigesalen, Stadshuset Tidpunkt Tisdagen") == "Fullmäktigesalen, Stadshuset"
    assert trim_place("Förvaltningskontoret, Justerade paragrafer 36-59") == "Förvaltningskontoret"
    assert trim_place("Rådhuset, kl ;") == "Rådhuset"


def test_a_breaks_hours_in_the_label_value_are_not_the_meetings():
    rec = parse_text("Protokoll\nStyrelsen\nPlats och tid Förvaltningskontoret, måndagen den 4 mars 2019 Ajournering "
                     "09.06-09.07 10.20-10.37\n\n§ 1 Val av justerare\nPer Holm utses.\n", "x.txt")
    assert (rec.start, rec.end) == (None, None)
    kept = parse_text("Protokoll\nStyrelsen\nPlats och tid Kommunhuset, 2019-03-04 kl 09.00–12.00, ajournering "
                      "10.00–10.15\n\n§ 1 Val av justerare\nPer Holm utses.\n", "x.txt")
    assert (kept.start, kept.end) == ("09:00", "12:00")


def test_a_weekday_a_label_run_a_titled_official_or_a_calendar_is_no_part_of_a_place():
    assert trim_place("Kommunhuset, Norrby Tisdag") == "Kommunhuset, Norrby"
    assert trim_place("Sjösalen, Kommunhuset (plan 2) måndag Anna Berg (M)") == "Sjösalen, Kommunhuset (plan 2)"
    assert trim_place("DATUM OCH TID FÖR MÖTET Ekgården, Storgatan 8") == "Ekgården, Storgatan 8"
    assert trim_place("OBS! Hörsalen, Skolvägen 3") == "Hörsalen, Skolvägen 3"
    assert trim_place("B-salen, Norrby kommun Anna Berg Förvaltningssekreterare") == "B-salen, Norrby kommun"
    assert trim_place("Augusti Söndag Måndag") == ""
    assert trim_place("Söndagsskolan, Kyrkvägen 2") == "Söndagsskolan, Kyrkvägen 2"  # a word that only begins so
