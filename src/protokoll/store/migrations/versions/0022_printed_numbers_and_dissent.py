"""records keep their items' numbers as printed, their dissenters' party and statement, and their text

Parse now writes ``items[].printed_number`` and ``items[].dissent_details``
(docs/meeting-record-text.md), which the web read from the document's text
before. A record stored earlier lacks them, so they are read here, once,
from the stored document text by the rules parse uses
(:mod:`protokoll.swedish.minutes`; storage never parses), each statement
searched from the item's heading as its stored evidence places it; an
authored meeting's text writes its numbers "N." (store.authoring_archive).
A record stored before items kept their text (``items[].text``) gets it here
too, as the search index already reads it for such a record: the lines
between the item's heading and the next (:mod:`protokoll.store.search_texts`),
so the web reads the record only. Records that already have the keys are left
alone, so running it twice changes nothing. Read in batches of ``BATCH``
meetings.

Revision ID: 0022_printed_numbers_and_dissent
Revises: 0021_order_keys
"""
import json

from alembic import op
import sqlalchemy as sa

revision = "0022_printed_numbers_and_dissent"
down_revision = "0021_order_keys"
branch_labels = None
depends_on = None

BATCH = 500


def upgrade() -> None:
    conn = op.get_bind()
    last = 0
    while True:
        rows = conn.execute(sa.text(
            "SELECT m.id, m.record_json, d.text, m.evidence_json, m.extracted_json FROM meetings m "
            "JOIN documents d ON d.id = m.document_id "
            "WHERE m.id > :last ORDER BY m.id LIMIT :n"), {"last": last, "n": BATCH}).all()
        if not rows:
            return
        for meeting_id, record_json, text, evidence_json, extracted_json in rows:
            changed = {}
            for column, stored in (("record_json", record_json), ("extracted_json", extracted_json)):
                record = json.loads(stored) if stored else None  # extracted_json: the record as read, when corrected
                if record is not None and _enrich(record, text or "", evidence_json):
                    changed[column] = json.dumps(record, ensure_ascii=False)
            for column, value in changed.items():
                conn.execute(sa.text(f"UPDATE meetings SET {column} = :r WHERE id = :id"), {"r": value, "id": meeting_id})
        last = rows[-1][0]


def _enrich(record: dict, text: str, evidence_json: str | None) -> bool:
    """Give ``record``'s items their text, printed numbers and dissent details; False if they had them."""
    from protokoll.store.search_texts import item_texts
    from protokoll.swedish.minutes import as_printed, party, printed_style, statement

    items = record.get("items") or []
    if not items or all("printed_number" in i and "text" in i for i in items):
        return False
    texts = item_texts(record, text)
    style = printed_style(text, [i.get("number") for i in items])
    starts = _heading_starts(evidence_json)
    for k, item in enumerate(items):
        item.setdefault("text", texts.get(k, ""))
        item["printed_number"] = as_printed(item.get("number"), style)
        item["dissent_details"] = []
        for name in item.get("dissent") or []:
            said = statement(text, name, item.get("title"), starts.get(k))
            item["dissent_details"].append({"name": name, "party": party(said, name), "statement": said})
    return True


def _heading_starts(evidence_json: str | None) -> dict[int, int]:
    """Item index -> its heading's offset in the text, from the stored evidence ``items[k]``."""
    out: dict[int, int] = {}
    for e in json.loads(evidence_json or "[]"):
        path = e.get("path") or "" if isinstance(e, dict) else ""
        if path.startswith("items[") and path.endswith("]") and path[6:-1].isdigit() and "start" in e:
            out.setdefault(int(path[6:-1]), e["start"])
    return out


def downgrade() -> None:
    pass  # the keys are an extension readers of meeting-record/1 ignore
