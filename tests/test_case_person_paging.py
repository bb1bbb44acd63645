"""A case's timeline and a person's meetings grow with the archive, so their pages show them a page
(``sida``) at a time (issue 11): the pages together are the whole list, in its order; the case's
assignments are those given in the page's items; the page's summary counts the whole."""

from __future__ import annotations

import lxml.html
import pytest
from fastapi.testclient import TestClient

from protokoll.web.app import create_app
from protokoll.web.pages import cases as case_pages
from protokoll.web.pages import people as person_pages
from example_archive import SITE, TODAY


@pytest.fixture(scope="module")
def db_url(archive) -> str:
    return archive


def fresh(db_url: str) -> TestClient:
    """A client whose page cache is empty (pages are kept per URL, whatever the page size)."""
    return TestClient(create_app(db_url, today=TODAY, base_url=SITE + "/"))


def every_page(client: TestClient, path: str) -> list[dict]:
    """The JSON of page 1 of ``path`` and each page its ``next_url`` leads to."""
    out, url = [], path + ".json"
    while url:
        response = client.get(url)
        assert response.status_code == 200, url
        out.append(response.json())
        following = out[-1]["pages"]["next_url"]
        url = following.replace(path, path + ".json", 1) if following else None
    return out


@pytest.fixture(scope="module")
def longest_case(db_url) -> str:
    listed = fresh(db_url).get("/arenden.json?alla=true").json()["cases"]
    return max(listed, key=lambda c: c["items"])["id"]


@pytest.fixture(scope="module")
def busiest_person(db_url) -> str:
    return max(fresh(db_url).get("/personer.json").json()["people"], key=lambda p: p["meetings"])["id"]


def test_a_case_timeline_read_a_page_at_a_time_is_the_whole_timeline(db_url, longest_case, monkeypatch):
    whole = fresh(db_url).get(f"/arenden/{longest_case}.json").json()
    assert whole["pages"] == {"page": 1, "pages": 1, "previous_url": None, "next_url": None}
    assert len(whole["timeline"]) == whole["case"]["items"] >= 7 and len(whole["assignments"]) >= 3
    monkeypatch.setattr(case_pages, "TIMELINE_SIZE", 3)
    paged = every_page(fresh(db_url), f"/arenden/{longest_case}")
    assert len(paged) == -(-whole["case"]["items"] // 3)
    assert [p["pages"]["page"] for p in paged] == list(range(1, len(paged) + 1))
    assert all(len(p["timeline"]) == 3 for p in paged[:-1])
    assert [i for p in paged for i in p["timeline"]] == whole["timeline"]
    assert [a for p in paged for a in p["assignments"]] == whole["assignments"]
    assert all(p["case"] == whole["case"] for p in paged)  # the summary: every item, first and last date
    for p in paged:  # each page's assignments are given in its own items
        items = {i["id"] for i in p["timeline"]}
        assert all(a["item"]["id"] in items for a in p["assignments"])
    assert paged[1]["pages"]["previous_url"] == f"/arenden/{longest_case}"


def test_a_case_page_past_the_last_is_not_found_and_the_html_links_its_neighbours(db_url, longest_case,
                                                                                  monkeypatch):
    monkeypatch.setattr(case_pages, "TIMELINE_SIZE", 3)
    client = fresh(db_url)
    last = client.get(f"/arenden/{longest_case}.json").json()["pages"]["pages"]
    assert client.get(f"/arenden/{longest_case}.json?sida={last + 1}").status_code == 404
    assert client.get(f"/arenden/{longest_case}?sida=0").status_code == 422
    doc = lxml.html.fromstring(client.get(f"/arenden/{longest_case}?sida=2").text)
    assert doc.xpath("//section[@id='tidslinje']//a[@rel='next']/@href")[0] == f"/arenden/{longest_case}?sida=3"
    assert doc.xpath("//section[@id='tidslinje']//a[@rel='prev']/@href")[0] == f"/arenden/{longest_case}"
    assert len(doc.xpath("//ol[@class='timeline']/li")) == 3


@pytest.fixture(scope="module")
def most_assigned(db_url) -> str:
    """The person the most assignments are given to (linked by the register's assignee links)."""
    rows = fresh(db_url).get("/uppdrag.json").json()
    counts: dict[str, int] = {}
    for a in rows["assignments"]:
        url = a.get("assignee_url") or ""
        if url.startswith("/personer/"):
            counts[url.removeprefix("/personer/")] = counts.get(url.removeprefix("/personer/"), 0) + 1
    return max(counts, key=counts.get)


def test_a_persons_meetings_read_a_page_at_a_time_are_all_their_meetings(db_url, busiest_person, monkeypatch):
    whole = fresh(db_url).get(f"/personer/{busiest_person}.json").json()
    meetings = whole["person"]["meetings"]
    assert len(meetings) >= 5 and whole["pages"]["pages"] == 1
    monkeypatch.setattr(person_pages, "MEETINGS_SIZE", 2)
    monkeypatch.setattr(person_pages, "ASSIGNMENTS_SIZE", 100)
    paged = every_page(fresh(db_url), f"/personer/{busiest_person}")
    assert len(paged) == -(-len(meetings) // 2)
    assert [m for p in paged for m in p["person"]["meetings"]] == meetings
    paged_lists = ("meetings", "affiliations", "titles")  #: each read a page at a time
    for p in paged:  # all but the paged lists: the same on every page
        assert {k: v for k, v in p["person"].items() if k not in paged_lists} == \
            {k: v for k, v in whole["person"].items() if k not in paged_lists}
    assert whole["person"]["counts"]["meetings"] == len(meetings)
    assert [a for p in paged for a in p["person"]["affiliations"]] == whole["person"]["affiliations"]
    assert paged[0]["assignments"] == whole["assignments"] and all(not p["assignments"] for p in paged[1:])
    html = fresh(db_url).get(f"/personer/{busiest_person}?sida=2").text
    assert len(lxml.html.fromstring(html).xpath("//table[@class='meetings']/tbody/tr")) == 2


def test_a_persons_assignments_read_a_page_at_a_time_are_all_their_assignments(db_url, most_assigned,
                                                                                monkeypatch):
    whole = fresh(db_url).get(f"/personer/{most_assigned}.json").json()
    assigned = whole["assignments"]
    assert len(assigned) >= 2
    monkeypatch.setattr(person_pages, "ASSIGNMENTS_SIZE", 1)
    monkeypatch.setattr(person_pages, "MEETINGS_SIZE", 1000)
    client = fresh(db_url)
    paged = every_page(client, f"/personer/{most_assigned}")
    assert len(paged) == len(assigned)  # the longer list decides how many pages there are
    assert [a for p in paged for a in p["assignments"]] == assigned
    assert paged[0]["person"] == whole["person"] and all(not p["person"]["meetings"] for p in paged[1:])
    assert client.get(f"/personer/{most_assigned}.json?sida={len(assigned) + 1}").status_code == 404


def test_a_kept_person_page_asks_the_database_no_more_than_a_kept_case_page(db_url, busiest_person, longest_case):
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    client, counted = fresh(db_url), []

    def count(*args, **kwargs) -> None:
        counted.append(1)

    def statements(path: str) -> int:
        client.get(path)  # made and kept
        counted.clear()
        event.listen(Engine, "before_cursor_execute", count)
        try:
            assert client.get(path).status_code == 200
        finally:
            event.remove(Engine, "before_cursor_execute", count)
        return len(counted)

    assert statements(f"/personer/{busiest_person}.json") == statements(f"/arenden/{longest_case}.json") <= 1


def test_a_persons_history_read_a_page_at_a_time_is_their_whole_history(db_url, monkeypatch):
    listed = fresh(db_url).get("/personer.json").json()["people"]
    wholes = {p["id"]: fresh(db_url).get(f"/personer/{p['id']}.json").json() for p in listed}
    key = max(wholes, key=lambda k: len(wholes[k]["person"]["affiliations"]) + len(wholes[k]["person"]["titles"]))
    whole = wholes[key]["person"]
    runs = len(whole["affiliations"]) + len(whole["titles"])
    assert len(whole["affiliations"]) >= 2 and whole["titles"] and wholes[key]["pages"]["pages"] == 1
    assert (whole["counts"]["affiliations"], whole["counts"]["titles"]) == (len(whole["affiliations"]),
                                                                            len(whole["titles"]))
    monkeypatch.setattr(person_pages, "HISTORY_SIZE", 1)
    monkeypatch.setattr(person_pages, "MEETINGS_SIZE", 1000)
    monkeypatch.setattr(person_pages, "ASSIGNMENTS_SIZE", 1000)
    client = fresh(db_url)
    paged = every_page(client, f"/personer/{key}")
    assert len(paged) == max(len(whole["affiliations"]), len(whole["titles"])) < runs + 1
    assert [a for p in paged for a in p["person"]["affiliations"]] == whole["affiliations"]
    assert [t for p in paged for t in p["person"]["titles"]] == whole["titles"]
    assert all(p["person"]["counts"] == whole["counts"] for p in paged)
    assert paged[0]["person"]["meetings"] == whole["meetings"] and all(not p["person"]["meetings"] for p in paged[1:])
    html = lxml.html.fromstring(client.get(f"/personer/{key}?sida=1").text)
    assert html.xpath("//section[@id='tillhorighet']//p[@class='note']")  # says the history goes on
    assert client.get(f"/personer/{key}.json?sida={len(paged) + 1}").status_code == 404
