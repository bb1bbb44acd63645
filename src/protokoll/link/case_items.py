"""The items a case is made of, the case, and a correction of the cases made by hand."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from .chain import KIND_RANK, Node


class Correction(NamedTuple):
    """One stored manual correction, in the order it was made."""

    action: str  #: merge | split | rename
    item: str  #: an item id of the case it concerns
    other: str | None = None  #: merge: an item of the other case
    title: str | None = None  #: rename: the new title
    batch: int | None = None  #: split: the items split off together share it


@dataclass
class CaseItem:
    """One agenda item of one meeting document, with what it is about."""

    id: str  #: "<document stem>:<number>"
    meeting: Node
    document: str
    number: str | None
    title: str
    decisions: list[str]
    assignments: list[dict]
    routine: bool
    terms: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    dnr: frozenset[str] = frozenset()
    kind: str | None = None  #: the document's kind: agenda items rank after minutes of one meeting
    mentions: frozenset[str] = frozenset()  #: names in the decisions
    meeting_id: int | None = None  #: the stored meeting (document version) it is an item of

    @property
    def organization(self) -> str | None:
        return self.meeting.organization

    @property
    def order(self) -> tuple[str, bool, int, str]:
        return (self.meeting.sort_date or "9999", self.meeting.date is None,
                KIND_RANK.get(self.kind, 3), self.id)

    def text(self) -> str:
        return " ".join([self.title, *self.decisions])

    def to_dict(self) -> dict:
        n = self.meeting
        return {"id": self.id, "meeting": n.id, "meeting_date": n.date, "organization": n.organization,
                "body": n.body, "number": self.number, "title": self.title}


@dataclass
class Case:
    id: str
    title: str
    items: list[CaseItem] = field(default_factory=list)
    corrected: bool = False

    def to_dict(self) -> dict:
        timeline = [{"date": i.meeting.date or i.meeting.after, "organization": i.organization,
                     "body": i.meeting.body, "title": i.title, "decisions": i.decisions}
                    for i in self.items]
        return {"id": self.id, "title": self.title, "items": [i.to_dict() for i in self.items],
                "timeline": timeline}


def item_ids(document_name: str, record: dict) -> list[str]:
    """The ids of a record's items, in order: "<document stem>:<number>", or "#<position from 1>"
    for an unnumbered item or a repeated number (so every id of a document is unique)."""
    stem, seen, ids = document_name.rsplit(".", 1)[0], set(), []
    for index, item in enumerate(record.get("items") or [], 1):
        number = item.get("number")
        key = number if number and number not in seen else f"#{index}"
        seen.add(key)
        ids.append(f"{stem}:{key}")
    return ids
