"""What a document is when its title does not say it plainly: the marks only a protocol carries.

A Swedish municipal protocol is justerat (checked and signed by the chair and the justerare) and its justering
is announced on the notice board, so its first page carries the certificate: "ANSLAG/BEVIS" ("Bevis/Anslag"),
"Protokollet är justerat", "Justeringen har tillkännagivits genom anslag". Minutes are not justerade and an
agenda is written before there is anything to justera, so neither carries such a sentence. Hence:

- a document whose title lines name no kind but which carries such a mark is a protocol; the mark may stand in
  the middle of a line (a page that lost its line breaks), or in another case ("Anslag/Bevis");
- a document whose first kind word is an agenda's ("Ärendelista", "Dagordning", "Föredragningslista") written
  after such a mark is a protocol that lists its items under that word; an agenda whose papers include another
  body's protocol carries the mark only after its own title, and stays an agenda;
- a title that names minutes is believed: the mark decides only where the title says nothing or names a list.
"""

from __future__ import annotations

import re

from .body import read_kind
from .lines import Line

#: the sentences of a justered protocol's notice-board certificate
JUSTERAT = re.compile(r"\b(?:anslag\s*/\s*bevis|bevis\s*/\s*anslag|protokollet\s+är\s+justerat|"
                      r"protokoll\s+är\s+justerat|justeringen\s+(?:har\s+)?(?:tillkännagivits|tillkännages|"
                      r"tillkännagetts))\b", re.I)


def protocol_marked(kind: str | None, title_lines: list[Line], text: str) -> str | None:
    """The document's kind with a protocol's certificate taken into account (see the module's rules)."""
    if kind not in (None, "agenda"):
        return kind
    mark = JUSTERAT.search(text)
    if mark is None:
        return kind
    if kind is None:
        return "protocol"
    named = next((ln for ln in title_lines if read_kind([ln]) == "agenda"), None)
    return "protocol" if named is not None and mark.start() < named.start else kind
