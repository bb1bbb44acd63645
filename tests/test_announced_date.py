"""A date the document writes only just after words announcing a meeting ("ett extra sammanträde den 7 juni") is
that meeting's date, never this meeting's own: the next meeting is read even when the header's date was taken
from there (parse/upcoming.own_day)."""

from datetime import date

from protokoll.parse import parse_text
from protokoll.parse.nextmeeting import NEXT
from protokoll.parse.upcoming import OTHER_WORDING, own_day

ANNOUNCING = (NEXT, OTHER_WORDING)


def test_a_day_written_only_as_the_announced_meetings_is_not_ours():
    text = "Dagordning\n\n1. Budget\nUtskottet håller ett extra sammanträde den 7 juni 2023, kl 13-15.\n"
    assert own_day(text, date(2023, 6, 7), [2023], ANNOUNCING) is None


def test_a_day_written_also_elsewhere_is_ours():
    text = "Protokoll 2023-06-07\n\n1. Budget\nNästa möte 2023-06-07 kl 13.\n"
    assert own_day(text, date(2023, 6, 7), [2023], ANNOUNCING) == date(2023, 6, 7)
    assert own_day(text, None, [2023], ANNOUNCING) is None


def test_an_undated_agenda_announcing_an_extra_meeting():
    text = ("Föredragningslista\nUtvecklingsutskottet\n\n1. Budget\nFörslag till beslut: att godkänna budgeten.\n\n"
            "2. Övrigt\nOrdföranden föreslår att utskottet håller ett extra sammanträde den 7 juni 2023, kl 13-15.\n")
    rec = parse_text(text, "x.txt")
    assert rec.next_meeting is not None
    assert (rec.next_meeting.date, rec.next_meeting.start, rec.next_meeting.end) == ("2023-06-07", "13:00", "15:00")


def _next(words: str, day: str = "12 mars 2025") -> str | None:
    text = f"Minnesanteckningar\nStyrgruppen\nDatum {day}\n\n1. Budget\nBudgeten diskuterades.\n\n2. Avslutning\n{words}\n"
    found = parse_text(text, "x.txt").next_meeting
    return found.date if found else None


def test_kommande_mote_in_the_singular():
    assert _next("Kommande möte: 7 maj 2025.") == "2025-05-07"
    assert _next("Kommande sammanträde den 7 maj.") == "2025-05-07"


def test_the_date_is_read_in_the_sentence_naming_the_next_meeting_only():
    assert _next("Nästa möte är inte bestämt. Presentationen från den 7 maj skickas ut.") is None
    assert _next("Mötet avslutades. Nästa möte den 7 maj kl. 13.00-15.00 via Teams. Ordföranden tackade.") == "2025-05-07"
    assert _next("Nästa möte 15 januari kl 9-12.", day="12 december 2024") == "2025-01-15"


def test_a_meeting_date_read_only_from_the_next_meetings_sentence_is_null_and_says_why():
    text = ("Minnesanteckningar\nSamverkansgruppen\n\n1. Budget\nBudgeten diskuterades.\n\n"
            "2. Nästa möte\nNästa möte hålls den 7 maj 2025 kl 13-15 i stadshuset.\n")
    rec = parse_text(text, "x.txt")
    assert (rec.date, rec.start, rec.end) == (None, None, None)  # an item's date is not read as the meeting's
    assert (rec.next_meeting.date, rec.next_meeting.start, rec.next_meeting.end) == ("2025-05-07", "13:00", "15:00")


def test_a_labelled_meeting_date_is_kept_when_the_next_meeting_names_it_too():
    text = ("Minnesanteckningar\nSamverkansgruppen\nDatum: 2025-05-07\n\n1. Budget\nBudgeten diskuterades.\n\n"
            "2. Nästa möte\nNästa möte hålls den 7 maj 2025.\n")
    rec = parse_text(text, "x.txt")
    assert rec.date == "2025-05-07"


def test_a_date_after_a_date_label_stays_though_written_near_a_next_meeting_heading():
    text = ("Mötesanteckningar\n\nNästa möte: (datum bestäms senare)\n\nMötesdatum: 2025-05-07\nTid: 14:00-15:00\n\n"
            "1. Budget\nBudgeten diskuterades.\n")
    rec = parse_text(text, "x.txt")
    assert (rec.date, rec.start, rec.end) == ("2025-05-07", "14:00", "15:00")
