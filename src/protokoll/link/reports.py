"""Whether a later item reports on an assignment, found through an index, not by reading every item.

A report is inferred only from an item that can report: minutes or a
protocol (an agenda plans, it does not report) of the same organisation,
held within a year of the later of meeting and deadline, that names the
task: a later item of the same case must share a content word of the task
that is not one of the case's own title words; any other item must name the
assignee and half the task's key words. The words matched are the evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .case_terms import same_term, terms
from .cases import Case, CaseItem
from .chain import fold

_NAME = r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?"
PERSON = re.compile(rf"{_NAME}(?:\s+{_NAME})+")
_WORD = re.compile(r"[^\W\d_]+")  #: letters, as `case_terms.terms` reads words
SECRETARIAT = re.compile(r"(?:sekretariat|kansli)")
REPORTING_KINDS = ("minutes", "protocol")  #: documents that record what was said; an agenda only plans
_TASK_GENERIC = frozenset({"fram", "underlag", "aterkomm"})  #: "ta fram ett underlag", "återkomma": any task's
HORIZON = timedelta(days=366)  #: a report comes back within a year of the meeting or the deadline


def _when(item: CaseItem) -> tuple[str, bool]:
    """What orders meetings in time: the (placed) date, then dated before undated (as ``CaseItem.order``)."""
    return item.meeting.sort_date or "9999", item.meeting.date is None


def _later(a: CaseItem, b: CaseItem) -> bool:
    """Whether item `b` is from a meeting after item `a`'s."""
    first, then = a.meeting.sort_date, b.meeting.sort_date
    return bool(first and then) and a.meeting.id != b.meeting.id and (then, b.meeting.date is None) > (
        first, a.meeting.date is None)


def _names_assignee(assignee: str, text: str) -> bool:
    name = _folded(assignee)
    if name in text:
        return True
    return SECRETARIAT.match(name) is not None and SECRETARIAT.search(text) is not None


@lru_cache(maxsize=1 << 12)
def _folded(name: str) -> str:
    """``fold(name)``, kept: an assignee's name is compared with every later item that may report."""
    return fold(name)


@dataclass(frozen=True)
class Report:
    """What a later item says of an assignment: it reports on it (with the words), or only mentions its case."""

    item: CaseItem
    evidence: tuple[str, ...] = ()

    @property
    def names_task(self) -> bool:
        return bool(self.evidence)


def horizon_end(item: CaseItem, due: str | None) -> str:
    """The last day a report on a task given at `item` may come: :data:`HORIZON` after the later of the
    meeting and the deadline ("" when neither is a date)."""
    start = max(item.meeting.sort_date or "", due or "")
    try:
        return (date.fromisoformat(start) + HORIZON).isoformat()
    except ValueError:
        return ""


def can_report(item: CaseItem, other: CaseItem, due: str | None) -> bool:
    """Whether `other` may report on a task given at `item`: later minutes or protocol of the same
    organisation, held within :data:`HORIZON` of the later of the meeting and the deadline."""
    return _may_report(item, other) and (other.meeting.sort_date or "9999") <= horizon_end(item, due)


def _may_report(item: CaseItem, other: CaseItem) -> bool:
    """:func:`can_report` but for the horizon (which the callers that walk items in time order stop at)."""
    return other.kind in REPORTING_KINDS and other.organization == item.organization and _later(item, other)


def task_terms(task: str) -> frozenset[str]:
    """The content words of a task: its terms without person names ("till Anna Lind") and words any task has."""
    return frozenset(t for t in terms(PERSON.sub(" ", task)) if t not in _TASK_GENERIC)


def task_words(key: frozenset[str], other: CaseItem, exclude: frozenset[str] = frozenset(),
               words: tuple[tuple[str, str], ...] | None = None) -> tuple[str, ...]:
    """The words of `other` that name a term of the task (terms in `exclude` do not count);
    ``words``: :func:`word_terms` of its text, when the caller keeps them."""
    return _naming(_wanted(key, exclude), word_terms(other.text()) if words is None else words)


def _wanted(key: frozenset[str], exclude: frozenset[str]) -> list[str]:
    """The task's terms that are none of ``exclude``."""
    return [t for t in key if not any(same_term(t, x) for x in exclude)]


def _naming(wanted: list[str], words: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The words (of :func:`word_terms`) that name a term in ``wanted``."""
    return _naming_in(_by_start(wanted), words) if wanted else ()


def _naming_in(wanted: tuple[set[str], dict[str, list[str]]], words: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """:func:`_naming` with the wanted terms as :func:`_by_start` gives them (made once for many items)."""
    exact, by_start = wanted
    found: dict[str, None] = {}
    for lower, term in words:
        if term in exact or (len(term) >= _START and any(same_term(t, term) for t in by_start.get(term[:_START], ()))):
            found.setdefault(lower, None)
    return tuple(found)


_START = 5  #: ``same_term`` of two different terms needs the shorter to have at least this many letters


def _by_start(wanted: list[str]) -> tuple[set[str], dict[str, list[str]]]:
    """``wanted`` as a set, and its terms of :data:`_START` letters or more by their first letters: a
    different term can be the ``same_term`` only of those that start as it does."""
    by_start: dict[str, list[str]] = {}
    for t in wanted:
        if len(t) >= _START:
            by_start.setdefault(t[:_START], []).append(t)
    return set(wanted), by_start


def word_terms(text: str) -> tuple[tuple[str, str], ...]:
    """(lower-case word, term) of each distinct word of ``text`` that has a term, in order of first use."""
    return tuple(pair for word in dict.fromkeys(_WORD.findall(text)) if (pair := _word_term(word)) is not None)


@lru_cache(maxsize=1 << 16)
def _word_term(word: str) -> tuple[str, str] | None:
    term = next(iter(terms(word)), None)
    return (word.lower(), term) if term else None


class Reporters:
    """The later items that may report on an assignment, found through an index, not by reading all.

    A report comes back to the organisation that gave the task (to any of its
    bodies), so the index is kept per organisation: by the first four letters
    of every word of an item's title and decisions, which every stem of such
    a word starts with. Folded texts and terms are computed once per item.
    """

    def __init__(self, items: list[CaseItem], today_iso: str) -> None:
        self.held = [i for i in items if (i.meeting.sort_date or "9999") <= today_iso]
        self._keys = [_when(i) for i in self.held]  #: ascending: ``items`` come in order
        self.today_iso = today_iso
        #: folded texts of the items that may report (only those are indexed and read; the rest never are)
        self._folded = [fold(i.text()) if i.kind in REPORTING_KINDS else "" for i in self.held]
        self._index: dict[tuple[str | None, str], list[int]] = defaultdict(list)
        for n, item in enumerate(self.held):
            if item.kind not in REPORTING_KINDS:
                continue
            for word in set(_WORD.findall(self._folded[n])):
                self._index[item.organization, word[:4]].append(n)
        self._terms: dict[int, frozenset[str]] = {}
        self._words: dict[int, tuple[tuple[str, str], ...]] = {}  #: ``word_terms`` by ``id`` of the item
        self._ordered: dict[str, list[CaseItem]] = {}
        self._case_terms: dict[str, dict[str, list[int]]] = {}  #: term -> positions, by case (``_naming_candidates``)

    def first(self, item: CaseItem, assignment: dict, case: Case | None, due: str | None = None) -> Report | None:
        """The first later item, held by today, that reports on the assignment; else the first later
        item of its case that may report but does not name the task (no evidence); else None."""
        if not item.meeting.sort_date:
            return None  # no later meeting can be told
        key = task_terms(assignment.get("task") or "")
        mentioned = None
        if case:
            found, mentioned = self._in_case(item, key, case, due)
            if found:
                return found
        if not key:
            return mentioned
        return self._by_words(item, assignment, key, due) or mentioned

    def candidates(self, item: CaseItem, assignment: dict, case: Case | None,
                   due: str | None = None) -> tuple[Report | None, Report | None, Report | None]:
        """What :meth:`first` chooses from, each as of no particular day (build with today "9999"):
        (the first later item of the case naming the task, the first later item of the organisation
        naming it, the first later item of the case before the former). As of a day, :meth:`first` is the
        first of the two reports held by then, else the third if held by then (``query`` does this in SQL)."""
        if not item.meeting.sort_date:
            return None, None, None
        key = task_terms(assignment.get("task") or "")
        found, mentioned = self._in_case(item, key, case, due) if case else (None, None)
        words = self._by_words(item, assignment, key, due) if key else None
        return found, words, mentioned

    def _in_case(self, item: CaseItem, key: frozenset[str], case: Case, due: str | None):
        """(A later item of the case naming a content word of the task beyond the case's title words,
        the first later item of the case that may report)."""
        ordered = self._in_order(case)
        end = min(self.today_iso, horizon_end(item, due))
        first = self._first_reporter(item, ordered, bisect_right(ordered, _when(item), key=_when), end)
        if first is None:
            return None, None
        wanted = _wanted(key, terms(item.title) | terms(case.title))  #: not the words that name the case
        index = _by_start(wanted) if wanted else None
        for n in self._naming_candidates(case, ordered, wanted, first) if wanted else ():
            other = ordered[n]
            if (other.meeting.sort_date or "9999") > end:
                break  #: the case's items come in time order
            if _may_report(item, other) and (words := _naming_in(index, self._words_of(other))):
                return Report(other, words), (Report(ordered[first]) if first < n else None)
        return None, Report(ordered[first])

    @staticmethod
    def _first_reporter(item: CaseItem, ordered: list[CaseItem], start: int, end: str) -> int | None:
        """The position of the first item from ``start`` on that may report on a task given at ``item``
        by ``end`` (the horizon, or today)."""
        for n in range(start, len(ordered)):
            other = ordered[n]
            if (other.meeting.sort_date or "9999") > end:
                return None
            if _may_report(item, other):
                return n
        return None

    def _naming_candidates(self, case: Case, ordered: list[CaseItem], wanted: list[str], start: int) -> list[int]:
        """The positions from ``start`` on of the case's items that have a word whose term is one of
        ``wanted`` or starts with the same :data:`_START` letters as one (``_naming_in`` decides), in order:
        the case's items are indexed by their terms once, not read again for each task."""
        if case.id not in self._case_terms:
            exact: dict[str, list[int]] = defaultdict(list)
            for n, other in enumerate(ordered):
                for term in {t for _w, t in self._words_of(other)}:
                    exact[term].append(n)
                    if len(term) >= _START:
                        exact["\0" + term[:_START]].append(n)  #: by its first letters (no term has NUL)
            self._case_terms[case.id] = exact
        exact = self._case_terms[case.id]
        found = {n for t in wanted for k in ((t, "\0" + t[:_START]) if len(t) >= _START else (t,))
                 for n in exact.get(k, ()) if n >= start}
        return sorted(found)

    def _by_words(self, item: CaseItem, assignment: dict, key: frozenset[str], due: str | None) -> Report | None:
        """A later item of the organisation naming the assignee and half the task's key words."""
        need = max(1, (len(key) + 1) // 2)
        start = bisect_right(self._keys, _when(item))
        candidates = sorted({n for t in key for n in self._index.get((item.organization, t[:4]), ()) if n >= start})
        end = horizon_end(item, due)
        for n in candidates:
            other = self.held[n]
            if (other.meeting.sort_date or "9999") > end:
                break  #: ``held`` is in time order
            # ``_may_report`` of an indexed item (minutes or protocol of the organisation, after ``start``: a later
            # meeting when both are placed) is whether it is placed; the horizon: ``end`` above
            if not other.meeting.sort_date or not _names_assignee(assignment["assignee"], self._folded[n]):
                continue
            found = self._terms_of(n)
            if sum(1 for t in key if any(same_term(t, u) for u in found)) >= need:
                return Report(other, task_words(key, other, words=self._words_of(other))
                              or (fold(assignment["assignee"]),))
        return None

    def _in_order(self, case: Case) -> list[CaseItem]:
        if case.id not in self._ordered:
            self._ordered[case.id] = sorted(case.items, key=lambda i: i.order)
        return self._ordered[case.id]

    def _words_of(self, item: CaseItem) -> tuple[tuple[str, str], ...]:
        if id(item) not in self._words:
            self._words[id(item)] = word_terms(item.text())
        return self._words[id(item)]

    def _terms_of(self, n: int) -> frozenset[str]:
        if n not in self._terms:
            self._terms[n] = terms(self.held[n].text())
        return self._terms[n]
