"""The workers' fork server runs a worker's job on invented documents once (``protokoll.worker_warmup``, last of
``PRELOAD``), so that what the stages build on first use is built there and every worker forked from it starts warm
(issue 12). Each check runs in a fresh interpreter: what is built on first use is per process."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT

from protokoll import worker_warmup
from protokoll.pipeline import prepare
from protokoll.worker_process import PRELOAD


def _fresh(code: str) -> str:
    """What ``code`` prints in a fresh interpreter."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120,
                          check=True)
    return done.stdout.strip()


def test_the_fork_server_runs_the_warm_up_after_the_stages():
    assert PRELOAD[-1] == "protokoll.worker_warmup"
    assert set(PRELOAD[:-1]) >= {"protokoll.pipeline", "protokoll.repair", "protokoll.parse"}


def test_a_process_that_imported_the_preload_has_the_municipality_pattern_built():
    code = ("from protokoll.worker_process import PRELOAD\n"
            "for m in PRELOAD: __import__(m)\n"
            "from protokoll.swedish import gazetteer\n"
            "print(gazetteer._text_pattern.cache_info().currsize)")
    assert _fresh(code) == "1"  # before the warm-up: 0, compiled by each worker at its first title line


def test_the_invented_documents_are_read_as_meetings():
    """The warm-up reaches the readers of items, people, dates and the next meeting, not only the header's."""
    for k, text in enumerate(worker_warmup.DOCUMENTS):
        rec = prepare(f"w{k}.txt", f"w{k}.txt", text.encode(), "0" * 64).record
        assert len(rec.items) >= 3 and rec.date and rec.attendees if k != 1 else rec.items, (k, rec)
    assert any(i.decisions for i in prepare("w.txt", "w.txt", worker_warmup.DOCUMENTS[0].encode(), "0" * 64
                                            ).record.items)


def test_records_after_the_warm_up_are_those_without_it():
    code = ("import json, sys\n"
            "{warm}\n"
            "from protokoll.parse import parse_text\n"
            "text = open('examples/2024-06-12-styrelsen-protokoll.txt', encoding='utf-8').read()\n"
            "print(json.dumps(parse_text(text, source='x').to_dict(), sort_keys=True))")
    cold = _fresh(code.format(warm="pass"))
    warm = _fresh(code.format(warm="import protokoll.worker_warmup"))
    assert json.loads(cold) == json.loads(warm) and json.loads(cold)["items"]


def test_an_error_in_the_warm_up_does_not_stop_the_fork_server(monkeypatch):
    """The fork server stops at any error of a module it preloads but an ImportError: a bug the invented documents
    meet must leave the workers as they were before the warm-up (cold, working)."""
    from protokoll import pipeline

    asked = []

    def failing(*args, **kwargs):
        asked.append(args[0])
        raise RuntimeError("a bug in a stage")
    monkeypatch.setattr(pipeline, "prepare_stored", failing)
    worker_warmup.warm()
    assert asked == [f"warm-up-{k}.txt" for k in range(len(worker_warmup.DOCUMENTS))]
