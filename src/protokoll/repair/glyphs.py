"""What an English OCR engine makes of Swedish letters, as readings with costs.

Studied on Swedish text rendered with DejaVu Sans and read back with
``tesseract -l eng`` (bench/repair.py): ö becomes o, é, 6, d, O, G or a pair
such as "o6", "oé", "dé", "od"; ä becomes a, d, §, 4 or "di"; å becomes a or &.

A token is cut into *units* (one glyph or a damage pair); each unit has the
folded strings it may stand for (:func:`units`), and :func:`cost` says how
unlikely it is that a unit was read from a given output text: 0 for the
common damage (é for ö), more for rarer readings, :data:`IMPOSSIBLE` when the
engine does not make that mistake.
"""

from __future__ import annotations

from itertools import product

IMPOSSIBLE = 9.0

#: (glyph, letter it was read from) -> cost. The glyph may also stand for itself at cost 0.
_CHAR_COST: dict[tuple[str, str], float] = {
    ("a", "ä"): 0.5, ("a", "å"): 0.5, ("o", "ö"): 0.5, ("e", "é"): 1.0, ("u", "ü"): 1.0,
    ("é", "ö"): 0.0, ("é", "ä"): 0.3, ("é", "e"): 0.6, ("è", "ö"): 0.0, ("è", "ä"): 0.3, ("è", "e"): 0.6,
    ("è", "é"): 0.5, ("6", "ö"): 0.0, ("0", "ö"): 0.5, ("0", "o"): 0.5, ("3", "ö"): 1.0,
    ("§", "ä"): 0.3, ("4", "ä"): 0.3, ("&", "å"): 0.3, ("d", "ä"): 1.0, ("d", "ö"): 1.0,
    ("I", "l"): 1.0, ("|", "l"): 0.5, ("|", "i"): 0.5, ("G", "ö"): 1.0,
}
#: Folded letters each glyph may stand for (besides itself, when it is a letter).
_READS: dict[str, tuple[str, ...]] = {
    "é": ("o", "a", "e"), "è": ("o", "a", "e"), "6": ("o",), "0": ("o",), "3": ("o",),
    "§": ("a",), "4": ("a",), "&": ("a",), "d": ("d", "a", "o"), "I": ("i", "l"), "|": ("l", "i"),
    "G": ("g", "o"),
}
#: Two glyphs read from one ö ("o6", "oé", "dé", "od", ...).
_PAIRS_O = frozenset(a + b for a in "o6éèd0" for b in "o6éèd0" if {a, b} & set("6éè0") or {a, b} == {"o", "d"})
#: Two glyphs read from one ä: "samhdillsplanerare", "stdammer".
_PAIRS_A = frozenset({"di", "da"})
_PAIR_COST = {"ö": 0.2, "ä": 3.0}
#: Glyphs that never stand for a letter of their own (dropped when read into a word).
_NOISE = frozenset("€")

Unit = tuple[str, tuple[str, ...]]  #: (glyph text, folded readings)


def is_damage_glyph(ch: str) -> bool:
    """Whether ``ch`` never occurs inside a Swedish word read correctly."""
    return ch in "6034§&€|èé"


def _single(ch: str) -> tuple[str, ...]:
    """Folded readings of one glyph."""
    if ch in _NOISE:
        return ("",)
    if ch in _READS:
        return _READS[ch]
    return (ch.lower(),)


def units(token: str) -> list[Unit]:
    """Cut ``token`` into units, pairs first, each with its folded readings."""
    out: list[Unit] = []
    i = 0
    while i < len(token):
        pair = token[i:i + 2].lower()
        if pair in _PAIRS_O or pair in _PAIRS_A:
            own = tuple(a + b for a, b in product(_single(token[i]), _single(token[i + 1])))
            out.append((token[i:i + 2], (("o",) if pair in _PAIRS_O else ("a",)) + own))
            i += 2
            continue
        out.append((token[i], _single(token[i])))
        i += 1
    return out


def _char_cost(glyph: str, letter: str) -> float:
    if glyph.lower() == letter.lower():
        return 0.0
    if glyph in _NOISE and letter == "":
        return 0.3
    key = (glyph if glyph in ("I", "|", "G") else glyph.lower(), letter.lower())
    return _CHAR_COST.get(key, IMPOSSIBLE)


def cost(glyph: str, out: str) -> float:
    """How unlikely it is that the OCR engine read ``out`` (real text) as ``glyph``."""
    if len(glyph) == len(out):
        return sum(_char_cost(g, o) for g, o in zip(glyph, out))
    if len(glyph) == 2 and len(out) == 1:
        pair = glyph.lower()
        if (pair in _PAIRS_O and out.lower() == "ö") or (pair in _PAIRS_A and out.lower() == "ä"):
            return _PAIR_COST[out.lower()]
        return IMPOSSIBLE
    if len(glyph) == 1 and out == "":
        return _char_cost(glyph, "")
    return IMPOSSIBLE


def fallback(glyph: str) -> str | None:
    """The letter a damage glyph most often stands for, when no dictionary knows the word."""
    pair = glyph.lower()
    if len(glyph) == 2:
        return "ö" if pair in _PAIRS_O else None
    return {"6": "ö", "0": "ö", "é": "ö", "è": "ö", "§": "ä", "4": "ä", "€": ""}.get(glyph)
