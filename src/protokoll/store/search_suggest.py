""""Menade du ...?": a corrected query from the archive's own words.

Asked only for a query without hits. Each plain word of the query is
compared (rapidfuzz, ``fuzz.ratio`` on folded words) with the vocabulary of
the archive: the words of every item's and person's title, as written, the
:data:`VOCABULARY` most frequent kept, read once per state of the index
(:func:`.search_index.generation`) and process. A word written together
that the archive may write with a hyphen after a short first part
(``earkiv`` / ``e-arkiv``, "itstöd" / "IT-stöd") is tried hyphenated. A candidate query is only
offered when it has hits: at most :data:`TRIES` candidates are counted, so
the work per query is bounded.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Callable

from rapidfuzz import fuzz, process
from sqlalchemy import text
from sqlalchemy.orm import Session

from ..swedish.stems import fold, words
from .search_index import generation
from .search_parse import Parsed, parse

VOCABULARY = 50_000  #: most frequent title words kept
MIN_WORD = 4  #: shorter query words are not corrected
MIN_SCORE = 80  #: fuzz.ratio a correction needs
TRIES = 6  #: candidate queries counted at most
SPLIT = 3  #: letters before a hyphen tried (abbreviations: "e-", "it-", "eu-")
_WORD = re.compile(r"^[^\W_]+$")
#: the titles of items and people (decisions and assignments repeat their item's title), read through
#: the kind index (migration 0007), each distinct title once with its number of units
_TITLES = text("SELECT title, count(*) FROM search_units WHERE kind IN ('item', 'person') GROUP BY title")
_cache: dict[str, tuple[str | None, dict[str, str]]] = {}
_guard = threading.Lock()


def vocabulary(session: Session) -> dict[str, str]:
    """Folded word -> its most frequent spelling, over the titles of the indexed units."""
    state = generation(session)
    key = str(session.get_bind().url)
    with _guard:
        cached = _cache.get(key)
        if cached and cached[0] == state and state is not None:
            return cached[1]
    counts: Counter = Counter()
    for title, n in session.execute(_TITLES):
        for _s, _e, w in words(title or ""):
            counts[w] += n  # as written: the most frequent spelling is offered
    vocab: dict[str, str] = {}
    for word, _n in counts.most_common(VOCABULARY):
        vocab.setdefault(fold(word), word)
    with _guard:
        _cache[key] = (state, vocab)
    return vocab


def suggestion(session: Session, q: str, count: Callable[[Parsed], int]) -> str | None:
    """A query like ``q`` with misspelt words replaced by archive words, when it has hits; else None."""
    vocab = vocabulary(session)
    if not vocab:
        return None
    tried = 0
    for candidate in _candidates(q, vocab):
        if tried >= TRIES:
            break
        tried += 1
        parsed = parse(candidate)
        if parsed.required and count(parsed) > 0:
            return candidate
    return None


def _candidates(q: str, vocab: dict[str, str]):
    """Queries with one or more words of ``q`` replaced: every correctable word first, then one at a time."""
    parts = q.split()
    fixes: dict[int, list[str]] = {}
    for i, part in enumerate(parts):
        folded = fold(part)
        if len(folded) < MIN_WORD or not _WORD.match(part) or folded in vocab:
            continue
        fixes[i] = _split(part) + _near(folded, vocab)  # the same letters first
    if not fixes:
        return
    yield " ".join(fixes[i][0] if fixes.get(i) else p for i, p in enumerate(parts))
    for i, options in fixes.items():
        for option in options[1:]:
            yield " ".join(option if j == i else p for j, p in enumerate(parts))


def _split(word: str) -> list[str]:
    """The word with a hyphen after its first letters (``earkiv`` -> ``e-arkiv``): Swedish writes
    an abbreviation or a letter before a compound with a hyphen ("e-tjänst", "IT-stöd", "EU-bidrag")."""
    return [f"{word[:i]}-{word[i:]}" for i in range(1, min(SPLIT + 1, len(word) - MIN_WORD + 1))]


def _near(word: str, vocab: dict[str, str]) -> list[str]:
    found = process.extract(word, list(vocab), scorer=fuzz.ratio, score_cutoff=MIN_SCORE, limit=2)
    return [vocab[match] for match, _score, _i in found]
