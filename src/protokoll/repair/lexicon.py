"""What the OCR repair knows about Swedish words: a :class:`Lexicon`.

A lexicon answers three questions about a word form: is it a word (and may it
be part of a compound), how common is it, and which known forms look like a
given OCR reading once the diacritics are gone (:func:`fold`: "Malmö" and
"Malmo" both fold to "malmo").

Its knowledge has four sources, the first three shared by every lexicon of the
process and loaded once, on first use:

* the Swedish Hunspell dictionary, expanded into forms (:mod:`.hunspell`);
* word frequencies from ``wordfreq`` (Zipf scale: 7 = "för", 3 = rare);
* the gazetteer's municipality and region names;
* words learned from clean documents with :meth:`Lexicon.learn` ("the archive
  teaches the repair": a person's name written correctly in one document
  helps to restore it in a damaged one).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from .hunspell import BEGIN, END, MIDDLE, WORD, Index, fold, load_forms
from .signals import suspect_text

__all__ = ["BEGIN", "END", "MIDDLE", "WORD", "Lexicon", "default_lexicon", "fold"]

_WORD_RE = re.compile(r"[^\W\d_]+")
#: Zipf value of a word known only from the dictionary, a gazetteer or a learned text.
RARE_ZIPF = 2.0
#: Zipf value at least given to a municipality or region name (as written, capitalised):
#: in municipal minutes they are far more common than in general text.
PLACE_ZIPF = 6.0


@dataclass
class _Base:
    """The shared, read-only part of every lexicon."""

    roles: dict[str, int]
    index: Index  #: fold(form) -> forms, where some form differs from its fold
    zipf: dict[str, float]
    compound_keys: dict[int, frozenset[str]]  #: BEGIN / MIDDLE -> fold keys of the forms with that role


def _gazetteer_words() -> set[str]:
    """Municipality and region names and their genitives, word by word."""
    from protokoll.swedish.gazetteer import all_municipalities, all_regions

    names = [m.name for m in all_municipalities()] + [m.official_name for m in all_municipalities()]
    names += [r.name for r in all_regions()] + [r.official_name for r in all_regions()]
    words = {w for name in names for w in re.split(r"[\s-]+", name) if w}
    return words | {w + "s" for w in words if not w.endswith("s")}


def _zipf_table() -> dict[str, float]:
    """wordfreq's Swedish list as lower-case word -> Zipf value ({} without wordfreq)."""
    try:
        from wordfreq import get_frequency_dict
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return {}
    return {w: math.log10(f) + 9 for w, f in get_frequency_dict("sv").items() if f > 0}


@cache
def _base() -> _Base:
    """Load the shared dictionary, frequencies and gazetteer once per process."""
    roles, index = load_forms()
    zipf = _zipf_table()
    for word in _gazetteer_words():
        if word not in roles:
            key = fold(word)
            index[key] = index.get(key, (key,) if key in roles else ()) + (word,)
        roles[word] = roles.get(word, 0) | WORD
        zipf[word] = max(zipf.get(word, 0.0), PLACE_ZIPF)
    keys = {role: frozenset(fold(f) for f, r in roles.items() if r & role) for role in (BEGIN, MIDDLE)}
    return _Base(roles, index, zipf, keys)


class Lexicon:
    """Known Swedish word forms: the shared dictionary plus what this lexicon has learned."""

    def __init__(self) -> None:
        self.learned: Counter[str] = Counter()
        self.version = 0  #: grows with every learned word, so caches of decisions can be renewed
        self._index: dict[str, set[str]] = {}

    @property
    def base(self) -> _Base:
        return _base()

    @property
    def compound_keys(self) -> dict[int, frozenset[str]]:
        """Fold keys of the forms that may open (BEGIN) or continue (MIDDLE) a compound."""
        return self.base.compound_keys

    def learn(self, text: str) -> bool:
        """Learn the words of a clean document; a document that may be OCR-damaged teaches nothing.

        Suspect are texts with almost no å/ä/ö that are long or have damage
        glyphs (:func:`.signals.suspect`). Returns whether the text was learned.
        """
        if suspect_text(text):
            return False
        for word in _WORD_RE.findall(text):
            self.add(word)
        return True

    def add(self, word: str, count: int = 1) -> None:
        """Learn one word form (with its case, as written)."""
        self.learned[word] += count
        self.version += 1
        self._index.setdefault(fold(word), set()).add(word)

    def forms(self, key: str) -> tuple[str, ...]:
        """Every known form whose :func:`fold` is ``key`` (its case as in the sources)."""
        base = self.base
        found = base.index.get(key) or ((key,) if key in base.roles else ())
        extra = self._index.get(key)
        return tuple(sorted(set(found) | extra)) if extra else found

    def roles(self, form: str) -> int:
        """Role bits (WORD, BEGIN, MIDDLE, END) of ``form``; learned forms are words."""
        roles = self.base.roles.get(form, 0)
        return roles | WORD if form in self.learned else roles

    def zipf(self, form: str) -> float:
        """How common ``form`` is (Zipf scale); known but unlisted forms count as rare, unknown as 0."""
        zipf = self.base.zipf
        z = zipf.get(form, 0.0) if form[:1].isupper() and form in zipf else zipf.get(form.lower(), 0.0)
        if n := self.learned.get(form):
            z = max(z, 3.0 + math.log10(n))
        if z == 0.0 and self.roles(form):
            return RARE_ZIPF
        return z


_DEFAULT: Lexicon | None = None


def default_lexicon() -> Lexicon:
    """The process-wide lexicon ``repair_ocr`` uses when it is given none."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Lexicon()
    return _DEFAULT
