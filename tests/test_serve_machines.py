"""Several machines: two `protokoll serve` processes on one database answer the same pages, also
after an ingest between their answers (within the recheck interval), because no process holds the
archive: every page reads the linked rows of the database.

Two servers on different ports stand for two machines (each with its own worker process, engine and
caches); the database is PostgreSQL when $PROTOKOLL_TEST_PG is reachable, and a shared SQLite file.
"""

from __future__ import annotations

import json
import shutil
import time
import urllib.request

from browser_server import Server, ingest
from conftest import ROOT

EXAMPLES = ROOT / "examples"
RECHECK = 1.0
PAGES = ("/moten.json", "/personer.json", "/arenden.json", "/uppdrag.json", "/kommuner.json", "/.json",
         "/organisationer.json", "/sok.json?q=teknikdagen")


def _answers(server: Server) -> dict[str, object]:
    out = {}
    for path in PAGES:
        with urllib.request.urlopen(server.base + path, timeout=60) as response:
            out[path] = json.loads(response.read())
    for meeting in out["/moten.json"]["meetings"][:3]:  # a few meeting pages as well
        with urllib.request.urlopen(server.base + meeting["url"] + ".json", timeout=60) as response:
            out[meeting["url"]] = json.loads(response.read())
    return out


def test_two_servers_on_one_database_answer_alike_before_and_after_an_ingest(database_url, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    examples = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".docx", ".pdf"))
    for p in examples[:-3]:
        shutil.copy(p, folder)
    ingest([folder], database_url)
    env = {"PROTOKOLL_RECHECK_SECONDS": str(RECHECK), "PROTOKOLL_TODAY": "2025-02-01"}
    with Server(database_url, log=tmp_path / "a.log", workers=1, env=env) as a, \
            Server(database_url, log=tmp_path / "b.log", workers=1, env=env) as b:
        first = _answers(a)
        second = _answers(b)
        for path in first:
            if second[path] != first[path]:
                (tmp_path / "first.json").write_text(json.dumps(first[path], indent=1, ensure_ascii=False))
                (tmp_path / "second.json").write_text(json.dumps(second[path], indent=1, ensure_ascii=False))
            assert second[path] == first[path], path
        for p in examples[-3:]:
            shutil.copy(p, folder)
        ingest([folder], database_url)  # a third process writes while both serve
        time.sleep(RECHECK + 0.2)
        after_a, after_b = _answers(a), _answers(b)
        assert after_a == after_b
        assert after_a != first
        assert len(after_a["/moten.json"]["meetings"]) > len(first["/moten.json"]["meetings"])
