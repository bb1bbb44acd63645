"""Cases: the items of many meetings that are about one matter.

Items are threaded across meetings by what they are about: the distinctive
words of their titles (lower case, diacritics folded, numbers, stop words and
generic words dropped, Swedish stems compared compound-aware, so
"Teknikdagens nedläggning" meets "Teknikdagen 2019"), within one
organization; across organizations only by a name of two or more words
("Det gröna länet") in one title and the other's title or decisions, or a
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
from collections import Counter

from .case_clusters import clusters
from .case_items import Case, CaseItem, Correction, item_ids
from .case_terms import DNR, is_routine, names, same_term, terms
from .chain import Chain, organization_words


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
                    frozenset(d.replace(" ", "").lower() for d in DNR.findall(text)),
                    src.record.get("kind"), names(" ".join(decisions), org_words), src.meeting_id))
    return items


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
    labels, touched = _apply(clusters(items), list(corrections))
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
