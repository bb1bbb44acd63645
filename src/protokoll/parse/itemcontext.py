"""What reading an item's assignments and forwarding needs to know about its meeting."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Context:
    """What assignment reading needs to know about the meeting."""

    meeting: date | None
    next_meeting: date | None
    own_names: set[str]  #: the organisation, its initialism and the body: not assignees
    member_stem: str | None  #: "kommundirektör" for Kommundirektörsgruppen: its members act at the meeting
    agenda: bool = False  #: the document says it is an agenda (kallelse, föredragningslista): nothing decided yet
    #: (item, its decisions as read) of each agenda item whose decision formulas were taken as its proposal
    proposed_from: list = field(default_factory=list)
    #: each sentence's assignments as read once in this meeting: an item's decision sentences are read again
    #: among its running text's sentences (:func:`.assignments.read_assignments`)
    sentence_assignments: dict = field(default_factory=dict)
    #: the assignments of the items read so far: an action list that repeats them is the meeting's summary of
    #: its tasks, not the tasks of the item it follows (:func:`.actiontable.repeats`)
    given: list = field(default_factory=list)
    body: str | None = None  #: the header's body: who decides in the items (:mod:`.deciders`)
