"""What the pages show of corrections made by hand: field labels, values in words, the log rows, the marks.

The correction page (``/-/skriv/rattelse/{id}``), the organisation's log
(``/-/skriv/logg/{organisation}``) and the public meeting page (its marks
"rättat av X, datum" with the value as read on demand) are built from these.
"""

from __future__ import annotations

import re
from typing import Any

from ..store.record_fields import ASSIGNMENT, HEADER, ITEM, NEXT, item_keys, parse_field, read_field
from ..query.documents import account_names, ever_corrected
from ..store.models import Meeting
from ..store.record_corrections import RecordCorrection, applied_marks, corrections_of, extracted_record
from .data import GROUP_LABELS, KIND_LABELS
from .urls import meeting_url

HEADER_LABELS = {"kind": "Typ", "number": "Mötets nummer", "date": "Datum", "start": "Börjar", "end": "Slutar",
                 "place": "Plats", "chair": "Ordförande", "secretary": "Sekreterare", "body": "Organ"}
NEXT_LABELS = {"date": "Nästa möte: datum", "start": "Nästa möte: börjar", "end": "Nästa möte: slutar"}
ITEM_LABELS = {"title": "rubrik", "proposed_decision": "förslag till beslut", "decisions": "beslut",
               "presenters": "föredragande", "dissent": "reservationer", "attachments": "bilagor",
               "forwarded_to": "skickas vidare till"}
ASSIGNMENT_LABELS = {"assignee": "ansvarig", "task": "uppgift", "due": "klart senast", "status": "status"}
STATUS_WORDS = {"open": "inte avslutat", "done": "klart (avslutat för hand)"}
INPUTS = {"date": "date", "due": "date", "start": "time", "end": "time"}


def field_label(path: str) -> str:
    """``items[2].assignments[1].due`` -> ``Punkt 2, uppdrag 1: klart senast``."""
    f = parse_field(path)
    if f.kind == "header":
        return HEADER_LABELS[f.name]
    if f.kind == "next":
        return NEXT_LABELS[f.name]
    if f.kind == "attendee":
        return f"Deltagare: {f.name}"
    item = f"Punkt {f.item.lstrip('#')}" if not f.item.startswith("#") else f"Punkt nr {f.item[1:]} (onumrerad)"
    if f.kind == "item":
        return f"{item}: {ITEM_LABELS[f.name]}"
    return f"{item}, uppdrag {f.number}: {ASSIGNMENT_LABELS[f.name]}"


def value_text(path: str, value: Any) -> str:
    """A value in words, as the log and the marks show it."""
    if value is None or value == []:
        return "–"
    leaf = parse_field(path).leaf
    if leaf == "attendee":
        parts = [value.get("name"), value.get("affiliation"), value.get("title")]
        words = ", ".join(p for p in parts if p)
        extra = [value.get("role"), GROUP_LABELS.get(value.get("group") or "", "").lower() or None]
        return words + (f" ({', '.join(e for e in extra if e)})" if any(extra) else "")
    if leaf == "status":
        return STATUS_WORDS.get(value, value)
    if leaf == "kind":
        return KIND_LABELS.get(value, value)
    if leaf == "forwarded_to":
        return " · ".join(forward_line(f) for f in value)
    return " · ".join(value) if isinstance(value, list) else str(value)


def forward_line(forward: dict) -> str:
    """A body an item is sent on to as the form writes it: ``Styrelsen; 2024-04-11``."""
    body = forward.get("body") or ""
    return f"{body}; {forward['date']}" if forward.get("date") else body


def anchor(path: str) -> str:
    return "falt-" + re.sub(r"[^\w-]+", "-", path).strip("-")


def log_rows(session, rows: list[RecordCorrection]) -> list[dict]:
    """The audit log's rows: who, when, field, before, after, reason, and the meeting version corrected."""
    names = account_names(session, {r.who for r in rows})
    return [{"id": r.id, "field": r.field, "label": field_label(r.field), "before": r.before, "after": r.after,
             "before_text": value_text(r.field, r.before), "after_text": value_text(r.field, r.after),
             "reason": r.reason, "who": r.who, "name": names.get(r.who) or r.who,
             "at": r.at.isoformat(timespec="seconds"), "when": r.at.strftime("%Y-%m-%d %H.%M UTC"),
             "document": r.document_name, "organization": r.organization,
             "meeting": {"id": r.meeting_id, "url": meeting_url(r.meeting_id),
                         "correct_url": f"/-/skriv/rattelse/{r.meeting_id}"}}
            for r in rows]


def marks(session, meeting: Meeting) -> dict[str, dict]:
    """Field path -> how the page marks its corrected value: who, when, the value as read."""
    found = applied_marks(session, meeting)
    if not found:
        return {}
    names = account_names(session, {r.who for r in found.values()})
    extracted = extracted_record(meeting)
    out = {}
    for path, row in found.items():
        try:
            read = row.before if path.endswith(".status") else read_field(extracted, path)
        except LookupError:
            read = row.before
        if read == row.after and not path.endswith(".status"):
            continue  # corrected back to the value as read: nothing on the page differs from the document
        out[path] = {"label": field_label(path), "value": row.after, "value_text": value_text(path, row.after),
                     "extracted": read, "extracted_text": value_text(path, read), "by": names.get(row.who) or row.who,
                     "at": row.at.date().isoformat(), "reason": row.reason}
    return out


def meeting_marks(web, meeting_id: int) -> dict[str, dict]:
    """:func:`marks` of a stored meeting (its own session); one cheap statement for one never corrected
    (``extracted_json`` is kept only once a correction was applied)."""
    with web.sessions() as s:
        if not ever_corrected(s, meeting_id):
            return {}
        meeting = s.get(Meeting, meeting_id)
        return marks(s, meeting) if meeting is not None else {}


def form_fields(record: dict, found: dict[str, dict], stem: str, done: set[str]) -> dict:
    """The fields the correction page offers, each with its path, label, value and mark; an
    assignment's status is the register's (``done``: the ids closed by hand, ``<stem>:<key>/<n>``)."""
    def one(path: str, value: Any, label: str, leaf: str) -> dict:
        if leaf == "forwarded_to":
            value = [forward_line(f) for f in value or []]
        shown = "\n".join(value) if isinstance(value, list) else value
        return {"field": path, "label": label, "value": shown, "leaf": leaf, "input": INPUTS.get(leaf, "text"),
                "anchor": anchor(path), "mark": found.get(path)}

    header = [one(name, record.get(name), HEADER_LABELS[name], name) for name in HEADER]
    header += [one(f"next_meeting.{name}", (record.get("next_meeting") or {}).get(name), NEXT_LABELS[name], name)
               for name in NEXT]
    attendees = [{**one(f"attendees[{a['name']}]", None, a["name"], "attendee"), "attendee": a}
                 for a in record.get("attendees") or []]
    items = []
    for key, item in zip(item_keys(record), record.get("items") or []):
        base = f"items[{key}]"
        state = lambda n: "done" if f"{stem}:{key}/{n}" in done else "open"  # noqa: E731
        assignments = [{"number": n, "fields": [one(f"{base}.assignments[{n}].{leaf}",
                                                     state(n) if leaf == "status" else a.get(leaf),
                                                     ASSIGNMENT_LABELS[leaf].capitalize(), leaf)
                                                 for leaf in ASSIGNMENT]}
                       for n, a in enumerate(item.get("assignments") or [], 1)]
        items.append({"key": key, "number": item.get("number"), "title": item.get("title"), "anchor": anchor(base),
                      "fields": [one(f"{base}.{leaf}", item.get(leaf), ITEM_LABELS[leaf].capitalize(), leaf)
                                 for leaf in ITEM],
                      "assignments": assignments})
    people = [{"field": p, **m} for p, m in found.items() if p.startswith("attendees[")]
    return {"header": header, "attendees": attendees, "attendee_marks": people, "items": items}


def meeting_log(session, meeting: Meeting) -> list[dict]:
    """Every correction of the meeting's document (any version), newest first."""
    return log_rows(session, list(reversed(corrections_of(session, meeting.document.path))))
