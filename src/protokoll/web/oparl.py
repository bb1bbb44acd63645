"""OParl 1.1 objects made from the linked archive (read-only; routes in :mod:`.pages.oparl`).

The mapping, by how Swedish collaboration bodies are organised:

* ``Body`` (OParl: the body that runs the system, e.g. a city) is one of our
  organisations (a kommunalförbund or regional collaboration).
* ``Organization`` is one of its bodies (styrelse, kommundirektörsgrupp).
* ``Meeting`` is a held meeting (the chain's node: agenda and minutes of one
  day together; expected meetings are left out), with its documents as
  ``File``s (the originals: agenda as ``invitation``, minutes or protocol as
  ``resultsProtocol``) and its items as ``AgendaItem``s.
* ``Person`` is a linked person; ``Membership`` is a person's taking part in
  a body's meetings, from the first to the last meeting seen.

``created`` and ``modified`` are the times the documents behind an object
were first and last ingested (UTC); a list may be narrowed with
``modified_since``. Meetings without an organisation belong to no Body and
are not listed.
"""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from ..link.chain import Node
from ..link.people import Person
from ..query.archive_view import ArchiveView as Linked
from ..query.oparl_reads import StoredDocuments, keys_in_order, mentions_at
from ..query.people import load_persons
from ..store.linked_tables import PersonRow
from .originals import media_type
from .render import swedish_date
from .urls import document_url, item_keys, item_url, meeting_url, person_url, slug

SCHEMA = "https://schema.oparl.org/1.1/"
STOCKHOLM = ZoneInfo("Europe/Stockholm")
RESULT_KINDS = ("protocol", "minutes")  #: a meeting's results protocol, in this order of preference


def stamp(moment: datetime | None) -> str | None:
    """A stored UTC time as an OParl date-time (RFC 3339 with offset)."""
    return moment.replace(tzinfo=timezone.utc).isoformat(timespec="seconds") if moment else None


class OParl:
    """Builds OParl objects with absolute ids under ``root`` (the site address + ``/oparl``)."""

    def __init__(self, linked: Linked, stored: StoredDocuments, root: str, site: str) -> None:
        self.linked, self.stored, self.root, self.site = linked, stored, root, site
        self._attending: dict[int, set[str]] = {}  #: stored meeting id -> keys of the people attending it
        self._mentioned: dict[int, set[str]] = {}  #: ... of everyone it names

    def people_at(self, meeting_ids) -> None:
        """Read who attends and who is named in the meetings (one statement per 500 meetings)."""
        missing = sorted({m for m in meeting_ids if m not in self._mentioned})
        for start in range(0, len(missing), 500):
            chunk = missing[start:start + 500]
            for m in chunk:
                self._attending[m], self._mentioned[m] = set(), set()
            for mid, group, key in mentions_at(self.linked.session, chunk):
                self._mentioned[mid].add(key)
                if group:
                    self._attending[mid].add(key)

    def attending(self, meeting_id: int) -> set[str]:
        self.people_at([meeting_id])
        return self._attending[meeting_id]

    # --- ids --------------------------------------------------------------------------------
    def body_id(self, org: str) -> str:
        return f"{self.root}/body/{slug(org)}"

    def organization_id(self, org: str, body: str | None) -> str:
        return f"{self.root}/organization/{slug(org)}/{slug(body or 'okant-organ')}"

    def meeting_id(self, node: Node) -> str:
        return f"{self.root}/meeting/{node.id}"

    def person_id(self, person: Person) -> str:
        return f"{self.root}/person/{person.id}"

    # --- times ------------------------------------------------------------------------------
    def times(self, meeting_ids) -> dict:
        meeting_ids = list(meeting_ids)
        self.stored.want(meeting_ids)
        moments = [self.stored[m].ingested_at for m in meeting_ids if m in self.stored]
        return {"created": stamp(min(moments)), "modified": stamp(max(moments))} if moments else {}

    def node_times(self, nodes) -> dict:
        return self.times([s.meeting_id for n in nodes for s in n.sources])

    # --- objects ----------------------------------------------------------------------------
    def system(self) -> dict:
        return {"id": self.root, "type": SCHEMA + "System", "oparlVersion": SCHEMA,
                "name": "Protokoll", "body": f"{self.root}/body", "website": self.site + "/",
                "product": "https://schema.oparl.org/"}

    def body(self, org) -> dict:
        base = self.body_id(org.name)
        return {"id": base, "type": SCHEMA + "Body", "system": self.root, "name": org.name,
                "shortName": org.name, "equivalent": [], "web": self.site + f"/organisationer/{slug(org.name)}",
                "organization": f"{base}/organization", "person": f"{base}/person", "meeting": f"{base}/meeting",
                "paper": f"{base}/paper", "agendaItem": f"{base}/agendaItem", "file": f"{base}/file",
                "membership": f"{base}/membership", "legislativeTerm": [],
                "classification": "Samverkansorganisation", **self.body_times(org)}

    def body_times(self, org) -> dict:
        """``created`` and ``modified`` of an organisation: its meetings' documents' first and last storing."""
        first, last = self.stored.span({org.name, *org.aliases})
        return {"created": stamp(first), "modified": stamp(last)} if first else {}

    def organization(self, org: str, body, nodes: list[Node]) -> dict:
        oid = self.organization_id(org, body.name)
        dates = sorted(n.date for n in nodes if n.date and n.sources)
        members = sorted({m["id"] for p in self.people_of(nodes) for m in self.memberships(p)
                          if m["organization"] == oid})
        data = {"id": oid, "type": SCHEMA + "Organization", "body": self.body_id(org), "name": body.name,
                "shortName": body.name, "organizationType": "Gremium", "classification": body.name,
                "meeting": f"{oid}/meeting", "membership": members,
                "web": self.site + f"/organ/{slug(org)}/{slug(body.name)}", **self.node_times(nodes)}
        if dates:
            data["startDate"] = dates[0]
        return data

    def people_of(self, nodes: list[Node]) -> list[Person]:
        """Everyone the meetings of ``nodes`` name, in the archive's order of people."""
        keys = self.person_keys_of(nodes)
        people = list(load_persons(self.linked.session, PersonRow.key.in_(keys)).values()) if keys else []
        self.stored.want(m.meeting_id for p in people for m in p.mentions)  # their times, read at once
        return people

    def person_keys_of(self, nodes: list[Node]) -> list[str]:
        """The keys of everyone the meetings of ``nodes`` name, in the archive's order of people."""
        ids = [s.meeting_id for n in nodes for s in n.sources]
        self.people_at(ids)
        found = sorted({pid for m in ids for pid in self._mentioned[m]})
        return keys_in_order(self.linked.session, found)

    def load_person(self, key: str) -> Person | None:
        """A person with their mentions, and the facts of the documents naming them (None: no such person)."""
        person = next(iter(load_persons(self.linked.session, PersonRow.key == key).values()), None)
        if person is not None:
            self.stored.want(m.meeting_id for m in person.mentions)
        return person

    def membership_id(self, person: Person, org: str, body: str | None) -> str:
        return f"{self.root}/membership/{person.id}/{slug(org)}/{slug(body or 'okant-organ')}"

    def memberships(self, person: Person) -> list[dict]:
        """One Membership per body whose meetings the person took part in (present or other attendee)."""
        by_body: dict[tuple[str, str | None], list] = {}
        for m in person.mentions:
            if m.organization and m.group:
                by_body.setdefault((m.organization, m.body), []).append(m)
        out = []
        for (org, body), ms in sorted(by_body.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
            dates = sorted(m.date for m in ms if m.date)
            roles = sorted({m.role for m in ms if m.role})
            item = {"id": self.membership_id(person, org, body), "type": SCHEMA + "Membership",
                    "person": self.person_id(person), "organization": self.organization_id(org, body),
                    "votingRight": any(m.group == "present" for m in ms), **self.times(m.meeting_id for m in ms)}
            if roles:
                item["role"] = ", ".join(roles)
            if dates:
                item["startDate"], item["endDate"] = dates[0], dates[-1]
            out.append(item)
        return out

    def person(self, person: Person) -> dict:
        parts = person.name.split()
        titles = sorted({m.title for m in person.mentions if m.title})
        data = {"id": self.person_id(person), "type": SCHEMA + "Person", "name": person.name,
                "familyName": parts[-1] if len(parts) > 1 else person.name, "title": titles,
                "membership": self.memberships(person), "web": self.site + person_url(person.id),
                **self.times(m.meeting_id for m in person.mentions)}
        if len(parts) > 1:
            data["givenName"] = " ".join(parts[:-1])
        orgs = sorted({m.organization for m in person.mentions if m.organization})
        if orgs:
            data["body"] = self.body_id(orgs[0])
        return data

    def file(self, meeting_id: int) -> dict | None:
        doc = self.stored.get(meeting_id)
        if doc is None:
            return None
        url = self.site + document_url(doc.document_id) + "/original"
        node = self.linked.node_of.get(meeting_id)
        data = {"id": f"{self.root}/file/{doc.document_id}", "type": SCHEMA + "File", "name": doc.name,
                "fileName": doc.name, "mimeType": media_type(doc.format, b""), "size": doc.size,
                "accessUrl": url, "downloadUrl": url,
                "meeting": [self.meeting_id(node)] if node else [],
                "web": self.site + document_url(doc.document_id),
                "created": stamp(doc.ingested_at), "modified": stamp(doc.ingested_at)}
        if node is not None and node.date:  # the day the document records (deadlines run from it), not when we read it
            data["date"] = node.date
        return data

    def main_source(self, node: Node):
        """The source whose items the meeting shows: the protocol or minutes, else the agenda."""
        return next((s for k in (*RESULT_KINDS, None) for s in node.sources
                     if k is None or s.record.get("kind") == k), None)

    def meeting(self, node: Node) -> dict:
        main = self.main_source(node)
        rec = main.record if main else {}
        data = {"id": self.meeting_id(node), "type": SCHEMA + "Meeting",
                "name": " – ".join(p for p in (node.body, node.organization, swedish_date(node.date)) if p),
                "meetingState": "durchgeführt" if any(s.record.get("kind") in RESULT_KINDS for s in node.sources)
                else "eingeladen", "cancelled": False,
                "organization": [self.organization_id(node.organization, node.body)] if node.organization else [],
                "participant": sorted({f"{self.root}/person/{pid}" for s in node.sources
                                       for pid in self.attending(s.meeting_id)}),
                "agendaItem": self.agenda_items(node, main) if main else [],
                "auxiliaryFile": [], "web": self.site + meeting_url(main.meeting_id) if main else None,
                **self.node_times([node])}
        if data["web"] is None:
            del data["web"]
        for key, value in (("start", rec.get("start")), ("end", rec.get("end"))):
            if node.date and (moment := local_time(node.date, value)):
                data[key] = moment
        if rec.get("place"):
            data["location"] = {"id": f"{data['id']}/location", "type": SCHEMA + "Location",
                                "description": rec["place"]}
        for s in node.sources:
            f = self.file(s.meeting_id)
            if f is None:
                continue
            kind = s.record.get("kind")
            slot = "invitation" if kind == "agenda" else "resultsProtocol" if kind in RESULT_KINDS else None
            if slot and slot not in data:
                data[slot] = f
            else:
                data["auxiliaryFile"].append(f)
        return data

    def agenda_items(self, node: Node, main) -> list[dict]:
        items = main.record.get("items") or []
        out = []
        for order, (item, key) in enumerate(zip(items, item_keys(items)), start=1):
            data = {"id": f"{self.root}/agendaItem/{main.meeting_id}/{key}", "type": SCHEMA + "AgendaItem",
                    "meeting": self.meeting_id(node), "order": order, "name": item.get("title") or "",
                    "public": True, "web": self.site + item_url(main.meeting_id, key),
                    **self.times([main.meeting_id])}
            if item.get("number"):
                data["number"] = item["number"]
            if item.get("decisions"):
                data["resolutionText"] = "\n".join(item["decisions"])
            out.append(data)
        return out


def local_time(day: str, clock: str | None) -> str | None:
    """``2025-01-30`` and ``15:00`` (or ``15.00``) as a Swedish local date-time with its UTC offset."""
    if not clock:
        return None
    text = clock.replace(".", ":")
    try:
        hours, minutes = (int(x) for x in text.split(":")[:2])
        moment = datetime.fromisoformat(day).replace(hour=hours, minute=minutes, tzinfo=STOCKHOLM)
    except ValueError:
        return None
    return moment.isoformat(timespec="seconds")
