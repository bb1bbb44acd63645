"""A programme of time slots in an agenda's header (parse/whenwhere.py, parse/labelhours.programme_end, h210): the
first slot's start is the meeting's, its end only where the slots run in order through one day (the last slot's
end); a first slot's end is where the programme's first part ends, not the meeting. Documents written here."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.labelhours import programme_end

TWO_DAYS = """Regionfullmäktige sammanträder den 12-13 mars 2031

Stadshuset, Torget 1, Norrby

Program för mötet

Onsdag den 12 mars
kl. 09.00 - 09.30 - Regiondirektören informerar
kl. 09.30 - 12.00 - Förhandlingar
kl. 13.00 - - Förhandlingar

Torsdag den 13 mars
kl. 09.00 - 10.00 - Frågestund

Föredragningslista

1 Öppnande av mötet

2 Val av justerare
"""


def test_a_two_day_programme_gives_the_first_start_and_no_end():
    rec = parse_text(TWO_DAYS, "x.txt")
    assert rec.start == "09:00"
    assert rec.end is None


def test_the_last_slots_end_of_a_one_day_programme():
    assert programme_end([("09:00", "09:30"), ("09:30", "11:45")]) == "11:45"
    assert programme_end([("13:00", "16:00")]) == "16:00"
    assert programme_end([("09:00", "09:30"), ("09:30", None)]) is None
    assert programme_end([("09:00", "09:30"), ("13:00", "15:00"), ("09:00", "10:00")]) is None
