"""Trigger checks in front of whole families of rules (issue 12, h72): a family runs only where a word every one of
its paths needs is in the text. Each trigger is pinned to the patterns it guards (every wording the family reads
holds one of the trigger's words), and each test shows the family's costly work skipped where no trigger word is
written and the same answer as before where one is."""

import re

import pytest

from protokoll.parse import actionpoints, runningtext, sitemenu
from protokoll.parse.features import keyword_fold


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
