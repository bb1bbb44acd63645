"""Documents out and back in: `protokoll render`, then `protokoll ingest` of the render, scored.

Two measurements, both with ``../shared/bench/score.py``'s own functions:

1. **Seeds rendered from what was read.** Each seed of ``../shared/seeds`` is ingested into a
   temporary archive; each stored meeting is rendered (DOCX, PDF, HTML) under its seed's
   name; the renders are ingested into an empty archive, exported, and scored against
   ``../shared/golden``. The reading of the seeds themselves is scored too: a render can
   only keep what was read.
2. **Round trip of the example records** (``examples/expected/*.json``, ours and fictional):
   each rendered, read back (read -> repair -> parse) and scored against itself, per
   template (agenda, minutes, protocol) and format.

HTML renders are ingested too: the reader has no HTML reader, so they are read as plain text
(tags and all) and the score says what that gives.

    python bench/render.py              # prints the tables and writes them to bench/results.md
    python bench/render.py --no-write   # prints only
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import platform
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RESULTS = Path(__file__).resolve().parent / "results.md"
SECTION = "## Render (documents out and back in)"
FORMATS = ("docx", "pdf", "html")


def load_scorer():
    """``../shared/bench/score.py`` as a module: the one scorer, never a copy."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "bench" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def overall(score, pairs: list[tuple[dict, dict]]) -> tuple[float, list[str]]:
    """Macro F1 over the fields (as score.py computes it) of (gold, predicted) pairs, and the mismatches."""
    tallies: dict = {}
    log: list[str] = []
    for gold, pred in pairs:
        score.score_pair(gold, pred, tallies, log)
    rows = [t.prf()[2] for t in tallies.values() if t.tp + t.fp + t.fn]
    return (sum(rows) / len(rows) if rows else 0.0), log


def ingest_and_export(paths: list[Path], db: Path) -> dict[str, dict]:
    """``protokoll ingest`` of ``paths`` into ``db``, then the stored records by file name stem."""
    from protokoll.ingest import ingest_paths
    from protokoll.store.db import open_sessions
    from protokoll.read import DEFAULT_MAX_BYTES
    from protokoll.store import current_meetings, record_of

    sessions = open_sessions(str(db))
    report = ingest_paths(sessions, paths, DEFAULT_MAX_BYTES)
    for name, reason in report.failures:
        print(f"  {name}: {reason}", file=sys.stderr)
    with sessions() as session:
        return {Path(m.document.name).stem: record_of(m) for m in current_meetings(session)}


def seeds(score, work: Path) -> tuple[list[str], dict[str, float]]:
    """Seeds read, rendered, read again; scored against the golden records."""
    from protokoll.render import render

    golden = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((SHARED / "golden").glob("*.json"))}
    read = ingest_and_export(sorted((SHARED / "seeds").iterdir()), work / "seeds.sqlite")
    lines, numbers = [], {}
    base, _ = overall(score, [(g, read.get(k, {})) for k, g in golden.items()])
    numbers["read"] = base
    lines.append(f"| seeds as read (`protokoll ingest`) | {base:.3f} | | |")
    for fmt in FORMATS:
        folder = work / fmt
        folder.mkdir()
        started = time.perf_counter()
        for stem, record in read.items():
            (folder / f"{stem}.{fmt}").write_bytes(render(record, fmt))
        per = (time.perf_counter() - started) / max(len(read), 1)
        again = ingest_and_export(sorted(folder.iterdir()), work / f"{fmt}.sqlite")
        f1, _ = overall(score, [(g, again.get(k, {})) for k, g in golden.items()])
        self_f1, _ = overall(score, [(r, again.get(k, {})) for k, r in read.items()])
        numbers[fmt] = f1
        lines.append(f"| rendered as {fmt.upper()}, ingested again | {f1:.3f} | {self_f1:.3f} | {per * 1000:.0f} ms |")
    return lines, numbers


def examples(score, folder: Path = ROOT / "examples" / "expected", label: str = "") -> list[str]:
    """Each record of ``folder`` rendered and read back, scored against itself, per template and format."""
    from protokoll.pipeline import process
    from protokoll.render import render

    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]
    lines = []
    for kind in ("agenda", "minutes", "protocol"):
        if not any(r["kind"] == kind for r in records):
            continue
        mine = [r for r in records if r["kind"] == kind]
        cells = []
        for fmt in FORMATS:
            pairs, perfect = [], 0
            for rec in mine:
                data = render(rec, fmt)
                name = Path(rec["source"]).stem + "." + fmt
                pred = process(Path(name), data, hashlib.sha256(data).hexdigest()).record.to_dict()
                pairs.append((rec, pred))
                perfect += overall(score, [(rec, pred)])[0] >= 0.9995
            f1, _ = overall(score, pairs)
            cells.append(f"{f1:.3f} ({perfect}/{len(mine)} at 1.000)")
        lines.append(f"| {label}{kind} | {len(mine)} | " + " | ".join(cells) + " |")
    return lines


def machine() -> str:
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="print only; leave bench/results.md alone")
    args = parser.parse_args(argv)
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1704067200")
    score = load_scorer()
    with tempfile.TemporaryDirectory() as tmp:
        seed_lines, _ = seeds(score, Path(tmp))
    example_lines = examples(score)
    golden_lines = examples(score, SHARED / "golden", "golden ")
    text = "\n".join([
        SECTION, "",
        f"Measured {date.today().isoformat()} with `python bench/render.py` on {machine()}.", "",
        "Seeds: each seed ingested, its stored record rendered with the default template of its kind, "
        "the render ingested into an empty archive; F1 against `../shared/golden`, against the record "
        "it was rendered from, and the render time per document. A render keeps what was read, no more: "
        "at 1.000 against the record rendered, its F1 against golden is the reading's own.", "",
        "| documents | F1 vs golden | F1 vs record rendered | render time |", "|---|---|---|---|",
        *seed_lines, "",
        "Examples: each `examples/expected/*.json` record rendered and read back (read -> repair -> parse), "
        "F1 against the record itself (macro over the fields, as score.py).", "",
        "| template | records | DOCX | PDF | HTML (read as plain text) |", "|---|---|---|---|---|",
        *example_lines, "",
        "The same for the five golden records of `../shared/golden` (what a seed says, as a person read it; "
        "a meeting corrected in full would render so): what they lose is what our reader does not read "
        "in the words the render writes.", "",
        "| template | records | DOCX | PDF | HTML (read as plain text) |", "|---|---|---|---|---|",
        *golden_lines, ""])
    print(text)
    if not args.no_write:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from results import write_section
        write_section(RESULTS, SECTION, text)


if __name__ == "__main__":
    main()
