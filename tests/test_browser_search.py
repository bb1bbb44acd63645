"""Search that forgives (W10) in a browser: a real `protokoll serve` over the example archive and
Debian's headless Chromium. A visitor types a misspelt word in the search box, is offered "Menade du
…?" with a word of the archive, follows it and gets hits; a word written without its hyphen finds
what the hyphenated one finds; an empty search page offers example searches that work."""

from __future__ import annotations

import re

import pytest

from browser_server import require_browser

require_browser()
from playwright.sync_api import expect  # noqa: E402


@pytest.fixture
def page(browser, server):
    context = browser.new_context(base_url=server.base, viewport={"width": 1280, "height": 900}, locale="sv-SE")
    page = context.new_page()
    page.set_default_timeout(15_000)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    assert errors == []


def search_for(page, words: str) -> None:
    page.goto("/sok")
    box = page.get_by_role("search", name="Sökning med filter").get_by_label("Sökord")
    box.fill(words)
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/sok\?q="))  # htmx swaps the hits and pushes the URL


def test_a_misspelt_word_gets_menade_du_and_the_suggestion_finds_hits(page):
    search_for(page, "teknikdagn")
    suggestion = page.locator("p.suggestion")
    expect(suggestion).to_contain_text("Menade du")
    link = suggestion.get_by_role("link")
    expect(link).to_have_text(re.compile(r"teknikdagen", re.I))
    expect(page.locator("ol.hits > li")).to_have_count(0)
    link.click()
    expect(page).to_have_url(re.compile(r"q=teknikdagen", re.I))
    expect(page.locator("ol.hits > li").first).to_be_visible()
    expect(page.locator("p.suggestion")).to_have_count(0)


def test_a_word_without_its_hyphen_finds_what_the_hyphenated_word_finds(page):
    search_for(page, "e-arkiv")
    expect(page.locator("ol.hits > li").first).to_be_visible()
    with_hyphen = page.locator("ol.hits > li").count()
    search_for(page, "earkiv")
    expect(page.locator("ol.hits > li").first).to_be_visible()
    assert page.locator("ol.hits > li").count() == with_hyphen > 0
    expect(page.locator("p.suggestion")).to_have_count(0)


def test_an_empty_search_page_offers_examples_that_find_something(page):
    page.goto("/sok")
    examples = page.locator("details#soksyntax a")
    expect(examples.first).to_be_visible()
    for href in examples.evaluate_all("links => links.map(a => a.getAttribute('href'))"):
        page.goto(href)
        expect(page.locator("ol.hits > li").first).to_be_visible()
