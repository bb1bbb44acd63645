"""A labelled header field as the header reader finds it ("Plats och tid: ...", "Närvarande: ...").

In a module of its own so that the readers of columns and fallbacks use it without importing
the header reader that calls them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .lines import Line


@dataclass
class Field:
    label: str  #: as written
    kind: str  #: the LABELS value
    value: str  #: joined value lines
    start: int  #: offset of the label
    lines: list[Line] = field(default_factory=list)
    note: str | None = None  #: "uncertain: ..." when the value was left open
    colon: bool = False  #: the label was followed by a colon or a tab
    heading: str | None = None  #: a sub-heading inside an attendee list ("Sekretariatet", "Umeå kommun")
