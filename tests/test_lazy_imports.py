"""Start costs: a command and the web server import what they use, not everything (issue 11).

Each check runs a fresh interpreter and looks at ``sys.modules`` after the import a command or a server
worker starts with; ``python -X importtime`` shows what each costs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT


def _loaded(code: str) -> set[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
                         capture_output=True, text=True, env=env, check=True).stdout
    return set(json.loads(out.splitlines()[-1]))


def _top(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules} | {".".join(m.split(".")[:2]) for m in modules}


def test_the_command_group_imports_no_command():
    loaded = _top(_loaded("from protokoll.cli import main"))
    assert not loaded & {"protokoll.web", "protokoll.query", "protokoll.store", "fastapi", "sqlalchemy", "uvicorn"}


def test_ingest_loads_neither_the_web_nor_the_query_layer():
    loaded = _top(_loaded("from protokoll.cli import main; main.commands['ingest']"))
    assert "protokoll.ingest" in loaded or "protokoll.cli" in loaded
    assert not loaded & {"protokoll.web", "protokoll.query", "protokoll.render", "fastapi", "uvicorn", "jinja2"}


def test_a_server_worker_defers_what_a_meeting_page_does_not_need():
    loaded = _top(_loaded("from protokoll.web.app import app_from_environment"))
    assert "fastapi" in loaded and "protokoll.query" in loaded
    assert not loaded & {"protokoll.parse", "protokoll.pipeline", "icalendar", "rapidfuzz", "tantivy", "alembic",
                         "weasyprint", "docx"}


def test_a_current_archive_opens_without_alembic(tmp_path):
    url = f"sqlite:///{tmp_path / 'a.sqlite'}"
    _loaded(f"from protokoll.store.db import open_engine; open_engine({url!r}).dispose()")  # made and migrated
    loaded = _loaded(f"from protokoll.store.db import open_engine; open_engine({url!r}).dispose()")
    assert "alembic" not in _top(loaded)


def test_the_serving_process_that_starts_workers_loads_no_web_app(tmp_path):
    """With several workers, uvicorn's own process only starts them: it migrates the archive, not more."""
    url = f"sqlite:///{tmp_path / 'a.sqlite'}"
    loaded = _top(_loaded("import uvicorn; uvicorn.run = lambda *a, **k: None\n"  # the workers are not started
                          f"from protokoll.cli.serve import run_server; run_server('127.0.0.1', 0, {url!r}, workers=2)"))
    assert "sqlalchemy" in loaded  # it did migrate
    assert not loaded & {"protokoll.web.state", "protokoll.web.app", "fastapi", "jinja2", "protokoll.query"}
