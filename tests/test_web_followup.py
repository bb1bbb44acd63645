"""Truthful follow-up on the web (usability review W4, W14, W15, W16, W17, W18): what a municipality owes,
dissent with party and reason, merged people's old URLs, people by surname, expected meetings' sources."""

from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient

from conftest import SHARED, needs_shared
from protokoll.link.assignments import addressees
from protokoll.web.app import create_app
from example_archive import examples_archive

TODAY = date(2026, 12, 4)


@pytest.fixture(scope="module")
def examples(tmp_path_factory) -> TestClient:
    return TestClient(create_app(examples_archive("sqlite", tmp_path_factory, "examples"), today=TODAY))


@pytest.fixture(scope="module")
def seeds_url(tmp_path_factory) -> str:
    return examples_archive("sqlite", tmp_path_factory, "seeds", SHARED / "seeds")


@pytest.fixture(scope="module")
def seeds(seeds_url) -> TestClient:
    return TestClient(create_app(seeds_url, today=TODAY))


# --- what a municipality owes (W4) ----------------------------------------------------------------

@pytest.mark.parametrize(("assignee", "expected"), [
    ("Kommunerna", "all"), ("alla kommuner", "all"), ("Samtliga kommuner", "all"), ("respektive kommun", "all"),
    ("Kommundirektörerna", "all"), ("Habo och Mullsjö", ("Habo", "Mullsjö")),
    ("Kommundirektörerna i Habo, Aneby och Tranås", ("Habo", "Aneby", "Tranås")),
    ("Ansvariga kommundirektörer", None), ("Arbetsgruppen", None), ("Anna Lind och Per Berg", None),
    ("kommundirektörsgruppen", None)])
def test_group_assignments_are_addressed_to_all_or_named_municipalities(assignee, expected):
    assert addressees(assignee) == expected


def test_a_municipality_page_lists_its_people_and_group_assignments(examples):
    page = examples.get("/kommuner/jonkoping.json").json()
    register = examples.get("/uppdrag.json", params={"kommun": "jonkoping"}).json()["assignments"]
    listed = {a["id"]: a["owed_because"] for a in page["assignments"]}
    assert {a["id"] for a in register if a["assignee_kind"] == "person"} <= set(listed)
    groups = [a for a in examples.get("/uppdrag.json").json()["assignments"] if a["assignee"] == "Kommunerna"]
    assert groups and all(listed.get(g["id"], "").startswith("alla kommuner i ") for g in groups)
    html = examples.get("/kommuner/jonkoping").text
    assert "Inga uppdrag" not in html and "alla kommuner i " in html


@needs_shared
def test_a_municipality_page_shows_dissent_with_the_reason_and_named_group_tasks(seeds):
    page = seeds.get("/kommuner/burlov.json").json()
    (row,) = page["dissent"]
    (who,) = row["dissent"]
    assert who["name"] == "Burlöv" and "inte" in who["statement"] and who["statement"].startswith("Burlöv")
    assert any(a["owed_because"].startswith("alla kommuner i ") for a in page["assignments"])
    assert "stöder därmed inte" in seeds.get("/kommuner/burlov").text
    named = [a for a in seeds.get("/kommuner/eslov.json").json()["assignments"]
             if a["owed_because"] == "namngiven bland flera kommuner"]
    assert named and not [a for a in seeds.get("/kommuner/lund.json").json()["assignments"]
                          if a["owed_because"] == "namngiven bland flera kommuner"]


# --- dissent with party and reason (W16) ---------------------------------------------------------

def test_the_meeting_page_shows_each_dissenter_with_party_and_reason(examples):
    meetings = examples.get("/moten.json").json()
    found = []
    for m in meetings["meetings"]:
        for d in m.get("documents") or []:
            page = examples.get(d["url"] + ".json").json()
            found += [x for i in page.get("items") or [] for x in i["dissent"]]
    assert found and all(x["statement"] and x["name"] in x["statement"] for x in found), found
    people = [x for x in found if x["url"]]  # people carry a party; a municipality does not
    assert people and all(x["party"] and f"{x['name']} ({x['party']})" in x["statement"] for x in people)
    assert all("reserverar sig" in x["statement"] for x in people)


# --- a merged person's old URL (W14) ---------------------------------------------------------------

@needs_shared
def test_a_merged_persons_old_url_redirects_to_the_person(cli, db):
    assert cli("ingest", str(SHARED / "seeds")).exit_code == 0
    client = TestClient(create_app(db, today=TODAY), follow_redirects=False)
    people = {p["id"] for p in client.get("/personer.json").json()["people"]}
    assert {"per-almlof", "per-almstrom"} <= people
    assert client.get("/personer/ingen-sadan-person").status_code == 404
    result = cli("people", "merge", "per-almlof", "per-almstrom")
    assert result.exit_code == 0, result.output
    client = TestClient(create_app(db, today=TODAY), follow_redirects=False)
    now = {p["id"] for p in client.get("/personer.json").json()["people"]}
    (gone,) = {"per-almlof", "per-almstrom"} - now
    (kept,) = {"per-almlof", "per-almstrom"} & now
    for suffix in ("", ".json", "/kalender.ics"):
        response = client.get(f"/personer/{gone}{suffix}")
        assert response.status_code == 308 and response.headers["location"] == f"/personer/{kept}{suffix}"
    assert client.get(f"/personer/{kept}").status_code == 200
    assert client.get("/personer/ingen-sadan-person").status_code == 404


# --- people lists by surname, counts of meetings (W15, W17) -------------------------------------------

def test_people_lists_are_sorted_by_surname_and_count_meetings(examples):
    from protokoll.web.pages.people import surname_key

    assert sorted(["Örjan Berg", "Anna Åkesson", "Per Zetterlund", "Eva Ahl"], key=surname_key) == [
        "Eva Ahl", "Örjan Berg", "Per Zetterlund", "Anna Åkesson"]
    meetings = len(examples.get("/moten.json").json()["meetings"])
    people = examples.get("/personer.json").json()["people"]
    assert all(p["meetings"] <= meetings for p in people)
    for path in ("/personer.json", "/kommuner/jonkoping.json"):
        names = [p["name"] for p in examples.get(path).json()["people"]]
        assert len(names) > 1 and names == sorted(names, key=surname_key), path
    person = examples.get("/personer/ahmed-karimi.json").json()["person"]
    assert len({m["meeting"] for m in person["meetings"]}) == len(person["meetings"])


# --- expected meetings link the documents that announce them (W18) ---------------------------------

def test_an_expected_meeting_links_the_documents_that_mention_it(examples):
    expected = [m for m in examples.get("/moten.json").json()["meetings"] if m.get("expected")]
    assert expected
    for m in expected:
        page = examples.get(m["url"] + ".json").json()
        assert page["mentioned_in"], m["url"]
        for d in page["mentioned_in"]:
            held = examples.get(d["url"] + ".json").json()
            assert d["how"] in ("nästa möte", "ärenden skickas dit")
            assert held["meeting"]["date"] < m["date"] and held["meeting"]["organization"] == m["organization"]
        html = examples.get(m["url"]).text
        assert all(f'href="{d["url"]}"' in html for d in page["mentioned_in"])


def test_a_municipality_url_shared_by_two_names_opens_the_one_the_archive_has_seen(examples):
    """"Habo" (Jönköpings län, in the examples) and "Håbo" (Uppsala län) both fold to /kommuner/habo."""
    page = examples.get("/kommuner/habo.json").json()
    assert page["municipality"]["name"] == "Habo" and page["memberships"] and page["people"]
    assert any(a["owed_because"] == "kommunens företrädare" for a in page["assignments"])
    assert examples.get("/kommuner/Håbo.json").json()["municipality"]["name"] == "Håbo"


def test_the_register_filtered_by_municipality_lists_what_its_page_lists(examples, seeds):
    for client, place in ((examples, "jonkoping"), (examples, "habo"), (seeds, "burlov"), (seeds, "eslov")):
        page = {a["id"] for a in client.get(f"/kommuner/{place}.json").json()["assignments"]}
        register = client.get("/uppdrag.json", params={"kommun": place}).json()
        assert page and {a["id"] for a in register["assignments"]} == page, place
        assert register["filters"] == {"uppdragstagare": "", "kommun": place, "organ": "", "status": "",
                                       "senast": ""}
    assert examples.get("/uppdrag.json", params={"kommun": "ingenstans"}).json()["assignments"] == []
