"""Correcting a read meeting in a real browser: `protokoll serve`, Debian's Chromium, the real CLI.

The secretariat corrects the date and an assignment's due date of an ingested
minutes document on its correction page; the public meeting page shows the
corrected values marked "rättat av ..." with the value as read on demand, its
.json and `protokoll export` give the corrected record, the organisation's
log lists both changes; `protokoll ingest` of the same file and of a new
version of it keeps the corrections. A ledamot of the same organisation gets
403 on the page and on a POST. docs/screenshots/rattelse.png (PROTOKOLL_SCREENSHOTS=1) is the meeting
page with the value as read opened.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time


import browser_steps
from axe import axe_file, run_axe, serve_axe
from browser_server import chromium, require_browser, Server, shot_path, VIEWPORT
from record_correction_docs import ORG, ingest, write
from web_login import add_account

require_browser()
from playwright.sync_api import expect  # noqa: E402

LOG = "/-/skriv/logg/kollektivtrafikforbundet-norr"


AXE = axe_file()  #: None without npm or its registry: the pages are then not checked with axe-core


def new_context(browser, base: str):
    context = browser.new_context(base_url=base, locale="sv-SE", viewport={"width": 1280, "height": 900})
    if AXE is not None:
        serve_axe(context, AXE)
    return context


def accessible(page) -> None:
    """axe-core finds nothing on the page (when axe-core is at hand)."""
    if AXE is not None:
        assert run_axe(page) == []


def signed_in(browser, base: str, login: str):
    return browser_steps.signed_in(new_context(browser, base), login)


def protokoll(url: str, *args: str) -> str:
    """The real `protokoll` command (this checkout's code) on the archive at ``url``."""
    done = subprocess.run([sys.executable, "-m", "protokoll", *args], env={**os.environ, "PROTOKOLL_DB": url},
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout + done.stderr


def exported(url: str, folder) -> dict:
    protokoll(url, "export", "--out", str(folder))
    return json.loads((folder / "styrelsen.json").read_text(encoding="utf-8"))


def corrected(record: dict) -> tuple:
    return record["date"], record["items"][1]["assignments"][0]["due"]


def test_the_secretariat_corrects_a_date_and_a_due_date_that_survive_reingest(tmp_path):
    url = f"sqlite:///{tmp_path / 'rattelse.sqlite'}"
    source = write(tmp_path / "in")
    ingest(url, source)
    add_account(url, "sara", {ORG: "sekretariat"}, name="Sara Ek")
    add_account(url, "anna", {ORG: "ledamot"}, name="Anna Berg")
    with Server(url, log=tmp_path / "serve.log", workers=1) as server, chromium() as browser:
        sara_context, sara = signed_in(browser, server.base, "sara")
        sara.goto("/moten/1")
        sara.get_by_role("link", name="Rätta uppgifterna (sekretariatet)").click()
        expect(sara.locator("h1")).to_have_text("Rätta Styrelsen 2024-03-14")
        date_form = sara.locator("form#falt-date")
        date_form.get_by_label("Datum", exact=True).fill("2024-03-15")
        date_form.get_by_label("Skäl (valfritt)").fill("Dokumentet har fel datum")
        date_form.get_by_role("button", name="Rätta").click()
        due_form = sara.locator("form#falt-items-2-assignments-1-due")
        due_form.get_by_label("Klart senast", exact=True).fill("2024-06-01")
        due_form.get_by_role("button", name="Rätta").click()
        expect(sara.locator("#logg tbody tr")).to_have_count(2)
        expect(sara.locator("form#falt-date .corrected")).to_have_text("rättat av Sara Ek, "
                                                                      f"{_today_swedish()}")
        accessible(sara)

        def check_page(page, meeting: int = 1) -> None:
            page.goto(f"/moten/{meeting}")
            date = page.locator("dl.header dd").nth(1)
            expect(date).to_contain_text("15 mars 2024")
            expect(date.locator(".corrected")).to_contain_text("rättat av Sara Ek")
            expect(page.locator("#punkt-2 .item-assignments")).to_contain_text("1 juni 2024")
            expect(page.locator("#punkt-2 p.correction")).to_contain_text(
                "Punkt 2, uppdrag 1: klart senast: 2024-06-01")
            data = page.request.get(f"/moten/{meeting}.json").json()
            assert data["meeting"]["date"] == "2024-03-15"
            assert data["items"][1]["assignments"][0]["due"] == "2024-06-01"

        public = new_context(browser, server.base).new_page()
        check_page(public)
        accessible(public)
        expect(public.locator("dl.header dd").nth(1).locator("details.extracted")).not_to_have_attribute("open", "")
        public.locator("dl.header dd").nth(1).get_by_text("Inläst värde").click()
        expect(public.locator("dl.header dd").nth(1).locator("details.extracted")).to_contain_text("2024-03-14")
        public.set_viewport_size({"width": 390, "height": 844})  # a phone: nothing runs past the edge
        assert public.evaluate("document.documentElement.scrollWidth") == 390
        public.set_viewport_size(VIEWPORT)
        public.locator("main").screenshot(path=str(shot_path("rattelse.png", tmp_path)))

        assert corrected(exported(url, tmp_path / "export1")) == ("2024-03-15", "2024-06-01")
        sara.goto(LOG)
        rows = sara.locator("table.log tbody tr")
        expect(rows).to_have_count(2)
        expect(rows.nth(0)).to_contain_text("Punkt 2, uppdrag 1: klart senast2024-05-022024-06-01")
        expect(rows.nth(1)).to_contain_text("Sara Ek")
        expect(rows.nth(1)).to_contain_text("Datum2024-03-142024-03-15Dokumentet har fel datum")
        accessible(sara)
        log = sara.request.get(LOG + ".json").json()["log"]
        assert [(r["field"], r["before"], r["after"], r["who"]) for r in log] == [
            ("items[2].assignments[1].due", "2024-05-02", "2024-06-01", "sara"),
            ("date", "2024-03-14", "2024-03-15", "sara")]

        assert "0 inserted, 0 updated, 1 unchanged" in protokoll(url, "ingest", str(source))
        check_page(public)
        write(tmp_path / "in", extra="\n§ 3 Övriga frågor\nInga övriga frågor.\n")
        out = protokoll(url, "ingest", str(source))
        assert "0 inserted, 1 updated" in out and "not applied" not in out
        time.sleep(1.5)  # the server asks whether the data changed at most once a second
        check_page(public, 2)  # the new version is stored meeting 2
        expect(public.locator("#punkt-3")).to_contain_text("Övriga frågor")
        assert corrected(exported(url, tmp_path / "export2")) == ("2024-03-15", "2024-06-01")

        anna_context, anna = signed_in(browser, server.base, "anna")
        assert anna.goto("/-/skriv/rattelse/2").status == 403
        token = anna.locator('form[action="/-/logga-ut"] input[name="csrf_token"]').first.get_attribute("value")
        answer = anna.request.post("/-/skriv/rattelse/2", form={"csrf_token": token, "falt": "date",
                                                                "varde": "2024-01-01"})
        assert answer.status == 403
        sara.goto("/-/skriv/rattelse/2")
        expect(sara.locator("#logg tbody tr")).to_have_count(2)  # the new version's page: the same two rows
        anna_context.close()
        sara_context.close()


def _today_swedish() -> str:
    from datetime import datetime, timezone

    from protokoll.web.render import swedish_date

    return swedish_date(datetime.now(timezone.utc).date().isoformat())
