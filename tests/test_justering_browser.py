"""Justering and publishing in a real browser: `protokoll serve` and Debian's Chromium, three accounts.

The meeting is written first through the real forms (TestClient on the same
SQLite file); then, in Chromium, the secretariat sends it for justering to two
members, each signs in and approves it, the secretariat publishes it with the
day of the anslag, and an anonymous visitor finds it in the archive with the
anslag dates, and not before. docs/screenshots/justering.png (written when
PROTOKOLL_SCREENSHOTS=1) is the meeting page with its log after publishing.
"""

from __future__ import annotations

from datetime import date, timedelta

from fastapi.testclient import TestClient

import browser_steps
from authoring_flow import ORG, write_meeting
from browser_server import chromium, require_browser, Server, shot_path, VIEWPORT
from protokoll.read import read_document
from protokoll.web.app import create_app
from web_login import add_account, sign_in

require_browser()
from playwright.sync_api import expect  # noqa: E402



def signed_in(browser, base: str, login: str):
    return browser_steps.signed_in(browser.new_context(base_url=base, locale="sv-SE", accept_downloads=True), login)


def test_minutes_are_justerade_by_two_members_and_published_with_the_anslag(tmp_path):
    url = f"sqlite:///{tmp_path / 'justering.sqlite'}"
    add_account(url, "sara", {ORG: "sekretariat"}, name="Eva Sund")
    add_account(url, "anna", {ORG: "ledamot"}, name="Anna Berg")
    add_account(url, "per", {ORG: "ledamot"}, name="Per Lind")
    client = TestClient(create_app(url))
    sign_in(client, "sara")
    meeting = write_meeting(client)
    path = f"/-/skriv/{meeting}"
    posted = date.today()
    last = (posted + timedelta(days=21)).isoformat()
    with Server(url, log=tmp_path / "serve.log", workers=1) as server, chromium() as browser:
        public = browser.new_context(base_url=server.base, locale="sv-SE").new_page()
        public.goto(path)
        expect(public.locator("h1")).to_have_text("Logga in")  # the draft is not shown to the public

        sara_context, sara = signed_in(browser, server.base, "sara")
        sara.goto(path)
        sara.get_by_label("Skrivs som").select_option("protocol")
        sara.get_by_role("button", name="Spara sort").click()
        send = sara.locator("form.send")
        send.get_by_label("Anna Berg").check()
        send.get_by_label("Per Lind").check()
        send.get_by_role("button", name="Skicka för justering").click()
        expect(sara.locator(".authoring-state")).to_contain_text("Skickat för justering")
        expect(sara.locator("form.new-item")).to_have_count(0)  # locked while sent

        for login in ("anna", "per"):
            context, page = signed_in(browser, server.base, login)
            page.goto(path)
            with page.expect_download() as pdf:
                page.locator("#dokument li").nth(2).get_by_role("link", name="PDF").click()
            pdf.value.save_as(tmp_path / f"{login}.pdf")
            assert "Lokal för räddningsövningar" in read_document((tmp_path / f"{login}.pdf").read_bytes()).text
            browser_steps.approve(page)
            context.close()

        browser_steps.expect_approved_by(sara, ["Anna Berg", "Per Lind"])
        publish = sara.locator("form.publish")
        expect(publish.get_by_label("Tillkännage justeringen genom anslag")).to_be_checked()
        publish.get_by_label("Datum då anslaget sätts upp").fill(posted.isoformat())
        publish.get_by_label("Förvaringsplats för protokollet").fill("Förbundskontoret")
        publish.get_by_role("button", name="Publicera").click()
        expect(sara.locator(".authoring-state")).to_contain_text("Publicerat")
        expect(sara.locator(".anslag")).to_contain_text(last)
        expect(sara.locator("table.log tbody tr").last).to_contain_text("publicerade")
        with sara.expect_download() as pdf:
            sara.locator("#dokument li").nth(2).get_by_role("link", name="PDF").click()
        pdf.value.save_as(tmp_path / "justerat.pdf")
        text = read_document((tmp_path / "justerat.pdf").read_bytes()).text
        assert "ANSLAG/BEVIS" in text and last in text
        expect(sara.locator("table.log tbody tr").filter(has_text="skickade för justering")).to_contain_text(
            "(Anna Berg, Per Lind)")
        sara.set_viewport_size(VIEWPORT)
        sara.locator("#justering").screenshot(path=str(shot_path("justering.png", tmp_path)))
        sara_context.close()

        public.goto("/moten")
        public.locator('main a[href="/moten/1"]').first.click()
        expect(public.locator("main")).to_contain_text("Budget för nästa år")
        public.goto("/dokument/1")
        expect(public.locator("main")).to_contain_text(f"Datum då anslaget sätts upp: {posted.isoformat()}")
        expect(public.locator("main")).to_contain_text(f"Sista dag för överklagande: {last}")
