"""The meeting's date confirmed by where the document writes it; a region's body beside a municipality (issue 10)."""

from __future__ import annotations

from protokoll.parse import crosschecks, parse_text
from protokoll.record import Evidence, MeetingRecord
from protokoll.swedish.dates import find_dates


def _rules(rec, path):
    return [e.rule for e in rec.evidence if e.path == path]


def test_a_label_run_on_into_an_item_gives_no_report_day_as_the_date():
    # a PDF transcript: the page head's date label lost its value and runs on into the first item
    text = ("1 PROTOKOLL Tekniska nämnden Blad 1 (12)\nPlats och tid Stadshuset, sal Eken\n"
            "Beslutande Anna Berg (S), ordförande Per Holm (M)\n\n"
            "2 PROTOKOLL Sammanträdesdatum Blad nr Tekniska nämnden Godkännande av dagordningen. Följande "
            "ärende läggs till: Ekonomisk uppföljning för nämndens verksamhet per den 31 mars 2019 och "
            "prognos för helåret.\n")
    rec = parse_text(text, "x.txt")
    assert rec.date is None
    assert _rules(rec, "date")[-1].startswith("uncertain: the date is written only as a day a report")


def test_a_date_written_only_after_per_is_no_meeting_date():
    rec = MeetingRecord("x.txt", date="2020-08-31",
                        evidence=[Evidence("date", 0, 10, 60, "header.text", 0.6)])
    crosschecks.check(rec, "Delårsrapport för Norrby vatten per den 31 augusti 2020 redovisades av Eva Lind.\n")
    assert rec.date is None
    assert "(was header.text)" in _rules(rec, "date")[-1]


def test_a_date_also_written_as_the_meeting_day_stays():
    text = ("Sammanträde 2020-09-14\nDelårsrapport per 2020-08-31 redovisades. Nästa möte 14 september "
            "2020 hölls som planerat.\n")
    rec = MeetingRecord("x.txt", date="2020-09-14", evidence=[Evidence("date", 0, 0, 23, "header.label", 0.9)])
    crosschecks.check(rec, text)
    assert rec.date == "2020-09-14"


def test_a_label_date_written_far_after_the_label_with_sentences_between_is_left_out():
    text = ("Mötesdatum Blad 2 Styrgruppen Information om läget. Gruppen diskuterade frågan länge och beslutade att "
            "återkomma. Rapporten lämnas till kansliet. Kansliet har fått in svar från alla kommuner den 12 maj "
            "2021 enligt plan.\n")
    label_span = Evidence("date", 0, 0, len(text) - 20, "header.label", 0.9)
    rec = MeetingRecord("x.txt", date="2021-05-12", evidence=[label_span])
    crosschecks.check(rec, text)
    assert rec.date is None and "far after its label" in _rules(rec, "date")[-1]


def test_a_label_date_beside_its_label_stays():
    text = "Sammanträdesdatum 12 maj 2021\nPlats: Kommunhuset\n"
    rec = MeetingRecord("x.txt", date="2021-05-12", evidence=[Evidence("date", 0, 0, 29, "header.label", 0.9)])
    crosschecks.check(rec, text)
    assert rec.date == "2021-05-12"


def test_an_e_mail_name_is_no_month():
    # a contact line: a phone number's last digits before "jan.berg@..." are no "3 jan."
    found = find_dates("Ordf. Jan Berg 070-123 45 03 jan.berg@norrby.se\nMöte 5/5-2021\n")
    assert [(m.month, m.day) for m in found] == [(5, 5)]
    assert [(m.month, m.day) for m in find_dates("Mötet hölls 3 jan. 2021 i Norrby.")] == [(1, 3)]


def test_the_meeting_day_is_read_past_a_contact_line():
    text = ("Ordf. Jan Berg 070-123 45 03 jan.berg@norrby.se\n\nMinnesanteckningar fört vid styrelsens tisdagsmöte "
            "5/5-2021\nNärv: Jan B, Eva L, Per H.\n\n• Budgeten diskuterades.\n")
    rec = parse_text(text, "x.txt")
    assert rec.date == "2021-05-05"


def test_a_health_care_board_is_no_municipality_s():
    rec = MeetingRecord("x.txt", organization="Norrby stad", body="Hälso- och sjukvårdsnämnden",
                        evidence=[Evidence("organization", 0, 0, 0, "meta.organization.named_municipality", 0.6)])
    crosschecks.check(rec, "Hälso- och sjukvårdsnämnden\nInrättande av ett samordningsförbund i Norrby stad\n")
    assert rec.organization is None
    assert "is a region's body" in _rules(rec, "organization")[-1]


def test_a_health_care_board_of_a_region_keeps_its_region():
    rec = MeetingRecord("x.txt", organization="Region Norrland", body="Norra hälso- och sjukvårdsnämnden",
                        evidence=[Evidence("organization", 0, 0, 0, "meta.organization.pattern", 0.85)])
    crosschecks.check(rec, "Norra hälso- och sjukvårdsnämnden, Region Norrland\n")
    assert rec.organization == "Region Norrland"
