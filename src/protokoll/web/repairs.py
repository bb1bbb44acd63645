"""The reasons the repair stage gives for its changes, in Swedish for the document page.

The repair stage writes its reasons in English (they are part of the stored
provenance and of ``protokoll repair --diff``); the page shows them in
Swedish. A reason this table does not know is shown as it is.
"""

from __future__ import annotations

import re

_FIXED = {
    "OCR bullet glyph": "OCR: punkttecken lästes som bokstav",
    "OCR read I as |": "OCR: ”I” lästes som ”|”",
    "joined a word hyphenated at a line end": "avstavat ord vid radslut sammanfogat",
    "removed invisible characters": "osynliga tecken borttagna",
    "restored line breaks of flattened pages": "radbrytningar återställda i hopslagna sidor",
    "OCR diacritics: dictionary word": "OCR, å/ä/ö: ord i ordlistan",
    "OCR diacritics: compound of known parts": "OCR, å/ä/ö: sammansättning av kända ord",
    "OCR diacritics: usual reading of a damage glyph (no known word)":
        "OCR, å/ä/ö: vanligaste läsningen av tecknet (inget känt ord)",
    "OCR diacritics: 'år' (year) after a count or 'i'": "OCR, å/ä/ö: ”år” efter ett antal eller ”i”",
}
_MORE_COMMON = re.compile(r"OCR diacritics: (?P<after>'[^']*'|\"[^\"]*\") is far more common than "
                          r"(?P<before>'[^']*'|\"[^\"]*\")")


def reason_sv(reason: str) -> str:
    """``reason`` in Swedish, or as it is when unknown."""
    if reason in _FIXED:
        return _FIXED[reason]
    if m := _MORE_COMMON.fullmatch(reason):
        return f"OCR, å/ä/ö: ”{m['after'][1:-1]}” är mycket vanligare än ”{m['before'][1:-1]}”"
    return reason
