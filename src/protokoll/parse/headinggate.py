"""Which item-heading patterns a line can match, told from its first character and whether it has a "§"
(issue 12): a line is tried only against those, not against every pattern in turn.

A pattern is known here by its source; a pattern not listed (a new or changed one) is always tried.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: what a line needs for a pattern to match it: a "§" in it, a "§" first, "Punkt"/"Ärende"/"Paragraf"/"Pkt"/"p." first
#: (in any case), a capital first, a digit first (keyed by the sources of ``headingrules.HEADING_PATTERNS``)
NEEDS = {
    r"^(?:[A-ZÅÄÖ]{1,6}(?:\s?[A-ZÅÄÖ]{1,4})?\s*)?§\s*(\d{1,4})(?:(?<!\d{4})/(?:\d{2}|(?:19|20)\d{2})(?=\s|$))?"
    r"(?![\d/])\s*[.:)]?\s*(.*)$": "§",
    r"^§\s*((?=[\dlI|\s]*\d|(?:[lI|]\s?){2})(?:[\dlI|]\s?){1,3}[\dlI|])\s+(?=[A-ZÅÄÖ][a-zåäö])(.*)$": "§first",
    r"^(\d{1,4})\s*§\s*[.:]?\s*(.*)$": "§",
    r"^(?!(?:Se|Av|Om|Och|Till|Från|Med|Enl|Jfr|Vid|Per|Den|Samt)\b)[A-ZÅÄÖ][a-zåäö]{1,3}\s+§\s*(\d{1,4})(?![\d/])"
    r"\s*[.:]?\s*(.*)$": "§",
    r"^(?:Punkt|Ärende|Paragraf|Pkt\.?|p\.)(?:\s+nr\.?)?\s*(\d{1,3})(?!\d|\s*[-–]\s*\d)\s*[.:)]?\s*(.*)$": "punkt",
    r"^(?:[A-ZÅÄÖ]{2,5})\s+(\d{1,4})\s+(?:\d{2,4}/[A-ZÅÄÖ]{1,5}\s?\d{1,5}\s+(?=[A-ZÅÄÖ]))?((?:Dnr\b.*|[A-ZÅÄÖÉ\"”].*))$": "capital",
    r"^(?!(?:Se|Av|Om|Och|Till|Från|Med|Enl|Jfr|Vid|Per|Den|Samt|Sid|Sida|Nr|Kap|Bil|Kl|Tel|Del|Rum|"
    r"Avd|Tid|Dag|Ny|Nya|Vecka|Blad)\b)[A-ZÅÄÖ][a-zåäö]{1,3}\s+(\d{1,4})\s+(?:[A-ZÅÄÖ][a-zåäö]{1,3}\s+\d{1,4}\s+(?=Dnr\b))?(Dnr\b.*|[A-ZÅÄÖ][a-zåäö].*)$": "capital",
    r"^(\d{1,3})\s?[.):]\s*([\"”“«'A-ZÅÄÖÉ§].*)$": "digit",
    r"^(\d{1,3})\s+(?:[A-ZÅÄÖ]\s+)?([\"”“«]?[A-ZÅÄÖÉ][a-zåäöé].*)$": "digit",
    r"^(\d{1,3})\s+[-–]\s+([\"”“«A-ZÅÄÖÉ][a-zåäöé].*)$": "digit",
    r"^(\d{1,3})\s+((?:BORDLAGT|BORDLAGDA|ÅTERREMITTERAT|ÅTERREMITTERADE|EXTRA|BRÅDSKANDE)\s+ÄRENDEN?\b.*)$": "digit",
    r"^(\d{1,3})\s+((?:[A-ZÅÄÖ]{2}[A-ZÅÄÖ\-]*)(?:\s+(?:[A-ZÅÄÖ]{2}[A-ZÅÄÖ\-]*|I|Å|Ö))*"
    r"(?:\s+[A-ZÅÄÖ][\wåäö\-]*(?:\s+\S+){0,3}?\s+[a-zåäö]{2}\S*.*)?)$": "digit",
}
PUNKT_FIRST = frozenset("PpÄä")
CAPITAL_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ")


@lru_cache(maxsize=512)
def patterns_for(patterns: tuple[tuple[str, re.Pattern], ...], first: str, para: bool) \
        -> tuple[tuple[str, re.Pattern], ...]:
    """The (style, pattern) pairs of ``patterns``, in order, that a line starting with ``first`` (with a
    "§" in it when ``para``) can match."""
    return tuple(p for p in patterns if _may_match(NEEDS.get(p[1].pattern), first, para))


def _may_match(need: str | None, first: str, para: bool) -> bool:
    if need == "§":
        return para
    if need == "§first":
        return first == "§"
    if need == "punkt":
        return first in PUNKT_FIRST
    if need == "capital":
        return first in CAPITAL_FIRST
    if need == "digit":
        return first.isdigit()  # every character "\d" reads is a digit to isdigit
    return True  # a pattern not known here
