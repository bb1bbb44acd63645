"""The meeting record (`meeting-record/1`): the contract between parse and store.

Every stage after `parse` reads these types and nothing else. Field meanings
follow `shared/spec/meeting-record.md`; keys are English, values keep the
document's Swedish. Unknown scalars are ``None``, lists are empty, never ``None``.

``Evidence`` is kept beside the record (not in its JSON form): where in the
document a value came from and which rule produced it, so a person can check
it and a correction can point at it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA = "meeting-record/1"
KINDS = ("minutes", "protocol", "agenda")
GROUPS = ("present", "other", "guest")
CONFIDENT = 0.5  #: header values less certain than this are not given (null, the reason in the evidence)


@dataclass
class Evidence:
    """Provenance of one extracted value."""

    path: str  #: the field it supports, e.g. ``items[2].decisions[0]``
    page: int  #: 1-based page of the source text
    start: int  #: character offset in the (repaired) document text
    end: int
    rule: str  #: the parse rule that produced it, e.g. ``header.label``; "uncertain: <why>" for an abstention
    confidence: float = 1.0  #: how sure the rule is; a value below ``CONFIDENT`` is left null


@dataclass
class Attendee:
    name: str  #: the person's name as written, without title or affiliation
    affiliation: str | None = None  #: municipality short form ("Malmö"), party code or organisation
    title: str | None = None  #: job title as written ("sekretariatsledare")
    role: str | None = None  #: meeting role: ordförande, vice ordförande, sekreterare, justerare, ledamot, ersättare
    group: str = "present"  #: present | other | guest


@dataclass
class Assignment:
    assignee: str  #: the person, group, municipality or body given the task
    task: str  #: what they shall do, as an infinitive phrase from the text
    due: str | None = None  #: ISO date when certain
    due_text: str | None = None  #: the deadline words as written ("efter sommaren"); not exported


@dataclass
class Forward:
    body: str  #: the body the item is sent on to ("Styrelsen")
    date: str | None = None  #: ISO date of that body's meeting when known


@dataclass
class Dissent:
    """One dissenter of an item as the document writes it (an extension, docs/meeting-record-text.md)."""

    name: str  #: as in ``Item.dissent``
    party: str | None = None  #: the party abbreviation in brackets after the name ("S"), when written
    statement: str | None = None  #: the sentence that says they dissent (and why), when found


@dataclass
class Item:
    number: str | None  #: as printed without punctuation or "§"
    title: str  #: heading without the number and the attachment reference
    presenters: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)  #: "bilaga N"
    proposed_decision: str | None = None  #: "Förslag till beslut" text (agendas)
    decisions: list[str] = field(default_factory=list)
    dissent: list[str] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    forwarded_to: list[Forward] = field(default_factory=list)
    #: The item's own text as written between its heading and the next heading (or the signature
    #: block): running text, one paragraph per block, paragraphs separated by an empty line.
    #: Page running heads/footers, the heading and the "Föredragande" line are left out; labelled
    #: parts ("Beslut:", "Bilagor:") stay as the document writes them. An extension of
    #: meeting-record/1 (docs/meeting-record-text.md); "" when the item has no text of its own.
    text: str = ""
    #: The number as the document prints it: "§ 12", "3.", "3.1." or "12"; None without a number.
    #: An extension of meeting-record/1 (docs/meeting-record-text.md).
    printed_number: str | None = None
    #: Who dissented, with party and statement: one entry per name of ``dissent``, in its order.
    #: An extension of meeting-record/1 (docs/meeting-record-text.md).
    dissent_details: list[Dissent] = field(default_factory=list)


@dataclass
class NextMeeting:
    date: str | None = None
    start: str | None = None
    end: str | None = None


@dataclass
class MeetingRecord:
    source: str  #: file name of the source document
    kind: str | None = None  #: minutes | protocol | agenda
    organization: str | None = None
    body: str | None = None
    number: str | None = None  #: the meeting's own number ("1/2019")
    date: str | None = None  #: ISO date
    year: int | None = None
    start: str | None = None  #: HH:MM
    end: str | None = None
    place: str | None = None
    chair: str | None = None
    secretary: str | None = None
    attendees: list[Attendee] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    next_meeting: NextMeeting | None = None
    evidence: list[Evidence] = field(default_factory=list)  #: not exported

    def to_dict(self) -> dict[str, Any]:
        """The record as `meeting-record/1` JSON data, keys in spec order."""
        return {
            "schema": SCHEMA,
            "source": self.source,
            "kind": self.kind,
            "organization": self.organization,
            "body": self.body,
            "number": self.number,
            "date": self.date,
            "year": self.year,
            "start": self.start,
            "end": self.end,
            "place": self.place,
            "chair": self.chair,
            "secretary": self.secretary,
            "attendees": [_attendee(a) for a in self.attendees],
            "items": [_item(i) for i in self.items],
            "next_meeting": _next(self.next_meeting),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "MeetingRecord":
        nm = data.get("next_meeting")
        return cls(
            source=data["source"],
            **{k: data.get(k) for k in SCALARS},
            attendees=[Attendee(**a) for a in data.get("attendees") or []],
            items=[_item_from(i) for i in data.get("items") or []],
            next_meeting=NextMeeting(**nm) if nm else None,
        )


SCALARS = ("kind", "organization", "body", "number", "date", "year", "start", "end",
           "place", "chair", "secretary")


def _attendee(a: Attendee) -> dict[str, Any]:
    return {"name": a.name, "affiliation": a.affiliation, "title": a.title,
            "role": a.role, "group": a.group}


def _item(i: Item) -> dict[str, Any]:
    return {
        "number": i.number,
        "title": i.title,
        "presenters": list(i.presenters),
        "attachments": list(i.attachments),
        "proposed_decision": i.proposed_decision,
        "decisions": list(i.decisions),
        "dissent": list(i.dissent),
        "assignments": [{"assignee": a.assignee, "task": a.task, "due": a.due}
                        for a in i.assignments],
        "forwarded_to": [{"body": f.body, "date": f.date} for f in i.forwarded_to],
        "text": i.text,
        "printed_number": i.printed_number,
        "dissent_details": [{"name": d.name, "party": d.party, "statement": d.statement}
                            for d in i.dissent_details],
    }


def _item_from(d: dict[str, Any]) -> Item:
    return Item(
        number=d.get("number"), title=d.get("title") or "",
        presenters=list(d.get("presenters") or []),
        attachments=list(d.get("attachments") or []),
        proposed_decision=d.get("proposed_decision"),
        decisions=list(d.get("decisions") or []),
        dissent=list(d.get("dissent") or []),
        assignments=[Assignment(a["assignee"], a.get("task") or "", a.get("due"))
                     for a in d.get("assignments") or []],
        forwarded_to=[Forward(f["body"], f.get("date")) for f in d.get("forwarded_to") or []],
        text=d.get("text") or "",
        printed_number=d.get("printed_number"),
        dissent_details=[Dissent(x["name"], x.get("party"), x.get("statement"))
                         for x in d.get("dissent_details") or []],
    )


def _next(n: NextMeeting | None) -> dict[str, Any] | None:
    if n is None or not (n.date or n.start):
        return None
    return {"date": n.date, "start": n.start, "end": n.end}
