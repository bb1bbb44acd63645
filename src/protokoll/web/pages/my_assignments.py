"""``/-/mina-uppdrag``: a signed-in member's assignments, and marking one reported.

The account answers for the people and municipalities linked to it (``protokoll
user link``; :mod:`protokoll.store.my_assignments`). Each assignment links to
the meeting item that gave it; an open or overdue one can be marked reported
by naming the later item that reports it, which the member may do for an
organisation they hold a role in. A mark is a new row with who and when,
never a change of an earlier one; the register counts the assignment as
reported from the reporting meeting on.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool

from ...query import my_assignments as mine
from ...store.accounts import LEDAMOT, Account
from ...store.linked import bump_generation
from ...store.my_assignments import add_report, assignees_of, reports_of
from ..auth import CSRF_FIELD, action, require_role, signed_in_now
from ..data import _item_label, _item_link
from ..render import page, respond
from ..state import state
from .account import account_json
from .assignments import entry_rows

router = APIRouter()
TITLE = "Mina uppdrag"
URL = "/-/mina-uppdrag"
OPEN = ("open", "overdue")
KIND_WORDS = {"person": "person", "municipality": "kommun"}


class Refused(ValueError):
    """A mark that cannot be made (in Swedish, for the page)."""


def _context(request: Request, account: Account, error: str | None = None) -> dict:
    web = state(request)
    linked, today = web.linked(), web.today()
    with web.sessions() as s:
        links = assignees_of(s, account.id)
    entries = mine.mine(linked, links, today)
    with web.sessions() as s:
        marks = reports_of(s, [e.id for e in entries])
    rows = []
    for entry, row in zip(entries, entry_rows(entries, linked)):
        may = entry.status in OPEN and account.has_role(LEDAMOT, entry.item.meeting.organization or "")
        choices = mine.report_choices(linked, entry, today) if may else []
        rows.append({**row, "marks": [_mark_json(m, linked) for m in marks.get(entry.id, [])],
                     "can_report": may and bool(choices),
                     "choices": [{"key": i.id, "label": _item_label(i)} for i in choices]})
    return {"title": TITLE, "user": account_json(account), "error": error, "today": today.isoformat(),
            "links": [{"kind": k, "kind_label": KIND_WORDS[k], "name": n} for k, n in links],
            "assignments": rows, CSRF_FIELD: signed_in_now(request).csrf_token}


def _mark_json(mark, linked) -> dict:
    item = linked.item(mark.item_key)
    return {"item": mark.item_key, "item_url": _item_link(item, linked) if item else None,
            "item_label": _item_label(item) if item else mark.item_key, "note": mark.note,
            "by": mark.reported_by, "at": mark.reported_at.isoformat(timespec="seconds")}


def _page(request: Request, account: Account, error: str | None = None, status: int = 200):
    response = respond(request, "my_assignments.html", _context(request, account, error), status)
    response.headers["Cache-Control"] = "no-store"
    return response


@page(router, URL, "my_assignments", "Mina uppdrag: de uppdrag det inloggade kontot svarar för")
def my_assignments(request: Request, account: Account = Depends(require_role(None))):
    return _page(request, account)


@action(router, f"{URL}/rapportera", "my_assignments.report", "Markera ett uppdrag återrapporterat")
async def report(request: Request, account: Account = Depends(require_role(None))):
    form = await request.form()
    key, item, note = (str(form.get(f) or "").strip() for f in ("uppdrag", "punkt", "kommentar"))
    try:
        await run_in_threadpool(_report, request, account, key, item, note)
    except Refused as refused:
        return await run_in_threadpool(_page, request, account, str(refused), 400)
    return RedirectResponse(f"{URL}#uppdrag-{key}", 303)


def _report(request: Request, account: Account, key: str, item_key: str, note: str) -> None:
    web = state(request)
    linked, today = web.linked(), web.today()
    with web.sessions() as s:
        links = assignees_of(s, account.id)
    entry = next((e for e in mine.mine(linked, links, today) if e.id == key), None)
    if entry is None:
        raise Refused("Uppdraget finns inte bland dina uppdrag.")
    if not account.has_role(LEDAMOT, entry.item.meeting.organization or ""):
        raise Refused("Du har ingen roll i organisationen som gav uppdraget.")
    if entry.status not in OPEN:
        raise Refused("Uppdraget är redan återrapporterat eller avslutat.")
    item = next((i for i in mine.report_choices(linked, entry, today) if i.id == item_key), None)
    if item is None:
        raise Refused("Välj den punkt i ett senare protokoll som återrapporterar uppdraget.")
    with web.sessions() as s:
        add_report(s, key, item.id, item.meeting.date, account.login, note)
        bump_generation(s)  # pages kept per link generation show the new status
        s.commit()
