"""The context of one meeting page: a stored record, or a meeting the records expect."""

from __future__ import annotations

import re
from datetime import date

from ...swedish.gazetteer import municipality
from ...link.chain import Node, group_key
from ...link.orgs import fold
from ...record import GROUPS
from ...query.archive_view import ArchiveView as Linked
from ...query.meetings import announcing_sources, item_cases, item_entries, listed_nodes, nodes_on
from ..data import (GROUP_LABELS, KIND_LABELS, case_summary_json, document_link, entry_json, node_json,
                    person_ref)
from ..dissent import dissent_json
from ..render import swedish_date
from ..urls import body_url, item_anchor, item_keys, municipality_url, node_url, organisation_url


def meeting_context(meeting_id: int, linked: Linked, today: date) -> dict:
    """Everything one stored meeting record says, with links to what it is linked to (the record alone:
    parse wrote the numbers as printed, the dissent and the text of every item)."""
    src, node = linked.sources[meeting_id], linked.node_of[meeting_id]
    linked = MeetingNames(linked, meeting_id)  # type: ignore[assignment]
    rec = src.record
    kind = KIND_LABELS.get(rec.get("kind") or "", "möte")
    org = rec.get("organization")  # the meetings items are sent to and the neighbours, read at once
    sent, near = nodes_on(linked.session, [(group_key(org, f.get("body")), f.get("date"))
                                           for i in rec.get("items") or [] for f in i.get("forwarded_to") or []],
                          [node.previous, node.next])
    return {
        "title": " – ".join(p for p in (kind.capitalize(), rec.get("body"), rec.get("organization"),
                                        swedish_date(rec.get("date"))) if p),
        "meeting": header(meeting_id, rec, linked) | {"node": node.id},
        "document": document_link(meeting_id, linked),
        "other_documents": [{"name": s.document_name, "url": f"/moten/{s.meeting_id}",
                             "kind_label": KIND_LABELS.get(s.record.get("kind") or "", "")}
                            for s in node.sources if s.meeting_id != meeting_id],
        "attendance": attendance(meeting_id, rec, linked),
        "items": [{**i, "label": r.get("printed_number") or "", "dissent": dissent_json(i["dissent"], r, linked, meeting_id),
                   "paragraphs": shown_paragraphs(r.get("text") or "", i)}
                  for i, r in zip(items(meeting_id, src.document_name, rec, linked, today, sent), rec.get("items") or [])],
        **neighbours(node, linked, near),
    }


class MeetingNames:
    """The view, with the persons linked in one stored meeting read at once (one statement) instead of
    name by name; a name not linked there is asked of the view once (the person first linked to it
    anywhere: the meeting's own mentions are all known already)."""

    def __init__(self, linked: Linked, meeting_id: int) -> None:
        self._linked, self._meeting_id = linked, meeting_id
        self._keys = linked.person_keys_in_meeting(meeting_id)
        self._elsewhere: dict[str, str | None] = {}  #: folded name -> person first linked to it anywhere

    def person_id(self, name: str | None, meeting_id: int | None = None) -> str | None:
        if not name or meeting_id != self._meeting_id:
            return self._linked.person_id(name, meeting_id)
        folded = fold(name)
        if folded in self._keys:
            return self._keys[folded]
        if folded not in self._elsewhere:
            self._elsewhere[folded] = self._linked.person_id(name)
        return self._elsewhere[folded]

    def __getattr__(self, attr: str):
        return getattr(self._linked, attr)


def header(meeting_id: int, rec: dict, linked: Linked) -> dict:
    org, body = rec.get("organization"), rec.get("body")
    return {"id": meeting_id, "kind": rec.get("kind"), "kind_label": KIND_LABELS.get(rec.get("kind") or "", ""),
            "number": rec.get("number"), "date": rec.get("date"), "year": rec.get("year"),
            "start": rec.get("start"), "end": rec.get("end"), "place": rec.get("place"),
            "chair": person_ref(rec.get("chair"), linked, meeting_id),
            "secretary": person_ref(rec.get("secretary"), linked, meeting_id),
            "organization": org, "organization_url": organisation_url(org) if org else None,
            "body": body, "body_url": body_url(org, body),
            "next_meeting": rec.get("next_meeting")}


def attendance(meeting_id: int, rec: dict, linked: Linked) -> list[dict]:
    """The attendees by group (present, other, guest), groups without anyone left out."""
    groups = []
    for group in GROUPS:
        people = [attendee(a, meeting_id, linked) for a in rec.get("attendees") or []
                  if a.get("group") == group]
        if people:
            groups.append({"group": group, "label": GROUP_LABELS[group], "attendees": people})
    return groups


def attendee(a: dict, meeting_id: int, linked: Linked) -> dict:
    place = municipality(a.get("affiliation") or "") if a.get("affiliation") else None
    return {**person_ref(a["name"], linked, meeting_id), "affiliation": a.get("affiliation"),
            "affiliation_url": municipality_url(place) if place else None,
            "title": a.get("title"), "role": a.get("role")}


def items(meeting_id: int, document: str, rec: dict, linked: Linked, today: date, sent: dict) -> list[dict]:
    """The record's items with anchors, linked people, assignments (with status) and cases; ``sent``: the
    meetings items are forwarded to (``query.meetings.nodes_on``)."""
    stem = document.rsplit(".", 1)[0]
    found = rec.get("items") or []
    ids = [f"{stem}:{key}" for key in item_keys(found)]
    entries, cases = item_entries(linked, today, ids), item_cases(linked.session, ids)
    org = rec.get("organization")
    out = []
    for item, key, item_id in zip(found, item_keys(found), ids):
        case = cases.get(item_id)
        assigned = [entries[f"{item_id}/{n}"] for n in range(1, len(item.get("assignments") or []) + 1)
                    if f"{item_id}/{n}" in entries]
        out.append({
            "id": item_id, "anchor": item_anchor(key), "number": item.get("number"),
            "title": item.get("title"),
            "presenters": [person_ref(p, linked, meeting_id) for p in item.get("presenters") or []],
            "attachments": item.get("attachments") or [],
            "proposed_decision": item.get("proposed_decision"),
            "decisions": item.get("decisions") or [], "dissent": item.get("dissent") or [],
            "assignments": [entry_json(e, linked) for e in assigned],
            "forwarded_to": [forward(f, org, sent, linked) for f in item.get("forwarded_to") or []],
            "case": case_summary_json(case) if case else None,
        })
    return out


PRESENTER_LABEL = re.compile(r"^Föredragande\s*:", re.I)


def shown_paragraphs(text: str, item: dict) -> list[str]:
    """The paragraphs of an item's text; its "Föredragande:" line is left to the linked presenters."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return [p for p in paragraphs if not (item["presenters"] and PRESENTER_LABEL.match(p))]


def forward(fwd: dict, org: str | None, sent: dict, linked: Linked) -> dict:
    """An item sent on to a body (on a date): link to that meeting when the chain knows it (``sent``:
    ``query.meetings.nodes_on`` of the meeting's forwards)."""
    node = sent.get((group_key(org, fwd.get("body")), fwd.get("date")))
    return {"body": fwd.get("body"), "date": fwd.get("date"),
            "url": node_json(node, linked)["url"] if node else body_url(org, fwd.get("body"))}


def neighbours(node: Node, linked: Linked, found: dict[str, Node] | None = None) -> dict:
    """The meetings before and after ``node`` in its chain (both read at once unless in ``found``), as
    ``previous`` and ``next``."""
    if found is None:
        found = {n.id: n for n in listed_nodes(linked.session, [k for k in (node.previous, node.next) if k])}
    return {"previous": node_json(found[node.previous], linked) if node.previous in found else None,
            "next": node_json(found[node.next], linked) if node.next in found else None}


def expected_context(node: Node, linked: Linked) -> dict:
    """A meeting the records announce but the archive lacks, with the items sent to it."""
    sent = []
    sources = {n.id: n for n in listed_nodes(linked.session, list({i["meeting"] for i in node.items}))}
    for i in node.items:
        source = sources.get(i["meeting"])
        url = node_json(source, linked)["url"] if source else node_url(i["meeting"])
        sent.append({"number": i.get("number"), "title": i.get("title"), "meeting": i.get("meeting"),
                     "url": url + (f"#{item_anchor(i['number'])}" if i.get("number") else "")})
    return {"title": f"Förväntat möte {node.body or ''} {swedish_date(node.date)}".replace("  ", " "),
            "meeting": node_json(node, linked), "items": sent, "mentioned_in": mentioned_in(node, linked),
            **neighbours(node, linked)}


def mentioned_in(node: Node, linked: Linked) -> list[dict]:
    """The documents that announce an expected meeting: as their next meeting, or by sending items to it."""
    out = []
    for held_date, src in announcing_sources(linked, node):
        how = announces(src.record, node)
        if how:
            out.append({"document": src.document_name, "url": f"/moten/{src.meeting_id}", "date": held_date,
                        "kind_label": KIND_LABELS.get(src.record.get("kind") or "", ""), "how": how})
    return sorted(out, key=lambda d: (d["date"] or "", d["document"]))


def announces(rec: dict, node: Node) -> str | None:
    """How a record names the expected meeting `node` (Swedish), or None."""
    org = rec.get("organization")
    if (rec.get("next_meeting") or {}).get("date") == node.date and group_key(org, rec.get("body")) == node.group:
        return "nästa möte"
    if any(f.get("date") == node.date and group_key(org, f.get("body")) == node.group
           for i in rec.get("items") or [] for f in i.get("forwarded_to") or []):
        return "ärenden skickas dit"
    return None
