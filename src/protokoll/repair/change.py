"""One change the repair stage made to a text: where, what was there, what is there now, and why."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Change:
    start: int  #: offset in the input text
    before: str
    after: str
    reason: str
