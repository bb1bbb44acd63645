"""The assignment register: every task a meeting gave, whom to, by when, and where it stands.

Each assignment of each item gets a deterministic id ("<item id>/<n>"), its
assignee's kind (person, municipality, group, secretariat) and a deadline:
the record's ``due`` when set, else one resolved against the meeting chain
("till nästa möte", "midsommar", "styrelsens första sammanträde 2025",
"sammanträde i juni 2025"); deadlines that stay unknown keep their words
(``due_text``). Status: ``done`` when closed by hand, ``reported`` when a
later item reports on it, ``overdue`` when the deadline has passed, else ``open``.

A report is inferred only from later minutes or a protocol of the same
organisation that name the task (:mod:`.reports`); the register keeps the item
(``reported_by``) and the words matched (``evidence``). A later item of the
case that does not name the task is kept as ``mentioned_by``: the case came
up again, but whether the task was reported cannot be told.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from ..swedish import gazetteer
from .cases import Case, CaseItem
from .chain import Chain, Node, fold
from .reports import PERSON, SECRETARIAT, Reporters

OPEN, OVERDUE, REPORTED, DONE = "open", "overdue", "reported", "done"
STATUSES = (OPEN, OVERDUE, REPORTED, DONE)
_NEXT = re.compile(r"nasta \w*(?:mote|sammantrade)")
_MIDSUMMER = re.compile(r"midsommar")
_FIRST_OF_YEAR = re.compile(r"(\w+?)s forsta (?:\w+ )?(?:sammantrade|mote)\w*(?: (?:ar|under|i))? (\d{4})")
_IN_MONTH = re.compile(r"(\w+?)s (?:sammantrade|mote)\w* i (\w+) (\d{4})")
_DEADLINE_WORDS = re.compile(
    r"(?i)(?<!\w)(?:till|före|inför|senast|efter|vid|under|innan)\s+(?:den\s+)?"
    r"(?:nästa|kommande|\w+s\s+(?:första\s+)?(?:sammanträde|möte)|sommaren|hösten|våren|"
    r"midsommar|årsskiftet|\d{4})[^,.;]*")


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
    if SECRETARIAT.match(fold(name)):
        return "secretariat"
    if gazetteer.municipality(name):
        return "municipality"
    if gazetteer.region(name) is None and PERSON.fullmatch(name):
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
    from ..swedish.dates import midsummer_eve, resolve_deadline  # Swedish dates: when linking, not to show pages

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
    from ..swedish.dates import MONTHS

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
