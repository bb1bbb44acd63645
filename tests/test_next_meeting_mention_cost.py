"""A later meeting of the same body named in its minutes ("kulturgruppsmötet 14 april", issue 12): the first mention
is looked for only where the body's word or a plan's word is written (the case-blind pattern is not searched over the
whole text); the earliest later date is the same, also for a plan's "nya" and its "mötestider" on two lines.
Invented text."""

import re
from datetime import date

from protokoll.parse import nextmeeting
from protokoll.parse.lines import split_lines
from protokoll.record import MeetingRecord

TEXT = ("Minnesanteckningar Kulturgruppen 2025-03-10\n\n1. Utställningen\nBilderna hängs upp efter "
        "kulturgruppsmötet 14 april.\n" + "Övrigt antecknades utan datum.\n" * 12
        + "Kulturgruppsmötet 7 april hålls i Ekby.\nInget mer.\n")


def _mention(text: str, body: str = "Kulturgruppen"):
    lines = split_lines(text)
    joined = "\n".join([ln.text for ln in lines])
    return nextmeeting._same_body_mention(lines, MeetingRecord(source="t.txt", body=body), date(2025, 3, 10),
                                          [2025], joined)


class _Re:
    """``re`` whose compiled patterns are counted."""

    def __init__(self):
        self.spies = []

    def __getattr__(self, name):
        return getattr(re, name)

    def compile(self, *args, **kwargs):
        self.spies.append(_Asked(re.compile(*args, **kwargs)))
        return self.spies[-1]


class _Asked:
    """A compiled pattern that keeps the names of the methods asked of it."""

    def __init__(self, rx):
        self.rx, self.asked = rx, []

    def __getattr__(self, name):
        self.asked.append(name)
        return getattr(self.rx, name)


def test_the_first_mention_is_looked_for_only_at_its_words(monkeypatch):
    shim = _Re()
    monkeypatch.setattr(nextmeeting, "compiled", shim.compile)  # (the pattern made from the body's stem: swedish.kept)
    assert _mention(TEXT) == date(2025, 4, 7)
    assert len(shim.spies) == 1 and "search" not in shim.spies[0].asked and shim.spies[0].asked[0] == "match"


def test_a_plan_s_words_over_a_line_end_give_its_date():
    text = "Minnesanteckningar Kulturgruppen 2025-03-10\n\nNya\nmötestider: 2 april, 7 maj\n"
    assert _mention(text) == date(2025, 4, 2)
    assert _mention("Minnesanteckningar 2025-03-10\n\nInga datum.\n") is None
