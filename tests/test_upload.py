"""``/-/ladda-upp``: the secretariat uploads files in the browser; each goes through the ingest of the command."""

from __future__ import annotations

import lxml.html
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from conftest import MINUTES
from protokoll.store.accounts import grant_role
from protokoll.store.db import session_factory
from protokoll.store.models import Document
from protokoll.web import uploads
from protokoll.web.app import create_app
from web_login import account_token, add_account, sign_in

ORG = "Samverkansgruppen för kollektivtrafik"
OTHER = "Räddningstjänstförbundet Söder"


def minutes(date: str, title: str) -> bytes:
    return MINUTES.format(date=date, title=title, body="Gruppen beslutade att godkänna förslaget.").encode()


@pytest.fixture
def db_url(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'upload.sqlite'}"
    add_account(url, "sara", {ORG: "sekretariat", OTHER: "ledamot"}, name="Sara Holm")
    add_account(url, "leo", {ORG: "ledamot"})
    return url


@pytest.fixture
def client(db_url, tmp_path) -> TestClient:
    app = create_app(db_url)
    app.state.upload_dir = tmp_path / "uppladdat"
    return TestClient(app)


def swedish(reason: str) -> str:
    from protokoll.web.reasons import swedish

    return swedish(reason)


def command_reason(folder, data: bytes) -> str:
    """Why `protokoll ingest` refuses a file of these bytes: the upload must say the same."""
    from protokoll.ingest import ingest_paths

    from protokoll.store.db import open_sessions

    path = folder / "kommandot" / "mote.txt"
    path.parent.mkdir()
    path.write_bytes(data)
    (failure,) = ingest_paths(open_sessions(f"sqlite:///{folder / 'kommandot.sqlite'}"), [path], 10**6).failures
    return failure[1]


def documents(db_url: str) -> list[tuple[str, int, bool]]:
    with session_factory(db_url)() as s:
        return [(d.name, d.version, d.current) for d in s.scalars(select(Document).order_by(Document.id))]


def report(response) -> list[list[str]]:
    doc = lxml.html.fromstring(response.text)
    return [[" ".join(td.text_content().split()) for td in tr.xpath("td")]
            for tr in doc.xpath('//table[@class="upload-report"]/tbody/tr')]


def upload(client, files: list[tuple[str, bytes]], token: str | None = None, **extra):
    data = {"csrf_token": token or account_token(client), **extra}
    return client.post("/-/ladda-upp", data=data, files=[("filer", (n, b, "application/octet-stream"))
                                                         for n, b in files])


def test_the_public_is_sent_to_sign_in_and_a_member_is_refused(client):
    anonymous = client.get("/-/ladda-upp", follow_redirects=False)
    assert anonymous.status_code == 303 and anonymous.headers["location"] == "/-/logga-in?nasta=/-/ladda-upp"
    assert client.get("/-/ladda-upp.json").status_code == 403
    assert client.post("/-/ladda-upp", files=[("filer", ("a.txt", b"x", "text/plain"))]).status_code == 403
    sign_in(client, "leo")
    assert client.get("/-/ladda-upp").status_code == 403
    refused = upload(client, [("m.txt", minutes("2025-03-04", "Budget"))])  # a valid token, the wrong role
    assert refused.status_code == 403 and "behörighet" in refused.text


def test_a_post_without_the_token_is_403_and_stores_nothing(client, db_url):
    sign_in(client, "sara")
    files = [("filer", ("m.txt", minutes("2025-03-04", "Budget"), "text/plain"))]
    assert client.post("/-/ladda-upp", files=files).status_code == 403
    assert client.post("/-/ladda-upp", data={"csrf_token": "gissat"}, files=files).status_code == 403
    assert documents(db_url) == []


def test_the_upload_form_names_the_organisations_the_user_serves(client):
    sign_in(client, "sara")
    page = client.get("/-/ladda-upp")
    doc = lxml.html.fromstring(page.text)
    assert page.status_code == 200 and doc.xpath("//h1")[0].text == "Ladda upp dokument"
    assert doc.xpath('//form[@action="/-/ladda-upp"]/@enctype') == ["multipart/form-data"]
    assert doc.xpath('//input[@name="organisation"]/@value') == [ORG]  # ledamot elsewhere: not offered
    assert doc.xpath('//input[@type="file"]/@multiple') == ["multiple"]


def test_uploaded_files_are_ingested_with_a_report_per_file(client, db_url, tmp_path):
    sign_in(client, "sara")
    first = upload(client, [("mote-mars.txt", minutes("2025-03-04", "Budget")),
                            ("bild.exe", b"MZ\x90\x00"), ("tom.txt", b"")], organisation=ORG)
    assert first.status_code == 200
    assert report(first) == [["mote-mars.txt", "tillagt", ""],
                             ["bild.exe", "misslyckades", "filtypen stöds inte (tillåtna: .doc, .docx, .jpeg, "
                              ".jpg, .md, .pdf, .png, .text, .tif, .tiff, .txt)"],
                             ["tom.txt", "misslyckades", "filen är tom"]]
    assert lxml.html.fromstring(first.text).xpath('//p[@class="summary"]')[0].text == \
        "1 tillagda, 0 nya versioner, 0 oförändrade, 2 misslyckade."
    assert documents(db_url) == [("mote-mars.txt", 1, True)]
    stored = tmp_path / "uppladdat" / "samverkansgruppen-for-kollektivtrafik" / "mote-mars.txt"
    assert stored.read_bytes() == minutes("2025-03-04", "Budget")

    again = upload(client, [("mote-mars.txt", minutes("2025-03-04", "Budget"))])
    assert report(again) == [["mote-mars.txt", "oförändrat (finns redan)", ""]]
    corrected = upload(client, [("mote-mars.txt", minutes("2025-03-04", "Budget och bokslut"))])
    assert report(corrected) == [["mote-mars.txt", "ny version", ""]]
    assert documents(db_url) == [("mote-mars.txt", 1, False), ("mote-mars.txt", 2, True)]
    kept = list((stored.parent / ".tidigare").iterdir())
    assert [p.read_bytes() for p in kept] == [minutes("2025-03-04", "Budget")]


def test_a_failing_upload_keeps_the_earlier_file_and_the_json_twin_reports_it(client, db_url, tmp_path):
    sign_in(client, "sara")
    upload(client, [("mote.txt", minutes("2025-03-04", "Budget"))])
    stored = tmp_path / "uppladdat" / "samverkansgruppen-for-kollektivtrafik" / "mote.txt"
    broken = client.post("/-/ladda-upp",
                         headers={"Accept": "application/json"},
                         data={"csrf_token": account_token(client)},
                         files=[("filer", ("mote.txt", b"\n \n\t\n", "text/plain"))])
    body = broken.json()
    assert broken.status_code == 200 and body["counts"] == {"inserted": 0, "updated": 0, "unchanged": 0,
                                                             "failed": 1}
    assert body["report"] == [{"name": "mote.txt", "status": "failed", "label": "misslyckades",
                               "reason": swedish(command_reason(tmp_path, b"\n \n\t\n")), "note": None}]
    assert body["report"][0]["reason"].startswith("ingen text")  # the command's reason, as the Swedish page says it
    assert stored.read_bytes() == minutes("2025-03-04", "Budget")
    assert documents(db_url) == [("mote.txt", 1, True)]


def test_names_are_cleaned_and_limits_hold(client, monkeypatch):
    sign_in(client, "sara")
    assert uploads.safe_name("../../etc/passwd.txt") == "passwd.txt"
    assert uploads.safe_name("C:\\Mina dokument\\protokoll.docx") == "protokoll.docx"
    assert uploads.safe_name("..") is None and uploads.safe_name("a\x00b.txt") == "ab.txt"
    monkeypatch.setattr(uploads, "MAX_FILE", 100)
    large = upload(client, [("stor.txt", minutes("2025-03-04", "Budget"))])
    assert report(large) == [["stor.txt", "misslyckades", "filen är större än 0 MB"]]
    too_many = upload(client, [(f"{n}.txt", b"x") for n in range(uploads.MAX_FILES + 1)])
    assert too_many.status_code == 400 and "Välj mellan 1 och 20 filer." in too_many.text


def test_uploading_for_an_organisation_the_user_does_not_serve_is_403(client, db_url):
    sign_in(client, "sara")
    refused = upload(client, [("m.txt", minutes("2025-03-04", "Budget"))], organisation=OTHER)
    assert refused.status_code == 403 and documents(db_url) == []


def test_the_upload_page_takes_bodies_over_the_site_wide_limit_and_others_do_not(client):
    sign_in(client, "sara")
    big = b"x" * 1_500_000  # over the 1 MB every other request may send
    assert client.post("/-/logga-ut", data={"csrf_token": account_token(client), "fyllnad": big.decode()}
                       ).status_code == 413
    taken = upload(client, [("stor.bin", big)])
    assert taken.status_code == 200 and report(taken)[0][:2] == ["stor.bin", "misslyckades"]


def test_a_document_read_as_another_organisations_is_stored_with_a_note(client, db_url):
    own = "Kommunalförbundet Sydkusten"
    with session_factory(db_url)() as s:
        grant_role(s, "sara", own, "sekretariat", "test")
        s.commit()
    sign_in(client, "sara")
    text = "RÄDDNINGSTJÄNSTFÖRBUNDET SÖDER\nStyrelsen\n\nPROTOKOLL 1/2025\n\nSammanträdesdatum: 2025-02-03\n\n" \
           "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n"
    other = upload(client, [("annan.txt", text.encode())], organisation=own)
    assert report(other) == [["annan.txt", "tillagt", "lästes som ett dokument från Räddningstjänstförbundet Söder, "
                                                      f"inte {own}: kontrollera"]]
    mine = upload(client, [("egen.txt", text.replace("RÄDDNINGSTJÄNSTFÖRBUNDET SÖDER", own.upper()).encode())],
                  organisation=own)
    assert report(mine) == [["egen.txt", "tillagt", ""]]


def test_an_uploaded_file_that_is_no_meeting_document_is_reported_and_not_stored(client, db_url):
    sign_in(client, "sara")
    prose = ("Sommaren var varm och många åkte ut till skärgården.\n"
             "Barnen badade varje dag och kvällarna var ljusa.\n").encode()
    result = upload(client, [("semester.txt", prose)], organisation=ORG)
    assert result.status_code == 200
    [[name, label, reason]] = report(result)
    assert (name, label) == ("semester.txt", "misslyckades")
    assert reason.startswith("inte ett mötesdokument (saknar mötesdatum")
    assert documents(db_url) == []
