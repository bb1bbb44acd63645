"""One parser for the search syntax; every engine executes the structure it makes.

The syntax (documented on the search page, in Swedish):

* ``teknikdagen budget`` -- every word must match (AND is the default);
  ``AND``/``OCH`` written in capitals between words are that default, not words;
* ``skola OR förskola`` (or ``ELLER``) -- either side matches;
* ``-2024`` or ``NOT 2024`` -- hits matching the word are left out;
* ``teknik*`` -- any indexed term starting with the word's stem;
* ``"fysisk planering"`` -- the words of a phrase, all required. The term
  index keeps no word positions, so the order is not checked (said in the
  parsed query's ``notes``);
* a hyphenated word (``e-arkiv``) matches either its parts or the parts
  written together (``earkiv``).

Words go through the same analysis as the indexed text
(:func:`protokoll.swedish.stems.query_terms`). A query is bounded: at most
:data:`MAX_CHARS` characters and :data:`MAX_CLAUSES` required clauses are
read; what was left out is said in ``notes``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..swedish.stems import fold, stem, tokens

MAX_CHARS = 200  #: characters of a query that are read
MAX_CLAUSES = 8  #: required clauses (words, phrases, OR groups) that are read
MIN_PREFIX = 2  #: letters a prefix keeps (a shorter one is searched as a word)
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_AND, _OR, _NOT = {"AND", "OCH"}, {"OR", "ELLER"}, {"NOT"}


@dataclass(frozen=True)
class Term:
    """One index term; ``prefix``: any term starting with it."""

    text: str
    prefix: bool = False


Option = tuple[Term, ...]  #: terms that must all match


@dataclass(frozen=True)
class Clause:
    """A condition a hit meets when any one of its options matches."""

    options: tuple[Option, ...]

    @property
    def terms(self) -> list[Term]:
        return [t for option in self.options for t in option]


@dataclass
class Parsed:
    """A query: every ``required`` clause matches, no ``excluded`` clause does."""

    required: list[Clause] = field(default_factory=list)
    excluded: list[Clause] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  #: what the parser left out or could not honour (Swedish)

    @property
    def terms(self) -> list[str]:
        """The distinct positive terms, in order (for snippets and title candidates)."""
        seen: dict[str, None] = {}
        for clause in self.required:
            for term in clause.terms:
                seen.setdefault(term.text, None)
        return list(seen)

    @property
    def plain(self) -> bool:
        """True when the query is plain words (no OR, prefix, exclusion or variants)."""
        return not self.excluded and all(len(c.options) == 1 and len(c.options[0]) == 1
                                         and not c.options[0][0].prefix for c in self.required)

    def key(self) -> str:
        """A canonical text of the structure (cache keys, tests)."""
        def show(clause: Clause) -> str:
            return "|".join("+".join(t.text + ("*" if t.prefix else "") for t in o) for o in clause.options)
        return " ".join([show(c) for c in self.required] + ["-" + show(c) for c in self.excluded])


def parse(q: str) -> Parsed:
    """The structure of query ``q`` (empty when no word is left)."""
    out = Parsed()
    if len(q) > MAX_CHARS:
        q = q[:MAX_CHARS].rsplit(" ", 1)[0] if " " in q[:MAX_CHARS] else q[:MAX_CHARS]
        out.notes.append(f"Frågan kortades till de första {MAX_CHARS} tecknen.")
    pending: list[Clause] = []  # the clauses of the current OR group
    join = negate = False
    for m in _TOKEN.finditer(q):
        word = m.group(3)
        if word in _AND:
            continue
        if word in _OR:
            join = bool(pending)
            continue
        if word in _NOT:
            negate = True
            continue
        if m.group(2) is not None:  # a phrase
            clause, minus = _phrase(m.group(2), out), bool(m.group(1))
        else:
            minus = word.startswith("-") and len(word) > 1
            clause = _word(word[1:] if minus else word)
        if clause is None:
            continue
        if minus or negate:
            out.excluded.append(clause)
            negate = join = False
            continue
        if join and pending:
            pending[-1] = Clause(pending[-1].options + clause.options)
        else:
            pending.append(clause)
        join = False
    if len(pending) > MAX_CLAUSES:
        out.notes.append(f"Bara de {MAX_CLAUSES} första orden användes.")
        pending = pending[:MAX_CLAUSES]
    out.required = pending
    return out


@lru_cache(maxsize=4096)
def _word(word: str) -> Clause | None:
    """A word as written: its terms (all required), prefix when it ends in ``*``, joined when hyphenated.
    Kept per word (a clause is frozen): its analysis is most of a query's parse (~2.5 us a word)."""
    prefix = word.endswith("*")
    parts = tokens(word)
    if not parts:
        return None
    if prefix and len(parts) == 1 and len(stem(parts[0])) >= MIN_PREFIX:
        return Clause(((Term(stem(parts[0]), prefix=True),),))
    option = _unique(Term(stem(p)) for p in parts)
    if len(parts) > 1 and re.fullmatch(r"[^\W_]+(?:-[^\W_]+)+\*?", word):
        joined = (Term(stem(fold("".join(parts)))),)
        if joined != option:
            return Clause((option, joined))
    return Clause((option,))


def _phrase(text: str, out: Parsed) -> Clause | None:
    parts = tokens(text)
    if not parts:
        return None
    if len(parts) > 1 and "Ordningen i en fras kontrolleras inte, bara att alla ord finns." not in out.notes:
        out.notes.append("Ordningen i en fras kontrolleras inte, bara att alla ord finns.")
    return Clause((_unique(Term(stem(p)) for p in parts),))


def _unique(terms) -> Option:
    seen: dict[Term, None] = {}
    for t in terms:
        seen.setdefault(t, None)
    return tuple(seen)


# --- the query texts of the SQL term indexes ------------------------------------------------

def fts_term(term: Term) -> str:
    return f'"{term.text}"' + ("*" if term.prefix else "")


def _fts_clause(clause: Clause) -> str:
    return "(" + " OR ".join("(" + " AND ".join(map(fts_term, o)) + ")" for o in clause.options) + ")"


def fts_query(parsed: Parsed) -> str:
    """The FTS5 query of a parsed query (terms are letters and digits only)."""
    out = " AND ".join(map(_fts_clause, parsed.required))
    if parsed.excluded:
        out = f"({out}) NOT ({' OR '.join(map(_fts_clause, parsed.excluded))})"
    return out


def _ts_term(term: Term) -> str:
    return term.text + (":*" if term.prefix else "")


def _ts_clause(clause: Clause) -> str:
    return "(" + " | ".join("(" + " & ".join(map(_ts_term, o)) + ")" for o in clause.options) + ")"


def ts_query(parsed: Parsed) -> str:
    """The ``to_tsquery('simple', ...)`` text of a parsed query."""
    out = " & ".join(map(_ts_clause, parsed.required))
    if parsed.excluded:
        out += " & !(" + " | ".join(map(_ts_clause, parsed.excluded)) + ")"
    return out
