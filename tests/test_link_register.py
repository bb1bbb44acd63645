"""The assignment register over many organisations: reports are found through an index, per organisation."""

from __future__ import annotations

from datetime import date

from protokoll.link import reports
from protokoll.link.assignments import register
from protokoll.link.cases import build_cases, collect_items
from protokoll.link.chain import Source, build_chain


def _record(org: str, day: str, items: list[dict]) -> dict:
    return {"source": f"{org}-{day}.txt", "kind": "minutes", "organization": org, "body": "Styrgruppen",
            "date": day, "year": int(day[:4]), "items": items}


def _item(number: str, title: str, decisions=(), assignments_=()) -> dict:
    return {"number": number, "title": title, "decisions": list(decisions), "assignments": list(assignments_)}


def _archive(orgs: int) -> list[Source]:
    """Per organisation: a task to Anna Lind in March, her report in May under another title."""
    sources = []
    for n in range(orgs):
        org = f"Samverkansgrupp {n}"
        task = {"assignee": "Anna Lind", "task": "utreda bussupphandlingen i länet"}
        march = _record(org, "2024-03-01", [_item("1", f"Taxesättning {n}", ["Anna Lind får i uppdrag att "
                                                                             "utreda bussupphandlingen."], [task])])
        may = _record(org, "2024-05-01", [_item("1", f"Övrigt {n}", [
            "Anna Lind redovisade utredningen av bussupphandlingen."])])
        sources += [Source(2 * n + 1, march["source"], march), Source(2 * n + 2, may["source"], may)]
    return sources


def test_a_report_is_found_in_the_organisation_that_gave_the_task():
    chain = build_chain(_archive(3))
    items = collect_items(chain)
    entries = register(chain, items, build_cases(chain, (), items), date(2024, 6, 1))
    assert len(entries) == 3
    for e in entries:
        org = e.item.meeting.organization
        assert e.status == "reported" and e.reported_by.startswith(f"{org}-2024-05-01"), e.to_dict()
    before = register(chain, items, build_cases(chain, (), items), date(2024, 4, 1))
    assert {e.status for e in before} == {"open"}  # the report is not held yet


def test_a_report_in_another_organisation_does_not_count():
    sources = _archive(2)
    lone = [s for s in sources if s.record["organization"] == "Samverkansgrupp 0"
            and s.record["date"] == "2024-03-01"]
    others = [s for s in sources if s.record["organization"] == "Samverkansgrupp 1"
              and s.record["date"] == "2024-05-01"]
    chain = build_chain(lone + others)
    items = collect_items(chain)
    (entry,) = register(chain, items, build_cases(chain, (), items), date(2024, 6, 1))
    assert (entry.status, entry.reported_by) == ("open", None)


def test_the_register_reads_only_candidate_items(monkeypatch):
    """Checking every later item for every task grows with the square of the archive."""
    calls = 0
    real = reports._names_assignee

    def counting(assignee: str, text: str) -> bool:
        nonlocal calls
        calls += 1
        return real(assignee, text)

    monkeypatch.setattr(reports, "_names_assignee", counting)
    chain = build_chain(_archive(60))
    items = collect_items(chain)
    entries = register(chain, items, build_cases(chain, (), items), date(2024, 6, 1))
    assert len(entries) == 60 and all(e.status == "reported" for e in entries)
    assert calls <= 2 * len(entries)  # reading every later item would be some 60 per task
