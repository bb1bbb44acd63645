"""Cheap tests in front of an item's readers (issue 12, h83): each is pinned to the pattern it guards (every wording
the pattern reads passes it) and read through (the reader's answer is the same as without the test)."""

import pytest

from protokoll.parse import pagefurniture
from protokoll.parse.lines import Line
from regex_parts import alternatives, closing


def test_every_furniture_label_has_a_word_the_body_test_asks_for():
    parts = alternatives(pagefurniture._LABEL)
    assert len(parts) == 3
    for part in parts:
        assert any(w in part.casefold() for w in pagefurniture.LABEL_WORDS), part


FURNITURE_BODIES = [
    ["Planen antas.", "Justerandes sign", "Budgeten följs upp."],
    ["Planen antas. Justerares signatur"],
    ["UTDRAGSBESTYRKANDE | Sida 2 av 7", "Resten av texten."],
    ["Justerandes S\u0131GN", "Text."],  # a dotless i: the case-blind pattern reads it as an "i"
    ["JUSTERANDES S\u0130GN"],
    ["\u017fida 3 av 9"],  # a long s: case-blind, an "s"
    ["Ordförandes sign Sekreterarens sign", "", "Nämnden godkänner rapporten."],
    ["Nämnden godkänner rapporten.", "Sidan av saken diskuterades."],
    ["Ingen etikett här.", "Ekonomichefen redogjorde för läget."],
]


@pytest.mark.parametrize("texts", FURNITURE_BODIES)
def test_furniture_dropped_as_without_the_body_test(texts, monkeypatch):
    body = [Line(t, 10 * k) for k, t in enumerate(texts)]
    gated = [(ln.text, ln.start) for ln in pagefurniture.drop_furniture(body)]
    monkeypatch.setattr(pagefurniture, "may_hold_furniture", lambda body: True)
    assert gated == [(ln.text, ln.start) for ln in pagefurniture.drop_furniture(body)]


def test_a_body_without_label_words_is_not_read_line_by_line(monkeypatch):
    def fail(line):
        raise AssertionError("a line tested")

    monkeypatch.setattr(pagefurniture, "is_furniture", fail)
    body = [Line("Ekonomichefen redogjorde för läget.", 0), Line("Nämnden noterar informationen.", 40)]
    assert pagefurniture.drop_furniture(body) is body
    assert pagefurniture.may_hold_furniture([Line("Justerandes sign", 0)])
    assert not pagefurniture.may_hold_furniture(body)


def test_document_years_most_frequent_first_ties_as_first_written():
    from collections import Counter

    from protokoll.swedish import datementions

    def counted(text):  # the reading before (a Counter's most_common)
        counts = Counter()
        for m in datementions._YEAR_TOKEN.finditer(text):
            year = int(m["year"])
            if datementions.MIN_YEAR <= year <= 2099 and not datementions._MONEY.match(text, m.end()):
                counts[year] += 1
        for m in datementions._COMPACT.finditer(text):
            parts = datementions._compact_parts(m["num"])
            if parts and datementions.MIN_YEAR <= parts[0] <= 2099:
                counts[parts[0]] += 1
        return [y for y, _ in counts.most_common()]

    for text in ("Budget 2031 och 2029, plan 2029-2031 sedan 2030", "Möte 2030-03-04, 300304 och 2031", "inga år",
                 "2030", "Kostnad 2 029 kr år 2031 och 2032 2032 2030 2030", "310101 2031 2029 2029 2031"):
        assert datementions.document_years(text) == counted(text), text


def test_every_other_label_wording_has_a_word_the_test_asks_for():
    from protokoll.parse import confidence

    assert confidence.NEXT_MEETING.pattern.startswith(r"\bnästa\s")
    for rx in (confidence.PAGE_DATE, confidence.OTHER_DATE_LABEL):
        start = rx.pattern.index("(?:")
        words = alternatives(rx.pattern[start:closing(rx.pattern, start) + 1])
        assert len(words) >= 7
        for word in words:
            assert any(w in word for w in confidence.OTHER_LABEL_WORDS), word


OTHER_LABEL_SPANS = [
    ("Plats och tid: Nästa möte: 14 november 2030 kl 18", "2030-11-14"),
    ("Datum 2030-11-14 Utskriftsdatum 2030-11-20", "2030-11-20"),
    ("Sammanträdesdatum 2030-11-14 Datum för anslags uppsättande 2030-11-20", "2030-11-20"),
    ("Anslaget tas ned 2030-12-12", "2030-12-12"),
    ("Publicerad den 2030-11-14", "2030-11-14"),
    ("N\u00c4STA M\u00d6TE: 2030-11-14", "2030-11-14"),
    ("Datum 2030-11-14 kl 18.00 Plats Kommunhuset", "2030-11-14"),
    ("Sida uppdaterad: 2030-11-14", "2030-11-14"),
    ("Justeringsdatum 2030-11-20", "2030-11-20"),
    ("Skapad 2030-11-14", "2030-11-14"),
    ("H\u00e4mtad 2030-11-14", "2030-11-14"),
    ("Utskr\u0131ven 2030-11-14", "2030-11-14"),  # a dotless i, read as an "i" by the case-blind pattern
]


@pytest.mark.parametrize("span,value", OTHER_LABEL_SPANS)
def test_another_labels_date_read_as_without_the_word_test(span, value, monkeypatch):
    from protokoll.parse import confidence

    gated = confidence._other_label_date(span, value)
    monkeypatch.setattr(confidence, "_may_name_other_label", lambda text: True)
    assert gated == confidence._other_label_date(span, value)


def test_a_date_label_without_another_labels_words_finds_no_dates(monkeypatch):
    from protokoll.parse import confidence

    def fail(*args, **kwargs):
        raise AssertionError("dates looked up")

    monkeypatch.setattr(confidence.dates, "find_dates", fail)
    assert confidence._other_label_date("Datum 2030-11-14 kl 18.00 Plats Kommunhuset", "2030-11-14") is None


def test_every_run_on_presenting_phrase_passes_its_word_test():
    import re

    from protokoll.parse import presenterrunon
    from protokoll.parse.presenterclauses import ATTENDING

    source = presenterrunon.SENTENCE_PHRASE.pattern
    start = source.index("(?:")
    parts = alternatives(source[start:closing(source, start) + 1])
    assert len(parts) == 3
    nouns = re.match(r"\(\?:(.*?)\)", parts[0]).group(1).split("|")
    verbs = re.search(r"\\s\+\(\?:(.*?)\)\\s\+av", parts[0]).group(1).split("|")
    written = [f"Budget {n} {v} av ekonomichef" for n in nouns for v in verbs]
    written += [f"Budget Som föredragande {a}" for a in ATTENDING.split("|")]
    written += ["Budget Föredragande", "Budget Föredragande är", "Budget Föredragande:"]
    assert len(written) > 30
    for title in written:
        assert presenterrunon.SENTENCE_PHRASE.search(title), title
        assert presenterrunon.may_phrase(title), title


RUN_ON_TITLES = [("Budget Ärendet föredras av ekonomichef", "Anna Berg."), ("Budget Föredragande:", "Anna Berg."),
                 ("Budget Som föredragande närvarar", "Anna Berg."), ("Information av förvaltningschef", "Anna Berg."),
                 ("Budget Rapporten redovisades av", "Per Holm. Nämnden noterar."), ("Budget", "Anna Berg."),
                 ("Trafikfrågor", "Anna Berg informerar om läget."), ("Hemtjänsten Anna", "Berg hälsas välkommen och "
                                                                                     "informerar om arbetet.")]


@pytest.mark.parametrize("title,sentence", RUN_ON_TITLES)
def test_run_on_presenters_read_as_without_the_word_test(title, sentence, monkeypatch):
    from protokoll.parse import presenterrunon

    assert not presenterrunon.may_phrase("Budget för nästa år")
    gated = presenterrunon.run_on_presenters(title, sentence)
    monkeypatch.setattr(presenterrunon, "may_phrase", lambda title: True)
    assert gated == presenterrunon.run_on_presenters(title, sentence)


ORG_LINES = ["Norrby kommuns Räddningsförbund", "Protokoll Norrby kommun", "Västerby stads kulturnämnd",
             "NORRBY KOMMUN Kommunstyrelsen", "Region Norrdala län", "Kommunalförbundet Västkusten Direktionen",
             "SAMORDNINGSFÖRBUNDET ÖSTRA DALA", "Protokoll NordSydregionen", "Familjen Berg stiftelse",
             "Mötet hölls med Kulturnätverket", "Styrelsen för Västerby Energi AB", "Sjölanda Kommunalförbund",
             "Protokoll från mötet i Norrbystad", "Västerby Kommuns Räddningsförbund", "Protokoll Norrbys kommun",
             "Västerbys stad, kulturnämnden", "Sjölandas kommunalförbund"]


def test_each_organisation_pattern_finds_its_lines_only_where_its_words_are():
    from protokoll.parse import meta

    assert len(meta.ORG_PATTERNS) == len(meta.ORG_WORDS)
    for rx, words in zip(meta.ORG_PATTERNS, meta.ORG_WORDS):
        assert all(w in rx.pattern for w in words), rx.pattern
        for line in ORG_LINES:
            if rx.search(line):
                assert any(w in line for w in words), (rx.pattern, line)
    assert sum(1 for rx in meta.ORG_PATTERNS for line in ORG_LINES if rx.search(line)) >= 8


def _seed_title_lines():
    from pathlib import Path

    from protokoll.parse.lines import split_lines

    seeds = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"
    files = sorted(seeds.glob("*.txt"))
    if not files:
        pytest.skip("no seed documents in ../shared/seeds")
    return [ln.text for f in files for ln in split_lines(f.read_text(encoding="utf-8"))[:40] if ln.text]


def test_title_lines_read_as_without_the_organisation_words(monkeypatch):
    from protokoll.parse import meta

    lines = ORG_LINES + _seed_title_lines()
    gated = [meta._title_line(t, False) for t in lines]
    assert sum(1 for g in gated if g) >= 8
    monkeypatch.setattr(meta, "ORG_WORDS", tuple(("",) for _ in meta.ORG_PATTERNS))
    assert gated == [meta._title_line(t, False) for t in lines]


def test_a_documents_officer_gate_is_worked_out_once_per_office(monkeypatch):
    from protokoll.parse import meetingchair as mc

    text = "§ 1 Mötets öppnande\nMötet öppnades.\n§ 2 Val av mötesordförande\nLisa Holmgren valdes till mötesordförande.\n"
    searched = []

    class Counted:
        def __init__(self, form):
            self.form = form

        def search(self, low):
            searched.append(self.form.pattern)
            return self.form.search(low)

    chair = tuple(Counted(f) for f in mc.CHAIR_OFFICE)
    monkeypatch.setattr(mc, "CHAIR_OFFICE", chair)
    first = mc.elected_chair(text)
    assert first == ("Lisa Holmgren", text.index("Lisa")) and searched
    n = len(searched)
    assert mc.elected_chair(text) == first and not mc.election_unread(text) and len(searched) == n
    assert mc._may_elect(chair, text.replace("mötesordförande", "ordförande")) is False  # another text: its own
    assert len(searched) > n


DECIDING_SENTENCES = ["Rapporten läggs till handlingarna.", "Informationen lades till handlingarna", "Protokollet godkändes.",
                      "Beslutades att anta planen.", "Nämnden beslutar att godkänna rapporten.", "Efter diskussion "
                      "Beslutades att anta planen.", "Skrivelsen Läggs till handlingarna.", "Handlingarna lades fram.",
                      "Ekonomichefen informerade om läget.", "Rapporten läggs till handlingarna och arbetet fortsätter.",
                      "Till justerare valdes Anna Berg.", "Det antecknades att rapporten lämnats."]


@pytest.mark.parametrize("sentence", DECIDING_SENTENCES)
def test_an_unlabelled_decision_is_found_as_by_the_whole_pattern(sentence):
    from protokoll.parse import unlabelled as u

    assert u.UNLABELLED.pattern == u.UNLABELLED_HEAD.pattern + "|" + u.HANDLED.pattern
    whole = u.UNLABELLED.match(sentence) or (u.UNLABELLED_INSIDE.search(sentence, 1) if "esl" in sentence else None)
    whole = whole if whole and not u.tentative(sentence[whole.start():]) else None
    found = u.unlabelled(sentence)
    assert (found.span() if found else None) == (whole.span() if whole else None)
