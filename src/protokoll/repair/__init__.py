"""Stage `repair`: OCR and layout clean-up between `read` and `parse`.

``repair_text`` returns the text parse and search should use, plus the list of
changes made. Layout clean-up that every document needs (non-breaking spaces,
soft hyphens, zero-width characters) happens here; OCR repair arrives with
its own issue and plugs in at the same place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .layout import unflatten


@dataclass
class Change:
    start: int  #: offset in the input text
    before: str
    after: str
    reason: str


_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def repair_text(text: str) -> tuple[str, list[Change]]:
    """Clean text for parsing; returns (text, changes)."""
    changes: list[Change] = []
    out = _INVISIBLE.sub("", text)
    if out != text:
        changes.append(Change(0, "", "", "removed invisible characters"))
    out = out.replace("\u00a0", " ").replace("\u202f", " ")
    if (flat := unflatten(out)) != out:
        out, changes = flat, changes + [Change(0, "", "", "restored line breaks of flattened pages")]
    return out, changes
