"""Issue 14 in a browser: the meeting page is the document, structured.

A real `protokoll serve` over the ingested example archive and Debian's headless
Chromium: an item's text is on the page and visible, a search for a word that only
an item's text holds opens the meeting at that item, and printing (print media)
leaves out the menu, search and footer but keeps the header and the text.
"""

from __future__ import annotations

import json
import re

import pytest

from browser_server import EXAMPLES, require_browser

require_browser()
from playwright.sync_api import expect  # noqa: E402

MINUTES = "2025-01-30-minnesanteckningar"  #: an example whose items carry paragraphs of their own


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


def expected_items() -> list[dict]:
    return json.loads((EXAMPLES / "expected" / f"{MINUTES}.json").read_text(encoding="utf-8"))["items"]


def paragraphs(item: dict) -> list[str]:
    """The paragraphs the page shows: the text's, but the "Föredragande:" line (the linked presenters)."""
    return [p for p in item["text"].split("\n\n") if not p.startswith("Föredragande:")]


def test_every_items_text_is_visible_on_the_meeting_page(page):
    page.goto(f"/moten/{MINUTES[:10]}")
    page.wait_for_url(re.compile(r"/moten/\d+$"))
    for item in expected_items():
        article = page.locator(f"section#punkter article#punkt-{item['number']}")
        shown = article.locator("div.item-text > p")
        expect(shown).to_have_count(len(paragraphs(item)))
        assert [" ".join(t.split()) for t in shown.all_inner_texts()] == paragraphs(item)
        expect(shown.first).to_be_visible()


def test_a_hit_on_an_items_text_opens_the_meeting_at_that_passage(page):
    item = expected_items()[3]
    word = max(re.findall(r"[a-zåäö]{12,}", paragraphs(item)[0]), key=len)  # a long word of its text only
    page.goto("/sok?" + f"q={word}")
    hit = page.locator("ol.hits > li.hit").filter(has=page.locator("p.snippet mark")).first
    expect(hit.locator("p.snippet mark").first).to_have_text(re.compile(word, re.I))
    link = hit.locator("h2 a")
    href = link.get_attribute("href")
    assert href.endswith(f"#punkt-{item['number']}")
    link.click()
    page.wait_for_url(f"**{href}")
    article = page.locator(f"article#punkt-{item['number']}")
    expect(article).to_be_in_viewport()
    passage = article.locator("div.item-text p", has_text=word)
    expect(passage).to_be_visible()


def test_printing_leaves_out_the_menu_and_keeps_the_header_and_text(page):
    page.goto(f"/moten/{MINUTES[:10]}")
    page.wait_for_url(re.compile(r"/moten/\d+$"))
    expect(page.locator("header.site nav")).to_be_visible()
    page.emulate_media(media="print")
    for hidden in ("header.site", "header.site nav", "form.quick-search", "footer.site", "nav.chain"):
        expect(page.locator(hidden)).to_be_hidden()
    heading = page.locator("main h1")
    expect(heading).to_be_visible()
    expect(heading).to_contain_text("Kommundirektörsgruppen")
    expect(heading).to_contain_text("2025")
    expect(page.locator("article#punkt-1 div.item-text p").first).to_be_visible()
    pdf = page.pdf(prefer_css_page_size=True)
    from protokoll.read import read_document

    printed = read_document(pdf).text
    assert re.search(r"Sida 1 av \d+", printed)  # the page numbers of @page's bottom margin
    assert "Organisationer" not in printed and "Logga in" not in printed and "API-beskrivning" not in printed
    assert paragraphs(expected_items()[0])[0][:60] in " ".join(printed.split())
