"""Exports of stored records: `meeting-record/1` JSON files."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy.orm import Session

from .store import current_meetings, record_of


def record_json(record: dict) -> str:
    """The canonical JSON text of a record: stable key order, UTF-8, trailing newline."""
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def export_json(session: Session, out: Path) -> list[Path]:
    """Write one ``STEM.json`` per current document into ``out``; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    taken: set[str] = set()
    for meeting in current_meetings(session):
        stem = Path(meeting.document.name).stem
        if stem in taken:
            stem = f"{stem}-{meeting.document.sha256[:8]}"
        taken.add(stem)
        target = out / f"{stem}.json"
        target.write_text(record_json(record_of(meeting)), encoding="utf-8")
        written.append(target)
    return written
