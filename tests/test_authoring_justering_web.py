"""Justering and publishing through the real forms of ``/-/skriv/{id}`` (TestClient, a real SQLite file).

Names, bodies and texts are made up for these tests.
"""

from __future__ import annotations

from datetime import date, timedelta

import lxml.html
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from authoring_flow import ORG, write_meeting
from protokoll.read import read_document
from protokoll.store.authoring_justering import AuthoredStep
from protokoll.store.db import session_factory
from protokoll.web.app import create_app
from web_login import account_token, add_account, form_token, sign_in


@pytest.fixture
def db_url(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'justering.sqlite'}"
    add_account(url, "sara", {ORG: "sekretariat"}, name="Eva Sund")
    add_account(url, "anna", {ORG: "ledamot"}, name="Anna Berg")
    add_account(url, "per", {ORG: "ledamot"}, name="Per Lind")
    add_account(url, "leo", {ORG: "ledamot"}, name="Leo Ås")
    add_account(url, "olof", {"Räddningstjänsten Mitt": "sekretariat"})
    return url


def client_of(db_url: str, login: str | None = None) -> TestClient:
    client = TestClient(create_app(db_url))
    if login:
        assert sign_in(client, login).status_code == 303
    return client


def steps(db_url: str) -> list[tuple[str, str]]:
    with session_factory(db_url)() as s:
        return [(r.step, r.who) for r in s.scalars(select(AuthoredStep).order_by(AuthoredStep.id))]


def post_form(client: TestClient, page_url: str, action: str, **fields):
    """Send the form posting to ``action`` on the page, with its hidden fields and ``fields``."""
    doc = lxml.html.fromstring(client.get(page_url).text)
    (form,) = doc.xpath(f'//form[@action="{action}"]')
    data = {i.get("name"): i.get("value") for i in form.xpath(".//input[@type='hidden']")}
    return client.post(action, data={**data, **fields}, follow_redirects=False)


def test_sent_approved_by_two_members_and_published_with_its_anslag(db_url):
    sara = client_of(db_url, "sara")
    meeting = write_meeting(sara)
    url = f"/-/skriv/{meeting}"
    token = form_token(sara.get(url), f"{url}/sort")
    assert sara.post(f"{url}/sort", data={"csrf_token": token, "sort": "protocol"}).status_code == 200
    answer = post_form(sara, url, f"{url}/justering", justerare=["anna", "per"])
    assert answer.status_code == 303, answer.text
    page = sara.get(f"{url}.json").json()
    assert page["justering"]["state"] == "justering" and page["editable"] is False
    changed = sara.post(f"{url}/sort", data={"csrf_token": token, "sort": "minutes"})
    assert changed.status_code == 400 and "skickat för justering" in changed.text  # locked while sent

    anna, per, leo = client_of(db_url, "anna"), client_of(db_url, "per"), client_of(db_url, "leo")
    assert leo.get(f"{url}.json").json()["justering"]["can_approve"] is False
    sha = anna.get(f"{url}.json").json()["justering"]["document_sha256"]
    wrong = post_form(anna, url, f"{url}/justera", sha256="0" * 64)
    assert wrong.status_code == 409 and steps(db_url) == [("sent", "sara")]
    refused = leo.post(f"{url}/justera", data={"csrf_token": account_token(leo),
                                               "version": str(page["version"]), "sha256": sha})
    assert refused.status_code == 400 and "inte utsedd" in refused.text
    no_token = anna.post(f"{url}/justera", data={"version": str(page["version"]), "sha256": sha})
    assert no_token.status_code == 403
    assert post_form(anna, url, f"{url}/justera").status_code == 303
    assert post_form(per, url, f"{url}/justera").status_code == 303
    assert steps(db_url) == [("sent", "sara"), ("approved", "anna"), ("approved", "per"), ("justerad", "per")]

    public = client_of(db_url)
    assert public.get("/-/status.json").json()["documents"] == 0  # justerad, not yet published
    olof = client_of(db_url, "olof")
    assert olof.post(f"{url}/publicera", data={"csrf_token": account_token(olof),
                                               "anslag": "1"}).status_code == 404
    posted = date.today()
    answer = post_form(sara, url, f"{url}/publicera", anslag="1", anslag_datum=posted.isoformat(),
                       forvaring="Förbundskontoret")
    assert answer.status_code == 303, answer.text

    log = sara.get(f"{url}.json").json()["justering"]
    last = (posted + timedelta(days=21)).isoformat()
    assert log["state"] == "published" and log["anslag"]["last_appeal"] == last
    assert [(r["what"], r["who"]) for r in log["log"]][-5:] == [("sent", "sara"), ("approved", "anna"),
                                                               ("approved", "per"), ("justerad", "per"),
                                                               ("published", "sara")]
    assert [r["sha256"] for r in log["log"] if r["what"] == "approved"] == [sha, sha]

    meetings = public.get("/moten.json").json()["meetings"]
    assert public.get("/-/status.json").json()["documents"] == 1
    (shown,) = [d for m in meetings for d in m["documents"] if d["name"] == f"skriv-{meeting}-2025-05-06.pdf"]
    assert "Budget för nästa år" in public.get(shown["url"]).text
    items = public.get(shown["url"] + ".json").json()["items"]
    assert [i["label"] for i in items] == ["1.", "2.", "3."]  # as the archive's text prints them
    assert [(d["name"], d["party"], d["statement"]) for d in items[1]["dissent"]] == [
        ("Per Lind", "C", "vill vänta på bokslutet")]  # the reservation as the secretariat wrote it
    documents = public.get("/dokument/1").text
    assert f"Datum då anslaget sätts upp: {posted.isoformat()}" in documents
    assert f"Sista dag för överklagande: {last}" in documents and "Justerat av Per Lind" in documents

    original = public.get("/dokument/1/original")  # the protocol as published, its ANSLAG/BEVIS with it
    assert original.headers["content-type"] == "application/pdf"
    text = read_document(original.content).text
    assert "ANSLAG/BEVIS" in text and last in text and "Justerare:\tPer Lind" in text
    assert f"justerare, justerat digitalt {date.today().isoformat()}" in text  # Per Lind's signature line
    assert sara.get(f"{url}/dokument.pdf").content == original.content  # the same document in the workspace


def test_a_member_returns_the_minutes_with_a_comment_and_the_secretariat_can_change_them_again(db_url):
    sara = client_of(db_url, "sara")
    meeting = write_meeting(sara)
    url = f"/-/skriv/{meeting}"
    token = form_token(sara.get(url), f"{url}/sort")
    sara.post(f"{url}/sort", data={"csrf_token": token, "sort": "minutes"})
    assert post_form(sara, url, f"{url}/justering", justerare="per").status_code == 303
    per = client_of(db_url, "per")
    empty = post_form(per, url, f"{url}/returnera", kommentar=" ")
    assert empty.status_code == 400 and "Skriv vad som ska ändras" in empty.text
    assert post_form(per, url, f"{url}/returnera", kommentar="Punkt 2: fel datum.").status_code == 303
    page = sara.get(f"{url}.json").json()
    assert page["justering"]["state"] == "draft" and page["editable"] is True
    assert page["justering"]["log"][-1]["comment"] == "Punkt 2: fel datum."
    assert sara.post(f"{url}/sort", data={"csrf_token": token, "sort": "protocol"}).status_code == 200
    nobody = post_form(sara, url, f"{url}/justering")
    assert nobody.status_code == 400 and "Välj vem som ska justera" in nobody.text
    assert post_form(sara, url, f"{url}/justering", justerare="per").status_code == 303
    assert post_form(sara, url, f"{url}/ta-tillbaka").status_code == 303
    assert steps(db_url) == [("sent", "sara"), ("returned", "per"), ("sent", "sara"), ("withdrawn", "sara")]


def test_the_approval_hash_is_the_hash_of_the_pdf_the_adjuster_is_shown(db_url):
    """The page links the PDF of the version sent; its SHA-256 is what the form carries and the approval
    keeps; WeasyPrint renders it to the same bytes in another process; a stale hash is 409."""
    import hashlib
    import json
    import os
    import subprocess
    import sys

    sara = client_of(db_url, "sara")
    meeting = write_meeting(sara)
    url = f"/-/skriv/{meeting}"
    token = form_token(sara.get(url), f"{url}/sort")
    assert sara.post(f"{url}/sort", data={"csrf_token": token, "sort": "protocol"}).status_code == 200
    assert post_form(sara, url, f"{url}/justering", justerare=["anna", "per"]).status_code == 303

    anna = client_of(db_url, "anna")
    doc = lxml.html.fromstring(anna.get(url).text)
    (link,) = doc.xpath('//form[@class="approve"]//a[@class="justering-pdf"]/@href')
    (form_sha,) = doc.xpath('//form[@class="approve"]//input[@name="sha256"]/@value')
    shown = anna.get(link)
    assert shown.status_code == 200 and shown.headers["content-type"] == "application/pdf"
    assert hashlib.sha256(shown.content).hexdigest() == form_sha
    assert "Budget för nästa år" in read_document(shown.content).text
    public = client_of(db_url).get(link, follow_redirects=False)
    assert public.status_code in (303, 401, 403) and public.headers["content-type"] != "application/pdf"
    assert client_of(db_url, "olof").get(link).status_code == 404  # nor another organisation's

    record = sara.get(f"{url}.json").json()["record"]
    again = subprocess.run(
        [sys.executable, "-c", "import hashlib, json, sys; from protokoll.render import render; "
                               "print(hashlib.sha256(render(json.loads(sys.stdin.read()), 'pdf')).hexdigest())"],
        input=json.dumps(record), capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert again.stdout.strip() == form_sha  # the same bytes, rendered anew elsewhere

    assert post_form(anna, url, f"{url}/justera").status_code == 303
    with session_factory(db_url)() as s:
        (approval,) = s.scalars(select(AuthoredStep).where(AuthoredStep.step == "approved"))
    assert approval.document_sha256 == form_sha
    (kept,) = lxml.html.fromstring(sara.get(url).text).xpath('//a[@class="approved-pdf"]/@href')
    assert kept == f"{url}/justerat/{form_sha}.pdf"  # the bytes approved, stored by their hash
    assert hashlib.sha256(sara.get(kept).content).hexdigest() == form_sha
    assert sara.get(f"{url}/justerat/{'0' * 64}.pdf").status_code == 404
    assert client_of(db_url, "olof").get(kept).status_code == 404

    assert post_form(sara, url, f"{url}/ta-tillbaka").status_code == 303  # changed and sent again: a new PDF
    assert sara.post(f"{url}/sort", data={"csrf_token": token, "sort": "minutes"}).status_code == 200
    assert post_form(sara, url, f"{url}/justering", justerare=["anna", "per"]).status_code == 303
    per = client_of(db_url, "per")
    stale = post_form(per, url, f"{url}/justera", sha256=form_sha)
    assert stale.status_code == 409 and steps(db_url)[-1] == ("sent", "sara")
    fresh = lxml.html.fromstring(per.get(url).text).xpath('//form[@class="approve"]//input[@name="sha256"]/@value')
    assert fresh and fresh[0] != form_sha
