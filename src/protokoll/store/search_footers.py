"""Page footers kept out of the searchable item text (usability review W13).

A printed page of Swedish minutes or an agenda often ends in a running
footer naming the document -- organisation, body, kind, date ("Regionen ·
Styrelsen · Protokoll 3/2024") -- and a page mark ("2(3)", "Sida 2 av 3").
Read from a PDF, the last page's footer lands in the text of the last item,
so a search for the organisation finds "Övriga frågor". The parsed record
keeps its text as read (parse and repair are not changed here); the search
index leaves out of each item's text:

* lines that are a page mark alone;
* the line right above a page mark at the end of a page, when it recurs at
  the end of another page or names the meeting's organisation or body (a
  footer names the document it belongs to) -- wherever it stands in the
  item text (the parser may have joined it into a paragraph).

Pages are the "\\f"-separated parts of the document text (the readers put a
form feed between pages).
"""

from __future__ import annotations

import re

from ..swedish.stems import fold

PAGE_MARK = re.compile(r"^\s*(?:sida\s+)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|/\s*\d{1,3}|av\s+\d{1,3})\s*$", re.I)
MAX_FOOTER = 120  #: characters a footer line has at most


def footers(document_text: str, names: list[str | None]) -> set[str]:
    """The footer lines of a document (stripped), found at its page ends."""
    ends: list[str] = []
    for page in (document_text or "").split("\f"):
        lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
        if len(lines) >= 2 and PAGE_MARK.match(lines[-1]) and len(lines[-2]) <= MAX_FOOTER:
            ends.append(lines[-2])
    known = [fold(n) for n in names if n and len(n) >= 3]
    return {line for line in ends
            if ends.count(line) > 1 or any(name in fold(line) for name in known)}


def without_footers(text: str, lines: set[str]) -> str:
    """``text`` without page-mark lines and the given footer lines, also where the parser joined a
    footer into a paragraph (a footer names the document, so it is never item text)."""
    if not text:
        return text
    kept = "\n".join(ln for ln in text.splitlines() if not PAGE_MARK.match(ln))
    for line in sorted(lines, key=len, reverse=True):
        kept = kept.replace(line, " ")
    return kept
