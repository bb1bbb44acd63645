""""Mina uppdrag" (/-/mina-uppdrag) through the real forms (TestClient) on SQLite and PostgreSQL, and the
links and marks it stores. Names and texts are made up."""

from __future__ import annotations

from datetime import date

import lxml.html
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from my_assignments_archive import TODAY, build
from protokoll.cli import main
from protokoll.store.accounts import AccountError, add_user
from protokoll.store.db import session_factory
from protokoll.store.my_assignments import AssignmentReport, add_report, assignees_of, link_assignee, reports_of
from protokoll.web.app import create_app
from web_login import sign_in


def client_of(url: str, login: str | None = None) -> TestClient:
    client = TestClient(create_app(url, today=date.fromisoformat(TODAY)))
    if login:
        assert sign_in(client, login).status_code == 303
    return client


def tasks(client: TestClient) -> dict[str, dict]:
    return {a["task"]: a for a in client.get("/-/mina-uppdrag.json").json()["assignments"]}


def test_links_and_marks_are_rows_only_added(sessions):
    with sessions() as s:
        user = add_user(s, "anna", "ett långt lösenord")
        link_assignee(s, "anna", "Anna  Berg", "person", "cli")
        link_assignee(s, "anna", "Strömstads kommun", "municipality", "cli")
        link_assignee(s, "anna", "anna berg", "person", "cli", active=False)
        link_assignee(s, "anna", "Anna Berg", "person", "cli")
        with pytest.raises(AccountError, match="not a Swedish municipality"):
            link_assignee(s, "anna", "Styrelsen", "municipality", "cli")
        with pytest.raises(AccountError, match="no user"):
            link_assignee(s, "ingen", "Anna Berg", "person", "cli")
        add_report(s, "a:5/1", "b:2", "2025-05-06", "anna", "  klart  ")
        add_report(s, "a:5/1", "b:3", "2025-05-06", "sara")
        s.commit()
        uid = user.id
    with sessions() as s:
        assert assignees_of(s, uid) == [("municipality", "Strömstad"), ("person", "Anna Berg")]
        marks = reports_of(s, ["a:5/1", "x"])
        assert [(m.item_key, m.reported_by, m.note) for m in marks["a:5/1"]] == [("b:2", "anna", "klart"),
                                                                                 ("b:3", "sara", None)]
        assert s.query(AssignmentReport).count() == 2


def test_a_member_sees_their_assignments_and_marks_one_reported_with_the_item(database_url):
    build(database_url)
    anna = client_of(database_url, "anna")
    page = anna.get("/-/mina-uppdrag")
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    mine = tasks(anna)
    assert sorted(mine) == ["redovisa utfallet", "skriva en rapport"]
    utfallet = mine["redovisa utfallet"]
    assert utfallet["status"] == "open" and utfallet["url"].startswith("/moten/")
    assert [c["label"] for c in utfallet["choices"]] == ["Styrelsen 6 maj 2025, punkt 3: Ekonomisk uppföljning",
                                                         "Styrelsen 6 maj 2025, punkt 2: Avtal",
                                                         "Styrelsen 6 maj 2025, punkt 1: Mötets öppnande"]
    assert mine["skriva en rapport"]["can_report"] is False  # no later minutes yet

    kd = client_of(database_url, "kd")  # the municipality's director: what Tanum owes, its representative's too
    assert sorted(tasks(kd)) == ["undersöka två lokaler", "yttra sig över avtalet"]
    assert tasks(client_of(database_url, "per")) == {}
    assert tasks(client_of(database_url, "olof"))["ta fram en tidplan"]["can_report"] is False  # no role there

    doc = lxml.html.fromstring(page.text)
    (form,) = [f for f in doc.xpath('//form[@class="report"]')
               if f.xpath('.//input[@name="uppdrag"]/@value') == [utfallet["id"]]]
    fields = {i.get("name"): i.get("value") for i in form.xpath(".//input[@type='hidden']")}
    item = utfallet["choices"][0]["key"]
    assert anna.post("/-/mina-uppdrag/rapportera", data={"uppdrag": utfallet["id"], "punkt": item}).status_code == 403
    theirs = tasks(kd)["yttra sig över avtalet"]["id"]
    other = anna.post("/-/mina-uppdrag/rapportera", data={**fields, "uppdrag": theirs, "punkt": item})
    assert other.status_code == 400 and "finns inte bland dina uppdrag" in other.text
    wrong = anna.post("/-/mina-uppdrag/rapportera", data={**fields, "punkt": utfallet["id"].split("/")[0]})
    assert wrong.status_code == 400 and "Välj den punkt" in wrong.text
    done = anna.post("/-/mina-uppdrag/rapportera", data={**fields, "punkt": item, "kommentar": "Redovisat muntligt"},
                     follow_redirects=False)
    assert done.status_code == 303

    after = tasks(anna)["redovisa utfallet"]
    assert after["status"] == "reported" and after["can_report"] is False
    (mark,) = after["marks"]
    assert mark["by"] == "anna" and mark["item"] == item and mark["note"] == "Redovisat muntligt"
    assert mark["item_url"].startswith("/moten/") and mark["item_url"].endswith("#punkt-3")
    register = client_of(database_url).get("/uppdrag.json", params={"status": "reported"}).json()
    (shown,) = register["assignments"]  # the public register too, with the item that reports it
    assert shown["task"] == "redovisa utfallet" and shown["reported_by"] == item and shown["evidence"] == []
    assert shown["later_url"] == mark["item_url"]
    assert client_of(database_url).get("/uppdrag.json", params={"status": "open"}).json()["count"] == 3
    again = anna.post("/-/mina-uppdrag/rapportera", data={**fields, "punkt": item})
    assert again.status_code == 400 and "redan återrapporterat" in again.text
    with session_factory(database_url)() as s:
        assert s.query(AssignmentReport).count() == 1


def test_the_page_needs_a_signed_in_account_and_the_cli_links_one(database_url):
    build(database_url)
    public = client_of(database_url).get("/-/mina-uppdrag", follow_redirects=False)
    assert public.status_code in (303, 401, 403)
    runner = CliRunner()
    env = {"PROTOKOLL_DB": database_url}
    linked = runner.invoke(main, ["user", "link", "per", "Johan Ek"], env=env)
    assert linked.exit_code == 0 and "per: answers for Johan Ek (person)" in linked.output
    assert sorted(tasks(client_of(database_url, "per"))) == ["undersöka två lokaler"]
    ended = runner.invoke(main, ["user", "link", "per", "Johan Ek", "--remove"], env=env)
    assert ended.exit_code == 0 and "no longer answers" in ended.output
    assert tasks(client_of(database_url, "per")) == {}
    bad = runner.invoke(main, ["user", "link", "per", "Ingenstans", "--municipality"], env=env)
    assert bad.exit_code == 1 and "not a Swedish municipality" in bad.output
