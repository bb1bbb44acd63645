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
                       r"bordläggas|återremitteras|beslutas|läggas\s+till\s+handlingarna|beviljas|avslås|bifallas|"
                       r"tillstyrkas|avstyrkas)")
#: a modal, the future "kommer (...) att" or the infinitive marker right before the passive
LATER = re.compile(r"\b(?:kan|kunde|bör|borde|måste|ska|skall|skulle|behöver|torde|kommer(?:\s+[\wåäö]+){0,3}\s+att|"
                   r"att)\s+(?:(?:även|också|sedan|senare|därefter|inte|ej)\s+)?" + _PASSIVE_INFINITIVE + r"\b")
#: a note of some facts among others: "Det noteras bl.a. att ...", "Noterades bland annat att ..."
AMONG_OTHERS = re.compile(r"\b(?:noteras|noterades|antecknas|antecknades)\s+(?:bl\.\s?a\.?|bland\s+annat)\s",
                          re.I)


#: a decision stated before the modal ("Mötet beslutade att styrelsen ska väljas på två år") or before a question
#: asked with it, in the passive too ("Föredragningslistan godkänns med tillägget: Per Ek frågar om ..."): it decides
DECIDED_BEFORE = re.compile(r"\b(?:beslutar|beslutade|beslöt|beslutas|beslutades|beslöts|enades|bestämdes|godkände|"
                            r"godkänner|fastställde|fastställer|uppdrar|uppdrogs|uppdras|godkänns|godkändes|fastställs|"
                            r"fastställdes|antogs|utsågs|valdes|väljs)\b", re.I)


#: what someone reports, proposes or asks with the decision's words in its clause: "Förvaltningen föreslår att
#: ansökan beviljas", "Anna Berg informerade om att planen godkändes", "Per Ek frågade om taxan fastställts"
#: (a proposal or a report of another's decision, not the meeting's own decision)
REPORTED = re.compile(r"\b(?:informerar|informerade|berättar|berättade|redovisar|redovisade|redogör|redogjorde|"
                      r"meddelar|meddelade|rapporterar|rapporterade|föreslår|föreslog|föreslås|föreslogs|yrkar|yrkade|"
                      r"förordar|förordade|hemställer|hemställde)\s+(?:[\wåäö\-]+\s+){0,3}?(?:om\s+)?att\b|"
                      r"\b(?:frågar|frågade|undrar|undrade)\s+(?:[\wåäö\-]+\s+){0,3}?(?:om|att)\b")
#: the passive's agent named after it, another body or an outside grantor: "Ansökan beviljades av Tillväxtverket",
#: "Projektet beviljades medel från Europeiska socialfonden" (what another decided, reported to the meeting)
OTHER_AGENT = re.compile(r"\b(?:beviljades|beviljats|godkändes|avslogs|fastställdes|antogs)\b.*?\s(?:av|från)\s+"
                         r"(?:[a-zåäö]+\s+)?[A-ZÅÄÖ]")


def tentative(sentence: str) -> bool:
    """Whether a sentence worded like a decision only says what may or will be decided, sums up a report, reports
    what someone informs about, proposes or asks (``REPORTED``), or what another body granted (``OTHER_AGENT``)."""
    if _may_note_some(sentence) and AMONG_OTHERS.search(sentence):
        return True
    if _may_report(sentence) and (m := REPORTED.search(sentence)) and not DECIDED_BEFORE.search(sentence, 0, m.start()):
        return True
    if ("av " in sentence or "från " in sentence) and OTHER_AGENT.search(sentence):
        return True
    m = LATER.search(sentence) if _may_defer(sentence) else None
    return bool(m) and not DECIDED_BEFORE.search(sentence, 0, m.start())


def _may_defer(sentence: str) -> bool:
    """The cheap test before ``LATER`` (a search from every position, case-sensitive): a stem of one of its
    passive verbs (``_PASSIVE_INFINITIVE``), as written (issue 12)."""
    return "godkänn" in sentence or "fastställ" in sentence or "antas" in sentence or "utses" in sentence \
        or "välj" in sentence or "noteras" in sentence or "antecknas" in sentence or "bordläggas" in sentence \
        or "återremitteras" in sentence or "beslutas" in sentence or "läggas" in sentence or "bevilja" in sentence \
        or "avslås" in sentence or "bifallas" in sentence or "tillstyrkas" in sentence or "avstyrkas" in sentence


def _may_note_some(sentence: str) -> bool:
    """The cheap test before ``AMONG_OTHERS``: "bl" ("bl.a.", "bland annat") and a verb of noting, folded."""
    low = keyword_fold(sentence)
    return "bl" in low and ("noter" in low or "anteckn" in low)


def _may_report(sentence: str) -> bool:
    """The cheap test before ``REPORTED``: a stem of each of its verbs, as written (lower case)."""
    return "nform" in sentence or "erätta" in sentence or "edovis" in sentence or "edog" in sentence \
        or "eddela" in sentence or "apporter" in sentence or "öresl" in sentence or "yrka" in sentence \
        or "örorda" in sentence or "emställ" in sentence or "fråga" in sentence or "undra" in sentence
