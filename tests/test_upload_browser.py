"""The secretariat signs in and uploads a document in a real browser: `protokoll serve` and Debian's Chromium."""

from __future__ import annotations

import json
import urllib.request


from browser_server import chromium, require_browser, Server
from browser_steps import fill_sign_in
from web_login import add_account

require_browser()
from playwright.sync_api import expect  # noqa: E402

ORG = "Kommunalförbundet Sydkusten"
PROTOCOL = """KOMMUNALFÖRBUNDET SYDKUSTEN
Styrelsen

PROTOKOLL 1/2025

Sammanträdesdatum: 2025-02-03
Plats: Stadshuset

§ 1 Mötets öppnande
Ordföranden öppnade mötet.

§ 2 Budget för nästa år
Styrelsen beslutade att godkänna förslaget.
"""


def test_the_secretariat_signs_in_uploads_a_file_and_signs_out(tmp_path):
    url = f"sqlite:///{tmp_path / 'browser.sqlite'}"
    add_account(url, "sara", {ORG: "sekretariat"}, name="Sara Holm")
    document = tmp_path / "styrelsen-2025-02-03.txt"
    document.write_text(PROTOCOL, encoding="utf-8")
    env = {"PROTOKOLL_UPLOADS": str(tmp_path / "uppladdat")}
    with Server(url, log=tmp_path / "serve.log", env=env, workers=1) as server, chromium() as browser:
        context = browser.new_context(base_url=server.base, locale="sv-SE")
        page = context.new_page()
        page.set_default_timeout(20_000)
        errors: list[str] = []
        page.on("console", lambda m: errors.append(f"{m.text} ({m.location.get('url')})")
                if m.type == "error" and not m.location.get("url", "").endswith("/favicon.ico") else None)
        page.on("pageerror", lambda e: errors.append(str(e)))

        page.goto("/-/ladda-upp")  # not signed in: the sign-in form, which comes back here
        expect(page.locator("h1")).to_have_text("Logga in")
        fill_sign_in(page, "sara")
        expect(page.locator("h1")).to_have_text("Ladda upp dokument")
        expect(page.locator("#konto .who")).to_contain_text("Sara Holm (sekretariat: Kommunalförbundet Sydkusten)")

        page.locator('input[type="file"]').set_input_files(str(document))
        page.get_by_role("button", name="Ladda upp och läs in").click()
        row = page.locator("table.upload-report tbody tr")
        expect(row).to_have_count(1)
        expect(row.locator("td")).to_have_text(["styrelsen-2025-02-03.txt", "tillagt", ""])
        expect(page.locator("p.summary")).to_have_text("1 tillagda, 0 nya versioner, 0 oförändrade, 0 misslyckade.")

        page.get_by_role("button", name="Logga ut").click()
        expect(page.locator("#konto a")).to_have_text("Logga in")
        page.goto("/-/ladda-upp")
        expect(page.locator("h1")).to_have_text("Logga in")
        assert errors == []
        context.close()
        with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(server.base + "/-/status.json") as r:
            assert json.loads(r.read())["documents"] == 1
