"""Repair text read by an OCR engine without Swedish: ``repair_ocr``.

    >>> repair_ocr("Kommundirektérsgruppen godkdnde forslaget f6r Malmé")[0]
    'Kommundirektörsgruppen godkände förslaget för Malmö'

A document is repaired only when it shows the damage: few å/ä/ö, words with
damage glyphs (:mod:`.signals`), and words the lexicon can restore. Any other
text is returned unchanged, byte for byte. Inside a damaged document every
word is checked (:mod:`.wordfix`), hyphenated line ends are joined, glued
words split and OCR'd bullets made "-" (:mod:`.ocrlines`). Each change is a
:class:`~protokoll.repair.Change` with its offset in the input text.
"""

from __future__ import annotations

import re
import weakref

from .change import Change
from .hunspell import fold
from .lexicon import Lexicon, default_lexicon
from .ocrlines import Edit, bullets, hyphenations, pipes, split_glued
from .signals import suspect_text
from .wordfix import MAX_UNITS, WordFixer

#: Longest token checked. A glyph unit covers at most two characters, so a longer token has more
#: than MAX_UNITS units and no dictionary reading anyway; cutting it into per-character units
#: cost ~200 bytes a character (2 GB for a 10 MB run of letters) for nothing. No word is this long.
MAX_TOKEN = 2 * MAX_UNITS

#: A word as OCR leaves it: letters and digits, with the glyphs §, € and & that stand for letters.
#: Possessive: a plain greedy repeat of an alternation keeps ~120 bytes of backtracking state per
#: character matched (120 MB for one 1 MB token); nothing after it ever needs to backtrack into it.
_TOKEN = re.compile(r"(?:[^\W_]|[§€&])++")
#: What precedes "ar" when it is "år" (a year), not "är": "20 ar", "i ar", "varje ar", "flera ar".
_YEAR_BEFORE = re.compile(
    r"(?:(?<![\d.])\d{1,3}|(?<![^\W\d_])(?:[iI]|per|varje|n[aä]sta|f[oö]rra|samma|detta|ett|flera|m[aå]nga"
    r"|n[aå]gra|tv[aå]|tre|fyra|fem|sex|sju|[aå]tta|nio|tio))[ \t]+$")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_OTHER_DIGIT = re.compile(r"[125789]|[^\W\D0-9]")
#: Share of words that must be restorable before a suspect document counts as damaged.
MIN_FIXABLE_SHARE = 0.03
_FIXERS: weakref.WeakKeyDictionary[Lexicon, tuple[int, WordFixer]] = weakref.WeakKeyDictionary()


def repair_ocr(text: str, lexicon: Lexicon | None = None) -> tuple[str, list[Change]]:
    """Restore å/ä/ö and OCR layout damage in ``text``; a clean text comes back unchanged."""
    if not suspect_text(text):
        return text, []
    fixer = _fixer(lexicon or default_lexicon())
    tokens = [m for m in _TOKEN.finditer(text) if _worth_checking(m.group())]
    if not _damaged([m.group() for m in tokens], fixer):
        return text, []
    return _apply(text, _edits(text, tokens, fixer))


def _fixer(lexicon: Lexicon) -> WordFixer:
    """The word fixer of ``lexicon``, renewed when the lexicon has learned since."""
    version, fixer = _FIXERS.get(lexicon, (-1, None))
    if fixer is None or version != lexicon.version:
        fixer = WordFixer(lexicon)
        _FIXERS[lexicon] = (lexicon.version, fixer)
    return fixer


def _worth_checking(token: str) -> bool:
    """Tokens of 2 to ``MAX_TOKEN`` characters, some letters and no digit other than 6/0/3/4."""
    return 2 <= len(token) <= MAX_TOKEN and _HAS_LETTER.search(token) is not None \
        and _OTHER_DIGIT.search(token) is None


def _damaged(tokens: list[str], fixer: WordFixer) -> bool:
    """Whether enough unknown tokens have a repair that is a known word."""
    fixable = sum(1 for t in tokens if (fix := fixer.fix(t)) is not None and fix.known and not fixer.is_known(t))
    return fixable >= max(1.0, MIN_FIXABLE_SHARE * len(tokens))


def _edits(text: str, tokens: list[re.Match[str]], fixer: WordFixer) -> list[Edit]:
    """All edits for a damaged ``text``: line-level ones first, then word by word."""
    edits = list(bullets(text)) + list(pipes(text)) + list(hyphenations(text, lambda w: _resolve(w, fixer)))
    taken = bytearray(len(text) + 1)
    for start, end, _, _ in edits:
        taken[start:end] = b"\x01" * (end - start)
    for m in tokens:
        if taken[m.start()] or taken[m.end() - 1]:
            continue
        edit = _word_edit(text, m, fixer)
        if edit:
            edits.append(edit)
    return edits


def _resolve(word: str, fixer: WordFixer) -> str | None:
    """``word`` repaired when that makes it a known word, ``word`` itself when known, else None."""
    fix = fixer.fix(word)
    if fix is not None and fix.known:
        return fix.after
    return word if fixer.is_known(word) else None


def _word_edit(text: str, m: re.Match[str], fixer: WordFixer) -> Edit | None:
    """The edit for one token: "år" after a number, a glued pair, or the word repair."""
    token = m.group()
    if fold(token) in ("ar", "ars") and _YEAR_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        after = ("Å" if token[0].isupper() else "å") + token[1:]
        return (m.start(), m.end(), after, "OCR diacritics: 'år' (year) after a count or 'i'") if after != token else None
    fix = fixer.fix(token)
    if (fix is None or not fix.known) and not fixer.is_known(token):
        glued = split_glued(token, lambda w: _resolve(w, fixer), lambda w: w if fixer.is_word(w) else None)
        if glued:
            return m.start(), m.end(), glued, "split words glued by a lost line break"
    return (m.start(), m.end(), fix.after, fix.reason) if fix else None


def _apply(text: str, edits: list[Edit]) -> tuple[str, list[Change]]:
    """Apply non-overlapping ``edits`` to ``text``; the changes keep input offsets."""
    out, changes, pos = [], [], 0
    for start, end, after, reason in sorted(edits):
        if start < pos:
            continue
        out.append(text[pos:start])
        out.append(after)
        changes.append(Change(start, text[start:end], after, reason))
        pos = end
    out.append(text[pos:])
    return "".join(out), changes
