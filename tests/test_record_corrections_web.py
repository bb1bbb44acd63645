"""Corrections of read meetings through the real forms (TestClient): who may, CSRF, what the pages then say."""

from __future__ import annotations

import lxml.html
import pytest
from fastapi.testclient import TestClient

from protokoll.web.app import create_app
from record_correction_docs import ORG, ingest, write
from web_login import account_token, add_account, sign_in

PAGE = "/-/skriv/rattelse/1"
DUE = "items[2].assignments[1].due"


@pytest.fixture
def url(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'rattelse.sqlite'}"
    ingest(url, write(tmp_path / "in"))
    add_account(url, "sara", {ORG: "sekretariat"}, name="Sara Ek")
    add_account(url, "anna", {ORG: "ledamot"}, name="Anna Berg")
    add_account(url, "olle", {"Annat förbund": "sekretariat"}, name="Olle Ås")
    return url


def _client(url: str, login: str | None = None) -> TestClient:
    client = TestClient(create_app(url))
    if login:
        assert sign_in(client, login).status_code == 303
    return client


def _post(client: TestClient, field: str, value: str, reason: str = "", token: str | None = None, **more):
    page = client.get(PAGE)
    if token is None and page.status_code == 200:  # the token of the field's own form (any form's: the same)
        doc = lxml.html.fromstring(page.text)
        token = (doc.xpath(f'//form[input[@name="falt"][@value="{field}"]]/input[@name="csrf_token"]/@value')
                 or doc.xpath('//form[@class="correct"]/input[@name="csrf_token"]/@value'))[0]
    elif token is None:
        token = account_token(client)
    return client.post(PAGE, data={"csrf_token": token, "falt": field, "varde": value, "skal": reason, **more},
                       follow_redirects=False)


def test_the_secretariat_corrects_a_date_and_every_view_shows_it(url):
    sara = _client(url, "sara")
    fields = lxml.html.fromstring(sara.get(PAGE).text).xpath('//form[@class="correct"]/input[@name="falt"]/@value')
    assert {"date", "body", "items[2].title", "items[2].decisions", DUE, "items[2].assignments[1].status"} <= \
        set(fields)
    answer = _post(sara, "date", "2024-03-15", "Fel datum i dokumentet")
    assert (answer.status_code, answer.headers["location"]) == (303, f"{PAGE}#logg")
    assert _post(sara, DUE, "2024-06-01").status_code == 303

    public = _client(url)
    data = public.get("/moten/1.json").json()
    assert data["meeting"]["date"] == "2024-03-15"
    assert data["corrections"]["date"] | {"at": None} == {
        "label": "Datum", "value": "2024-03-15", "value_text": "2024-03-15", "extracted": "2024-03-14",
        "extracted_text": "2024-03-14", "by": "Sara Ek", "at": None, "reason": "Fel datum i dokumentet"}
    (assignment,) = data["items"][1]["assignments"]
    assert assignment["due"] == "2024-06-01"
    html = lxml.html.fromstring(public.get("/moten/1").text)
    (dd,) = html.xpath('//dl[@class="header"]/dt[.="Datum"]/following-sibling::dd[1]')
    assert dd.xpath('string(.//span[@class="corrected"])').startswith("rättat av Sara Ek, ")
    assert dd.xpath('string(.//details[@class="extracted"])').strip() == \
        "Inläst värde2024-03-14 (skäl: Fel datum i dokumentet)"

    log = sara.get(PAGE + ".json").json()["log"]
    assert [(r["field"], r["before"], r["after"], r["who"], r["name"]) for r in log] == [
        (DUE, "2024-05-02", "2024-06-01", "sara", "Sara Ek"), ("date", "2024-03-14", "2024-03-15", "sara", "Sara Ek")]
    org_log = sara.get("/-/skriv/logg/kollektivtrafikforbundet-norr.json").json()
    assert [r["field"] for r in org_log["log"]] == [DUE, "date"]
    assert _client(url, "anna").get("/-/skriv/logg/kollektivtrafikforbundet-norr.json").status_code == 200
    assert _client(url, "olle").get("/-/skriv/logg/kollektivtrafikforbundet-norr.json").status_code == 403

    assert _post(sara, "date", "2024-03-14", "Ändrat tillbaka").status_code == 303  # back to the value as read
    data = public.get("/moten/1.json").json()
    assert data["meeting"]["date"] == "2024-03-14" and sorted(data["corrections"]) == [DUE]
    assert [r["after"] for r in sara.get(PAGE + ".json").json()["log"]] == ["2024-03-14", "2024-06-01", "2024-03-15"]


def test_only_the_secretariat_of_the_organisation_may_correct_and_only_with_the_csrf_token(url):
    sara, anna, olle = _client(url, "sara"), _client(url, "anna"), _client(url, "olle")
    assert _post(sara, "date", "2024-03-15", token="fel").status_code == 403
    assert anna.get(PAGE).status_code == 403 and olle.get(PAGE).status_code == 403
    assert _post(anna, "date", "2024-03-15").status_code == 403
    assert _post(olle, "date", "2024-03-15").status_code == 403
    public = _client(url)
    assert public.get(PAGE, follow_redirects=False).status_code == 303  # to the sign-in form
    assert public.post(PAGE, data={"falt": "date", "varde": "2024-03-15"}).status_code == 403
    assert sara.get(PAGE + ".json").json()["log"] == []
    assert public.get("/moten/1.json").json()["meeting"]["date"] == "2024-03-14"
    links = {who: client.get(f"{PAGE}/lank.json").json()["url"]
             for who, client in (("sara", sara), ("anna", anna), ("olle", olle), ("public", public))}
    assert links == {"sara": PAGE, "anna": None, "olle": None, "public": None}


def test_a_bad_value_is_refused_with_the_reason_and_nothing_is_stored(url):
    sara = _client(url, "sara")
    answer = _post(sara, "date", "14 mars")
    assert answer.status_code == 400
    (error,) = lxml.html.fromstring(answer.text).xpath('//p[@class="error"]/text()')
    assert error == "Datum: Datum skrivs ÅÅÅÅ-MM-DD, till exempel 2024-03-14."
    assert _post(sara, "organization", "Annat").status_code == 400
    assert sara.get(PAGE + ".json").json()["log"] == []


def test_attendees_are_removed_and_added_and_a_status_closes_the_assignment(url):
    sara = _client(url, "sara")
    assert _post(sara, "attendees[Per Lind]", "", ta_bort="1", namn="Per Lind").status_code == 303
    assert _post(sara, "attendees[+]", "", namn="Eva Sund", tillhorighet="Umeå", roll="ordförande",
                 grupp="present").status_code == 303
    assert _post(sara, "items[2].assignments[1].status", "done").status_code == 303
    assert _post(sara, "next_meeting.date", "2024-04-11").status_code == 303
    assert _post(sara, "items[2].dissent", "Anna Berg\n").status_code == 303
    assert _post(sara, "items[2].forwarded_to", "Styrelsen; 2024-04-11").status_code == 303
    data = _client(url).get("/moten/1.json").json()
    names = [a["name"] for g in data["attendance"] for a in g["attendees"]]
    assert names == ["Anna Berg", "Eva Sund"]
    assert data["items"][1]["assignments"][0]["status"] == "done"
    assert sorted(data["corrections"]) == ["attendees[Eva Sund]", "attendees[Per Lind]",
                                           "items[2].assignments[1].status", "items[2].dissent",
                                           "items[2].forwarded_to", "next_meeting.date"]
    assert [(f["body"], f["date"]) for f in data["items"][1]["forwarded_to"]] == [("Styrelsen", "2024-04-11")]
    assert data["meeting"]["next_meeting"] == {"date": "2024-04-11", "start": None, "end": None}
    assert [d["name"] for d in data["items"][1]["dissent"]] == ["Anna Berg"]


def test_a_correction_a_new_version_no_longer_fits_is_on_the_status_page(url, tmp_path):
    sara = _client(url, "sara")
    assert _post(sara, DUE, "2024-06-01").status_code == 303
    ingest(url, write(tmp_path / "in", due="2024-05-20"))
    (unfit,) = _client(url).get("/-/status.json").json()["unapplied"]
    assert (unfit["kind"], unfit["subject"]) == ("record", f"styrelsen.txt {DUE}")
    page = lxml.html.fromstring(_client(url).get("/-/status").text)
    items = page.xpath('//section[@aria-labelledby="unapplied"]//li')
    assert items[0].text_content().startswith("Mötesuppgift: rättelse av styrelsen.txt items[2].assignments[1].due")


def test_every_correctable_field_has_a_swedish_label():
    from protokoll.store import record_fields as rf
    from protokoll.web import correcting as c

    assert (set(c.HEADER_LABELS), set(c.NEXT_LABELS), set(c.ITEM_LABELS), set(c.ASSIGNMENT_LABELS)) == \
        (set(rf.HEADER), set(rf.NEXT), set(rf.ITEM), set(rf.ASSIGNMENT))
    assert c.field_label("items[#3].assignments[2].due") == "Punkt nr 3 (onumrerad), uppdrag 2: klart senast"
