"""Item headings of minutes whose points carry no number, found by the document's shape: each point a short
title line standing between paragraphs, its text the paragraph(s) after it.

Minutes and notes copied from a web page (a bold heading becomes a plain line of its own, and the page's
paragraphs come apart with blank lines between them) set each point as "Ekonomisk uppföljning" / (blank) /
"Ekonomichefen redovisade utfallet ..." / (blank) / "Övriga frågor" / (blank) / "Inga övriga frågor fanns.".
:mod:`.plainheadings` reads a title with its sentence right under it; this module reads the same points when a
blank line stands between the title and its text, and a text where both ways mix. It runs only where no other
rule found a heading, and only in a record of a meeting (:data:`MEETING_WORD` in the document's first lines):
a letter, a report or an event's page is left alone.

A heading is a block of one line (blank lines around it), short (at most :data:`MAX_WORDS` words), capitalised,
without a sentence's end, a colon, a date or a time, no label of the header or of an item's parts, no person's
name, after the header's last label, and followed by a block of running text longer than itself (a sentence, or a
long line). The shape must repeat: at least :data:`MIN_HEADINGS` headings, or two when one of them is a
conventional point of a meeting (:data:`CONVENTIONAL`: "Mötets öppnande", "Föregående protokoll", "Övriga
frågor", "Nästa möte", "Mötets avslutande"), which says the text is a sequence of headed points. Once the shape
stands, a conventional point is a heading whatever length its text has ("Övriga frågor" / "Inga.").
"""

from __future__ import annotations

import re
from collections import Counter

from .capsheadings import HEADER_LABEL, HEADER_SPAN
from .headings import Heading
from .lines import Line
from .names import is_person
from .plainheadings import MAX_CHARS, MAX_WORDS, NOT_IN_TITLE, NOT_TITLE, plain_title

MIN_HEADINGS = 3
#: the words a record of a meeting names itself or its participants with, looked for in its first lines
MEETING_WORD = re.compile(r"(?:möte|mötet|sammanträde|protokoll|anteckningar|minnesanteckning)\b|\b(?:närvarande|"
                          r"deltagare|deltog|närvaro)\b", re.IGNORECASE)
#: how a title (or the sentence after it) opens: a capital, or a quotation mark before one
TITLE_START = re.compile(r"[\"”“«A-ZÅÄÖÉ]")
SHORT = 50  #: a line shorter than this is no wrapped line of a paragraph
HEAD_SPAN = 15  #: how many non-blank lines from the top are read for a meeting word
#: the points nearly every meeting has, under titles written the same way everywhere
CONVENTIONAL = re.compile(
    r"^(?:Mötets\s+(?:öppnande|avslutande)|Mötet\s+(?:öppnas|avslutas)|Sammanträdets\s+(?:öppnande|avslutande)|"
    r"Öppnande(?:\s+av\s+mötet)?|Välkommen|Inledning|Val\s+av\s+(?:justerare|justeringsm[äa]n(?:nen)?|justeringspersoner|"
    r"justeringsperson|protokolljusterare|sekreterare|ordförande|mötesordförande|mötessekreterare)|"
    r"(?:Godkännande|Fastställande)\s+av\s+(?:dagordning|dagordningen|föredragningslista|föredragningslistan)|"
    r"Föregående\s+(?:mötes\s*)?(?:protokoll|minnesanteckningar|anteckningar)|"
    r"Övriga\s+frågor|Övrigt|Nästa\s+(?:möte|sammanträde)|Kommande\s+möten|Avslutning)$", re.IGNORECASE)

#: the words a sentence opens with that no point's title opens with (a preposition, a pronoun, a conjunction)
OPENER = frozenset({"I", "På", "Vid", "Efter", "Under", "Inför", "Med", "Om", "Det", "Den", "De", "Detta", "Dessa",
                    "Vi", "Man", "Han", "Hon", "Som", "Där", "Här", "Nu", "Då", "Men", "Och", "Samt", "Till", "Från",
                    "För", "Av", "En", "Ett", "Alla", "Flera", "Många", "Inga", "Ingen", "Inget", "Även", "Också",
                    "Enligt", "Mötet"})
#: the verbs a clause has that a title has not ("Justeringen har tillkännagivits ...")
VERB = frozenset({"har", "hade", "är", "var", "ska", "skall", "kan", "kunde", "kommer", "blir", "blev", "gör",
                  "görs", "får", "fick", "sker", "skedde", "börjar", "kallas", "beslutar", "beslöt", "informerar",
                  "redovisar", "föreslår", "berättar", "presenterar"})


def clause(words: list[str]) -> bool:
    """Whether a title's words are a clause: a finite verb (one of :data:`VERB`, or a past tense in "-ade(s)")."""
    return any(w in VERB or w.endswith(("ade", "ades")) for w in words)


def headed_points(lines: list[Line]) -> list[Heading]:
    """The headings of a record of a meeting set as title lines between paragraphs, or [] when the shape does
    not stand (see the module's docstring)."""
    if not meeting_record(lines):
        return []
    start = _header_end(lines)
    found = [i for i in range(start, len(lines)) if (_lone_title(lines, i) or plain_title(lines, i))
             and not is_person(lines[i].text.split(",")[0])]
    seen = Counter(lines[i].text.strip().casefold() for i in found)
    found = [i for i in found if seen[lines[i].text.strip().casefold()] == 1]  # a label repeated over each point
    if not any(i not in _plain(lines, found) for i in found):
        return []  # every one a title right above its sentence: plainheadings' own shape, which it judged
    anchors = [i for i in found if CONVENTIONAL.match(lines[i].text.strip())]
    if len(found) < MIN_HEADINGS and not (len(found) >= 2 and anchors):
        return []
    more = [i for i in range(found[0], len(lines)) if i not in found and _lone(lines, i)
            and CONVENTIONAL.match(lines[i].text.strip()) and _titled(lines[i].text.strip())]
    return [Heading(i, None, lines[i].text.strip(), "plain", 1.0) for i in sorted(found + more)]


def _header_end(lines: list[Line]) -> int:
    """The line after the header's last label (0 when there is none); "Övriga frågor" is a point, not the header's
    "Övriga" (närvarande)."""
    last = -1
    for i, ln in enumerate(lines[:HEADER_SPAN]):
        if HEADER_LABEL.match(ln.text) and not CONVENTIONAL.match(ln.text.strip()):
            last = i
    return last + 1


def _plain(lines: list[Line], found: list[int]) -> set[int]:
    return {i for i in found if i + 1 < len(lines) and not lines[i + 1].blank}


def meeting_record(lines: list[Line]) -> bool:
    head = [ln.text for ln in lines if not ln.blank][:HEAD_SPAN]
    return any(MEETING_WORD.search(text) for text in head)


def _lone(lines: list[Line], i: int) -> bool:
    """A line with a blank line (or the text's start) before it and a blank line after it."""
    return not lines[i].blank and not lines[i].bullet and (i == 0 or lines[i - 1].blank) \
        and i + 1 < len(lines) and lines[i + 1].blank


def _titled(text: str) -> bool:
    return 3 <= len(text) <= MAX_CHARS and len(text.split()) <= MAX_WORDS and bool(TITLE_START.match(text)) \
        and not NOT_IN_TITLE.search(text) and not NOT_TITLE.match(text) and ":" not in text


def _lone_title(lines: list[Line], i: int) -> bool:
    """A title on a line of its own between blank lines, with a paragraph of running text after it."""
    if not _lone(lines, i) or not _titled(text := lines[i].text.strip()):
        return False
    k = next((k for k in range(i + 1, min(len(lines), i + 4)) if not lines[k].blank), None)
    if k is None:
        return False
    block = []
    while k < len(lines) and not lines[k].blank:
        block.append(lines[k].text.strip())
        k += 1
    first = block[0].lstrip(" •*-–·")
    body = " ".join(block)
    return bool(TITLE_START.match(first)) and len(body) > len(text) and len(body.split()) >= 4 \
        and (body.endswith((".", "!", "?")) or len(block) > 1 and len(body) >= 60) \
        and not is_person(first.split(",")[0])


def more_points(lines: list[Line], found: list[Heading]) -> list[Heading]:
    """Once :mod:`.plainheadings` found its titles (the shape stands), the points set the same way whose line before
    ends no sentence: the first after the participants' list ("Ida Berg (Nora)" / "Välkommen" / "Eva hälsade ..."),
    one after a letterhead's lines or a list of entries, each with its sentence right under it; a conventional point
    with any capitalised line under it ("Avslutning" / "Mötet avslutades")."""
    at = {h.index for h in found}
    more = [i for i in range(_header_end(lines), len(lines)) if i not in at and _under_title(lines, i)
            and not is_person(lines[i].text.split(",")[0])]
    return sorted(found + [Heading(i, None, lines[i].text.strip(), "plain", 1.0) for i in more], key=lambda h: h.index)


def _under_title(lines: list[Line], i: int) -> bool:
    """A title line with a short line (or none, or a sentence's end) before it and its sentence under it."""
    ln = lines[i]
    if ln.blank or ln.bullet or not _titled(text := ln.text.strip()) or i + 1 >= len(lines) or lines[i + 1].blank \
            or text.split()[0] in OPENER or clause(text.split()):
        return False
    before = lines[i - 1].text if i else ""
    if len(before) >= SHORT and not before.endswith((".", "!", "?")):
        return False  # a line of a paragraph wrapped
    nxt = lines[i + 1].text.strip()
    if CONVENTIONAL.match(text):
        return bool(TITLE_START.match(nxt))
    return bool(TITLE_START.match(nxt)) and len(nxt.split()) >= 4 and not is_person(nxt.split(",")[0]) \
        and (nxt.endswith((".", "!", "?")) or len(nxt) >= 60 or nxt.endswith(":") and len(nxt.split()) >= 6)
