"""Word's automatic paragraph numbering (numbering.xml), rendered as text prefixes.

Word does not store "1." or "a)" of a numbered paragraph in the text: the
number comes from the paragraph's ``w:numPr`` (or its style's) pointing at a
numbering definition. ``Numbering.prefix`` is called for every paragraph in
document order and keeps the counters, as Word does when it lays out a list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.etree import _Element

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MAX_STYLE_DEPTH = 20
#: Numbers come from the file unbounded, and a letter format repeats its letter (n-1)//26+1 times,
#: so a 3 kB file with ``w:start`` 2,000,000,000 would expand to gigabytes. The bounds are Word's own:
_LEVELS = range(9)  #: a list has nine levels, ``w:ilvl`` 0-8 (ECMA-376 17.9.3)
_MAX_START = 32767  #: Word's "Start at" accepts 0-32767; a start outside is ignored (the list starts at 1)
_MAX_LETTERS = 780  #: Word's letter lists end at 780 ("zzz...", 30 letters); beyond that digits are written


def _val(el: _Element | None, tag: str) -> str | None:
    """The ``w:val`` of child ``tag`` of ``el``, or None."""
    if el is None:
        return None
    child = el.find(W + tag)
    return None if child is None else child.get(W + "val")


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None and len(text) < 12 else default
    except ValueError:
        return default


def _start(text: str | None) -> int:
    """A list's start value; one Word would not accept is ignored (see :data:`_MAX_START`)."""
    n = _int(text, 1)
    return n if 0 <= n <= _MAX_START else 1


@dataclass
class Level:
    """One level (``w:lvl``) of a numbering definition."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"
    legal: bool = False
    style: str | None = None

    @classmethod
    def of(cls, lvl: _Element) -> Level:
        """The level described by a ``w:lvl`` element."""
        return cls(start=_start(_val(lvl, "start")), fmt=_val(lvl, "numFmt") or "decimal",
                   text=_val(lvl, "lvlText") or "", suffix=_val(lvl, "suff") or "tab",
                   legal=lvl.find(W + "isLgl") is not None, style=_val(lvl, "pStyle"))


def _levels(parent: _Element) -> dict[int, Level]:
    levels = {_int(lvl.get(W + "ilvl"), 0): lvl for lvl in parent.iterchildren(W + "lvl")}
    return {k: Level.of(lvl) for k, lvl in levels.items() if k in _LEVELS}


def format_number(n: int, fmt: str) -> str:
    """``n`` in a Word number format (decimal, lowerLetter, upperRoman, ...)."""
    if fmt == "none":
        return ""
    if fmt in ("lowerLetter", "upperLetter") and n <= _MAX_LETTERS:
        letters = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman.lower() if fmt == "lowerRoman" else roman
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = ""
    for value, digits in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, n = divmod(n, value)
        out += digits * count
    return out


class Numbering:
    """The numbering definitions of one document plus the running list counters."""

    def __init__(self, numbering: _Element | None, styles: _Element | None) -> None:
        self._abstract: dict[str, dict[int, Level]] = {}
        self._abstract_link: dict[str, str] = {}
        self._nums: dict[str, tuple[str, dict[int, Level], dict[int, int]]] = {}
        self._styles: dict[str, _Element] = {}
        self._style_cache: dict[str | None, tuple[str | None, str | None]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._restarted: set[tuple[str, int]] = set()
        if styles is not None:
            self._styles = {s.get(W + "styleId"): s for s in styles.iterchildren(W + "style")
                            if s.get(W + "type") == "paragraph"}
        if numbering is not None:
            self._load(numbering)

    def _load(self, numbering: _Element) -> None:
        for ab in numbering.iterchildren(W + "abstractNum"):
            ab_id = ab.get(W + "abstractNumId")
            self._abstract[ab_id] = _levels(ab)
            link = _val(ab, "numStyleLink")
            if link:
                self._abstract_link[ab_id] = link
        for num in numbering.iterchildren(W + "num"):
            levels: dict[int, Level] = {}
            starts: dict[int, int] = {}
            for ov in num.iterchildren(W + "lvlOverride"):
                ilvl = _int(ov.get(W + "ilvl"), 0)
                levels.update({ilvl: lvl for lvl in _levels(ov).values()})
                if _val(ov, "startOverride") is not None:
                    starts[ilvl] = _start(_val(ov, "startOverride"))
            self._nums[num.get(W + "numId")] = (_val(num, "abstractNumId") or "", levels, starts)

    def _style_numpr(self, style_id: str | None) -> tuple[str | None, str | None]:
        """numId and ilvl a paragraph style (or the styles it is based on) gives."""
        if style_id not in self._style_cache:
            self._style_cache[style_id] = self._style_chain_numpr(style_id)
        return self._style_cache[style_id]

    def _style_chain_numpr(self, style_id: str | None) -> tuple[str | None, str | None]:
        num_id = ilvl = None
        for _ in range(_MAX_STYLE_DEPTH):
            style = self._styles.get(style_id) if style_id else None
            if style is None:
                break
            numpr = style.find(f"{W}pPr/{W}numPr")
            num_id = num_id or _val(numpr, "numId")
            ilvl = ilvl or _val(numpr, "ilvl")
            style_id = _val(style, "basedOn")
        return num_id, ilvl

    def _abstract_of(self, num_id: str) -> str | None:
        """The abstractNum id behind ``num_id``, following numbering-style links."""
        ab_id = self._nums[num_id][0] if num_id in self._nums else None
        for _ in range(_MAX_STYLE_DEPTH):
            link = self._abstract_link.get(ab_id or "")
            if link is None:
                return ab_id
            linked, _ilvl = self._style_numpr(link)
            ab_id = self._nums[linked][0] if linked in self._nums else None
        return ab_id

    def _resolve(self, p: _Element) -> tuple[str, int] | None:
        """(numId, level) of paragraph ``p``, or None when it is not numbered."""
        ppr = p.find(W + "pPr")
        style_id = _val(ppr, "pStyle")
        direct = ppr.find(W + "numPr") if ppr is not None else None
        style_num, style_lvl = self._style_numpr(style_id)
        num_id = _val(direct, "numId") or style_num
        if not num_id or num_id == "0" or num_id not in self._nums:
            return None
        ilvl = _val(direct, "ilvl") or style_lvl
        if ilvl is None:
            levels = self._abstract.get(self._abstract_of(num_id) or "", {})
            ilvl = next((str(k) for k, lv in levels.items() if style_id and lv.style == style_id), "0")
        level = _int(ilvl, 0)
        return (num_id, level) if level in _LEVELS else None

    def _level(self, num_id: str, ab_id: str, ilvl: int) -> Level | None:
        override = self._nums[num_id][1].get(ilvl)
        return override or self._abstract.get(ab_id, {}).get(ilvl)

    def prefix(self, p: _Element) -> str:
        """The rendered number of paragraph ``p`` plus a space ("1. ", "- "), or ""."""
        found = self._resolve(p)
        if found is None:
            return ""
        num_id, ilvl = found
        ab_id = self._abstract_of(num_id) or ""
        level = self._level(num_id, ab_id, ilvl)
        if level is None:
            return ""
        counters = self._count(num_id, ab_id, ilvl, level)
        if level.fmt == "bullet":
            return "- "
        text = re.sub(r"%([1-9])", lambda m: self._render(num_id, ab_id, int(m[1]) - 1, counters,
                                                          level.legal), level.text)
        if not text.strip():
            return ""
        return text + ("" if level.suffix == "nothing" else " ")

    def _count(self, num_id: str, ab_id: str, ilvl: int, level: Level) -> dict[int, int]:
        """Advance the counter of ``ilvl`` and reset the deeper levels; returns the counters."""
        counters = self._counters.setdefault(ab_id, {})
        start = self._nums[num_id][2].get(ilvl)
        if start is not None and (num_id, ilvl) not in self._restarted:
            self._restarted.add((num_id, ilvl))
            counters[ilvl] = start - 1
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        return counters

    def _render(self, num_id: str, ab_id: str, ilvl: int, counters: dict[int, int], legal: bool) -> str:
        level = self._level(num_id, ab_id, ilvl) or Level()
        n = counters.get(ilvl, level.start)
        return format_number(n, "decimal" if legal else level.fmt)
