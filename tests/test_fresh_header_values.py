"""Header values that fresh real documents got wrong (issue 10, h20): a wrong date, place or kind is worse than
none. Each document here is written for the test, in the layouts web extracts give."""

from protokoll.parse.assemble import parse_text


def _parse(text: str):
    return parse_text(text, "t.txt")


def test_a_time_split_by_the_extract_is_no_part_of_the_place():
    rec = _parse("Byggnadsnämnden\nSammanträdesprotokoll\n"
                 "Plats och tid Lindrummet 13:00 - 15:4 5 Närvarande ledamöter Per Holm (S), ordförande\n"
                 "Datum 2020-03-11\n\n§ 1 Val av justerare\nEva Dahl utses.\n")
    assert rec.place == "Lindrummet"


def test_a_break_in_the_meeting_ends_the_place():
    rec = _parse("Kulturnämnden\nSammanträdesprotokoll\n"
                 "Plats och tid 2021-02-03 Kommunhuset, sal 4 Björken, kl 18:00-20:30 Uppehåll i sammanträdet "
                 "19:10-19:20\n\n§ 1 Val av justerare\nEva Dahl utses.\n")
    assert rec.place == "Kommunhuset, sal 4 Björken"


def test_a_role_opening_a_hybrid_meetings_place_is_no_part_of_it():
    rec = _parse("Regionstyrelsen\nSammanträdesprotokoll\n"
                 "Plats och tid Ordförande - Ekrummet, Residenset. Ledamöter - på distans., 3 mars 2021, klockan\n\n"
                 "§ 1 Val av justerare\nEva Dahl utses.\n")
    assert rec.place == "Ekrummet, Residenset"


def test_a_committee_of_a_double_named_board_is_the_committee():
    rec = _parse("Kallelse\nSammanträde med Miljö- och hälsoskyddsnämndens arbetsutskott\n"
                 "Tid: Tisdagen den 7 oktober 2014, kl 13.00\nPlats: Stadshuset, rum 3\n\n"
                 "Ärendelista\n1. Val av justerare\n2. Remiss om avfallsplan\n")
    assert rec.body == "Miljö- och hälsoskyddsnämndens arbetsutskott"


def test_a_body_label_naming_the_meeting_gives_the_body():
    from protokoll.parse.bodysigns import labelled_body
    assert labelled_body("Vård- och omsorgsnämndens sammanträde Datum för") == "Vård- och omsorgsnämnden"
    assert labelled_body("Direktionens möte") == "Direktionen"
    assert labelled_body("Socialnämnden") == "Socialnämnden"
    assert labelled_body("Protokollet är justerat") is None


def test_six_digits_that_read_two_ways_give_no_date():
    rec = _parse("Styrelsemöte 021109\n\nDeltagare: Anna Berg, Per Holm\n\nVi planerar nästa träff i november.\n")
    assert rec.date is None
    assert any(e.path == "date" and e.rule.startswith("uncertain: a six-digit date") for e in rec.evidence)


def test_six_digits_that_read_one_way_or_are_confirmed_keep_their_date():
    assert _parse("Styrelsemöte 981025\n\nDeltagare: Anna Berg, Per Holm\n").date == "1998-10-25"
    rec = _parse("Styrelsemöte 021109\n\nDeltagare: Anna Berg, Per Holm\n\nBudget för 2002 godkändes.\n")
    assert rec.date == "2002-11-09"


def test_the_title_lines_date_over_a_posting_date_above_it():
    rec = _parse("tisdag 14 maj 2019\n\nProtokoll fört vid Ekbackens hembygdsförenings styrelsemöte 2019-05-06\n\n"
                 "Närvarande: Anna Berg, Per Holm, Eva Dahl\n\n§1. Mötet öppnades.\n§2. Dagordningen godkändes.\n")
    assert rec.date == "2019-05-06"


def test_a_date_line_above_a_title_without_a_date_stays_the_date():
    rec = _parse("tisdag 14 maj 2019\n\nProtokoll fört vid Ekbackens hembygdsförenings styrelsemöte\n\n"
                 "Närvarande: Anna Berg, Per Holm, Eva Dahl\n\n§1. Mötet öppnades.\n")
    assert rec.date == "2019-05-14"


def test_a_page_listing_a_coming_meetings_matters_is_an_agenda():
    rec = _parse("Protokoll, kallelse och föredragningslista, miljönämnden\n\n"
                 "Förteckning över miljönämndens ärenden den 12 mars 2018\n\n"
                 "Tid Måndagen den 12 mars 2018 klockan 13.00\n\nPlats Stadshuset, sal 2\n\n"
                 " 1. Val av justerare\n 2. Tillsynsplan 2018\n 3. Delegeringsbeslut\n 4. Övrigt\n")
    assert rec.kind == "agenda"


def test_a_heading_listing_kinds_names_none():
    from protokoll.parse.body import read_kind
    from protokoll.parse.lines import Line
    assert read_kind([Line("Kallelser och protokoll", 0)]) is None
    assert read_kind([Line("Kallelse och handlingar publiceras före sammanträdet", 0)]) == "agenda"
    assert read_kind([Line("KALLELSE OCH FÖREDRAGNINGSLISTA", 0)]) == "agenda"


def test_an_untitled_page_with_a_paragraph_number_line_is_a_protocol():
    rec = _parse(" •   1\n\n  Mötet öppnas\n\n •   2\n\n  Val av justerare\n\n"
                 " • Ordföranden hälsar välkommen och öppnar sammanträdet.\n\n • § 12\n\n  Val av justerare\n\n"
                 " • Eva Dahl väljs att justera.\n")
    assert rec.kind == "protocol"
