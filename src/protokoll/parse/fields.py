"""A labelled header field as the header reader finds it ("Plats och tid: ...", "Närvarande: ...") and its value.

In a module of its own so that the readers of columns and fallbacks use it without importing
the header reader that calls them.
"""

from __future__ import annotations

import re
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


def field_value(fields: list[Field], kind: str) -> str | None:
    """A field's value, cut where a web page glued the next label to it ("Socialnämnden Titel:2019-01-28")."""
    value = next((f.value for f in fields if f.kind == kind and f.value), None)
    return GLUED_LABEL.split(value, maxsplit=1)[0].strip() or None if value else None


GLUED_LABEL = re.compile(r"\s+[A-ZÅÄÖ][a-zåäö]{2,}:(?=\S)")
