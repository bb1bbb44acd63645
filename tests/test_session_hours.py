"""Hours written as two sessions after a comma (a lunch break between): the meeting ends with the last
session (h42). "kl. 09.00 11.45, 13.00 15.30" (dashes dropped by a web extract) or with dashes; a time
after the comma that is not a later session leaves the end open."""

from protokoll.parse import parse_text
from protokoll.parse.labelhours import sessions_end


def test_the_last_sessions_end_with_or_without_dashes():
    assert sessions_end("kl. 09.00 11.45, 13.00 15.30", "09:00", None) == (True, "15:30")
    assert sessions_end("kl 09.00–11.45, 13.00–15.30", "09:00", "11:45") == (True, "15:30")
    assert sessions_end("kl 9.00-10.30, 10.45-12.00, 13.15-14.00", "09:00", "10:30") == (True, "14:00")


def test_no_second_session_keeps_the_end_and_an_unclear_one_abstains():
    assert sessions_end("kl 09.00-11.45, Rådhuset", "09:00", "11:45") == (False, "11:45")
    assert sessions_end("kl 09.00-11.45", "09:00", "11:45") == (False, "11:45")
    assert sessions_end("kl 09.00-11.45, 13.00", "09:00", "11:45") == (True, None)  # no end written
    assert sessions_end("kl 09.00-11.45, 10.00-12.00", "09:00", "11:45") == (True, None)  # not later


def test_the_record_of_a_flattened_header_with_two_sessions():
    rec = parse_text("Byggnadsnämnden 2014-03-12 1(12) Plats och tid Rådhuset, sal B, onsdag den 12 mars 2014, "
                     "kl. 09.00 11.45, 13.00 15.30 Beslutande Karin Ek (s) ordförande Olle Ahl (m) "
                     "Paragrafer 1-9\n", "x.txt")
    assert (rec.start, rec.end) == ("09:00", "15:30")
    dashed = parse_text("Protokoll\nByggnadsnämnden\nDatum och tid: 2014-03-12 kl 09.00–11.45, 13.00–15.30\n"
                        "Plats: Rådhuset\n\n1. Mötets öppnande\nMötet öppnades.\n", "x.txt")
    assert (dashed.start, dashed.end) == ("09:00", "15:30")
    unsure = parse_text("Protokoll\nByggnadsnämnden\nDatum och tid: 2014-03-12 kl 09.00–11.45, 13.00\n"
                        "Plats: Rådhuset\n\n1. Mötets öppnande\nMötet öppnades.\n", "x.txt")
    assert (unsure.start, unsure.end) == ("09:00", None)
    assert any(e.path == "end" and e.rule.startswith("uncertain") for e in unsure.evidence)
