"""The stored form of a parsed document, made where it was parsed (no database here).

An ingest parses each file in a worker process (``protokoll.workers``) and
stores it in the one writing process. What the store keeps of a record --
its JSON, its evidence, its search units analysed (:mod:`protokoll.search_units`)
-- is made in the worker by :func:`prepared`, so the writer only writes.
This module and :mod:`protokoll.search_units` import neither SQLAlchemy nor
the store package, so a worker starts without them (half of its imports);
``protokoll.store`` gives the same names.
"""

from __future__ import annotations

import json
import pickle
from dataclasses import dataclass, field, fields
from typing import NamedTuple

import orjson

from .read import Text
from .record import MeetingRecord
from .search_units import unit_rows

NAME_MAX = 255  #: characters of a file, organisation or body name (checked in code: SQLite does not)
PATH_MAX = 1024  #: characters of a stored path


class StoreError(ValueError):
    """A document the database cannot keep; ``str`` is the user-facing reason."""


def clean(value: str | None) -> str | None:
    """``value`` without NUL characters (no document has them; PostgreSQL cannot store them)."""
    return value.replace("\x00", "") if value and "\x00" in value else value


def checked(value: str | None, limit: int, what: str) -> str | None:
    """``value`` cleaned, or ``StoreError`` when it is longer than ``limit`` characters."""
    value = clean(value)
    if value is not None and len(value) > limit:
        raise StoreError(f"{what} is {len(value)} characters long, over the {limit} the archive keeps")
    return value


def _name(value: str | None) -> str | None:
    """An organisation or body name as stored: ``protokoll.pipeline`` keeps them short; a longer one
    from elsewhere is refused the same way on every backend."""
    return checked(value, NAME_MAX, "the organisation or body name")


@dataclass
class Incoming:
    """A processed document ready to be stored."""

    path: str
    name: str
    sha256: str
    size: int
    text: Text
    parsed_text: str
    record: MeetingRecord
    changes: list = field(default_factory=list)  #: repair.Change items made to the text as read
    data: bytes | None = None  #: the file's bytes, kept as the original (:mod:`.originals`)
    #: what ``save`` stores of ``record``, made where it was parsed (:func:`prepared`); None: made by ``save``
    stored: "Prepared | None" = None

    # Sent from a worker process to the writing one, the record travels as its own pickle, unpickled
    # only where it is read: the writer reads what it needs of it from ``stored.facts``, and making
    # the record's objects again was most of the cost of receiving a document (issue 12).
    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        if "record" in state:
            state["_record"] = pickle.dumps(state.pop("record"), protocol=pickle.HIGHEST_PROTOCOL)
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)

    def __getattr__(self, name: str):  # only for attributes not set: the record not unpickled yet
        packed = self.__dict__.get("_record")
        if name != "record" or packed is None:
            raise AttributeError(name)
        self.record = record = pickle.loads(packed)
        del self.__dict__["_record"]
        return record

    @property
    def facts(self) -> "Facts":
        """What the writer reads of the record (from ``stored`` when made, without the record)."""
        return self.stored.facts if self.stored is not None else facts_of(self.record)


class Facts(NamedTuple):
    """The values of a record the writing process reads besides its stored form."""

    kind: str
    organization: str | None
    body: str | None
    date: str | None
    year: int | None
    next_date: str | None  #: the date of the next meeting the record names


def facts_of(rec: MeetingRecord) -> Facts:
    return Facts(rec.kind, rec.organization, rec.body, rec.date, rec.year,
                 rec.next_meeting.date if rec.next_meeting else None)


@dataclass
class Prepared:
    """The stored form of one record: its JSON, its evidence and its search units, analysed.

    Made by :func:`prepared` in the worker process that parsed the document, so
    the one process that writes the database only writes.
    """

    record_json: str
    evidence_json: str
    units: list  #: :class:`.search_index.UnitRow` of the meeting
    facts: Facts | None = None  #: of the record it was made from
    #: why the record is no meeting document (``parse.confidence.not_a_meeting``), judged where it was
    #: parsed (``judged``)
    not_meeting: str | None = None
    judged: bool = False


def prepared(doc: Incoming) -> Prepared:
    """What ``save`` stores of ``doc.record`` (call it again after the record changed)."""
    rec = doc.record
    record_json = json.dumps(rec.to_dict(), ensure_ascii=False)
    data = orjson.loads(record_json)
    units = unit_rows(data, {i: it.text for i, it in enumerate(rec.items)}, clean(doc.parsed_text),
                      _name(rec.organization), _name(rec.body))
    return Prepared(record_json, json.dumps([_plain(e) for e in rec.evidence]), units, facts_of(rec))


def _plain(evidence) -> dict:
    """``dataclasses.asdict`` of a flat dataclass (its fields are plain values), without its deep copy:
    its own attributes, which its ``__init__`` set in the order of its fields."""
    own = getattr(evidence, "__dict__", None)
    if own is not None and len(own) == len(_FIELDS.get(type(evidence)) or _fields_of(type(evidence))):
        return own
    return {f.name: getattr(evidence, f.name) for f in fields(evidence)}


_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields_of(cls: type) -> tuple[str, ...]:
    names = _FIELDS[cls] = tuple(f.name for f in fields(cls))
    return names


class CurrentRecord(NamedTuple):
    """One current meeting as the linkers read it: plain values, the record parsed."""

    meeting_id: int
    document_name: str
    date: str | None
    organization: str | None
    body: str | None
    record: dict
    text: str | None = None  #: the document text, when asked for


def records_of(rows: list[tuple]) -> list[CurrentRecord]:
    """The records of ``store.current_rows``' rows (the text, when they hold it); here, not in the store, so that
    a worker's part of a link (``linking_parts``) reads them without importing the database layer."""
    return [CurrentRecord(r[0], r[1], r[2], r[3], r[4], orjson.loads(r[7]), r[8] if len(r) > 8 else None)
            for r in rows]
