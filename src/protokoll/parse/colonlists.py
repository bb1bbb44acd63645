"""A numbered list that a line ending in a colon opens inside an item: its entries are no items.

Minutes and agendas number their items "1. Title", "2. Title", ...; inside an item the text often lists its
papers, a report's parts or a decision's points the same way, opened by a line that ends in a colon or by an
attachment label ("Bilagor:", "Rapporten tog upp följande:", "Beslutsunderlag" / "1. Tjänsteskrivelse" /
"2. ..."). Such a list numbers afresh from 1 under an item already numbered 1, and its entries follow one
another 1, 2, 3, ... directly under the opening line. An opening line that names the agenda itself
("Dagordning:", "Föreslagna ärenden:") opens the items, so it never counts; nor does a list that is the
first numbered one of the document (the items listed after "Följande ärenden behandlades:").
"""

from __future__ import annotations

import re

from .lines import Line

#: a numbered entry of a list: "1. Text", "2) Text", "3 Text"
ENTRY = re.compile(r"^(\d{1,2})\s?[.)]?\s+\S")
#: a label of an item's papers that opens their list without a colon ("Bilagor" alone on its line)
PAPERS_LABEL = re.compile(r"^(?:bilagor|bilaga|beslutsunderlag|underlag|handlingar(?:\s+i\s+ärendet)?)\s*:?$", re.I)
#: the words of an opening line that introduce the items themselves, not a list inside one
AGENDA_WORDS = re.compile(r"dagordning|föredragningslista|ärende|punkter|agenda|program|innehåll|behandla",
                          re.I)
#: the first item's heading, before the list: "1. Title", "1 Title", "§ 1 Title"
FIRST_ITEM = re.compile(r"^(?:§\s*)?1\s?[.):]?\s+[\"”“«A-ZÅÄÖ]")
LOOK_BACK = 24  #: how many lines (blank ones included) a list's entries may span above the entry looked at


def in_colon_list(lines: list[Line], i: int) -> bool:
    """Whether the numbered line ``lines[i]`` is an entry of a list a colon (or a papers label) opens inside an
    item: the lines above it are the entries numbered one less each down to 1, then the opening line, and an item
    numbered 1 stands above that. The entries are spaced alike (a blank line between each, or none): a line
    numbered on after a blank line, under entries with none between them, is the next item ("3. Title" /
    "Bilagor:" / "1. ..." / "2. ..." / "" / "4. Title")."""
    m = ENTRY.match(lines[i].text)
    if not m:
        return False
    want, gaps, blank = int(m.group(1)) - 1, [], False
    for k in range(i - 1, max(-1, i - LOOK_BACK), -1):
        text = lines[k].text.strip()
        if not text:
            blank = True
            continue
        gaps.append(blank)
        blank = False
        if want == 0:
            return _opens_list(text) and _spaced_alike(gaps) and any(FIRST_ITEM.match(ln.text) for ln in lines[:k])
        entry = ENTRY.match(text)
        if not entry or int(entry.group(1)) != want:
            return False
        want -= 1
    return False


def _spaced_alike(gaps: list[bool]) -> bool:
    """Whether the blank lines above each entry (``gaps``, from the entry looked at up to the opening line's) are
    alike; an entry "2" with a blank line above it only where the list's "1" has one under its opening line."""
    between, opening = gaps[:-1], gaps[-1]
    if len(between) == 1:
        return not between[0] or opening
    return len(set(between)) <= 1


def _opens_list(text: str) -> bool:
    """A line that opens a list inside an item: it ends in a colon (not an agenda's own label) or is a papers label."""
    if PAPERS_LABEL.match(text):
        return True
    return text.endswith(":") and not ENTRY.match(text) and not AGENDA_WORDS.search(text)


#: a papers label just before a flattened list's "1" ("... Bilagor 1 Karta 2 ...")
PAPERS_BEFORE = re.compile(r"(?<![\wåäöÅÄÖ])(?:Bilagor|Beslutsunderlag|Underlag)\s*:?\s*$")


def opens_inline_list(before: str) -> bool:
    """The text just before a flattened line's "1" (the caller knows an item numbered 1 came earlier) opens a list
    inside an item: it ends in a colon, the clause before it naming no agenda, or in a papers label."""
    if PAPERS_BEFORE.search(before):
        return True
    before = before.rstrip()
    if not before.endswith(":"):
        return False
    clause = re.split(r"[.!?]\s|\d\s?[.)]?\s", before)[-1]  # back to the sentence's or the item heading's start
    return not AGENDA_WORDS.search(clause)
