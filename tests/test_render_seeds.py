"""The seeds rendered from what was read: `protokoll render` of each ingested seed, the renders
ingested into an empty archive, scored against ../shared/golden (target >= 0.98, as the seeds read)."""

from __future__ import annotations

import pytest

from conftest import SHARED, needs_shared
from protokoll.ingest import ingest_paths
from protokoll.store.db import open_sessions
from protokoll.read import DEFAULT_MAX_BYTES
from protokoll.render import render
from protokoll.store import current_meetings, record_of


def archive(paths, db) -> dict[str, dict]:
    sessions = open_sessions(str(db))
    report = ingest_paths(sessions, paths, DEFAULT_MAX_BYTES)
    assert not report.failures, report.failures
    with sessions() as session:
        return {m.document.name.rsplit(".", 1)[0]: record_of(m) for m in current_meetings(session)}


@needs_shared
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_seeds_rendered_from_what_was_read_score_at_least_098(tmp_path, fmt, score):
    golden = {p.stem: score.load_record(p) for p in sorted((SHARED / "golden").glob("*.json"))}
    read = archive(sorted((SHARED / "seeds").iterdir()), tmp_path / "read.sqlite")
    assert set(read) == set(golden)
    folder = tmp_path / "renders"
    folder.mkdir()
    for stem, rec in read.items():
        (folder / f"{stem}.{fmt}").write_bytes(render(rec, fmt))
    again = archive([folder], tmp_path / "again.sqlite")
    tallies, log = {}, []
    for stem, gold in golden.items():
        score.score_pair(gold, again.get(stem, {}), tallies, log)
    rows = [t.prf()[2] for t in tallies.values() if t.tp + t.fp + t.fn]
    assert sum(rows) / len(rows) >= 0.98, log
