"""The "§" that Tesseract's Swedish model cannot write: which OCR words may be a misread section sign
("8", "$", "&" beside or glued to a number), and what they become when the English model, reading
the same spot again, sees a "§". Pure: the second reading is passed in by :mod:`.ocr`."""

from __future__ import annotations

import re
from collections.abc import Callable


def restore_sections(words: list, read_again: Callable[[tuple[int, int, int, int]], str]) -> list:
    """Put back the "§" that the Swedish model cannot write (it reads "8", "$" or "&").

    A word that may be such a stand-in ("8 7 Val av justerare", "3 & kommunallagen",
    "$$ 7-13", "KS 812") is read again by the English model, which knows "§"; the
    word changes only when that reading has one. ``read_again(box)`` is that reading of the
    page's image in ``box`` (the word widened to its neighbours).
    """
    suspects = [i for i in range(len(words)) if _suspect(words, i)]
    if not suspects:
        return words
    out = list(words)
    for i in suspects:
        again = read_again(_gap(words, i))
        if "§" in again:
            word, conf, box = words[i]
            out[i] = (_STAND_IN.sub(lambda m: m[1] + _section(m[2], again), word, 1), conf, box)
    return out


def _section(stand_in: str, again: str) -> str:
    """What replaces ``stand_in`` ("8", "$&", "88") when the English model read ``again``."""
    if len(stand_in) == 2 and "§§" in again:
        return "§§"
    return "§" + stand_in[1:] if stand_in == "88" else "§"  # "88" may be "§8"; "$&" is one "§"


_STAND_IN = re.compile(r"^([(\[]?)([8$&]{1,2})")  #: how the Swedish model writes "§" or "§§"
_ALONE = re.compile(r"[(\[]?[8$&]{1,2}[)\].,:;]?")  #: "8", "$$", "$&", "(8", "&."
_GLUED = re.compile(r"[(\[]?[8$&]\d{1,4}[)\].,:;]?")  #: "$12", "812"
_ABBREVIATION = re.compile(r"[A-ZÅÄÖ]{1,6}")  #: KS, AU, BUN
_NUMBER = re.compile(r"[(\[]?(?:\d|[Il]\b)")  #: a number, or "1" misread as "I" or "l"


def _suspect(words: list, i: int) -> bool:
    """Whether word ``i`` may be a misread "§": a stand-in beside a number, or glued to one."""
    word = words[i][0]
    if _ALONE.fullmatch(word):
        return any(0 <= j < len(words) and _NUMBER.match(words[j][0]) for j in (i - 1, i + 1))
    if _GLUED.fullmatch(word):
        return word.lstrip("([")[0] != "8" or (i > 0 and bool(_ABBREVIATION.fullmatch(words[i - 1][0])))
    return False


def _gap(words: list, i: int) -> tuple[int, int, int, int]:
    """The box of word ``i`` widened to its neighbours on the line (Tesseract's box of a
    glyph it could not place can be a sliver of it), with a margin above and below."""
    left, top, right, bottom = words[i][2]
    pad = max(4, (bottom - top) // 3)

    def beside(j: int) -> tuple[int, int, int, int] | None:
        box = words[j][2] if 0 <= j < len(words) else None
        return box if box and box[1] < bottom and box[3] > top else None  # overlaps vertically

    before, after = beside(i - 1), beside(i + 1)
    start = min(left, before[2] + 1) if before else max(0, left - pad)
    end = max(right, after[0] - 1) if after else right + pad
    return start, max(0, top - pad), end, bottom + pad
