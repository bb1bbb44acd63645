"""An item whose numbered line names its subject and the one word that decided it: "2. Föregående
minnesanteckningar Godkändes.", "5. Ekonomi Noterades.".

Short minutes (an association's annual meeting, a board's formalia) write some points as their subject with
the notes' one-word answer run on after it (the line break between them lost); the title is the subject and
the word is the point's decision.

A point written as one whole sentence with no heading of its own ("§ 2. Kallelsen till årsmötet godkändes.",
"§ 16. Beslöts att styrelsen får utse ombud.", "3. Till justerare valdes Eva Ek.") has that sentence as its title
AND as its decision: an item's decisions are its decision text, and a point whose text is a decision stated in a
sentence has that sentence as its decision, however the layout puts it (session 24's convention, issue 10). Only a
sentence the decision readers read (a decision verb: godkändes, fastställs, valdes, beviljades, beslöts, lades
till handlingarna ...); an opening or closing ("Mötet öppnades"), a report, information, what may be decided
later (:mod:`.tentative`) and what another body or another meeting decided (:func:`.deciders.own_decisions`)
stay without one, as the other readers abstain on them.
"""

from __future__ import annotations

import re

from . import decided, unlabelled
from .deciders import own_decisions
from .decidedforms import ONE_WORD
from .decisionverbs import STEMS
from .features import has_any
from .lines import Line, sentences
from .tentative import tentative

#: a page's trailing mark left on the sentence's line ("... valdes Per Ek. 2/2"): not part of the decision
PAGE_TAIL = re.compile(r"\s+\d{1,3}\s*/\s*\d{1,3}(?:\s+\d{1,3}\.?)?\s*$")


#: a formality noted in one word run on after the heading's subject: "2. Föregående minnesanteckningar Godkändes."
#: (the notes' answer to the point, its line break lost)
ONE_WORD_AFTER = re.compile(r"(?<=[a-zåäö0-9)]\s)" + ONE_WORD.pattern.removeprefix("^"))


#: the cheap test before the decision readers run on a heading (every item has one): a word each of their
#: wordings needs, folded (the verbs' stems, the fixed passives' words, "Beslutas"/"beslöts", agreement)
_MAY_DECIDE = has_any(tuple(sorted(set(STEMS) | set(decided.PASSIVE_WORDS) | {
    "esl", "handlingarna", "enade", "enas", "överens", "bif", "avsl", "valde", "väljs", "utsåg", "utses", "antog",
    "antas", "antag", "förklara", "konstatera", "bestäm", "överenskom", "besvara", "noter", "anteckn", "bordl",
    "remitt", "tillstyrk", "avstyrk", "justeras"})))

#: a heading line at least this long was wrapped at the line's end (a title is shorter; a paragraph's line longer)
WRAPPED = 55


def heading_decision(sentence: str, rest: list[Line], meeting=None, body: str | None = None,
                     decisions: list[str] | None = None) -> list[str]:
    """The item's decisions with its heading's: when the text under the heading decides nothing, the one word run
    on after the heading's subject (nothing under it) or the heading's own sentence when it states this meeting's
    decision (the headingless one-sentence point); before the decisions under it, the heading's sentence when it
    decides something else ("Till mötesordförande valdes Eva Ek" / "Till sekreterare valdes Bo Ek.")."""
    s = " ".join(sentence.split())
    s = PAGE_TAIL.sub("", s) if s[-1:] == "." or s[-1:].isdigit() else s  # the tail ends in a number or its "."
    if decisions:
        return _before(s, rest, decisions, meeting, body)
    if not any(not ln.blank for ln in rest) and s[-1:] in ".!s" and (m := ONE_WORD_AFTER.search(s)):
        return [m.group(0).strip()]
    return own_sentence(wrapped(s, rest), meeting, body)


def _before(s: str, rest: list[Line], decisions: list[str], meeting, body: str | None) -> list[str]:
    """The heading's own deciding sentence before the decisions under it, unless the heading's sentence goes on
    under it (:func:`.decisionstart.whole_sentence` makes that one whole) or a decision under it opens with the
    heading's (:func:`_opening`: the same matter, "Dagordningen fastställs" / "Dagordningen fastställdes med ...")."""
    if not (own := own_sentence(s, meeting, body)) or wrapped(s, rest) != s:
        return decisions
    key = _opening(s)
    return decisions if any(_opening(d) == key for d in decisions) else own + decisions


def _opening(s: str) -> tuple[str, ...]:
    """A sentence's first word and the stem of its second: "Dagordningen fastställs" and "Dagordningen
    fastställdes med ..." open alike, "Till mötesordförande valdes" and "Till sekreterare valdes" do not."""
    words = s.casefold().split()[:2]
    return tuple(words[:1] + [w[:5] for w in words[1:]])


def wrapped(s: str, rest: list[Line]) -> str:
    """The heading's sentence with the line it wraps onto: the next line, right under it, that goes on in lower
    case or a bracket ("... i fråga om" / "belopp."), or any such line after a heading line long enough to have
    been wrapped ("Till revisorer på två år valdes Eva Holm &" / "Bo Ek."), up to the sentence's end."""
    if s[-1:] in ".!?:" or not rest or rest[0].blank:
        return s
    first = rest[0].text.lstrip()[:1]
    if not (first.islower() or first == "(" or len(s) >= WRAPPED):
        return s
    more = sentences(rest)[:1]
    return f"{s} {more[0]}" if more else s


def own_sentence(s: str, meeting=None, body: str | None = None) -> list[str]:
    """[s] when the sentence states a decision in a form the decision readers read and it is not only tentative
    nor another body's or another meeting's decision, else []."""
    if not _MAY_DECIDE(s.casefold()) or len(s.split()) < 2 or told(s) \
            or not (decided.unlabelled(s) or unlabelled.opening(s)) or tentative(s):
        return []
    return own_decisions([s], meeting, body, [], None)


#: the decision verbs' stems, and "beslöts"' own: a decision verb before the sentence's first "att"
_DECIDING_HEAD = STEMS + ("beslö",)


#: the choice of justerare written with its task first, as an "att"-clause the passive verb's subject: "(Till) att
#: jämte ordföranden justera protokollet utsågs Eva Ek.", "Till att jämte VL justera protokollet valdes Bo Ek." --
#: the protocols' fixed form of that formality (the clause says what the person was chosen for; the verb after it
#: decides)
TASK_FIRST = re.compile(r"^(?:Till\s+)?[Aa]tt\s+(?:jämte|tillsammans\s+med)\s+(?:[\wåäö.\-]+\s+){1,3}?justera\b")


def told(s: str) -> bool:
    """The decision verb only inside an "att" clause that something else governs: "Information om att bygglovet
    beviljades.", "Meddelades att budgeten fastställts." tell of a decision (a report), where "Beslöts att ...",
    "Det noterades att ..." and "Per Ek valdes att justera ..." decide before their "att", and "Till att jämte
    ordföranden justera protokollet utsågs Per Ek." after its opening clause (``TASK_FIRST``)."""
    i = s.find(" att ")
    if i < 0 or (TASK_FIRST.match(s) and decided.PASSIVE.match(s)):
        return False
    return not any(stem in s[:i].lower() for stem in _DECIDING_HEAD)
