"""parse.contents: a flattened contents list whose titles name motions with their authors and the authors' party
codes ("Motion av Anna Berg (mp), Per Ek (v) och ... - Title"): such a title is long, and the party codes are not
counted among its words, so the list is still read; a run with one piece of running text stays unread."""

from protokoll.parse import parse_text

HEAD = ("SAMMANTRÄDESPROTOKOLL Sid 1 (40) Plats och tid Folkets hus, Norrby Måndagen den 3 mars 2014 Utses att justera "
        "Lena Ek och Bo Falk Underskrifter Sekreterare Eva Holm Ordförande Nils Dahl")
RUN = ("Information från kultur- och fritidsnämnden Information från revisorerna Riktlinjer för föreningsstöd "
       "Delgivningar Motion av Lena Ek (s) och Bo Falk (s) - Gemensam ungdomsgård Motion av Eva Ås (mp), Per Ling (v) "
       "och Siv Ode (c) - Belysning längs gång- och cykelvägen")


def test_a_motion_title_with_its_authors_party_codes_does_not_stop_the_list():
    text = f"1 {HEAD}\n\n2 SAMMANTRÄDESPROTOKOLL Sid 2 (40) INNEHÅLLSFÖRTECKNING SIDAN {RUN}\n"
    assert [i.title for i in parse_text(text, "t.txt").items] == [
        "Information från kultur- och fritidsnämnden", "Information från revisorerna", "Riktlinjer för föreningsstöd",
        "Delgivningar", "Motion av Lena Ek (s) och Bo Falk (s) - Gemensam ungdomsgård",
        "Motion av Eva Ås (mp), Per Ling (v) och Siv Ode (c) - Belysning längs gång- och cykelvägen"]


def test_a_piece_of_running_text_in_the_run_still_stops_it():
    prose = ("Nämnden har under året arbetat med många frågor som rör skolan och förskolan och kommer att fortsätta "
             "arbetet under nästa år med stöd av förvaltningen")
    text = f"1 {HEAD}\n\n2 SAMMANTRÄDESPROTOKOLL Sid 2 (40) INNEHÅLLSFÖRTECKNING SIDAN {RUN} {prose}\n"
    assert parse_text(text, "t.txt").items == []
