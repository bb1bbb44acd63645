"""The meeting's hours from the sentences that open and close it (parse/openclose.py)."""

from protokoll.parse import parse_text
from protokoll.parse.openclose import opened_closed


def test_opened_and_closed_sentences():
    assert opened_closed("Mötet öppnades kl 18. Mötet avslutades 18:37.") == ("18:00", "18:37")
    assert opened_closed("Ordföranden förklarade sammanträdet öppnat kl. 13.05.") == ("13:05", None)
    assert opened_closed("Ordföranden tackade och avslutade mötet klockan 16.30.") == (None, "16:30")
    assert opened_closed(" 1. Mötets öppnande 18:08\n 2. Val av sekreterare\n 9. Mötets avslutande 20:15") == \
        ("18:08", "20:15")
    assert opened_closed("1. Mötets öppnande\n2. Val av justerare\n3. Mötets avslutande") == (None, None)


def test_no_time_or_another_event_gives_nothing():
    assert opened_closed("Ordföranden förklarade mötet öppnat och hälsade alla välkomna.") == (None, None)
    assert opened_closed("Mötet ajournerades kl 12.00 och återupptogs kl 13.00.") == (None, None)
    assert opened_closed("Mötet avslutades. Sidan 12 av 14") == (None, None)
    assert opened_closed("Mötet öppnades. Nästa möte den 4 maj kl 13.00.") == (None, None)


def _record(body: str):
    text = f"Protokoll\nStyrelsen\nDatum: 2023-12-07\n{body}\n\n1. Öppnande\nMötet öppnades kl. 13.05.\n\n" \
           "2. Avslutning\nOrdföranden förklarade mötet avslutat kl 15.40.\n"
    return parse_text(text, "x.txt")


def test_the_record_takes_them_where_the_header_gave_none():
    rec = _record("")
    assert (rec.start, rec.end) == ("13:05", "15:40")
    rec = _record("Tid: kl. 13.00-16.00")  # the header's hours win
    assert (rec.start, rec.end) == ("13:00", "16:00")
    rec = _record("Tid: kl. 16.00")  # an end before the start is not the end
    assert (rec.start, rec.end) == ("16:00", None)


def test_the_participle_alone_and_the_items_noun_give_the_hours_too():
    assert opened_closed("Mötet öppnat kl 18.00. Beslut fattades. Mötet avslutat 20.15.") == ("18:00", "20:15")
    assert opened_closed("1. Mötets öppning 18.05\n2. Budget\n7. Mötets avslutning kl 20.40") == ("18:05", "20:40")
    assert opened_closed("Mötet förklaras öppnat kl 9.30. Sammanträdet förklaras avslutat kl 11.45.") == \
        ("09:30", "11:45")
    assert opened_closed("Mötet öppnat.\n2. Mötets avslutning\nInga frågor.") == (None, None)


def test_a_hard_wrap_before_the_clock_word_and_a_begins_label(  # h210
):
    """ "Mötet avslutades" / "kl 12.10.": a web copy's hard wrap broke the sentence before its time; "Mötet börjar:
    Kl 11.55" writes the opening as a label. A line break before a bare number is still no time."""
    assert opened_closed("Ordföranden förklarade därefter mötet avslutat. Mötet avslutades\nkl 12.10.") == \
        (None, "12:10")
    assert opened_closed("Mötet avslutades\n12 Bilagor") == (None, None)
    rec = parse_text("Protokoll fört vid möte i Granby båtklubb 2021-06-05\nPlats: Klubbhuset\n"
                     "Mötet börjar: Kl 10.15\n"
                     "Närvarande:\nOla Ek\nSiv Berg\n§1: Mötets öppnande:\nOla Ek öppnade mötet.\n"
                     "§2: Mötets avslutande:\nMötet avslutades\nkl 11.40.\n", "x.txt")
    assert (rec.start, rec.end) == ("10:15", "11:40")
