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


class _Spy:
    """A compiled pattern's stand-in that counts the calls of each method and answers as the pattern does."""

    def __init__(self, rx: re.Pattern) -> None:
        self.rx, self.calls = rx, []

    def __getattr__(self, name):
        def call(*args, **kwargs):
            self.calls.append((name, args[0] if args else None))
            return getattr(self.rx, name)(*args, **kwargs)
        return call


def _lines(*texts: str):
    from protokoll.parse.lines import Line
    out, at = [], 0
    for t in texts:
        out.append(Line(t, at))
        at += len(t) + 1
    return out


def test_meeting_number_patterns_only_where_their_words_are(monkeypatch):
    from protokoll.parse import meetingnumber
    spies = {name: _Spy(getattr(meetingnumber, name)) for name in ("NUMBER_IN_YEAR", "NUMBER_WITHOUT_YEAR",
                                                                   "NUMBER_LABEL", "BARE_NUMBER", "CODE_NUMBER")}
    for name, spy in spies.items():
        monkeypatch.setattr(meetingnumber, name, spy)
    assert meetingnumber.read_number(_lines("Kommunstyrelsen", "Tisdag 12 mars kl. 13.00", "Rum 4")) is None
    assert all(not spy.calls for spy in spies.values())
    # the number read as before where the words are written, in any case
    assert meetingnumber.read_number(_lines("PROTOKOLL NR 4/2019", "Styrelsen")) == "4/2019"
    assert meetingnumber.read_number(_lines("Styrelsemöte 3-2021")) == "3/2021"
    assert meetingnumber.read_number(_lines("Protokoll nummer 7", "Norrby")) == "7"
    assert meetingnumber.read_number(_lines("Sammanträde 5", "Norrby")) == "5"
    assert meetingnumber.read_number(_lines("Mötesnummer: 12")) == "12"
    assert meetingnumber.read_number(_lines("KS 3/2019 Protokoll")) == "3/2019"


def test_inline_tokens_only_in_lines_with_a_digit(monkeypatch):
    from protokoll.parse import inlinetokens
    spy = _Spy(inlinetokens.TOKEN)
    monkeypatch.setattr(inlinetokens, "TOKEN", spy)
    found = inlinetokens._tokens(_lines("Dagordning Kommunstyrelsen Norrby", "1. Val av justerare 2. Budget för året"))
    assert [t.number for t in found] == [1]
    assert spy.calls and "Dagordning Kommunstyrelsen Norrby" not in [c[1] for c in spy.calls]


def test_month_and_year_read_where_a_year_is_written(monkeypatch):
    from protokoll.swedish import datementions
    pad = "Övrigt antecknades utan datum. " * 20  # long texts: a short one is scanned whole (yearled.LONG)
    texts = [pad + t for t in ("Budget för mars 2019 och\nMAJ\n2020 samt ſeptember 2021",
                               "xmars 2019, juni 20191, april 2019/3", "Protokoll december  1999 jan 2020",
                               "inga datum här", "juli\u00a02022 och Augusti 2023.")]
    want = [[(m.span(), m.groupdict()) for m in datementions._MONTH_YEAR.finditer(t)] for t in texts]
    spy = _Spy(datementions._MONTH_YEAR)
    monkeypatch.setattr(datementions, "_MONTH_YEAR", spy)
    assert [[(m.span(), m.groupdict()) for m in datementions._month_years(t)] for t in texts] == want
    assert sum(map(len, want)) == 6
    assert {c[0] for c in spy.calls} == {"match"}  # never searched at every position
    assert [m.group() for m in datementions._month_years("Styrelsen mars 2024")] == ["mars 2024"]
    assert spy.calls[-1][0] == "finditer"  # a short text is scanned whole


def test_secretary_election_read_only_where_sekr_is_written(monkeypatch):
    from protokoll.parse import secretaries
    spies = [_Spy(rx) for rx in secretaries._ELECTED]
    monkeypatch.setattr(secretaries, "_ELECTED", spies)
    assert secretaries.elected([("Val av justerare", "Till justerare valdes Anna Berg och Per Holm.")]) is None
    assert not any(spy.calls for spy in spies)
    assert secretaries.elected([("Val av sekreterare", "Till sekreterare valdes Anna Berg.")]) == "Anna Berg"
    assert secretaries.elected([("Mötets öppnande", "Mötet valde Per Holm till mötessekreterare.")]) == "Per Holm"


def test_session_date_and_download_line_only_where_their_words_are(monkeypatch):
    from protokoll.parse import fallbacks
    from protokoll.record import MeetingRecord
    spies = {name: _Spy(getattr(fallbacks, name)) for name in ("SESSION_DATE", "DOWNLOAD_TITLE")}
    for name, spy in spies.items():
        monkeypatch.setattr(fallbacks, name, spy)
    rec = MeetingRecord(source="x")
    fallbacks.meeting_date(rec, [], "Protokoll\nKommunstyrelsen\n§ 1 Budget", [2024])
    assert rec.date is None and not any(spy.calls for spy in spies.values())
    fallbacks.meeting_date(rec, [], "ANSLAG/BEVIS\nOrgan och sammanträdesdatum Kommunstyrelsen 2024-03-05", [2024])
    assert rec.date == "2024-03-05"
    rec = MeetingRecord(source="x")
    fallbacks.meeting_date(rec, [], 'Ladda ner "Protokoll styrelsemöte 12 mars 2024"\n§ 1', [2024])
    assert rec.date == "2024-03-12"


def test_adjusters_matched_at_their_opening_words(monkeypatch):
    from protokoll.parse import officerclash
    from protokoll.record import MeetingRecord
    spy = _Spy(officerclash.ELECTED_AFTER)
    monkeypatch.setattr(officerclash, "ELECTED_AFTER", spy)
    text = "§ 2 Val av justerare\nTILL JUSTERARE VALDES Anna Berg (S) och Per Holm.\nUtses att justera: Eva Lind"
    assert officerclash._adjusters(MeetingRecord(source="x"), text) == {"Anna Berg", "Per Holm", "Eva Lind"}
    assert spy.calls and {c[0] for c in spy.calls} == {"match"}  # never tried at every position


def test_opening_and_closing_hours_matched_at_their_opening_words(monkeypatch):
    from protokoll.parse import openclose
    spies = {name: _Spy(getattr(openclose, name)) for name in ("OPENED", "CLOSED")}
    for name, spy in spies.items():
        monkeypatch.setattr(openclose, name, spy)
    text = "§ 1\nORDFÖRANDEN FÖRKLARADE MÖTET ÖPPNAT kl. 18.05.\n§ 9\nMötets avslutning\nSammanträdet avslutades 20.45."
    assert openclose.opened_closed(text) == ("18:05", "20:45")
    assert all(spy.calls and {c[0] for c in spy.calls} == {"match"} for spy in spies.values())
