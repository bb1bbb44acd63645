"""The labels that open an item's proposed decision ("Förslag till beslut", "Beslutsförslag", "Nämndens
förslag till kommunstyrelsen: ..."), apart from the decisions they precede (:mod:`.decisions` reads both)."""

from __future__ import annotations

import re

from . import decidedforms
from .partlabels import OWNER_AT_START

#: "Förslag till tekniska nämndens beslut": the label may name the body the proposal is put to
PROPOSAL_START = re.compile(r"^(Förslag till beslut|Förslag till (?:[a-zåäö\-]+\s+){0,2}[\wåäö\-]+s\s+beslut\b|Beslutsförslag|"
                            r"Föreslaget beslut|Föreslagen åtgärd|Förslag\s*:)", re.I)
OWN_PROPOSAL = re.compile(rf"^{OWNER_AT_START} förslag")


#: the body a proposal is put to, named in its label: "Arbetsutskottets förslag till kommunstyrelsen"
TO_BODY = r"[a-zåäö\-]*(?:nämnden|styrelsen|fullmäktige|utskottet|direktionen|stämman|rådet|beredningen|presidiet)"
#: "Nämndens förslag till beslut" (or "... till kommunstyrelsen") with the proposal run on after it on the same line
#: (a flattened agenda)
OWN_PROPOSAL_LABEL = re.compile(rf"^{OWNER_AT_START} förslag till (?:beslut|{TO_BODY})\s*(?::\s*|[-–]\s+|(?=\d{{1,2}}\.\s))")
#: a label line alone that names the bodies the proposal passes on to, however long: "Kultur- och fritidsnämndens
#: förslag till kommunstyrelsen för förslag till kommunfullmäktige" (the text follows on the next lines)
ROUTED_LABEL = re.compile(rf"{OWNER_AT_START} förslag till {TO_BODY}(?:,?\s+(?:för|med)\s+förslag\s+till\s+{TO_BODY})*\s*:?")


#: the meeting's decision written right under the proposal, on its own labelled line: "Beslut: Enligt förslag."
#: (the proposal ends there; the decision is read apart)
DECISION_AFTER = re.compile(r"^(?:Beslut(?:et)?|BESLUT)\s*:\s*\S")


def routed_label(text: str) -> bool:
    """A whole line that is "<Owner>s förslag till <body>" (with the bodies it is passed on to), nothing after it."""
    return "örslag till" in text and bool(ROUTED_LABEL.fullmatch(text))


#: a decision that follows a proposal: "Enligt förvaltningens förslag.", "Bifall till arbetsutskottets förslag"
#: (it ends like an owner's proposal label but is the meeting's answer to it)
AS_PROPOSED = re.compile(r"^(?:Enligt|I\s+enlighet\s+med|Bifall\s+till|Bifaller)\s", re.I)


def is_proposal(text: str) -> bool:
    """A line that opens a proposed decision: a proposal label, or a short "<Owner>s förslag" line that decides nothing."""
    if text[:1] in "EeIiBb" and AS_PROPOSED.match(text):
        return False
    return bool(PROPOSAL_START.match(text)) or bool(OWN_PROPOSAL_LABEL.match(text)) or routed_label(text) or \
        bool(OWN_PROPOSAL.match(text)) and len(text) < 80 and not decidedforms.decides(text)
