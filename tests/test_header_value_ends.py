"""Header values that run past their end or come from the wrong block (issue 10, h189): a place run on into the
next label, a body with the posting box's next label, a secretary read after a row of role labels or from a
table's role column, a chair or secretary who held the role for some paragraphs only."""

from __future__ import annotations

from protokoll.parse import parse_text


def cut_end(value: str) -> str:
    from protokoll.parse.placeend import cut_end as cut  # (imported here: each test is checked against main alone)

    return cut(value)


def _rules(rec, path):
    return [e.rule for e in rec.evidence if e.path == path]


def test_a_place_ends_before_the_next_label_and_its_colon():
    text = ("Anteckningar från Kustrådets möte Datum: 3 mars 2022 Plats: Hamnhuset Norrvik Rum: Måsen Adress: "
            "Kajgatan 4, Norrvik Deltagare: Anna Berg Norrviks kommun, Per Holm Ekby kommun\n"
            "1. Välkommen\nAnna hälsade välkomna.\n")
    assert parse_text(text, "x.txt").place == "Hamnhuset Norrvik"


def test_a_place_ends_before_a_justering_label_and_an_attendance_list_reference():
    assert cut_end("Folkets hus, Ekby Justeringsdag") == "Folkets hus, Ekby"
    assert cut_end("Bygdegården Tallbacken Enligt bifogad närvarolista Anna Berg") == "Bygdegården Tallbacken"
    assert cut_end("Rådhuset, sal 2 OBS! Ändrad tid!") == "Rådhuset, sal 2"


def test_a_place_with_a_room_time_or_lower_case_label_keeps_it():
    assert cut_end("Stadshuset, rum: Ekan, vån 2") == "Stadshuset, rum: Ekan, vån 2"
    assert cut_end("Konferensrum 12:3, Storgatan 4") == "Konferensrum 12:3, Storgatan 4"
    assert cut_end("Rum: Ekan") == "Rum: Ekan"  # nothing before the label: not cut to nothing


def test_a_body_from_the_posting_box_without_the_box_s_next_label_cut_by_the_page():
    text = ("Protokoll 1(12)\nPlats och tid: Bygdegården, 2021-05-10 kl. 18:00-20:30\n"
            "Beslutande: Anna Berg (S) Per Holm (M)\n"
            "Underskrifter Sekreterare Eva Lind, sekreterare Ordförande Anna Berg, ordförande "
            "ANSLAG/BEVIS Justering har tillkännagivits genom anslag\nOrgan: Kommunfullmäktige Överkl\n"
            "§ 1 Val av justerare\nPer Holm utses.\n")
    rec = parse_text(text, "x.txt")
    assert rec.body == "Kommunfullmäktige"


def test_a_secretary_label_after_other_role_labels_does_not_take_the_first_name():
    text = ("REGISTER Sida 1(2) Tid: Måndagen den 4 mars 2019 kl 18 Plats: Medborgarhuset, Ekby Justeringsdag: "
            "Fredagen den 8 mars 2019 Justerare: Ordförande: Sekreterare: Olle Ström (S) och Siv Dahl (M) Bo Ek (C) "
            "Lisa Nord Ärende 1. Inkomna avsägelser 2. Anmälan av motioner\n")
    rec = parse_text(text, "x.txt")
    assert rec.secretary != "Olle Ström"
    assert rec.place == "Medborgarhuset, Ekby"


def test_a_name_before_a_table_s_role_column_heading_is_not_the_secretary():
    text = ("Minnesanteckningar för Trygghetsrådet\nTid: 12 maj 2020 kl 16-18\nPlats: Kommunhuset\n"
            "Närvarolista Ledamöter Anna Berg, ordförande Per Holm\n"
            "Övriga närvarande Lisa Nord Karin Sjö Funktion Sekreterare Föredragande, socialförvaltningen\n"
            "1. Mötets öppnande\nOrdföranden öppnade mötet.\n")
    rec = parse_text(text, "x.txt")
    assert rec.secretary != "Karin Sjö"


def test_a_chair_who_signed_some_paragraphs_beside_another_is_left_out():
    text = ("Protokoll Förbundsfullmäktige\nPlats och tid Brandstationen, onsdagen den 14 januari 2015\n"
            "Beslutande Anna Berg (S) Per Holm (M) Eva Lind (C)\n"
            "Underskrifter Sekreterare Karin Sjö Ordförande.... Anna Berg 1-3, del av 4 Per Holm del av 4, 5-9\n"
            "§ 1 Val av justerare\nEva Lind utses.\n")
    rec = parse_text(text, "x.txt")
    assert rec.chair is None
    assert "held in turns" in _rules(rec, "chair")[-1]


def test_a_secretary_elected_for_some_items_only_is_left_out():
    text = ("Protokoll från styrelsemötet 3 maj 2021\nNärvaro Anna Berg Per Holm Eva Lind\n"
            "1. Val av mötesordförande\nAnna Berg valdes till mötesordförande.\n"
            "2. Val av mötessekreterare\nPer Holm valdes enhälligt till sekreterare (endast punkt 1-6, sedan "
            "övertogs rollen av Eva Lind).\n3. Budget\nStyrelsen beslutade att godkänna budgeten.\n")
    rec = parse_text(text, "x.txt")
    assert rec.secretary is None and rec.chair == "Anna Berg"


def test_a_chair_with_a_phone_number_after_the_name_stays():
    text = ("Protokoll styrelsemöte 2021-03-04\nOrdf. Anna Berg 070-123 45 67 anna.berg@example.se\n"
            "Närvarande: Anna Berg, Per Holm, Eva Lind\n§1 Mötets öppnande\nOrdföranden öppnade mötet.\n")
    rec = parse_text(text, "x.txt")
    assert not any("held in turns" in r for r in _rules(rec, "chair"))


def test_a_chair_listed_before_an_attendee_present_for_some_items_stays():
    text = ("Protokoll fört vid styrelsesammanträde den 4 maj 2021\nNärvarande ledamöter: Anna Berg, ordförande "
            "Per Holm Eva Lind (t o m punkt 5) Karin Sjö\n1. Dagordning\nStyrelsen beslöt arbeta efter dagordningen.\n")
    rec = parse_text(text, "x.txt")
    assert rec.chair == "Anna Berg"


def test_a_labelled_body_without_its_term_of_office():
    text = ("PROTOKOLL Sida 1(9)\nAnslag\nDet justerade protokollet offentliggörs genom detta anslag.\n"
            "Beslutsinstans: Socialutskottet 2019-2022\nSammanträdesdatum: 2021-02-16\n"
            "Plats och tid: Kommunhuset, 2021-02-16 kl. 09.00-11.00\nBeslutande: Anna Berg (S), ordförande\n")
    assert parse_text(text, "x.txt").body == "Socialutskottet"


def test_the_roster_s_first_chair_where_a_signature_block_calls_another_one_chair():
    text = ("PROTOKOLL Sida 1(9)\nPlats och tid\n\nMedborgarhuset, 2021-03-02 kl. 09.00-10:05\n\nBeslutande\n\n"
            "Karin Sjö (KD), ordförande Per Holm (M)\n\nOlle Ström (S)\n\nÖvriga deltagare\n\n"
            "Eva Lind, nämndsekreterare\n\nParagrafer\n\n§§ 12-20\n\nUnderskrifter\n\nKarin Sjö (KD)\n\n"
            "Ordförande Olle Ström (S)\n\nJusterare\n\nEva Lind Sekreterare\n\n"
            "§ 12 Val av justerare\nOlle Ström utses.\n")
    rec = parse_text(text, "x.txt")
    assert rec.chair == "Karin Sjö"


def test_a_chair_the_roster_gives_some_paragraphs_beside_another_chair_is_left_out():
    text = ("PROTOKOLL NR 4\nMöte med föreningens styrelse den 12-13 mars 2022\nLedamöter Närvarande\n"
            "Anna Berg X, mötesordförande § 20 - § 31\nPer Holm X\nEva Lind X, mötesordförande § 32 - § 40\n"
            "Sekretariatet\nKarin Sjö X, sekreterare\n§ 20 Mötet öppnas\nOrdförande Anna Berg hälsar alla välkomna "
            "och förklarar mötet öppnat.\n§ 21 Val av justerare\nBeslut\natt utse Per Holm till justerare.\n")
    rec = parse_text(text, "x.txt")
    assert rec.chair is None and rec.secretary == "Karin Sjö"


def test_a_state_authority_is_not_the_board_s_specific_name():
    text = ("Styrelsemöte 2019 14 05\n\nNorrå Fiskevårdsförening\n\nSTYRELSEPROTOKOLL\n\n"
            "Datum: Tisdagen den 14 maj 2019 Tid: 18:00 Plats: Bygdegården, Norrå\n\n1 Mötets öppnande\n"
            "Ordförande Nils Åkesson öppnar mötet\n2 Fiskutsättning\nLänsstyrelsen har beviljat bidraget. Ansökan "
            "till Länsstyrelsen skickas i juni. Styrelsen beslutar att sätta ut öring.\n")
    assert parse_text(text, "x.txt").body != "Länsstyrelsen"


def test_a_municipality_is_not_the_organisation_of_an_association_s_congress():
    from protokoll.parse import crosschecks
    from protokoll.record import Evidence, MeetingRecord

    def record(org: str, body: str) -> MeetingRecord:
        return MeetingRecord("x.txt", organization=org, body=body,
                             evidence=[Evidence("organization", 0, 0, 0, "meta.organization.pattern", 0.85)])

    text = "Kongressen ägde rum i Norrby. Per Holm hälsade välkommen till Norrby kommun.\n"
    congress = record("Norrby kommun", "Kongressen")
    crosschecks.check(congress, text)
    assert congress.organization is None
    assert "an association's meeting" in _rules(congress, "organization")[-1]
    association = record("Norrby läns hembygdsförbund", "Årsmötet")  # an association named after its county
    crosschecks.check(association, "Årsmötet i Norrby läns hembygdsförbund hölls i Norrby.\n")
    assert association.organization == "Norrby läns hembygdsförbund"
