"""Steps that several browser tests take the same way: signing in, and a new meeting in the workspace.

Playwright is imported inside each step, so a module may import this before
``browser_server.require_browser()`` has skipped it on a machine without Chromium.
"""

from __future__ import annotations

from web_login import PASSWORD


def fill_sign_in(page, login: str) -> None:
    """Fill in and send the sign-in form the page shows (the form a protected page sends a visitor to)."""
    page.get_by_label("Användarnamn").fill(login)
    page.get_by_label("Lösenord").fill(PASSWORD)
    page.get_by_role("button", name="Logga in").click()


def sign_in(page, login: str) -> None:
    """Sign ``login`` in from the sign-in page, and wait until the page says so."""
    from playwright.sync_api import expect

    page.goto("/-/logga-in")
    fill_sign_in(page, login)
    expect(page.get_by_role("button", name="Logga ut")).to_be_visible()


def signed_in(context, login: str):
    """A new page of ``context`` (30 s per step) with ``login`` signed in: (context, page)."""
    page = context.new_page()
    page.set_default_timeout(30_000)
    sign_in(page, login)
    return context, page


def new_meeting(page, body: str, day: str, start: str, end: str, place: str) -> None:
    """On the workspace (``/-/skriv``, signed in as a secretariat): create a meeting and open it."""
    from playwright.sync_api import expect

    page.get_by_label("Organ", exact=True).fill(body)
    page.get_by_label("Datum").fill(day)
    page.get_by_label("Börjar").fill(start)
    page.get_by_label("Slutar").fill(end)
    page.get_by_label("Plats").fill(place)
    page.get_by_role("button", name="Skapa mötet").click()
    expect(page.locator("h1")).to_have_text(f"{body} {day}")


def approve(page) -> None:
    """A member approves (justerar) the minutes the page shows; the approve form is then gone."""
    from playwright.sync_api import expect

    page.get_by_role("button", name="Justera protokollet").click()
    expect(page.locator("form.approve")).to_have_count(0)


def expect_approved_by(page, names: list[str]) -> None:
    """After a reload the secretariat's page says the minutes are justerade, by ``names`` in order."""
    from playwright.sync_api import expect

    page.reload()
    expect(page.locator(".authoring-state")).to_contain_text("Justerat")
    expect(page.locator(".adjusters li")).to_have_text([f"{name}: justerat" for name in names])
