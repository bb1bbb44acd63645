"""records keep their items' numbers as printed, their dissenters' party and statement, and their text

Parse now writes ``items[].printed_number`` and ``items[].dissent_details``
(docs/meeting-record-text.md), which the web read from the document's text
before. A record stored earlier lacks them, so they are read here, once,
from the stored document text with parse's own (pure, text-only) functions;
an authored meeting's text writes its numbers "N." (store.authoring_archive).
A record stored before items kept their text (``items[].text``) gets it
here too, from a parse of its stored text (matched by number and title, as
the meeting page did on every request until now; an item not matched gets
""), so the web reads the record only. Records that already have the keys
are left alone, so running it twice changes nothing. Read in batches of
``BATCH`` meetings.

Revision ID: 0017
Revises: 0016
"""
import json

from alembic import op
import sqlalchemy as sa

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

BATCH = 500


def upgrade() -> None:
    from protokoll.parse import parse_text
    from protokoll.parse.dissent import details, heading_starts
    from protokoll.record import Evidence
    from protokoll.parse.printed import as_printed, printed_style

    conn = op.get_bind()
    last = 0
    while True:
        rows = conn.execute(sa.text(
            "SELECT m.id, m.record_json, d.text, m.evidence_json FROM meetings m "
            "JOIN documents d ON d.id = m.document_id "
            "WHERE m.id > :last ORDER BY m.id LIMIT :n"), {"last": last, "n": BATCH}).all()
        if not rows:
            return
        for meeting_id, record_json, text, evidence_json in rows:
            record = json.loads(record_json)
            items = record.get("items") or []
            if not items or all("printed_number" in i and "text" in i for i in items):
                continue
            if not all("text" in i for i in items):
                parsed = {(i.number, i.title): i.text for i in parse_text(text or "", record.get("source") or "").items}
                for item in items:
                    item.setdefault("text", parsed.get((item.get("number"), item.get("title")), ""))
            style = printed_style(text or "", [i.get("number") for i in items])
            starts = heading_starts([Evidence(e["path"], 0, e["start"], e.get("end", e["start"]), "")
                                     for e in json.loads(evidence_json or "[]") if "path" in e and "start" in e])
            for k, item in enumerate(items):
                item["printed_number"] = as_printed(item.get("number"), style)
                said = [details(n, text or "", item.get("title"), starts.get(k)) for n in item.get("dissent") or []]
                item["dissent_details"] = [{"name": d.name, "party": d.party, "statement": d.statement}
                                           for d in said]
            conn.execute(sa.text("UPDATE meetings SET record_json = :r WHERE id = :id"),
                         {"r": json.dumps(record, ensure_ascii=False), "id": meeting_id})
        last = rows[-1][0]


def downgrade() -> None:
    pass  # the keys are an extension readers of meeting-record/1 ignore
