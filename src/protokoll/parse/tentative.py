"""Sentences worded like a decision that decide nothing: what may, shall or will be decided later, and what
a report notes in passing.

A protocol records a decision in the past or present tense ("Till justerare utsågs Eva Holm", "Informationen
noteras"). The same passive verb after a modal or an infinitive marker says what is possible or planned,
not what the meeting decided: "Eventuellt kommer en ny ledamot att utses senare", "Det kan noteras att ...",
"Frågan bör fastställas av stämman". And a note of some of several facts ("Det noteras bl.a. att ...") sums
up a report; a protocol's own note of a formality records exactly, never "among other things".
"""

from __future__ import annotations

import re

from .features import keyword_fold

#: the passive verbs a decision without a label is written with (:mod:`.unlabelled`, :mod:`.decided`) in the
#: form that follows a modal or "att" ("ska godkännas", "kan noteras", "att utses")
_PASSIVE_INFINITIVE = (r"(?:godkännas|godkänns|fastställas|fastställs|antas|utses|väljas|väljs|noteras|antecknas|"
                       r"bordläggas|återremitteras|beslutas|läggas\s+till\s+handlingarna)")
#: a modal, the future "kommer (...) att" or the infinitive marker right before the passive
LATER = re.compile(r"\b(?:kan|kunde|bör|borde|måste|ska|skall|skulle|behöver|torde|kommer(?:\s+[\wåäö]+){0,3}\s+att|"
                   r"att)\s+(?:(?:även|också|sedan|senare|därefter|inte|ej)\s+)?" + _PASSIVE_INFINITIVE + r"\b")
#: a note of some facts among others: "Det noteras bl.a. att ...", "Noterades bland annat att ..."
AMONG_OTHERS = re.compile(r"\b(?:noteras|noterades|antecknas|antecknades)\s+(?:bl\.\s?a\.?|bland\s+annat)\s",
                          re.I)


#: a decision stated before the modal ("Mötet beslutade att styrelsen ska väljas på två år"): the sentence decides
DECIDED_BEFORE = re.compile(r"\b(?:beslutar|beslutade|beslöt|beslutas|beslutades|beslöts|enades|bestämdes|godkände|"
                            r"godkänner|fastställde|fastställer|uppdrar|uppdrogs|uppdras)\b", re.I)


def tentative(sentence: str) -> bool:
    """Whether a sentence worded like a decision only says what may or will be decided, or sums up a report."""
    if _may_note_some(sentence) and AMONG_OTHERS.search(sentence):
        return True
    m = LATER.search(sentence) if _may_defer(sentence) else None
    return bool(m) and not DECIDED_BEFORE.search(sentence, 0, m.start())


def _may_defer(sentence: str) -> bool:
    """The cheap test before ``LATER`` (a search from every position, case-sensitive): a stem of one of its
    passive verbs (``_PASSIVE_INFINITIVE``), as written (issue 12)."""
    return "godkänn" in sentence or "fastställ" in sentence or "antas" in sentence or "utses" in sentence \
        or "välj" in sentence or "noteras" in sentence or "antecknas" in sentence or "bordläggas" in sentence \
        or "återremitteras" in sentence or "beslutas" in sentence or "läggas" in sentence


def _may_note_some(sentence: str) -> bool:
    """The cheap test before ``AMONG_OTHERS``: "bl" ("bl.a.", "bland annat") and a verb of noting, folded."""
    low = keyword_fold(sentence)
    return "bl" in low and ("noter" in low or "anteckn" in low)
