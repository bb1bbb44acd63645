"""Truthful follow-up: a report is inferred only from later minutes of the same organisation, within a
year, that name the task; the register keeps the item and the words matched, else the case's later item
as ``mentioned_by`` (shown as "okänt")."""

from __future__ import annotations

from datetime import date

from protokoll.link.assignments import register
from protokoll.link.cases import build_cases, collect_items
from protokoll.link.chain import Source, build_chain

ORG = "Samverkansgruppen"
TASK = {"assignee": "Anna Lind", "task": "utreda bussupphandlingen i länet"}


def _record(day: str, items: list[dict], kind: str = "minutes") -> dict:
    return {"source": f"{kind}-{day}.txt", "kind": kind, "organization": ORG, "body": "Styrgruppen",
            "date": day, "year": int(day[:4]), "items": items}


def _item(number: str, title: str, decisions=(), assignments=()) -> dict:
    return {"number": number, "title": title, "decisions": list(decisions), "assignments": list(assignments)}


def _task_meeting() -> dict:
    return _record("2024-03-01", [_item("1", "Kollektivtrafik", ["Anna Lind får i uppdrag att utreda "
                                                                 "bussupphandlingen."], [TASK])])


def _entry(*later: dict, today=date(2026, 1, 1)):
    records = [_task_meeting(), *later]
    chain = build_chain([Source(n, r["source"], r) for n, r in enumerate(records, 1)])
    items = collect_items(chain)
    (entry,) = register(chain, items, build_cases(chain, (), items), today)
    return entry


def test_minutes_that_name_the_task_report_it_with_the_words_as_evidence():
    entry = _entry(_record("2024-05-01", [_item("2", "Kollektivtrafik", [
        "Anna Lind redovisade utredningen av bussupphandlingen."])]))
    assert (entry.status, entry.reported_by) == ("reported", "minutes-2024-05-01:2")
    assert "bussupphandlingen" in entry.evidence and entry.mentioned_by is None


def test_an_agenda_does_not_report():
    entry = _entry(_record("2024-05-01", [_item("2", "Kollektivtrafik: utredning av bussupphandlingen",
                                                ["Anna Lind redovisar bussupphandlingen."])], kind="agenda"))
    assert entry.status != "reported" and entry.reported_by is None


def test_the_same_case_without_the_task_is_unknown_not_reported():
    entry = _entry(_record("2024-05-01", [_item("2", "Kollektivtrafik", ["Informationen noterades."])]))
    assert entry.status != "reported" and entry.reported_by is None
    assert entry.mentioned_by == "minutes-2024-05-01:2" and entry.evidence == ()


def test_a_report_more_than_a_year_later_is_not_inferred():
    entry = _entry(_record("2025-06-01", [_item("2", "Kollektivtrafik", [
        "Anna Lind redovisade utredningen av bussupphandlingen."])]))
    assert entry.status != "reported" and entry.reported_by is None


def test_a_report_in_another_organisation_is_not_inferred():
    other = _record("2024-05-01", [_item("2", "Kollektivtrafik", [
        "Anna Lind redovisade utredningen av bussupphandlingen."])])
    other["organization"] = "Annan region"
    entry = _entry(other)
    assert entry.status != "reported" and entry.reported_by is None


def test_the_words_naming_a_task_are_those_same_term_finds_comparing_every_pair():
    """``_naming`` looks only at the task's terms that start as a word's term does: the answer must be the
    one of comparing every pair with ``same_term`` (short terms, inflections, compounds, equal terms)."""
    import itertools

    from protokoll.link.cases import same_term
    from protokoll.link.reports import _naming

    stems = ["bo", "väg", "skola", "skolan", "skolskjuts", "skolskjutsar", "vatten", "vattenverk",
             "vattenverket", "budget", "budgeten", "plan", "planer", "planering", "avfall", "avfallsplan"]
    words = tuple((f"w{n}", t) for n, t in enumerate(stems))
    for size in (1, 2, 3):
        for wanted in itertools.combinations(stems, size):
            plain = tuple(lower for lower, term in words if any(same_term(t, term) for t in wanted))
            assert _naming(list(wanted), words) == plain, wanted
