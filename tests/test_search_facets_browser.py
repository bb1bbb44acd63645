"""A search facet of many values in Debian's Chromium against a real `protokoll serve`: the page shows
its largest values and "Visa alla (N)"; following the link (no JavaScript needed) opens the page at that
facet with every value and the same exact counts as the JSON API; "Visa färre" goes back. With JavaScript,
the keyboard's Enter on the link expands the facet in place (htmx) and leaves the focus on "Visa färre";
axe-core finds nothing before and after. The archive is the development set (../shared/devset): minutes of many
organisations and municipalities, so some facet has more values than a page shows."""

from __future__ import annotations

import re

import httpx2
import pytest

from axe import axe_file, run_axe, serve_axe
from browser_server import Server, ingest, require_browser
from conftest import SHARED, needs_shared
from protokoll.web.facets import FACET_TOP, FACETS

require_browser()
from playwright.sync_api import expect  # noqa: E402

pytestmark = needs_shared
#: words of any Swedish municipal minutes; the first whose hits span a facet of more than FACET_TOP values is used
WORDS = ("kommun", "beslut", "protokoll", "sammanträde", "ordförande")
KIND_LABELS = {"item": "punkt", "decision": "beslut", "assignment": "uppdrag", "person": "person"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("devset")
    url = f"sqlite:///{folder / 'devset.sqlite'}"
    ingest([SHARED / "devset"], url)
    with Server(url, log=folder / "serve.log") as running:
        yield running


@pytest.fixture(scope="module")
def wide(server) -> tuple[str, str, dict[str, int]]:
    """(word, facet parameter, the API's value -> count) of a facet with more values than a page shows."""
    for word in WORDS:
        found = httpx2.get(f"{server.base}/api/search", params={"q": word}, timeout=30).json()["facets"]
        for name, (param, _) in FACETS.items():
            if len(found[name]) > FACET_TOP:
                return word, param, found[name]
    raise AssertionError(f"no facet of more than {FACET_TOP} values for any of {WORDS} in the development set")


def shown(page, param: str) -> list[tuple[str, int]]:
    items = page.locator(f"section#facett-{param} ul > li")
    return [(li.locator("a").inner_text(), int(li.locator("span.n").inner_text())) for li in items.all()]


def test_visa_alla_shows_every_value_with_its_count_and_visa_farre_goes_back(browser, server, wide):
    word, param, counts = wide
    label = next(label for p, label in FACETS.values() if p == param)
    values = [(KIND_LABELS.get(v, v) if param == "typ" else v, n) for v, n in counts.items()]
    context = browser.new_context(base_url=server.base, viewport={"width": 1280, "height": 900}, locale="sv-SE",
                                  java_script_enabled=False)  # plain links: no JavaScript needed
    try:
        page = context.new_page()
        page.goto(f"/sok?q={word}")
        assert shown(page, param) == values[:FACET_TOP]
        more = page.get_by_role("link", name=f"Visa alla ({len(counts)}): {label}")
        expect(more).to_have_text(f"Visa alla ({len(counts)})")  # the facet's name is for screen readers
        more.click()
        page.wait_for_url(re.compile(rf"visa={param}#facett-{param}$"))
        assert shown(page, param) == values  # every value, the API's exact counts, in its order
        expect(page.locator(f"section#facett-{param} h2")).to_be_in_viewport()  # opened at the facet
        page.get_by_role("link", name=f"Visa färre: {label}").click()
        page.wait_for_url(re.compile(rf"/sok\?q={word}&sortering=relevans#facett-{param}$"))
        assert shown(page, param) == values[:FACET_TOP]
    finally:
        context.close()


def test_with_javascript_the_facet_expands_in_place_and_keeps_the_focus(browser, server, wide):
    word, param, counts = wide
    label = next(label for p, label in FACETS.values() if p == param)
    script = axe_file()
    context = browser.new_context(base_url=server.base, viewport={"width": 1280, "height": 900}, locale="sv-SE")
    try:
        if script:
            serve_axe(context, script)
        page = context.new_page()
        page.goto(f"/sok?q={word}")
        assert not script or run_axe(page) == []
        page.evaluate("window.__sameDocument = true")
        page.get_by_role("link", name=f"Visa alla ({len(counts)}): {label}").focus()
        with page.expect_response(lambda r: f"visa={param}" in r.url and r.request.headers.get("hx-request") == "true"):
            page.keyboard.press("Enter")
        expect(page.locator(f"section#facett-{param} ul > li")).to_have_count(len(counts))
        assert page.evaluate("window.__sameDocument === true"), "the link reloaded the page instead of swapping"
        assert f"visa={param}" in page.url  # (hx-push-url: Back and a reload show the same)
        expect(page.locator(f"#facett-{param}-alla")).to_be_focused()
        expect(page.locator(f"#facett-{param}-alla")).to_have_text("Visa färre")
        assert not script or run_axe(page) == []
    finally:
        context.close()
