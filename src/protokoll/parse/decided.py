"""Decisions written as plain sentences, in the ways the fallback of :mod:`.decisions` did not yet read.

Minutes and protocols whose "Beslut" label is missing (or was lost with the
line breaks) still write the decision in fixed forms:

- a formality decided in the passive with words between ("Dagordningen, daterad
  den 3 maj, godkändes.", "Att jämte ordföranden justera dagens protokoll
  utsågs Eva Holm.", "Eva Holm (S) väljs till justerare."): a noun phrase of
  up to ten words, commas and a member's party in parentheses allowed, then
  the passive verb;
- a body named by a genitive and a noun in its indefinite form
  ("Kommunstyrelsens arbetsutskott beslutar att ...", "Förbundets direktion
  beslöt att ...") or a definite body noun the fallback does not list
  ("Förbundet", "Stämman", "Årsmötet", "Kommittén", "Delegationen");
- what informal minutes say the meeting agreed ("Gruppen enades om att ...",
  "Det bestämdes att ...", "Vi kom överens om att ...", "Vi beslutade att ...").

A sentence that only gives a task ("Kansliet får i uppdrag att ...") is an
assignment (:mod:`.tasks`), not by itself a decision: the examples' records
keep the two apart.
"""

from __future__ import annotations

import re

from ..swedish import dates
from . import decidedforms
from .tentative import tentative
from .features import cut_start, has_any

PASSIVE = re.compile(
    r"^(?:Till\s+)?(?:(?:[\wåäö\-]+|\([A-ZÅÄÖ]{1,4}\))\s*,?\s+){1,10}(?:godkändes|godkänns|fastställdes|fastställs|antogs|utsågs|utses|"
    r"(?:om|åter|ny)?valdes|(?:om|åter|ny)?väljs|beslöts|noterades|antecknades|bordlades|återremitterades|lades\s+till\s+handlingarna|"
    # an application or motion granted or refused: "Ansökan beviljades", "Motionen avslås", "Yrkandet bifölls"
    r"beviljades|beviljas|avslogs|avslås|bifölls|bifalls|tillstyrktes|tillstyrks|avstyrktes|avstyrks|"
    r"läggs\s+till\s+handlingarna)\b.*$")
#: a word of each ``PASSIVE`` verb (the cheap test: the pattern tries up to ten words before each verb)
PASSIVE_WORDS = ("godkän", "fastställ", "antogs", "utsågs", "utses", "valdes", "väljs", "beslöts", "noterades",
                 "antecknades", "bordlades", "återremitterades", "handlingarna", "bevilja", "avsl", "bif",
                 "tillstyrk", "avstyrk")
HAS_PASSIVE_WORD = has_any(PASSIVE_WORDS)
BODY_NOUN = (r"(?:arbetsutskott|utskott|presidium|styrelse|direktion|nämnd|beredning|ledningsgrupp|styrgrupp|"
             r"fullmäktige|råd|förbundsstyrelse|förbundsdirektion)")
DECIDES = r"(?:beslutar|beslutade|beslöt|godkänner|godkände|fastställer|fastställde|antar|antog)"
#: what a meeting of members does with a motion or proposal: "Årsmötet biföll motionen", "Stämman avslår förslaget"
GRANTS = r"(?:bifaller|biföll|avslår|avslog|beviljar|beviljade)"
BODY_DECIDES = re.compile(
    rf"^(?:[A-ZÅÄÖ][\wåäö\-]*s\s+{BODY_NOUN}|(?:Förbundet|Stämman|Årsstämman|Årsmötet|Föreningen|Kommittén|"
    rf"Delegationen|Ledningen|Kollegiet|Samordningsförbundet|Kommunalförbundet))\s+{DECIDES}\b|"
    rf"^(?:Stämman|[A-ZÅÄÖ][a-zåäö\-]*(?:stämman|mötet))\s+{GRANTS}\b")
#: informal minutes write what the meeting agreed: "Gruppen enades om att ...", "Det bestämdes att ...",
#: "Vi kom överens om att ...", "Det överenskoms att ..."
AGREED = re.compile(r"^(?:[A-ZÅÄÖ][\wåäö\-]*)(?:\s+(?!(?:vad|som|när|hur|om|att|vilka|vilket)\b)[\wåäö\-]+){0,4}\s+(?:enades|enas|enade\s+sig|kom\s+överens|"
                    r"kommer\s+överens|är\s+överens|var\s+överens)\s+om\b|"
                    r"^(?:Det\s+)?(?i:bestämdes|bestäms|överenskoms|överenskommes|beslöts)\s+att\b|"
                    # the agreement without its subject, as notes write it: "Enades om att ...", "Det enades om att ..."
                    r"^(?:Det\s+)?(?i:enades|enas)\s+om\s+att\b|"
                    # the writer's "we": "Vi beslutade att ...", "Vi bestämde oss för att ..."
                    r"^(?:Vi|Man)\s+(?:beslutade|beslöt|beslutar|bestämde|bestämmer)\s+(?:oss\s+för\s+|sig\s+för\s+|om\s+)?att\b|"
                    # the meeting's conclusion: "Styrgruppen kommer sammanfattningsvis fram till att ...", "Vi kom fram
                    # till att ..." (the group itself, not a report's author: "Utredningen kom fram till" is no decision)
                    r"^(?:Vi|Man|Mötet|Gruppen|[A-ZÅÄÖ][\wåäö\-]*(?:gruppen|rådet|nämnden|styrelsen|utskottet|nätverket|"
                    r"direktionen|presidiet|beredningen))\s+(?:kom|kommer)\s+(?:[a-zåäö]+\s+)?fram\s+till\s+att\b")



#: a decision written as a bare "att"-clause whose label ("Beslöts", "Beslut:") was lost, after the item's text
#: ("... hyr ut lokalen externt. att lägga protokollet till handlingarna."): in Swedish prose no sentence starts
#: with a lower-case "att", so one that does is a decision clause; only with a verb a decision opens with
BARE_CLAUSE = re.compile(r"(?:^|(?<=[.!?]\s))att\s+(?:lägga|godkänna|fastställa|anta|utse|välja|uppdra|bevilja|avslå|"
                         r"bifalla|notera|anteckna|återremittera|bordlägga|tillstyrka|överlämna|avsätta|hänskjuta|"
                         r"ställa\s+sig\s+bakom|förklara\s+sig|anse\s+sig)\b"
                         r"[^!?]*$")
#: the same clause with its "att" lost too, as a copy loses the lead-in "Styrelsen beslutar att" set apart from the
#: text ("... rapporterade om läget. godkänna rapporteringen."): a sentence that opens in lower case with the verb
#: (after a word's full stop, not an abbreviation's: "bl.a. anta" is no sentence start)
BARE_VERB = re.compile(r"(?:^|(?<=[a-zåäö]{3}[.!?]\s))(?:lägga|godkänna|fastställa|anta|uppdra|bevilja|avslå|bifalla|"
                       r"notera|anteckna|återremittera|bordlägga|tillstyrka|överlämna)\s+[^!?]*$")
#: a case number before the clause, its digits stripped by the copy ("Dnr LK/ att godkänna ...")
CASE_BEFORE = re.compile(r"^(?:Dnr|Diarienr|Diarienummer)\.?\s*:?\s*[\wÅÄÖåäö]{0,8}\s*[\d/.\-]*\s+(?=att\s)")
#: a decision whose subject, the deciding body's name, the copy lost (a name the text extraction dropped, seen in
#: transcripts of protocols of many bodies): "beslutar att fastställa föredragningslistan", "Dnr KS 2014/5 beslutar i
#: enlighet med ordförandens förslag", "beslutar godkänna dagordningen" (the infinitive without "att", as protocols
#: also write it); lower case, so no subject of the sentence was written before the verb, or the body named in lower
#: case as a proposal's run-on formula writes it ("Dnr kulturnämnden beslutar att förklara sig informerad")
LOST_BODY = re.compile(r"^(?:(?:Dnr|Diarienr|Diarienummer)\.?\s*:?\s*[\wÅÄÖåäö]{0,8}\s*[\d/.\-]*\s+)?"
                       r"(?P<d>(?:[a-zåäö][\wåäö\-]*(?:nämnden|styrelsen|fullmäktige|utskottet|direktionen|rådet|"
                       r"beredningen|presidiet)\s+)?(?:beslutar|beslutade|beslöt)\s+(?:att|i\s+enlighet\s+med|enligt|godkänna|anta|fastställa|"
                       r"notera|lägga|utse|välja|bevilja|avslå|bifalla|återremittera|bordlägga|uppdra|överlämna)\s.*)$")


def lost_body(text: str) -> str | None:
    """The decision of a sentence whose deciding body's name was lost ("beslutar att ..."), from its verb; else None."""
    m = LOST_BODY.match(text) if text[:1] in "bD" or text[:1].islower() else None
    return m.group("d") if m else None


#: a bare clause's end that lost its full stop: a sentence's opening pronoun in upper case after a word in lower case
#: ("att godkänna månadsrapporten Det ackumulerade resultatet ...")
LOST_STOP = re.compile(r"(?<=[a-zåäö0-9])\s+(?=(?:Det|Den|Detta|Denna|Dessa|De)\s+[a-zåäö])")


def unlabelled(sentence: str) -> str | None:
    """The decision a sentence states on its own, or None."""
    s = sentence.strip()
    if tentative(s):  # what may or will be decided, or a report's summary: no decision; but a body's proposal to the
        # body that decides sends it on, and the chair's "frågar om nämnden ... och finner att så sker" decides
        return decidedforms.forwarded(s) or decidedforms.asked(s)
    if HAS_PASSIVE_WORD(s) and PASSIVE.match(s) or BODY_DECIDES.match(s) or AGREED.match(s):
        return s
    if lost := lost_body(s):
        return lost
    if "att " in s and (m := BARE_CLAUSE.search(cut_start(CASE_BEFORE, s) if s.startswith("D") else s)):
        return LOST_STOP.split(m.group(0), maxsplit=1)[0]
    if s[:1].islower() or ". " in s:
        if m := BARE_VERB.search(s):
            return m.group(0)
    return decidedforms.unlabelled(s)


def fallback(found: list[str]) -> list[str]:
    """The decisions of an item whose body has no label and no sentence the first fallback reads."""
    return [d for s in found if (d := unlabelled(s))]


#: the sentence after the choice of justerare that says when the minutes are checked: part of that decision
CHECKED_WHEN = re.compile(r"^(?:Protokollet\s+(?:ska\s+|skall\s+|kommer\s+att\s+)?justeras|"
                          r"Justering(?:en)?\s+(?:av\s+protokollet\s+)?(?:sker|ska\s+ske|skall\s+ske|beslutades\s+ske|äger\s+rum))\b")


#: a sentence that only says when or where the minutes are checked: a formality the minutes record, never a
#: decision on its own (it stays part of the choice of justerare it follows, see :func:`with_checking`)
CHECKING_ONLY = re.compile(r"Justering(?:en)?\s+(?:av\s+(?:protokollet|paragrafen|paragraferna)\s+)?"
                           r"(?:äger\s+rum|sker|kommer\s+att\s+ske)\b")
#: a second sentence after the first ("... kl. 10.00 i stadshuset. Nämnden beslutar ...")
NEXT_SENTENCE = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")


def checking_only(decision: str) -> bool:
    """Is this decision nothing but the sentence on when or where the minutes are checked?"""
    text = decision.strip()
    m = CHECKING_ONLY.match(text)
    return bool(m) and not NEXT_SENTENCE.search(text, m.end())


def with_checking(decisions: list[str], found: list[str]) -> list[str]:
    """Sentence-found decisions, each followed by the sentence on when the minutes are checked when that comes next."""
    out: list[str] = []
    for d in decisions:
        out.append(d)
        k = next((i for i, s in enumerate(found) if s.strip().endswith(d)), None)
        if k is not None and k + 1 < len(found) and CHECKED_WHEN.match(found[k + 1].strip()):
            checked = _to_its_date(found[k + 1].strip())
            out.append(checked)
            ran_on = found[k + 1].strip()[len(checked):].strip()  # the next decision, its full stop lost before it
            if ran_on and (more := _decides(ran_on)) and more not in decisions:
                out.append(more)
    return out


def _decides(sentence: str) -> str | None:
    """The decision a sentence states, in any form the sentence readers know ("Fullmäktige beslutade att ...")."""
    from . import unlabelled as forms  # it reads the unlabelled forms; this module the fallback's
    m = forms.unlabelled(sentence)
    return sentence[m.start():].strip() if m else unlabelled(sentence)


def _to_its_date(sentence: str) -> str:
    """The sentence up to its date (and hour): a copy that lost its breaks runs the next heading on after it."""
    found = dates.find_dates(sentence)
    if not found:
        return sentence
    end = found[0].end
    hour = re.match(r",?\s*(?:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d{2})?", sentence[end:])
    end += hour.end() if hour else 0
    rest = sentence[end:].strip()
    return sentence[:end].rstrip() if rest[:1].isupper() else sentence


#: a proposal's further point as a paragraph of its own: an "att"-clause, or the body's task or decision
#: ("Nämnden uppdrar åt förvaltningen att ...", "Styrelsen överlämnar ärendet till fullmäktige.")
PROPOSAL_POINT = re.compile(r"^(?:att\s|[A-ZÅÄÖ][\wåäö\-]*(?:en|et|na|fullmäktige)\s+(?:uppdrar|ger|överlämnar|hemställer|"
                            r"föreslår|tillstyrker|avstyrker|lämnar|beslutar)\b)", re.I)


def proposal_goes_on(paragraph: str) -> bool:
    """Whether a paragraph after a proposal's first is more of the proposal: a further point or a decision in a
    form the readers know; not the account of the matter that follows the proposal in an agenda."""
    from . import unlabelled as forms
    return bool(PROPOSAL_POINT.match(paragraph)) or bool(forms.unlabelled(paragraph)) or bool(unlabelled(paragraph))

