"""The next meeting where a body's minutes name the body itself meeting on a date, without "nästa möte".

Minutes say their body meets ("Samverkansgruppen sammanträder den 20 april", "Styrelsen träffas tisdag 5 maj") or
record the body deciding its own meetings ("Styrelsen beslutar att sammanträda den 16 april kl 13", "Direktionen
beslutar att hålla sammanträden 2015 den 16 april, 26 maj och 13 september"). The body is named by the first word of
its own name, or by its kind written bare ("Nämnden", "Styrelsen") when that is the record's kind; another body's
meetings ("Kommunfullmäktige beslutar att sammanträda den 16 april" in the board's minutes) are not this one's. Only a
date later than the meeting's own, written right after the words, counts; a list of dates counts only when its first
later date is within a season of this meeting (:func:`.meetingplan.near`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Set
from datetime import date

from ..swedish.datementions import WEEKDAY_WORD
from . import meetingkind
from .features import keyword_fold
from .lines import Line
from .meetingplan import near
from .upcoming import dates_in, later, window

#: the date right after: "den 20 april", "på tisdag", "20/4", "tisdag 21 april"
DATE_NEXT = rf"(?=(?:den|på)\s|\d|(?:{WEEKDAY_WORD}))"
#: a body named as meeting on a date: "Samverkansgruppen sammanträder den 20 april" (group 1: the body's word)
HEAD = r"\b([A-ZÅÄÖa-zåäö][\wåäö-]{3,})\s+"
SITS_TAIL = rf"(?:sammantr[äa]der|träffas|möts)\s+(?:nästa\s+gång\s+)?{DATE_NEXT}"
SITS = re.compile(HEAD + SITS_TAIL, re.I)
#: a body deciding its own meetings: "Styrelsen beslutar att sammanträda den 16 april", "Gruppen beslöt att mötas 5/5",
#: "Direktionen beslutar / att hålla sammanträden 2015 den 16 april, ..." (the clause on the next line); "ä" may be
#: written "a" (a scan's or an ASCII page's "sammantraden")
DECIDES_TAIL = (r"(?:beslutar|beslutade|beslöt)\s+att\s+(?:sammantr[äa]da|mötas|träffas|"
                r"hålla\s+(?:ett\s+|sitt\s+)?(?:sammantr[äa]den?|möte|möten)(?:\s+(?:år\s+)?\d{4})?)"
                rf"\s+{DATE_NEXT}")
DECIDES = re.compile(HEAD + DECIDES_TAIL, re.I)
#: the body's meetings named in the genitive, their dates after: "Kommunstyrelsens sammanträden 2016: 13 januari, 10
#: februari", "Gruppens möte den 20 april" (group 1: the body's word without its "s")
OWNED_TAIL = rf"(?:sammantr[äa]den?|möten?)(?:\s+(?:år\s+)?\d{{4}})?\s*:?\s*{DATE_NEXT}"
OWNED = re.compile(r"\b([A-ZÅÄÖa-zåäö][\wåäö-]{3,}?)s\s+" + OWNED_TAIL, re.I)
#: the genitive before the body's meetings, in the folded text: the cheap test before ``OWNED``'s tail (a text names
#: "sammanträde" and "möte" often, after a genitive's "s" seldom)
OWNED_FOLDED = re.compile(r"s\s+(?:sammantr|möte)")


def _words(*groups: tuple[str, ...]) -> Callable[[str], bool]:
    """A test of the folded text: it holds one word of each group."""
    return lambda low: all(any(w in low for w in group) for group in groups)


#: each pattern with the space its tail follows (the tail read ahead: where a match's words can end; a pattern whose
#: head is a word is tried at every word of a text, the tails are rare, issue 12) and the test of the folded text
#: before the tail is looked for
TAILS = ((SITS, re.compile(rf"\s(?={SITS_TAIL})", re.I), _words(("sammanträder", "sammantrader", "träffas", "möts"))),
         (DECIDES, re.compile(rf"\s(?={DECIDES_TAIL})", re.I),
          _words(("beslutar", "beslutade", "beslöt"), ("sammanträd", "sammantrad", "mötas", "träffas", "hålla"))),
         (OWNED, re.compile(rf"\s(?={OWNED_TAIL})", re.I), lambda low: OWNED_FOLDED.search(low) is not None))
#: the occasion a matter is put off to, not an announcement ("behandlas vid styrelsens sammanträde den 3 maj",
#: devset convention: the record abstains)
OCCASION = re.compile(r"\b(?:vid|på|till|under|inför|i|från)\s+$", re.I)
#: a body's kind written bare, as minutes call their own body ("Nämnden sammanträder den ..."): whose, its kind tells
BARE_KINDS = frozenset("nämnden styrelsen utskottet gruppen rådet direktionen nätverket beredningen presidiet".split())
SPAN = 25  #: characters after the words in which the (first) date is written
#: the cheap test before the patterns: each of their verbs and nouns holds one of these (folded)
GATE_WORDS = ("sammanträd", "sammantrad", "träffas", "möts", "mötas", "möte")


def own_sitting(lines: list[Line], body: str | None, day: date | None, years: list[int], own: Set[str],
                text: str) -> date | None:
    """The first later date on which the record's own body is said to meet, or decides to meet (module doc)."""
    low = keyword_fold(text)
    if not day or not any(w in low for w in GATE_WORDS):
        return None
    first = (re.findall(r"[\wåäö-]+", (body or "").casefold()) or [None])[0]
    for rx, tail, may in TAILS:
        if not may(low):
            continue
        for m in matches(rx, tail, text):  # (the words may run over a line's end: "Direktionen beslutar / att hålla ...")
            if not _own(m.group(1).casefold(), first, own) or OCCASION.search(text, max(0, m.start() - 8), m.start()):
                continue
            after = window(text.replace("\n", " "), m.end())[:SPAN]
            found = next((d for d in dates_in(after, years, day) if d.start < 12), None)
            if found and later(found, after, day, years) and near(found.date, day):
                return found.date
    return None


def _own(word: str, first: str | None, own: Set[str]) -> bool:
    """Whether the word before the verb names the record's body: its name's first word, or its kind written bare."""
    return word == first or word in BARE_KINDS and bool(kinds := meetingkind.own_kinds(None, word)) and kinds <= own


def matches(rx: re.Pattern[str], tail: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``'s matches, tried only in the word before each space ``tail`` finds (its head is a word,
    spaces, then the tail): a match's word and spaces hold no space followed by a non-space, so none starts before
    that word's first character (or after the space) and ends at a later tail."""
    pos = 0
    for gap in tail.finditer(text):
        at = gap.start()
        if at < pos:
            continue
        start = at
        while start > pos and text[start - 1].isspace():
            start -= 1
        while start > pos and not text[start - 1].isspace():
            start -= 1
        for p in range(start, at):
            if m := rx.match(text, p):
                yield m
                pos = m.end()
                break
