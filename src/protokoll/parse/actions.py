"""What an item decides and sets in motion: decisions, dissent, assignments, forwarding.

The item reader asks this module; each concern has its own: :mod:`.decisions` (the decisions and
proposed decision after a "Beslut" label or in deciding sentences), :mod:`.reservations` (dissent),
:mod:`.assignments` and :mod:`.agents` (who is given what to do, by when), :mod:`.forwarding` (the
bodies an item is sent on to) and :mod:`.itemcontext` (what they need to know about the meeting).
"""

from __future__ import annotations

from .assignments import add_found, duty_sentences, one_sentence, read_assignments, uppdrag_sentences
from .decisions import Decisions, read_decisions, strip_section_heading
from .forwarding import body_meeting_dates, read_forwards
from .itemcontext import Context
from .reservations import split_dissent

__all__ = ["Context", "Decisions", "add_found", "body_meeting_dates", "duty_sentences", "one_sentence",
           "read_assignments", "read_decisions", "read_forwards", "split_dissent", "strip_section_heading",
           "uppdrag_sentences"]
