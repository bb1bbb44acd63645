"""Swedish text analysis for search: folding, stemming and compound heads.

Documents and queries go through the same steps, so a query word matches a
document word when both end up as the same *term*:

1. :func:`fold` lower-cases and drops diacritics ("Näringslivsgruppen" and
   the OCR-damaged "Naringslivsgruppen" both become "naringslivsgruppen");
2. :func:`stem` reduces a folded word with the Snowball Swedish stemmer, plus
   two definite endings Snowball leaves: "-an" ("studieresan" -> "studieres",
   like "studieresa") and "-et" after a long stem ("protokollet" ->
   "protokoll");
3. :func:`heads` adds the stems of a long word's compound heads, so that
   "gruppen" finds "kommundirektörsgruppen" and "plan" finds "aktivitetsplan".

Compound heads: Swedish writes compounds as one word and the last part
carries the meaning searched for. A word of :data:`LONG_WORD` letters or more
is also indexed under the stems of its suffixes that start at letter
:data:`MIN_JOINT` or later and stem to :data:`MIN_HEAD` letters or more, or to
:data:`MIN_S_HEAD` right after an "s" joint when the head starts with a
consonant ("aktivitets|plan"). No vocabulary decides what a head is: one built
from the archive would depend on what was indexed first (a word seen later
would not reach earlier documents without a reindex), and for a query word
that occurs in the archive it admits exactly the same matches anyway.

Measured on examples/ and the seeds (every archive word as a query): heads
add 197 word matches, about 98 % plausible (the misses: "kron" in
"landskrona", "andersson" in "alexandersson", "stand" in "bristande"); with
4-letter heads at any joint they added 293 at 86 % ("ring" in every
"-ering", "garn" in every "-ingarna"). Index size: 1.94 terms per word.

Hyphenated words: Swedish writes a short first part or an abbreviation with a
hyphen ("e-arkiv", "IT-stöd", "EU-projekt"), and readers as often write it
together ("earkiv", "itstöd"). A word of letters joined by hyphens is indexed
under its parts and also under the parts written together
(:func:`joined_words`), so either spelling in a query finds it; the query
side (``store.search_parse``) tries a hyphenated query word both ways.
Numbers joined by a hyphen ("2024-2025", "08-123 45") are ranges and codes,
not words, and are not joined.

Bounds: the work and the index size per word are linear in the text only
because words are bounded. A word's heads are one stem per suffix, so a word
of n letters gives about n terms of n/2 letters each; heads are therefore
taken only for words of at most :data:`MAX_HEAD_WORD` letters, and every word
is analysed as its first :data:`MAX_WORD` letters, for documents and queries
alike (so a long run of letters still finds itself).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import Stemmer

from .fold import fold_search as fold

LONG_WORD = 9  #: words this long or longer get compound heads
MIN_JOINT = 3  #: a head starts at this letter index or later
MIN_HEAD = 5  #: letters of a head's stem
MIN_S_HEAD = 4  #: letters of a head's stem after an "s" joint, consonant first ("aktivitets|plan")
#: Longest word given compound heads. Swedish compounds in meeting documents stay well under it
#: (the longest in the seeds, devset and examples have 26 letters, e.g. "infrastrukturinvesteringar");
#: a longer run of letters is a URL, a code or text run together, and its heads would cost n²/2 characters.
MAX_HEAD_WORD = 40
#: Letters of a word that are analysed (stemmed, indexed, compared with a query); the rest is dropped.
#: Longer than any Swedish word, short enough that no single token dominates the index.
MAX_WORD = 64

_WORD = re.compile(r"[^\W_]+")
_HYPHENATED = re.compile(r"(?<![^\W_])[^\W_]++(?:-[^\W_]++)+")  # from a word's start, possessive: linear in a long word
_VOWELS = "aeiouy"
_AN_STEM = re.compile(rf"[{_VOWELS}][^{_VOWELS}]{{1,2}}$")
_stemmer = Stemmer.Stemmer("swedish")


_fold_word = lru_cache(maxsize=200_000)(fold)


def words(text: str) -> Iterator[tuple[int, int, str]]:
    """Spans ``(start, end, word)`` of the words of ``text`` as written (letters and digits), lazily."""
    return ((m.start(), m.end(), m.group()) for m in _WORD.finditer(text))


def tokens(text: str) -> list[str]:
    """The folded words of ``text``, each cut to :data:`MAX_WORD` letters, in order."""
    return [w[:MAX_WORD] for w in map(_fold_word, _WORD.findall(text)) if w]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The search stem of one folded word."""
    result = _stemmer.stemWord(word)
    if result.endswith("an") and len(result) >= 5 and _AN_STEM.search(result[:-2]):
        result = _stemmer.stemWord(result[:-1])  # "resan" -> "resa" -> "res"
    elif result.endswith("et") and len(result) >= 7:
        result = result[:-2]  # "protokollet" -> "protokoll"
    return result


@lru_cache(maxsize=200_000)
def heads(word: str) -> tuple[str, ...]:
    """Stems of the plausible compound heads of one folded word (none for short or over-long words)."""
    if not LONG_WORD <= len(word) <= MAX_HEAD_WORD or not word.isalpha():
        return ()
    found: list[str] = []
    for i in range(MIN_JOINT, len(word) - MIN_S_HEAD + 1):
        s_joint = word[i - 1] == "s" and word[i] not in _VOWELS
        minimum = MIN_S_HEAD if s_joint else MIN_HEAD
        term = stem(word[i:])
        if len(term) >= minimum and term not in found:
            found.append(term)
    return tuple(found)


def matches(word: str, terms: set[str]) -> bool:
    """True when the word as written (not folded) has one of the query ``terms`` among its index terms.

    Stems only ever cut a word's ending, so every index term of a word is a
    substring of it: the cheap substring test rules most words out.
    """
    folded = _fold_word(word)[:MAX_WORD]
    return any(t in folded for t in terms) and not terms.isdisjoint(word_terms(folded))


@lru_cache(maxsize=200_000)
def word_terms(word: str) -> tuple[str, ...]:
    """Every index term of one folded word: its stem, then its heads' stems."""
    own = stem(word)
    return (own,) + tuple(h for h in heads(word) if h != own)


def joined_words(text: str) -> list[str]:
    """The folded words that ``text``'s hyphenated words of letters make written together:
    "e-arkiv" -> "earkiv", "IT-stödet" -> "itstodet" ("2024-2025" is no word)."""
    return [w[:MAX_WORD] for m in _HYPHENATED.finditer(text)
            if (joined := m.group().replace("-", "")).isalpha() and (w := _fold_word(joined))]


def index_terms(text: str) -> list[str]:
    """The terms to index ``text`` under: each word's stem and its compound heads, in order, then those
    of its hyphenated words written together (:func:`joined_words`)."""
    terms = [t for w in _WORD.findall(text) for t in _written_terms(w)]
    if "-" in text:
        terms += [t for w in joined_words(text) for t in word_terms(w)]
    return terms


@lru_cache(maxsize=200_000)
def _written_terms(word: str) -> tuple[str, ...]:
    """:func:`word_terms` of a word as written (folded and cut as :func:`tokens` does; none for a word
    that folds to nothing): one look-up per word of a text indexed, not three."""
    folded = _fold_word(word)[:MAX_WORD]
    return word_terms(folded) if folded else ()


def query_terms(q: str) -> list[str]:
    """The distinct stems of a query's words; each must equal an index term of a matching text."""
    seen: dict[str, None] = {}
    for w in tokens(q):
        seen.setdefault(stem(w), None)
    return list(seen)
