"""Header values another field or the text contradicts are left out, the reason in their evidence (issue 10)."""

from __future__ import annotations

from protokoll.parse import crosschecks, parse_text, valuedoubts
from protokoll.record import Evidence, MeetingRecord


def _rules(rec, path):
    return [e.rule for e in rec.evidence if e.path == path]


def test_a_body_that_is_the_place_is_the_house_the_meeting_was_held_in():
    text = ("Styrelsemöte\nDatum: 2021-04-12\nPlats: Jaktstyrelsen, Norrby\nNärvarande: Anna Berg (Norrby kommun), "
            "Per Holm (Jaktstyrelsen), Eva Lind (Ekby kommun)\n1. Mötets öppnande\nPer Holm hälsade välkomna och "
            "berättade om Jaktstyrelsens arbete.\n2. Budget\nStyrelsen diskuterade budgeten.\n")
    rec = parse_text(text, "x.txt")
    assert rec.body is None and rec.place == "Jaktstyrelsen, Norrby"
    assert _rules(rec, "body")[-1].startswith("uncertain: 'Jaktstyrelsen' is the place's name")


def test_a_body_written_in_brackets_after_a_reference_is_another_organisation():
    text = ("Protokoll Styrelsemöte 2021-03-04\nNärvarande: Anna Berg, Per Holm, Eva Lind\n§1 Mötets öppnande\n"
            "Anna öppnade mötet.\n§2 Riktlinjer\nNya riktlinjer för vård av hjärtsjuka (Vårdstyrelsen).\n§3 Brev\n"
            "Möte på Vårdstyrelsen om egenvård. Styrelsen tackar.\n")
    rec = parse_text(text, "x.txt")
    assert rec.body is None
    assert "in brackets" in _rules(rec, "body")[-1]


def test_a_labelled_body_stays_though_an_attendee_is_listed_under_it():
    rec = MeetingRecord("x.txt", body="Socialnämnden",
                        evidence=[Evidence("body", 0, 0, 0, "header.label [body.label]", 0.9)])
    crosschecks.check(rec, "Nämnd: Socialnämnden\nNärvarande: Anna Berg (Socialnämnden)\n")
    assert rec.body == "Socialnämnden"


def _with_org(org: str, body: str | None, rule: str = "meta.organization.pattern") -> MeetingRecord:
    return MeetingRecord("x.txt", organization=org, body=body, evidence=[Evidence("organization", 0, 0, 0, rule, 0.85)])


def test_a_job_title_is_no_organisation():
    for title in ("VD", "Ekonomichef"):
        rec = _with_org(title, "Styrelsen", "meta.organization.secretary")
        crosschecks.check(rec, "")
        assert rec.organization is None, title
        assert "job title" in _rules(rec, "organization")[-1]


def test_a_municipal_body_belongs_to_a_municipality_not_to_an_organisation_the_items_name():
    rec = _with_org("Skogsarbetarnas Riksförbund", "Kommunstyrelsens arbetsutskott")
    crosschecks.check(rec, "")
    assert rec.organization is None and "no municipality" in _rules(rec, "organization")[-1]
    rec = _with_org("Lärkby Energi AB", "Regionstyrelsen")
    crosschecks.check(rec, "")
    assert rec.organization is None and "no region" in _rules(rec, "organization")[-1]
    for org, body in (("Norrby kommun", "Kommunstyrelsen"), ("Ekby stad", "Kommunfullmäktige"),
                      ("Region Lärkland", "Regionstyrelsen"), ("Lärklands läns landsting", "Landstingsfullmäktige"),
                      ("Föreningen Norden", "Styrelsen")):
        rec = _with_org(org, body)
        crosschecks.check(rec, "")
        assert rec.organization == org


def test_an_organisation_inferred_from_a_body_left_out_is_left_out_with_it():
    rec = _with_org("Region Lärkland", "Jaktstyrelsen", "meta.organization.named_municipality")
    rec.place = "Jaktstyrelsen, Norrby"
    crosschecks.check(rec, "")
    assert rec.body is None and rec.organization is None
    assert "inferred from the body" in _rules(rec, "organization")[-1]


def test_a_place_holding_a_weekday_or_a_clause_is_the_header_run_together():
    text = ("Protokoll fört vid Svenska Bågskytteförbundets ordinarie förbundsmöte 2019 Tid och plats Lördagen den 4 "
            "och söndagen den 5 maj, 2019 på Hotell Ekbacken, Norrby. Förbundsmötets öppnande 1 Ordförande Anna Berg "
            "hälsar ombud välkomna.\n")
    assert parse_text(text, "x.txt").place is None
    text = ("Kallelse\nTekniska nämnden kallas till sammanträde tisdagen den 3 mars 2020 kl. 13.15 i Ekensalen, "
            "Rådhuset, för att behandla följande ärenden\n1. Val av justerare\n2. Budget 2020\n")
    rec = parse_text(text, "x.txt")  # the summons' own date, its clock, then the place up to the clause (clockplace)
    assert rec.place == "Ekensalen, Rådhuset"


def test_a_group_made_from_the_meetings_name_is_a_guess_unless_the_text_writes_it():
    rec = parse_text("Rektorsmöte Ekudden\nNärvarande: Anna Berg, Norrby, Per Holm, Ekby, Eva Lind, Lärkby\n"
                     "Biblioteksplan\nAnna informerade om planen.\n", "x.txt")
    assert rec.body is None and "never writes the group" in _rules(rec, "body")[-1]
    rec = parse_text("Rektorsmöte Ekudden\nNärvarande: Anna Berg, Per Holm\nBiblioteksplan\nRektorsgruppen "
                     "beslutade att anta planen.\n", "x.txt")
    assert rec.body == "Rektorsgruppen"


def test_an_items_title_run_into_the_signature_after_it_is_no_name():
    text = ("Kommunstyrelsens arbetsutskott\nKallelse\n1. Val av justerare\n2. Budget 2021\n"
            "3. Övrigt Karin Ekdahl Ordförande Lars B Holm Sekreterare\n")
    rec = parse_text(text, "x.txt")
    assert rec.chair is None and rec.secretary == "Lars B Holm"
    assert "the agenda's" in _rules(rec, "chair")[-1]
    for value in ("Föredragningslista Nr", "Anders Föregående", "Dagordning Per Holm"):
        assert valuedoubts.name_doubt(value), value
    for value in ("Anna Övrigsson", "Per Föregårdh", "Eva Holm"):
        assert valuedoubts.name_doubt(value) is None, value


def test_a_chair_before_a_flattened_column_of_role_words_is_not_known():
    # one member without a party: the column is not read in order (parse/rolecolumn.py, tests/test_office_column.py),
    # and the name just before the role words is no chair
    text = ("Protokoll 1 (4) Fastighetsutskottet\nBeslutande Eva Berg (MP) Olle Sand Lisa Krans (C) "
            "Karin Ek (S) ordförande vice ordförande\nI tjänsten Per Holm, sekreterare\n"
            "§ 1 Dagordning\nDagordningen godkändes.\n")
    rec = parse_text(text, "x.txt")
    assert rec.chair is None
    assert "column of role words" in _rules(rec, "chair")[-1]
    rec = parse_text("Protokoll Fastighetsutskottet\nBeslutande\nKarin Ek (S), ordförande\nEva Berg (MP), vice "
                     "ordförande\nOlle Sand (S)\n§ 1 Dagordning\nDagordningen godkändes.\n", "x.txt")
    assert rec.chair == "Karin Ek"


def test_a_place_is_cut_before_a_person_only_when_a_given_name_opens_the_name():
    text = "Kallelse\nTid: Tisdagen den 4 maj kl 10.00\nPlats: Lindö Hotel Tärnan, Norrby\nÄrenden\n1. Öppnande\n"
    assert parse_text(text, "x.txt").place == "Lindö Hotel Tärnan, Norrby"
    text = ("Protokoll\nPlats och tid Skogsmuseet, Rävens Kulle, Ekby Måndag den 20 april 2009, kl 13.00\nNärvarande\n"
            "Anna Berg\n§ 1 Budget\n")
    assert parse_text(text, "x.txt").place == "Skogsmuseet, Rävens Kulle, Ekby"
    text = "Protokoll\nPlats och tid Stadshuset, Anna Berg, Norrby kommun, Per Holm, Ekby kommun\n§ 1 Budget\n"
    assert parse_text(text, "x.txt").place == "Stadshuset"


def test_a_meeting_over_two_days_is_dated_by_its_first_day():
    text = ("Protokoll\nNätverksträff den 6-7 maj 2011 mellan länets hembygdsföreningar\nDatum: Fredag den 6 och lördag "
            "den 7 maj 2011\nPlats: Ekgården i Norrby\n1. Välkommen\n")
    rec = parse_text(text, "x.txt")
    assert rec.date == "2011-05-06"
    text = ("Protokoll fört vid Svenska Bågskytteförbundets förbundsmöte 2019 Tid och plats Lördagen den 4 och söndagen "
            "den 5 maj, 2019 på Hotell Ekbacken, Norrby. Förbundsmötets öppnande 1 Ordförande Anna Berg hälsar.\n")
    assert parse_text(text, "x.txt").date == "2019-05-04"
    text = "Protokoll\nDatum: 5 maj 2019\nPlats: Ekgården\n1. Budget\nBesök den 3 och 9 juni 2019 planeras.\n"
    assert parse_text(text, "x.txt").date == "2019-05-05"


def test_a_date_after_a_letters_dateline_is_when_it_was_written():
    text = ("Dagordning. 9 Övriga frågor 10 Mötets avslutande\n\n1 1(1) Lärkby den 3 mars 2014 Dagordning EKVABs "
            "styrelse sammanträder tisdagen den 18 mars 2014 kl , efter årsstämman Plats: Verket 1 Mötets öppnande "
            "2 Val av justerare\n")
    rec = parse_text(text, "x.txt")
    assert rec.date is None
    assert "dateline" in _rules(rec, "date")[-1]
    rec = parse_text("Kallelse\nTid: Tisdagen den 18 mars 2014 kl 13.00\nPlats: Verket\n1. Val av justerare\n\n"
                     "Lärkby den 3 mars 2014\nAnna Berg\nOrdförande\n", "x.txt")
    assert rec.date == "2014-03-18"


def test_who_opened_an_annual_meeting_is_not_its_chair_when_another_is_elected():
    text = ("Årsmöte 2016\nProtokoll fört vid Lärkby bygdeförenings årsmöte\nDatum : 2016-03-13\nPlats : Bygdegården\n"
            "§ 1. Karin Ek, ordförande, förklarade mötet öppnat.\n§ 2. Kallelsen godkändes.\n"
            "§ 3. Till årsmötesfunktionärer valdes : a)Ordf. Olle Sand b) sekr. Per Holm\n§ 4. Dagordningen fastställdes.\n")
    rec = parse_text(text, "x.txt")
    assert rec.chair != "Karin Ek"
    text = ("Årsmöte 2016\nProtokoll fört vid Lärkby bygdeförenings årsmöte\nDatum : 2016-03-13\n"
            "§ 1. Karin Ek, ordförande, förklarade mötet öppnat.\n§ 2. Val av mötesordförande\n"
            "Till ordförande för mötet valdes Karin Ek.\n§ 3. Dagordningen fastställdes.\n")
    assert parse_text(text, "x.txt").chair == "Karin Ek"
