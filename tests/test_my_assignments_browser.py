""""Mina uppdrag" in a real browser: `protokoll serve` and Debian's Chromium.

A member signs in, opens "Mina uppdrag" from the page header, follows an
assignment to the meeting item that gave it, marks it reported with the later
item that reports it, and sees it reported there and in the public register.
Names and texts are made up (:mod:`my_assignments_archive`).
"""

from __future__ import annotations



from browser_server import chromium, require_browser, Server
from browser_steps import fill_sign_in
from my_assignments_archive import TODAY, build

require_browser()
from playwright.sync_api import expect  # noqa: E402


def test_a_member_marks_an_assignment_reported_from_mina_uppdrag(tmp_path):
    url = f"sqlite:///{tmp_path / 'uppdrag.sqlite'}"
    build(url)
    with Server(url, log=tmp_path / "serve.log", workers=1, env={"PROTOKOLL_TODAY": TODAY}) as server, \
            chromium() as browser:
        page = browser.new_context(base_url=server.base, locale="sv-SE").new_page()
        page.set_default_timeout(30_000)
        page.goto("/-/mina-uppdrag")
        expect(page.locator("h1")).to_have_text("Logga in")  # signed-in accounts only
        fill_sign_in(page, "anna")
        page.locator("#konto").get_by_role("link", name="Mina uppdrag").click()
        expect(page.locator("h1")).to_have_text("Mina uppdrag")
        expect(page.locator("p.links")).to_contain_text("anna berg (person)")  # as linked; matched folded

        items = page.locator("ul.my-assignments > li")
        expect(items).to_have_count(2)
        task = items.filter(has_text="redovisa utfallet")
        expect(task.locator(".status")).to_have_text("öppet")
        given = task.locator("a.given")
        expect(given).to_contain_text("punkt 5: Budget")
        href = given.get_attribute("href")
        page.goto(href)
        expect(page.locator(href[href.index("#"):])).to_contain_text("Budget")  # the item that gave it
        page.go_back()

        task = page.locator("ul.my-assignments > li").filter(has_text="redovisa utfallet")
        report = "Styrelsen 6 maj 2025, punkt 3: Ekonomisk uppföljning"
        task.get_by_label("Återrapporterat i").select_option(label=report)
        task.get_by_label("Kommentar (frivillig)").fill("Redovisat på mötet")
        task.get_by_role("button", name="Markera återrapporterat").click()

        task = page.locator("ul.my-assignments > li").filter(has_text="redovisa utfallet")
        expect(task.locator(".status")).to_have_text("återrapporterat")
        expect(task.locator("p.mark")).to_contain_text("Markerat återrapporterat av anna")
        expect(task.locator("p.mark a.report")).to_have_text(report)
        expect(task.locator("form.report")).to_have_count(0)

        public = browser.new_context(base_url=server.base, locale="sv-SE").new_page()
        public.goto("/uppdrag?status=reported")
        expect(public.locator("table.assignments tbody tr")).to_have_count(1)
        expect(public.locator("table.assignments tbody tr")).to_contain_text("redovisa utfallet")
