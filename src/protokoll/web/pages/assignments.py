"""``/uppdrag``: the assignment register, filtered by GET parameters (htmx swaps
the table in place), and ``/uppdrag.csv`` with the same filters."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response

from ...link.assignments import STATUSES, Entry
from ...query import assignments as register
from ...query.assignments import RegisterFilter, filter_choices
from ...query.owed import municipality_named
from ..state import state
from ...query.archive_view import ArchiveView as Linked
from ..exports import XLSX, Column, to_swedish_csv, to_xlsx
from ..data import ASSIGNEE_LABELS, STATUS_LABELS, entry_json
from ..render import base_url, cached_response, page, representation, respond, text_response
from ..paging import pages
from ..params import PageNumber
from ..urls import slug, with_query

router = APIRouter()
COLUMNS = (Column("id", "Id"), Column("status_label", "Status"), Column("assignee", "Uppdragstagare"),
           Column("assignee_kind_label", "Slag"), Column("task", "Uppdrag"), Column("due", "Tidsgräns"),
           Column("due_text", "Tidsgräns som skriven"), Column("meeting_date", "Mötesdatum"),
           Column("organization", "Organisation"), Column("body", "Organ"), Column("item_number", "Punkt"),
           Column("item_title", "Rubrik"), Column("case", "Ärende"), Column("url", "Länk"))
PAGE_SIZE = 50  #: assignments per page of /uppdrag
UNKNOWN = "\0"  #: a municipality filter naming none: keeps nothing


@dataclass
class Filters:
    """The register's filters, as GET parameters with Swedish names."""

    uppdragstagare: str = ""  #: part of the assignee's name, or a kind (person, kommun, grupp, sekretariat)
    kommun: str = ""  #: the municipality that owes the task: its own, its people's, its groups' (as its page)
    organ: str = ""  #: "<organisation>/<organ>" as in /organ/ URLs
    status: str = ""  #: open | overdue | reported | done
    senast: str = ""  #: ISO date: deadline on or before it

    def query(self, linked: Linked) -> RegisterFilter:
        """The filter of :mod:`protokoll.query.assignments` (the page's way of matching an assignee)."""
        return RegisterFilter(self.uppdragstagare, ASSIGNEE_LABELS, self._municipality(linked), self.organ,
                              self.status, self.senast)

    def _municipality(self, linked: Linked) -> str:
        if not self.kommun:
            return ""
        return municipality_named(linked, self.kommun) or UNKNOWN


def parse_filters(uppdragstagare: str, kommun: str, organ: str, status: str, senast: str) -> Filters:
    if status and status not in STATUSES:
        raise HTTPException(400, f"Okänd status {status!r}; välj bland {', '.join(STATUSES)}.")
    if senast:
        try:
            date.fromisoformat(senast)
        except ValueError:
            raise HTTPException(400, f"{senast!r} är inget datum (ÅÅÅÅ-MM-DD).") from None
    return Filters(uppdragstagare, kommun, organ, status, senast)


def options(linked: Linked) -> dict:
    """The choices of the filter form (read once per link generation)."""
    return linked.pages.get(("uppdrag-options",), lambda: _options(linked)) if linked.pages is not None \
        else _options(linked)


def _options(linked: Linked) -> dict:
    groups, places = filter_choices(linked)
    return {"statuses": [{"value": s, "label": STATUS_LABELS[s]} for s in STATUSES],
            "bodies": [{"value": f"{slug(o)}/{slug(b)}", "label": f"{b} ({o})" if o else b} for o, b in groups],
            "municipalities": [{"value": slug(p), "label": p} for p in places]}


@page(router, "/uppdrag", "assignments", "Uppdragsregistret: vem ska göra vad, till när, och status")
def assignments(request: Request, uppdragstagare: str = "", kommun: str = "", organ: str = "",
                status: str = "", senast: str = Query("", description="ISO-datum: tidsgräns senast"),
                sida: PageNumber = 1):
    web = state(request)
    linked, today = web.linked(), web.today()
    filters = parse_filters(uppdragstagare, kommun, organ, status, senast)

    def build() -> Response:
        entries, total = register.page(linked, filters.query(linked), today, sida, PAGE_SIZE, linked.pages)
        params = asdict(filters)
        context = {"title": "Uppdrag", "filters": params, "options": options(linked), "count": total,
                   "assignments": entry_rows(entries, linked),
                   "pages": pages("/uppdrag", params, sida, total, PAGE_SIZE),
                   "csv_url": with_query("/uppdrag.csv", params), "xlsx_url": with_query("/uppdrag.xlsx", params)}
        return respond(request, "assignments.html", context, partial="_partials/register.html")

    if linked.pages is None:
        return build()
    return cached_response(linked.pages, (today, *representation(request)), build)  # per link generation


@router.get("/uppdrag.csv", name="assignments_csv", response_class=Response,
            summary="Uppdragsregistret som CSV för svenskt Excel (samma filter som /uppdrag, alla sidor)")
def assignments_csv(request: Request, uppdragstagare: str = "", kommun: str = "", organ: str = "",
                    status: str = "", senast: str = ""):
    rows = export_rows(request, parse_filters(uppdragstagare, kommun, organ, status, senast))
    return text_response(to_swedish_csv(rows, COLUMNS), "text/csv; charset=utf-8", "uppdrag.csv")


@router.get("/uppdrag.xlsx", name="assignments_xlsx", response_class=Response,
            summary="Uppdragsregistret som Excel-fil (samma filter som /uppdrag, alla sidor)")
def assignments_xlsx(request: Request, uppdragstagare: str = "", kommun: str = "", organ: str = "",
                     status: str = "", senast: str = ""):
    rows = export_rows(request, parse_filters(uppdragstagare, kommun, organ, status, senast))
    return text_response(to_xlsx(rows, COLUMNS, "Uppdrag"), XLSX, "uppdrag.xlsx")


def entry_rows(entries: list[Entry], linked: Linked) -> list[dict]:
    """``entry_json`` of each entry, with the people the assignees are linked to read in one statement."""
    keys = register.person_keys(linked, [(e.assignee, linked.item_meeting(e.item)) for e in entries
                                         if e.kind == "person"])
    names = _Names(linked, keys)
    return [entry_json(e, names) for e in entries]


def export_rows(request: Request, filters: Filters) -> list[dict]:
    """The register's rows as the exports show them: one flat dict per assignment (every page)."""
    web = state(request)
    linked = web.linked()
    root = base_url(request)
    rows = []
    entries = list(register.every_entry(linked, filters.query(linked), web.today(), cache=linked.pages))
    for d in entry_rows(entries, linked):
        rows.append({**d, "meeting_date": d["meeting"]["date"], "organization": d["meeting"]["organization"],
                     "body": d["meeting"]["body"], "item_number": d["item"]["number"],
                     "item_title": d["item"]["title"], "url": root + d["url"] if d["url"] else ""})
    return rows


class _Names:
    """The view as ``entry_json`` asks it, with the assignees' person keys read beforehand."""

    def __init__(self, linked: Linked, keys: dict[tuple[str, int | None], str | None]) -> None:
        self._linked, self._keys = linked, keys

    def person_id(self, name: str | None, meeting_id: int | None = None) -> str | None:
        if (name, meeting_id) in self._keys:
            return self._keys[(name, meeting_id)]
        return self._linked.person_id(name, meeting_id)

    def __getattr__(self, attr: str):
        return getattr(self._linked, attr)
