"""Stage `repair`: OCR and layout clean-up between `read` and `parse`.

``repair_text`` returns the text parse and search should use, plus the list of
changes made: invisible characters and non-breaking spaces, OCR damage
(``diacritics.repair_ocr``: å/ä/ö restored with dictionary evidence, only in
documents that show damage), a first-page label cut to its ending ("ande" for
"Beslutande", ``labelstubs``), and the line structure of flattened web text
(``layout.unflatten``), and a web page's ``<br>`` tags copied as text
(``markup``). Each change's offset points into the text given to the step
that made it.
"""

from __future__ import annotations

import re

from .change import Change
from .gluedmarks import unglue_page_marks
from .hyphens import join_hyphenated, join_suspended
from .labelstubs import restore_label_stubs
from .layout import unflatten
from .markup import read_breaks
from .pagebreaks import join_page_breaks
from .spaces import collapse_page_spaces
from .webchrome import drop_site_frame


_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
#: the Latin ligatures a PDF's text layer keeps ("Staﬀan", "oﬃciell", "ﬁnansiering"): their letters
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})
_LIGATURE = re.compile("[\ufb00-\ufb06]")


def repair_text(text: str) -> tuple[str, list[Change]]:
    """Clean text for parsing; returns (text, changes)."""
    changes: list[Change] = []
    out = _INVISIBLE.sub("", text)
    if out != text:
        changes.append(Change(0, "", "", "removed invisible characters"))
    out = out.replace("\u00a0", " ").replace("\u202f", " ")
    if _LIGATURE.search(out):
        out = out.translate(_LIGATURES)
        changes.append(Change(0, "", "", "ligatures written as their letters"))
    if (broken := read_breaks(out)) != out:
        out, changes = broken, changes + [Change(0, "", "", "read a web page's <br> tags as breaks")]
    if (framed := drop_site_frame(out)) != out:
        out, changes = framed, changes + [Change(0, "", "", "dropped the web site's frame around the document")]
    out = collapse_page_spaces(out)
    out, glued = unglue_page_marks(out)  # "Utdragsbestyrkande2§ 7": the page's number between a box and a §
    changes += glued
    if (joined := join_page_breaks(out)) != out:
        out, changes = joined, changes + [Change(0, "", "", "took out the furniture between printed pages")]
    from .diacritics import repair_ocr  # here: it loads the dictionary's tables

    out, ocr_changes = repair_ocr(out)
    changes += ocr_changes
    if (joined := join_suspended(join_hyphenated(out))) != out:
        out, changes = joined, changes + [Change(0, "", "", "joined words hyphenated where a line ended")]
    out, stubs = restore_label_stubs(out)
    changes += stubs
    if (flat := unflatten(out)) != out:
        out, changes = flat, changes + [Change(0, "", "", "restored line breaks of flattened pages")]
    return out, changes
