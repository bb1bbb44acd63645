"""Header recall (issue 10, session 10): clock times with a decimal comma, a labelled end ("Sluttid"), the
meeting's officers elected in capitalised words. Texts invented."""

import hashlib
from pathlib import Path

from protokoll.parse import parse_text
from protokoll.pipeline import process
from protokoll.swedish.clocktimes import parse_times


def test_a_decimal_comma_after_the_clock_word():
    assert parse_times("kl 13,00-16,40") == ("13:00", "16:40")
    assert parse_times("klockan 9,30") == ("09:30", None)
    assert parse_times("Lillsalen kl 8,15–11,45 Beslutande") == ("08:15", "11:45")


def test_a_comma_without_the_clock_word_is_no_time():
    assert parse_times("punkt 3,45") == (None, None)
    assert parse_times("kl 13, 14") == ("13:00", None)  # a list after the hour, no minutes


def test_a_labelled_end_after_the_start():
    assert parse_times("Starttid 13:00 Sluttid:16:15") == ("13:00", "16:15")
    assert parse_times("Starttid 09:30 Sluttid 11.05 Plats Rummet") == ("09:30", "11:05")
    assert parse_times("Starttid 09:30 Sluttid 08.05") == ("09:30", None)  # no end before the start


def _head(header: str):
    return parse_text(f"SAMMANTRÄDESPROTOKOLL\nFritidsnämnden\n{header}\n\n§ 1 Val av justerare\nAnna Berg utses.\n",
                      "x.txt")


def test_the_place_keeps_no_comma_time():
    rec = _head("Plats och tid Grönhuset, sal Eken kl 13,00-16,40\nBeslutande Anna Berg (S), ordförande")
    assert (rec.place, rec.start, rec.end) == ("Grönhuset, sal Eken", "13:00", "16:40")


def test_starttid_and_sluttid():
    rec = _head("Tid Starttid 13:00 Sluttid:16:15\nPlats Rummet Ugglan\nBeslutande Anna Berg (S), ordförande")
    assert (rec.start, rec.end) == ("13:00", "16:15")


def test_the_meetings_officers_in_capitalised_words():
    rec = parse_text("Styrelsemöte 2024-03-04\n\nNärvarande: Tova Lind, Gustav Ek, Mira Sand\n\n1. Mötets öppnande\n"
                     "Mötet öppnas.\n\n2. Val av mötesordförande\nTova Lind väljs till Mötesordförande.\n\n"
                     "3. Val av mötessekreterare\nGustav Ek väljs till Mötessekreterare.\n\n4. Budget\nIngen ändring.\n",
                     "x.txt")
    assert (rec.chair, rec.secretary) == ("Tova Lind", "Gustav Ek")


def test_a_page_number_before_a_kind_first_running_head_is_no_item():
    text = ("1 Sammanträdesprotokoll FRITIDSNÄMNDEN Plats och tid Grönhuset, kl 14:00-15:55 Beslutande Övriga "
            "deltagande Utses att justera Valter Nordqvist (MP), ordförande Jan-Erik Lind (S) Elsa Palmqvist (S) "
            "Anders Väst (S) Kerstin Ek (S) 71 - del av 80 Rune Berg (S), ersättare för Maria Sten (S) Pia Ås (V)\n"
            ).encode()
    rec = process(Path("x.txt"), text, hashlib.sha256(text).hexdigest()).record
    assert (rec.place, rec.start, rec.end) == ("Grönhuset", "14:00", "15:55")
    assert not any(it.title.startswith("Sammanträdesprotokoll") for it in rec.items)


def test_an_item_about_minutes_is_still_an_item():
    rec = parse_text("PROTOKOLL\nFritidsnämnden\nDatum: 2021-03-03\n\n1 Protokoll från arbetsutskottet\n"
                     "Protokollet läggs till handlingarna.\n\n2 Budget\nIngen ändring.\n", "x.txt")
    assert [it.title for it in rec.items][:1] == ["Protokoll från arbetsutskottet"]


def test_signature_lines_each_opened_by_their_role():
    text = ("PROTOKOLL\nKulturnämnden\nTid och plats Gula huset, salen kl 18\nBeslutande Se bilaga 1\n"
            "Övriga närvarande Märta Ulfsdotter, sekr\nParagrafer justering\nSekreterare Märta Ulfsdotter\n"
            "Ordförande Bengt Sälg\nJusterande.. Rut Hallonqvist Ivar Lingon\nANSLAG/BEVIS Protokollet är justerat.\n")
    rec = parse_text(text, "x.txt")
    assert (rec.chair, rec.secretary) == ("Bengt Sälg", "Märta Ulfsdotter")


def test_a_row_of_names_before_their_roles_is_still_doubted():
    text = ("PROTOKOLL\nKulturnämnden\nTid och plats Gula huset kl 18\nBeslutande Se bilaga 1\n\n"
            "§ 1 Val av justerare\nRut Hallonqvist utses.\n\nUnderskrifter\n"
            "Märta Ulfsdotter Ordförande Bengt Sälg Sekreterare\n")
    rec = parse_text(text, "x.txt")
    assert rec.chair != "Bengt Sälg"


def _notes(tail: str):
    return parse_text("Minnesanteckningar\nNätverket för fritidschefer\n2024-03-05\nNärvarande: Asta Grön, Norrby; "
                      "Lars Gran, Söderby; Eva Ek, Västerby\n\n1. Mötets öppnande\nMötet öppnades.\n\n2. Budget\n"
                      f"Budgeten diskuterades.\n\n{tail}\n", "x.txt")


def test_shortened_offices_under_signed_names():
    rec = _notes("Asta Grön\nOrdf.\n\nIdun Blåbär\nSekr.")
    assert (rec.chair, rec.secretary) == ("Asta Grön", "Idun Blåbär")


def test_who_kept_the_notes():
    assert _notes("Vid anteckningarna\nIdun Blåbär").secretary == "Idun Blåbär"
    assert _notes("Anteckningar förda av Idun Blåbär").secretary == "Idun Blåbär"
    assert _notes("Minnesanteckningar förda av Idun Blåbär").secretary == "Idun Blåbär"


def _held(sentence: str):
    return parse_text("Minnesanteckningar\nNätverket för kulturchefer\nDatum: 2024-03-05\n\n1. Mötets öppnande\n"
                      f"{sentence}\n\n2. Budget\nBudgeten diskuterades.\n", "x.txt").place


def test_the_sentence_telling_where_the_meeting_was_held():
    assert _held("Mötet hölls i Folkets hus, Lillby.") == "Folkets hus, Lillby"
    assert _held("Sammanträdet ägde rum på Gamla tingshuset, kl 13.00.") == "Gamla tingshuset"
    assert _held("Ordföranden öppnade mötet. Mötet hölls i Tallsalen, Rådhuset.") == "Tallsalen, Rådhuset"


def test_no_place_from_other_meetings_or_other_words():
    assert _held("Mötet hölls i god anda.") is None
    assert _held("Mötet hölls i Kulturrådets regi.") is None
    assert _held("Förra mötet hölls i Västerby.") is None
    assert _held("Nästa möte hålls i Lillby.") is None


def _opened(sentence: str):
    return parse_text("Protokoll\nKulturnämnden\nDatum: 2024-03-05\n\n§ 1 Mötets öppnande\n"
                      f"{sentence}\n\n§ 2 Budget\nBudgeten diskuterades.\n", "x.txt").chair


def test_the_chair_opening_the_session_with_a_party():
    assert _opened("Ordföranden, Vera Strand (S), hälsar välkommen och öppnar mötet.") == "Vera Strand"
    assert _opened("Ordförande Vera Strand (M) hälsade välkommen och öppnade sammanträdet.") == "Vera Strand"
    assert _opened("Vera Strand (C) hälsade välkommen och öppnade sammanträdet.") == "Vera Strand"


def test_a_welcome_alone_names_no_chair():
    assert _opened("Vera Strand (S) hälsade välkommen.") is None
    assert _opened("Vera Strand öppnade sammanträdet.") is None  # no office, no party: a host or an official


def _summons(header: str):
    rec = parse_text(f"Kallelse\nKulturnämnden\n{header}\n\n1. Val av justerare\n\n2. Budget\n", "x.txt")
    return rec.start, rec.end


def test_a_time_with_minutes_right_after_the_date():
    assert _summons("Tisdag 5 mars 2024 09.00") == ("09:00", None)
    assert _summons("Tisdag 5 mars 2024, 09.00-11.30") == ("09:00", "11:30")
    assert _summons("Tisdag 5 mars 2024 9") == (None, None)  # a bare number after a date is no hour


def test_start_and_end_under_labels_of_their_own():
    assert _summons("Datum: 2024-03-05\nStarttid: 09.00\nSluttid: 11.30") == ("09:00", "11:30")
    assert _summons("Datum\n2024-03-05\nStarttid\n09.00\nSluttid\n11.30") == ("09:00", "11:30")
    assert _summons("Datum: 2024-03-05\nStarttid: 09.00\nSluttid: 08.30") == ("09:00", None)


def test_place_and_hours_apart_from_their_label():
    text = ("SAMMANTRÄDESPROTOKOLL\n\nNämnd\n\nSammanträdesdatum\n\nPlats och tid\nKulturnämnden\n\n2024-03-05\n\n"
            "Gula villan, sal 3, 09:00 – 14:55\nUtses att justera Rut Hallonqvist\nJusteringens\nplats och tid\n"
            "Gula villan, 2024-03-12, kl. 15:30\n\n§ 1 Val av justerare\nRut Hallonqvist utses.\n")
    rec = parse_text(text, "x.txt")
    assert (rec.place, rec.start, rec.end) == ("Gula villan, sal 3", "09:00", "14:55")


def test_no_place_hours_line_without_the_label():
    text = ("SAMMANTRÄDESPROTOKOLL\nKulturnämnden\nDatum 2024-03-05\n\nGula villan, sal 3, 09:00 – 14:55\n\n"
            "§ 1 Val av justerare\nRut Hallonqvist utses.\n")
    rec = parse_text(text, "x.txt")
    assert rec.place != "Gula villan, sal 3" or rec.start is not None  # read, if at all, by the rules before


def test_the_summons_signed_by_chair_and_secretary_at_its_head():
    text = ("KUNGÖRELSE\nKommunfullmäktige\nTid för sammanträde måndagen den 3 juni 2024 kl. 18:30\n"
            "Lokal Gula villan, Lillby\nVera Strand\nOrdförande\nIdun Blåbär\nSekreterare Ärenden\n\n"
            + "".join(f"{n} Ärende nummer {n}\nHandlingar bifogas.\n\n" for n in range(1, 12)))
    rec = parse_text(text, "x.txt")
    assert (rec.chair, rec.secretary) == ("Vera Strand", "Idun Blåbär")


def test_two_names_over_the_same_role_name_no_chair():
    text = ("KUNGÖRELSE\nKommunfullmäktige\nTid för sammanträde måndagen den 3 juni 2024 kl. 18:30\n"
            "Vera Strand\nSekreterare\nIdun Blåbär\nSekreterare Ärenden\n\n1 Val av justerare\n\n2 Budget\n")
    assert parse_text(text, "x.txt").chair is None
