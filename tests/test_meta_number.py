"""The meeting's own number from the title lines."""

from __future__ import annotations

import pytest

from protokoll.parse.lines import split_lines
from protokoll.parse.meetingnumber import read_number


@pytest.mark.parametrize("title, number", [
    ("Styrelsemöte 3/2019", "3/2019"),
    ("Sammanträdesprotokoll 4-2021", "4/2021"),
    ("Protokoll nr 1/2020", "1/2020"),
    ("Sammanträdesprotokoll nr 4", "4"),
    ("Kallelse till möte 2 av 3", None),
    ("Protokoll 2019-05-02", None),
    ("Sammanträdesnummer: 3", "3"),
    ("Mötesnummer 4/2021", "4/2021"),
    ("Styrelsen Sammanträde 5", "5"),
    ("PROTOKOLL 1 (6)", None),
    ("Nästa möte 3 juni", None),
    ("Möte 2, Kulturhuset", None),
])
def test_meeting_number(title, number):
    assert read_number([ln for ln in split_lines(title) if not ln.blank]) == number
