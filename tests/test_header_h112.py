"""Organisation, body and secretary forms from the h112 wild set (issue 10): a federation's body in its genitive
with the federation named once, a letterhead's owner over its committee, the next role of a signature block written
as a label with its full stop, the paragraphs a signature covers between the secretary's label and her name.
Invented text only."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.orgowners import federation_owner
from protokoll.parse.roleholder import role_holder
from protokoll.parse.secretaries import signed


def test_a_federation_s_genitive_body_takes_the_federation_named_once():
    text = ("Protokoll\n\n1 12 Organ: Plats och tid: Regionförbundets arbetsutskott Regionförbundet i Norrdala län "
            "Tisdagen den 4 mars 2025, kl 09.00 Närvarande: Olle Holm ordförande Kim Lind Eva Berg\n\n"
            "§ 12 Godkännande av dagordning\nDagordningen godkänns.\n")
    rec = parse_text(text, "rf.txt")
    assert rec.body == "Regionförbundets arbetsutskott"
    assert rec.organization == "Regionförbundet i Norrdala län"


def test_a_genitive_body_of_another_kind_of_federation_takes_none():
    # the body is the regionförbund's; the one federation named is a samordningsförbund, named once
    text = "Regionförbundets styrelse sammanträdde. Samordningsförbundet Västdal deltog med en rapport."
    assert federation_owner("Regionförbundets styrelse", text) is None
    assert federation_owner("Kommunstyrelsen", "Regionförbundet i Norrdala län") is None


def test_a_letterhead_owner_over_its_committee_names_the_committee():
    text = ("REGIONSTYRELSEN Arbetsutskottet Sammanträdesprotokoll\n\n"
            "Tid och plats Onsdagen den 5 mars 2025 kl 13.00 Regionhuset, Åsby\n\n"
            "§ 3 Val av justerare\nKim Lind utses att justera protokollet.\n")
    assert parse_text(text, "au.txt").body == "Regionstyrelsens arbetsutskott"
    text = "Kommunstyrelsen\nPersonalutskottet\nProtokoll 2025-03-05\n\n§ 1 Val av justerare\nKim Lind utses.\n"
    assert parse_text(text, "pu.txt").body == "Kommunstyrelsens personalutskott"


def test_the_next_role_written_as_a_label_ends_the_secretary_s_value():
    value = "Anna Berg Ordförande. Olle Holm Justerare. Kim Lind"
    assert role_holder(value, "other").name == "Anna Berg"
    assert role_holder("Anna Berg Ordförande Olle Holm", "other").name == "Anna Berg"


def test_a_flattened_block_with_labels_and_full_stops_keeps_chair_and_secretary_apart():
    text = ("SAMMANTRÄDESPROTOKOLL 1 (9) Plats och sammanträdestid Beslutande Ledamöter Skolan, Åsby klockan 18:00 "
            "Olle Holm (S) Kim Lind (M) Eva Dahl (C) Övriga deltagare Tjänstemän Anna Berg; Nämndsekreterare "
            "Justering Justerare Kim Lind (M) Underskrifter Sekreterare. Anna Berg Ordförande. Olle Holm "
            "Justerare. Kim Lind\n\n§ 1 Val av justerare\nKim Lind utses att justera protokollet.\n")
    rec = parse_text(text, "bun.txt")
    assert rec.secretary == "Anna Berg"
    assert rec.chair != "Anna Berg"


def test_the_paragraphs_a_signature_covers_stand_between_the_label_and_the_name():
    text = ("Utses att justera Kim Lind Justeringens plats och tid Kommunkansliet, Åsby 12 mars 2025 "
            "Sekreterare.. Paragraf 6-16 Anna Berg Ordförande Justerare Olle Holm Kim Lind")
    assert signed(text, [], None) == "Anna Berg"
    assert signed("Sekreterare .. Paragrafer § 6 och 7 Anna Berg", [], None) == "Anna Berg"


def test_a_board_meeting_s_title_is_no_board_election_before_the_secretary():
    from protokoll.parse.secretaries import elected_unitemised
    text = ("Protokoll från styrelsemötet 3 mars\n\nMötets öppnande Mötet förklarades öppnat. Närvaro Anna Berg "
            "Olle Holm Kim Lind Val av mötesordförande Olle Holm valdes enhälligt till mötesordförande. Val av "
            "mötessekreterare Anna Berg valdes enhälligt till sekreterare. Val av justerare Kim Lind valdes.")
    assert elected_unitemised(text) == "Anna Berg"
    # an election of the board's officers is still no meeting's secretary
    assert elected_unitemised("Val av styrelse. Anna Berg valdes till sekreterare.") is None


def test_a_signature_line_name_comma_secretary():
    text = "2 Anna Berg, sekreterare Justerat den 9 mars Olle Holm (S), ordförande Kim Lind (M), justerare\n"
    assert signed(text, [], "Olle Holm") == "Anna Berg"
    assert signed("Anna Berg, sekreterare i Åsby idrottsförening, informerade.", [], None) is None


def test_the_clerk_s_title_as_the_signature_label():
    text = "Ordförande Justerare Olle Holm Kim Lind Nämndsekreterare: Anna Berg\n"
    assert signed(text, [], None) == "Anna Berg"


def test_a_short_name_s_board_names_the_organisation():
    text = ("1(1) Åsby den 2 maj 2025 Dagordning NORVABs styrelse sammanträder fredagen den 16 maj 2025 kl 10 "
            "Plats: Konferensrummet, Åsbyverket 1 Mötets öppnande 2 Val av justeringsmän 3 Övriga frågor\n")
    rec = parse_text(text, "norvab.txt")
    assert rec.organization == "NORVAB"
    from protokoll.parse.orgplaces import company_of_board
    assert company_of_board("Kallelse till KS sammanträde") is None


def test_a_flattened_name_column_then_its_title_column_names_the_secretary():
    text = ("Sammanträdesprotokoll Sida 1 (12) Plats och tid Rum Ek, klockan 18.00 Beslutande Olle Holm (S) "
            "ordförande Kim Lind (M) ledamot Övriga närvarande Per Dahl (S) Eva Ek (M) Lena Strand Karin Berg "
            "ersättare ersättare förvaltningschef sekreterare Utses att justera Kim Lind (M)\n\n"
            "§ 1 Val av justerare\nKim Lind utses att justera protokollet.\n")
    assert parse_text(text, "col.txt").secretary == "Karin Berg"
    # the counts differ (a name without its title): which name is the secretary's is unsure
    from protokoll.parse.secretaries import column_titled
    from protokoll.record import Attendee
    people = [Attendee("Per Dahl"), Attendee("Eva Ek"), Attendee("Anna Berg")]
    assert column_titled("Per Dahl Eva Ek Anna Berg förvaltningschef sekreterare Utses", people) is None


def test_a_forum_named_by_its_purpose_on_its_title_line_is_the_body():
    text = ("Möte med Forum för Regional Samverkan\n\nMINNESANTECKNINGAR Tid: Torsdagen den 6 mars klockan 13:00 "
            "Plats: Stadshotellet, Åsby Närvarande: Olle Holm Kim Lind\n\n1 Mötets öppnande\nOlle Holm öppnade mötet.\n")
    assert parse_text(text, "forum.txt").body == "Forum för Regional Samverkan"
    from protokoll.parse.bodynames import FORUM_TITLE
    assert FORUM_TITLE.match("Forum för dialog om att vi ska bygga nya hus") is None  # a sentence, not a name


def test_a_name_under_a_line_ending_in_the_secretary_s_label_is_not_the_chair():
    text = ("Kommunstyrelsens arbetsutskott Plats och tid Kommunhuset, Åsby\n"
            "Beslutande Olle Holm Kim Lind Eva Dahl\n"
            "Justeringens plats och tid Kommunkansliet, Åsby 7 mars 2025 kl. 16:00 Sekreterare.. Paragraf 6-16\n"
            "Anna Berg\n"
            "Ordförande\n"
            "Justerare Olle Holm 6-13 Kim Lind\n\n"
            "§ 6 Val av justerare\nKim Lind utses att justera protokollet.\n")
    rec = parse_text(text, "au.txt")
    assert rec.chair != "Anna Berg"
    assert rec.secretary == "Anna Berg"
