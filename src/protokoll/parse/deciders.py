"""Decisions confirmed by the body that takes them (issue 10): who decides is checked against the header's body.

A protocol or minutes records its own meeting's decisions; a sentence of an item's text that says a body decided is
this meeting's decision only when the body is the meeting's. The subject of such a sentence is confirmed when it is

- one of the general nouns a meeting calls itself by ("Mötet", "Gruppen", "Styrelsen", "Nämnden", "Rådet",
  "Församlingen", "Fullmäktige", ...), or
- the body the header names, or a word of that name that is itself a collective noun or the body's initialism
  ("Arbetsutskottet" of "Kommunstyrelsens arbetsutskott", "Partnerskapet" of "Partnerskapet för Nordanstig",
  "LAG" of "LAG Leader Mittland").

Read where nothing else decided in a protocol's item (never an agenda's: it decides nothing yet):

- the confirmed body as the subject of a decision or stance verb (:data:`.decisionverbs.ACTIVE`), also with the
  verb after a first clause ("Styrelsen diskuterade frågan och beslutade att avvakta.");
- the impersonal present passive of a decision verb ("Medel avsätts för projektet.", "Ärendet avskrivs."), known
  by the verb's form (:data:`.decisionverbs.PASSIVE`), after a subject of a few words with no modal or clause in it.

And a sentence that reports in the past what a third party decided, a formal body the document is not the
minutes of ("Kommunfullmäktige beslutade att ..." in a committee's minutes, "Regeringen beslutade ..."), is left
out of the item's decisions when the header names the body: it is background, not this meeting's decision. So is
a passive decision whose agent, "av" after the verb, is such a body ("Budgeten fastställdes av fullmäktige i juni.",
"Bidraget beviljades av Länsstyrelsen.", "Planen godkändes av årsmötet." in the board's minutes): the passive
names who decided, and it is not this meeting; an agent that is the meeting ("godkändes av mötet", "av styrelsen"
in the board's own minutes) or a person keeps the decision.
"""

from __future__ import annotations

import re

from . import decided, decidedforms, unlabelled
from .decisionverbs import ACTIVE, PASSIVE, PASSIVES, PAST_PASSIVES, _alternation, may_decide
from .lines import Line, sentences
from .reported import this_meetings
from .tentative import tentative

#: the general nouns a meeting calls itself by
GENERAL = frozenset({"mötet", "gruppen", "styrelsen", "nämnden", "direktionen", "rådet", "presidiet", "beredningen",
                     "utskottet", "församlingen", "fullmäktige", "ledningsgruppen"})
#: a word of a body's name that is a collective noun (with its definite or genitive ending)
COLLECTIVE = re.compile(r"(?:nämnd|styrelse|utskott|direktion|råd|presidi|beredning|församling|fullmäktige|grupp|"
                        r"stämma|stämm|kommitté|delegation|forum|nätverk|partnerskap|förbund|förening|kollegi|"
                        r"sektion|ledning|konvent|samråd|parlament)(?:en|et|ns|ets|ens|s|e|n|t|um)?$")
#: a formal body whose decision another body's minutes report: what the minutes only tell
FORMAL = re.compile(r"(?:nämnden|styrelsen|fullmäktige|utskottet|direktionen|regeringen|riksdagen|länsstyrelsen)$")
_SUBJECT = r"(?P<s>[A-ZÅÄÖ][\wåäöÅÄÖ\-]*)"
_ADVERB = r"(?:(?:också|även|därefter|sedan|då|därför|enhälligt|enigt|slutligen|gemensamt)\s+)?"
SUBJECT_DECIDES = re.compile(rf"^{_SUBJECT}\s+{_ADVERB}{ACTIVE}\b")
#: the same subject's decision after a first clause: "Styrelsen diskuterade frågan och beslutade att avvakta."
AND_DECIDES = re.compile(rf"^{_SUBJECT}\s+[a-zåäö]+\s+[^.!?]{{0,120}}?\s(?:och|varefter|varpå)\s+{_ADVERB}{ACTIVE}\b")
#: words that end a subject before a passive: a modal, a clause, a negation (what may or will be decided)
_NOT_SUBJECT = r"kan|ska|skall|bör|måste|får|kommer|kunde|skulle|inte|ej|att|om|som|när|där|vilket|vilka|hur|vad"
IMPERSONAL = re.compile(rf"^[A-ZÅÄÖ][\wåäö\-]*(?:\s+(?!(?:{_NOT_SUBJECT})\b)[\wåäö\-,()]+){{0,6}}?\s+{PASSIVE}"
                        r"(?:\s[^!?]*)?[.!]?$")
#: a past decision by a named subject: what the minutes may only report
PAST_DECIDED = re.compile(rf"^{_SUBJECT}\s+(?:[\wåäö\-]+\s+){{0,2}}?(?:beslutade|beslöt|fastställde|godkände|antog|"
                          r"beviljade|biföll|avslog)\b")


def confirmed(subject: str, body: str | None) -> bool:
    """Whether a sentence's subject is the meeting's own body: a general meeting noun, or the header's body or a
    collective noun or initialism of its name."""
    s = subject.casefold()
    if s in GENERAL:
        return True
    if not body:
        return False
    if s == body.casefold():
        return True
    for word in re.findall(r"[\wåäöÅÄÖ]+", body):
        if word.isupper() and 2 <= len(word) <= 6 and subject == word:  # "LAG", "KSAU"
            return True
        low = word.casefold()
        if len(low) >= 4 and COLLECTIVE.search(low) and _same_noun(s, low):
            return True
    return False


def _same_noun(a: str, b: str) -> bool:
    """Whether two forms are one noun ("arbetsutskottet", "arbetsutskott"; "kommunstyrelsen", "kommunstyrelsens")."""
    stem = b[:-1] if b.endswith("s") and not b.endswith("ss") else b
    return a == b or a.startswith(stem) and len(a) - len(stem) <= 3


#: the agent of a passive decision verb: "fastställdes av kommunfullmäktige", "beviljades av Länsstyrelsen"
AGENT = re.compile(rf"\b(?:{_alternation(PASSIVES + PAST_PASSIVES + ('antas',))})\s+av\s+(?:den\s+|det\s+)?"
                   r"(?P<a>[\wåäöÅÄÖ\-]+)")
#: an authority or public body that is never the meeting itself: "kommunen", "Länsstyrelsen", "Trafikverket"
AUTHORITY = re.compile(r"(?:kommun|region|verk|myndighet|länsstyrels|regering|riksdag|domstol|rätt)(?:en|et)$")
#: a sitting of members: "årsmötet", "stämman", "föreningsstämman", "medlemsmötet"
SITTING = re.compile(r"(?:mötet|stämman)$")


def other_agent(decision: str, body: str | None) -> bool:
    """Whether a passive decision names as its agent a body other than the meeting's: an authority, or (the header
    naming the body) a body noun or a sitting that is not the header's body."""
    m = AGENT.search(decision) if " av " in decision else None
    if not m or confirmed(m.group("a"), body):
        return False
    low = m.group("a").casefold()
    if AUTHORITY.search(low):
        return True
    if not body or _head_of(low, body):
        return False
    if SITTING.search(low):  # another sitting than the meeting's: not "stämman" in a stämma's own protocol
        return SITTING_BODY.search(body.casefold()) is None
    return COLLECTIVE.search(low) is not None


#: a body that is itself a sitting of members: "Årsstämma", "Föreningsstämman", "Årsmötet", "Medlemsmöte"
SITTING_BODY = re.compile(r"(?:möte|mötet|stämma|stämman)$")


def _head_of(agent: str, body: str) -> bool:
    """Whether the agent is the head of a compound word of the body's name ("stämman" of "Årsstämma",
    "styrelsen" of "Förbundsstyrelsen"): the body itself, named short."""
    stem = agent[:-2] if agent.endswith(("en", "et", "an")) else agent
    return len(stem) >= 4 and any((k := w.find(stem)) > 0 and k + len(stem) >= len(w) - 3
                                  for w in body.casefold().split())


def third_party(decision: str, body: str | None) -> bool:
    """Whether a decision only reports what a body other than the header's decided: in the past, its subject a
    formal body; or in the passive, its agent another body (:func:`other_agent`)."""
    if other_agent(decision, body):
        return True
    if not body or "de " not in decision and "öt " not in decision and "og " not in decision and "öll " not in decision:
        return False
    m = PAST_DECIDED.match(decision.strip())
    return bool(m) and FORMAL.search(m.group("s").casefold()) is not None and not confirmed(m.group("s"), body)


#: a notes' topic before its sentence: "Vändplatsen vid skolan: Ärendet avskrivs." (a label of a few words, a colon)
TOPIC = re.compile(r"^[A-ZÅÄÖ][^:.!?]{0,60}:\s+(?=[A-ZÅÄÖ])")
#: what the decision's clause is joined to after a comma, a modal clause without its subject: "Ärendet avskrivs tills
#: vidare, kan dock tas upp igen" (what may follow, no part of the decision)
MAY_FOLLOW = re.compile(r",\s+(?:men\s+)?(?:kan|ska|skall|bör|måste|får|kommer)\s+(?:dock\s+|då\s+|i\s+så\s+fall\s+)?"
                        r"[a-zåäö]+\b.*$")


def body_decision(sentence: str, body: str | None) -> str | None:
    """The decision a sentence states in one of the shapes above, its subject confirmed (after a notes' topic
    label, without a modal clause joined on after a comma); else None."""
    s = sentence.strip()
    if ":" in s[:62] and (m := TOPIC.match(s)):
        s = s[m.end():]
    if not s[:1].isupper() or s.endswith("?") or not may_decide(s) or tentative(s):
        return None
    s = MAY_FOLLOW.sub("", s) if ", " in s else s
    m = SUBJECT_DECIDES.match(s) or AND_DECIDES.match(s)
    if m:
        return s if confirmed(m.group("s"), body) else None
    return s if IMPERSONAL.match(s) is not None and not s.startswith(("Det antas", "Det väljs")) else None


def own_decisions(decisions: list[str], meeting, body: str | None, rest: list[Line], proposed: str | None) -> list[str]:
    """A protocol item's decisions without those only reported (another time's, a third party's); where none is
    left and nothing is proposed, the item's sentences in the shapes the body decides with."""
    text = "\n".join([ln.text for ln in rest]) if decisions or rest and not proposed else ""
    kept = [d for d in this_meetings(decisions, meeting, text) if not third_party(d, body)] if decisions else []
    if kept or proposed or not rest or not ("-\n" in text or may_decide(" ".join(text.split()))):
        return kept  # the gate: no decision verb's stem in the item's text (its whitespace as its sentences have it)
    found = [d for s in sentences(rest) if (d := body_decision(s, body))]
    return [d for d in this_meetings(found, meeting, text) if not third_party(d, body)]



def sentence_decisions(found: list[str]) -> list[str]:
    """The decisions an item's sentences state without a label, in their order: those :mod:`.unlabelled` reads
    ("Mötet beslutade att ...", from its match on) and, beside them, what the meeting settled or agreed (``_settled``:
    "Mötet bestämde att ...", "Vi beslutade att ...", "Ärendet avskrivs."), so an item that writes both has both.
    [] when :mod:`.unlabelled` reads none (the fallback of :mod:`.decided` reads the item then)."""
    first = [unlabelled.unlabelled(s) for s in found]
    if not any(first):
        return []
    out = []
    for s, m in zip(found, first):
        d = unlabelled.unlabel(s[m.start():].strip()) if m else _settled(s)
        if d:
            out.append(d)
    return out


def _settled(sentence: str) -> str | None:
    """What the meeting settled or agreed, in :mod:`.decidedforms`' forms ("Mötet bestämde att ...", "Ärendet
    avskrivs.") or the agreement :data:`.decided.AGREED` reads ("Vi beslutade att ...", "Gruppen enades om att ...")."""
    s = sentence.strip()
    return decidedforms.unlabelled(s) or (s if decided.AGREED.match(s) and not tentative(s) else None)
