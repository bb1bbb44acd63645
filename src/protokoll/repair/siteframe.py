"""A document-sharing page flattened to one line: its frame and its pages apart again.

Sites that show a PDF as text put a frame around the transcript, each piece on a line of its
own: the document's title, "Save this PDF as: WORD PNG TXT JPG", "Storlek: px", "Starta
visningen från sidan:", 'Download "<title>"', "Transkript", and then one paragraph per printed
page, each opened by the site's page counter ("1 ", "2 " ...) in front of the page's own head
("Sammanträdesprotokoll Sida 2 (24)"). When such a page is copied again with its line breaks lost,
the whole of it is one line and the page structure :mod:`.layout` works from is gone.

:func:`split_frame` puts it back where it is certain:

* each piece of the site's frame stands on a line of its own, between blank lines, wherever it
  stands inside a line (the frame's words are the site's, never a meeting document's);
* a printed page starts a paragraph where the site's counter agrees with the page's own page mark
  a few words later: "2 Sammanträdesprotokoll Sida 2 (24)", "3 PROTOKOLL 3 (6)", "4 4 av 86", or
  "2 KALLELSE 2 Nämnden" when at least two pages repeat that head with consecutive counters.

Text whose frame already stands on lines of its own is returned unchanged.

Why one kind of site's own words: text extracted from the web is a declared input (archives copied
from document-sharing sites, whose interface strings are kept with the transcript; the devset's README
lists that chrome), and those strings are the site's interface, never the wording of a meeting
document, so matching them literally cannot cut a document's own text. A site with other chrome needs
its strings added here, not a wider pattern.
"""

from __future__ import annotations

import re

#: the frame a document-sharing site puts around a transcript, piece by piece
FRAME = re.compile(
    r"Save this PDF as:?|WORD\s+PNG\s+TXT\s+JPG|Storlek:\s*px|Starta visningen från sidan:?"
    r"|(?:Download|Ladda ner)\s+(?:\"[^\"\n]{1,400}\"|[”“][^\"”“\n]{1,400}[”“])|Transkript(?=\s+\d{1,3}\s)")
#: a word each piece of ``FRAME`` opens with: the cheap test before it (most texts have no frame)
FRAME_WORDS = ("Save this PDF", "WORD", "Storlek:", "Starta visningen", "Download", "Ladda ner", "Transkript")
#: the site's counter "1" of the transcript's first page: it goes when no other page was found, as it would
#: stand in front of the document's first words ("1 Föredragningslista") and read as an item number (pages
#: found are numbered on, and :mod:`.pages` drops their counters together)
FIRST_COUNTER = re.compile(r"((?:^|\n\n)Transkript\n\n)1\s+(?=\S)")
COUNTER = re.compile(r"(?<!\S)\d{1,3}\s")
#: a page counter, then up to ten words of the page's head, then the page's own number:
#: "(Sida) N (M)", "N(M)", "N av M", or N bare (then only as a head that recurs)
PAGE = re.compile(
    r"(?<!\S)(?P<counter>\d{1,3})\s+(?P<head>(?:(?!\d{1,3}\b)\S+\s+){0,10}?)(?:[Ss](?:ida|IDA)\s+)?"
    r"(?P<page>\d{1,3})(?P<mark>\s*\(\s*\d{1,3}\s*\)|\s+av\s+\d{1,3}\b)?(?=\s|$)")


def split_frame(text: str) -> str:
    """``text`` with a flattened site frame and its pages on lines and paragraphs of their own."""
    if not any(w in text for w in FRAME_WORDS) or not FRAME.search(text):  # a line's piece is the text's
        return text
    lines = text.split("\n")
    changed = False
    for i, line in enumerate(lines):
        pieces = list(FRAME.finditer(line))
        if not pieces or (len(pieces) == 1 and pieces[0].group() == line.strip()):
            continue
        pages = _page_starts(line)
        lines[i] = _cut(line, [c for m in pieces for c in (m.start(), m.end())] + pages)
        if not pages:
            lines[i] = FIRST_COUNTER.sub(r"\1", lines[i], count=1)
        changed = True
    return "\n".join(lines) if changed else text


def _page_starts(line: str) -> list[int]:
    """Where a printed page starts in the line: its counter agrees with its page mark."""
    found = [m for c in COUNTER.finditer(line) if (m := PAGE.match(line, c.start()))
             and m.group("counter") == m.group("page")]
    marked = [m.start() for m in found if m.group("mark") or re.search(r"[Ss](?:ida|IDA)\s+$", line[:m.start("page")])]
    heads: dict[str, list[re.Match]] = {}
    for m in found:
        if not m.group("mark") and m.group("head").strip():
            heads.setdefault(_masked(m.group("head")), []).append(m)
    for runs in heads.values():
        counters = [int(m.group("counter")) for m in runs]
        if len(runs) >= 2 and counters == list(range(counters[0], counters[0] + len(runs))):
            marked += [m.start() for m in runs]
    return marked


def _masked(head: str) -> str:
    return " ".join(re.sub(r"\d+", "#", w) for w in head.split())


def _cut(line: str, cuts: list[int]) -> str:
    """The line with a paragraph break at every cut (spaces around the cuts dropped)."""
    parts, last = [], 0
    for pos in sorted(set(cuts)):
        parts.append(line[last:pos].strip())
        last = pos
    parts.append(line[last:].strip())
    return "\n\n".join(p for p in parts if p)
