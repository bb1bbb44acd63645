"""A sentence of the head that says when the meeting begins (parse/openclose.announced_start): the start where
none was read; where a labelled hour differs, neither is given and the record says why."""

from protokoll.parse import parse_text

PORTAL = """Sammanträde 2015-04-16

Datum
Klockan
{hour}
Plats
Stadshuset, sal 3

{sentence}

4 Anmälan av protokoll
5 Budget 2016
"""


def test_a_portal_hour_that_differs_from_the_sentence_is_left_open():
    rec = parse_text(PORTAL.format(hour="10:00", sentence="Sammanträdet börjar kl. 15.00"), "x.txt")
    assert rec.start is None
    assert any(e.path == "start" and e.rule.startswith("uncertain: the labelled hour 10:00") for e in rec.evidence)


def test_a_sentence_that_agrees_with_the_label_keeps_it():
    rec = parse_text(PORTAL.format(hour="15:00", sentence="Sammanträdet börjar kl. 15.00"), "x.txt")
    assert rec.start == "15:00"


def test_the_sentence_gives_the_start_where_none_was_read():
    text = "Kallelse\nKulturnämnden 2015-04-16\n\nSammanträdet inleds klockan 18.00 med en visning.\n\n1. Budget\n"
    assert parse_text(text, "x.txt").start == "18:00"
