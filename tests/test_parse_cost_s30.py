"""Issue 12, session 30: cuts in the parse's cost that leave every record the same; each test fails without its cut."""

from __future__ import annotations

import re

from protokoll.parse import runon, sequencegaps
from protokoll.swedish import minutes
from protokoll.swedish.kept import compiled


def _in_re_cache(fragment: str) -> bool:
    return any(isinstance(key[1], str) and fragment in key[1] for key in list(re._cache))


def test_compiled_is_kept_and_stays_out_of_re_cache():
    first = compiled(r"Ärende\s+4711\b", re.I)
    assert compiled(r"Ärende\s+4711\b", re.I) is first
    assert first.search("se ärende 4711 nedan") and not first.search("ärende 47110")
    assert not _in_re_cache("4711")


def test_patterns_made_from_numbers_stay_out_of_re_cache():
    # a long document's item numbers made ~600 patterns a pass: re's cache of 512 then evicted the literal ones
    assert sequencegaps._marker("§ 913 Budget för året", "913") == "§"
    assert runon.next_number_at("8. Seminarium om skolan 917. Ekonomisk uppföljning", 916) == 24
    assert minutes.printed_style("§ 918a Val\n§ 919 Budget", ["918a", "919"]) == minutes.SECTION
    assert not any(_in_re_cache(n) for n in ("913", "917", "918a"))
