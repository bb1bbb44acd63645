"""A decision written without a "Beslut" label: the deciding sentence itself ("Beslutades att ...", "Protokollet
godkändes.", "Styrelsen beslutar att ..."), and what a copy that lost its line breaks runs on before it."""

from __future__ import annotations

import re

from .features import cut_start
from .lines import Line
from .tentative import tentative


#: a sentence that decides without a label; a body may be named with an adjective first ("Tekniska nämnden",
#: "Kommunala pensionärsrådet beslutar att ...")
UNLABELLED = re.compile(
    r"(?:^|\s)(?:Beslutas|Beslöts|Beslutades|Det beslutades|Det beslöts)\s+att\b|"
    # the passive verb first, as protocols of associations write it: "Utsågs Eva Holm att justera", "Godkändes med
    # tillägget ...", "Valdes Per Ek till ordförande" (alone, "Godkändes.", a one-word formality;
    # not "Utses": "Utses att justera: Eva Holm" is a header's label)
    r"^(?:Godkändes|Godkänns|Fastställdes|Fastställs|Antogs|Utsågs|(?:Om|Åter|Ny)valdes|Valdes|Väljs|"
    r"Beviljades|Bifölls|Avslogs|Bordlades|Återremitterades|Lades\s+till\s+handlingarna)\s+\S.*$|"
    r"^(?:Till\s+)?(?:[\wåäö\-]+\s+){0,6}(?:godkändes|godkänns|godkännes|fastställdes|fastställs|fastställes|"
    r"antogs|antages|utsågs|utses|(?:om|åter|ny)?valdes|(?:om|åter|ny)?väljs|beslöts|noteras|noterades|antecknas|antecknades|bordläggs|bordlades|"
    r"beviljades|beviljas|avslogs|avslås|bifölls|bifalls|tillstyrktes|tillstyrks|avstyrktes|avstyrks|"
    r"återremitteras|återremitterades|förklaras(?!\s+(?:för\s+)?(?:öppnat|öppnad|öppet|avslutat|avslutad|avslutade|stängt)\b)|"
    # (not the meeting declared opened or closed, "Mötet förklaras avslutat": minutes of associations and bodies
    # alike record the opening and the closing in their first and last paragraphs, which hold no decision)
    r"förklarades\s+(?:lagligen|beslutför)|justeras\s+omedelbart)\b.*$|"
    r"^(?:Det\s+)?(?:antecknades|antecknas|noterades|noteras|konstaterades)\s+att\b|"
    r"^(?:Antecknades|Antecknas|Noterades|Noteras|Konstaterades)\s+att\b|"
    r"^(?:Mötet|Gruppen|Rådet|Nämnden|Styrelsen|Styrgruppen|Utskottet|Nätverket|Fullmäktige|Direktionen|Presidiet|"
    r"Beredningen|(?:[A-ZÅÄÖ][\wåäö]*-\s+(?:och|samt)\s+[a-zåäö]|[A-ZÅÄÖ][a-zåäö]+a\s+(?=[a-zåäö])|[A-ZÅÄÖ])[\wåäö\-]*(?:gruppen|rådet|nämnden|styrelsen|utskottet|nätverket|fullmäktige|direktionen|"
    r"beredningen))\s+(?:beslutar|beslutade|beslöt|ställer sig bakom|ställde sig bakom|väljer|"
    r"godkänner|godkände|tillstyrker|tillstyrkte|instämmer|instämde|föredrar|rekommenderar|tackar för|tackade för|"
    r"noterar|noterade|antecknar|antecknade|lägger|lade|återremitterar|återremitterade|bordlägger|bordlade|"
    r"fastställde|fastställer|antar(?!\s+att\b)|antog(?!\s+att\b)|beviljar|beviljade|bifaller|biföll|avslår|avslog|"
    r"fattade\s+beslut|fattar\s+beslut|"
    # the body's stand on the matter: "Regionstyrelsen stödjer förslaget", "Nämnden anser att ...", "Direktionen
    # tar del av informationen"
    r"stödjer|stöder|stödde|anser\s+att|ansåg\s+att|tar\s+del\s+av)\b|"
    r"^.*\b(?:[Ll]äggs|[Ll]ades)\s+(?:(?:sedan|därefter|därmed|också|även)\s+)?till\s+handlingarna\.?$")
#: ``UNLABELLED`` but its last wording, and that wording ("... läggs (sedan) till handlingarna"), which tries its word from every
#: position of the sentence: it is tried only where "handlingarna" is written (issue 12)
HANDLED = re.compile(r"^.*\b(?:[Ll]äggs|[Ll]ades)\s+(?:(?:sedan|därefter|därmed|också|även)\s+)?till\s+handlingarna\.?$")
UNLABELLED_HEAD = re.compile(UNLABELLED.pattern.removesuffix("|" + HANDLED.pattern))
#: ``UNLABELLED`` after a sentence's first character: only its first wording is not tied to the start
UNLABELLED_INSIDE = re.compile(r"\s(?:Beslutas|Beslöts|Beslutades|Det beslutades|Det beslöts)\s+att\b")


#: a "Beslut" label run on into the sentence it heads, with no colon ("Beslut Nedanstående avsägelser godkänns.")
RUN_ON_LABEL = re.compile(r"^(?:Beslut|BESLUT)\s+(?=[A-ZÅÄÖ][a-zåäö])")


def unlabel(decision: str) -> str:
    """A decision sentence without the "Beslut" label a flattened text ran on into it."""
    return cut_start(RUN_ON_LABEL, decision) if decision.startswith(("Beslut ", "BESLUT ")) else decision


#: a case number run on before an item's first sentence when a copy lost its line breaks ("Dnr KS 2021/45
#: Kommunstyrelsen beslutar att ...", "TN 2021/7 Tekniska nämnden beslutar ...", "2015/FF0073 Nämnden beslutar ...")
LEADING_CASE_NUMBER = re.compile(r"^(?:(?:Dnr|Diarienr|Diarienummer)\.?\s*:?\s*)?(?:[A-ZÅÄÖ]{1,8}\s+)?"
                                 r"\d{2,4}[/.\-][A-ZÅÄÖ]{0,4}\d{1,5}(?:[/.\-]\d{1,5})?\s+(?=[A-ZÅÄÖ][a-zåäö])")


#: a sub-point's letter or number before its sentence ("a) Eva Holm valdes till kassör.", "2) Budgeten fastställdes.",
#: "(b) ..."): an annual meeting lists its elections and reports so under one point; the mark is no part of a decision
SUB_POINT_MARK = re.compile(r"^\(?(?:[a-zåäö]|\d{1,2})\)\s*(?=[A-ZÅÄÖ])")


def after_marks(sentence: str) -> str:
    """The sentence without a sub-point's mark ("a) ") or a case number run on before it."""
    s = cut_start(SUB_POINT_MARK, sentence) if ")" in sentence[1:4] else sentence
    return after_case_number(s)


def after_case_number(sentence: str) -> str:
    """The sentence without a case number run on before it."""
    return cut_start(LEADING_CASE_NUMBER, sentence) if sentence[:1].isupper() or sentence[:1].isdigit() \
        else sentence


def unlabelled(sentence: str) -> re.Match | None:
    """``UNLABELLED.search(sentence)``: the whole pattern tried at the start, then only the wording that
    can stand inside (a search tried every alternative at every position), and that only where the "esl" each
    of its words has ("Beslutas", "beslöts") is written. None when the sentence from the match on only says
    what may or will be decided, or sums up a report (:func:`.tentative.tentative`)."""
    m = UNLABELLED_HEAD.match(sentence) or (HANDLED.match(sentence) if "handlingarna" in sentence else None) \
        or (UNLABELLED_INSIDE.search(sentence, 1) if "esl" in sentence else None)
    return m if m and not tentative(sentence[m.start():]) else None


def opening(sentence: str) -> re.Match | None:
    """``UNLABELLED`` at the start of a sentence that is not only tentative."""
    return None if tentative(sentence) else UNLABELLED.match(sentence)


#: words a line ending in goes on after: the next line is the same sentence wrapped ("... om dansbanan och")
GOES_ON = {"och", "samt", "eller", "men", "att", "som", "där", "när", "i", "av", "för", "om", "på", "till", "med", "vid",
           "från", "under", "efter", "enligt", "inom", "mot", "hos", "en", "ett", "den", "det", "de", "-", "–", ","}


def sentence_lines_apart(body: list[Line]) -> list[Line]:
    """Notes written a sentence a line with no full stops ("Styrelsen diskuterade mässorna" / "Styrelsen beslöt att
    ..."): a line that opens with a deciding sentence after a line that ends without punctuation starts a sentence
    of its own, not the run of the line before. ``body`` itself when there is no such line."""
    cuts = [k for k in range(1, len(body)) if body[k - 1].text and not body[k - 1].text.endswith((".", "!", "?", ":"))
            and body[k - 1].text.split()[-1] not in GOES_ON and body[k].text[:1].isupper() and opening(body[k].text)]
    if not cuts:
        return body
    out = list(body)
    for k in reversed(cuts):
        out.insert(k, Line("", body[k].start))
    return out
