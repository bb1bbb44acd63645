"""The assignment register: every task a meeting gave, whom to, by when, and where it stands.

Each assignment of each item gets a deterministic id ("<item id>/<n>"), its
assignee's kind (person, municipality, group, secretariat) and a deadline:
the record's ``due`` when set, else one resolved against the meeting chain
("till nästa möte", "midsommar", "styrelsens första sammanträde 2025",
"sammanträde i juni 2025"); deadlines that stay unknown keep their words
(``due_text``). Status: ``done`` when closed by hand, ``reported`` when a
later item reports on it, ``overdue`` when the deadline has passed, else ``open``.

A report is inferred only from an item that can report: minutes or a
protocol (an agenda plans, it does not report) of the same organisation,
held within a year of the later of meeting and deadline, that names the
task: a later item of the same case must share a content word of the task
that is not one of the case's own title words; any other item must name the
assignee and half the task's key words. The register keeps the item
(``reported_by``) and the words matched (``evidence``). A later item of the
case that does not name the task is kept as ``mentioned_by``: the case came
up again, but whether the task was reported cannot be told.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from .. import gazetteer
from ..parse.dates import MONTHS, midsummer_eve, resolve_deadline
from .cases import Case, CaseItem, same_term, terms
from .chain import Chain, Node, fold

OPEN, OVERDUE, REPORTED, DONE = "open", "overdue", "reported", "done"
STATUSES = (OPEN, OVERDUE, REPORTED, DONE)
_NAME = r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?"
_PERSON = re.compile(rf"{_NAME}(?:\s+{_NAME})+")
_WORD = re.compile(r"[^\W\d_]+")  #: letters, as `cases.terms` reads words
_SECRETARIAT = re.compile(r"(?:sekretariat|kansli)")
_NEXT = re.compile(r"nasta \w*(?:mote|sammantrade)")
_MIDSUMMER = re.compile(r"midsommar")
_FIRST_OF_YEAR = re.compile(r"(\w+?)s forsta (?:\w+ )?(?:sammantrade|mote)\w*(?: (?:ar|under|i))? (\d{4})")
_IN_MONTH = re.compile(r"(\w+?)s (?:sammantrade|mote)\w* i (\w+) (\d{4})")
_DEADLINE_WORDS = re.compile(
    r"(?i)(?<!\w)(?:till|före|inför|senast|efter|vid|under|innan)\s+(?:den\s+)?"
    r"(?:nästa|kommande|\w+s\s+(?:första\s+)?(?:sammanträde|möte)|sommaren|hösten|våren|"
    r"midsommar|årsskiftet|\d{4})[^,.;]*")
REPORTING_KINDS = ("minutes", "protocol")  #: documents that record what was said; an agenda only plans
_TASK_GENERIC = frozenset({"fram", "underlag", "aterkomm"})  #: "ta fram ett underlag", "återkomma": any task's
HORIZON = timedelta(days=366)  #: a report comes back within a year of the meeting or the deadline


@dataclass
class Entry:
    """One assignment in the register."""

    id: str
    assignee: str
    kind: str  #: person | municipality | group | secretariat
    task: str
    due: str | None
    due_text: str | None
    status: str
    item: CaseItem
    case: str | None = None
    reported_by: str | None = None  #: the item that reports on it
    evidence: tuple[str, ...] = ()  #: the words of that item that name the task
    mentioned_by: str | None = None  #: a later item of the case that does not name the task
    later: CaseItem | None = None  #: the item of ``reported_by`` or else ``mentioned_by``

    def to_dict(self) -> dict:
        m = self.item.meeting
        return {"id": self.id, "assignee": self.assignee, "assignee_kind": self.kind,
                "task": self.task, "due": self.due, "due_text": self.due_text, "status": self.status,
                "meeting": {"id": m.id, "date": m.date, "organization": m.organization, "body": m.body},
                "item": {"id": self.item.id, "number": self.item.number, "title": self.item.title},
                "case": self.case, "reported_by": self.reported_by, "evidence": list(self.evidence),
                "mentioned_by": self.mentioned_by}


def assignee_kind(name: str) -> str:
    """person (two or more capitalised words), municipality, secretariat or group."""
    name = name.strip()
    if _SECRETARIAT.match(fold(name)):
        return "secretariat"
    if gazetteer.municipality(name):
        return "municipality"
    if gazetteer.region(name) is None and _PERSON.fullmatch(name):
        return "person"
    return "group"


_EVERY_MUNICIPALITY = re.compile(
    r"(?:(?:alla|samtliga|respektive|varje|var och en av|de)\s+)?(?:medlems|del(?:agande)?)?kommun(?:er|erna)?"
    r"|(?:(?:alla|samtliga|respektive|varje)\s+)?kommun(?:direktor|chef)(?:en|er|erna)?(?:\s+i\s+respektive\s+kommun)?")
_LIST_SPLIT = re.compile(r",|\s+(?:och|samt|i)\s+")


def addressees(assignee: str) -> str | tuple[str, ...] | None:
    """Whom among the member municipalities a group assignment is given to: ``"all"`` for
    "Kommunerna", "alla kommuner", "respektive kommun", "Kommundirektörerna"; the named municipalities
    of a list ("Kommundirektörerna i Habo och Mullsjö"); else None (a person, a body, "ansvariga …")."""
    folded = fold(assignee.strip())
    if _EVERY_MUNICIPALITY.fullmatch(folded):
        return "all"
    parts = [p.strip() for p in _LIST_SPLIT.split(assignee) if p.strip()]
    named = tuple(dict.fromkeys(m for p in parts if (m := gazetteer.municipality(p))))
    if len(parts) > 1 and named and (len(named) == len(parts) or _EVERY_MUNICIPALITY.fullmatch(fold(parts[0]))):
        return named
    return None


def resolve_due(assignment: dict, item: CaseItem, chain: Chain,
                by_body: dict[tuple, list[Node]] | None = None) -> tuple[str | None, str | None]:
    """(ISO deadline, or None and the deadline words as written).

    ``by_body`` is :func:`dated_by_body` of the chain, when the caller resolves many.
    """
    if assignment.get("due"):
        return assignment["due"], None
    task = assignment.get("task") or ""
    text = " ".join([task] + [d for d in item.decisions if task and task[:30] in d])
    folded, node = fold(text), item.meeting
    if _NEXT.search(folded):
        nxt = chain.next_node(node)
        if nxt and nxt.date:
            return nxt.date, None
    base = node.date or node.after
    if _MIDSUMMER.search(folded) and base:
        held = date.fromisoformat(base)
        eve = midsummer_eve(held.year)
        return (eve if eve >= held else midsummer_eve(held.year + 1)).isoformat(), None
    named = _named_meeting(folded, node, by_body if by_body is not None else dated_by_body(chain))
    if named:
        return named, None
    if node.date is None and base and (found := resolve_deadline(text, date.fromisoformat(base))):
        return found.isoformat(), None  # an undated meeting placed in the chain
    words = _DEADLINE_WORDS.search(text)
    return None, words.group(0).strip() if words else None


def dated_by_body(chain: Chain) -> dict[tuple, list[Node]]:
    """(Organisation, folded body name) -> its dated meetings, in chain order."""
    out: dict[tuple, list[Node]] = defaultdict(list)
    for node in chain.nodes:
        if node.date:
            out[node.organization, fold(node.body or "")].append(node)
    return out


def _named_meeting(folded: str, node: Node, by_body: dict[tuple, list[Node]]) -> str | None:
    """The date of "<body>s första sammanträde YYYY" or "<body>s sammanträde i <month> YYYY"."""
    wanted = None
    if m := _FIRST_OF_YEAR.search(folded):
        body, wanted = m[1], m[2]
    elif (m := _IN_MONTH.search(folded)) and m[2] in MONTHS:
        body, wanted = m[1], f"{m[3]}-{MONTHS[m[2]]:02d}"
    if wanted is None:
        return None
    for other in by_body.get((node.organization, body), ()):
        if other.date.startswith(wanted) and other.date > (node.sort_date or ""):
            return other.date
    return None


def _when(item: CaseItem) -> tuple[str, bool]:
    """What orders meetings in time: the (placed) date, then dated before undated (as ``CaseItem.order``)."""
    return item.meeting.sort_date or "9999", item.meeting.date is None


def _later(a: CaseItem, b: CaseItem) -> bool:
    """Whether item `b` is from a meeting after item `a`'s."""
    first, then = a.meeting.sort_date, b.meeting.sort_date
    return bool(first and then) and a.meeting.id != b.meeting.id and (then, b.meeting.date is None) > (
        first, a.meeting.date is None)


def _names_assignee(assignee: str, text: str) -> bool:
    name = fold(assignee)
    if name in text:
        return True
    return assignee_kind(assignee) == "secretariat" and _SECRETARIAT.search(text) is not None


@dataclass(frozen=True)
class Report:
    """What a later item says of an assignment: it reports on it (with the words), or only mentions its case."""

    item: CaseItem
    evidence: tuple[str, ...] = ()

    @property
    def names_task(self) -> bool:
        return bool(self.evidence)


def can_report(item: CaseItem, other: CaseItem, due: str | None) -> bool:
    """Whether `other` may report on a task given at `item`: later minutes or protocol of the same
    organisation, held within :data:`HORIZON` of the later of the meeting and the deadline."""
    if other.kind not in REPORTING_KINDS or other.organization != item.organization or not _later(item, other):
        return False
    start = max(item.meeting.sort_date or "", due or "")
    try:
        limit = (date.fromisoformat(start) + HORIZON).isoformat()
    except ValueError:
        return False
    return (other.meeting.sort_date or "9999") <= limit


def task_terms(task: str) -> frozenset[str]:
    """The content words of a task: its terms without person names ("till Anna Lind") and words any task has."""
    return frozenset(t for t in terms(_PERSON.sub(" ", task)) if t not in _TASK_GENERIC)


def task_words(key: frozenset[str], other: CaseItem, exclude: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The words of `other` that name a term of the task (terms in `exclude` do not count)."""
    wanted = [t for t in key if not any(same_term(t, x) for x in exclude)]
    found: dict[str, None] = {}
    for word in _WORD.findall(other.text()):
        term = next(iter(terms(word)), None)
        if term and any(same_term(t, term) for t in wanted):
            found.setdefault(word.lower(), None)
    return tuple(found)


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
        self._folded = [fold(i.text()) for i in self.held]
        self._index: dict[tuple[str | None, str], list[int]] = defaultdict(list)
        for n, item in enumerate(self.held):
            if item.kind not in REPORTING_KINDS:
                continue
            for word in set(_WORD.findall(self._folded[n])):
                self._index[item.organization, word[:4]].append(n)
        self._terms: dict[int, frozenset[str]] = {}
        self._ordered: dict[str, list[CaseItem]] = {}

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

    def _in_case(self, item: CaseItem, key: frozenset[str], case: Case, due: str | None):
        """(A later item of the case naming a content word of the task beyond the case's title words,
        the first later item of the case that may report)."""
        ordered = self._in_order(case)
        own = terms(item.title) | terms(case.title)  #: the words that name the case, not the task
        first = None
        for other in ordered[bisect_right(ordered, _when(item), key=_when):]:
            if (other.meeting.sort_date or "9999") > self.today_iso or not can_report(item, other, due):
                continue
            words = task_words(key, other, own)
            if words:
                return Report(other, words), first
            first = first or Report(other)
        return None, first

    def _by_words(self, item: CaseItem, assignment: dict, key: frozenset[str], due: str | None) -> Report | None:
        """A later item of the organisation naming the assignee and half the task's key words."""
        need = max(1, (len(key) + 1) // 2)
        start = bisect_right(self._keys, _when(item))
        candidates = sorted({n for t in key for n in self._index.get((item.organization, t[:4]), ()) if n >= start})
        for n in candidates:
            other = self.held[n]
            if not can_report(item, other, due) or not _names_assignee(assignment["assignee"], self._folded[n]):
                continue
            found = self._terms_of(n)
            if sum(1 for t in key if any(same_term(t, u) for u in found)) >= need:
                return Report(other, task_words(key, other) or (fold(assignment["assignee"]),))
        return None

    def _in_order(self, case: Case) -> list[CaseItem]:
        if case.id not in self._ordered:
            self._ordered[case.id] = sorted(case.items, key=lambda i: i.order)
        return self._ordered[case.id]

    def _terms_of(self, n: int) -> frozenset[str]:
        if n not in self._terms:
            self._terms[n] = terms(self.held[n].text())
        return self._terms[n]


def register(chain: Chain, items: list[CaseItem], cases: list[Case], today: date | None = None,
             done: frozenset[str] | set[str] = frozenset()) -> list[Entry]:
    """Every assignment of every item, with deadline and status as of `today`."""
    today_iso = (today or date.today()).isoformat()
    cases_by_item = {i.id: c for c in cases for i in c.items}
    ordered = sorted(items, key=lambda i: i.order)
    reporters = Reporters(ordered, today_iso)
    by_body = dated_by_body(chain)
    entries = []
    for item in ordered:
        case = cases_by_item.get(item.id)
        for n, a in enumerate(item.assignments, 1):
            due, due_text = resolve_due(a, item, chain, by_body)
            report = reporters.first(item, a, case, due)
            reported = report if report and report.names_task else None
            entry = Entry(f"{item.id}/{n}", a.get("assignee") or "", assignee_kind(a.get("assignee") or ""),
                          a.get("task") or "", due, due_text, OPEN, item,
                          case.id if case and len(case.items) > 1 else None,
                          reported.item.id if reported else None, reported.evidence if reported else (),
                          report.item.id if report and not reported else None, report.item if report else None)
            entry.status = _status(entry, today_iso, done)
            entries.append(entry)
    return entries


def _status(entry: Entry, today_iso: str, done) -> str:
    if entry.id in done:
        return DONE
    if entry.reported_by:
        return REPORTED
    if entry.due and entry.due < today_iso:
        return OVERDUE
    return OPEN


def due_by_next_meeting(entries: list[Entry], chain: Chain, today: date | None = None) -> list[dict]:
    """Per body: its next meeting from `today` on and the unfinished assignments due by then."""
    today_iso = (today or date.today()).isoformat()
    result = []
    for key in sorted({n.group for n in chain.nodes}):
        upcoming = [n for n in chain.nodes if n.group == key and n.date and n.date >= today_iso]
        if not upcoming:
            continue
        nxt = min(upcoming, key=lambda n: n.date)
        due = [e.to_dict() for e in entries if e.status in (OPEN, OVERDUE) and e.due and (
            e.due == nxt.date or (e.item.meeting.group == key and e.due <= nxt.date))]
        result.append({"organization": nxt.organization, "body": nxt.body,
                       "meeting": {"id": nxt.id, "date": nxt.date, "kind": nxt.kind},
                       "assignments": due})
    return result
