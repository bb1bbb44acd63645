"""Golden files: compare answers whole with files under ``tests/golden_*``; ``PROTOKOLL_REGOLD=1`` rewrites them.

Shared by the page and CLI golden tests. One file per answer (its name a slug of
the URL or command line) and an ``index.txt`` listing every answer, so that an
answer that appears or disappears fails as surely as one that changes.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import re
import shutil
from pathlib import Path

REGOLD = os.environ.get("PROTOKOLL_REGOLD") == "1"
INDEX = "index.txt"
DIFF_LINES = 40  #: lines of unified diff shown per differing answer
SHOWN = 8  #: differing answers shown in full; the rest are only named


#: keys whose values are the moment a document was stored (ingest time), in pages, OParl and exports
TIME_KEYS = {"ingested_at", "stored_at", "created", "modified", "updated"}
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)?")


def normal_json(value, key: str | None = None):
    """``value`` with the ingest times replaced by a placeholder (they differ on every run)."""
    if isinstance(value, dict):
        return {k: normal_json(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [normal_json(v, key) for v in value]
    if key in TIME_KEYS and isinstance(value, str) and TIMESTAMP.fullmatch(value):
        return "<time>"
    return value


def slug(key: str, suffix: str) -> str:
    """A file name for ``key`` (a URL or a command line): ``/`` and spaces as ``_``, the rest as it is.

    A key with other characters (a query, ``_``, non-ASCII) gets them as ``_`` and
    a short hash of the key, so that two keys never share a file.
    """
    base = key.lstrip("/").replace("/", "_").replace(" ", "_")
    base = "root" + base if not base or base.startswith(".") else base  # "/", "/.json": no hidden files
    if "_" in key or re.search(r"[^A-Za-z0-9._-]", base):
        base = re.sub(r"[^A-Za-z0-9.-]+", "_", base)[:100] + "~" + hashlib.sha1(key.encode()).hexdigest()[:6]
    return base if base.endswith(suffix) else base + suffix


def dumps(value) -> str:
    """JSON as stored: indented, keys in the order the answer gave them, non-ASCII kept."""
    return json.dumps(value, ensure_ascii=False, indent=1) + "\n"


class Golden:
    """The golden answers in ``folder``: written when regolding, else compared."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.answers: dict[str, tuple[str, object]] = {}  #: key -> (file name, JSON value or text)

    def add(self, key: str, value, is_json: bool) -> None:
        assert key not in self.answers, f"answer {key} twice"
        name = slug(key, ".json" if is_json else ".txt")
        assert name not in {n for n, _ in self.answers.values()}, f"two answers share the file {name}"
        self.answers[key] = (name, value if is_json else str(value))

    def index_text(self) -> str:
        return "".join(f"{key}\t{name}\n" for key, (name, _) in sorted(self.answers.items()))

    def write(self) -> None:
        if self.folder.exists():
            shutil.rmtree(self.folder)
        self.folder.mkdir(parents=True)
        (self.folder / INDEX).write_text(self.index_text(), encoding="utf-8")
        for name, value in self.answers.values():
            text = value if isinstance(value, str) and not name.endswith(".json") else dumps(value)
            (self.folder / name).write_text(text, encoding="utf-8", newline="")

    def index_differences(self) -> str:
        """The answers that appeared or disappeared since the golden index, as a readable diff ('' if none)."""
        path = self.folder / INDEX
        assert path.is_file(), f"no golden files in {self.folder}: run with PROTOKOLL_REGOLD=1 to make them"
        before = path.read_text(encoding="utf-8").splitlines(keepends=True)
        diff = difflib.unified_diff(before, self.index_text().splitlines(keepends=True),
                                    f"golden/{INDEX}", "now", n=0)
        return "".join(diff)

    def differences(self) -> list[str]:
        """One readable report per answer that differs from its golden file."""
        found = []
        for key, (name, value) in sorted(self.answers.items()):
            path = self.folder / name
            if not path.is_file():
                found.append(f"{key}: no golden file {name}")
                continue
            with path.open(encoding="utf-8", newline="") as f:  # calendars and CSV end lines with CRLF
                stored = f.read()
            if name.endswith(".json"):
                same = json.loads(stored) == value
                before, now = _canonical(json.loads(stored)), _canonical(value)
            else:
                same = stored == value
                before, now = stored, value
            if not same:
                found.append(_report(key, name, before, now))
        return found


def _canonical(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _report(key: str, name: str, before: str, now: str) -> str:
    diff = list(difflib.unified_diff(before.splitlines(keepends=True), now.splitlines(keepends=True),
                                     f"golden/{name}", f"now {key}", n=2))
    shown = "".join(diff[:DIFF_LINES])
    more = f"... {len(diff) - DIFF_LINES} more diff lines\n" if len(diff) > DIFF_LINES else ""
    return f"{key} differs from {name}:\n{shown}{more}"


def check(golden: Golden) -> None:
    """Write the golden files (``PROTOKOLL_REGOLD=1``) or assert that every answer equals its file."""
    if REGOLD:
        golden.write()
        return
    problems = []
    index = golden.index_differences()
    if index:
        problems.append(f"answers appeared (+) or disappeared (-):\n{index}")
    differing = golden.differences()
    problems += differing[:SHOWN]
    if len(differing) > SHOWN:
        problems.append(f"... and {len(differing) - SHOWN} more differing answers: "
                        + ", ".join(d.split(" ", 1)[0] for d in differing[SHOWN:]))
    assert not problems, (f"{len(differing)} of {len(golden.answers)} answers differ from {golden.folder.name}/ "
                          "(PROTOKOLL_REGOLD=1 rewrites them once the change is meant)\n\n" + "\n".join(problems))
