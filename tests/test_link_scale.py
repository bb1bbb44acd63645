"""Linking at archive scale: the same answers as comparing every pair, without comparing every pair.

An archive of 20,000 meetings holds some 100,000 items; items of hundreds of
organisations share title words, so comparing every pair that shares a word
does not finish. These tests pin the answers to the plain definition
(``linked`` on every pair, the earlier item first) and count the comparisons.
"""

from __future__ import annotations

import random
from itertools import combinations

from sqlalchemy import event

from conftest import write_minutes
from protokoll.link import case_clusters, case_terms
from protokoll.link.case_clusters import clusters, linked
from protokoll.link.cases import CaseItem, build_cases, collect_items
from protokoll.link.chain import Node, Source, build_chain

WORDS = ["tekni", "teknikdag", "teknikdagen", "teknikdagarna", "budgetar", "vatten", "vattenplan",
         "vattenplanering", "ikt", "skola", "skolan", "skolans", "cykel", "cykelvag", "cykelvagar",
         "bredband", "bredbandsutbyggnad"]
NAMES = ["det oppna skane", "anna berg", "gron stad"]


def every_pair(items: list[CaseItem]) -> dict[str, str]:
    """Cluster labels by the definition: ``linked`` on every pair, lowest index as the label."""
    parent = list(range(len(items)))

    def root(n: int) -> int:
        while parent[n] != n:
            n = parent[n]
        return n

    for i, j in combinations(range(len(items)), 2):
        if linked(items[i], items[j]):
            parent[max(root(i), root(j))] = min(root(i), root(j))
    return {item.id: items[root(n)].id for n, item in enumerate(items)}


def random_items(rng: random.Random) -> list[CaseItem]:
    """A few organisations (one of them none), documents and items with overlapping terms, names, Dnr."""
    nodes = {o: Node(f"n-{o}", None, o, None, "minutes") for o in [None, "A", "B"][:rng.randint(1, 3)]}
    documents = [f"d{k}.txt" for k in range(rng.randint(1, 6))]

    def some(pool: list[str], share: float) -> frozenset[str]:
        return frozenset(w for w in pool if rng.random() < share)

    return [CaseItem(f"i{k}", rng.choice(list(nodes.values())), rng.choice(documents), None, "", [], [], False,
                     terms=some(WORDS[:rng.randint(3, len(WORDS))], rng.choice([0.1, 0.25, 0.4])),
                     names=some(NAMES, 0.1), dnr=some(["1", "2"], 0.05), mentions=some(NAMES, 0.15))
            for k in range(rng.randint(1, 25))]


def test_clusters_are_those_of_comparing_every_pair():
    rng = random.Random(20_000)
    for _ in range(400):
        items = random_items(rng)
        assert clusters(items) == every_pair(items)


def test_terms_that_link_one_way_round_link_the_earlier_item_first():
    node = Node("n", None, "A", None, "minutes")
    wide = frozenset({"teknikdag", "budgetar", "vattenplan", "cykelvag"})
    narrow = frozenset({"teknikdagen", "teknikdagarna", "skolan", "bredband"})
    assert not case_terms.terms_linked(wide, narrow) and case_terms.terms_linked(narrow, wide)

    def item(n: int, document: str, terms: frozenset[str]) -> CaseItem:
        return CaseItem(f"i{n}", node, document, None, "", [], [], False, terms=terms)

    apart = [item(0, "a", wide), item(1, "b", narrow)]
    assert clusters(apart) == every_pair(apart) == {"i0": "i0", "i1": "i1"}
    together = [item(0, "a", narrow), item(1, "b", wide)]
    assert clusters(together) == every_pair(together) == {"i0": "i0", "i1": "i0"}
    chained = [item(0, "a", wide), item(1, "b", narrow), item(2, "a", narrow), item(3, "a", wide)]
    assert clusters(chained) == every_pair(chained) == {"i0": "i0", "i1": "i1", "i2": "i1", "i3": "i1"}


def archive(organisations: int) -> list[Source]:
    """Four meetings a year of each organisation, all with the same recurring titles."""
    titles = ["Teknikdagen 2020", "Teknikdagen och studieresan", "Studieresa till Bryssel",
              "Cykelvägar i länet", "Cykelparkering vid stationen"]
    sources = []
    for org in range(organisations):
        for meeting in range(4):
            items = [{"number": str(n), "title": t, "decisions": [f"Ärendet bordlades ({org})."]}
                     for n, t in enumerate(titles, 1)]
            record = {"organization": f"Förbund {org:03d}", "body": "Styrelsen", "kind": "minutes",
                      "date": f"2020-{3 * meeting + 1:02d}-15", "items": items}
            sources.append(Source(len(sources) + 1, f"f{org:03d}-{meeting}.txt", record))
    return sources


def comparisons(organisations: int, monkeypatch) -> int:
    """How many item or term-set comparisons linking the archive makes."""
    counted = {"calls": 0}
    for name in ("linked", "terms_linked"):
        original = getattr(case_clusters, name)

        def counting(*args, original=original):
            counted["calls"] += 1
            return original(*args)

        monkeypatch.setattr(case_clusters, name, counting)
    chain = build_chain(archive(organisations))
    found = build_cases(chain, items=collect_items(chain))
    monkeypatch.undo()
    assert len(found) == organisations * 3  # per organisation: Teknikdagen with the study trip, two on cycling
    return counted["calls"]


def test_comparisons_grow_with_the_organisations_not_their_square(monkeypatch):
    few, many = comparisons(20, monkeypatch), comparisons(40, monkeypatch)
    assert 0 < few and many <= 2 * few
    assert many <= 40 * 5 * 5  # the term sets of one organisation, compared among themselves


def test_current_records_are_the_current_meetings_in_their_order(sessions, tmp_path):
    from protokoll.pipeline import load, process
    from protokoll.store import current_meetings, current_records, save

    paths = [write_minutes(tmp_path / "a", "protokoll.txt", "2024-03-12", "Budget"),
             write_minutes(tmp_path / "b", "protokoll.txt", "2024-03-12", "Vatten"),
             write_minutes(tmp_path / "a", "kallelse.txt", "2024-01-10", "Skola")]
    with sessions() as session:
        for path in paths:
            save(session, process(path, *load(path)))
        session.commit()
    with sessions() as session:
        statements = []
        event.listen(session.get_bind(), "before_cursor_execute", lambda *a: statements.append(a[2]))
        meetings = current_meetings(session)
        wanted = [(m.id, m.document.name, m.date, m.organization, m.body, m.document.text) for m in meetings]
        assert len(statements) == 1  # the documents come with their meetings
        records = current_records(session, text=True)
        assert [(r.meeting_id, r.document_name, r.date, r.organization, r.body, r.text) for r in records] == wanted
        assert [m.document.path for m in meetings] == [str(paths[n].resolve()) for n in (2, 0, 1)]
        assert all(r.text is None for r in current_records(session))
