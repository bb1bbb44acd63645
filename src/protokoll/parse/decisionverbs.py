"""The verbs a meeting decides with, built once and shared: each verb's present, past and present passive.

Swedish minutes write a decision in a few general grammatical shapes beyond a "Beslut" label and "att"-clauses:

- the body as the subject of a decision or stance verb, past or present ("Styrelsen beslutade ...", "Nämnden
  fastställer ...", "Rådet ansåg att ...", "Gruppen enades om att ...");
- the impersonal present passive of a decision verb ("Rapporten godkänns.", "Ärendet avskrivs.", "Medel avsätts
  för ...", "Informationen noteras."): the verb's form, the stem and the passive "-s", tells it;
- the same passive in the past, as short minutes and annual meetings write what was decided ("Medel avsattes för
  ...", "En arbetsgrupp tillsattes.", "Beslutet upphävdes."): the past and the passive "-s" (:data:`PAST_PASSIVES`).

The readers of those shapes (:mod:`.deciders`) build their patterns from :data:`VERBS`, so a verb added here is
read in every form and by every reader at once.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .features import has_any


class Verb(NamedTuple):
    present: str
    past: str
    passive: str  #: the present passive: "godkänns", "noteras"


def _ar(infinitive: str) -> Verb:
    """A verb of the first conjugation: "notera" -> "noterar", "noterade", "noteras"."""
    return Verb(infinitive + "r", infinitive + "de", infinitive + "s")


def _er(infinitive: str, past: str) -> Verb:
    """A verb of the second conjugation: "godkänna" -> "godkänner", "godkände", "godkänns"."""
    return Verb(infinitive[:-1] + "er", past, infinitive[:-1] + "s")


def _short(infinitive: str, past: str) -> Verb:
    """A short verb that ends in its stem's vowel: "anta" -> "antar", "antog", "antas"."""
    return Verb(infinitive + "r", past, infinitive + "s")


#: the decision verbs: approving, adopting, granting, refusing, noting, choosing, setting aside, writing off,
#: deferring; not verbs of telling or proposing (a report), nor "uppdra" (a task: an assignment of its own)
VERBS: tuple[Verb, ...] = (
    _ar("notera"), _ar("anteckna"), _ar("bevilja"), _ar("återremittera"), _ar("anvisa"), _ar("delegera"),
    _ar("besluta"),
    _er("godkänna", "godkände"), _er("fastställa", "fastställde"), _er("avsätta", "avsatte"),
    _er("avskriva", "avskrev"), _er("upphäva", "upphävde"), _er("bordlägga", "bordlade"),
    _er("tillstyrka", "tillstyrkte"), _er("avstyrka", "avstyrkte"), _er("välja", "valde"), _er("bifalla", "biföll"),
    _er("tillsätta", "tillsatte"),
    _short("anta", "antog"), _short("avslå", "avslog"), _short("utse", "utsåg"), _short("godta", "godtog"),
)
#: the older written passive of the second conjugation: "godkännes", "fastställes"
_OLD_PASSIVE = tuple(v.passive[:-1] + "es" for v in VERBS if not v.passive.endswith("as"))
PASSIVES = tuple(v.passive for v in VERBS) + _OLD_PASSIVE
#: the past passive of every verb, its past and the passive "-s": "godkändes", "noterades", "avsattes", "antogs"
PAST_PASSIVES = tuple(v.past + "s" for v in VERBS)
#: passives that also mean something else: "antas" is "is assumed" and "is admitted" ("Trettio elever antas") as
#: often as "is adopted"; the impersonal reader leaves it to the adopted-proposal form (:data:`.decidedforms.ADOPTED`)
IMPERSONAL_PASSIVES = tuple(p for p in PASSIVES if p != "antas") + PAST_PASSIVES
#: a stance or agreement the body takes, written with its particle: "ansåg att", "enades om", "ställer sig bakom"
#: (not "tog del av": taking note of a report records no stance)
STANCES = (r"ansåg\s+att|anser\s+att|enades\s+om|enas\s+om|kom\s+överens\s+om|är\s+överens\s+om|var\s+överens\s+om|"
           r"ställer\s+sig\s+bakom|ställde\s+sig\s+bakom|beslöt")


def _alternation(words) -> str:
    return "|".join(sorted(set(words), key=len, reverse=True))


#: a decision verb in the present or past, active, or a stance with its particle (not "antar att": "assumes")
_ACTIVE_WORDS = [w for v in VERBS for w in (v.present, v.past) if w not in ("antar", "antog")]
ACTIVE = rf"(?:(?:antar|antog)(?!\s+att\s)|{_alternation(_ACTIVE_WORDS)}|{STANCES})"
#: the present passive of a decision verb as a word, in the impersonal decision
PASSIVE = rf"(?:{_alternation(IMPERSONAL_PASSIVES)})"
#: the verbs' stems as written, the cheap test before a pattern built from them
STEMS = tuple(sorted({w[:5] for v in VERBS for w in v} | {"ansåg", "anser", "enade", "enas ", "överens", "bakom"}))


#: one search of the stems (a generator over ~50 stems cost more than the pattern it guards; issue 12)
_HAS_STEM = has_any(STEMS)


def may_decide(text: str) -> bool:
    """The cheap test: a stem of a decision verb or stance is written in the sentence (or an item's text)."""
    return _HAS_STEM(text) is not None


PASSIVE_WORD = re.compile(rf"\b{PASSIVE}\b")
