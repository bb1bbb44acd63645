"""``/uppdrag``: the assignment register, filtered by GET parameters (htmx swaps
the table in place), and ``/uppdrag.csv`` with the same filters."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response

from ...link.assignments import STATUSES, Entry
from ...swedish.fold import fold_name as fold
from ..state import state
from ...query.linked import ArchiveView as Linked
from ..exports import XLSX, Column, to_swedish_csv, to_xlsx
from ..data import ASSIGNEE_LABELS, STATUS_LABELS, entry_json
from ..render import base_url, page, respond, text_response
from ..urls import slug, with_query
from .municipalities import find_municipality, member_orgs, owed_because

router = APIRouter()
COLUMNS = (Column("id", "Id"), Column("status_label", "Status"), Column("assignee", "Uppdragstagare"),
           Column("assignee_kind_label", "Slag"), Column("task", "Uppdrag"), Column("due", "Tidsgräns"),
           Column("due_text", "Tidsgräns som skriven"), Column("meeting_date", "Mötesdatum"),
           Column("organization", "Organisation"), Column("body", "Organ"), Column("item_number", "Punkt"),
           Column("item_title", "Rubrik"), Column("case", "Ärende"), Column("url", "Länk"))


@dataclass
class Filters:
    """The register's filters, as GET parameters with Swedish names."""

    uppdragstagare: str = ""  #: part of the assignee's name, or a kind (person, kommun, grupp, sekretariat)
    kommun: str = ""  #: the municipality that owes the task: its own, its people's, its groups' (as its page)
    organ: str = ""  #: "<organisation>/<organ>" as in /organ/ URLs
    status: str = ""  #: open | overdue | reported | done
    senast: str = ""  #: ISO date: deadline on or before it
    _owing: tuple | None = field(default=None, repr=False, compare=False)  #: (municipality, its organisations)

    def keep(self, entry: Entry, linked: Linked) -> bool:
        return all((self._assignee(entry), self._municipality(entry, linked),
                    not self.organ or _body_key(entry) == self.organ.strip("/"),
                    not self.status or entry.status == self.status,
                    not self.senast or bool(entry.due and entry.due <= self.senast)))

    def _assignee(self, entry: Entry) -> bool:
        wanted = fold(self.uppdragstagare.strip())
        kinds = {entry.kind, ASSIGNEE_LABELS.get(entry.kind, "")}
        return not wanted or wanted in kinds or wanted in fold(entry.assignee)

    def _municipality(self, entry: Entry, linked: Linked) -> bool:
        """What the municipality owes, as its page lists it (``municipalities.owed_because``)."""
        if not self.kommun:
            return True
        if self._owing is None:
            try:
                name = find_municipality(self.kommun, linked).name
            except HTTPException:
                name = None
            self._owing = (name, member_orgs(linked, name) if name else set())
        name, orgs = self._owing
        return name is not None and owed_because(linked, entry, name, orgs) is not None


def _body_key(entry: Entry) -> str:
    m = entry.item.meeting
    return f"{slug(m.organization)}/{slug(m.body)}"


def parse_filters(uppdragstagare: str, kommun: str, organ: str, status: str, senast: str) -> Filters:
    if status and status not in STATUSES:
        raise HTTPException(400, f"Okänd status {status!r}; välj bland {', '.join(STATUSES)}.")
    if senast:
        try:
            date.fromisoformat(senast)
        except ValueError:
            raise HTTPException(400, f"{senast!r} är inget datum (ÅÅÅÅ-MM-DD).") from None
    return Filters(uppdragstagare, kommun, organ, status, senast)


def filtered(request: Request, filters: Filters) -> tuple[Linked, list[Entry]]:
    web = state(request)
    linked = web.linked()
    return linked, [e for e in linked.register(web.today()) if filters.keep(e, linked)]


def options(linked: Linked) -> dict:
    """The choices of the filter form."""
    groups = sorted({(n.organization or "", n.body or "") for n in linked.chain.nodes})
    places = sorted({m.municipality for o in linked.orgs for m in o.members})
    return {"statuses": [{"value": s, "label": STATUS_LABELS[s]} for s in STATUSES],
            "bodies": [{"value": f"{slug(o)}/{slug(b)}", "label": f"{b} ({o})" if o else b} for o, b in groups],
            "municipalities": [{"value": slug(p), "label": p} for p in places]}


@page(router, "/uppdrag", "assignments", "Uppdragsregistret: vem ska göra vad, till när, och status")
def assignments(request: Request, uppdragstagare: str = "", kommun: str = "", organ: str = "",
                status: str = "", senast: str = Query("", description="ISO-datum: tidsgräns senast")):
    filters = parse_filters(uppdragstagare, kommun, organ, status, senast)
    linked, entries = filtered(request, filters)
    params = {k: v for k, v in asdict(filters).items() if not k.startswith("_")}
    context = {"title": "Uppdrag", "filters": params, "options": options(linked),
               "count": len(entries), "assignments": [entry_json(e, linked) for e in entries],
               "csv_url": with_query("/uppdrag.csv", params), "xlsx_url": with_query("/uppdrag.xlsx", params)}
    return respond(request, "assignments.html", context, partial="_partials/register.html")


@router.get("/uppdrag.csv", name="assignments_csv", response_class=Response,
            summary="Uppdragsregistret som CSV för svenskt Excel (samma filter som /uppdrag)")
def assignments_csv(request: Request, uppdragstagare: str = "", kommun: str = "", organ: str = "",
                    status: str = "", senast: str = ""):
    rows = export_rows(request, parse_filters(uppdragstagare, kommun, organ, status, senast))
    return text_response(to_swedish_csv(rows, COLUMNS), "text/csv; charset=utf-8", "uppdrag.csv")


@router.get("/uppdrag.xlsx", name="assignments_xlsx", response_class=Response,
            summary="Uppdragsregistret som Excel-fil (samma filter som /uppdrag)")
def assignments_xlsx(request: Request, uppdragstagare: str = "", kommun: str = "", organ: str = "",
                     status: str = "", senast: str = ""):
    rows = export_rows(request, parse_filters(uppdragstagare, kommun, organ, status, senast))
    return text_response(to_xlsx(rows, COLUMNS, "Uppdrag"), XLSX, "uppdrag.xlsx")


def export_rows(request: Request, filters: Filters) -> list[dict]:
    """The register's rows as the exports show them: one flat dict per assignment."""
    linked, entries = filtered(request, filters)
    root = base_url(request)
    rows = []
    for e in entries:
        d = entry_json(e, linked)
        rows.append({**d, "meeting_date": d["meeting"]["date"], "organization": d["meeting"]["organization"],
                     "body": d["meeting"]["body"], "item_number": d["item"]["number"],
                     "item_title": d["item"]["title"], "url": root + d["url"] if d["url"] else ""})
    return rows
