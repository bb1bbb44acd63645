"""``/-/skriv``: meetings written in the app, through the real forms (TestClient) and a real SQLite file."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import lxml.html
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

import protokoll.render
from authoring_flow import MEETING, ORG, PDF, write_meeting
from protokoll.link.chain import slug
from protokoll.read import Page, Text, read_document
from protokoll.record import Assignment, Attendee, Forward, Item, MeetingRecord
from protokoll.store import Incoming, save
from protokoll.store.authoring import MAX_ATTACHMENT, AuthoredFile, AuthoredVersion
from protokoll.store.db import session_factory
from protokoll.web.app import create_app
from web_login import account_token, add_account, form_token, sign_in

OTHER = "Räddningstjänsten Mitt"


@pytest.fixture
def db_url(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'skriv.sqlite'}"
    add_account(url, "sara", {ORG: "sekretariat"}, name="Sara Holm")
    add_account(url, "leo", {ORG: "ledamot"})
    add_account(url, "olof", {OTHER: "sekretariat"})
    return url


def client_of(db_url: str, login: str | None = None) -> TestClient:
    client = TestClient(create_app(db_url))
    if login:
        sign_in(client, login)
    return client


def versions(db_url: str) -> int:
    with session_factory(db_url)() as s:
        return s.scalar(select(func.count()).select_from(AuthoredVersion))


def test_the_public_and_other_organisations_never_see_a_draft(db_url):
    meeting = write_meeting(client_of(db_url, "sara"))
    public = client_of(db_url)
    assert public.get("/-/skriv", follow_redirects=False).status_code == 303  # to the sign-in form
    for path in ("/-/skriv.json", f"/-/skriv/{meeting}.json"):
        assert public.get(path).status_code == 403
    for path in (f"/-/skriv/{meeting}", f"/-/skriv/{meeting}/dokument.pdf"):
        answer = public.get(path, follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"].startswith("/-/logga-in?nasta=")
    assert "Budget för nästa år" not in public.get("/moten.json").text
    assert public.get("/-/status.json").json()["documents"] == 0
    olof = client_of(db_url, "olof")
    assert olof.get(f"/-/skriv/{meeting}.json").status_code == 404
    assert olof.post("/-/skriv", data={"csrf_token": account_token(olof), **MEETING}).status_code == 403  # not his
    assert olof.get("/-/skriv.json").json()["meetings"] == []
    assert olof.post(f"/-/skriv/{meeting}/sort", data={"csrf_token": account_token(olof), "sort": "protocol"}
                     ).status_code == 404
    leo = client_of(db_url, "leo")  # a member reads the draft of the organisation, and changes nothing
    assert leo.get(f"/-/skriv/{meeting}.json").json()["editable"] is False
    before = versions(db_url)
    refused = leo.post(f"/-/skriv/{meeting}/sort", data={"csrf_token": account_token(leo), "sort": "protocol"})
    assert refused.status_code == 403 and versions(db_url) == before
    assert leo.post("/-/skriv", data={"csrf_token": account_token(leo), **MEETING}).status_code == 403


def test_a_post_without_the_token_is_403_and_saves_nothing(db_url):
    sara = client_of(db_url, "sara")
    meeting = write_meeting(sara, with_minutes=False)
    before = versions(db_url)
    for path, data in (("/-/skriv", MEETING), ("/-/skriv/punkt", {"mote": str(meeting), "titel": "X"}),
                       (f"/-/skriv/{meeting}/narvaro", {"antal": "0", "ny_namn": "X"}),
                       (f"/-/skriv/{meeting}/punkt/1", {"beslut": "att X"}),
                       (f"/-/skriv/{meeting}/sort", {"sort": "protocol"})):
        assert sara.post(path, data=data).status_code == 403
        assert sara.post(path, data={**data, "csrf_token": "gissat"}).status_code == 403
    assert versions(db_url) == before


def test_every_change_is_a_new_version_and_the_same_save_adds_none(db_url):
    sara = client_of(db_url, "sara")
    meeting = write_meeting(sara)
    page = sara.get(f"/-/skriv/{meeting}.json").json()
    assert [v["version"] for v in page["versions"]] == list(range(1, 9))  # created, 3 items, attendance, 3 minutes
    assert {v["saved_by"] for v in page["versions"]} == {"sara"} and page["state"] == "draft"
    token = account_token(sara)
    assert sara.post(f"/-/skriv/{meeting}/sort", data={"csrf_token": token, "sort": "protocol"}).status_code == 200
    assert sara.post(f"/-/skriv/{meeting}/sort", data={"csrf_token": token, "sort": "protocol"}).status_code == 200
    page = sara.get(f"/-/skriv/{meeting}.json").json()
    assert page["version"] == 9 and page["kind"] == "protocol"
    with session_factory(db_url)() as s:  # the first version is still the empty agenda it was
        first = s.scalar(select(AuthoredVersion).where(AuthoredVersion.version == 1))
        assert first.record["items"] == [] and first.record["kind"] == "agenda"
    record = page["record"]
    assert [a["name"] for a in record["attendees"]] == ["Per Lind", "Anna Berg", "Eva Sund"]  # Lisa Ström absent
    assert record["chair"] == "Anna Berg" and record["attendees"][1]["role"] == "ordförande"
    assert record["items"][2]["assignments"] == [{"assignee": "Johan Ek", "task": "undersöka två lokaler",
                                                  "due": "2025-09-01"}]
    assert record["items"][1]["forwarded_to"] == [{"body": "Förbundsfullmäktige", "date": "2025-06-10"}]
    assert record["items"][1]["dissent"] == ["Per Lind"]  # the record names who; party and reason beside it
    assert page["reservations"] == {"2": [{"who": "Per Lind", "party": "C", "reason": "vill vänta på bokslutet"}]}
    leo = client_of(db_url, "leo")
    (shown,) = lxml.html.fromstring(leo.get(f"/-/skriv/{meeting}").text).xpath('//p[@class="dissent"]')
    assert shown.text_content() == "Reservation: Per Lind (C): vill vänta på bokslutet"


def test_an_attachment_is_stored_by_its_hash_and_served_back(db_url):
    sara = client_of(db_url, "sara")
    meeting = write_meeting(sara, with_minutes=False)
    page = sara.get(f"/-/skriv/{meeting}.json").json()
    assert page["record"]["items"][1]["attachments"] == ["bilaga 1"]
    (f,) = page["files"].values()
    assert f["sha256"] == hashlib.sha256(PDF).hexdigest() and f["size"] == len(PDF)
    answer = sara.get(f["url"])
    assert answer.content == PDF and answer.headers["content-type"] == "application/pdf"
    token = account_token(sara)  # the same bytes again: one stored file, a second label
    assert sara.post("/-/skriv/punkt", data={"csrf_token": token, "mote": str(meeting), "titel": "Igen"},
                     files={"bilaga": ("kopia.pdf", PDF, "application/pdf")}).status_code == 200
    with session_factory(db_url)() as s:
        assert s.scalar(select(func.count()).select_from(AuthoredFile)) == 1
    assert sara.get(f"/-/skriv/{meeting}/bilaga/{'0' * 64}").status_code == 404


@pytest.mark.parametrize("name,data,reason", [
    ("program.exe", b"MZ\x90\x00", "bara PDF"),
    ("falsk.pdf", b"<html>", "bara PDF"),
    ("tom.pdf", b"", "tom"),
])
def test_an_attachment_of_another_type_is_refused_and_nothing_saved(db_url, name, data, reason):
    sara = client_of(db_url, "sara")
    meeting = write_meeting(sara, with_minutes=False)
    before = versions(db_url)
    answer = sara.post("/-/skriv/punkt", data={"csrf_token": account_token(sara), "mote": str(meeting), "titel": "Ny"},
                       files={"bilaga": (name, data, "application/pdf")})
    assert answer.status_code == 400 and reason in answer.text and name in answer.text
    assert versions(db_url) == before


def test_a_bad_date_or_assignment_is_a_clear_400(db_url):
    sara = client_of(db_url, "sara")
    token = form_token(sara.get("/-/skriv"), "/-/skriv")
    bad = sara.post("/-/skriv", data={"csrf_token": token, **MEETING, "date": "6 maj"})
    assert bad.status_code == 400 and "ÅÅÅÅ-MM-DD" in bad.text
    meeting = write_meeting(sara, with_minutes=False)
    before = versions(db_url)
    bad = sara.post(f"/-/skriv/{meeting}/punkt/1", data={"csrf_token": token, "uppdrag": "bara ett namn"})
    assert bad.status_code == 400 and "vem; uppgift" in bad.text and versions(db_url) == before
    kept = sara.post(f"/-/skriv/{meeting}/punkt/1", data={"csrf_token": token,
                                                          "uppdrag": "Eva Sund; boka lokalen; till nästa möte"})
    assert kept.status_code == 200
    (a,) = sara.get(f"/-/skriv/{meeting}.json").json()["record"]["items"][0]["assignments"]
    assert a == {"assignee": "Eva Sund", "task": "boka lokalen", "due": None}  # not a date: abstained


def stored(db_url: str, record: MeetingRecord) -> None:
    text = Text(format="txt", pages=[Page(1, record.source)])
    with session_factory(db_url)() as s:
        save(s, Incoming(path=record.source, name=record.source, sha256=hashlib.sha256(record.source.encode())
                         .hexdigest(), size=1, text=text, parsed_text=record.source, record=record))
        s.commit()


def test_the_roster_and_the_proposed_items_come_from_the_archive(db_url):
    earlier = MeetingRecord(source="styrelsen-2025-03-04.txt", kind="protocol", organization=ORG.upper(),
                            body="Styrelsen", date="2025-03-04", year=2025,
                            attendees=[Attendee("Per Lind", "Tanum", role="ledamot"),
                                       Attendee("Gustav Gäst", group="guest")],
                            items=[Item("1", "Lokaler", assignments=[
                                Assignment("Johan Ek", "boka lokal", "2025-05-06"),
                                Assignment("Eva Sund", "skriva PM", "2025-12-01")])])
    other = MeetingRecord(source="au-2025-04-01.txt", kind="minutes", organization=ORG, body="Arbetsutskottet",
                          date="2025-04-01", year=2025,
                          items=[Item("1", "Taxor", forwarded_to=[Forward("Styrelsen", "2025-05-06")])])
    stored(db_url, earlier)
    stored(db_url, other)
    sara = client_of(db_url, "sara")
    meeting = write_meeting(sara, with_minutes=False)
    page = sara.get(f"/-/skriv/{meeting}.json").json()
    assert [(p["name"], p["status"]) for p in page["roster"]] == [("Per Lind", "absent")]
    assert [(p["title"], p["reason"]) for p in page["proposals"]] == [
        ("Johan Ek: boka lokal", "uppdrag att redovisa"), ("Taxor", "överlämnat från Arbetsutskottet")]


def test_an_organisation_s_own_docx_template_is_used(db_url, tmp_path):
    shipped = Path(protokoll.render.__file__).parent / "templates" / "agenda.docx"
    own = tmp_path / "mallar" / slug(ORG) / "agenda.docx"
    own.parent.mkdir(parents=True)
    with zipfile.ZipFile(shipped) as src, zipfile.ZipFile(own, "w") as out:
        for entry in src.infolist():
            data = src.read(entry)
            if entry.filename == "word/document.xml":  # the organisation's own line under the title
                data = data.replace(b"<w:body>", b"<w:body><w:p><w:r><w:t>V\xc3\xa4stkustens mall</w:t></w:r></w:p>")
            out.writestr(entry, data)
    sara = client_of(db_url, "sara")
    meeting = write_meeting(sara, with_minutes=False)
    default = read_document(sara.get(f"/-/skriv/{meeting}/dokument.docx?som=agenda").content).text
    sara.app.state.templates_dir = tmp_path / "mallar"
    theirs = read_document(sara.get(f"/-/skriv/{meeting}/dokument.docx?som=agenda").content).text
    assert "Västkustens mall" not in default and theirs.startswith("Västkustens mall")
    assert "Budget för nästa år" in theirs
    minutes = read_document(sara.get(f"/-/skriv/{meeting}/dokument.docx?som=minutes").content).text
    assert "Västkustens mall" not in minutes  # only the kind the organisation has its own template of


def test_an_item_taken_off_moves_the_later_ones_up(db_url):
    sara = client_of(db_url, "sara")
    meeting = write_meeting(sara)
    token = account_token(sara)
    assert sara.post(f"/-/skriv/{meeting}/punkt/1/ta-bort", data={"csrf_token": token}).status_code == 200
    page = sara.get(f"/-/skriv/{meeting}.json").json()
    assert [(i["number"], i["title"]) for i in page["record"]["items"]] == [
        ("1", "Budget för nästa år"), ("2", "Lokal för räddningsövningar")]
    assert list(page["reservations"]) == ["1"] and page["record"]["items"][0]["attachments"] == ["bilaga 1"]
    assert sara.post(f"/-/skriv/{meeting}/punkt/9/ta-bort", data={"csrf_token": token}).status_code == 400
    with session_factory(db_url)() as s:  # the version before still holds the item
        before = s.scalar(select(AuthoredVersion).where(AuthoredVersion.version == page["version"] - 1))
        assert before.record["items"][0]["title"] == "Val av justerare"


def test_a_proposed_item_is_added_with_one_button(db_url):
    stored(db_url, MeetingRecord(source="au-2025-04-01.txt", kind="minutes", organization=ORG,
                                 body="Arbetsutskottet", date="2025-04-01", year=2025,
                                 items=[Item("1", "Taxor", forwarded_to=[Forward("Styrelsen", None)])]))
    sara = client_of(db_url, "sara")
    meeting = write_meeting(sara, with_minutes=False)
    doc = lxml.html.fromstring(sara.get(f"/-/skriv/{meeting}").text)
    (form,) = doc.xpath('//form[@class="add-proposal"]')
    fields = {i.get("name"): i.get("value") for i in form.xpath(".//input")}
    assert sara.post(form.get("action"), data=fields).status_code == 200
    items = sara.get(f"/-/skriv/{meeting}.json").json()["record"]["items"]
    assert (items[-1]["number"], items[-1]["title"]) == ("4", "Taxor")


def test_an_attachment_of_some_megabytes_is_taken_and_one_past_the_limit_is_not(db_url):
    sara = client_of(db_url, "sara")
    meeting = write_meeting(sara, with_minutes=False)
    fields = {"csrf_token": account_token(sara), "mote": str(meeting), "titel": "Ritningar"}
    big = PDF + b"0" * 3_000_000  # past the 1 MB other forms may send
    assert sara.post("/-/skriv/punkt", data=fields, files={"bilaga": ("ritning.pdf", big, "application/pdf")},
                     follow_redirects=False).status_code == 303
    before = versions(db_url)
    too_big = PDF + b"0" * MAX_ATTACHMENT
    assert sara.post("/-/skriv/punkt", data=fields, files={"bilaga": ("stor.pdf", too_big, "application/pdf")}
                     ).status_code in (400, 413)
    assert versions(db_url) == before
    assert sara.post("/-/skriv/punkt", data={**fields, "mote": "999"}).status_code == 404
