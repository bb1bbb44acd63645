"""What a first link of an archive spends on its rows (issue 12, session 24): the same rows, less work per row.
Each test fails on the base: there the work was done."""

from __future__ import annotations

import json

import protokoll.link as link_mod
from protokoll.link import reports as reports_mod
from protokoll.link import text_json
from protokoll.link.cases import collect_items
from protokoll.link.chain import Source, build_chain
from protokoll.link.reports import Reporters
from protokoll.link.rows import _dissent

ORG = "Fjärdbygdens kommunförbund"
TASK = {"assignee": "Tove Granlund", "task": "kartlägga kajreparationerna i hamnen"}


def test_an_empty_lists_text_needs_no_encoder(monkeypatch):
    def boom(value):
        raise AssertionError("the encoder ran")

    monkeypatch.setattr(link_mod, "_encode", boom)
    assert text_json([]) == json.dumps([]) == "[]"


def test_text_json_of_other_values_is_still_json_dumps():
    for value in ([], [""], ["Åsa Ekdahl"], (), {}, {"a": []}, None, [[]]):
        assert text_json(value) == json.dumps(value, ensure_ascii=False)


def test_an_items_dissent_without_names_is_an_empty_list():
    assert _dissent([{"dissent": []}, {}], 0) == _dissent([{}], 5) == "[]"
    named = [{"dissent": ["Nils Berg"], "dissent_details": [{"name": "Nils Berg", "party": "C"}]}]
    assert json.loads(_dissent(named, 0)) == [{"name": "Nils Berg", "party": "C", "statement": None}]


def _record(day: str, title: str, decisions: list[str], kind: str = "minutes", assignments=()) -> dict:
    return {"source": f"{kind}-{day}.txt", "kind": kind, "organization": ORG, "body": "Styrelsen", "date": day,
            "year": int(day[:4]), "items": [{"number": "1", "title": title, "decisions": decisions,
                                            "assignments": list(assignments)}]}


def _reporters():
    records = [_record("2031-01-10", "Hamnen", ["Tove Granlund får i uppdrag att kartlägga."], assignments=[TASK])]
    for n, title in enumerate(("Budget", "Personal", "Lokaler")):
        records.append(_record(f"2031-0{n + 2}-05", title, ["Informationen noterades."]))
    records.append(_record("2031-05-05", "Kallelse", ["Tove Granlund kartlägger kajreparationerna i hamnen."],
                           kind="agenda"))
    records.append(_record("2031-06-05", "Rapporter", ["Tove Granlund redovisade kajreparationerna i hamnen."]))
    chain = build_chain([Source(n, r["source"], r) for n, r in enumerate(records, 1)])
    ordered = sorted(collect_items(chain), key=lambda i: i.order)
    return ordered


def test_only_items_that_may_report_are_folded(monkeypatch):
    folded = []
    fold = reports_mod.fold
    monkeypatch.setattr(reports_mod, "fold", lambda text: folded.append(text) or fold(text))
    ordered = _reporters()
    Reporters(ordered, "9999-12-31")
    assert folded and not any("kartlägger" in t for t in folded)  # the agenda's item: it never reports


def test_a_later_item_of_the_organisation_is_found_without_asking_may_report_per_candidate(monkeypatch):
    ordered = _reporters()
    reporters = Reporters(ordered, "9999-12-31")
    asked = []
    may = reports_mod._may_report
    monkeypatch.setattr(reports_mod, "_may_report", lambda *a: asked.append(1) or may(*a))
    _case, words, _first = reporters.candidates(ordered[0], TASK, None)
    assert words.item.title == "Rapporter" and "kajreparationerna" in words.evidence
    assert asked == []  # before: once per indexed later item of the organisation
