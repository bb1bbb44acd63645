"""A decision label whose colon was lost: "Beslut Planen antas." (a flattened page or a copy without markup).

"Beslut" followed by a capitalised word is a label when what follows reads as a sentence: the capitalised
word, then a lower-case word, and a sentence end. An entry of a list of decisions ("Beslut om bidrag") or a
reference ("Beslut Kommunfullmäktige 2021-03-01") does not read so.
"""

from __future__ import annotations

import re

SENTENCE_AFTER = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?:\s+[A-ZÅÄÖ][a-zåäö]+)?\s+[a-zåäö][\wåäö\-]*\b.*[.!]$")
LABEL_WORDS = re.compile(r"^(?:Beslut|Beslutet|BESLUT)\s+$")


def lost_colon(head: str, rest: str) -> bool:
    """``head`` is a bare decision label and ``rest`` a sentence after it."""
    return bool(LABEL_WORDS.match(head)) and bool(SENTENCE_AFTER.match(rest.strip()))
