"""The whole flow of issue 13 in one real browser session: `protokoll serve` and Debian's Chromium, three accounts.

Everything happens in Chromium, nothing through TestClient: the secretariat
signs in, creates a meeting, builds its agenda with an uploaded attachment,
downloads the kallelse as DOCX and PDF (the PDF's first page becomes
docs/screenshots/whole-flow-kallelse.png), writes the minutes (attendance,
att-clauses, a reservation, an assignment), sends them for justering to two
members, who each sign in and approve, and publishes them with an anslag.
Before publishing, an anonymous visitor finds the draft nowhere (workspace,
archive list and its JSON, search) and every refused POST is a 403: without
the CSRF token (a form whose token is removed, and a script's fetch), by the
public, and by a member (the wrong role). After publishing, the visitor reads
the protocol with the right anslag dates (the last day for appeal three weeks
after the anslag).

Names, places and texts are made up for this test.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pypdfium2

from authoring_flow import ORG
from browser_steps import approve, expect_approved_by, fill_sign_in, new_meeting, sign_in
from browser_server import chromium, require_browser, ROOT, Server
from protokoll.read import read_document
from web_login import add_account

require_browser()
from playwright.sync_api import expect  # noqa: E402

SCREENSHOT = ROOT / "docs" / "screenshots" / "whole-flow-kallelse.png"  #: the kallelse's first PDF page
SECRET = "Fyrskeppsbryggan"  #: a word only this meeting's agenda holds: looked for where the public looks
CSRF_REFUSED = "saknar en giltig säkerhetskod (CSRF)"
ROLE_REFUSED = "inte behörighet"

#: a POST from the page's own script (same origin, the session's cookies): the status and the answer's text
POST = """async ([path, fields, token]) => {
    const headers = token ? {"X-CSRF-Token": token} : {};
    const answer = await fetch(path, {method: "POST", headers, body: new URLSearchParams(fields),
                                      redirect: "manual"});
    return [answer.status, await answer.text()];
}"""


def first_page_png(pdf: Path, target: Path) -> None:
    """The PDF's first page as a PNG, drawn by PDFium (pypdfium2) from the file the browser saved."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        document[0].render(scale=96 / 72).to_pil().save(target, optimize=True)
    finally:
        document.close()


def open_page(browser, base: str):
    context = browser.new_context(base_url=base, locale="sv-SE", accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(30_000)
    return context, page



def session_token(page) -> str:
    """The signed-in session's CSRF token, as the header's sign-out form carries it."""
    return page.locator('form[action="/-/logga-ut"] input[name="csrf_token"]').first.get_attribute("value")


def download(page, link_row, name: str, target: Path) -> str:
    """Click ``name`` in ``link_row``, save what the browser downloads as ``target``; its text as our reader reads it."""
    with page.expect_download() as got:
        link_row.get_by_role("link", name=name).click()
    got.value.save_as(target)
    return read_document(target.read_bytes()).text


def create_meeting_with_agenda(page, attachment: Path) -> str:
    """The secretariat's first steps: sign in by the workspace, a new meeting, two agenda items
    (the first with the uploaded attachment); returns the meeting's workspace path."""
    page.goto("/-/skriv")  # the workspace sends a visitor to the sign-in form first
    fill_sign_in(page, "sara")
    expect(page.locator("h1")).to_have_text("Skriv möten")
    new_meeting(page, "Styrelsen", "2025-05-06", "09:00", "11:30", "Kommunhuset, sammanträdesrum Tången")
    for title, presenter, proposal, upload in (
            (f"Renovering av {SECRET}", "Johan Ek", "Styrelsen godkänner förslaget till renovering.", attachment),
            ("Lokal för räddningsövningar", "", "", None)):
        new_item = page.locator("form.new-item")
        new_item.get_by_label("Rubrik").fill(title)
        new_item.get_by_label("Föredragande").fill(presenter)
        new_item.get_by_label("Förslag till beslut").fill(proposal)
        if upload:
            new_item.get_by_label("Bilaga").set_input_files(str(upload))
        new_item.get_by_role("button", name="Lägg till punkten").click()
    expect(page.locator("#punkt-1 h3")).to_have_text(f"1. Renovering av {SECRET}")
    expect(page.locator("#punkt-1 .attachment")).to_contain_text(f"Bilaga 1: {attachment.name}")
    expect(page.locator("#punkt-2 h3")).to_have_text("2. Lokal för räddningsövningar")
    return page.url.removeprefix(page.url.split("/-/")[0])


def write_minutes(page) -> None:
    """Attendance (two members added to the roster), the chair and secretary, each item's decision."""
    roster = page.locator("form.attendance")
    for name, town in (("Anna Berg", "Strömstad"), ("Per Lind", "Tanum")):
        roster.get_by_label("Lägg till person").fill(name)
        roster.get_by_label("Kommun, parti eller organisation").fill(town)
        roster.get_by_role("button", name="Spara närvaro").click()
        expect(page.get_by_label(f"{name} närvarande")).to_be_checked()
    roster.get_by_label("Ordförande").fill("Anna Berg")
    roster.get_by_label("Sekreterare").fill("Eva Sund")
    roster.get_by_role("button", name="Spara närvaro").click()
    first = page.locator("#punkt-1 form.minutes")
    first.get_by_label("Beslut").fill("att godkänna förslaget till renovering,\natt ge Johan Ek i uppdrag att "
                                      "upphandla arbetet senast den 1 september 2025.")
    first.get_by_label("Reservationer").fill("Per Lind (C): vill vänta på bokslutet")
    first.get_by_label("Uppdrag").fill("Johan Ek; upphandla arbetet; 2025-09-01")
    first.get_by_role("button", name="Spara punkt 1").click()
    second = page.locator("#punkt-2 form.minutes")
    second.get_by_label("Beslut").fill("att lägga informationen till handlingarna.")
    second.get_by_role("button", name="Spara punkt 2").click()
    page.get_by_label("Skrivs som").select_option("protocol")
    page.get_by_role("button", name="Spara sort").click()
    expect(page.locator(".authoring-state")).to_contain_text("skrivs som protokoll")


def the_public_sees_no_draft(page, path: str) -> None:
    """An anonymous visitor: the workspace page asks for a sign-in; the archive, its JSON and search lack it."""
    page.goto(path)
    expect(page.locator("h1")).to_have_text("Logga in")
    page.goto("/moten")
    expect(page.locator("main")).not_to_contain_text(SECRET)
    assert SECRET not in page.request.get("/moten.json").text()
    found = page.request.get(f"/sok.json?q={SECRET}").json()  # (the answer repeats the query itself)
    assert (found["total"], found["hits"]) == (0, [])
    page.goto(f"/sok?q={SECRET}")
    expect(page.locator("main ol.hits li")).to_have_count(0)


def refused(page, path: str, fields: dict, token: str | None, reason: str) -> None:
    status, text = page.evaluate(POST, [path, fields, token])
    assert (status, reason in text) == (403, True), (path, status, text[:300])


def test_the_whole_flow_from_sign_in_to_the_published_protocol(tmp_path):
    url = f"sqlite:///{tmp_path / 'whole.sqlite'}"
    add_account(url, "sara", {ORG: "sekretariat"}, name="Eva Sund")
    add_account(url, "anna", {ORG: "ledamot"}, name="Anna Berg")
    add_account(url, "per", {ORG: "ledamot"}, name="Per Lind")
    attachment = tmp_path / "renoveringsplan.txt"
    attachment.write_text("Plan för renoveringen, skriven för testet.\n", encoding="utf-8")
    posted = date.today()
    last = (posted + timedelta(days=21)).isoformat()
    with Server(url, log=tmp_path / "serve.log", workers=1) as server, chromium() as browser:
        sara_context, sara = open_page(browser, server.base)
        errors: list[str] = []
        sara.on("pageerror", lambda e: errors.append(str(e)))
        path = create_meeting_with_agenda(sara, attachment)
        assert path.startswith("/-/skriv/")

        kallelse = sara.locator("#dokument li").first
        for fmt, name in (("docx", "Word (DOCX)"), ("pdf", "PDF")):
            text = download(sara, kallelse, name, tmp_path / f"kallelse.{fmt}")
            assert f"Renovering av {SECRET}" in text and "Föredragande: Johan Ek" in text, fmt
            assert "Lokal för räddningsövningar" in text and "Styrelsen godkänner förslaget" in text, fmt
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        first_page_png(tmp_path / "kallelse.pdf", SCREENSHOT)
        assert SCREENSHOT.read_bytes().startswith(b"\x89PNG")

        write_minutes(sara)
        written = sara.locator("#dokument li").nth(2)
        text = download(sara, written, "PDF", tmp_path / "protokoll-utkast.pdf")
        assert "att godkänna förslaget till renovering" in text and "Per Lind" in text

        # refused POSTs: no token (the form's own token removed, then a script without it)
        sara.locator("form.new-item input[name='csrf_token']").evaluate("e => e.remove()")
        sara.locator("form.new-item").get_by_label("Rubrik").fill("Punkt utan säkerhetskod")
        sara.locator("form.new-item").get_by_role("button", name="Lägg till punkten").click()
        expect(sara.locator("main")).to_contain_text(CSRF_REFUSED)
        sara.goto(path)
        expect(sara.locator("#punkt-3")).to_have_count(0)  # nothing was saved
        refused(sara, f"{path}/sort", {"sort": "minutes"}, None, CSRF_REFUSED)
        refused(sara, f"{path}/sort", {"sort": "minutes"}, "gissat", CSRF_REFUSED)

        send = sara.locator("form.send")
        send.get_by_label("Anna Berg").check()
        send.get_by_label("Per Lind").check()
        send.get_by_role("button", name="Skicka för justering").click()
        expect(sara.locator(".authoring-state")).to_contain_text("Skickat för justering")

        public_context, public = open_page(browser, server.base)
        the_public_sees_no_draft(public, path)
        public.goto("/")
        refused(public, "/-/skriv", {"body": "Styrelsen", "date": "2025-06-01"}, None, CSRF_REFUSED)

        for login in ("anna", "per"):
            context, page = open_page(browser, server.base)
            sign_in(page, login)
            page.goto(path)
            text = download(page, page.locator("#dokument li").nth(2), "PDF", tmp_path / f"{login}.pdf")
            assert f"Renovering av {SECRET}" in text
            # a member may approve, never edit: the wrong role with a valid token is a 403
            fields = {"organisation": ORG, "body": "Styrelsen", "date": "2025-06-01"}
            refused(page, "/-/skriv", fields, session_token(page), ROLE_REFUSED)
            approve(page)
            context.close()

        expect_approved_by(sara, ["Anna Berg", "Per Lind"])
        the_public_sees_no_draft(public, path)  # justerat is not yet published

        publish = sara.locator("form.publish")
        expect(publish.get_by_label("Tillkännage justeringen genom anslag")).to_be_checked()
        publish.get_by_label("Datum då anslaget sätts upp").fill(posted.isoformat())
        publish.get_by_label("Förvaringsplats för protokollet").fill("Förbundskontoret")
        publish.get_by_role("button", name="Publicera").click()
        expect(sara.locator(".authoring-state")).to_contain_text("Publicerat")
        expect(sara.locator(".anslag")).to_contain_text(last)
        text = download(sara, sara.locator("#dokument li").nth(2), "PDF", tmp_path / "justerat.pdf")
        assert "ANSLAG/BEVIS" in text and posted.isoformat() in text and last in text
        assert errors == []
        sara_context.close()

        public.goto("/moten")
        public.locator('main a[href="/moten/1"]').first.click()  # the archive's first and only meeting
        expect(public.locator("main")).to_contain_text(f"Renovering av {SECRET}")
        expect(public.locator("main")).to_contain_text("att godkänna förslaget till renovering")
        found = public.request.get(f"/sok.json?q={SECRET}").json()
        assert found["total"] >= 1, {k: found.get(k) for k in ("notes", "total", "engine")}  # what the public lacked before
        public.goto(f"/sok?q={SECRET}")
        expect(public.locator("main ol.hits li").first).to_contain_text(SECRET)
        public.goto("/dokument/1")
        expect(public.locator("main")).to_contain_text(f"Datum då anslaget sätts upp: {posted.isoformat()}")
        expect(public.locator("main")).to_contain_text(f"Sista dag för överklagande: {last}")
        public.goto(path)  # the workspace stays closed to the public after publishing too
        expect(public.locator("h1")).to_have_text("Logga in")
        public_context.close()
