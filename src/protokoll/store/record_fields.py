"""Fields of a stored meeting record addressed by stable keys, and corrections applied to them (pure).

A correction made by hand names its field by a path that stays the same when
the document is read again or replaced by a new version: an item by its key
in the document (its number, or ``#N`` for the N:th item when it has none or a
repeated one, as ``link.cases.item_ids``), an attendee by name, an assignment
by its place in its item (from 1)::

    date | body | number | kind | start | end | place | chair | secretary
    next_meeting.date | next_meeting.start | next_meeting.end
    attendees[Anna Berg]                          (the whole attendee; null: not there)
    items[3].title | .proposed_decision | .decisions | .presenters | .dissent | .attachments | .forwarded_to
    items[3].assignments[1].assignee | .task | .due | .status

Corrections are applied in the order they were made. One applies when the
record holds its field and the value there is the one it corrected (or
already the corrected one); otherwise it is not applied and the reason says
why, in Swedish for the status page: the document no longer has the item, or
a new version of it says something else there, and a person must look.
``status`` is not part of the record (the register's done marks hold it);
its corrections only need the assignment to exist.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..record import GROUPS, KINDS
from ..swedish.fold import fold_name as fold  # names are matched as linking matches them

HEADER = ("kind", "number", "date", "start", "end", "place", "chair", "secretary", "body")
NEXT = ("date", "start", "end")  #: of ``next_meeting``
ITEM = ("title", "proposed_decision", "decisions", "presenters", "dissent", "attachments", "forwarded_to")
ASSIGNMENT = ("assignee", "task", "due", "status")
STATUSES = ("open", "done")  #: done: closed by hand; open: as the register computes it
ROLES = ("ordförande", "vice ordförande", "sekreterare", "justerare", "ledamot", "ersättare")
LISTS = ("decisions", "presenters", "dissent", "attachments")
_KEY = r"\[([^\[\]]+)\]"
_PATHS = [
    ("header", re.compile(rf"^({'|'.join(HEADER)})$")),
    ("attendee", re.compile(rf"^attendees{_KEY}$")),
    ("next", re.compile(rf"^next_meeting\.({'|'.join(NEXT)})$")),
    ("item", re.compile(rf"^items{_KEY}\.({'|'.join(ITEM)})$")),
    ("assignment", re.compile(rf"^items{_KEY}\.assignments\[([1-9][0-9]{{0,3}})\]\.({'|'.join(ASSIGNMENT)})$")),
]
_TIME = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")


class FieldError(ValueError):
    """A field path or value that cannot be a correction; ``str`` is the reason in Swedish."""


class Missing(LookupError):
    """The record has no such field (its item or assignment is gone); ``str`` says what in Swedish."""


@dataclass(frozen=True)
class Field:
    """A parsed field path."""

    kind: str  #: header | attendee | item | assignment
    name: str  #: the header field, the attendee's name, or the item or assignment field
    item: str | None = None  #: the item key
    number: int | None = None  #: the assignment's place in its item, from 1

    @property
    def leaf(self) -> str:
        """What kind of value the field holds: ``attendee``, or the field's own name
        (``next_meeting.date`` holds a date like ``date``)."""
        return "attendee" if self.kind == "attendee" else self.name


@dataclass(frozen=True)
class Fix:
    """One stored correction as this module reads it."""

    id: int
    field: str
    before: Any
    after: Any


MAX_PATH = 500  #: characters of a field path (the column holds 600)
MAX_NAME = 200  #: characters of an attendee's name


def parse_field(path: str) -> Field:
    if len(path or "") > MAX_PATH:
        raise FieldError("Fältets namn är för långt.")
    for kind, pattern in _PATHS:
        m = pattern.match(path or "")
        if not m:
            continue
        if kind in ("header", "next"):
            return Field(kind, m.group(1))
        if kind == "attendee":
            return Field(kind, m.group(1).strip())
        if kind == "item":
            return Field(kind, m.group(2), item=m.group(1))
        return Field(kind, m.group(3), item=m.group(1), number=int(m.group(2)))
    raise FieldError(f"Fältet {path!r} kan inte rättas.")


def item_keys(record: dict) -> list[str]:
    """Each item's key in its document: its number, or ``#N`` (from 1) for an unnumbered item or a
    repeated number. The linked item ids are ``<stem>:<key>`` (``link.cases.item_ids``; a test holds
    them to the same keys)."""
    seen, keys = set(), []
    for index, item in enumerate(record.get("items") or [], 1):
        number = item.get("number")
        key = number if number and number not in seen else f"#{index}"
        seen.add(key)
        keys.append(key)
    return keys


def _item(record: dict, key: str) -> dict:
    items = record.get("items") or []
    for k, item in zip(item_keys(record), items):
        if k == key:
            return item
    raise Missing(f"punkten {key} finns inte längre i dokumentet")


def _assignment(record: dict, f: Field) -> dict:
    found = _item(record, f.item).get("assignments") or []
    if not 1 <= f.number <= len(found):
        raise Missing(f"punkt {f.item} har inte längre något uppdrag {f.number}")
    return found[f.number - 1]


def _attendee_at(record: dict, name: str) -> int | None:
    key = fold(name)
    return next((n for n, a in enumerate(record.get("attendees") or []) if fold(a.get("name") or "") == key), None)


def read_field(record: dict, path: str) -> Any:
    """The value at ``path``; raises :class:`Missing` when its item or assignment is gone.

    An attendee not listed is None; an assignment's ``status`` is None (the register holds it).
    """
    f = parse_field(path)
    if f.kind == "header":
        return record.get(f.name)
    if f.kind == "next":
        return (record.get("next_meeting") or {}).get(f.name)
    if f.kind == "attendee":
        at = _attendee_at(record, f.name)
        return None if at is None else copy.deepcopy(record["attendees"][at])
    if f.kind == "item":
        value = _item(record, f.item).get(f.name)
        return copy.deepcopy(list(value or [])) if f.name in LISTS + ("forwarded_to",) else value
    found = _assignment(record, f)
    return None if f.name == "status" else found.get(f.name)


def write_field(record: dict, path: str, value: Any) -> None:
    """Set ``path`` to ``value`` in ``record`` (in place); the year follows a corrected date."""
    f = parse_field(path)
    if f.kind == "header":
        record[f.name] = value
        if f.name == "date" and value:
            record["year"] = int(value[:4])
    elif f.kind == "next":
        found = {**dict.fromkeys(NEXT), **(record.get("next_meeting") or {}), f.name: value}
        record["next_meeting"] = found if any(found.values()) else None
    elif f.kind == "attendee":
        attendees = record.setdefault("attendees", [])
        at = _attendee_at(record, f.name)
        if value is None:
            if at is not None:
                del attendees[at]
        elif at is None:
            attendees.append(value)
        else:
            attendees[at] = value
    elif f.kind == "item":
        _item(record, f.item)[f.name] = value
    elif f.name != "status":
        _assignment(record, f)[f.name] = value


def apply_fixes(extracted: dict, fixes: list[Fix]) -> tuple[dict, list[Fix], list[tuple[Fix, str]]]:
    """The record with ``fixes`` applied in order -> (record, applied, [(not applied, reason)]).

    ``extracted`` is not changed.
    """
    record = copy.deepcopy(extracted)
    applied, unapplied = [], []
    for fix in fixes:
        try:
            now = read_field(record, fix.field)
        except Missing as gone:
            unapplied.append((fix, str(gone)))
            continue
        if leaf_of(fix.field) == "status" or now == fix.after:
            applied.append(fix)
        elif now == fix.before:
            write_field(record, fix.field, copy.deepcopy(fix.after))
            applied.append(fix)
        else:
            unapplied.append((fix, f"dokumentet har nu {shown(now)} där rättelsen ändrade {shown(fix.before)}"))
    return record, applied, unapplied


def leaf_of(path: str) -> str:
    return parse_field(path).leaf


def shown(value: Any) -> str:
    """A value in a sentence: quoted text, lists joined, an attendee by name, null as "inget värde"."""
    if value is None or value == []:
        return "inget värde"
    if isinstance(value, dict):
        return repr(" ".join(str(v) for v in (value.get("name"), value.get("affiliation")) if v))
    if isinstance(value, list):
        return "; ".join(repr(str(v)) for v in value)
    return repr(str(value))


def checked_value(path: str, value: Any) -> Any:
    """``value`` as the record keeps it at ``path`` (text trimmed, "" as null), or :class:`FieldError`."""
    leaf = leaf_of(path)
    if leaf == "attendee":
        return _attendee(value)
    if leaf in LISTS:
        items = [" ".join(str(v).split()) for v in value or []]
        return [v for v in items if v]
    if leaf == "forwarded_to":
        return [_forward(v) for v in value or [] if str(v).strip()]
    text = " ".join(str(value).split()) if value is not None else ""
    if not text:
        if leaf in ("title", "assignee", "task"):
            raise FieldError("Fältet får inte vara tomt.")
        if leaf in ("kind", "status"):
            raise FieldError("Välj ett av alternativen.")
        return None
    return _scalar(leaf, text)


def _scalar(leaf: str, text: str) -> str:
    if leaf in ("date", "due"):
        try:
            return date.fromisoformat(text).isoformat() if len(text) == 10 else _bad_date()
        except ValueError:
            _bad_date()
    if leaf in ("start", "end") and not _TIME.match(text):
        raise FieldError("Tid skrivs TT:MM, till exempel 15:00.")
    if leaf == "kind" and text not in KINDS:
        raise FieldError("Välj ett av alternativen.")
    if leaf == "status" and text not in STATUSES:
        raise FieldError("Välj ett av alternativen.")
    return text


def _forward(value: Any) -> dict:
    """``{"body", "date"}`` of a body an item is sent on to, from a dict or a line "Styrelsen; 2024-04-11"."""
    body, _, day = (f"{value.get('body') or ''};{value.get('date') or ''}" if isinstance(value, dict)
                    else str(value)).partition(";")
    body = " ".join(body.split())
    if not body:
        raise FieldError("Skriv organet först på raden: Organ; ÅÅÅÅ-MM-DD.")
    return {"body": body, "date": _scalar("date", " ".join(day.split())) if day.strip() else None}


def _bad_date() -> str:
    raise FieldError("Datum skrivs ÅÅÅÅ-MM-DD, till exempel 2024-03-14.")


def _attendee(value: Any) -> dict | None:
    if value is None:
        return None
    clean = {k: (" ".join(str(value.get(k) or "").split()) or None)
             for k in ("name", "affiliation", "title", "role", "group")}
    if not clean["name"] or "[" in clean["name"] or "]" in clean["name"] or len(clean["name"]) > MAX_NAME:
        raise FieldError(f"Skriv deltagarens namn (högst {MAX_NAME} tecken, utan hakparenteser).")
    if clean["role"] is not None and clean["role"] not in ROLES:
        raise FieldError("Välj en av rollerna.")
    clean["group"] = clean["group"] or "present"
    if clean["group"] not in GROUPS:
        raise FieldError("Välj en av grupperna.")
    return clean
