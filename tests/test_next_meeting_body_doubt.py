"""A next meeting read by the body's name is only as sure as that name (parse/nextdoubt.py, h210): when the
record's checks drop the body, a later meeting found by it is null, the reason in the provenance. The documents
are written for these tests (invented unit, names and dates)."""

from __future__ import annotations

from protokoll.parse import parse_text

NOTES = """Minnesanteckningar från sektionsmöte Miljö
2021-04-08
Närvarande:
Lova, Tim, Rebecka och Hampus (sekreterare)
Föregående minnesanteckningar
Gicks igenom utan kommentarer.
Information
Fredrik från IT-stöd ska komma på sektionsmöte den 22 april 2021 för att svara på frågor om telefonin.
"""


def test_a_meeting_found_by_a_dropped_body_name_is_no_next_meeting():
    rec = parse_text(NOTES, "x.txt")
    assert rec.body is None  # "Sektionsgruppen", made from "sektionsmöte", dropped by the checks
    assert rec.next_meeting is None
    why = [e.rule for e in rec.evidence if e.path == "next_meeting"]
    assert why and why[0].startswith("uncertain:") and "Sektionsgruppen" in why[0]


def test_a_next_meeting_written_as_such_stays_when_the_body_is_dropped():
    rec = parse_text(NOTES + "Nästa möte\nTorsdag 6 maj 2021 kl 9\n", "x.txt")
    assert rec.body is None
    assert rec.next_meeting is not None and rec.next_meeting.date == "2021-05-06"
