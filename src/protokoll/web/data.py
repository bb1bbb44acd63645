"""Plain JSON-able summaries of linked objects, shared by the pages.

Every page's context is built from these, so the HTML and its ``.json`` twin
hold the same values, links included.
"""

from __future__ import annotations

from urllib.parse import urlencode

from ..link.assignments import Entry
from ..link.cases import Case, CaseItem
from ..link.chain import Node
from ..query.archive_view import ArchiveView as Linked
from .render import swedish_date
from .urls import (body_url, case_url, document_url, item_url, meeting_url, municipality_url,
                   node_url, organisation_url, person_url)

KIND_LABELS = {"protocol": "protokoll", "minutes": "minnesanteckningar", "agenda": "dagordning",
               "expected": "förväntat möte"}
STATUS_LABELS = {"open": "öppet", "overdue": "försenat", "reported": "återrapporterat", "done": "klart"}
ASSIGNEE_LABELS = {"person": "person", "municipality": "kommun", "group": "grupp",
                   "secretariat": "sekretariat"}
GROUP_LABELS = {"present": "Närvarande", "other": "Övriga deltagare", "guest": "Gäster"}
METHOD_LABELS = {"text_layer": "textlager", "ocr": "OCR (tolkad bild)", "text": "ren text", "docx": "Word",
                 "needs_ocr": "bild utan tolkning"}


def node_json(node: Node, linked: Linked) -> dict:
    """One meeting of the chain: when, who, what kind, its documents and links."""
    docs = [{"name": s.document_name, "meeting_id": s.meeting_id, "url": meeting_url(s.meeting_id),
             "kind": s.record.get("kind"), "kind_label": KIND_LABELS.get(s.record.get("kind") or "", "")}
            for s in node.sources]
    return {"id": node.id, "date": node.date, "year": node.year, "after": node.after,
            "kind": node.kind, "kind_label": KIND_LABELS.get(node.kind, node.kind),
            "expected": node.kind == "expected",
            "organization": node.organization, "body": node.body,
            "url": docs[0]["url"] if docs else node_url(node.id),
            "body_url": body_url(node.organization, node.body),
            "organization_url": organisation_url(node.organization) if node.organization else None,
            "documents": docs}


def entry_json(entry: Entry, linked: Linked) -> dict:
    """One assignment of the register, with links to its meeting item, case and assignee."""
    data = entry.to_dict()
    mid = linked.item_meeting(entry.item)
    key = entry.item.id.rsplit(":", 1)[1]
    data.update({
        "status_label": STATUS_LABELS.get(entry.status, entry.status),
        "assignee_kind_label": ASSIGNEE_LABELS.get(entry.kind, entry.kind),
        "assignee_url": assignee_url(entry, linked, mid),
        "url": item_url(mid, key) if mid is not None else None,
        "case_url": case_url(entry.case) if entry.case else None,
        "body_url": body_url(entry.item.meeting.organization, entry.item.meeting.body),
        "later_url": _item_link(entry.later, linked),
        "later_label": _item_label(entry.later),
    })
    return data


def _item_link(item: CaseItem | None, linked: Linked) -> str | None:
    mid = linked.item_meeting(item) if item else None
    return item_url(mid, item.id.rsplit(":", 1)[1]) if mid is not None else None


def _item_label(item: CaseItem | None) -> str | None:
    """"<body> <date>, punkt <number>: <title>" of a later item, the date in Swedish."""
    if item is None:
        return None
    m = item.meeting
    when = swedish_date(m.date) if m.date else f"efter {swedish_date(m.sort_date)}" if m.sort_date else ""
    where = " ".join(p for p in (m.body or "", when) if p)
    return f"{where}, punkt {item.number}: {item.title}" if item.number else f"{where}: {item.title}"


def assignee_url(entry: Entry, linked: Linked, meeting_id: int | None) -> str | None:
    if entry.kind == "person":
        pid = linked.person_id(entry.assignee, meeting_id)
        return person_url(pid) if pid else None
    if entry.kind == "municipality":
        from ..swedish.gazetteer import municipality

        return municipality_url(municipality(entry.assignee) or entry.assignee)
    return None


def case_item_json(item: CaseItem, linked: Linked) -> dict:
    """One item of a case's timeline."""
    mid = linked.item_meeting(item)
    key = item.id.rsplit(":", 1)[1]
    node = item.meeting
    return {"id": item.id, "date": node.date or node.after, "dated": node.date is not None,
            "organization": node.organization, "body": node.body,
            "kind": item.kind, "kind_label": KIND_LABELS.get(item.kind or "", ""),
            "document": item.document, "number": item.number, "title": item.title,
            "decisions": item.decisions,
            "url": item_url(mid, key) if mid is not None else None,
            "meeting_url": meeting_url(mid) if mid is not None else None,
            "body_url": body_url(node.organization, node.body)}


def case_json(case: Case) -> dict:
    """A case in a list: id, title, how many items and when."""
    dates = [i.meeting.date or i.meeting.after for i in case.items]
    dates = [d for d in dates if d]
    return {"id": case.id, "title": case.title, "url": case_url(case.id), "items": len(case.items),
            "first": min(dates) if dates else None, "last": max(dates) if dates else None,
            "corrected": case.corrected}


def case_summary_json(case: dict) -> dict:
    """A case in a list from its summary row (``query.meetings.item_cases``): as :func:`case_json`."""
    return {"id": case["id"], "title": case["title"], "url": case_url(case["id"]), "items": case["items"],
            "first": case["first"], "last": case["last"], "corrected": case["corrected"]}


def pagination(path: str, params: dict, page: int, total: int, per_page: int) -> dict:
    """Where a paged list stands: page (from 1), pages, total and the links before and after (``sida``)."""
    pages = max(1, -(-total // per_page))

    def url(number: int) -> str:
        query = {k: v for k, v in params.items() if v is not None} | ({"sida": number} if number > 1 else {})
        return path + ("?" + urlencode(query) if query else "")

    return {"page": page, "pages": pages, "total": total, "per_page": per_page,
            "previous_url": url(page - 1) if page > 1 else None,
            "next_url": url(page + 1) if page < pages else None}


def person_ref(name: str | None, linked: Linked, meeting_id: int | None = None) -> dict | None:
    """A name as written, with the page of the person it is linked to."""
    if not name:
        return None
    pid = linked.person_id(name, meeting_id)
    return {"name": name, "id": pid, "url": person_url(pid) if pid else None}


def document_link(meeting_id: int, linked: Linked) -> dict:
    """The source document of a stored meeting (no id and URL if the archive does not know it)."""
    doc_id = linked.documents.get(meeting_id)
    return {"id": doc_id, "name": linked.sources[meeting_id].document_name,
            "format": linked.formats.get(meeting_id), "url": document_url(doc_id) if doc_id else None}
