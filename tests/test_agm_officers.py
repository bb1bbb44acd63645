"""A stämma's officers as its decisions write them ("att till ordförande välja X", parse/attendance.ELECTED),
and officers named in an item about another meeting (parse/othermeeting.py)."""

from protokoll.parse import parse_text

STAMMA = """Protokoll fört vid årsstämma med Norrby vägförening den 12 maj 2018

§ 1 Stämmans öppnande
Ordförande Karin Ström hälsade alla välkomna och förklarade stämman öppnad.

§ 2 Val av ordförande och sekreterare för stämman
Stämman beslutade
att till ordförande välja Per Holm;
att till sekreterare välja Lena Ek.

§ 3 Val av två justerare
Stämman beslutade att välja Eva Lind och Olle Berg.
"""

PLANNED = """Protokoll styrelsemöte Norrby hyresgästförening 2019-01-24

§ 1 Mötet öppnas
Mötet öppnades.

§ 2 Årsmöte för föreningen den 12 mars. Kaffe beställs.
Mötesordförande Per Holm. Sekreterare Lena Ekström.
Affischer sätts upp senast 1 mars.
"""


def test_the_stamma_chairs_and_keeps_minutes_by_whom_it_elected_not_the_opener():
    rec = parse_text(STAMMA, "x.txt")
    assert rec.chair == "Per Holm"
    assert rec.secretary == "Lena Ek"


def test_the_term_chair_elected_in_another_item_is_not_the_meetings():
    text = STAMMA.replace("Val av ordförande och sekreterare för stämman", "Val av styrelse")
    assert parse_text(text, "x.txt").chair != "Per Holm"


def test_the_officers_of_a_planned_meeting_are_left_open():
    rec = parse_text(PLANNED, "x.txt")
    assert rec.chair is None and rec.secretary is None
    assert any(e.path == "chair" and "another meeting" in e.rule for e in rec.evidence)


def test_the_same_run_in_an_item_without_another_meeting_is_read():
    text = PLANNED.replace("Årsmöte för föreningen den 12 mars. Kaffe beställs.", "Övriga frågor")
    rec = parse_text(text, "x.txt")
    assert (rec.chair, rec.secretary) == ("Per Holm", "Lena Ekström")
