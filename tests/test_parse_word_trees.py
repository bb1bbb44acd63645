"""Word tests written as trees of the words' shared beginnings, and case-blind word tests made on the folded
text first (issue 12): each answers as the pattern it stands in for."""

import re

from protokoll.parse import persons, presenterclauses
from protokoll.parse.features import has_any, has_any_case_blind, word_tree

#: texts written for these tests: names, titles, organisations, and letters a case-blind pattern reads as others
#: (dotted and dotless i, long s, the Kelvin and Ångström signs, sharp s, a ligature)
TEXTS = [
    "Anna Bergström", "Per-Olof Lindqvist Ekonomichef", "Karin Sjöberg Andersson", "Ekonomichef Lars Nilsson",
    "TF. Rektor", "Bıtr Kurator", "BİTR kurator", "Aßistent Ek", "Kontrollant", "tf Skolchef", "\u212aommunalråd Ek",
    "Norrby kommun", "Ekby Stad", "Fjällbo AB", "Abrahamsson", "SKR", "Skrivare", "Föreningen Vänner", "ﬁrma Berg",
    "Region Mitt", "Vägverket", "\u212bsa Berg", "Styrelſen", "Länsſtyrelsen", "", " ", "ab", "AB-gruppen",
]


def test_a_tree_finds_what_the_words_find():
    words = ("nform", "nled", "edog", "edovis", "ab", "abc", "a.b", "tar del")
    assert word_tree(words) == r"(?:a(?:\.b|b)|edo(?:g|vis)|n(?:form|led)|tar\ del)"
    test = has_any(words)
    for text in ("informerade", "inledde", "redogjorde", "redovisar", "xabcx", "a.b", "axb", "", "tar  del", "tar del"):
        assert bool(test(text)) == any(w in text for w in words)


def test_one_branch_per_first_letter():
    assert has_any(("nform", "nled", "nämnd")).__self__.pattern == "n(?:form|led|ämnd)"


def test_case_blind_word_tests_answer_as_the_patterns():
    assert [bool(persons.has_title_word(t)) for t in TEXTS] == [bool(persons.TITLE_WORDS.search(t)) for t in TEXTS]
    assert [bool(persons.HAS_ORG_WORD(t)) for t in TEXTS] == [bool(persons.ORG_WORDS.search(t)) for t in TEXTS]
    words = ("ss", "fi", "kommun", "bitr", "å")
    blind, pattern = has_any_case_blind(words), re.compile("|".join(words), re.I)
    for text in TEXTS + ["Straße", "ﬁ", "\u212bby"]:
        assert blind(text) == bool(pattern.search(text)), text


def test_folded_first_spares_the_case_blind_search(monkeypatch):
    calls = []
    blind = has_any_case_blind(("chef", "rektor"), search=lambda text: calls.append(text) or True)
    assert not blind("Anna Berg") and not calls
    assert blind("Anna Berg, Skolchef") and calls == ["Anna Berg, Skolchef"]


def test_trigger_words_are_the_pattern_s():
    for text in ("Nämnden fick information", "Anna Berg tog del av", "Representanter för X", "Inget här", "tar  del"):
        assert bool(presenterclauses.HAS_TRIGGER(text)) == bool(presenterclauses.TRIGGER.search(text))


def test_doing_gate_holds_every_verb_of_the_pattern():
    from protokoll.parse import actionpoints
    verbs = actionpoints.DOING.pattern.split(r"\s+(?:", 1)[1].split(r")\b", 1)[0].split("|")
    assert len(verbs) > 30 and "sammanställer" in verbs
    for verb in verbs:
        for space in (" ", "  ", "\t", "\u00a0", " \n"):
            sentence = f"Sekretariatet{space}{verb} underlaget senast den 3 maj."
            assert actionpoints.DOING.match(sentence) and actionpoints.may_do(sentence), (verb, space)
    assert not actionpoints.may_do("Nämnden noterar informationen.")


def test_doing_is_not_tried_without_its_verb(monkeypatch):
    from protokoll.parse import actionpoints
    tried = []
    real = actionpoints.DOING

    class Spy:
        def match(self, text):
            tried.append(text)
            return real.match(text)

    monkeypatch.setattr(actionpoints, "DOING", Spy())
    found = ["Sekretariatet skickar ut kallelsen senast den 3 maj.", "Nämnden noterar informationen."]
    assert actionpoints.action_sentences(found, " ".join(found)) == found[:1]
    assert tried == found[:1]


def test_finditer_lines_finds_what_the_whole_text_search_finds():
    from protokoll.parse.features import finditer_lines, keyword_fold
    from protokoll.parse.forwarding import TARGET, TARGET_WORDS
    texts = [
        "Rapport\nÄrendet överlämnas till kommunstyrelsen.\nInget här\nFullmäktige och STYRELSEN den 3 maj",
        "Strauß berättar\nKommunstyrelsen beslutar",  # "ß" folds to "ss": the whole text searched
        "Arbetsutskottet\n\nPresidiet\u00a0möts\nDırektionen\nİnget",  # dotless and dotted i
        "Styrelſen (long s)\nKommun\u212aTYRELSEN\nForbundsstyrelse-\nmötet",
        "Combining i\u0307 dot\nDirektionen",
        "", "utan träff", "Styrelsen",
    ]
    for text in texts:
        expected = [(m.span(), m.group(1)) for m in TARGET.finditer(text)]
        found = [(m.span(), m.group(1)) for m in finditer_lines(TARGET, text, keyword_fold(text), TARGET_WORDS)]
        assert found == expected, text


def test_finditer_lines_searches_only_lines_with_a_word(monkeypatch):
    from protokoll.parse.features import finditer_lines, keyword_fold
    searched = []

    class Spy:
        def finditer(self, text, start=0, end=None):
            searched.append(text[start:end])
            return iter(())

    text = "Första raden\nKommunstyrelsen beslutar\nTredje raden\nDirektionen"
    list(finditer_lines(Spy(), text, keyword_fold(text), ("styrelse", "direktion")))
    assert searched == ["Kommunstyrelsen beslutar", "Direktionen"]
