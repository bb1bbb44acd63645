"""A labelled date's value is read for its date alone, as the other header readers ask for it (one kept reading of
the value, issue 12), and with its label only where the label can change the date: a dash-lost range's first day
("Tid: 10 11 oktober 2019"). Whether the date read is only a bare "Datum" label's is asked only beside a summons."""

import random
import sys

from protokoll.parse import parse_text
from protokoll.parse.headerlabels import LABELS
from protokoll.swedish import dates
from protokoll.swedish.spacedrange import OPENS_SPACED

TAIL = "\n\nNärvarande: Lisa Ek, Per Holm\n\n§ 1 Budget\nGodkändes.\n"


def _parse_asking(monkeypatch, text: str):
    """The record of ``text`` and (text asked, asking function) of every ``dates.parse_date`` call made."""
    asked: list[tuple[str, str]] = []
    real = dates.parse_date

    def spy(value, **kwargs):
        asked.append((value, sys._getframe(1).f_code.co_qualname.split(".")[0]))
        return real(value, **kwargs)

    monkeypatch.setattr(dates, "parse_date", spy)
    return parse_text(text, source="x.txt"), asked


def test_a_labelled_value_is_read_without_its_label(monkeypatch):
    rec, asked = _parse_asking(monkeypatch, "Protokoll\nByggnämnden\nDatum: 2024-03-12\nTid: 18.00-20.00\n"
                                            "Plats: Rådhuset, Norrby" + TAIL)
    assert (rec.date, rec.start, rec.end, rec.place) == ("2024-03-12", "18:00", "20:00", "Rådhuset, Norrby")
    assert not [t for t, _ in asked if t.startswith(("Datum ", "Tid "))]
    assert ("2024-03-12", "_read_date_field") in asked


def test_the_bare_date_label_is_weighed_only_beside_a_summons(monkeypatch):
    _, asked = _parse_asking(monkeypatch, "Kallelse\nMiljönämnden\nDatum: 2024-02-20\nPlats: Rådhuset" + TAIL)
    assert not [t for t, who in asked if who == "_bare_date"]
    rec, asked = _parse_asking(monkeypatch, "Kallelse\nMiljönämnden\nDatum: 2024-02-20\n\nNämnden kallas till "
                                            "sammanträde den 4 mars 2024 kl 18.00 i Rådhuset, Norrby." + TAIL)
    assert rec.date == "2024-03-04" and [t for t, who in asked if who == "_bare_date"]


def test_a_dash_lost_range_after_its_label_is_still_read_by_its_first_day():
    for header, day in (("Tid: 10 11 oktober 2019, kl 9-16", "2019-10-10"), ("Datum: 8 9 maj 2023", "2023-05-08"),
                        ("Datum och tid:  21 22 april 2022", "2022-04-21")):
        assert parse_text("Protokoll\nStyrelsen\n" + header + TAIL, source="x.txt").date == day, header


#: pieces of values a date label is written with: dates in every form, numbers, weekdays, "den", words, gaps
PIECES = ["2019-03-12", "190312", "20190312", "12/3", "12/3 2019", "12.3.2019", "12 mars", "12 mars 2019",
          "den", "tisdag", "tisdagen", "Tisdag", "5-6 september 2019", "11 12", "3", "10", "kl", "kl 18.00",
          "18.00-20.00", "nr", "Dnr", "Rådhuset", ",", ":", "\t", "  ", "maj", "2019", "13", "(3)", "§ 4", "okt."]


def test_a_label_changes_no_date_of_a_value_that_does_not_open_with_a_spaced_number():
    rng = random.Random(12)
    labels = [k for k, kind in LABELS.items() if kind in ("date", "datetime", "dateplace")]
    checked = 0
    for _ in range(3000):
        value = " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 5)))
        if OPENS_SPACED.match(value):
            continue
        label = rng.choice(labels)
        for written in (label, label.capitalize(), label.upper()):
            for years in ((), (2019,), (2020, 2019)):
                assert dates.parse_date(f"{written} {value}", years=years) == dates.parse_date(value, years=years), \
                    (written, value)
        checked += 1
    assert checked > 1500
    # the one opening where it does: a word before "10 11 oktober" makes 10 the range's first day
    assert OPENS_SPACED.match("10 11 oktober 2019") and OPENS_SPACED.match(" 8\t9 maj")
    assert dates.parse_date("Tid 10 11 oktober 2019").day == 10 and dates.parse_date("10 11 oktober 2019").day == 11
