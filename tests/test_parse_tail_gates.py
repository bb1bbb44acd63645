"""Patterns whose head is a word tried at every word of a text, looked for from their rare tails instead (issue 12):
the matches are those of the whole pattern's ``finditer``, and each tail's word gate passes every wording it reads."""

import random

from protokoll.parse import ownsitting
from protokoll.parse.features import keyword_fold
from regex_parts import alternatives, closing

#: invented pieces of sentences, run together in random orders and spacings
PIECES = ["Gruppen", "styrelsen", "Nämndens", "sammanträder", "träffas", "möts", "beslutar", "beslöt", "att",
          "sammanträda", "hålla", "sammanträden", "möte", "möten", "den", "20", "april", "på", "tisdag", "2031", "nästa",
          "gång", "12-gruppen", "ab-gruppens", ":", "\n", "x", "Direktionen", "år", "Gruppens", "s", "SAMMANTRÄDER",
          "Rådets", "vid", "Ekby"]


def test_the_tail_search_finds_the_matches_finditer_finds():
    rng = random.Random(7)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(PIECES) + rng.choice([" ", " ", "\n", "", "  ", ", ", " \n "])
                       for _ in range(rng.randint(1, 12)))
        for rx, tail, _words in ownsitting.TAILS:
            want = [(m.span(), m.group(1)) for m in rx.finditer(text)]
            assert [(m.span(), m.group(1)) for m in ownsitting.matches(rx, tail, text)] == want, text
            found += len(want)
    assert found > 500


def test_the_matches_follow_one_another_without_overlap():
    text = "Gruppen sammanträder den 3 maj. Styrelsen träffas nästa gång 4/5 och Rådet möts på tisdag."
    rx, tail, _words = ownsitting.TAILS[0]
    assert [m.group(1) for m in ownsitting.matches(rx, tail, text)] == ["Gruppen", "Styrelsen", "Rådet"]


def test_every_wording_passes_its_tails_word_gate():
    for s in ("Gruppen träffas den 20 april", "Nämnden möts den 20 april", "Nämnden SAMMANTRÄDER den 20 april",
              "Nämnden sammantrader 20/4", "Gruppen beslutar att mötas den 20 april",
              "Gruppen BESLÖT att träffas den 20 april", "Rådet beslutade att sammanträda på tisdag",
              "Gruppen beslutar att hålla sammantraden den 20 april", "Gruppen beslutar att hålla möte 2031 den 2 maj",
              "Gruppens möte den 20 april", "Gruppens möten: 20 april", "Nämndens sammanträden 2016: 20 januari",
              "Nämndens SAMMANTRADE den 20 april", "Rådets\n  möte: 3/5", "NÄMNDENS MÖTE DEN 3 MAJ"):
        hits = [rx for rx, _tail, may in ownsitting.TAILS if rx.search(s) and may(keyword_fold(s))]
        assert hits, s


def _starts(alt: str) -> list[str]:
    """The wordings an alternative starts with, a leading group's alternatives each written out."""
    if alt.startswith("(?:"):
        end = closing(alt, 0)
        return [s for a in alternatives(alt[:end + 1]) for s in _starts(a + alt[end + 1:])]
    return [alt]


def test_every_web_chrome_line_passes_the_two_letter_gate():
    from protokoll.repair.webchrome import CHROME_START, WEB_CHROME, may_be_chrome

    assert WEB_CHROME.pattern.startswith("^(") and WEB_CHROME.pattern.endswith(")$")
    starts = [s for alt in alternatives(WEB_CHROME.pattern[2:-2]) for s in _starts(alt)]
    assert len(starts) > 40
    for s in starts:
        assert s[:2].isalpha() and s[:2].casefold() in CHROME_START, s
    for line in ("Meny", "SKRIV UT", "Lyssna", "Sök", "Läs mer om kakor", "Dela sidan", "Vi använder kakor på sidan"):
        assert WEB_CHROME.match(line) and may_be_chrome(line), line
    for line in ("Anna Berg (S), ordförande", "§ 4 Budget", "Ordet fritt", "Beslut", "12 (14)", "", "M"):
        assert not may_be_chrome(line), line


def test_every_municipal_building_wording_holds_a_gate_word():
    from protokoll.parse import orgowners

    src = orgowners.MUNICIPAL_BUILDING.pattern
    wordings = alternatives(src[src.index("(?:"):closing(src, src.index("(?:")) + 1])
    assert len(wordings) == len(orgowners.BUILDING_WORDS)
    for wording, word in zip(wordings, orgowners.BUILDING_WORDS):
        assert wording.endswith(word), (wording, word)
    assert orgowners.building_municipality("Plats: Rådhuset i Ekby\nEkby kommun\nEkby kommun") is None


def test_a_text_that_goes_on_without_a_meeting_going_on_passes_no_gate():
    from protokoll.parse import upcoming

    for s in ("Mötet ajournerades till den 16 april", "Sammanträdet fortsätter den 16 april",
              "MÖTET återupptas den 16 april"):
        assert upcoming.OTHER_WORDING.search(s) and upcoming.may_name_other(s), s
    assert not upcoming.may_name_other("Arbetet med planen fortsätter under våren")
