"""Scans with layout: each layout render of the seeds and examples, read by OCR, scored against its record.

The clean seed texts (000, 001, 002, 004, against ../shared/golden) and the example
texts (examples/*.txt, against examples/expected) are typeset in each layout of
tests/scan_layouts.py (header table, bordered and borderless attendee tables, two
columns; 200 dpi, blur 0.6, tilt about 0.7 degrees), saved as image-only PDFs and put
through the real pipeline (read -> repair -> parse). Each layout's records are scored
with ../shared/bench/score.py; the plain texts are scored the same way for comparison.
Writes the section "## Scan layouts" of bench/results.md.

    python bench/scan_layouts.py                 # every layout, seeds and examples (~10 minutes on 2 cores)
    python bench/scan_layouts.py --seeds 000 004 --no-examples --layouts two_columns
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PROTOKOLL_SHARED", ROOT.parent / "shared"))
RESULTS = ROOT / "bench" / "results.md"
SECTION = "## Scan layouts"
SEEDS = ("000", "001", "002", "004")
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests"), str(ROOT / "bench")]

from scan_layouts import LAYOUTS, render_layout_scan  # noqa: E402  (tests/scan_layouts.py)


@dataclass
class Case:
    name: str  #: the document's stem, as its record is named
    text: str
    gold: Path  #: its expected record


def cases(seeds: tuple[str, ...] = SEEDS, examples: bool = True) -> list[Case]:
    """The documents to render: seed texts with golden records, example texts with expected records."""
    out = []
    for number in seeds:
        [path] = (SHARED / "seeds").glob(f"{number}_*.txt")
        out.append(Case(path.stem, path.read_text(encoding="utf-8"), SHARED / "golden" / f"{path.stem}.json"))
    if examples:
        for path in sorted((ROOT / "examples").glob("*.txt")):
            out.append(Case(path.stem, path.read_text(encoding="utf-8"), ROOT / "examples" / "expected" / f"{path.stem}.json"))
    return out


def record_of(path: Path) -> dict:
    """The meeting record the pipeline makes of the file at ``path``."""
    from protokoll.pipeline import process

    data = path.read_bytes()
    return process(path, data, hashlib.sha256(data).hexdigest()).record.to_dict()


def score(gold: list[Path], records: dict[str, dict], work: Path) -> tuple[float, str]:
    """score.py's overall F1 of ``records`` (by document stem) against ``gold``; (F1, verbose output)."""
    gdir, pdir = work / "gold", work / "pred"
    for folder in (gdir, pdir):
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.json"):
            old.unlink()
    for path in gold:
        (gdir / path.name).write_bytes(path.read_bytes())
    for stem, record in records.items():
        (pdir / f"{stem}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SHARED / "bench" / "score.py"), str(gdir), str(pdir), "-v"],
                         capture_output=True, text=True, check=True).stdout
    return float(re.search(r"overall F1 = ([\d.]+)", out.strip().splitlines()[-1])[1]), out


def scan(case: Case, layout: str, folder: Path, seed: int = 0) -> Path:
    """``case`` rendered in ``layout`` as an image-only PDF in ``folder``."""
    record = json.loads(case.gold.read_text(encoding="utf-8"))
    return render_layout_scan(case.text, record, layout, folder / f"{case.name}.pdf", seed=seed)


def run(chosen: list[Case], layouts: tuple[str, ...], work: Path) -> list[tuple[str, str, float, float]]:
    """(set, layout, F1, seconds) for the plain texts and each layout, over seeds and examples apart."""
    rows = []
    groups = {"seeds": [c for c in chosen if c.gold.parent.name == "golden"],
              "examples": [c for c in chosen if c.gold.parent.name != "golden"]}
    for group, members in groups.items():
        if not members:
            continue
        gold = [c.gold for c in members]
        texts = {}
        for c in members:
            path = work / "text" / f"{c.name}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(c.text, encoding="utf-8")
            texts[c.name] = record_of(path)
        rows.append((group, "text", score(gold, texts, work / "score")[0], 0.0))
        for layout in layouts:
            start = time.perf_counter()
            folder = work / layout
            folder.mkdir(exist_ok=True)
            records = {c.name: record_of(scan(c, layout, folder, seed=i)) for i, c in enumerate(members)}
            f1, verbose = score(gold, records, work / "score")
            (work / f"{group}-{layout}.txt").write_text(verbose, encoding="utf-8")
            rows.append((group, layout, f1, time.perf_counter() - start))
            print(f"{group:9} {layout:22} F1 {f1:.3f}  {rows[-1][3]:.0f} s", flush=True)
    return rows


def section(rows, chosen: list[Case]) -> str:
    import tesserocr

    seeds = sorted({c.name[:3] for c in chosen if c.gold.parent.name == "golden"})
    examples = sum(1 for c in chosen if c.gold.parent.name != "golden")
    head = (f"{SECTION}\n\nMeasured {time.strftime('%Y-%m-%d')} with `python bench/scan_layouts.py` on "
            f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
            f"tesseract {tesserocr.tesseract_version().split()[1]}.\n"
            f"Seeds {', '.join(seeds)} (against ../shared/golden) and {examples} example texts (against "
            "examples/expected), typeset by tests/scan_layouts.py at 200 dpi (blur 0.6, tilt about 0.7 degrees), "
            "saved as image-only PDFs, ingested through the pipeline and scored with shared/bench/score.py.\n\n"
            "| Set | Layout | Overall F1 | Text F1 | Difference | Wall time, s |\n| --- | --- | --- | --- | --- | --- |\n")
    text_f1 = {g: f for g, layout, f, _t in rows if layout == "text"}
    body = "".join(f"| {g} | {layout} | {f:.3f} | {text_f1[g]:.3f} | {f - text_f1[g]:+.3f} | {t:.0f} |\n"
                   for g, layout, f, t in rows if layout != "text")
    return head + body


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", nargs="*", default=list(SEEDS))
    parser.add_argument("--no-examples", action="store_true")
    parser.add_argument("--layouts", nargs="*", default=list(LAYOUTS))
    parser.add_argument("--no-write", action="store_true", help="print only, leave bench/results.md alone")
    parser.add_argument("--keep", type=Path, help="keep the scans and score reports in this folder")
    args = parser.parse_args()
    chosen = cases(tuple(args.seeds), not args.no_examples)
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        rows = run(chosen, tuple(args.layouts), work)
    text = section(rows, chosen)
    print(text)
    if not args.no_write:
        from results import write_section
        write_section(RESULTS, SECTION, text)


if __name__ == "__main__":
    main()
