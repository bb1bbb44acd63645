"""Every page kind in Debian's Chromium against a real `protokoll serve`: axe-core finds nothing at
1280 px; at 390 px (a phone) the page is exactly as wide as the screen and every control is at least
44 px to tap; the original file opens or downloads; feeds are discoverable. Reference screenshots at
both widths go to docs/screenshots (tests/browser_server.py --screenshots)."""

from __future__ import annotations


import pytest

from axe import axe_file, run_axe, serve_axe
from browser_server import require_browser, take_screenshots

require_browser()

#: One page of every kind; names resolved from the JSON twins where they depend on the data.
KINDS = ["/", "/moten", "meeting", "expected", "document", "/arenden", "case", "/uppdrag", "/personer", "person",
         "/kommuner", "/kommuner/jonkoping", "/organisationer", "/organisationer/vatterstadsregionen",
         "/organ/vatterstadsregionen/styrelsen", "/sok", "/sok?q=teknikdagen", "/-/status", "/finns-inte"]
PHONE = {"width": 390, "height": 844}
#: Controls a finger must hit: links, buttons, fields, disclosure summaries (links inside running text excepted).
SMALL_TARGETS = """() => [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, summary')]
  .filter(e => e.offsetParent !== null && !e.closest('p, pre, figcaption') && !e.closest('details:not([open]) > :not(summary)'))
  .map(e => [e, e.getBoundingClientRect()])
  .filter(([e, r]) => r.width > 0 && (r.height < 44 || r.width < 44))
  .map(([e, r]) => `${e.tagName.toLowerCase()} "${(e.innerText || e.value || e.name || '').trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`)"""


@pytest.fixture(scope="module")
def paths(server) -> dict[str, str]:
    import httpx2

    def get(path: str) -> dict:
        return httpx2.get(server.base + path, timeout=30).json()

    meetings = get("/moten.json")["meetings"]
    held = next(m for m in meetings if m["documents"])
    return {"meeting": held["url"], "expected": next(m["url"] for m in meetings if m["expected"]),
            "document": get(held["url"] + ".json")["document"]["url"],
            "case": get("/arenden.json")["cases"][0]["url"], "person": get("/personer.json")["people"][0]["url"]}


@pytest.fixture(scope="module")
def axe_script():
    script = axe_file()
    if script is None:
        pytest.skip("axe-core could not be fetched (npm pack axe-core)")
    return script


@pytest.mark.parametrize("kind", KINDS)
def test_axe_finds_nothing(browser, server, paths, axe_script, kind):
    context = browser.new_context(base_url=server.base, viewport={"width": 1280, "height": 900}, locale="sv-SE")
    try:
        serve_axe(context, axe_script)
        page = context.new_page()
        response = page.goto(paths.get(kind, kind))
        assert response.status == (404 if kind == "/finns-inte" else 200)
        assert run_axe(page) == []
        assert page.evaluate("document.documentElement.scrollWidth") == 1280  # W7: nothing runs past the edge
    finally:
        context.close()


def test_axe_is_loaded_and_would_report(browser, server, axe_script):
    """The control: axe runs under the CSP and reports a defect put into the page."""
    context = browser.new_context(base_url=server.base)
    try:
        serve_axe(context, axe_script)
        page = context.new_page()
        page.goto("/")
        page.evaluate("document.querySelector('main').append(Object.assign(document.createElement('img'), {src: '/favicon.ico'}))")
        assert "image-alt" in {v["id"] for v in run_axe(page)}
    finally:
        context.close()


@pytest.mark.parametrize("kind", KINDS)
def test_phone_width_has_no_sideways_scroll_and_big_targets(browser, server, paths, kind):
    context = browser.new_context(base_url=server.base, viewport=PHONE, locale="sv-SE", is_mobile=True,
                                  has_touch=True, device_scale_factor=2)
    try:
        page = context.new_page()
        page.goto(paths.get(kind, kind))
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width == PHONE["width"], f"{kind}: the page is {width} px wide"
        small = page.evaluate(SMALL_TARGETS)
        assert small == [], f"{kind}: {small[:10]}"
    finally:
        context.close()


def test_original_pdf_opens_and_docx_downloads(browser, server, paths):
    context = browser.new_context(base_url=server.base, accept_downloads=True)
    try:
        page = context.new_page()
        import httpx2

        docs = [d for m in httpx2.get(server.base + "/moten.json", timeout=30).json()["meetings"]
                for d in m["documents"]]
        pdf = next(d for d in docs if d["name"].endswith(".pdf"))
        docx = next(d for d in docs if d["name"].endswith(".docx"))
        page.goto(f"/moten/{pdf['meeting_id']}")
        page.locator("a", has_text="Källdokument").first.click() if page.locator("a", has_text="Källdokument").count() \
            else page.goto(httpx2.get(f"{server.base}/moten/{pdf['meeting_id']}.json", timeout=30).json()["document"]["url"])
        link = page.get_by_role("link", name="Öppna originalfilen")
        response = page.request.get(link.get_attribute("href"))
        assert response.headers["content-type"] == "application/pdf"
        assert response.headers["content-disposition"].startswith("inline")
        assert response.body()[:5] == b"%PDF-"
        doc_url = httpx2.get(f"{server.base}/moten/{docx['meeting_id']}.json", timeout=30).json()["document"]["url"]
        page.goto(doc_url)
        with page.expect_download() as download:
            page.get_by_role("link", name="Ladda ned originalfilen").click()
        assert download.value.suggested_filename == docx["name"]
        assert open(download.value.path(), "rb").read(2) == b"PK"
    finally:
        context.close()


def test_feeds_are_discoverable_and_parse(browser, server):
    context = browser.new_context(base_url=server.base)
    try:
        page = context.new_page()
        page.goto("/organisationer/vatterstadsregionen")
        href = page.locator("link[rel=alternate][type='application/atom+xml']").get_attribute("href")
        feed = page.request.get(href)
        assert feed.ok and b"<entry>" in feed.body()
        assert page.request.get("/favicon.ico").headers["content-type"] == "image/x-icon"
    finally:
        context.close()


def test_screenshots_at_desktop_and_phone_width(browser, server, tmp_path):
    written = take_screenshots(browser, server.base, tmp_path, PHONE)
    assert [p.name for p in written] == ["start-390.png", "meeting-390.png", "meeting-text-390.png",
                                          "search-390.png", "register-390.png"]
    for p in written:
        assert p.stat().st_size > 10_000
