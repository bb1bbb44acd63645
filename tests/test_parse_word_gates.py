"""Word gates in front of costly searches (issue 12): a rule's pattern runs only where a word or mark each of its
wordings needs is in the text, so the gate never hides a match. Each gate's words are checked against the pattern
they guard (every alternative of the pattern passes the gate) and against the lines of the seed documents."""

import re
from datetime import date
from pathlib import Path

import pytest

from protokoll.parse import (attendance, headingrules, inlinetokens, lines, names, partlabels, presenterrun, presenters,
                             runon, standsin, unlabelled)
from protokoll.parse.features import keyword_fold
from protokoll.parse.inlinetokens import DECIDING_COLON
from protokoll.parse.runningtext import split_sentences
from protokoll.swedish.deadlines import resolve_deadline
from regex_parts import Spy as _Spy, alternatives as _alternatives, closing as _closing

SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"


def _seed_lines() -> list[str]:
    files = sorted(SEEDS.glob("*.txt"))
    if not files:
        pytest.skip("no seed documents in ../shared/seeds")
    return [ln.text for f in files for ln in lines.split_lines(f.read_text(encoding="utf-8")) if ln.text]


def test_alternatives_split_at_the_top_level_only():
    assert _alternatives(r"(?:a(?:b|c)|[|x]d|e\|f)") == ["a(?:b|c)", "[|x]d", r"e\|f"]


def test_every_part_label_has_the_words_the_gate_asks_for():
    for alt in _alternatives(partlabels.PRESENTER.split(")(?:")[0] + ")"):
        assert "öredra" in alt, alt
    for alt in _alternatives(partlabels.PROPOSAL):
        assert "örslag" in alt, alt


def test_part_labels_cut_only_where_their_words_are_written():
    cut = partlabels.split_item_parts([lines.Line("Bakgrund till ärendet och dess delar. Socialnämndens förslag till "
                                                  "beslut: att anta planen", 0)])
    assert [ln.text for ln in cut] == ["Bakgrund till ärendet och dess delar.", "Socialnämndens förslag till beslut:",
                                       "att anta planen"]
    cut = partlabels.split_item_parts([lines.Line("Budget för året gicks igenom. Föredragande: Anna Berg, ekonom", 0)])
    assert [ln.text for ln in cut] == ["Budget för året gicks igenom.", "Föredragande: Anna Berg, ekonom"]
    plain = lines.Line("Bakgrund till ärendet och dess delar utan någon etikett alls i texten", 0)
    assert partlabels.split_item_parts([plain]) == [plain]


def test_chosen_verbs_all_pass_their_gate():
    verbs = re.search(r"\(\?:om\)\?\(\?:(.*)\)\\b", presenters.CHOSEN.pattern).group(1).split("|")
    assert len(verbs) > 15
    for verb in verbs:
        for written in (verb, verb.upper(), verb.capitalize(), "om" + verb, f"Till ordförande {verb}: Anna Berg"):
            assert presenters.may_choose(written), written
    assert not presenters.may_choose("Budget för 2025 (Anna Berg)")
    assert presenters.title_presenters("Till ordförande VALDES Anna Berg") == ("Till ordförande VALDES Anna Berg", [])


def test_title_labels_all_pass_their_gate():
    labels = re.search(r"\(\?:(\[Ff\].*?)\)\\s\*:\?", presenterrun.TITLE_LABEL.pattern).group(1).split("|")
    for label in labels:
        for written in {re.sub(r"\[(\w)(\w)\]", r"\1", label), re.sub(r"\[(\w)(\w)\]", r"\2", label)}:
            assert presenterrun._label_word(written.replace(r"\s", " ")), written
    assert presenterrun.title_label_presenters("Budget (föredragande Anna Berg)") == ("Budget", ["Anna Berg"])
    assert presenterrun.title_label_presenters("Budget för Anna Berg") == ("Budget för Anna Berg", [])


def test_marked_names_need_a_dash_or_a_parenthesis():
    assert presenterrun.marked_presenters("Kommunikationsplan – Anna Berg och Per Ek")[1] == ["Anna Berg", "Per Ek"]
    assert presenterrun.marked_presenters("Kommunikationsplan Anna Berg och Per Ek")[1] == []


def test_list_label_words_all_pass_their_gate():
    words = re.search(r"\\b\(\?:(.*)\)\\s\*:\?\$", headingrules.LIST_LABEL.pattern).group(1).split("|")
    assert "beslut" in words and "att" in words
    for word in words:
        for written in (word, word.upper(), word.capitalize() + ":", f"Nämnden {word}  :", f"{word}\t", f"{word}:\n"):
            assert headingrules._may_label(written) == bool(headingrules.LIST_LABEL.search(written)), written
    assert not headingrules._may_label("Nämnden beslutar att anta planen.")
    assert not headingrules._may_label("")


def test_page_marks_need_a_parenthesis_or_sida():
    for written in ("Protokoll 2 (8)", "Sida 2 av 8", "SİDA 3", "ſida 4", "sida 5 (9)"):
        assert lines._may_mark(written) and lines.PAGE_MARK.search(written), written
    assert not lines._may_mark("Kommunstyrelsen 2024-03-01 3")


def test_no_gate_hides_a_match_on_the_seed_lines():
    checked = 0
    for text in _seed_lines():
        low = keyword_fold(text)
        if presenters.CHOSEN.search(text):
            assert presenters.may_choose(text), text
        if presenterrun.TITLE_LABEL.search(text):
            assert presenterrun._label_word(text), text
        if presenterrun.MARKED.search(text):
            assert "(" in text or "-" in text or "–" in text, text
        if headingrules.LIST_LABEL.search(text):
            assert headingrules._may_label(text), text
        if DECIDING_COLON.search(text[-200:]):
            assert text.rstrip().endswith(":"), text
        if lines.PAGE_MARK.search(text):
            assert lines._may_mark(text), text
        if partlabels.MIDLINE.search(text) or partlabels.OPENING.match(text):
            assert "örslag" in text or "öredra" in text, text
        if presenters.INVERTED.search(text):
            assert presenters.INVERTED.match(text), text
        checked += bool(low)
    assert checked > 200


def test_title_parts_cut_only_where_a_label_word_is_written():
    title, parts = partlabels.title_parts("Budget 2025 Föredragande: Anna Berg", 0)
    assert title == "Budget 2025" and [ln.text for ln in parts] == ["Föredragande: Anna Berg"]
    assert partlabels.title_parts("Budget 2025 och Anna Berg", 0) == ("Budget 2025 och Anna Berg", [])


def test_electing_verbs_all_pass_their_gate():
    groups = re.findall(r"\(\?:((?:utsågs|valdes|utses|väljs)(?:\|\w+)*)\)", attendance.ELECTED.pattern)
    assert len(groups) == 2
    for verb in {v for g in groups for v in g.split("|")}:
        assert attendance._electing_verb(f"Till sekreterare {verb} Anna Berg"), verb
    assert not attendance._electing_verb("Anna Berg informerade om budgeten.")
    # a stämma's decision: "att till ordförande (för stämman) välja Anna Berg" (its infinitives, gated too)
    decided = re.findall(r"\(\?:((?:välja|utse)(?:\|\w+)*)\)", attendance.ELECTED.pattern)
    assert decided == ["välja|utse"]
    for verb in decided[0].split("|"):
        text = f"Stämman beslutade att till ordförande för stämman {verb} Anna Berg."
        assert attendance._electing_verb(text) and attendance.ELECTED.search(text).group("c") == "Anna Berg", verb


def _first_letters_case_insensitive(words: list[str]) -> set[str]:
    """Every character a case-insensitive pattern takes for the first letter of one of ``words``."""
    first = re.compile("[" + "".join({w[0].lower() for w in words}) + "]", re.I)
    return {chr(c) for c in range(0x110000) if first.match(chr(c))}


def test_presenter_labels_start_with_a_letter_of_the_gate():
    labels = re.findall(r"(?<!\w)[A-ZÅÄÖ]\w*", presenters.PRESENTER.pattern)  # each alternative opens capitalised
    assert {"Föredragande", "Inbjudna", "Gäst"} <= set(labels)
    assert _first_letters_case_insensitive(labels) <= presenters.PRESENTER_FIRST


def test_role_words_start_with_a_letter_of_the_gate():
    roles = re.search(r"\^\((.*?)\)\\s\+", names.LEADING_ROLE.pattern).group(1).split("|")
    assert "ordförande" in roles
    assert _first_letters_case_insensitive(roles) <= names.ROLE_FIRST
    firsts = re.search(r"\^\(\?:(.*?)\)\\s", standsin.STANDS_IN_FOR.pattern).group(1).split("|")
    assert {c for w in firsts for c in (re.match(r"\[(\w+)\]", w).group(1) if w.startswith("[") else w[0])} \
        <= set(standsin.STANDS_IN_FOR_FIRST)


def test_page_ahead_is_the_pattern_within_70_characters():
    for text in ("2 Sammanträdesprotokoll Sida 2 (24)", "1 Kommunstyrelsen 3 (22)", "4 4 av 22", "Budget och plan",
                 "x" * 80 + " Sida 3"):
        for pos in (0, 1, 2):
            assert bool(inlinetokens.page_ahead(text, pos)) == bool(inlinetokens.PAGE_AHEAD.match(text, pos, pos + 70))


def test_gated_readers_read_the_seed_lines_as_without_their_gates(monkeypatch):
    seed = _seed_lines()
    heads = [t for t in seed if len(t) < 160]
    gated = [runon.split_sentence(t) for t in heads]
    parts = [partlabels.title_parts(t, 0) for t in heads]
    monkeypatch.setattr(runon, "_may_open_sentence", lambda title: True)
    assert [runon.split_sentence(t) for t in heads] == gated
    assert any(rest for _, rest in gated) and any(not rest for _, rest in gated)
    for text in seed:
        if attendance.ELECTED.search(text):
            assert attendance._electing_verb(text), text
        if presenters.PRESENTER.match(text):
            assert text[:1] in presenters.PRESENTER_FIRST, text
        if names.LEADING_ROLE.match(text):
            assert text[:1] in names.ROLE_FIRST, text
        assert bool(inlinetokens.page_ahead(text, 0)) == bool(inlinetokens.PAGE_AHEAD.match(text, 0, 70)), text
    assert len(parts) == len(heads)


def test_a_sentence_is_cut_off_a_title_only_with_a_verb_or_att_ahead():
    assert runon.split_sentence("Mötets öppnande Ordföranden hälsade alla välkomna") == \
        ("Mötets öppnande", "Ordföranden hälsade alla välkomna")
    assert not runon._may_open_sentence("Budget för år 2025 Kommunstyrelsen")
    assert runon.split_sentence("Budget för år 2025 Kommunstyrelsen") == ("Budget för år 2025 Kommunstyrelsen", "")


def test_every_presenting_wording_passes_its_gate():
    verbs = re.findall(r"[a-zåäö]+(?: igenom)?", presenters.PRESENTS.split("(?:")[0]) + \
        re.findall(r"\w+", presenters.VERBS) + \
        re.search(r"\^\(\?:(.*?)\)", presenters.VERB_FIRST.pattern).group(1).split("|") + \
        re.search(r"\^\(\?:(.*?)\)\\s\+", presenters.BY.pattern).group(1).split("|")
    nouns = re.findall(r"\(\?:(?:dragning|information)\|[^)]*\)", presenters.PRESENTS)
    assert len(verbs) > 40 and len(nouns) == 2
    for word in verbs + [w for group in nouns for w in group[3:-1].split("|")]:
        assert presenters.may_present(f"Anna Berg {word} om budgeten"), word
    assert presenters.presenters_in("Anna Berg informerade om budgeten.") == ["Anna Berg"]
    assert presenters.presenters_in("Information lämnades av Anna Berg.") == ["Anna Berg"]
    assert presenters.presenters_in("Ärendet bordläggs till nästa sammanträde.") == []


def test_presenters_read_in_the_seed_sentences_as_without_their_gate(monkeypatch):
    sentences = [s for t in _seed_lines() for s in split_sentences(t)]
    gated = [presenters.presenters_in(s) for s in sentences]
    assert any(gated) and not all(presenters.may_present(s) for s in sentences)
    monkeypatch.setattr(presenters, "may_present", lambda sentence: True)
    assert [presenters.presenters_in(s) for s in sentences] == gated


def test_a_deadline_without_a_date_or_midsommar_is_none_at_once():
    meeting = date(2024, 3, 1)
    assert resolve_deadline("Kansliet tar fram ett underlag till nästa möte.", meeting) is None
    assert resolve_deadline("Kansliet tar fram ett underlag senast den 15 april.", meeting) == date(2024, 4, 15)
    assert resolve_deadline("Planen ska vara klar till midsommar.", meeting) == date(2024, 6, 21)


def test_an_inside_decision_wording_needs_esl():
    words = re.search(r"\\s\(\?:(.*?)\)\\s\+att", unlabelled.UNLABELLED_INSIDE.pattern).group(1).split("|")
    assert len(words) == 5 and all("esl" in w for w in words)
    assert unlabelled.unlabelled("Efter diskussion Beslutades att anta planen.").group(0).strip().startswith("Beslutades")
    assert unlabelled.unlabelled("Efter diskussion antas planen av gruppen.") is None


def test_long_folds_are_kept_for_the_last_few_texts_only():
    from protokoll.parse import features
    texts = [f"Dokument {k} " + "Ärendet gäller İstanbul och ÅTGÄRDER. " * 20 for k in range(features.LONG_KEPT + 3)]
    for text in texts:
        assert features.keyword_fold(text) == text.casefold().replace("i\u0307", "i")
    assert len(features._LONG_FOLDS) == features.LONG_KEPT
    assert texts[-1] in features._LONG_FOLDS and texts[0] not in features._LONG_FOLDS
    assert features.keyword_fold("Kort ÅTGÄRD") == "kort åtgärd"


def test_every_meeting_officer_election_form_needs_the_office_and_an_election_word():
    from protokoll.parse import meetingchair as mc
    for pattern, office in ((mc.ELECTION, mc.OFFICE), (mc.ANY_ELECTION, mc.OFFICE), (mc.SECRETARY_ELECTION, mc.SECRETARY)):
        for alt in _alternatives(pattern.pattern):
            assert office in alt, alt
            assert any(w in alt for w in mc.ELECTION_WORDS), alt


def test_meeting_officer_elections_read_behind_the_gate_and_nothing_without_its_words():
    from protokoll.parse import meetingchair as mc
    text = "§ 1 Mötets öppnande\nMötet öppnades.\n§ 2 Val av mötesordförande\nLisa Holmgren valdes till mötesordförande.\n"
    assert mc.elected_chair(text) == ("Lisa Holmgren", text.index("Lisa"))
    assert mc.elected_secretary("Till mötets sekreterare utsågs Karl Dahl.") == ("Karl Dahl", 0)
    assert mc.election_unread("Till ordförande för mötet valdes Anna-Britta.")
    assert mc.elected_chair(text.replace("valdes", "blev")) is None  # no election word: the gate holds
    assert not mc.election_unread(text.replace("mötesordförande", "ordförande"))  # no office of this meeting


def test_every_plan_heading_has_a_word_the_gate_asks_for():
    from protokoll.parse import meetingplan
    inner = re.search(r"\(\?:(mötesplan[^)]*)\)", meetingplan.PLAN_HEADING.pattern).group(1)
    for alt in inner.split("|"):
        assert any(w in alt for w in meetingplan.PLAN_HEADING_WORDS), alt


def test_a_plan_under_its_heading_is_read_behind_the_gate():
    from protokoll.parse import meetingplan
    text = "Protokoll styrelsemöte\nMÖTESTIDER HÖSTEN\n8 oktober\n12 november\n"
    got = meetingplan.plan_below(lines.split_lines(text), date(2023, 9, 20), [2023], {"styrelse"})
    assert got == date(2023, 10, 8)
    assert meetingplan.plan_below(lines.split_lines(text.replace("MÖTESTIDER", "MÖTEN")), date(2023, 9, 20), [2023],
                                  {"styrelse"}) is None


def test_every_deferred_passive_and_note_of_some_passes_the_tentative_gates():
    from protokoll.parse import tentative as tv
    for alt in _alternatives(tv._PASSIVE_INFINITIVE):
        written = alt.replace(r"\s+", " ")
        assert tv._may_defer(f"Frågan ska {written} senare"), alt
        assert tv.tentative(f"Frågan ska {written} senare"), alt
    for verb in ("noteras", "NOTERADES", "Antecknas", "antecknades"):
        for some in ("bl.a.", "BL. A.", "bland annat", "Bland Annat"):
            assert tv._may_note_some(f"Det {verb} {some} att planen följs"), (verb, some)
            assert tv.tentative(f"Det {verb} {some} att planen följs"), (verb, some)
    assert not tv._may_defer("Protokollet godkändes.") and not tv.tentative("Protokollet godkändes.")
    assert not tv._may_note_some("Informationen noteras.") and not tv.tentative("Informationen noteras.")
    assert not tv.tentative("Mötet beslutade att styrelsen ska väljas på två år.")


def test_every_protocol_mark_has_a_word_the_gate_asks_for():
    from protokoll.parse import kindmarks
    words = ("juster", "anslag", "paragrafer", "underskrifter", "bestyrk")
    for pattern in (kindmarks.JUSTERAT, kindmarks.BOX_LABEL):
        inner = pattern.pattern[pattern.pattern.index("(?:"):]
        for alt in _alternatives(inner[:_closing(inner, 0) + 1]):
            assert any(w in alt for w in words), alt
    head = [lines.Line("Styrelsemöte", 0)]
    marked = "Styrelsemöte\nPROTOKOLLET ÄR JUSTERAT\nBevis / Anslag\n"
    assert kindmarks.may_mark(marked) and kindmarks.protocol_marked(None, head, marked) == "protocol"
    assert kindmarks.protocol_marked(None, head, "Styrelsemöte\nJusteringens plats och tid: kansliet\n") == "protocol"
    assert not kindmarks.may_mark("Styrelsemöte\nBudgeten gicks igenom.\n")
    assert kindmarks.protocol_marked(None, head, "Styrelsemöte\nBudgeten gicks igenom.\n") is None


OFFICE_WORDINGS = ("mötesordförande", "Mötets  ordförande", "ORDF. FÖR MÖTET", "Ordförande vid årsmötet",
                   "ordförande på dagens\nmöte", "Ordf. för konstituerande mötet", "ordförande för förhandlingarna")


@pytest.mark.parametrize("kind", ["chair", "secretary"])
def test_the_office_searched_in_the_lowered_opening_is_found_where_the_case_blind_form_is(kind):
    from protokoll.parse import meetingchair as mc
    office, forms = (mc.OFFICE, mc.CHAIR_OFFICE) if kind == "chair" else (mc.SECRETARY, mc.SECRETARY_OFFICE)
    blind = re.compile(office, re.I)
    assert len(_alternatives(office)) == len(forms)
    texts = [w if kind == "chair" else w.replace("ordförande", "sekreterare").replace("ORDF.", "SEKR.")
             .replace("Ordf.", "Sekr.").replace("Ordförande", "Sekreterare") for w in OFFICE_WORDINGS]
    texts += ["Ordförande: Per Holm", "ordförande för kommunstyrelsen", "Sekreterare Anna Berg", "mötets sekr."]
    texts += [p.read_text(encoding="utf-8")[:mc.OPENING] for p in sorted(SEEDS.glob("*.txt"))]
    found = [t for t in texts if blind.search(t)]
    assert len(found) >= len(OFFICE_WORDINGS)
    for text in texts:
        assert (blind.search(text) is not None) == any(f.search(text.lower()) for f in forms), text[:60]


def test_every_lead_form_has_a_word_the_gate_asks_for():
    from protokoll.parse import meetingchair as mc
    for alt in _alternatives(mc.LEAD.pattern):
        assert any(w in alt for w in mc.LEAD_WORDS) or mc.LEAD_GATE.pattern in alt, alt
    assert mc.elected_chair("§ 1\nMötet leddes av Per Holm.\n") == ("Per Holm", 4)
    assert mc.elected_chair("Per Holm valdes att leda\nmötet.") == ("Per Holm", 0)
    assert mc.elected_chair("Ledamöter: Per Holm, Eva Lind.\nPer Holm valdes att ledamot.") is None


def test_every_page_head_has_the_words_its_gate_asks_for():
    from protokoll.parse import orgsigns
    kinds = re.search(r"\(\?:(SAMMANTRÄDESPROTOKOLL\|PROTOKOLL)\)", orgsigns.PAGE_HEAD.pattern).group(1)
    assert all(orgsigns.PAGE_HEAD_WORD in k for k in kinds.split("|"))
    assert orgsigns.MIXED_PAGE_HEAD.pattern.endswith(r"(?:kommun|stad))[ \t]+" + orgsigns.PAGE_KINDS)
    assert [g.pattern for g in orgsigns.MIXED_PAGE_GATES] == [rf"{w}[ \t]+{orgsigns.PAGE_KINDS}" for w in ("kommun", "stad")]
    for kind in _alternatives(orgsigns.PAGE_KINDS[:-2]):
        for head in (f"2 Norrby kommun {kind}\n", f"Övre Norrby stad\t{kind} 3(9)\n"):
            assert any(g.search(head) for g in orgsigns.MIXED_PAGE_GATES), head
            assert orgsigns.MIXED_PAGE_HEAD.search(head), head


def test_page_heads_read_behind_their_gates():
    from protokoll.parse import orgsigns
    assert orgsigns.page_head("§ 3 Val\nText.\n4 Habo kommun\tSammanträdesprotokoll\n§ 4\n") == "Habo kommun"
    assert orgsigns.page_head("§ 3 Val\nText.\n4 HABO KOMMUN SAMMANTRÄDESPROTOKOLL 4(9)\n") == "Habo kommun"
    assert orgsigns.page_head("Protokoll kommunstyrelsen\nHabo kommun\nStadshuset\n") is None


def test_every_plain_proposal_label_has_a_word_its_gate_asks_for():
    labels = re.search(r"\(\?=\(\?:(Förslag.*?)\)\(\?::", partlabels.PLAIN_MIDLINE.pattern).group(1)
    assert len(_alternatives(labels)) == 4
    for alt in _alternatives(labels):
        assert any(w in alt for w in partlabels.PLAIN_WORDS), alt
    text = "Taxa 2022 enligt nämndens förslag och mer text Beslutsförslag Nämnden antar taxan"
    assert partlabels.title_parts(text, 0)[0] == "Taxa 2022 enligt nämndens förslag och mer text"
    assert partlabels.title_parts("Taxa 2022 enligt nämndens förslag Nämnden antar", 0) == (
        "Taxa 2022 enligt nämndens förslag Nämnden antar", [])


def test_a_run_on_sub_point_is_cut_behind_its_number_gate():
    from protokoll.parse.headings import SUB_POINT, sub_point_cut
    assert "1[.)]" in SUB_POINT.pattern and SUB_POINT.pattern.count("1") == 1
    assert sub_point_cut("Information 1) Ordföranden informerar") == len("Information")
    assert sub_point_cut("Information\t1.") == len("Information")
    assert sub_point_cut("Information om 2. kvartalet") is None


def test_section_presenters_split_an_items_text_only_behind_the_presenter_word(monkeypatch):
    from protokoll.parse import sectionpresenters as sp
    from protokoll.record import Item
    group = re.match(r"\^\(\?:(.*?)\)", sp.SECTION_PRESENTER.pattern).group(1)
    assert all(alt.startswith(sp.PRESENTER_WORD) for alt in _alternatives(group))
    items = [Item("4", "Val", text="Beslutsärenden\n\nFöredragande kommunalråd: Vera Lundmark (c)"),
             Item("5", "Taxor"), Item("6", "Budget", presenters=["Olle Sand"])]
    sp.place_section_presenters(items)
    assert [i.presenters for i in items] == [[], ["Vera Lundmark"], ["Olle Sand"]]
    spy = _Spy(sp.SECTION_HEADING)
    monkeypatch.setattr(sp, "SECTION_HEADING", spy)
    plain = [Item("1", "Öppnande", text="Ordföranden hälsar välkommen.\n\nMotioner"), Item("2", "Taxor", text="Text.")]
    sp.place_section_presenters(plain)
    assert spy.calls == 0 and [i.presenters for i in plain] == [[], []]


def test_the_opener_is_sought_only_where_an_opening_verb_is_written(monkeypatch):
    from protokoll.parse import attendance
    for rx in (attendance.OPENED, attendance.OPENED_GIVEN):
        for alt in _alternatives(rx.pattern):
            assert any(v in alt for v in attendance.OPENING_VERBS), alt
    assert attendance._opener("Ordförande Vera Lundmark öppnade sammanträdet.", []) == "Vera Lundmark"
    assert attendance._opener("Vera Lundmark ordförande hälsar alla välkomna.", []) == "Vera Lundmark"
    spy = _Spy(attendance.OPENED)
    monkeypatch.setattr(attendance, "OPENED", spy)
    assert attendance._opener("Ordförande Vera Lundmark informerade om budgeten.", []) is None
    assert spy.calls == 0


def test_row_presenters_count_case_numbers_only_in_headings_with_a_slash(monkeypatch):
    from protokoll.parse import presenterrows
    from protokoll.record import Item
    assert "/" in presenterrows.CASE.pattern.replace("(?:(?:19|20)\\d\\d)?", "")
    items = [Item("2", "Utredning om skolskjuts"), Item("3", "Omdisponering", presenters=["Vera Lundmark", "Olle Sand"])]
    heads = ["2. Utredning om skolskjuts", "3. Omdisponering av budget 2031/100 KS 2031/106 KS Vera Lundmark Olle Sand"]
    presenterrows.place_row_presenters(items, heads)
    assert [i.presenters for i in items] == [["Vera Lundmark"], ["Olle Sand"]]
    spy = _Spy(presenterrows.CASE)
    monkeypatch.setattr(presenterrows, "CASE", spy)
    presenterrows.place_row_presenters([Item("1", "Val", presenters=["A B"])], ["1. Val av justerare"])
    assert spy.calls == 0


def test_the_two_lines_above_a_label_are_read_from_the_headers_end():
    from protokoll.parse import whenwhere
    header = lines.split_lines("Plats: Salen\n\nJusterare: Vera Lundmark\nErsättare: Olle Sand\n\nTid: 18 mars\n")
    at = next(ln.start for ln in header if ln.text.startswith("Tid"))
    for cut in (0, 5, at, at + 3, 10_000):
        old = [ln.text.strip() for ln in header if ln.start + len(ln.text) < cut and not ln.blank][-2:]
        assert whenwhere._two_above(header, cut) == old
    assert whenwhere._two_above(header, at) == ["Justerare: Vera Lundmark", "Ersättare: Olle Sand"]


def test_timed_and_counted_headings_are_tried_only_on_lines_opening_with_a_digit_or_kl(monkeypatch):
    assert headingrules.TIMED.pattern.startswith(r"^(\d")
    assert headingrules.COUNTED_NUMBER.pattern.startswith(r"^\d")
    assert headingrules.TIME_FIRST.pattern.startswith(r"^(?:(?i:kl)\.?\s*)?" + headingrules.SLOT_TIME)
    assert headingrules.SLOT_TIME.startswith(r"\d")
    assert {c for c in map(chr, range(0x3000)) if re.match(r"(?i:k)", c)} <= set(headingrules.TIME_OPENERS)
    for text in ("09.10–09.40   2. Samverkan vid utskrivning", "Kl 09.10 2. Samverkan vid utskrivning"):
        got = headingrules._candidate(lines.split_lines(text + "\n"), 0)
        assert (got.number, got.title) == ("2", "Samverkan vid utskrivning"), text
    spy = _Spy(headingrules.TIME_FIRST)
    monkeypatch.setattr(headingrules, "TIME_FIRST", spy)
    headingrules._candidate(lines.split_lines("Samverkan 09.10 2. vid utskrivning\n"), 0)
    assert spy.calls == 0
