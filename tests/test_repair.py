"""OCR repair (issue 3, part 2): restore å/ä/ö and OCR layout damage, leave clean text alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT, SHARED, needs_shared
from protokoll.repair import Change
from protokoll.repair.diacritics import repair_ocr
from protokoll.repair.glyphs import cost, units
from protokoll.repair.hunspell import BEGIN, END, MIDDLE, WORD, expand, fold
from protokoll.repair.lexicon import Lexicon
from protokoll.repair.signals import looks_damaged, signals

# --- whole sentences (invented), damaged the way `tesseract -l eng` damages Swedish ------

REPAIRED = [
    ("Kommundirektérsgruppen godkdnde forslaget f6r Malmé",
     "Kommundirektörsgruppen godkände förslaget för Malmö"),
    ("Protokollet fran motet den 23 april lades till handlingarna. Hon stod fast vid f6rslaget.",
     "Protokollet från mötet den 23 april lades till handlingarna. Hon stod fast vid förslaget."),
    ("Samhdillsplaneraren fran Ndringslivskontoret féredrog arendet infér Burldv, Ho6r och Malmé.",
     "Samhällsplaneraren från Näringslivskontoret föredrog ärendet inför Burlöv, Höör och Malmö."),
    ("Oresundsbron fyller 20 ar och arbetet ar I6pande. 6vriga fragor: Milj6.",
     "Öresundsbron fyller 20 år och arbetet är löpande. övriga frågor: Miljö."),
]


@pytest.mark.parametrize(("damaged", "repaired"), REPAIRED)
def test_damaged_sentences_are_restored(damaged: str, repaired: str) -> None:
    assert repair_ocr(damaged)[0] == repaired


def test_layout_damage_in_a_damaged_document() -> None:
    damaged = ("Kommundirektérsgruppen godkdnde forslaget om kommun-\nernas samverkan f6r Malmé.\n"
               "e Det finns tydliga kopplingar\no Ge forslag pa process\n"
               "Sida 3 UtdragsbestyrkandeKs\n| diskussionen lyftes fragan")
    assert repair_ocr(damaged)[0] == (
        "Kommundirektörsgruppen godkände förslaget om kommunernas\nsamverkan för Malmö.\n"
        "- Det finns tydliga kopplingar\n- Ge förslag på process\n"
        "Sida 3 Utdragsbestyrkande\nKs\nI diskussionen lyftes frågan")


def test_known_words_stay_without_evidence() -> None:
    # "stod" and "har" are words as read; "stöd"/"här" are not clearly more likely.
    text, changes = repair_ocr("Styrelsen stod bakom forslaget och har godkant det f6r Malmé.")
    assert text == "Styrelsen stod bakom förslaget och har godkänt det för Malmö."
    assert {c.before for c in changes} == {"forslaget", "godkant", "f6r", "Malmé"}


def test_surnames_in_en_keep_their_accent() -> None:
    assert repair_ocr("Ordférande Karin Hultén och Per Fredén, Malmé")[0] == \
        "Ordförande Karin Hultén och Per Fredén, Malmö"


# --- clean text passes through byte for byte -------------------------------------------

CLEAN = [
    "Styrelsen stod fast vid sitt beslut for att",
    "Mötet öppnades. Förslaget fick stöd; han stod kvar vid sin idé.",
    "Rapport from the Café René meeting, 2019-2020, kl. 13:00-16:00, E6, A4, B2B.",
    "",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_is_unchanged(text: str) -> None:
    assert repair_ocr(text) == (text, [])


@pytest.mark.parametrize("path", sorted((ROOT / "examples").glob("*.txt")), ids=lambda p: p.name)
def test_example_documents_are_unchanged(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert repair_ocr(text) == (text, [])


@needs_shared
@pytest.mark.parametrize("seed", ["000", "001", "002", "004"])
def test_clean_seeds_are_unchanged(seed: str) -> None:
    text = next((SHARED / "seeds").glob(f"{seed}_*.txt")).read_text(encoding="utf-8")
    assert repair_ocr(text) == (text, [])


# --- change records ------------------------------------------------------------------------

def _replay(text: str, changes: list[Change]) -> str:
    out, pos = [], 0
    for c in changes:
        out += [text[pos:c.start], c.after]
        pos = c.start + len(c.before)
    return "".join(out) + text[pos:]


def test_changes_point_into_the_input() -> None:
    damaged = "Beslut: godkdndes.\ne Hanna Bjérklund, Malmé stad, och kommun-\nernas f6rslag."
    text, changes = repair_ocr(damaged)
    assert changes[:3] == [
        Change(8, "godkdndes", "godkändes", "OCR diacritics: dictionary word"),
        Change(19, "e", "-", "OCR bullet glyph"),
        Change(27, "Bjérklund", "Björklund", "OCR diacritics: dictionary word"),
    ]
    assert all(damaged[c.start:c.start + len(c.before)] == c.before for c in changes)
    assert _replay(damaged, changes) == text


# --- the lexicon learns from clean documents -------------------------------------------

def test_lexicon_learns_names_from_clean_documents() -> None:
    damaged = "Féredragande: Anna Strobéck, Malmé stad."
    assert repair_ocr(damaged)[0] == "Föredragande: Anna Stroböck, Malmö stad."
    lexicon = Lexicon()
    assert lexicon.learn("Föredragande: Anna Ströbäck, Malmö stad. Mötet öppnades.")
    assert repair_ocr(damaged, lexicon)[0] == "Föredragande: Anna Ströbäck, Malmö stad."


def test_lexicon_refuses_damaged_documents() -> None:
    lexicon = Lexicon()
    assert not lexicon.learn("Kommundirektérsgruppen godkdnde forslaget f6r Malmé")
    assert not lexicon.learned


# --- the parts ---------------------------------------------------------------------------

def test_signals_count_glyph_words_and_swedish_letters() -> None:
    s = signals("Malmé f6r Hultén idé åäö")
    assert (s.letters, s.swedish, s.glyph_words) == (19, 3, 3)
    assert looks_damaged("Kommundirektérsgruppen godkdnde forslaget f6r Malmé")
    assert not looks_damaged("Mötet öppnades i Malmö.")


def test_glyph_units_and_costs() -> None:
    assert units("Kommundirekto6rs")[-4:] == [("t", ("t",)), ("o6", ("o", "oo")), ("r", ("r",)), ("s", ("s",))]
    assert cost("é", "ö") == 0.0
    assert cost("a", "ä") == 0.5
    assert cost("o6", "ö") == 0.2
    assert cost("e", "ö") >= 9


def test_fold_drops_swedish_diacritics() -> None:
    assert fold("Malmö") == "malmo"
    assert fold("ÅÄÖ é") == "aao e"


def test_hunspell_expansion_gives_forms_and_compound_roles() -> None:
    aff = "\n".join([
        "SET UTF-8", "COMPOUNDBEGIN X", "COMPOUNDMIDDLE U", "COMPOUNDEND Y", "COMPOUNDPERMITFLAG W",
        "ONLYINCOMPOUND Z", "NEEDAFFIX ¤", "FORBIDDENWORD %",
        "SFX A Y 1", "SFX A 0 en .",
        "SFX v Y 1", "SFX v 0 s/WXZ .",
    ])
    dic = "3\nkommun/AXY\nmöte/AvY\nfel/%\n"
    forms = expand(aff, dic)
    assert forms["kommun"] == WORD | BEGIN | END
    assert forms["kommunen"] == WORD | END  # a suffix without W cannot open a compound
    assert forms["mötes"] == BEGIN | END  # only in compounds ("mötes|protokoll", "styrelse|mötes")
    assert forms["möte"] == WORD | END
    assert "fel" not in forms
    assert not any(role & MIDDLE for role in forms.values())


# --- seed 003: real OCR damage -----------------------------------------------------------

@needs_shared
def test_seed_003_names_are_restored() -> None:
    raw = next((SHARED / "seeds").glob("003_*.txt")).read_text(encoding="utf-8")
    text, changes = repair_ocr(raw)
    truth = json.loads(next((SHARED / "golden").glob("003_*.json")).read_text(encoding="utf-8"))
    people = {p for i in truth["items"] for p in i["presenters"]} | {a["name"] for a in truth["attendees"]}
    damaged = {n for n in people if set(n) & set("åäöÅÄÖ")}  # every å/ä/ö the English model read as another glyph
    assert len(damaged) >= 3
    for name in damaged:
        assert name in text
    plain_titles = [i["title"] for i in truth["items"] if "”" not in i["title"]]  # typographic quotes are not repair's
    assert plain_titles and all(t in text for t in plain_titles)
    assert _replay(raw, changes) == text
