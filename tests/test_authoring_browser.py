"""The secretariat writes a meeting in a real browser: `protokoll serve` and Debian's Chromium.

Signs in, creates a meeting, builds its agenda with an uploaded attachment,
downloads the kallelse as DOCX and PDF (the PDF's first page turned into
docs/screenshots/authoring-agenda.png), then writes the minutes: attendance
ticked on the roster, a decision with an assignment, and downloads them
(docs/screenshots/authoring.png is the meeting page then).
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2

from authoring_flow import ORG
from browser_steps import fill_sign_in, new_meeting
from browser_server import chromium, require_browser, Server, shot_path, VIEWPORT
from protokoll.read import read_document
from web_login import add_account

require_browser()
from playwright.sync_api import expect  # noqa: E402

SCREENSHOT = "authoring-agenda.png"  #: the kallelse's first PDF page (docs/screenshots when PROTOKOLL_SCREENSHOTS=1)
PAGE_SHOT = "authoring.png"  #: the meeting page with its minutes written


def first_page_png(pdf: Path, target: Path) -> None:
    """The PDF's first page as a PNG, drawn by PDFium (pypdfium2) from the file the browser saved."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        document[0].render(scale=96 / 72).to_pil().save(target, optimize=True)
    finally:
        document.close()


def test_the_secretariat_writes_a_meeting_from_agenda_to_minutes(tmp_path):
    url = f"sqlite:///{tmp_path / 'browser.sqlite'}"
    add_account(url, "sara", {ORG: "sekretariat"}, name="Sara Holm")
    attachment = tmp_path / "budgetforslag.txt"
    attachment.write_text("Förslag till budget, skrivet för testet.\n", encoding="utf-8")
    with Server(url, log=tmp_path / "serve.log", workers=1) as server, chromium() as browser:
        context = browser.new_context(base_url=server.base, locale="sv-SE", accept_downloads=True)
        page = context.new_page()
        page.set_default_timeout(30_000)
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error"
                and not m.location.get("url", "").endswith("/favicon.ico") else None)
        page.on("pageerror", lambda e: errors.append(str(e)))

        page.goto("/-/skriv")
        fill_sign_in(page, "sara")
        expect(page.locator("h1")).to_have_text("Skriv möten")
        new_meeting(page, "Styrelsen", "2025-05-06", "09:00", "11:30", "Kommunhuset")

        new_item = page.locator("form.new-item")
        new_item.get_by_label("Rubrik").fill("Budget för nästa år")
        new_item.get_by_label("Föredragande").fill("Anna Berg")
        new_item.get_by_label("Förslag till beslut").fill("Styrelsen godkänner förslaget till budget.")
        new_item.get_by_label("Bilaga").set_input_files(str(attachment))
        new_item.get_by_role("button", name="Lägg till punkten").click()
        expect(page.locator("#punkt-1 h3")).to_have_text("1. Budget för nästa år")
        expect(page.locator("#punkt-1 .attachment")).to_contain_text("Bilaga 1: budgetforslag.txt")

        agenda = page.locator("#dokument li").first
        with page.expect_download() as docx:
            agenda.get_by_role("link", name="Word (DOCX)").click()
        with page.expect_download() as pdf:
            agenda.get_by_role("link", name="PDF").click()
        docx_path, pdf_path = tmp_path / "kallelse.docx", tmp_path / "kallelse.pdf"
        docx.value.save_as(docx_path)
        pdf.value.save_as(pdf_path)
        for saved in (docx_path, pdf_path):
            text = read_document(saved.read_bytes()).text
            assert "Budget för nästa år" in text and "Styrelsen godkänner förslaget till budget." in text
        shot = shot_path(SCREENSHOT, tmp_path)
        first_page_png(pdf_path, shot)
        assert shot.read_bytes().startswith(b"\x89PNG")

        roster = page.locator("form.attendance")
        roster.get_by_label("Lägg till person").fill("Anna Berg")
        roster.get_by_label("Ordförande").fill("Anna Berg")
        roster.get_by_label("Sekreterare").fill("Sara Holm")
        roster.get_by_role("button", name="Spara närvaro").click()
        expect(page.get_by_label("Anna Berg närvarande")).to_be_checked()

        minutes = page.locator("#punkt-1 form.minutes")
        minutes.get_by_label("Beslut").fill("att godkänna förslaget till budget")
        minutes.get_by_label("Uppdrag").fill("Anna Berg; redovisa utfallet; 2025-09-01")
        minutes.get_by_role("button", name="Spara punkt 1").click()
        page.get_by_label("Skrivs som").select_option("minutes")
        page.get_by_role("button", name="Spara sort").click()
        expect(page.locator(".authoring-state")).to_contain_text("skrivs som minnesanteckningar")

        written = page.locator("#dokument li").nth(1)
        with page.expect_download() as done:
            written.get_by_role("link", name="PDF").click()
        done.value.save_as(tmp_path / "minnesanteckningar.pdf")
        text = read_document((tmp_path / "minnesanteckningar.pdf").read_bytes()).text
        assert "att godkänna förslaget till budget" in text and "Anna Berg" in text
        expect(page.locator("#versioner li")).to_have_count(5)
        page.set_viewport_size(VIEWPORT)
        page.screenshot(path=str(shot_path(PAGE_SHOT, tmp_path)), full_page=False)
        assert errors == []
        context.close()
