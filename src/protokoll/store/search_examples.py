"""Example searches for an empty search page, made of the archive's own words.

A fixed example ("skola OR förskola") teaches the syntax but finds nothing in
an archive that never mentions schools, and a new visitor who clicks it
learns that search does not work. So each syntax is shown with words of the
archive: the most frequent words of the titles of the :data:`RECENT` items
indexed last (what the archive is about now; read through the kind index,
so the cost does not grow with the archive: the read takes 47 ms at 20,000
meetings, where all distinct item titles took 0.86 s) make a prefix (``teknik*``), an
``OR`` of two words, a word without another (``-word``) and a phrase of a
frequent two-word title, and an example is offered only when it has hits
(at most :data:`TRIES` are counted). A syntax the archive cannot show keeps
its fixed example from :data:`FIXED`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from sqlalchemy import text
from sqlalchemy.orm import Session

from ..swedish.stems import fold, words

RECENT = 2_000  #: items whose titles are read
_ITEM_TITLES = text("SELECT title FROM search_units WHERE kind = 'item' ORDER BY id DESC LIMIT :n")

FIXED = ("teknik*", "skola OR förskola", "budget -2024", '"fysisk planering"')  #: one per syntax, in order
MIN_LETTERS = 6  #: shorter words ("möte", "och") say little as examples
PREFIX = 6  #: letters a prefix example keeps
WORDS = 6  #: frequent words tried
TRIES = 12  #: candidate examples counted at most


def example_queries(session: Session, count: Callable[[str], int]) -> list[str]:
    """One example per syntax (prefix, OR, minus, phrase), of the archive's words when one has hits
    (``count(q)``: the hits of query ``q``), else the fixed one."""
    frequent, phrases = _frequent(session)
    budget = [TRIES]

    def first(candidates) -> str | None:
        for q in candidates:
            if budget[0] <= 0:
                return None
            budget[0] -= 1
            if count(q) > 0:
                return q
        return None

    pairs = [(a, b) for i, a in enumerate(frequent) for b in frequent[i + 1:]]
    found = [first(f"{w[:PREFIX]}*" for w in frequent[:2]),
             first(f"{a} OR {b}" for a, b in pairs[:2]),
             first(f"{a} -{b}" for a, b in pairs[:3]),
             first(f'"{p}"' for p in phrases[:2])]
    return [q or fixed for q, fixed in zip(found, FIXED)]


def _frequent(session: Session) -> tuple[list[str], list[str]]:
    """The most frequent folded title words of :data:`MIN_LETTERS` letters or more (as written in lower
    case), and the most frequent titles of exactly two such words."""
    word_counts: Counter = Counter()
    phrase_counts: Counter = Counter()
    titles = Counter(title for (title,) in session.execute(_ITEM_TITLES, {"n": RECENT}))
    for title, n in titles.items():  # each distinct title analysed once
        found = [w.lower() for _s, _e, w in words(title or "") if w.isalpha()]
        long = [w for w in found if len(w) >= MIN_LETTERS and len(fold(w)) >= MIN_LETTERS]
        for w in set(long):
            word_counts[w] += n
        if len(found) == 2 and len(long) == 2:
            phrase_counts[" ".join(found)] += n
    return ([w for w, _n in word_counts.most_common(WORDS)],
            [p for p, _n in phrase_counts.most_common(2)])
