"""Item headings of minutes whose points carry no number, run on into their text where a copy lost the line breaks
(a document-sharing site's transcript sets a whole page on one line): "... hälsade välkommen. Ekonomisk uppföljning
Kassören redovisade utfallet för året. Övriga frågor Inga övriga frågor fanns."

A point's title then stands where a sentence starts: after a sentence's end (or at a line's start), a short run of
words (at most :data:`MAX_WORDS`, no digit, no sentence's end, no colon) whose last word is written in lower case,
then a capitalised word opening a sentence of running text (:data:`MIN_SENTENCE` words or more up to a full stop);
a single word is a title only when it is no given name and the sentence after it opens with no person's name. A
conventional point ("Mötets öppnande", "Övriga frågor", :data:`.headedpoints.CONVENTIONAL`) is a title whatever
its last word. The shape must repeat as :mod:`.headedpoints` asks (at least three titles, or two with a
conventional one), in a record of a meeting; the lines are then cut before and after each title.

:func:`titled_points` is the one call the segmenter makes for minutes without numbers (plain titles, titles between
paragraphs, run-in titles, the strictest first); it lives here, the module that imports the other two.
"""

from __future__ import annotations

import re

from ..swedish.names import given_names
from .headedpoints import (
    CONVENTIONAL,
    MIN_HEADINGS,
    OPENER,
    clause,
    headed_points,
    meeting_record,
    more_points,
)
from .headings import TITLE_GLUE, Heading
from .lines import Line
from .plainheadings import plain_headings

MAX_WORDS = 8
MIN_SENTENCE = 4
LONG = 160  #: a line this long is a flattened page's run of text
#: where a sentence may start inside a line: the line's start (after a page's mark "2 (6)"), or a sentence's end
START = re.compile(r"(?:^(?:\d{1,3}\s+|\(\d{1,3}\)\s+|av\s+\d{1,3}\s+)*|(?<=[.!?])\s+)(?=[A-ZÅÄÖ])")
WORD = re.compile(r"\S+")
CAPITALISED = re.compile(r"[A-ZÅÄÖ][a-zåäö]")  #: a word opening a sentence
SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
NAME_PART = re.compile(r"[-,]")
TITLE_WORD = re.compile(r"[A-ZÅÄÖa-zåäöéü][\wåäöÅÄÖéü\-/&,]*")
#: a body's or an organisation's name, set as a page's running head: no point
BODY_END = re.compile(r"(?:nämnd|nämnden|styrelse|styrelsen|utskott|utskottet|kommun|fullmäktige|förbund|förbundet|"
                      r"rådet|beredning|beredningen)$")
#: a person's role, before the name of the one who holds it
ROLE_END = re.compile(r"(?:chef|ordförande|sekreterare|direktör|handläggare|samordnare|ansvarig|ledare|strateg|"
                      r"controller|konsult|inspektör|ledamot|ersättare|ombud|representant|projektledare)$")
#: a heading's word that a label of the header or of an item's parts opens with: not a point
LABEL = re.compile(r"^(?:Närvarande|Deltagare|Frånvarande|Ordförande|Sekreterare|Justerare|Plats|Tid|Datum|Beslut|"
                   r"Förslag|Föredragande|Bilaga|Dnr|Sida|Ledamöter|Ersättare|Övriga\s+(?:närvarande|deltagare)|"
                   r"Protokoll|Minnesanteckningar|Anteckningar|Kallelse|Dagordning\b.*:|Underskrift|Justering)\b")


def titled_points(lines: list[Line], headings: list[Heading]) -> tuple[list[Line], list[Heading]]:
    """``headings`` when the rules before found any; else the points of minutes without numbers: title lines with
    their sentence right under them (:mod:`.plainheadings`), title lines between paragraphs (:mod:`.headedpoints`),
    or titles run on into their text in a flattened page (this module)."""
    lines, found = plain_headings(lines, headings)
    if found:
        return lines, found if headings else more_points(lines, found)
    if found := headed_points(lines):
        return lines, found
    return run_in_points(lines) or (lines, [])


def run_in_points(lines: list[Line]) -> tuple[list[Line], list[Heading]] | None:
    """The lines cut at each run-in title and the titles as headings, or None when the shape does not stand."""
    if not any(len(ln.text) >= LONG for ln in lines) or not meeting_record(lines):
        return None
    found = [(i, s, e) for i, ln in enumerate(lines) if len(ln.text) >= LONG for s, e in _titles(ln.text)]
    anchors = [f for f in found if CONVENTIONAL.match(lines[f[0]].text[f[1]:f[2]])]
    if len(found) < MIN_HEADINGS and not (len(found) >= 2 and anchors):
        return None
    return _cut(lines, found)


def _titles(text: str) -> list[tuple[int, int]]:
    out = []
    for m in START.finditer(text):
        if (end := _title_end(text, m.end())) is not None:
            out.append((m.end(), end))
    return out


def _title_end(text: str, at: int) -> int | None:
    """Where a title starting at ``at`` ends (before the sentence it runs on into), or None when none starts."""
    words = [(w.start(), w.end(), w.group()) for w in WORD.finditer(text, at, min(len(text), at + 200))]
    if not words or words[0][2] in OPENER:
        return None
    names = given_names()
    for k in range(1, min(MAX_WORDS, len(words) - MIN_SENTENCE) + 1):
        title = text[at:words[k - 1][1]]
        last, nxt = words[k - 1][2], words[k][2]
        if not TITLE_WORD.fullmatch(last.rstrip(",")) or last.endswith(",") and k == 1:
            return None  # a digit, a sentence's end, a colon or a bracket inside: no title
        if not CAPITALISED.match(nxt) or last in TITLE_GLUE or last.endswith(","):
            continue
        conventional = bool(CONVENTIONAL.fullmatch(title))
        if not conventional and (BODY_END.search(title) or ROLE_END.search(last) and NAME_PART.split(nxt)[0] in names):
            continue  # a body's name as a running head; "Kommunens ekonomichef Anna Berg redovisade ...": a clause
        if not conventional and (not last[:1].islower() and k > 1 or LABEL.match(title)):
            continue
        if not conventional and (k == 1 or title.isupper() or clause([w[2] for w in words[:k]])):
            return None  # one word (a name, a place, a label), capitals (a running head) or a clause
        if _sentence(text, words[k][0]):
            return words[k - 1][1]
        return None
    return None


def _sentence(text: str, at: int) -> bool:
    """Running text from ``at``: :data:`MIN_SENTENCE` words or more up to a sentence's end."""
    m = SENTENCE_END.search(text, at, min(len(text), at + 400))
    return m is not None and len(text[at:m.start()].split()) >= MIN_SENTENCE


def _cut(lines: list[Line], found: list[tuple[int, int, int]]) -> tuple[list[Line], list[Heading]]:
    at: dict[int, list[tuple[int, int]]] = {}
    for i, s, e in found:
        at.setdefault(i, []).append((s, e))
    out: list[Line] = []
    heads: list[Heading] = []
    for i, ln in enumerate(lines):
        pos = 0
        for s, e in at.get(i, []):
            if ln.text[pos:s].strip():
                out.append(Line(ln.text[pos:s].strip(), ln.start + pos + _lead(ln.text[pos:s]), ln.bullet))
            heads.append(Heading(len(out), None, ln.text[s:e], "plain", 1.0))
            out.append(Line(ln.text[s:e], ln.start + s))
            pos = e
        if pos == 0:
            out.append(ln)
        elif ln.text[pos:].strip():
            out.append(Line(ln.text[pos:].strip(), ln.start + pos + _lead(ln.text[pos:])))
    return out, heads


def _lead(piece: str) -> int:
    return len(piece) - len(piece.lstrip())
