"""Cases: the items of many meetings that are about one matter.

Items are threaded across meetings by what they are about: the distinctive
words of their titles (lower case, diacritics folded, numbers, stop words and
generic words dropped, Swedish stems compared compound-aware, so
"Industrinattens nedläggning" meets "Industrinatten 2019"), within one
organization; across organizations only by a name of two or more words
("Det öppna Skåne") in one title and the other's title or decisions, or a
shared Dnr. Routine items (opening, previous minutes,
agenda, other business) are never cases. Corrections (merge, split, rename)
are applied after the automatic linking, so a re-ingest never undoes them.

An archive of 20,000 meetings holds some 100,000 items, so items are never
compared pair by pair: shared names and Dnr join their items in one pass,
and terms are compared per organisation between distinct sets of terms.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import combinations
from typing import Iterable, Iterator, NamedTuple

from .chain import KIND_RANK, Chain, Node, fold, organization_words, places

STOP = set(fold("""och i av för till om med på en ett den det de som att från inom kring hos via
under efter samt vid ny nya nytt över mot mellan utan hur vad vi sin sitt sina är ska kan nästa
inför enligt del bl ev etc dess deras vår våra eller ur år års januari februari mars april maj
juni juli augusti september oktober november december måndag tisdag onsdag torsdag fredag""").split())
GENERIC = set(fold("""information förslag upplägg finansiering budget program lägesrapport rapport
återrapport återrapportering återkoppling uppföljning utvärdering utkast första andra tredje
slutlig revidering tidplan mall diskussion dialog beslut val resultat förstudie inriktning
fortsatt fortsatta idé reflektioner gemensam gemensamt gemensamma kontaktpersoner kontaktperson
översyn kartläggning erbjudande tema sista förberedelser godkännande aktuellt övrigt övriga
frågor fråga ärende ärenden anmälan yttrande remiss dagordning protokoll minnesanteckningar
möte mötet sammanträde styrelsen styrelse kommundirektörer kommundirektör kommunerna kommun
kommuner region regionen regional regionala plan planen verksamhet arbete arbetet process
processen presentation redovisning redovisa status nuläge ekonomi hösten våren sommaren året
läget övergripande uppdrag bild prel preliminär förändringar förändring avstämning
genomgång kommunförbundet länsstyrelsen nätverket nätverk samverkan samarbete samarbeten""").split())
GENERIC_ENDINGS = ("mote", "motet", "moten", "sammantrade", "sammantradet", "gruppen", "gruppens")
ORG_PREFIXES = ("region", "kommun", "lansstyrels", "forbund", "natverk", "landsting", "universitet",
                "hogskol", "myndighet", "styrels", "grupp", "sekretariat", "stad")
ROUTINE = re.compile(
    r"^(?:motets? )?(?:oppnande|avslutning)|foregaende|dagordning|^ovrig|ovriga fragor"
    r"|^(?:val av )?(?:justerare|sekreterare|ordforande|protokollsjusterare)\b|justering|upprop"
    r"|^narvar|aktuellt fran|sammantradesplan"
    r"|motesplan|motestider|^anmalningsarenden|^meddelanden|^information$|^delegationsbeslut"
    r"|nasta mote")
_WORD = re.compile(r"[^\W\d_]+", re.U)
_QUOTED = re.compile(r"[\"“”„«»]([^\"“”„«»]{3,80})[\"“”„«»]")
_CAPITAL_RUN = re.compile(r"(?<![\w-])[A-ZÅÄÖÉ][a-zåäöéü]+(?:\s+[A-ZÅÄÖÉ][a-zåäöéü]+)+")
_DNR = re.compile(r"(?i)\bdnr\.?:?\s*([a-zåäö]{0,4}\s?\d[\w./-]*\d)")
_ARTICLES = {"den", "det", "en", "ett"}


class Correction(NamedTuple):
    """One stored manual correction, in the order it was made."""

    action: str  #: merge | split | rename
    item: str  #: an item id of the case it concerns
    other: str | None = None  #: merge: an item of the other case
    title: str | None = None  #: rename: the new title
    batch: int | None = None  #: split: the items split off together share it


@dataclass
class CaseItem:
    """One agenda item of one meeting document, with what it is about."""

    id: str  #: "<document stem>:<number>"
    meeting: Node
    document: str
    number: str | None
    title: str
    decisions: list[str]
    assignments: list[dict]
    routine: bool
    terms: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    dnr: frozenset[str] = frozenset()
    kind: str | None = None  #: the document's kind: agenda items rank after minutes of one meeting
    mentions: frozenset[str] = frozenset()  #: names in the decisions
    meeting_id: int | None = None  #: the stored meeting (document version) it is an item of

    @property
    def organization(self) -> str | None:
        return self.meeting.organization

    @property
    def order(self) -> tuple[str, bool, int, str]:
        return (self.meeting.sort_date or "9999", self.meeting.date is None,
                KIND_RANK.get(self.kind, 3), self.id)

    def text(self) -> str:
        return " ".join([self.title, *self.decisions])

    def to_dict(self) -> dict:
        n = self.meeting
        return {"id": self.id, "meeting": n.id, "meeting_date": n.date, "organization": n.organization,
                "body": n.body, "number": self.number, "title": self.title}


@dataclass
class Case:
    id: str
    title: str
    items: list[CaseItem] = field(default_factory=list)
    corrected: bool = False

    def to_dict(self) -> dict:
        timeline = [{"date": i.meeting.date or i.meeting.after, "organization": i.organization,
                     "body": i.meeting.body, "title": i.title, "decisions": i.decisions}
                    for i in self.items]
        return {"id": self.id, "title": self.title, "items": [i.to_dict() for i in self.items],
                "timeline": timeline}


@lru_cache(maxsize=1 << 16)
def is_routine(title: str) -> bool:
    """An item every meeting has (opening, previous minutes, agenda, other business): never a case."""
    return bool(ROUTINE.search(fold(title)))


@cache
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("swedish")


def is_generic(word: str) -> bool:
    """A folded word that says nothing about which matter an item is about."""
    return (word in STOP or word in GENERIC or len(word) < 3 or word.endswith(GENERIC_ENDINGS)
            or word in places() or fold(_stemmer().stemWord(word)) in _generic_stems())


@cache
def _generic_stems() -> frozenset[str]:
    return frozenset(fold(_stemmer().stemWord(w)) for w in GENERIC)


@lru_cache(maxsize=1 << 16)
def terms(title: str, org_words: frozenset[str] = frozenset()) -> frozenset[str]:
    """The stems of a title's distinctive words."""
    found = set()
    for word in _WORD.findall(title):
        folded, term = _title_word(word)
        if term is not None and folded not in org_words:
            found.add(term)
    return frozenset(t for t in found if len(t) >= 4 or t.upper() in title)


@lru_cache(maxsize=1 << 16)
def _title_word(word: str) -> tuple[str, str | None]:
    """A title word folded, and its term: the folded stem (a short acronym as is), None when generic."""
    folded = fold(word)
    if is_generic(folded):
        return folded, None
    return folded, folded if word.isupper() and len(word) <= 5 else fold(_stemmer().stemWord(word.lower()))


@lru_cache(maxsize=1 << 16)
def names(text: str, org_words: frozenset[str] = frozenset()) -> frozenset[str]:
    """Names of two or more words: quoted ones and capitalised runs that are no organization or place."""
    found = {_name(q) for q in _QUOTED.findall(text)}
    for run in _CAPITAL_RUN.findall(text):
        words = [fold(w) for w in run.split()]
        if not any(w in org_words or w in places() or w.startswith(ORG_PREFIXES) for w in words):
            found.add(_name(run))
    return frozenset(n for n in found if len(n.split()) >= 2)


def _name(text: str) -> str:
    words = [w for w in _WORD.findall(fold(text))]
    while words and words[0] in _ARTICLES:
        words.pop(0)
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def same_term(a: str, b: str) -> bool:
    """Equal stems, or one the start of the other: an inflection or a compound."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if short == long_:
        return True
    rest = len(long_) - len(short)
    return long_.startswith(short) and (len(short) >= 5 if rest <= 3 else len(short) >= 6)


def item_ids(document_name: str, record: dict) -> list[str]:
    """The ids of a record's items, in order: "<document stem>:<number>", or "#<position from 1>"
    for an unnumbered item or a repeated number (so every id of a document is unique)."""
    stem, seen, ids = document_name.rsplit(".", 1)[0], set(), []
    for index, item in enumerate(record.get("items") or [], 1):
        number = item.get("number")
        key = number if number and number not in seen else f"#{index}"
        seen.add(key)
        ids.append(f"{stem}:{key}")
    return ids


def collect_items(chain: Chain, org_words: frozenset[str] | None = None) -> list[CaseItem]:
    """Every item of every held meeting, in chain order.

    ``org_words``: ``chain.organization_words`` of every organisation of the archive, when ``chain``
    holds only some (a relink of a few organisations); else those of the chain's.
    """
    if org_words is None:
        org_words = organization_words({n.organization for n in chain.nodes if n.organization})
    items = []
    for node in chain.nodes:
        for src in node.sources:
            records = src.record.get("items") or []
            for item_id, item in zip(item_ids(src.document_name, src.record), records):
                number = item.get("number")
                title, decisions = item.get("title") or "", list(item.get("decisions") or [])
                text = " ".join([title, *decisions])
                items.append(CaseItem(
                    item_id, node, src.document_name, number, title, decisions,
                    list(item.get("assignments") or []), is_routine(title),
                    terms(title, org_words), names(title, org_words),
                    frozenset(d.replace(" ", "").lower() for d in _DNR.findall(text)),
                    src.record.get("kind"), names(" ".join(decisions), org_words), src.meeting_id))
    return items


def linked(a: CaseItem, b: CaseItem) -> bool:
    """Whether two items of different documents are about the same matter.

    The rule as two items are compared, the earlier (lower index) first;
    ``_clusters`` finds the same links without comparing every pair.
    """
    if a.document == b.document:
        return False
    if a.dnr & b.dnr or a.names & (b.names | b.mentions) or b.names & a.mentions:
        return True
    if a.organization != b.organization or not a.terms or not b.terms:
        return False
    return terms_linked(a.terms, b.terms)


def terms_linked(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether half the terms of the shorter set meet a term of the other (counted on ``a``'s side)."""
    shared = sum(1 for t in a if any(same_term(t, u) for u in b))
    return shared > 0 and shared / min(len(a), len(b)) >= 0.5


class _Forest:
    """Union-find over item indexes whose root is always the lowest index of its set.

    So the sets and their labels depend only on which items are joined, never on
    the order the links are found in.
    """

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def root(self, n: int) -> int:
        parent = self.parent
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    def join(self, members: Iterable[int]) -> None:
        roots = {self.root(n) for n in members}
        if len(roots) > 1:
            lowest = min(roots)
            for r in roots:
                self.parent[r] = lowest


def _clusters(items: list[CaseItem]) -> dict[str, str]:
    """Item id -> cluster label: the first item of its set of (transitively) linked items.

    Comparing every pair of items is quadratic (millions of pairs at 20,000
    meetings), so the links of ``linked`` are found per rule: items sharing a
    Dnr or a name are joined per Dnr or name in one pass, and terms are
    compared per organisation between distinct sets of terms (items with equal
    terms in one organisation link to the same items).
    """
    forest = _Forest(len(items))
    for members in _shared_keys(items):
        forest.join(members)
    _join_by_terms(items, forest)
    return {item.id: items[forest.root(n)].id for n, item in enumerate(items)}


def _shared_keys(items: list[CaseItem]) -> Iterator[list[int]]:
    """Sets of items that a shared Dnr or name links (each set connected by ``linked``).

    Items of one document never link by themselves; a name links two items when
    at least one has it in its title (``names``), the other in its title or its
    decisions (``mentions``).
    """
    dnrs, named, mentioned = defaultdict(list), defaultdict(list), defaultdict(list)
    for n, item in enumerate(items):
        for key in item.dnr:
            dnrs[key].append(n)
        for key in item.names:
            named[key].append(n)
        for key in item.mentions - item.names:
            mentioned[key].append(n)
    for members in dnrs.values():
        if len({items[n].document for n in members}) > 1:
            yield members
    for key, members in named.items():
        docs = {items[n].document for n in members}
        others = [n for n in mentioned.get(key, ()) if len(docs) > 1 or items[n].document not in docs]
        if len(docs) > 1 or others:
            yield members + others


def _join_by_terms(items: list[CaseItem], forest: _Forest) -> None:
    """Join the items ``linked`` links by their terms: within one organisation, per distinct term set.

    Two term sets can only link when they share the first five letters of a
    term (``same_term``), so only such pairs are compared, once each.
    """
    groups: dict[tuple[str | None, frozenset[str]], list[int]] = defaultdict(list)
    for n, item in enumerate(items):
        if item.terms:
            groups[(item.organization, item.terms)].append(n)
    docs = {key: {items[n].document for n in members} for key, members in groups.items()}
    for key, members in groups.items():
        if len(docs[key]) > 1:  # equal terms link every two items of different documents
            forest.join(members)
    for a, b in _term_pairs(groups):
        forward, backward = terms_linked(a[1], b[1]), terms_linked(b[1], a[1])
        if forward and backward:
            if docs[a] != docs[b] or len(docs[a]) > 1:  # else all of one document
                forest.join(groups[a] + groups[b])
        elif forward or backward:
            first, then = (groups[a], groups[b]) if forward else (groups[b], groups[a])
            _join_directed(first, then, items, forest)


def _term_pairs(groups: dict[tuple, list[int]]) -> Iterator[tuple[tuple, tuple]]:
    """Each pair of distinct (organisation, terms) keys of one organisation sharing a five-letter prefix."""
    by_org: dict[str | None, list[tuple]] = defaultdict(list)
    for key in groups:
        by_org[key[0]].append(key)
    for keys in by_org.values():
        buckets: dict[str, list[int]] = defaultdict(list)
        for n, key in enumerate(keys):
            for prefix in {t[:5] for t in key[1]}:
                buckets[prefix].append(n)
        pairs = {pair for members in buckets.values() for pair in combinations(members, 2)}
        yield from ((keys[i], keys[j]) for i, j in pairs)


def _join_directed(first: list[int], then: list[int], items: list[CaseItem], forest: _Forest) -> None:
    """Join each item of ``then`` to the earlier items of ``first`` of other documents.

    For two term sets that link one way round only (``terms_linked`` counts
    on one side), as ``linked`` compares the earlier item first. One sweep in
    index order: the items of ``first`` not yet joined wait per document; the
    joined ones form a few sets (``hubs``, with their documents), which an
    item of ``then`` joins when they hold an item of another document.
    """
    own = set(first)
    waiting: dict[str, list[int]] = defaultdict(list)
    hubs: list[tuple[int, set[str]]] = []
    for n in sorted(first + then):
        doc = items[n].document
        if n in own:
            waiting[doc].append(n)
            continue
        near = [hub for hub in hubs if hub[1] - {doc}]
        moved = [m for d, ms in waiting.items() if d != doc for m in ms]
        if not near and not moved:
            continue
        forest.join([n, *moved, *(rep for rep, _ in near)])
        docs = set().union(*(d for _, d in near), {items[m].document for m in moved})
        hubs = [hub for hub in hubs if not hub[1] - {doc}] + [(n, docs)]
        waiting = defaultdict(list, {doc: waiting[doc]} if doc in waiting else {})


def _apply(labels: dict[str, str], corrections: list[Correction]) -> tuple[dict[str, str], set[str]]:
    """Labels after merges and splits, and the items whose case a correction touched."""
    touched: set[str] = set()
    for c in corrections:
        if c.action == "merge" and c.item in labels and c.other in labels:
            keep, gone = labels[c.item], labels[c.other]
            for item, label in labels.items():
                if label == gone:
                    labels[item] = keep
            touched |= {c.item, c.other}
        elif c.action == "split" and c.item in labels:
            labels[c.item] = f"split-{c.batch}"
            touched.add(c.item)
        elif c.action == "rename" and c.item in labels:
            touched.add(c.item)
    return labels, touched


def case_id(anchor: CaseItem) -> str:
    """A case's id: from its earliest item, so it holds while later items arrive."""
    return "c-" + hashlib.sha1(anchor.id.encode()).hexdigest()[:8]


def _topic(title: str) -> str:
    return re.split(r"\s+[-–—]\s+", title, maxsplit=1)[0].strip()


def case_title(items: list[CaseItem]) -> str:
    """The most descriptive title: the commonest topic part holding the case's core word."""
    counts = Counter(t for i in items for t in i.terms | i.names)
    core = min(counts, key=lambda t: (-counts[t], t)) if counts else ""
    topics = Counter(_topic(i.title) for i in items)

    def score(topic: str) -> tuple:
        holds = core in names(topic) or any(same_term(core, t) for t in terms(topic))
        return (holds, topics[topic], -len(topic), topic)

    return max(topics, key=score)


def build_cases(chain: Chain, corrections: list[Correction] = (),
                items: list[CaseItem] | None = None) -> list[Case]:
    """Every case (single items too) of the archive, corrections applied, by first date."""
    items = [i for i in (items if items is not None else collect_items(chain)) if not i.routine]
    labels, touched = _apply(_clusters(items), list(corrections))
    groups: dict[str, list[CaseItem]] = {}
    for item in sorted(items, key=lambda i: i.order):
        groups.setdefault(labels[item.id], []).append(item)
    cases = {}
    for members in groups.values():
        case = Case(case_id(members[0]), case_title(members), members,
                    any(i.id in touched for i in members))
        cases.update({i.id: case for i in members})
    for c in corrections:
        if c.action == "rename" and c.item in cases and c.title:
            cases[c.item].title = c.title
    unique = {id(c): c for c in cases.values()}.values()
    return sorted(unique, key=lambda c: (c.items[0].order, c.id))
