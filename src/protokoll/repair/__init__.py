"""Stage `repair`: OCR and layout clean-up between `read` and `parse`.

``repair_text`` returns the text parse and search should use, plus the list of
changes made: invisible characters and non-breaking spaces, OCR damage
(``diacritics.repair_ocr``: å/ä/ö restored with dictionary evidence, only in
documents that show damage), a first-page label cut to its ending ("ande" for
"Beslutande", ``labelstubs``), and the line structure of flattened web text
(``layout.unflatten``). Each change's offset points into the text given to the
step that made it.
"""

from __future__ import annotations

import re

from .change import Change
from .labelstubs import restore_label_stubs
from .layout import unflatten


_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def repair_text(text: str) -> tuple[str, list[Change]]:
    """Clean text for parsing; returns (text, changes)."""
    changes: list[Change] = []
    out = _INVISIBLE.sub("", text)
    if out != text:
        changes.append(Change(0, "", "", "removed invisible characters"))
    out = out.replace("\u00a0", " ").replace("\u202f", " ")
    from .diacritics import repair_ocr  # here: it loads the dictionary's tables

    out, ocr_changes = repair_ocr(out)
    changes += ocr_changes
    out, stubs = restore_label_stubs(out)
    changes += stubs
    if (flat := unflatten(out)) != out:
        out, changes = flat, changes + [Change(0, "", "", "restored line breaks of flattened pages")]
    return out, changes
