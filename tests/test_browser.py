"""The site as a person uses it: a real `protokoll serve` and Debian's headless Chromium.

The example archive is ingested into SQLite, served on a free loopback port
and driven with Playwright: searching, opening a meeting from a hit, following
a case, filtering the assignment register (htmx), downloading the calendar and
taking the reference screenshots. Every page visited must load without console
errors, which is where Content-Security-Policy violations show up.

Skipped only where /usr/bin/chromium is missing and we are not root; as root,
`make install` (scripts/install-system-deps.sh) must have installed it.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path
from urllib.parse import urlsplit

import icalendar
import pytest

from browser_server import ingest, require_browser, Server, take_screenshots
from conftest import SHARED, needs_shared

require_browser()
from playwright.sync_api import expect  # noqa: E402

MAIN_PAGES = ["/", "/moten", "/arenden", "/uppdrag", "/personer", "/kommuner", "/organisationer",
              "/sok", "/sok?q=teknikdagen", "meeting", "case", "person", "/-/status"]


class Watched:
    """A page whose console errors and uncaught exceptions are kept."""

    def __init__(self, page) -> None:
        self.page = page
        self.errors: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda e: self.errors.append(f"exception: {e} @ {page.url}"))
        page.on("response", lambda r: self.errors.append(f"HTTP {r.status}: {r.url} @ {page.url}")
                if r.status >= 400 else None)

    def _console(self, message) -> None:
        if message.type != "error":
            return
        source = message.location.get("url", "")
        # The browser's own favicon probe: the site has no icon (yet), which is no page error.
        if urlsplit(source).path == "/favicon.ico":
            return
        self.errors.append(f"console: {message.text} ({source}) @ {self.page.url}")


@pytest.fixture
def watched(browser, server):
    context = browser.new_context(base_url=server.base, viewport={"width": 1280, "height": 900}, locale="sv-SE")
    page = context.new_page()
    page.set_default_timeout(15_000)
    w = Watched(page)
    yield w
    context.close()


def search_from_header(page, query: str) -> None:
    """Type in the site-wide search box and submit it with Enter, as a person would."""
    box = page.get_by_role("search").first.get_by_role("searchbox")
    box.fill(query)
    box.press("Enter")
    page.wait_for_url(re.compile(r"/sok\?"))


def check_hits(page, stem: str) -> list:
    """The hits on a search page: at least one, each with a snippet; marks hold the searched word."""
    hits = page.locator("ol.hits > li.hit")
    expect(hits.first).to_be_visible()
    assert hits.count() > 0
    assert all(h.locator("p.snippet").count() == 1 for h in hits.all())
    marks = page.locator("ol.hits p.snippet mark")
    assert marks.count() > 0
    assert all(m.lower().startswith(stem) for m in marks.all_inner_texts())
    return hits.all()


# --- search -> meeting -> case ----------------------------------------------------------------------

def test_search_open_meeting_and_follow_its_case(watched, server):
    page = watched.page
    page.goto("/")
    search_from_header(page, "teknikdagen")
    assert urlsplit(page.url).query == "q=teknikdagen"
    expect(page.locator("h1")).to_have_text("Sök: teknikdagen")
    hits = check_hits(page, "teknikdag")

    # Open the first item hit: the meeting page scrolls to that item.
    item_hit = next(h for h in hits if h.locator("p.where").inner_text().startswith("punkt"))
    link = item_hit.locator("h2 a")
    title = link.inner_text()
    href = link.get_attribute("href")
    link.click()
    page.wait_for_url(f"**{href}")
    path, anchor = href.split("#")
    assert re.fullmatch(r"/moten/\d+", path)
    item = page.locator(f"section#punkter article#{anchor}")
    expect(item).to_be_in_viewport()
    assert title in item.locator("h3").inner_text()

    # From the item, its case: a timeline that leads back to the item we came from.
    case_link = item.locator("p.case a")
    expect(case_link).to_have_count(1)
    case_title = case_link.inner_text()
    case_link.click()
    page.wait_for_url(re.compile(r"/arenden/c-[^/]+$"))
    expect(page.locator("h1")).to_contain_text(case_title)
    events = page.locator("section#tidslinje ol.timeline > li.event")
    assert events.count() >= 2
    dates = [t.get_attribute("datetime") for t in page.locator("section#tidslinje time[datetime]").all()]
    assert dates == sorted(dates) and len(dates) >= 2
    assert href in [a.get_attribute("href") for a in page.locator("section#tidslinje li.event p a").all()]
    assert watched.errors == []


def test_search_page_form_swaps_results_with_htmx(watched):
    page = watched.page
    page.goto("/sok?q=teknikdagen")
    before = len(check_hits(page, "teknikdag"))
    page.evaluate("window.__sameDocument = true")
    box = page.locator("form.search input[name=q]")
    box.fill("budget")
    with page.expect_response(lambda r: "/sok?q=budget" in r.url and r.request.headers.get("hx-request") == "true"):
        box.press("Enter")
    expect(page.locator("#traffar p.count q")).to_have_text("budget")
    check_hits(page, "budget")
    assert page.evaluate("window.__sameDocument === true"), "the form reloaded the page instead of swapping"
    assert urlsplit(page.url).query == "q=budget"  # hx-push-url
    assert before > 0 and watched.errors == []


# --- the assignment register --------------------------------------------------------------------

def test_register_status_filter_swaps_the_table(watched):
    page = watched.page
    page.goto("/uppdrag")
    rows = page.locator("#register table.assignments tbody tr")
    total = rows.count()
    assert total > 0
    counts = {}
    for tr in rows.all():
        counts[tr.get_attribute("class")] = counts.get(tr.get_attribute("class"), 0) + 1
    # A status that some but not all assignments have, as the select offers it.
    options = page.locator("form.filters select[name=status] option").all()
    status, label = next((o.get_attribute("value"), o.inner_text()) for o in options
                         if 0 < counts.get(f"status-{o.get_attribute('value')}", 0) < total)
    page.evaluate("window.__sameDocument = true")
    with page.expect_response(lambda r: f"status={status}" in r.url and r.request.headers.get("hx-request") == "true"):
        page.locator("form.filters select[name=status]").select_option(status)
    expect(rows).to_have_count(counts[f"status-{status}"])
    assert set(rows.locator("td span.status").all_inner_texts()) == {label}
    expect(page.locator("#register p.count")).to_contain_text(f"{counts[f'status-{status}']} uppdrag")
    assert page.evaluate("window.__sameDocument === true"), "the filter reloaded the page instead of swapping"
    assert f"status={status}" in urlsplit(page.url).query
    # Back to every status.
    page.locator("form.filters select[name=status]").select_option("")
    expect(rows).to_have_count(total)
    assert watched.errors == []


# --- the calendar ---------------------------------------------------------------------------------

def test_calendar_link_downloads_a_calendar_of_every_meeting(watched):
    page = watched.page
    page.goto("/moten")
    link = page.locator("footer a", has_text="Kalender")
    href = link.get_attribute("href")
    assert href == "/kalender.ics"
    response = page.request.get(href)
    assert response.ok and response.headers["content-type"].startswith("text/calendar")
    assert 'filename="kalender.ics"' in response.headers["content-disposition"]
    cal = icalendar.Calendar.from_ical(response.body())
    events = cal.walk("VEVENT")
    meetings = page.request.get("/moten.json").json()["meetings"]
    assert len(events) == sum(1 for m in meetings if m["date"]) > 0
    starts = {e.decoded("DTSTART").isoformat()[:10] for e in events}
    assert "2024-06-12" in starts
    assert len({str(e["UID"]) for e in events}) == len(events)


# --- every main page loads cleanly ----------------------------------------------------------------

@pytest.fixture(scope="module")
def linked_pages(server) -> dict[str, str]:
    """A meeting, a case and a person page of the archive (from the JSON twins)."""
    import httpx2

    def first(path: str, key: str) -> str:
        return httpx2.get(server.base + path, timeout=30).json()[key][0]["url"]

    return {"meeting": first("/moten.json", "meetings"), "case": first("/arenden.json", "cases"),
            "person": first("/personer.json", "people")}


@pytest.mark.parametrize("path", MAIN_PAGES)
def test_main_pages_have_no_console_errors_or_csp_violations(watched, linked_pages, path):
    page = watched.page
    path = linked_pages.get(path, path)
    response = page.goto(path)
    assert response.status == 200, path
    assert "default-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_load_state("load")
    assert watched.errors == []
    assert page.evaluate("typeof window.htmx") == "object", f"htmx did not load on {path}"
    assert page.evaluate("getComputedStyle(document.body).marginTop") != "8px", f"no stylesheet on {path}"


def test_the_policy_blocks_inline_script_and_the_watch_sees_it(watched):
    """The control for the test above: an injected inline script is refused and reported."""
    page = watched.page
    page.goto("/")
    page.evaluate("""() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inlineRan = true';
        document.body.append(s);
    }""")
    assert page.evaluate("window.__inlineRan === true") is False
    assert any("Content Security Policy" in e for e in watched.errors), watched.errors


# --- screenshots ------------------------------------------------------------------------------------

def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def test_screenshots_of_the_main_views(browser, server, tmp_path):
    written = take_screenshots(browser, server.base, tmp_path)
    assert [p.name for p in written] == ["start.png", "meeting.png", "meeting-text.png", "search.png",
                                          "register.png"]
    for p in written:
        assert _png_size(p) == (1280, 900) and p.stat().st_size > 20_000, p


# --- the seeds ------------------------------------------------------------------------------------

@needs_shared
def test_seed_archive_search_and_meeting(browser, tmp_path):
    url = f"sqlite:///{tmp_path / 'seeds.sqlite'}"
    ingest([SHARED / "seeds"], url)
    with Server(url, log=tmp_path / "serve.log") as running:
        context = browser.new_context(base_url=running.base, viewport={"width": 1280, "height": 900})
        try:
            w = Watched(context.new_page())
            page = w.page
            page.goto("/")
            search_from_header(page, "industrinatten")
            hits = check_hits(page, "industrinatt")
            href = hits[0].locator("h2 a").get_attribute("href")
            hits[0].locator("h2 a").click()
            page.wait_for_url(f"**{href}")
            expect(page.locator("section#punkter article").first).to_be_visible()
            if "#" in href:
                expect(page.locator(f"#{href.split('#')[1]}")).to_be_in_viewport()
            page.goto("/uppdrag")
            cal = icalendar.Calendar.from_ical(page.request.get("/kalender.ics").body())
            assert cal.walk("VEVENT")
            assert w.errors == []
        finally:
            context.close()
