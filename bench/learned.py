"""Grouped cross-validation of the learned item-heading segmenter (issue 10, point 3) against the rules alone.

The development documents of ``../shared/devset`` (never the held-out ones) are dealt into the folds of
``bench/extract.py`` (by organisation). For each fold a model is trained (``scripts/train_segmenter.py``)
on the other folds' development documents plus the seeds and examples, and the fold's documents are read
with rules + that model and with the rules alone; every document is scored by a model that never saw
its organisation. Each document is read as written and with its line breaks lost (the layouts where
rules fail most). Then the shipped model (trained on everything) is checked on the seeds and examples,
and parse throughput is timed with and without it.

    python bench/learned.py            # prints the tables and writes them to bench/results.md
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import extract  # noqa: E402
import train_segmenter as ts  # noqa: E402

from protokoll.parse import learned, parse_text  # noqa: E402

SECTION = "## Learned segmenter (grouped cross-validation, development folds)"
FIELDS = ("items", "decisions", "presenters", "attachments")


def record(text: str, name: str) -> dict:
    return parse_text(text, source=name).to_dict()


def cross_validate(docs: list[dict], extra: list[dict], layouts: dict) -> dict:
    """{layout: {"rules": pairs, "model": pairs}} over all folds, each fold read by a model trained without it."""
    out = {name: {"rules": [], "model": []} for name in layouts}
    with tempfile.TemporaryDirectory() as tmp:
        for fold in sorted({d["fold"] for d in docs}):
            test = [d for d in docs if d["fold"] == fold]
            model = ts.train([d for d in docs if d["fold"] != fold] + extra, Path(tmp) / f"fold{fold}.crfsuite")
            for name, fn in layouts.items():
                for d in test:
                    text = fn(d["text"], d["name"])
                    learned.use_model(None)
                    out[name]["rules"].append((d["gold"], record(text, d["name"])))
                    learned.use_model(model)
                    out[name]["model"].append((d["gold"], record(text, d["name"])))
    learned.use_model(ts.OUT)
    return out


def rows(scorer, pairs) -> tuple[float, dict]:
    fields, overall = extract.score(scorer, pairs)
    return overall, fields


def throughput(texts: list[str], rounds: int = 3) -> tuple[float, float]:
    """Documents/s of the parse stage with the rules alone and with the model, rounds interleaved (a shared
    machine's load then falls on both alike)."""
    spent = {None: 0.0, ts.OUT: 0.0}
    for t in texts:
        record(t, "warm")
    for _ in range(rounds):
        for model in spent:
            learned.use_model(model)
            started = time.perf_counter()
            for t in texts:
                record(t, "x")
            spent[model] += time.perf_counter() - started
    learned.use_model(ts.OUT)
    return rounds * len(texts) / spent[None], rounds * len(texts) / spent[ts.OUT]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--layouts", default="as written,paragraphs joined,one line")
    ap.add_argument("--ratio", type=float, default=None, help="try learned.REPLACE_RATIO = this")
    ap.add_argument("--min", type=int, default=None, help="try learned.MIN_HEADINGS = this")
    a = ap.parse_args(argv)
    scorer = extract.load_scorer()
    docs, extra = ts.development(), ts.seeds_and_examples()
    layouts = {k: ts.LAYOUTS[k] for k in a.layouts.split(",")}
    if a.ratio is not None:
        learned.REPLACE_RATIO = a.ratio
    if a.min is not None:
        learned.MIN_HEADINGS = a.min
    started = time.perf_counter()
    cv = cross_validate(docs, extra, layouts)
    lines = [SECTION, "", f"{len(docs)} development documents in {len({d['fold'] for d in docs})} folds by organisation; "
             f"each fold read by a model trained on the other folds + {len(extra)} seeds/examples "
             f"({time.perf_counter() - started:.0f} s). Held-out documents are never read here.", "",
             "| layout | reader | overall F1 | " + " | ".join(f"{f} P / R / F1" for f in FIELDS) + " |",
             "|---" * (3 + len(FIELDS)) + "|"]
    for name, by in cv.items():
        for reader in ("rules", "model"):
            overall, fields = rows(scorer, by[reader])
            cells = [("—" if f not in fields else "%.2f / %.2f / %.2f" % fields[f]) for f in FIELDS]
            label = "rules alone" if reader == "rules" else "rules + model"
            lines.append(f"| {name} | {label} | {overall:.3f} | " + " | ".join(cells) + " |")
    if a.layouts != "as written,paragraphs joined,one line":
        print("\n".join(lines))
        return
    shipped = []
    for reader, model in (("rules alone", None), ("rules + shipped model", ts.OUT)):
        learned.use_model(model)
        pairs = [(d["gold"], record(d["text"], d["name"])) for d in extra]
        seeds = [p for p, d in zip(pairs, extra) if not d["name"][:4].isdigit() or "_" in d["name"]]
        examples = [p for p, d in zip(pairs, extra) if p not in seeds]
        shipped.append(f"| {reader} | {rows(scorer, seeds)[0]:.3f} | {rows(scorer, examples)[0]:.3f} |")
    learned.use_model(ts.OUT)
    lines += ["", "| reader | seeds overall F1 | examples overall F1 |", "|---|---|---|", *shipped]
    written = [d["text"] for d in docs]
    flat = [ts.LAYOUTS["one line"](d["text"], "") for d in docs]
    lines += ["", "Parse throughput (parse stage alone, the development documents; the model runs only where the "
              "rules find no item heading):", "", "| text | rules alone | rules + model |", "|---|---|---|",
              *(f"| {name} | {a:.1f} documents/s | {b:.1f} documents/s |" for name, (a, b) in
                (("as written", throughput(written)), ("on one line", throughput(flat)))),
              "",
              f"- model file: {ts.OUT.stat().st_size / 1e6:.2f} MB"]
    print("\n".join(lines))
    if not a.no_write:
        from results import write_section

        write_section(extract.RESULTS, SECTION, "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
