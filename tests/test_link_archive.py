"""The meeting chain, cases and the assignment register: on the seeds, on the
example archive (examples/README.md lists its cases) and on small records."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest

import seed_golden
from conftest import ROOT, SHARED, needs_shared
from protokoll.link.assignments import assignee_kind, register, resolve_due
from protokoll.link.case_terms import is_generic, same_term, terms
from protokoll.link.cases import build_cases, collect_items
from protokoll.link.chain import Source, build_chain

EXAMPLES = ROOT / "examples"


def _json(cli, *args):
    result = cli(*args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _case_with(cases: list[dict], title_word: str) -> dict:
    found = [c for c in cases if any(title_word.lower() in i["title"].lower() for i in c["items"])]
    assert len(found) == 1, [c["title"] for c in found]
    return found[0]


# --- the seeds -----------------------------------------------------------------

def _cli_on(db: str):
    """The real `protokoll` command group run on the archive ``db`` (as conftest's ``cli``, for a module)."""
    from click.testing import CliRunner

    from protokoll.cli import main

    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(main, list(args), env={"PROTOKOLL_DB": db}, catch_exceptions=False)

    return run


def _ingested(tmp_path_factory, folder) -> object:
    """``folder`` ingested into a new archive once per module: the tests given it only read it."""
    cli = _cli_on(f"sqlite:///{tmp_path_factory.mktemp(folder.name) / 'test.sqlite'}")
    assert cli("ingest", str(folder)).exit_code == 0
    return cli


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    return _ingested(tmp_path_factory, SHARED / "seeds")


@needs_shared
def test_seed_chain_expects_the_next_meeting_and_places_the_undated_one(seeds):
    """Each dated seed is its meeting; a next meeting no seed describes is expected after it; the
    undated seed sits in the chain between two dated meetings; a meeting no document describes is
    always an expected one."""
    meetings = {m["id"]: m for m in _json(seeds, "meetings")}
    by_document = {d: m for m in meetings.values() for d in m["documents"]}
    golden = seed_golden.records()
    described = {(g["organization"], g["date"]) for g in golden.values()}
    for doc, gold in golden.items():
        meeting = by_document[doc]
        assert (meeting["organization"], meeting["body"], meeting["date"]) == (
            gold["organization"], gold["body"], gold["date"]), doc
        following = (gold.get("next_meeting") or {}).get("date")
        if following and (gold["organization"], following) not in described:
            nxt = meetings[meeting["next"]]
            assert (nxt["date"], nxt["kind"], nxt["documents"]) == (following, "expected", []), doc
        if gold["date"] is None:
            before, after = meetings[meeting["previous"]], meetings[meeting["next"]]
            assert (meeting["after"], meeting["before"]) == (before["date"], after["date"])
            assert before["date"] < after["date"] and meeting["year"] in (int(before["date"][:4]), int(after["date"][:4]))
    assert [m for m in meetings.values() if m["date"] is None]
    for meeting in meetings.values():
        if not meeting["documents"]:
            assert meeting["kind"] == "expected" and meeting["date"], meeting["id"]


@needs_shared
def test_seed_cases_thread_items_across_meetings_and_organisations(seeds):
    """The golden records' recurring subject is one case over all its meetings; every case item is a
    golden item of its meeting; one case crosses two organisations; no standing item is a case."""
    cases = _json(seeds, "cases")
    for stem, dates in seed_golden.recurring_title_stems().items():
        case = _case_with(cases, stem)
        assert {i["meeting_date"] for i in case["items"]} == dates
    golden_items = seed_golden.items_by_date()
    threads = [c for c in cases if len({(i["meeting_date"], i["organization"]) for i in c["items"]}) > 1]
    for case in threads:
        for item in case["items"]:
            assert any(seed_golden.similar(item["title"], t) for t in golden_items[item["meeting_date"]]), item
    assert any(len({i["organization"] for i in c["items"]}) > 1 for c in threads)
    titles = {i["title"] for c in cases for i in c["items"]}
    assert not any(t.casefold().startswith(seed_golden.ROUTINE) or "dagordning" in t.lower() for t in titles)


@needs_shared
def test_seed_assignments_have_deadlines_and_none_is_open(seeds):
    """Each register entry with a deadline is one the golden records give (same assignee, same day),
    at least 7 in 10 golden deadlines are found, and all of them, being past, are overdue or reported."""
    entries = [e for e in _json(seeds, "assignments") if e["due"]]
    golden = seed_golden.dated_assignments()

    def in_golden(entry):
        return any(due == entry["due"] and who.casefold().startswith(entry["assignee"].casefold())
                   for who, due in golden)

    assert all(in_golden(e) for e in entries), [(e["assignee"], e["due"]) for e in entries if not in_golden(e)]
    found = {(who, due) for who, due in golden
             if any(due == e["due"] and who.casefold().startswith(e["assignee"].casefold()) for e in entries)}
    assert len(found) >= 0.7 * len(set(golden))  # 7 of 10 today: a floor, not a target
    assert all(e["status"] in ("overdue", "reported") for e in entries)
    people = [e for e in entries if e["assignee_kind"] == "person"]
    assert people and all(e["status"] == "reported" for e in people)


# --- the example archive ----------------------------------------------------------

@pytest.fixture(scope="module")
def examples(tmp_path_factory):
    """The example archive, read (never changed) by the tests given it."""
    return _ingested(tmp_path_factory, EXAMPLES)


@pytest.fixture
def own_examples(cli):
    """The example archive for one test, which changes it."""
    assert cli("ingest", str(EXAMPLES)).exit_code == 0
    return cli


README_CASES = {
    "Teknikdagen": {"2024-02-08", "2024-03-14", "2024-05-14", "2024-06-12", "2024-11-20",
                    "2025-01-30", "2025-04-03", "2025-11-19"},
    "studieresa": {"2024-02-08", "2024-03-14", "2024-05-14", "2024-06-12", "2024-09-12",
                   "2024-11-20", "2025-04-03", "2025-05-22"},
    "verksamhetsplan": {"2024-02-08", "2024-03-14", "2024-05-14", "2024-09-12", "2024-11-20",
                        "2025-01-30", "2025-05-22", "2025-11-19"},
    "transportinfrastruktur": {"2024-03-14", "2024-05-14", "2024-06-12", "2025-05-22"},
}


def test_example_cases_are_the_ones_the_readme_lists(examples):
    cases = _json(examples, "cases")
    found = {word: _case_with(cases, word) for word in README_CASES}
    assert len({c["id"] for c in found.values()}) == len(README_CASES)
    for word, dates in README_CASES.items():
        assert dates <= {i["meeting_date"] for i in found[word]["items"]}, word
    assert found["Teknikdagen"]["title"] == "Teknikdagen"
    assert found["verksamhetsplan"]["title"] == "Verksamhetsplan 2025-2026"
    timeline = found["Teknikdagen"]["timeline"]
    assert [t["date"] for t in timeline] == sorted(t["date"] for t in timeline)


def test_example_chain_merges_agenda_and_minutes_and_expects_the_next_board(examples):
    meetings = _json(examples, "meetings")
    march = [m for m in meetings if m["date"] == "2024-03-14"]
    assert len(march) == 1 and march[0]["kind"] == "minutes" and len(march[0]["documents"]) == 2
    last = next(m for m in meetings if m["date"] == "2025-11-19")
    assert next(m for m in meetings if m["id"] == last["next"])["date"] == "2026-03-26"


def test_a_later_item_of_the_case_that_does_not_name_the_task_leaves_the_report_unknown(examples):
    """The May item of the case is a progress report on the case, but names neither booking nor companies."""
    def karimi(today: str) -> dict:
        entries = _json(examples, "assignments", "--assignee", "Karimi", "--today", today)
        return next(e for e in entries if e["due"] == "2024-04-30")

    before, after = karimi("2024-05-01"), karimi("2024-05-20")
    assert before["status"] == "overdue"
    assert after["status"] == "overdue" and after["reported_by"] is None and after["evidence"] == []
    assert after["mentioned_by"].startswith("2024-05-14")
    assert after["meeting"] == {"id": after["meeting"]["id"], "date": "2024-03-14",
                                "organization": "Vätterstadsregionen", "body": "Kommundirektörsgruppen"}


def test_deadline_at_a_named_board_meeting_and_due_by_next_meeting(examples):
    entries = _json(examples, "assignments", "--today", "2026-01-15", "--status", "open")
    follow_up = next(e for e in entries if "försenade aktiviteterna" in e["task"])
    assert follow_up["due"] == "2026-03-26" and follow_up["assignee_kind"] == "secretariat"
    groups = _json(examples, "assignments", "--today", "2026-01-15", "--by-body")
    assert [(g["body"], g["meeting"]["date"]) for g in groups] == [("Styrelsen", "2026-03-26")]
    listed = groups[0]["assignments"]
    assert follow_up["id"] in [a["id"] for a in listed]
    assert all(a["status"] in ("open", "overdue") and a["due"] <= "2026-03-26" for a in listed)


def test_done_by_hand_and_filters(own_examples):
    entry = _json(own_examples, "assignments", "--assignee", "Aneby")[0]
    assert entry["assignee_kind"] == "municipality"
    result = own_examples("assignments", "done", entry["id"])
    assert result.exit_code == 0, result.output
    assert [e["id"] for e in _json(own_examples, "assignments", "--status", "done")] == [entry["id"]]
    assert own_examples("assignments", "done", "nothing:1/1").exit_code == 1
    assert own_examples("assignments", "--today", "soon").exit_code == 2


def test_corrections_survive_a_reingest(cli, tmp_path):
    archive = tmp_path / "examples"
    shutil.copytree(EXAMPLES, archive)
    assert cli("ingest", str(archive)).exit_code == 0
    cases = _json(cli, "cases")
    tek, trip = _case_with(cases, "Teknikdag"), _case_with(cases, "studieresa")
    assert cli("cases", "merge", tek["id"], trip["id"]).exit_code == 0
    assert cli("cases", "rename", tek["id"], "Skola och resor").exit_code == 0
    moved = tek["items"][-1]["id"]
    assert cli("cases", "split", tek["id"], moved).exit_code == 0
    assert cli("cases", "split", tek["id"], "no-such-item").exit_code == 1

    doc = archive / "2025-01-30-minnesanteckningar.txt"
    doc.write_text(doc.read_text(encoding="utf-8") + "\nTillägg efter justering.\n", encoding="utf-8")
    assert "1 updated" in cli("ingest", str(archive)).output
    after = _json(cli, "cases")
    merged = next(c for c in after if c["id"] == tek["id"])
    assert merged["title"] == "Skola och resor"
    ids = {i["id"] for i in merged["items"]}
    assert {i["id"] for i in trip["items"]} <= ids and moved not in ids
    alone = next(c for c in after if any(i["id"] == moved for i in c["items"]))
    assert [i["id"] for i in alone["items"]] == [moved]


# --- small records ------------------------------------------------------------------

def _record(source, date_, items, body="Kommundirektörsgruppen", org="Exempelregionen", nxt=None, year=None):
    return {"source": source, "kind": "minutes", "organization": org, "body": body, "date": date_,
            "year": year or (int(date_[:4]) if date_ else None), "items": items,
            "next_meeting": {"date": nxt} if nxt else None}


def _item(number, title, decisions=(), assignments=(), forwarded=()):
    return {"number": number, "title": title, "decisions": list(decisions),
            "assignments": list(assignments), "forwarded_to": list(forwarded)}


def test_words_stems_and_compounds():
    assert terms("Teknikdagens nedläggning") & terms("Teknikdagen 2019")
    assert same_term("verksamhetsplan", "verksamhetsplanearbet") and same_term("studieres", "studieresan")
    assert not same_term("verk", "verksamhetsplan")
    assert terms("Föregående protokoll") <= {"foregaend"} and is_generic("information")
    assert "dua" in terms("DUA-överenskommelse")
    assert [assignee_kind(n) for n in ("Per-Olof Sandberg", "Lunds kommun", "kansliet",
                                       "Alla kommuner", "IUC Syd")] == [
        "person", "municipality", "secretariat", "group", "group"]


def test_forwarded_items_make_expected_meetings_and_deadlines_resolve():
    first = _record("a.txt", "2021-03-10", [
        _item("1", "Cykelstrategi", ["Förs upp till styrelsen."],
              [{"assignee": "Eva Ek", "task": "skriva ett utkast till nästa möte", "due": None},
               {"assignee": "Bo Al", "task": "samla in synpunkter till midsommar", "due": None},
               {"assignee": "Kansliet", "task": "utreda saken efter sommaren", "due": None}],
              [{"body": "Styrelsen", "date": "2021-04-01"}])], nxt="2021-05-05")
    chain = build_chain([Source(1, "a.txt", first)])
    expected = {n.date: n for n in chain.nodes if n.kind == "expected"}
    assert set(expected) == {"2021-04-01", "2021-05-05"}
    assert expected["2021-04-01"].body == "Styrelsen" and expected["2021-04-01"].items[0]["number"] == "1"
    items = collect_items(chain)
    dues = [resolve_due(a, items[0], chain) for a in items[0].assignments]
    assert dues == [("2021-05-05", None), ("2021-06-25", None), (None, "efter sommaren")]
    entries = register(chain, items, build_cases(chain, items=items), date(2021, 6, 1))
    assert [e.status for e in entries] == ["overdue", "open", "open"]


def test_undated_minutes_are_placed_after_the_meeting_they_approve():
    held = [_record(f"{d}.txt", d, [_item("1", "Budget")]) for d in ("2022-04-23", "2023-04-23", "2023-09-01")]
    undated = _record("x.txt", None, [_item("1", "Föregående protokoll",
                                            ["Protokollet från mötet den 23 april lades till handlingarna."])],
                      year=2023)
    chain = build_chain([Source(n, r["source"], r) for n, r in enumerate(held + [undated])])
    node = chain.by_document["x.txt"]
    assert (node.date, node.year, node.after, node.before) == (None, 2023, "2023-04-23", "2023-09-01")
    assert chain.by_id[node.previous].date == "2023-04-23"


def test_cases_cross_organisations_only_by_names_and_never_hold_routine_items():
    a = _record("a.txt", "2021-02-01", [
        _item("1", "Föregående protokoll"), _item("2", "Sekreterare"),
        _item("3", "Strategin ”Hållbara Vättern”"), _item("4", "Cykelplan")], org="Norra")
    b = _record("b.txt", "2021-03-01", [
        _item("1", "Föregående protokoll"), _item("2", "Sekreterare"),
        _item("3", "Miljöfrågor", ["Gruppen ställer sig bakom Hållbara Vättern."]),
        _item("4", "Cykelplan")], org="Södra")
    chain = build_chain([Source(1, "a.txt", a), Source(2, "b.txt", b)])
    linked = [sorted(i.id for i in c.items) for c in build_cases(chain) if len(c.items) > 1]
    assert linked == [["a:3", "b:3"]]
