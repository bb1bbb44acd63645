"""A date found by no label is not the meeting's when the signing or the posting of the minutes is written
just before it (parse/confidence.SIGNING_OR_POSTING): the record leaves the date open and says why."""

from protokoll.parse import parse_text


def _date(text: str) -> tuple[str | None, list[str]]:
    rec = parse_text(text, "x.txt")
    return rec.date, [e.rule for e in rec.evidence if e.path == "date"]


def test_the_date_of_justeringens_datum_plats_och_tid_is_the_signing():
    date, rules = _date("Ungdomsrådet\nProtokoll\nNärvarande Lena Ek, Per Holm\nJusterare Per Holm Justeringens "
                        "datum, plats och tid 2019-05-14 kommunhuset\n§ 1 Öppnande\nMötet öppnades.\n")
    assert date is None
    assert any(r.startswith("uncertain: a date after a justering label") for r in rules)


def test_the_date_after_anslag_bevis_is_the_posting():
    date, rules = _date('Download "ANSLAG/BEVIS 2016-04-20 2016-05-12. Socialförvaltningen"\n\n'
                        "1 SAMMANTRÄDESPROTOKOLL Plats och tid Rådhuset, kl 18:30 Beslutande Lena Ek (S), ordförande\n"
                        "§ 1 Information\nNämnden har tagit del av informationen.\n")
    assert date is None
    assert any(r.startswith("uncertain:") for r in rules)


def test_the_date_to_sign_by_in_an_item_is_not_the_meetings():
    date, _ = _date("PROTOKOLL\nKultur- och fritidsnämnden\nPlats och tid Biblioteket, kl 18.00\n\n§ 3 Val\n"
                    "Lena Ek (S) utses att justera protokollet den 12 mars 2018 tillsammans med ordföranden.\n")
    assert date is None


def test_a_labelled_meeting_date_stays():
    date, _ = _date("PROTOKOLL\nKultur- och fritidsnämnden\nSammanträdesdatum 2018-03-05\nPlats och tid Biblioteket\n"
                    "Justeringens datum, plats och tid 2018-03-12 kommunhuset\n§ 1 Öppnande\nMötet öppnades.\n")
    assert date == "2018-03-05"


def test_a_day_and_month_in_running_text_gets_no_year_from_another_sentence():
    text = ("BRUKARRÅDET\n\nNärvarande: Anna, Per, Lena och Olle.\n\n"
            "Vid träffen den 7/3 läste vi rådets regler tillsammans och valde ut några frågor som vi ville arbeta "
            "vidare med, och vi bokade även träffar ända fram till hösten 2014.\n")
    date, rules = _date(text)
    assert date is None
    assert any("year is not certain" in r for r in rules)


def test_a_day_and_month_in_the_title_line_keeps_the_year_the_text_gives():
    text = ("Protokoll fört vid styrelsemöte den 11 september\nNärvarande: Anna Berg, Per Holm\n\n"
            "1. Ekonomi\nKassören redovisade bokslutet för 2018 och budgeten.\n")
    assert _date(text)[0] == "2018-09-11"


def test_a_number_after_nr_is_not_the_date():
    text = ("STYRELSEPROTOKOLL NR 4/12 fört vid styrelsemöte på kansliet söndagen den 11 mars 2012 kl 10 "
            "Närvarande Anna Berg, Per Holm\n\n1. Mötets öppnande\nMötet öppnades.\n")
    assert _date(text)[0] == "2012-03-11"


def test_a_meeting_date_label_followed_by_the_posting_label_gets_no_date():
    text = ("SAMMANTRÄDESPROTOKOLL 1 (12)\nPlats och tid Kommunkontoret, kl\nBeslutande Lena Ek (S), ordförande\n"
            "ANSLAG/BEVIS Protokollet är justerat.\nOrgan Kulturnämnden\nSammanträdesdatum\n"
            "Datum för anslags uppsättande 3 maj 2016\nDatum för anslags nedtagande 25 maj 2016\n\n"
            "§ 1 Information\nNämnden har tagit del av informationen.\n")
    date, rules = _date(text)
    assert date is None
    assert any("posting" in r for r in rules)
