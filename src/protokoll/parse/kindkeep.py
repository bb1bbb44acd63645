"""What the spec keeps per kind of document, once the kind is settled after the items were read.

- A kallelse names the summoned, not (yet) the attendees: an agenda has no attendees.
- An agenda (kallelse, föredragningslista, dagordning) is written before the meeting and decides nothing: what
  its items write as a decision is the proposal put to the meeting. Regional and municipal agendas often write
  the proposal as the decision's own sentence, numbered or not, without a "Förslag till beslut" label
  ("4 Information ... 1. Informationen noteras.", "1. Sammanträdesdagarna enligt ovan fastställs."). An item whose
  sentence the proposal readers (:mod:`.agendaproposal`, :mod:`.notedproposal`) did not take for a proposal keeps
  it as a decision, and then every item's proposal is read back as a decision (:func:`.assemble._decided_proposals`:
  a record misread as an agenda); where the kind is still settled as an agenda after that, its title or its items
  say so, and a record that is an agenda with decisions contradicts itself. Each decision text becomes the item's
  proposed decision (a proposal it already has is kept), never a decision. Not where an item's decision is told in
  the past ("Till justerare utsågs Eva Holm.", "Protokollet lades till handlingarna.", "Nämnden beslutade att ..."):
  an agenda proposes in the present ("utses", "noteras", "godkänner"); a decision told in the past is what a record
  of the meeting says was decided, and the document is a protocol or minutes whose kind was misread: its decisions
  stay.
- Minutes and protocols record what was decided: their items hold no proposal.
"""

from __future__ import annotations

import re

from ..record import MeetingRecord
from .agendaproposal import proposal_text, whole
from .decisionverbs import PAST_PASSIVES, VERBS

#: a decision told in the past, as a record of the meeting tells it: a decision verb's past, active or passive
RECORDED = re.compile(r"\b(?:" + "|".join(sorted({v.past for v in VERBS} | set(PAST_PASSIVES)))
                      + r"|beslöt|beslöts|lades|lade)\b", re.I)


def keep_by_kind(rec: MeetingRecord) -> None:
    """The record's attendees, decisions and proposals as its kind keeps them (see the module docstring)."""
    if rec.kind != "agenda":
        for item in rec.items:
            item.proposed_decision = None
        return
    rec.attendees = []
    if any(RECORDED.search(d) for item in rec.items for d in item.decisions):
        return  # a record misread as an agenda: its decisions stay
    for item in rec.items:
        if item.decisions:
            item.proposed_decision = item.proposed_decision or whole(proposal_text(" ".join(item.decisions)))
            item.decisions = []
