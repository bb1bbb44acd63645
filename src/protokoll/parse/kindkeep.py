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
  proposed decision (a proposal it already has is kept), never a decision.
- Minutes and protocols record what was decided: their items hold no proposal.
"""

from __future__ import annotations

from ..record import MeetingRecord
from .agendaproposal import proposal_text, whole


def keep_by_kind(rec: MeetingRecord) -> None:
    """The record's attendees, decisions and proposals as its kind keeps them (see the module docstring)."""
    if rec.kind != "agenda":
        for item in rec.items:
            item.proposed_decision = None
        return
    rec.attendees = []
    for item in rec.items:
        if item.decisions:
            item.proposed_decision = item.proposed_decision or whole(proposal_text(" ".join(item.decisions)))
            item.decisions = []
