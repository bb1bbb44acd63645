"""A flattened contents list before the page that holds the header.

A protocol copied from a document-sharing site may open with its contents page ("Tekniska nämnden sammanträde
den ... 24 Dagvattenplan 25 Ny huvudvattenledning ... 33 Delegerade beslut") and only then give the page with
the header block ("Plats och tid ... Beslutande ... Utses att justera ..."); the excerpt may end before the
items' sections. The listed items are then entries of a list, each with (almost) no text under it, and the
line after the last one opens the header with one of its labels
(after the page's running head, or after a line of page furniture: the transcript's page counter "2" or "(2)",
a page head "2 SAMMANTRÄDESPROTOKOLL 1[25]"). The list numbers its entries as the items are numbered, by item
("24 Dagvattenplan") or by paragraph ("§ 3 Föredragningar ... 4", a regional board's "Ärendeförteckning"). A contents page that came out as one line gives one heading only, the
page counter before the list's name ("1 Ärendeförteckning 39 Val av justerare ..."); a heading whose title opens
with such a name counts as the whole list. Those headings are read as a contents list (style "contents"), so the
header zone goes on past them and the header block is read as the header, not as the last item's text.
"""

from __future__ import annotations

import re

from .items import Heading
from .lines import Line

#: labels of a protocol's header block (at least two of them on the line)
HEADER_LABEL = re.compile(r"\b(?:Plats och tid|Tid och plats|Beslutande|Närvarande|Övriga deltagande|Övriga närvarande|"
                          r"Utses att justera|Justeringens plats och tid|Paragrafer|Ledamöter)\b")
MIN_LABELS = 2
#: the headings such a list gives: numbered ("24 Dagvattenplan") or by paragraph ("§ 3 Föredragningar ... 4")
LISTED_STYLES = frozenset({"num", "para"})
MIN_LISTED = 3
OPENING = 80  #: a page's running head may stand before the header's first label
AHEAD = 8  #: lines after the last entry looked at for the header's labels
MAX_UNDER = 80  #: characters of text under a listed entry (a title's wrapped rest)
#: a line of page furniture between the list and the header: a page counter, a page head with its mark
FURNITURE = re.compile(r"\d{1,3}|\(\d{1,3}\)|(?:\d{1,3}\s+)?[A-ZÅÄÖ]{4,}(?:\s+(?:Sida\s+)?\d{1,3}\s*[\[(]\s*\d{1,3}\s*[\])])?")
MAX_FURNITURE = 2  #: such lines skipped
#: the name of a contents page opening a heading's title: that heading is the whole list run into one line
CONTENTS_NAME = re.compile(r"(?:Ärendeförteckning|Innehållsförteckning|Ärendelista|Behandlade ärenden)\b", re.I)


def listed_before_header(lines: list[Line], headings: list[Heading]) -> list[Heading]:
    """The headings, restyled as a contents list when they are one (see the module)."""
    if any(h.style not in LISTED_STYLES for h in headings) or len(headings) < MIN_LISTED and not (
            len(headings) == 1 and CONTENTS_NAME.match(headings[0].title)):
        return headings
    for h, nxt in zip(headings, headings[1:]):
        if sum(len(ln.text) for ln in lines[h.index + 1:nxt.index]) > MAX_UNDER:
            return headings
    after = [ln.text for ln in lines[headings[-1].index + 1:] if not ln.blank][:AHEAD + MAX_FURNITURE]
    skip = 0
    while skip < MAX_FURNITURE and skip < len(after) and FURNITURE.fullmatch(after[skip].strip()):
        skip += 1
    after = after[skip:skip + AHEAD]
    if not after or not HEADER_LABEL.search(after[0][:OPENING]) \
            or len({m.group() for text in after for m in HEADER_LABEL.finditer(text)}) < MIN_LABELS:
        return headings
    return [Heading(h.index, h.number, h.title, "contents", h.score) for h in headings]
