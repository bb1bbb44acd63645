"""What a municipality owes (issue 11): decided when linking (``owed_assignments``, ``linking.owed``) and
read by one query (``query.owed``) for the municipality page, the register's ``kommun`` filter and "my
assignments"; the municipality page's long lists paged with ``sida``, newest first, with their counts.

``fixtures/owed_examples.json`` is what the two implementations this replaced (the page's
``owed``/``owed_because`` and the register's ``owed_ids``) both answered on the example archive,
computed before they were deleted: municipality -> [assignment key, why as the page says it]; since then
one assignment the examples' hand-made records always held is read too (``2024-02-08-minnesanteckningar:4/1``,
owed by every member municipality), and is added here; and since session 25 a task given to two municipalities
("Aneby och Vaggeryd meddelar ...") is owed by each (`2024-03-14-minnesanteckningar:4/1` and `4/2`)."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import create_engine, select

from protokoll.link.owed import ALL, NAMED, OWN, REPRESENTATIVE, Affiliations, owed_by
from protokoll.query.owed import owed, owed_count, reasons
from protokoll.store.db import open_sessions
from protokoll.store.linked_tables import AssignmentRow, LinkedItem, ChainMeeting
from protokoll.web.pages import municipalities

EXPECTED = json.loads((Path(__file__).parent / "fixtures" / "owed_examples.json").read_text(encoding="utf-8"))


def test_every_municipality_owes_what_the_old_answers_said(archive):
    sessions = open_sessions(archive)
    with sessions() as s:
        found = {}
        for name in EXPECTED:
            rows = s.execute(select(AssignmentRow.id, AssignmentRow.key, ChainMeeting.organization)
                             .join(LinkedItem, LinkedItem.id == AssignmentRow.item_id)
                             .join(ChainMeeting, ChainMeeting.id == LinkedItem.chain_meeting_id)
                             .where(owed(name))).all()
            why = reasons(s, name, [i for i, _, _ in rows])
            found[name] = sorted([k, municipalities.because(why[k][0], org)] for _, k, org in rows)
            assert owed_count(s, name) == len(rows)
        assert not s.scalar(select(AssignmentRow.id).where(owed("Kiruna")))  # named by no assignment
    sessions.kw["bind"].dispose()
    assert found == EXPECTED
    assert {why for pairs in EXPECTED.values() for _, why in pairs} >= {"kommunen", "kommunens företrädare"}


def test_the_rule_of_who_owes():
    assert owed_by("municipality", "Jönköpings kommun") == [("Jönköping", OWN)]
    assert owed_by("person", "Anna Berg", ["Habo"], represents="Mullsjö") == [("Mullsjö", REPRESENTATIVE)]
    assert owed_by("person", "Anna Berg", represents="Vätterstadsregionen") == []  # not a municipality
    assert owed_by("person", "Anna Berg") == []
    assert owed_by("group", "Kommunerna", ["Habo", "Mullsjö"]) == [("Habo", ALL), ("Mullsjö", ALL)]
    assert owed_by("group", "Kommundirektörerna i Habo och Tranås", ["Habo", "Mullsjö"]) == [("Habo", NAMED)]
    assert owed_by("group", "Ansvariga tjänstepersoner", ["Habo"]) == []


def test_an_affiliation_is_the_one_written_there_else_the_latest_before_else_the_first_after():
    known = Affiliations([(1, "2024-01-10", "Habo"), (2, "2024-03-01", "Mullsjö"), (3, None, "Tranås"),
                          (4, "2024-03-01", "Aneby")])
    assert known.at(3, "2024-02-01") == "Tranås"
    assert known.at(9, "2024-02-01") == "Habo"
    assert known.at(9, "2024-05-01") == "Mullsjö"  # of two equally dated, the first
    assert known.at(9, "2023-01-01") == "Habo"
    assert Affiliations([]).at(1, "2024-01-01") is None


def test_the_long_lists_of_a_municipality_page_are_paged_newest_first(client, monkeypatch):
    whole = client.get("/kommuner/jonkoping.json").json()
    assert whole["pages"] == {"page": 1, "pages": 1, "total": 10, "per_page": municipalities.PER_PAGE, "previous_url": None,
                              "next_url": None}
    assert whole["counts"] == {k: len(whole[k]) for k in ("attendance", "people", "assignments", "dissent")}
    dates = [a["date"] for a in whole["attendance"]]
    assert dates == sorted(dates, reverse=True) and len(set(dates)) > 1
    monkeypatch.setattr(municipalities, "PER_PAGE", 3)
    first = client.get("/kommuner/jonkoping.json?sida=1").json()
    assert first["counts"] == whole["counts"]
    assert first["pages"]["pages"] == 4 and first["pages"]["next_url"] == "/kommuner/jonkoping?sida=2"
    second = client.get("/kommuner/jonkoping.json?sida=2").json()
    assert second["pages"]["previous_url"] == "/kommuner/jonkoping"
    for key in ("attendance", "people", "assignments"):
        assert first[key] + second[key] == whole[key][:6], key
    last = client.get("/kommuner/jonkoping.json?sida=4").json()
    assert last["attendance"] == whole["attendance"][9:] and last["assignments"] == []
    assert client.get("/kommuner/jonkoping.json?sida=5").status_code == 404
    html = client.get("/kommuner/jonkoping?sida=2").text
    assert 'rel="next" href="/kommuner/jonkoping?sida=3"' in html and "10 möten" in html


def test_an_archive_linked_before_the_migration_owes_after_its_next_relink(archive):
    """Migration 0024 makes the tables; storage does not know the linkers, so it clears the link report
    and the next relink is full and fills them (what the old answers said)."""
    from conftest import migration_before
    from sqlalchemy import func, text

    from protokoll.linking import relink
    from protokoll.store.linked_tables import DissentRow, OwedRow

    engine = create_engine(archive)
    with engine.begin() as conn:  # as an archive linked before 0024
        for statement in ("DROP TABLE owed_assignments", "DROP TABLE dissent_municipalities",
                          "DROP INDEX ix_person_mentions_affiliation_person_date",
                          "DROP INDEX ix_chain_meetings_attended"):
            conn.execute(text(statement))
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": migration_before("owed_assignments")})
    engine.dispose()
    sessions = open_sessions(archive)  # opening the archive migrates it
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(OwedRow)) == 0
        report = relink(s)
        s.commit()
        assert report.scope.startswith("full"), report.scope
        assert report.tables["owed_assignments"].inserted == sum(map(len, EXPECTED.values()))
        assert report.tables["dissent_municipalities"].inserted >= 1
        assert s.scalar(select(func.count()).select_from(DissentRow)) >= 1
        assert relink(s).scope == "unchanged"
    sessions.kw["bind"].dispose()
    test_every_municipality_owes_what_the_old_answers_said(archive)
