"""Paragraph signs whose numbers were stripped, between the numbered "§ N" headings of a flattened line.

A document-sharing site that strips digits turns "§ 18 Budget § 19 Taxor § 20 Delegationsbeslut § 21
Meddelanden" into "... § 19 Taxor § Delegationsbeslut § 21 ...": the lone "§" still opens an item, and its number
is unknown (read as none, never guessed from the sequence). Prose that cites a paragraph ("enligt § Taxor",
"fastställdes, se även § Avgifter") is no heading.
"""

from __future__ import annotations

import re

from .inlinetokens import TOKEN
from .lines import Line

SMALL = {"och", "samt", "i", "av", "för", "om", "på", "till", "med", "från", "vid", "inom", "mot", "under", "över",
         "efter", "enligt", "jämte", "eller", "hos", "en", "ett", "the", "och/eller", "-", "–", "&"}

UNKNOWN = -1  #: the number of an item whose paragraph sign lost its number (read as none)
#: a paragraph sign standing alone before a title: its number was stripped ("... fastställdes. § Delegationsbeslut")
LONE_SIGN = re.compile(r"(?<=\s)§\s+(?=[\"”“«A-ZÅÄÖÉ][a-zåäöéA-ZÅÄÖ])")


def lone_signs(text: str, start: int, end: int, missing: int) -> list[int]:
    """Where titles whose paragraph number was stripped begin between two numbered "§ N" headings of a rising chain
    that leaves ``missing`` numbers out: a "§" alone before a capitalised word. A "§" after a preposition ("enligt §
    Taxor") or a number ("4 § Lagen", a page or a law's paragraph) is prose and skipped; more such signs than
    numbers missing, none (abstain). Where the text between the headings is written in sentences, the sign must
    follow a sentence's end ("fastställdes, se även § Taxor" is prose); a contents list has none."""
    out = []
    prose = re.search(r"[.,;!?]", text[start:end]) is not None
    for m in LONE_SIGN.finditer(text, start, end):
        prev = text[max(0, m.start() - 24):m.start()].split()[-1:] or [""]
        if prev[0].casefold() in SMALL or re.search(r"[\d§]\W?$", prev[0]) or prose and prev[0][-1:] not in ".!?:)":
            continue
        out.append(m.start())
    return out if len(out) <= missing else []


def filled_gap(lines: list[Line], chain: list) -> int:
    """In a chain of just two numbered paragraphs on one line ("§ 18 X ... § 21 Y"), how many titles whose
    numbers were stripped stand between them, when they are exactly the numbers missing ("§ Z ... § W"); else 0."""
    if len(chain) != 2 or chain[0].line != chain[1].line:
        return 0
    a, b = chain
    text, missing = lines[a.line].text, b.number - a.number - 1
    if missing < 1 or not text.startswith("§", a.pos) or not text.startswith("§", b.pos):
        return 0
    signs = lone_signs(text, _token_end(text, a.pos), b.pos, missing)
    return len(signs) if len(signs) == missing else 0


def tail_sign(lines: list[Line], chain: list) -> int | None:
    """Where the title after the chain's last numbered paragraph begins when its number was stripped ("§ 20 X
    ... avslutades. § Meddelanden ..."): the only lone "§" after it on its line, following a sentence's end, both
    last headings written "§ N"; else None (the text after an excerpt's last item may be anything)."""
    a = chain[-1]
    text = lines[a.line].text
    if len(chain) < 2 or not text.startswith("§", a.pos) or not lines[chain[-2].line].text.startswith("§", chain[-2].pos):
        return None
    found = [m.start() for m in LONE_SIGN.finditer(text, _token_end(text, a.pos))]
    prev = text[:found[0]].split()[-1:] if len(found) == 1 else []
    return found[0] if prev and prev[0][-1] in ".!?" and prev[0].casefold() not in ABBREVIATED else None


#: words with a full stop that end no sentence
ABBREVIATED = {"bl.a.", "t.ex.", "m.m.", "s.", "kap.", "p.", "enl.", "jfr."}


def _token_end(text: str, pos: int) -> int:
    return TOKEN.match(text, pos).end()
