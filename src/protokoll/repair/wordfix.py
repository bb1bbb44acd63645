"""Restore one OCR-damaged word: candidates from the glyph readings, chosen with evidence.

For a token such as "Kommundirektérsgruppen" the units of :mod:`.glyphs` give
a few folded spellings ("kommundirektorsgruppen", "...arsgruppen", ...); the
lexicon returns the known forms of each (a whole word, or a compound of
known parts), every form gets a score

    zipf(form) - reading cost          (a whole word)
    RARE_ZIPF - reading cost - 1 per extra part   (a compound)

and the best one wins. A token that is itself a known word keeps its place
unless a reading is clearly more likely ("for" -> "för", but "stod" stays).
Decisions are cached per token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice, product

from .glyphs import IMPOSSIBLE, Unit, cost, fallback, is_damage_glyph, units
from .lexicon import BEGIN, END, MIDDLE, RARE_ZIPF, WORD, Lexicon, fold

#: A known word is replaced only by a reading at least this much more likely.
KEEP_MARGIN = 0.5
#: Score lost per extra part of a compound.
PART_PENALTY = 1.0
MAX_PARTS = 4
#: A form this common in wordfreq's Swedish list counts as a word even when Hunspell lacks it.
KNOWN_ZIPF = 3.0
MAX_VARIANTS = 256
#: Longer tokens are OCR noise or glued text: no word search (the damage-glyph fallback still applies).
MAX_UNITS = 48
#: A token with more damage glyphs than this and no known reading is noise, left as it is.
MAX_FALLBACK_GLYPHS = 2
#: Longest compound part looked for, in units.
MAX_PART_UNITS = 24
_NAME_ENDING = re.compile(r"é[nr]s?$")
_MISSING = object()
#: Glyphs no Swedish word has inside (é has: "idé", "Hultén").
_NEVER_IN_WORDS = frozenset("6034§&€|")
#: Capitals that, when changed, stood for another letter in lower case ("I6pande" -> "löpande").
_OTHER_LETTER = frozenset("IG|")


@dataclass(frozen=True)
class Fix:
    """The repaired spelling of a token and why."""

    after: str
    reason: str
    known: bool = True  #: whether ``after`` is a known word (False: a damage glyph's usual reading)


@dataclass(frozen=True)
class _Reading:
    """One known spelling of a run of units: its forms per unit, cost and likelihood."""

    parts: tuple[str, ...]  #: output text of each unit (as the lexicon writes it)
    cost: float
    zipf: float
    pieces: int = 1


def _combos(us: list[Unit]):
    """The readings of units ``us``, one tuple per combination, at most MAX_VARIANTS."""
    if all(len(readings) == 1 for _, readings in us):
        return [tuple(r[0] for _, r in us)]
    return islice(product(*(readings for _, readings in us)), MAX_VARIANTS)


def _variants(us: list[Unit]) -> list[str]:
    """Folded spellings of units ``us``, at most MAX_VARIANTS."""
    return ["".join(combo) for combo in _combos(us)]


def _split(form: str, lengths: list[int]) -> list[str]:
    parts, i = [], 0
    for n in lengths:
        parts.append(form[i:i + n])
        i += n
    return parts


class WordFixer:
    """Repairs single tokens against a lexicon; one per lexicon, with a decision cache."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.cache: dict[str, Fix | None] = {}
        self._known: dict[str, bool] = {}
        self._pieces: dict[tuple[str, int, bool], _Reading | None] = {}

    def fix(self, token: str) -> Fix | None:
        """The repair of ``token``, or None when it should stay as it is."""
        if token not in self.cache:
            if len(self.cache) > 200_000:
                self.cache.clear()
            self.cache[token] = self._decide(token)
        return self.cache[token]

    def is_known(self, token: str) -> bool:
        """Whether ``token`` is a known word or compound as written (a capital first letter allowed)."""
        known = self._known.get(token)
        if known is None:
            if len(self._known) > 200_000:
                self._known.clear()
            if any(ch in _NEVER_IN_WORDS for ch in token):
                known = False
            else:
                best = None if self.is_word(token) else self._compound([(ch, (ch.lower(),)) for ch in token], exact=True)
                known = self.is_word(token) or (best is not None and best.cost == 0)
            self._known[token] = known
        return known

    def is_word(self, token: str) -> bool:
        """Whether ``token`` is a known word on its own (not only a compound) as written."""
        lex = self.lexicon
        return bool(lex.roles(token) & WORD or lex.roles(token.lower()) & WORD or lex.zipf(token) >= KNOWN_ZIPF)

    # --- choosing ---------------------------------------------------------------------

    def _decide(self, token: str) -> Fix | None:
        us, best = self._candidate(token)
        if best is None:
            return None if us is None else self._fallback(token, us)
        after = _keep_name_ending(token, _cased(us, best.parts))
        if after == token:
            return None
        if self.is_known(token):
            if _score(best) < self._own_zipf(token) + KEEP_MARGIN:
                return None
            return Fix(after, f"OCR diacritics: {after!r} is far more common than {token!r}")
        how = "compound of known parts" if best.pieces > 1 else "dictionary word"
        return Fix(after, f"OCR diacritics: {how}")

    def _own_zipf(self, token: str) -> float:
        """How common a known ``token`` is, as far as it counts against a reading with diacritics.

        Only dictionary (or learned) words count with their wordfreq value; a form
        known from wordfreq alone ("fran", "skanska") is mostly Swedish typed
        without å/ä/ö, so it counts as rare.
        """
        lex = self.lexicon
        return lex.zipf(token) if lex.roles(token) or lex.roles(token.lower()) else RARE_ZIPF

    def _candidate(self, token: str) -> tuple[list[Unit] | None, _Reading | None]:
        """The token's units and its best known reading (units None: a known word without variants)."""
        if not any(is_damage_glyph(ch) for ch in token) and self.is_word(token):
            # A known word: only its own letters with diacritics ("for" -> "för") are candidates.
            low = token.lower()
            if all(form.lower() == low for form in self.lexicon.forms(fold(token))):
                return None, None
            us = [(ch, (ch.lower(),)) for ch in token]
            return us, self._piece(us, WORD, exact=True)
        us = units(token)
        if len(us) > MAX_UNITS:
            return us, None
        return us, self._piece(us, WORD) or self._compound(us)

    def _fallback(self, token: str, us: list[Unit]) -> Fix | None:
        """Map damage glyphs to their usual letter when no known word fits (names, rare words)."""
        parts = [fallback(glyph) for glyph, _ in us]
        glyphs = sum(p is not None for p in parts)
        if sum(ch.isalpha() for ch in token) < 3 or not 0 < glyphs <= MAX_FALLBACK_GLYPHS:
            return None
        after = _cased(us, [glyph if p is None else p for (glyph, _), p in zip(us, parts)])
        m = _NAME_ENDING.search(token)
        if m and len(after) == len(token):
            after = after[: m.start()] + "é" + after[m.start() + 1:]
        return None if after == token else Fix(after, "OCR diacritics: usual reading of a damage glyph (no known word)", False)

    # --- candidates -------------------------------------------------------------------

    def _piece(self, us: list[Unit], role: int, exact: bool = False) -> _Reading | None:
        """The best known form of units ``us`` with role bit ``role``, or None.

        ``exact``: the units read only as themselves (is the token known as written?).
        """
        key = ("".join(g for g, _ in us), role, exact)
        found = self._pieces.get(key, _MISSING)
        if found is _MISSING:
            if len(self._pieces) > 500_000:
                self._pieces.clear()
            found = self._pieces[key] = self._best_form(us, role, us[0][0][:1].isupper())
        return found

    def _best_form(self, us: list[Unit], role: int, upper_start: bool) -> _Reading | None:
        lex, best = self.lexicon, None
        for combo in _combos(us):
            forms = lex.forms("".join(combo))
            if not forms:
                continue
            for form in forms:
                if form[:1].isupper() and not upper_start or not lex.roles(form) & role:
                    continue
                parts = _split(form, [len(r) for r in combo])
                c = sum(cost(g, p) for (g, _), p in zip(us, parts) if g != p)
                if c >= IMPOSSIBLE:
                    continue
                cand = _Reading(tuple(parts), c, lex.zipf(form))
                if best is None or _score(cand) > _score(best):
                    best = cand
        return best

    def _compound(self, us: list[Unit], exact: bool = False) -> _Reading | None:
        """The best split of ``us`` into 2..MAX_PARTS known compound parts, or None."""
        memo: dict = {}
        heads = _HeadFinder(us, self.lexicon.compound_keys)

        def tail(i: int, depth: int) -> _Reading | None:
            if (i, depth) not in memo:
                memo[(i, depth)] = best = self._piece(us[i:], END, exact) if depth else None
                if depth + 1 < MAX_PARTS:
                    for j in heads.ends(i, BEGIN if depth == 0 else MIDDLE):
                        head, rest = self._piece(us[i:j], BEGIN if depth == 0 else MIDDLE, exact), tail(j, depth + 1)
                        if head is None or rest is None:
                            continue
                        cand = _Reading(head.parts + rest.parts, head.cost + rest.cost,
                                        min(head.zipf, rest.zipf), 1 + rest.pieces)
                        if best is None or _score(cand) > _score(best):
                            memo[(i, depth)] = best = cand
            return memo[(i, depth)]

        found = tail(0, 0)
        return None if found is None else _Reading(found.parts, found.cost, RARE_ZIPF, found.pieces)


class _HeadFinder:
    """Where a compound part starting at unit ``i`` may end, judged by folded keys alone."""

    def __init__(self, us: list[Unit], keys: dict[int, frozenset[str]]) -> None:
        self.us, self.keys = us, keys
        self.single = [len(r) == 1 for _, r in us]

    def ends(self, i: int, role: int) -> list[int]:
        """Unit indexes j (leaving at least 2 units) such that some reading of us[i:j] is a key of ``role``."""
        keys, out, prefix = self.keys[role], [], ""
        for j in range(i + 1, min(len(self.us) - 1, i + MAX_PART_UNITS + 1)):
            if not self.single[j - 1]:
                prefix = None  # several readings from here on: check each variant
            if prefix is not None:
                prefix += self.us[j - 1][1][0]
                hit = prefix in keys
            else:
                hit = any(v in keys for v in _variants(self.us[i:j]))
            if hit and j - i >= 2:
                out.append(j)
        return out


def _keep_name_ending(token: str, after: str) -> str:
    """Undo é -> e in the surname ending -én/-ér ("Fredén" is no misread "Freden")."""
    m = _NAME_ENDING.search(token)
    if m and token[:1].isupper() and len(after) == len(token) and after[m.start()] == "e":
        return after[: m.start()] + "é" + after[m.start() + 1:]
    return after


def _score(r: _Reading) -> float:
    return r.zipf - r.cost - PART_PENALTY * (r.pieces - 1)


def _cased(us: list[Unit], parts: list[str] | tuple[str, ...]) -> str:
    """Join the output ``parts`` of units ``us``, in the token's case.

    A unit that reads as itself keeps the token's own text; a changed letter
    is upper case only in an upper-case token or at the start of a
    capitalised one ("JOnképing" -> "Jönköping", "Oresund" -> "Öresund").
    """
    letters = [ch for g, _ in us for ch in g if ch.isalpha()]
    all_upper = len(letters) > 1 and all(ch.isupper() for ch in letters)
    out = []
    for k, ((glyph, _), part) in enumerate(zip(us, parts)):
        if glyph.lower() == part.lower():
            out.append(glyph)
        elif all_upper or (k == 0 and glyph[:1].isupper() and glyph not in _OTHER_LETTER):
            out.append(part.upper() if all_upper else part[:1].upper() + part[1:].lower())
        else:
            out.append(part.lower())
    return "".join(out)
