"""`protokoll show`: one meeting, as text for a terminal or as its meeting-record/1 JSON."""

from __future__ import annotations

import click

from .options import db_option, sessions
from .words import count


@click.command()
@click.argument("key")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the meeting-record/1 JSON of each document instead.")
def show(key: str, db: str | None, as_json: bool) -> None:
    """Show one meeting with its documents, by ISO date (2019-01-29), id or source file name stem.

    The documents of one meeting (its agenda and its minutes) are one meeting, as on the web.
    """
    from ..export import record_json
    from ..store import find_meetings, record_of

    with sessions(db, create=False)() as session:
        found = find_meetings(session, key)
        if not found:
            raise click.ClickException(f"no meeting matches {key!r}")
        if as_json:
            for m in found:
                click.echo(record_json(record_of(m)))
            return
        groups = _by_meeting(session, found)
        if len(groups) > 1:
            click.echo(f"{count(len(groups), 'meeting')} match {key!r}:")
            for group in groups:
                for m in group:
                    click.echo(f"  {m.id:>5}  {m.date or m.year or '?':<10}  {m.document.name}")
            return
        main = _main_document(groups[0])
        click.echo(format_record(record_of(main), main.id))
        if len(groups[0]) > 1:
            click.echo("Documents:   " + "; ".join(f"{m.document.name} [#{m.id}]" for m in groups[0]))


def _by_meeting(session, found: list) -> list[list]:
    """The stored documents found, grouped by the meeting they record (the linked archive's chain meeting)."""
    from ..query.linked import LinkedView

    view, groups = LinkedView(session), {}
    for m in found:
        node = view.node_of_meeting(m.id)
        groups.setdefault(node.id if node is not None else f"#{m.id}", []).append(m)
    return list(groups.values())


def _main_document(documents: list):
    """The document that says what the meeting did: a protocol or minutes before an agenda."""
    return min(documents, key=lambda m: (record_of_kind(m) == "agenda", m.id))


def record_of_kind(meeting) -> str | None:
    from ..store import record_of

    return record_of(meeting).get("kind")


def format_record(rec: dict, meeting_id: int | None = None) -> str:
    lines = [_heading(rec, meeting_id)]
    for label, key in (("Date", "date"), ("Time", "time"), ("Place", "place"),
                       ("Chair", "chair"), ("Secretary", "secretary")):
        value = _time(rec) if key == "time" else rec.get(key)
        if value:
            lines.append(f"{label + ':':13}{value}")
    groups = {"present": "Present", "other": "Others", "guest": "Guests"}
    for group, label in groups.items():
        people = [_person(a) for a in rec["attendees"] if a["group"] == group]
        if people:
            lines.append(f"{label + ':':13}" + "; ".join(people))
    for item in rec["items"]:
        lines += [""] + _item(item)
    nm = rec.get("next_meeting")
    if nm:
        lines += ["", f"Next meeting: {nm.get('date') or ''} {nm.get('start') or ''}".rstrip()]
    lines.append(f"\nSource: {rec['source']}")
    return "\n".join(lines)


def _heading(rec: dict, meeting_id: int | None) -> str:
    kinds = {"minutes": "Minutes", "protocol": "Protocol", "agenda": "Agenda"}
    parts = [kinds.get(rec.get("kind") or "", "Meeting"), rec.get("body"), rec.get("organization")]
    head = " – ".join(p for p in parts if p)
    if meeting_id is not None:
        head += f"  [#{meeting_id}]"
    return head + "\n" + "=" * min(len(head), 78)


def _time(rec: dict) -> str | None:
    if not rec.get("start"):
        return None
    return f"{rec['start']}–{rec['end']}" if rec.get("end") else rec["start"]


def _person(a: dict) -> str:
    extra = ", ".join(x for x in (a.get("affiliation"), a.get("role")) if x)
    return f"{a['name']} ({extra})" if extra else a["name"]


def _item(item: dict) -> list[str]:
    out = [f"{item['number'] + '. ' if item.get('number') else ''}{item['title']}"]
    if item["presenters"]:
        out.append("   Presenters: " + ", ".join(item["presenters"]))
    if item["attachments"]:
        out.append("   Attachments: " + ", ".join(item["attachments"]))
    if item.get("proposed_decision"):
        out.append("   Proposed decision: " + item["proposed_decision"])
    for d in item["decisions"]:
        out.append("   Decision: " + d)
    for d in item["dissent"]:
        out.append("   Dissent: " + d)
    for a in item["assignments"]:
        out.append(f"   Assignment: {a['assignee']} – {a['task']}" + (f" (due {a['due']})" if a["due"] else ""))
    for f in item["forwarded_to"]:
        out.append(f"   Forwarded to: {f['body']}" + (f" {f['date']}" if f["date"] else ""))
    return out
