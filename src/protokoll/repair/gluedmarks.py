"""A page's number glued between the signature box that ends one page and the paragraph that opens the next:
"Justerandes sign Utdragsbestyrkande2§ 7 Val av justerare" (issue 10).

A protocol prints its signature boxes ("Justerandes sign", "Utdragsbestyrkande") at every page's foot and its
page number at the next page's top. A text copy that drops the page break and the spaces around the number
writes the three as one token: the label, the page's number, the paragraph sign. The number is the page's (it
is glued to a label, never an item's own) and the "§" opens the paragraph heading after it, so the three are
set apart again ("Utdragsbestyrkande 2 § 7 ..."), and the page's head and heading are read as elsewhere. Only a
signature box's label counts, only one to three digits, and only before "§" and a paragraph's number.
"""

from __future__ import annotations

import re

from .change import Change
from .layoutwords import SIGNATURE_BOX_LABEL

GLUED = re.compile(rf"({SIGNATURE_BOX_LABEL})(\d{{1,3}})(§\s?\d)")


def unglue_page_marks(text: str) -> tuple[str, list[Change]]:
    """The text with each signature label, glued page number and paragraph sign set apart."""
    if "§" not in text:
        return text, []
    out, n = GLUED.subn(r"\1 \2 \3", text)
    return out, [Change(0, "", "", f"set apart {n} page numbers glued between a signature box and a §")] if n else []
