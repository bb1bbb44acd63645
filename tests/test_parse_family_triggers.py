"""Trigger checks in front of whole families of rules (issue 12, h72): a family runs only where a word every one of
its paths needs is in the text. Each trigger is pinned to the patterns it guards (every wording the family reads
holds one of the trigger's words), and each test shows the family's costly work skipped where no trigger word is
written and the same answer as before where one is."""

import re
from datetime import date

import pytest

from protokoll.parse import (actionpoints, actiontable, assignments, bodynames, features, forwarding, itemreader, names,
                             meetingplan, nextmeeting, presenters, runningtext, sitemenu, tasks, todolist, upcoming)
from protokoll.parse.itemcontext import Context
from protokoll.parse.lines import Line, split_lines
from protokoll.record import MeetingRecord
from protokoll.parse.features import keyword_fold
from regex_parts import alternatives as _alternatives


class _Counting:
    """A compiled pattern that counts the calls made to it."""

    def __init__(self, rx):
        self.rx, self.calls = rx, 0

    def __getattr__(self, name):
        method = getattr(self.rx, name)

        def counted(*args, **kwargs):
            self.calls += 1
            return method(*args, **kwargs)
        return counted


def test_every_menu_word_holds_a_stem_of_the_trigger():
    for word in sitemenu.MENU_WORDS:
        assert any(stem in keyword_fold(word) for stem in sitemenu.MENU_STEMS), word
    for word in sitemenu.ANY_MENU_WORD.pattern.replace("\\", "").split("|"):
        assert word in sitemenu.MENU_WORDS, word


def test_title_lines_without_a_menu_word_search_no_menu_pattern(monkeypatch):
    counting = _Counting(sitemenu.ANY_MENU_WORD)
    monkeypatch.setattr(sitemenu, "ANY_MENU_WORD", counting)
    title = ["Ekby kommun", "Miljö- och byggnämnden", "Protokoll 2031-04-02", "Plats: Rådhuset, Ekby"]
    assert sitemenu.menu_lines(title) == set()
    assert counting.calls == 0


def test_menus_are_read_as_before_in_any_case():
    assert sitemenu.menu_lines(["HEM   OM FÖRENINGEN   PROTOKOLL   KONTAKT", "Styrelsemöte 2031-04-02"]) == {0}
    assert sitemenu.menu_lines(["Startsida", "Protokoll", "Nyheter", "Styrelsen i Ekby IF"]) == {0, 1, 2}
    assert sitemenu.menu_line("Start | Styrelsen | Kallelser | Kontakt")
    assert not sitemenu.menu_line("Ansökan om bygglov   Hemtjänst   Protokoll")


def test_every_numbered_point_holds_the_cheap_mark():
    assert runningtext.NUMBERED_POINT.pattern.endswith(r"\d{1,2}[.)]\s+(?=[a-zåäöA-ZÅÄÖ])")
    for sentence in ["Nämnden beslutar 1. att anta planen 2. att ge kansliet i uppdrag att sprida den",
                     "1) godkänna rapporten; 2) lägga den till handlingarna", "beslöt 12. att avslå"]:
        for m in runningtext.NUMBERED_POINT.finditer(sentence):
            assert runningtext.POINT_MARK.search(sentence, m.start()), sentence


def test_a_sentence_without_a_numbered_mark_is_not_searched_for_points(monkeypatch):
    counting = _Counting(runningtext.NUMBERED_POINT)
    monkeypatch.setattr(runningtext, "NUMBERED_POINT", counting)
    plain = "Styrelsen beslutade den 3 maj 2031 att anta planen, 2 av 5 punkter återstår."
    assert runningtext.numbered_points(plain) == [plain]
    assert counting.calls == 0
    assert runningtext.numbered_points("Nämnden beslutar 1. att anta planen, 2. förvaltningen ges i uppdrag att "
                                       "sprida den") == ["Nämnden beslutar", "att anta planen,",
                                                         "förvaltningen ges i uppdrag att sprida den"]


def test_each_action_family_pattern_needs_its_trigger_word():
    assert actionpoints.TASK_LABEL == "(?:" + "|".join(actionpoints.TASK_LABELS) + ")"
    assert actionpoints.LABELLED_DOER.pattern.startswith("^" + actionpoints.TASK_LABEL + r"\s*:")
    assert not actionpoints.LABELLED_DOER.flags & re.I and not actionpoints.FRONTED.flags & re.I
    assert r"\s+(?:nästa|kommande)\s+" in actionpoints.FRONTED.pattern.split("(?P<verb>")[0]


ACTION_TEXTS = [
    ["Till nästa möte tar Anna Berg fram ett underlag.", "Inför kommande träff bokar kansliet lokal."],
    ["Uppgift: Per Lind skickar ut inbjudan.", "Att göra: kansliet sammanställer svaren."],
    ["Nämnden beslutar att ge Anna Berg i uppdrag att ta fram en plan, samt att uppdra åt kansliet att boka lokal."],
    ["Vi talade om läget i Ekby.", "Gruppen var nöjd med hösten: allt gick bra."],
]


@pytest.mark.parametrize("found", ACTION_TEXTS)
def test_action_families_run_only_where_their_words_are(monkeypatch, found):
    reference = [t for s in found if (actionpoints.DOING.match(t := s.strip()) and actionpoints.DEADLINE.search(t)
                                      or "ansvarar" in t and actionpoints.RESPONSIBLE_TO.match(t))] \
        + actionpoints.task_clauses(found) + actionpoints.fronted_tasks(found) + actionpoints.labelled_doers(found)
    text = " ".join(found)
    assert actionpoints.action_sentences(found, text) == reference + actionpoints.labelled_actions(text)
    ran: list[str] = []
    for name in ("task_clauses", "fronted_tasks", "labelled_doers"):
        real = getattr(actionpoints, name)
        monkeypatch.setattr(actionpoints, name, lambda f, real=real, name=name: ran.append(name) or real(f))
    actionpoints.action_sentences(found, text)
    words = "\n".join(found)
    assert ("task_clauses" in ran) == ("uppdra" in words)
    assert ("fronted_tasks" in ran) == ("nästa" in words or "kommande" in words)
    assert ("labelled_doers" in ran) == any(label + ":" in words for label in actionpoints.TASK_LABELS)


PLAIN_ITEM = ["Ordföranden hälsade alla välkomna till Ekby.", "Gruppen talade om läget i skolorna.",
              "Diskussionen fördes i god ton."]


def test_uppdrag_sentences_test_the_items_sentences_once(monkeypatch):
    asked: list[str] = []
    real = assignments._uppdrag_word
    monkeypatch.setattr(assignments, "_uppdrag_word", lambda low: asked.append(low) or real(low))
    assert assignments.uppdrag_sentences(PLAIN_ITEM) == []
    assert len(asked) == 1
    given = ["Läget i Ekby redovisades.", "Kansliet får i uppdrag att boka lokal.", "Alla ombeds svara snart."]
    assert assignments.uppdrag_sentences(given) == given[1:]


def test_running_tasks_need_their_words(monkeypatch):
    ran: list[str] = []
    monkeypatch.setattr(tasks, "task_given", lambda s: ran.append(s))
    monkeypatch.setattr(tasks, "person_duties", lambda found: ran.append("duties") or [])
    assert tasks.running_tasks(PLAIN_ITEM) == [] and ran == []
    monkeypatch.undo()
    found = ["Skolfrågan Kansliet får i uppdrag att ta fram en plan.", "Vera Lök återkommer med ett förslag."]
    assert tasks.running_tasks(found) == ["Kansliet får i uppdrag att ta fram en plan.",
                                          "Vera Lök återkommer med ett förslag."]


def test_every_todo_label_and_table_header_holds_a_trigger_word():
    for alt in _alternatives(todolist.LABEL.pattern[len("^(?:"):todolist.LABEL.pattern.index(")")]):
        assert any(w in keyword_fold(alt.replace("?", "")) for w in todolist.LABEL_WORDS), alt
    for alt in _alternatives(actiontable.WHO_HEAD.pattern[len("^(?:"):-len(")$")]):
        assert any(w in keyword_fold(alt) for w in actiontable.WHO_WORDS), alt
    assert todolist.LABEL.flags & re.I and actiontable.WHO_HEAD.flags & re.I


def test_lists_and_tables_without_their_words_are_not_read_line_by_line(monkeypatch):
    label, cells = _Counting(todolist.LABEL), []
    monkeypatch.setattr(todolist, "LABEL", label)
    monkeypatch.setattr(actiontable, "_cells", lambda text: cells.append(text) or [])
    rows = ["Punkt   Beskrivning   Datum", "Budget   Genomgång   2031-04-02", "Boka lokal (Anna)"]
    assert todolist.todo_sentences(rows) == [] and label.calls == 0
    assert actiontable.table_sentences(rows) == [] and cells == []
    monkeypatch.undo()
    assert todolist.todo_sentences(["ÅTGÄRDER:", "- Boka lokal (Anna)"]) == ["Anna får i uppdrag att boka lokal."]
    assert actiontable.table_sentences(["Vad | VEM | När", "Boka lokal | Anna | 2031-05-01"]) == \
        ["Anna får i uppdrag att boka lokal senast 2031-05-01."]


def test_forwards_fold_the_items_sentences_once_without_a_body_word(monkeypatch):
    folded: list[str] = []
    monkeypatch.setattr(forwarding, "keyword_fold", lambda t: folded.append(t) or keyword_fold(t))
    ctx = Context(meeting=date(2031, 3, 4), next_meeting=None, own_names=set(), member_stem=None)
    assert forwarding.read_forwards(PLAIN_ITEM, ctx, {}) == [] and len(folded) == 1
    found = PLAIN_ITEM + ["Ärendet överlämnas till kommunstyrelsen för beslut."]
    assert [f.body for f in forwarding.read_forwards(found, ctx, {})] == ["Kommunstyrelsen"]


def test_every_next_meeting_wording_opens_with_an_opener():
    for alt in _alternatives(nextmeeting.NEXT.pattern):
        assert alt.startswith(r"\b"), alt
        first = alt[2:].removeprefix("(?:").lstrip("(")
        assert first.startswith(nextmeeting.NEXT_OPENERS), alt


NEXT_TEXTS = [
    "Protokoll\n§ 1 Öppnande\nText om kommande budget.\n§ 9 Nästa möte\nTisdag 12 maj 2031 kl. 13.00\n",
    "Minnesanteckningar\nVi ses NÄSTA GÅNG den 4 juni 2031.\n",
    "Protokoll Straße-gruppen\nText.\nNästa möte: 3 juni 2031\n",
    "Protokoll İdrottsrådet\nText.\nNästkommande sammanträde 3 juni 2031\n",
    "Protokoll\nIngen sådan mening här.\n",
]


def test_the_next_meeting_pattern_is_searched_from_its_openers():
    for text in NEXT_TEXTS:  # tried only where an opening word is written: the whole text's match
        low = keyword_fold(text)
        found = features.opener_search(nextmeeting.NEXT, text, low, nextmeeting.NEXT_OPENERS)
        whole = nextmeeting.NEXT.search(text)
        assert (whole and whole.span()) == (found and found.span()), text
    text = NEXT_TEXTS[0]
    found = features.opener_search(nextmeeting.NEXT, text, keyword_fold(text), nextmeeting.NEXT_OPENERS)
    assert found.start() == text.index("Nästa möte")  # the opener "kommande" before it opens no match
    text = NEXT_TEXTS[2]  # a character that folds to two ("ß"): the whole text searched
    assert not features.aligned(text, keyword_fold(text))


def test_next_meeting_read_as_before(monkeypatch):
    rec = MeetingRecord(source="x", body="Styrelsen")
    lines = split_lines(NEXT_TEXTS[0])
    asked: list[int] = []
    real = nextmeeting.NEXT
    monkeypatch.setattr(nextmeeting, "NEXT", _Counting(real))
    monkeypatch.setattr(nextmeeting.NEXT, "match", lambda text, pos=0: asked.append(pos) or real.match(text, pos),
                        raising=False)
    found = nextmeeting.next_meeting(lines, rec, date(2031, 4, 2), [2031])
    assert found is not None and found.date == "2031-05-12"
    # tried only where an opener is written (issue 12, session 25): "kommande budget", then "Nästa möte"
    assert asked == [NEXT_TEXTS[0].index("kommande"), NEXT_TEXTS[0].index("Nästa")]


def test_an_attendee_list_is_split_into_chunks_once(monkeypatch):
    split: list[str] = []
    real = names.split_chunks
    monkeypatch.setattr(names, "split_chunks", lambda value: split.append(value) or real(value))
    people = names.parse_attendees("Vera Lök (S), ordförande, Göran Fjäll (M) och Ella Hed", "närvarande")
    assert [a.name for a in people] == ["Vera Lök", "Göran Fjäll", "Ella Hed"] and len(split) == 1
    assert [a.name for a in names.parse_attendees("Vera, Göran och Ella", "närvarande")] == ["Vera", "Göran", "Ella"]
    split.clear()
    people = names.parse_attendees("Från Region Ekby deltar Vera Lök och Göran Fjäll.", "närvarande")
    assert [(a.name, a.affiliation) for a in people] == [("Vera Lök", "Region Ekby"), ("Göran Fjäll", "Region Ekby")]
    assert split == ["Från Region Ekby deltar Vera Lök och Göran Fjäll.", "Vera Lök och Göran Fjäll"]


TITLE_PAGE = "Ekby kommun\nNärvarande:\nVera Lök (S)\nGöran Fjäll (M)\n\nSocialnämnden\nProtokoll 2031-04-02\n"


def test_title_lines_look_for_a_blank_line_only_in_a_gap_of_two_line_breaks(monkeypatch):
    title = [ln for ln in split_lines(TITLE_PAGE) if not ln.blank]
    before = [ln.text for ln in bodynames.outside_attendance(title, TITLE_PAGE)]
    assert before == ["Ekby kommun", "Socialnämnden", "Protokoll 2031-04-02"]
    subs: list[str] = []
    real = re.sub
    monkeypatch.setattr(bodynames.re, "sub", lambda p, r, s, *a, **k: subs.append(s) or real(p, r, s, *a, **k))
    # a blank line written with spaces and a tab is one too, found by string tests: no pattern is run (h177)
    spaced = TITLE_PAGE.replace("(M)\n\n", "(M)\n \t \n")
    title = [ln for ln in split_lines(spaced) if not ln.blank]
    assert [ln.text for ln in bodynames.outside_attendance(title, spaced)] == before
    assert subs == []


def test_presenting_sentences_are_read_only_with_a_presenting_word(monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(itemreader, "introduces_self", lambda s: asked.append(s) or False)
    monkeypatch.setattr(itemreader, "presenters_in", lambda s: asked.append(s) or [])
    assert itemreader._presenting(PLAIN_ITEM, []) == [] and asked == []
    monkeypatch.undo()
    found = ["Läget i Ekby var gott.", "Vera Lök informerade om budgeten."]
    assert itemreader._presenting(found, []) == ["Vera Lök"]
    introduced = ["Vera Lök presenterade sig.", "Göran Fjäll föredrog ärendet."]
    assert itemreader._presenting(introduced, []) == ["Göran Fjäll"]
    for verb in presenters.SUBJECT_VERBS.split("|"):
        assert presenters.may_present(verb[1:]), verb


def test_the_next_meeting_readers_share_one_joined_text(monkeypatch):
    text = "Protokoll\n§ 1 Öppnande\nGruppen träffas igen den 3 juni 2031.\nMötestider hösten\n8 oktober\n"
    lines = split_lines(text)
    rec = MeetingRecord(source="x", body="Kulturgruppen")
    day = date(2031, 4, 2)
    expected = nextmeeting.next_meeting(lines, rec, day, [2031])
    assert expected is not None and expected.date == "2031-06-03"
    given: list[str | None] = []
    real_same, real_other = nextmeeting._same_body_mention, upcoming.other_wording
    monkeypatch.setattr(nextmeeting, "_same_body_mention",
                        lambda *a: given.append(a[4] if len(a) > 4 else None) or real_same(*a))
    monkeypatch.setattr(upcoming, "other_wording",
                        lambda *a: given.append(a[4] if len(a) > 4 else None) or real_other(*a))
    assert nextmeeting.next_meeting(lines, rec, day, [2031]) == expected
    joined = "\n".join(ln.text for ln in lines)
    assert given == [joined, joined]
    plan = "Protokoll\nMötestider hösten\n8 oktober 2031\n12 november 2031\n"
    plan_lines = split_lines(plan)
    assert meetingplan.plan_below(plan_lines, day, [2031], set(), "\n".join(ln.text for ln in plan_lines)) == \
        meetingplan.plan_below(plan_lines, day, [2031], set())


def test_every_verb_of_an_action_note_opens_with_a_trigger_word():
    from protokoll.parse import commitments
    verbs = re.search(r"\(\?P<verb>(.*)\)\\s\+\(\?P<rest>", commitments.DEED.pattern).group(1)
    assert {re.match(r"[a-zåäö]+", alt).group() for alt in _alternatives(verbs)} == commitments.DEED_VERB_WORDS


def test_action_notes_are_read_as_before_with_the_trigger_in_front():
    from protokoll.parse import commitments
    ctx = Context(meeting=date(2031, 4, 2), next_meeting=None, own_names=set(), member_stem=None)
    notes = ["Lisa bokar lokalen till nästa möte.", "(KL) tar kontakt med skolan.", "Per tar hand om inbjudan.",
             "Anna hör med Ekby kommun om datum.", "Lisa berättar om läget.", "Per", ""]
    got = commitments.deed_sentences(notes, ctx)
    assert got == ["Lisa får i uppdrag att boka lokalen till nästa möte.", "KL får i uppdrag att ta kontakt med skolan.",
                   "Per får i uppdrag att ta hand om inbjudan.", "Anna får i uppdrag att höra med Ekby kommun om datum."]


class _CountedLine(Line):
    """A line that counts how often its text is read."""
    reads = 0

    def __getattribute__(self, name):
        if name == "text":
            type(self).reads += 1
        return super().__getattribute__(name)


def test_the_signatures_of_the_same_lines_are_given_back_without_reading_their_texts():
    from protokoll.parse import signatures
    lines = [_CountedLine(t, 12 * k) for k, t in enumerate(["Sara Ek", "Ordförande", "Olle Lund", "Sekreterare"])]
    first = signatures.find_signatures(lines, names.is_person)
    _CountedLine.reads = 0
    again = signatures.find_signatures(list(lines), names.is_person)  # a new list of the same lines: the same key
    assert _CountedLine.reads == 0
    assert [(s.name, s.role, s.start) for s in again] == [(s.name, s.role, s.start) for s in first] == \
        [("Sara Ek", "ordförande", 0), ("Olle Lund", "sekreterare", 24)]
    moved = [_CountedLine(ln.text, ln.start + 1) for ln in lines]  # other lines, equal texts: read anew
    assert [s.start for s in signatures.find_signatures(moved, names.is_person)] == [1, 25]


def test_heading_patterns_are_chosen_once_per_first_character_and_section_sign(monkeypatch):
    from protokoll.parse import headinggate, headingrules
    for first in "1§PpÄäKkSsx( ":
        for para in (False, True):
            assert headingrules._patterns(first, para) == \
                headinggate.patterns_for(headingrules.HEADING_PATTERNS, first, para)
    calls = []
    monkeypatch.setattr(headingrules, "patterns_for", lambda *a: calls.append(a) or headinggate.patterns_for(*a))
    headingrules._patterns.cache_clear()
    lines = [Line(t, 40 * k) for k, t in enumerate(["1. Mötets öppnande", "", "12. Val av justerare", "",
                                                     "13. Godkännande av dagordning", "", "§ 14 Ekonomi"])]
    found = [h for i, ln in enumerate(lines) if ln.text and (h := headingrules._candidate(lines, i))]
    assert [(h.number, h.title) for h in found] == [("1", "Mötets öppnande"), ("12", "Val av justerare"),
                                                     ("13", "Godkännande av dagordning"), ("14", "Ekonomi")]
    assert [(a[1], a[2]) for a in calls] == [("1", False), ("§", True)]
    headingrules._patterns.cache_clear()


def test_the_readers_run_once_or_more_per_document_import_nothing_while_they_run():
    import ast
    import inspect
    from protokoll.parse import items, runon, signatures, strippedinline
    def inner(func) -> list[str]:
        tree = ast.parse(inspect.getsource(func).strip())
        return [getattr(n, "module", None) or "import" for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))]
    for func in (actionpoints.labelled_actions, actionpoints.labelled_doers, runon.fill_numbers,
                 signatures._find_signatures, strippedinline.cut_stripped):
        assert inner(func) == [], func.__qualname__
    assert "strippedinline" not in inner(items.find_items)  # (the readers of rarer layouts are imported when asked)
