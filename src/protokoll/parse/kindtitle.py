"""The title lines that may name the document's own kind (issue 10): a web page copied with its document carries
the site's words for kinds of documents above the document's own title word, and the first kind word read is
then the site's, not the document's.

- a category naming two kinds joined by a slash ("Tidigare minnesanteckningar/Protokoll", "Protokoll/Kallelser")
  is a site's section: it names no kind of the document under it;
- a web page's title "<Kind> - <Name>" (the kind word, a dash, the site's name and nothing else: "Protokoll -
  Norrby") over a line of the document that opens with another kind word ("MINNESANTECKNINGAR", "Kallelse till
  sammanträde med ...") is the site's section for the page; the document's own heading says what it is.

Kept apart from :mod:`.body` (at its size limit), which reads the kind word of each line.
"""

from __future__ import annotations

import re

from .body import read_kind
from .lines import Line

_KINDS = r"protokoll|minnesanteckningar|anteckningar|dagordning|kallelse|föredragningslista"
#: two kind words joined by a slash: a site's category
SLASHED = re.compile(rf"\b(?:{_KINDS})[a-zåäö]*\s*/\s*(?:{_KINDS})", re.I)
#: "Protokoll - Norrby", "Minnesanteckningar – Norrby kommun": a page title of a kind word and a site's name
PAGE_TITLE = re.compile(rf"\s*(?:{_KINDS})[a-zåäö]*\s+[-–|]\s+[A-ZÅÄÖ][\wåäö\-]+(?:\s+[\wåäö\-]+){{0,2}}\s*", re.I)
#: a line that opens with a kind word: the document's own heading
OPENS_WITH_KIND = re.compile(rf"\s*(?:{_KINDS})", re.I)
#: the cheap test: a slash or a dash among the lines (each rule needs one)
_MARKS = ("/", "-", "–", "|")


def own_lines(title_lines: list[Line], kind_of) -> list[Line]:
    """``title_lines`` without a site's category and a page title the document's own heading contradicts.
    ``kind_of``: the kind one line's text names (:func:`.body.read_kind` of one line)."""
    if not any(mark in ln.text for ln in title_lines for mark in _MARKS):
        return title_lines
    kept = [ln for ln in title_lines if not _two_kinds(ln.text)]
    for k, ln in enumerate(kept):
        if PAGE_TITLE.fullmatch(ln.text) and (own := kind_of(ln)) is not None:
            later = [kind_of(other) for other in kept[k + 1:] if OPENS_WITH_KIND.match(other.text)]
            if any(found is not None and found != own for found in later):
                return kept[:k] + kept[k + 1:]
    return kept


#: the kind each word names: a kallelse and its föredragningslista are one agenda ("KALLELSE/ FÖREDRAGNINGSLISTA")
_KIND_OF_WORD = (("protokoll", "protocol"), ("minnesanteckningar", "minutes"), ("anteckningar", "minutes"),
                 ("dagordning", "agenda"), ("kallelse", "agenda"), ("föredragningslista", "agenda"))


def line_kind(line: Line) -> str | None:
    """The kind one line names."""
    return read_kind([line])


def _two_kinds(text: str) -> bool:
    """Two different kinds joined by a slash."""
    m = SLASHED.search(text)
    if m is None:
        return False
    first, second = (next(kind for word, kind in _KIND_OF_WORD if part.strip().casefold().startswith(word))
                     for part in m.group(0).split("/", 1))
    return first != second
