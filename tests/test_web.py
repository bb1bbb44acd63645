"""The web app over a real SQLite database made by ingesting the example archive.

Pages are checked by parsing their HTML (lxml), feeds with icalendar, csv and
lxml. The database is built once per module; ``today`` is fixed so that
"upcoming" and "overdue" do not move with the calendar.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import socket
import subprocess
import sys
import time
from urllib.parse import urlsplit

import icalendar
import lxml.etree
import lxml.html
import pytest
from fastapi.testclient import TestClient

from conftest import SHARED, needs_shared
from example_archive import EXAMPLES, SITE, TODAY, ingest
from protokoll.web.app import create_app

ATOM = "{http://www.w3.org/2005/Atom}"
PAGES = ["/", "/moten", "/moten/5", "/dokument/5", "/arenden", "/personer", "/personer/elin-frojd",
         "/kommuner", "/kommuner/jonkoping", "/organisationer", "/organisationer/vatterstadsregionen",
         "/organ/vatterstadsregionen/styrelsen", "/uppdrag", "/sok", "/-/status"]
EVIL = "<script>alert(1)</script>"


def swedish_csv(response) -> list[dict]:
    """The rows of a CSV export as Swedish Excel reads it: UTF-8 with BOM, ";" between fields."""
    assert response.status_code == 200 and response.content.startswith("\ufeff".encode())
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))


def html(response) -> lxml.html.HtmlElement:
    assert response.status_code == 200, (response.url, response.status_code)
    assert response.headers["content-type"].startswith("text/html")
    return lxml.html.fromstring(response.text)


def texts(doc, xpath: str) -> list[str]:
    return [" ".join(e.text_content().split()) for e in doc.xpath(xpath)]


def internal_links(doc) -> set[str]:
    """Links to our own pages (not static files, feeds or exports), without fragments."""
    out = set()
    for href in doc.xpath("//a/@href"):
        parts = urlsplit(href)
        if parts.scheme or not parts.path.startswith("/") or parts.path.startswith("/static/"):
            continue
        if parts.path.endswith((".ics", ".csv", ".xlsx", ".xml", ".json", "/original")):
            continue
        out.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


# --- every page is also data --------------------------------------------------------------------

@pytest.mark.parametrize("path", PAGES)
def test_every_page_and_its_json_twin_answer_from_one_context(client, path):
    doc = html(client.get(path))
    assert doc.get("lang") == "sv"
    twin = "/.json" if path == "/" else path + ".json"
    data = client.get(twin)
    assert data.status_code == 200 and data.headers["content-type"] == "application/json"
    context = data.json()
    assert texts(doc, "//h1") == [context["title"]]
    assert doc.xpath("//title")[0].text_content().startswith(context["title"])
    assert doc.xpath("//link[@rel='alternate'][@type='application/json']/@href") == [twin]
    accepted = client.get(path, headers={"Accept": "application/json"})
    assert accepted.json() == context


def test_every_link_between_pages_leads_somewhere(client):
    """Crawl from the start page: every internal link answers 200 (after redirects)."""
    seen, queue = set(), ["/"]
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        seen.add(path)
        doc = html(client.get(path))
        queue.extend(internal_links(doc) - seen)
    assert {"/moten/5", "/personer/elin-frojd", "/kommuner/jonkoping", "/dokument/5",
            "/organ/vatterstadsregionen/styrelsen"} <= seen
    assert any(p.startswith("/arenden/c-") for p in seen)
    assert len(seen) > 60


# --- meetings and documents ---------------------------------------------------------------------

def _meeting_id(client, source: str) -> int:
    meetings = client.get("/moten.json").json()["meetings"]
    return next(d["meeting_id"] for m in meetings for d in m["documents"] if d["name"] == source)


def test_meeting_page_shows_the_record_with_item_anchors(client):
    expected = json.loads((EXAMPLES / "expected" / "2024-06-12-styrelsen-protokoll.json").read_text())
    mid = _meeting_id(client, "2024-06-12-styrelsen-protokoll.txt")
    doc = html(client.get(f"/moten/{mid}"))
    anchors = doc.xpath("//section[@id='punkter']/article/@id")
    assert anchors == [f"punkt-{i['number']}" for i in expected["items"]]
    titles = texts(doc, "//section[@id='punkter']/article/h3")
    assert [t.split(" ", 2)[2] for t in titles] == [i["title"] for i in expected["items"]]
    assert texts(doc, "//dd[@class='chair']") == [expected["chair"]]
    assert doc.xpath("//dd[@class='chair']/a/@href") == ["/personer/anders-hulten"]
    present = texts(doc, "//ul[contains(@class,'present')]/li/a[@class='person']")
    assert present == [a["name"] for a in expected["attendees"] if a["group"] == "present"]
    decisions = texts(doc, "//article[@id='punkt-10']//div[@class='decisions']//li")
    assert decisions == next(i for i in expected["items"] if i["number"] == "10")["decisions"]
    assert doc.xpath("//nav[@class='chain']/a[@rel='next']/@href") == [f"/moten/{mid + 2}"]
    assert doc.xpath("//p[@class='source']/a/@href") == [f"/dokument/{mid}"]


def test_meeting_keys_resolve_by_date_and_chain_id(client):
    first = client.get("/moten/2024-02-08", follow_redirects=False)
    assert first.status_code == 302 and first.headers["location"] == f"/moten/{_meeting_id(client, '2024-02-08-minnesanteckningar.txt')}"
    both = html(client.get("/moten/2024-03-14"))
    assert sorted(texts(both, "//table[@class='meetings']//td[5]/a")) == ["dagordning", "minnesanteckningar"]
    expected = html(client.get("/moten/2025-06-11-vatterstadsregionen-styrelsen"))
    assert "finns inte i arkivet" in texts(expected, "//p[@class='notice']")[0]
    assert client.get("/moten/2025-06-11-vatterstadsregionen-styrelsen.json").json()["meeting"]["expected"]


def test_document_page_gives_provenance_and_text(client):
    mid = _meeting_id(client, "2024-11-20-styrelsen-protokoll.pdf")
    data = client.get(f"/dokument/{mid}.json").json()["document"]
    raw = (EXAMPLES / "2024-11-20-styrelsen-protokoll.pdf").read_bytes()
    assert data["sha256"] == hashlib.sha256(raw).hexdigest() and data["format"] == "pdf"
    assert [p["method"] for p in data["pages"]] == ["text_layer", "text_layer"]
    doc = html(client.get(f"/dokument/{mid}"))
    assert texts(doc, "//table[@class='pages']//td[2]") == ["textlager", "textlager"]
    assert len(doc.xpath("//pre[@class='document-text']")) == 2
    assert "Teknikdagen" in doc.xpath("//pre[@class='document-text']")[0].text_content() + \
        doc.xpath("//pre[@class='document-text']")[1].text_content()


# --- linked pages ---------------------------------------------------------------------------------

def test_case_timeline_and_its_atom_feed(client):
    cases = client.get("/arenden.json").json()["cases"]
    teknik = next(c for c in cases if c["title"] == "Teknikdagen")
    page = client.get(f"{teknik['url']}.json").json()
    dates = [i["date"] for i in page["timeline"]]
    assert dates == sorted(dates) and dates[0] == "2024-02-08" and len(dates) == teknik["items"]
    feed = lxml.etree.fromstring(client.get(page["atom_url"]).content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == len(dates)
    assert len({e.findtext(f"{ATOM}id") for e in entries}) == len(entries)
    assert feed.findtext(f"{ATOM}title") == "Ärende: Teknikdagen"


def test_person_page_lists_roles_and_assignments(client):
    data = client.get("/personer/elin-frojd.json").json()
    assert data["person"]["name"] == "Elin Fröjd"
    assert all("sekreterare" in m["roles"] for m in data["person"]["meetings"] if m["group"] == "other")
    assert data["assignments"] and all(a["assignee"] == "Elin Fröjd" for a in data["assignments"])
    doc = html(client.get("/personer/elin-frojd"))
    assert len(doc.xpath("//section[@id='moten']//tbody/tr")) == len(data["person"]["meetings"])


def test_organisation_chart_is_inline_svg_without_script(client):
    data = client.get("/organisationer/vatterstadsregionen.json").json()
    doc = html(client.get("/organisationer/vatterstadsregionen"))
    charts = doc.xpath("//section[@id='narvaro']//svg")
    assert len(charts) == 2
    assert len(charts[0].xpath(".//rect[@class='bar']")) == len(data["attendance"])
    assert {m["municipality"] for m in data["members"]} == {
        "Aneby", "Gislaved", "Habo", "Jönköping", "Mullsjö", "Nässjö", "Tranås", "Vaggeryd"}
    municipality = html(client.get("/kommuner/jonkoping"))
    assert municipality.xpath("//section[@id='narvaro']//svg//rect[@class='bar']")


def test_body_page_lists_its_meetings_expected_ones_too(client):
    data = client.get("/organ/vatterstadsregionen/styrelsen.json").json()
    kinds = {m["date"]: m["kind"] for m in data["meetings"]}
    assert kinds["2024-06-12"] == "protocol" and kinds["2025-06-11"] == "expected"


# --- the assignment register --------------------------------------------------------------------

def test_register_filters_json_csv_and_htmx_agree(client):
    everything = client.get("/uppdrag.json").json()
    overdue = client.get("/uppdrag.json?status=overdue").json()
    assert 0 < overdue["count"] < everything["count"]
    assert {a["status"] for a in overdue["assignments"]} == {"overdue"}
    rows = swedish_csv(client.get("/uppdrag.csv?status=overdue"))
    assert [r["Id"] for r in rows] == [a["id"] for a in overdue["assignments"]]
    assert {r["Status"] for r in rows} == {"försenat"}
    due = client.get("/uppdrag.json?senast=2024-06-30&kommun=jonkoping").json()["assignments"]
    assert due and all(a["due"] <= "2024-06-30" for a in due)
    styrelsen = client.get("/uppdrag.json?organ=vatterstadsregionen/styrelsen").json()["assignments"]
    assert styrelsen and {a["meeting"]["body"] for a in styrelsen} == {"Styrelsen"}
    partial = client.get("/uppdrag?status=overdue", headers={"HX-Request": "true"})
    root = lxml.html.fragment_fromstring(partial.text)
    assert root.get("id") == "register" and len(root.xpath(".//tbody/tr")) == overdue["count"]
    form = html(client.get("/uppdrag")).xpath("//form[@class='filters']")[0]
    assert form.get("hx-get") == "/uppdrag" and form.get("hx-target") == "#register"


def test_register_rejects_a_bad_date_in_swedish(client):
    response = client.get("/uppdrag?senast=igår")
    assert response.status_code == 400
    assert "inget datum" in lxml.html.fromstring(response.text).xpath("//p[@class='error']")[0].text_content()


# --- calendars and the API description ------------------------------------------------------------

def test_calendar_has_every_meeting_and_deadline(client):
    meetings = client.get("/moten.json").json()["meetings"]
    register = client.get("/uppdrag.json").json()["assignments"]
    cal = icalendar.Calendar.from_ical(client.get("/kalender.ics").content)
    events, todos = cal.walk("VEVENT"), cal.walk("VTODO")
    assert len(events) == sum(1 for m in meetings if m["date"])
    assert len(todos) == sum(1 for a in register if a["due"])
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids)
    again = icalendar.Calendar.from_ical(client.get("/kalender.ics").content)
    assert [str(e["UID"]) for e in again.walk("VEVENT")] == uids
    expected = [e for e in events if str(e["STATUS"]) == "TENTATIVE"]
    assert len(expected) == sum(1 for m in meetings if m["expected"])


@pytest.mark.parametrize("path", ["/personer/elin-frojd/kalender.ics", "/kommuner/jonkoping/kalender.ics",
                                  "/organ/vatterstadsregionen/styrelsen/kalender.ics"])
def test_narrower_calendars_parse(client, path):
    response = client.get(path)
    assert response.headers["content-type"].startswith("text/calendar")
    assert icalendar.Calendar.from_ical(response.content).walk("VEVENT")


def test_openapi_describes_the_routes(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/moten/{key}", "/moten/{key}.json", "/uppdrag.csv", "/kalender.ics", "/api/search"} <= set(paths)


# --- safety ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/", "/moten.json", "/static/protokoll.css", "/finns-inte", "/kalender.ics"])
def test_security_headers_on_every_answer(client, path):
    headers = client.get(path).headers
    assert "default-src 'self'" in headers["content-security-policy"]
    assert "unsafe-inline" not in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"


@pytest.mark.parametrize("path", PAGES)
def test_pages_have_no_inline_script_or_style(client, path):
    doc = html(client.get(path))
    assert all(s.get("src") and not (s.text or "").strip() for s in doc.xpath("//script"))
    assert not doc.xpath("//style | //*[@style] | //*[@*[starts-with(name(), 'on')]]")


def test_only_get_and_head_and_small_bodies(client):
    assert client.head("/").status_code == 200 and client.head("/").content == b""
    refused = client.post("/", content=b"x")
    assert refused.status_code == 405
    assert "inte tillåten" in lxml.html.fromstring(refused.text).xpath("//h1")[0].text_content()
    assert client.post("/", content=b"x" * 1_100_000).status_code == 413


@pytest.mark.parametrize("path", ["/finns-inte", "/moten/99999", "/personer/ingen-alls", "/arenden/c-0",
                                  "/kommuner/atlantis", "/dokument/abc", "/organ/x/y"])
def test_not_found_pages_are_swedish(client, path):
    response = client.get(path)
    assert response.status_code == 404
    doc = lxml.html.fromstring(response.text)
    assert doc.get("lang") == "sv" and "Sidan finns inte" in doc.xpath("//h1")[0].text_content()
    as_json = client.get(path, headers={"Accept": "application/json"})
    assert as_json.status_code == 404 and as_json.json()["status"] == 404


def test_document_text_is_escaped(tmp_path):
    folder = tmp_path / "evil"
    folder.mkdir()
    (folder / "2025-02-03-minnesanteckningar.txt").write_text("\n".join([
        "Vätterstadsregionen - kommundirektörsgruppen", "", "MINNESANTECKNINGAR", "",
        "Mötesdatum: 2025-02-03", "Närvarande: Mats Öberg (Tranås, ordförande), Fredrik Åkesson (Jönköping)", "",
        "1. Mötets öppnande", "", "Mats Öberg hälsade välkommen.", "",
        f"2. Teknikdag {EVIL} och mer", "", f"Beslut: Gruppen noterar {EVIL}.", "",
        "3. Övriga frågor", "", "Inga.", ""]), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'evil.sqlite'}"
    ingest([folder], url)
    client = TestClient(create_app(url, today=TODAY))
    for path in ["/moten/1", "/dokument/1", "/", "/arenden?alla=true"]:
        doc = html(client.get(path))
        assert not [s for s in doc.xpath("//script") if "alert" in (s.text or "")], path
    page = html(client.get("/moten/1"))
    assert EVIL in texts(page, "//article[@id='punkt-2']/h3")[0]
    assert texts(page, "//article[@id='punkt-2']//div[@class='decisions']//li") == [f"Gruppen noterar {EVIL}."]
    text = html(client.get("/dokument/1")).xpath("//pre[@class='document-text']")[0].text_content()
    assert f"2. Teknikdag {EVIL} och mer" in text


# --- linking is cached until the stored documents change --------------------------------------------

def test_pages_show_a_new_ingest_without_holding_the_archive(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(EXAMPLES / "2024-02-08-minnesanteckningar.txt", folder)
    url = f"sqlite:///{tmp_path / 'cache.sqlite'}"
    ingest([folder], url)
    app = create_app(url, today=TODAY)
    client = TestClient(app)
    for path in ["/", "/moten", "/personer", "/uppdrag"]:
        assert client.get(path).status_code == 200
    assert not hasattr(app.state.web, "cache")  # no linked archive kept by the process
    shutil.copy(EXAMPLES / "2024-06-12-styrelsen-protokoll.txt", folder)
    ingest([folder], url)
    dates = [m["date"] for m in client.get("/moten.json").json()["meetings"]]
    assert "2024-06-12" in dates


# --- search ---------------------------------------------------------------------------------------

def _search_module():
    return pytest.importorskip("protokoll.store.search", reason="the search index is not installed")


def test_search_shows_highlighted_snippets_and_facets(client):
    _search_module()
    doc = html(client.get("/sok?q=Teknikdagen"))
    hits = doc.xpath("//ol[@class='hits']/li")
    assert hits and all(h.xpath(".//p[@class='snippet']") for h in hits)
    assert doc.xpath("//p[@class='snippet']/mark")
    assert {"Organisation", "Organ", "År"} <= set(texts(doc, "//section[@class='facet']/h2"))
    link = doc.xpath("//ol[@class='hits']/li//h2/a/@href")[0]
    path, anchor = link.split("#")
    assert html(client.get(path)).xpath(f"//*[@id='{anchor}']")


def test_search_api_csv_and_atom(client):
    _search_module()
    data = client.get("/api/search?q=Teknikdagen").json()
    assert data["results"] and set(data["facets"]) >= {"organization", "body", "year", "municipality", "kind"}
    assert set(data["results"][0]) >= {"meeting_date", "organization", "body", "item_number", "title",
                                       "snippet", "url"}
    rows = swedish_csv(client.get("/sok.csv?q=Teknikdagen"))
    assert rows and rows[0]["Länk"].startswith(SITE + "/moten/")
    feed = lxml.etree.fromstring(client.get("/sok/atom.xml?q=Teknikdagen").content)
    assert feed.findall(f"{ATOM}entry")
    year = client.get("/api/search?q=Teknikdagen&ar=2024").json()["results"]
    assert year and {r["meeting_date"][:4] for r in year} == {"2024"}


def test_search_snippet_is_the_only_markup_let_through(client, monkeypatch):
    search = _search_module()
    real = search.search

    def evil(session, q, **kw):
        result = real(session, q, **kw)
        result.hits[0].title = EVIL
        result.hits[0].snippet = f"före <mark>träff</mark> {EVIL}"
        return result

    monkeypatch.setattr(search, "search", evil)
    doc = html(client.get("/sok?q=Teknikdagen"))
    assert not [s for s in doc.xpath("//script") if "alert" in (s.text or "")]
    first = doc.xpath("//ol[@class='hits']/li")[0]
    assert texts(first, ".//h2") == [EVIL]
    assert texts(first, ".//p[@class='snippet']/mark") == ["träff"]


def test_search_says_when_it_is_not_available(client, monkeypatch):
    monkeypatch.setitem(sys.modules, "protokoll.store.search", None)
    doc = html(client.get("/sok?q=Teknikdagen"))
    assert "ej tillgänglig" in texts(doc, "//p[contains(@class,'unavailable')]")[0].lower()
    assert client.get("/api/search?q=Teknikdagen").status_code == 503


# --- the command --------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_starts_a_real_server(db_url):
    import httpx2

    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-c", "from protokoll.cli import main; main()", "serve", "--port", str(port), "--db", db_url],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline, response = time.monotonic() + 60, None  # as Server.start: a loaded machine is slow
        while time.monotonic() < deadline and response is None:
            try:
                response = httpx2.get(f"http://127.0.0.1:{port}/-/status.json", timeout=2)
            except httpx2.TransportError:
                time.sleep(0.2)
        assert response is not None and response.status_code == 200, proc.stderr.read1().decode()
        assert response.json()["documents"] == 12
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# --- the seeds ------------------------------------------------------------------------------------

@needs_shared
def test_seed_pages_all_answer(tmp_path):
    url = f"sqlite:///{tmp_path / 'seeds.sqlite'}"
    ingest([SHARED / "seeds"], url)
    client = TestClient(create_app(url, today=TODAY))
    seen, queue = set(), ["/"]
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        seen.add(path)
        doc = html(client.get(path))
        queue.extend(internal_links(doc) - seen)
        if not path.startswith("/sok"):
            assert client.get(path, headers={"Accept": "application/json"}).status_code == 200
    assert any(p.startswith("/moten/") for p in seen) and any(p.startswith("/personer/") for p in seen)
    cal = icalendar.Calendar.from_ical(client.get("/kalender.ics").content)
    meetings = client.get("/moten.json").json()["meetings"]
    assert len(cal.walk("VEVENT")) == sum(1 for m in meetings if m["date"])


@needs_shared
def test_document_page_shows_the_repairs_and_the_raw_text(tmp_path):
    """An OCR-damaged document: the repaired text, each change with its reason, and the text as read."""
    from fastapi.testclient import TestClient
    from lxml import html as lhtml

    from protokoll.ingest import ingest_paths
    from protokoll.store.db import session_factory
    from protokoll.web.app import create_app

    url = f"sqlite:///{tmp_path / 'ocr.sqlite'}"
    damaged = next((SHARED / "seeds").glob("003_*.txt"))
    assert ingest_paths(session_factory(url), [damaged], 10**8).counts["inserted"] == 1
    client = TestClient(create_app(url))
    data = client.get("/dokument/1.json").json()
    repairs = data["document"]["repairs"]
    assert any(r["before"] == "Bjérklund" and r["after"] == "Björklund" for r in repairs)
    assert "Bjérklund" in data["document"]["raw_text"] and "Bjérklund" not in data["document"]["text"]
    page = lhtml.fromstring(client.get("/dokument/1").text)
    rows = page.xpath("//section[@id='reparationer']//tbody/tr")
    assert len(rows) == len(repairs)
    assert page.xpath("//section[@id='originaltext']/pre")


def test_status_says_when_ingest_linked_the_archive_and_that_the_server_only_loaded_it(client):
    data = client.get("/-/status.json").json()
    assert data["linked_at"] and data["linking_seconds"] >= 0
    assert data["linking_runs"] == 1
    assert "Arkivet länkat" in client.get("/-/status").text


def test_reported_links_to_the_reporting_item_with_its_evidence_else_okant(client):
    data = client.get("/uppdrag.json").json()["assignments"]
    reported = [a for a in data if a["status"] == "reported"]
    assert reported and all(a["reported_by"] and a["evidence"] and a["later_url"] for a in reported)
    assert not any(a["reported_by"] and ":" in a["reported_by"] and "dagordning" in a["reported_by"] for a in data)
    doc = html(client.get("/uppdrag"))
    links = doc.xpath("//table[@class='assignments']//td/a[@class='status']")
    assert len(links) == len(reported) == len(doc.xpath("//table[@class='assignments']//details[@class='report']"))
    assert all(a.get("href").startswith("/moten/") and "ord som nämner uppdraget" in a.get("title") for a in links)
    unknown = [a for a in data if a["mentioned_by"] and a["status"] in ("open", "overdue")]
    assert unknown and len(doc.xpath("//td//a[text()='okänt']")) == len(unknown)
