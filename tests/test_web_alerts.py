"""Alerts (Atom feeds of new meetings), crawler files, and the review's web defects, each with the test
that would have caught it: over a real SQLite archive ingested from the examples."""

from __future__ import annotations

import io
import re

import lxml.etree
import lxml.html
import pytest
from PIL import Image

from protokoll.web.pages.people import surname_key
from protokoll.web.render import file_size, time_of_day
from example_archive import SITE
from test_web import ATOM, html, texts

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def feed(client, path: str):
    response = client.get(path)
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/atom+xml")
    return lxml.etree.fromstring(response.content)


def test_feed_of_all_new_meetings_has_one_entry_per_meeting_newest_first(client):
    held = [m for m in client.get("/moten.json").json()["meetings"] if m["documents"] and m["date"]]
    root = feed(client, "/moten/atom.xml")
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == len(held)  # agenda and minutes of one day are one entry
    updated = [e.findtext(f"{ATOM}updated") for e in entries]
    assert updated == sorted(updated, reverse=True) and root.findtext(f"{ATOM}updated") == updated[0]
    first = entries[0]
    assert first.find(f"{ATOM}link").get("href").startswith(SITE + "/moten/")
    assert " – " in first.findtext(f"{ATOM}title") and first.findtext(f"{ATOM}summary").startswith("Punkter: ")


@pytest.mark.parametrize("page", ["/organisationer/vatterstadsregionen", "/organ/vatterstadsregionen/styrelsen",
                                  "/kommuner/jonkoping", "/personer/elin-frojd"])
def test_narrower_feeds_are_linked_from_their_page_and_hold_a_subset(client, page):
    doc = html(client.get(page))
    href = doc.xpath("//link[@rel='alternate'][@type='application/atom+xml']/@href")
    assert href == [page + "/atom.xml"] and doc.xpath(f"//footer//a[@href='{page}/atom.xml']")
    everything = {e.findtext(f"{ATOM}id") for e in feed(client, "/moten/atom.xml").findall(f"{ATOM}entry")}
    narrow = {e.findtext(f"{ATOM}id") for e in feed(client, href[0]).findall(f"{ATOM}entry")}
    assert narrow and narrow <= everything
    if "styrelsen" in page:
        assert all("styrelsen" in i for i in narrow) and len(narrow) < len(everything)
    assert client.get(page + "x/atom.xml").status_code == 404


def test_robots_sitemap_and_favicon(client):
    robots = client.get("/robots.txt")
    assert robots.status_code == 200 and f"Sitemap: {SITE}/sitemap.xml" in robots.text
    locs = [e.text for e in lxml.etree.fromstring(client.get("/sitemap.xml").content).iter(f"{SITEMAP}loc")]
    assert len(locs) == len(set(locs)) > 30 and all(u.startswith(SITE + "/") for u in locs)
    for url in locs[:: max(1, len(locs) // 15)]:
        assert client.get(url.removeprefix(SITE)).status_code == 200, url
    icon = client.get("/favicon.ico")
    assert icon.headers["content-type"] == "image/x-icon" and Image.open(io.BytesIO(icon.content)).format == "ICO"


def test_w6_body_page_sentences_are_separated(client):
    text = html(client.get("/organ/vatterstadsregionen/kommundirektorsgruppen")).xpath("//main/p")[0].text_content()
    assert "Vätterstadsregionen. Kalender" in text


def test_w8_w9_item_numbers_as_printed_and_references_say_punkt(client):
    for m in client.get("/moten.json").json()["meetings"]:
        for d in m["documents"]:
            page = client.get(f"/moten/{d['meeting_id']}.json").json()
            labels = {i["label"] for i in page["items"]}
            if d["name"].endswith("protokoll.txt"):  # "§ 12 Title" in the source
                assert all(label.startswith("§ ") for label in labels)
            if d["name"].endswith("minnesanteckningar.txt"):  # "1. Title" in the source
                assert all(label.endswith(".") and "§" not in label for label in labels)
    start = html(client.get("/"))
    decisions = texts(start, "//section[@id='beslut']//li/a")
    assert decisions and all(", punkt " in t and ": " in t for t in decisions)


def test_w15_people_count_meetings_not_documents(client):
    people = client.get("/personer.json").json()["people"]
    meetings = client.get("/moten.json").json()["meetings"]
    held = sum(1 for m in meetings if m["documents"])
    assert max(p["meetings"] for p in people) <= held
    person = client.get("/personer/elin-frojd.json").json()["person"]
    assert len({m["meeting"] for m in person["meetings"]}) == len(person["meetings"])


def test_w17_swedish_formats_and_surname_order(client):
    assert file_size(3086) == "3,1 kB" and file_size(512) == "512 byte" and file_size(2_500_000) == "2,5 MB"
    assert time_of_day("2026-12-04T14:49:49") == "4 december 2026 kl. 14.49"
    names = [p["name"] for p in client.get("/personer.json").json()["people"]]
    assert names == sorted(names, key=surname_key)
    assert surname_key("Åsa Öberg") > surname_key("Anna Zetterberg") > surname_key("Bo Andersson")
    linked = [t for t in texts(html(client.get("/-/status")), "//dd") if " på " in t]
    assert linked and all("," in t.split(" på ")[-1] and not re.search(r"\dT\d", t) for t in linked)
    doc = html(client.get("/dokument/5"))
    assert "byte" not in texts(doc, "//dl/dd")[2] and "T" not in "".join(texts(doc, "//dl/dd")[6:7])


def test_w20_empty_start_page_boxes_say_what_there_is(client, db_url):
    from datetime import date

    from fastapi.testclient import TestClient
    from protokoll.web.app import create_app

    later = TestClient(create_app(db_url, today=date(2030, 1, 1)))
    doc = html(later.get("/"))
    upcoming = texts(doc, "//section[@id='kommande']/p[@class='empty']")[0]
    assert "Det senaste mötet i arkivet hölls 19 november 2025" in upcoming
    assert doc.xpath("//section[@id='snart']/p[@class='empty']/a[@href='/uppdrag?status=open']")


def test_a2_a3_api_errors_are_json_and_unknown_types_rejected(client):
    bad_page = client.get("/api/search?q=x&sida=abc")
    assert bad_page.status_code in (400, 422) and bad_page.headers["content-type"] == "application/json"
    bad_kind = client.get("/api/search?q=teknikdagen&typ=foo")
    assert bad_kind.status_code == 400 and "Okänd typ" in bad_kind.json()["detail"]
    assert client.get("/sok?q=teknikdagen&typ=foo").status_code == 400


def test_skip_link_and_two_distinct_search_landmarks(client):
    doc = html(client.get("/sok?q=teknikdagen"))
    body = doc.xpath("//body/*")[0]
    assert body.tag == "a" and body.get("href") == "#innehall" and doc.xpath("//main[@id='innehall']")
    labels = doc.xpath("//form[@role='search']/@aria-label")
    assert len(labels) == 2 and len(set(labels)) == 2


def test_w19_charts_have_no_links_inside_the_image_and_a_table_with_absences(client):
    doc = html(client.get("/organisationer/vatterstadsregionen"))
    assert doc.xpath("//svg[@role='img']") and not doc.xpath("//svg[@role='img']//a")
    rows = doc.xpath("//figure[@class='chart']//table//tbody/tr")
    assert rows and all(r.xpath("./td[1]/a/@href") for r in rows)
    data = client.get("/kommuner/jonkoping.json").json()["attendance"]
    absent = sum(1 for p in data if p["present"] == 0)
    page = html(client.get("/kommuner/jonkoping"))
    assert len(page.xpath("//figure[@class='chart']//tr[@class='zero']")) == absent
    assert len(page.xpath("//svg//rect[@class='zero']")) == absent


def test_a5_calendar_is_swedish_links_deadlines_and_offers_events_for_google(client):
    import icalendar

    cal = icalendar.Calendar.from_ical(client.get("/kalender.ics").content)
    assert all("COMMENT" not in z for z in cal.walk("VTIMEZONE"))
    todos = cal.walk("VTODO")
    assert todos and all(str(t["URL"]).startswith(SITE + "/moten/") and "#punkt-" in str(t["URL"]) for t in todos)
    assert all(str(t["DESCRIPTION"]).startswith("Uppdrag från ") for t in todos)
    described = [str(e["DESCRIPTION"]) for e in cal.walk("VEVENT")]
    assert any("Punkter: " in d for d in described)
    events = icalendar.Calendar.from_ical(client.get("/kalender.ics?tidsgranser=handelser").content)
    assert not events.walk("VTODO")
    deadlines = [e for e in events.walk("VEVENT") if str(e["SUMMARY"]).startswith("Tidsgräns: ")]
    assert len(deadlines) == len(todos)
    assert client.get("/kalender.ics?tidsgranser=fel").status_code == 422


def test_a4_openapi_is_swedish_and_every_parameter_described(client):
    schema = client.get("/openapi.json").json()
    operations = [op for methods in schema["paths"].values() for op in methods.values()]
    parameters = [p for op in operations for p in op.get("parameters", [])]
    assert parameters and all(p.get("description") and p["description"] != p["name"] for p in parameters), \
        sorted({p["name"] for p in parameters if not p.get("description") or p["description"] == p["name"]})
    texts_ = {r["description"] for op in operations for r in op["responses"].values()}
    assert not texts_ & {"Successful Response", "Validation Error"}
    assert {"/oparl", "/dokument/{document_id}/original", "/uppdrag.xlsx", "/moten/atom.xml"} <= set(schema["paths"])
