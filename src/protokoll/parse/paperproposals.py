"""The proposals of the case papers sent out with an agenda, each given to the item it was written for.

A kallelse is often printed with its case papers after the list of items: each a tjänsteskrivelse (or
tjänstemannaförslag, tjänsteutlåtande) headed by that word in capitals, the handläggare, the dnr and the item's
title, then "Förslag till beslut ..."; or an extract of the protocol of the committee that prepared the item
("SAMMANTRÄDESPROTOKOLL", its title, "Förslag till beslut ..."). Read as text, the papers run on after the
last item of the list, so the last item took the first paper's proposal ("14. Övrigt" proposing what item 2's
paper proposes). The
text from a paper's heading word on is no part of the item it follows, nor are the "items" read from headings
inside the papers: a proposal read there is dropped and given to the listed item whose title the paper's opening
repeats (one item only; else none).

Its own module: the item reader and the assembly are at their size limit.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..record import Item
from .decisions import read_decisions
from .lines import Line

#: the heading word of a case paper, in capitals as the papers print it (a mention in a sentence is lower case)
#: or an extract of the protocol of the body that prepared the item ("SAMMANTRÄDESPROTOKOLL", "PROTOKOLLSUTDRAG")
PAPER = re.compile(r"(?<![\wÅÄÖ])(?:TJÄNSTESKRIVELSE|TJÄNSTEMANNAFÖRSLAG|TJÄNSTEUTLÅTANDE|"
                   r"SAMMANTRÄDESPROTOKOLL|PROTOKOLLSUTDRAG)(?![\wÅÄÖ])")
#: the label of the paper's proposal, which its text follows (the decision reader reads it from there)
LABEL = re.compile(r"\b(?:Förslag till beslut|Beslutsförslag)\b")
#: the paper's next part, where the proposal ends (the paper's lines run together, the labels inside them)
PART = re.compile(r"\s(?:Bakgrund|Ärendebeskrivning|Beskrivning av ärendet|Ärendet|Sammanfattning|Beslutsunderlag|"
                  r"Skäl för beslutet|Förvaltningens (?:bedömning|synpunkter)|Ekonomiska konsekvenser|"
                  r"Finansiering|Ansvarig)(?![\wåäö])")
#: how much of a paper's opening may hold the item's title (after the handläggare, date and dnr cells)
OPENING = 400
#: the end of the page range an agenda prints after an item's dnr ("... för moderaterna 2017/356 2 - 3"), left on a
#: title: no part of the title the paper repeats
PAGE_TAIL = re.compile(r"\s+[-–]\s*\d{1,3}$")
#: a title shorter than this is no evidence of which item a paper is for ("Övrigt", "Val")
SHORT_TITLE = 12


def place_paper_proposals(items: list[Item], texts: list[str], agenda: bool) -> None:
    """In an agenda, move each case paper's proposal (read in the item the papers follow, or in a heading of
    the papers read as an item) to the listed item it names.

    ``texts`` are the items' texts (heading and body), in order: the papers begin in the first that holds a
    paper's heading word, and run to the end (the list of items is over)."""
    first = next(((k, at) for k, text in enumerate(texts) if (at := _paper_at(text)) is not None), None) \
        if agenda else None
    if first is None:
        return
    k, at = first
    if items[k].proposed_decision and _norm(items[k].proposed_decision[:40]) not in _norm(texts[k][:at]):
        items[k].proposed_decision = None  # read in the papers, not in the item's own text
    for item in items[k + 1:]:
        item.proposed_decision = None  # a heading inside the papers: what it proposes is the paper's
    for paper in _papers("\n".join([texts[k][at:]] + texts[k + 1:])):
        target = _named(paper[:OPENING], items[:k + 1])
        label = LABEL.search(paper)
        if target is not None and not target.proposed_decision and label:
            end = PART.search(paper, label.end())
            text = " ".join(paper[label.start():end.start() if end else len(paper)].split())
            target.proposed_decision = read_decisions([Line(text, 0)]).proposed


def may_hold(text: str) -> bool:
    """The cheap gate: every heading word holds one of these."""
    return "TJÄNSTE" in text or "PROTOKOLL" in text


def _paper_at(text: str) -> int | None:
    if not may_hold(text):
        return None
    m = PAPER.search(text)
    return m.start() if m else None


def _papers(text: str) -> list[str]:
    starts = [m.start() for m in PAPER.finditer(text)] + [len(text)]
    return [text[a:b] for a, b in pairwise(starts)]


def _named(opening: str, items: list[Item]) -> Item | None:
    """The one item whose title the paper's opening repeats."""
    low = _norm(opening)
    titles = [(i, _norm(PAGE_TAIL.sub("", i.title or ""))) for i in items]
    found = [i for i, title in titles if len(title) >= SHORT_TITLE and title in low]
    return found[0] if len(found) == 1 else None


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()
