"""A bracket an attendance run opens and never closes (issue 10): "Eva Lind (mp, Norrby (tjänstgörande Per Holm (s)".

Text extraction drops a closing bracket where a table cell or a line ended ("Claes Ek (Sjöby" / "Styrelsens ledamöter
Per Holm ..."): the list readers then take everything up to the next bracket, later names and labels too, for one
note about the name before it, and those people are lost. A bracket is read as left open when no ")" comes before
the next "(" or the run's end. It is closed after its first word when that word is letters only (a party's code, a
municipality, a note such as "tjänstgörande") and the next word opens with a capital (a name or a label goes on
after it); any other open bracket is left as written.
"""

from __future__ import annotations

import re

#: an opening bracket, its first word (letters, perhaps a dot or a hyphen inside) and the capital after it
OPEN = re.compile(r"\((?P<word>[^\W\d_][\w.\-]*)(?P<rest>\s+(?=[A-ZÅÄÖ])|$)")


def close_open(value: str) -> str:
    """``value`` with each bracket left open closed after its first word (see the module)."""
    if value.count("(") <= value.count(")"):
        return value  # the cheap test: as many closed as opened
    out, k = [], 0
    for m in OPEN.finditer(value):
        nxt_open, nxt_close = value.find("(", m.end()), value.find(")", m.end())
        left_open = nxt_close < 0 or 0 <= nxt_open < nxt_close
        if left_open:
            out.append(value[k:m.end("word")] + ")")
            k = m.end("word")
    return "".join(out) + value[k:]
