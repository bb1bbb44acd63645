"""Extraction quality measured as a held-out evaluation would: grouped cross-validation by organisation.

Reads every document of ``../shared/devset`` (and the seeds and examples beside it) through
read -> repair -> parse, each document on its own (no archive to complete it from), and scores
the records with ``../shared/bench/score.py``'s own functions (macro F1 over the fields).

The devset documents are grouped by organisation (the gold record's organisation without its
parenthesised short form; when a document names none, by source site and body), and the groups
are dealt into ``FOLDS`` folds by a stable hash, so all documents of one organisation fall in one
fold. A rule-based reader is "trained" by the people who write its rules, so the folds are split
in two: the *development* folds, whose documents may be read while writing a rule, and the
*held-out* folds, which nobody opens; dev01-dev16 count as development whatever their fold,
since earlier rules were written on them. The figure to judge a change by is the held-out one;
a change that raises the development score but not the held-out one is overfitting.

    python bench/extract.py                 # table per field and per fold; writes bench/results.md
    python bench/extract.py --verbose       # also every mismatch of the development documents
    python bench/extract.py --json OUT      # the scores as JSON

Beside it, the development documents (never the held-out ones) are read again with their layout damaged
as web copies damage it (line breaks inside paragraphs lost; the whole text on one line): a reader that
needs line breaks it will not always get shows there. So is the other damage web extraction does
(``bench/webdamage.py``: page furniture repeated between pages, a site's chrome, hard wraps and hyphenated
words, doubled spaces and bullets, typographic glyphs), each a seeded rule and a row of the same table.

It never prints what held-out documents contain, only their scores.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.util
import io
import json
import re
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

from protokoll.pipeline import ProcessError, load, process

sys.path.insert(0, str(Path(__file__).resolve().parent))
from webdamage import DAMAGE  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RESULTS = Path(__file__).resolve().parent / "results.md"
SECTION = "## Extraction (grouped cross-validation)"
FOLDS = 5
HELD_OUT_FOLDS = {1, 3}
VARIED = Path(__file__).resolve().parent / "varied"
SEEN_BEFORE = {f"dev{n:02d}" for n in range(1, 17)}  # earlier rules were written on these


def load_scorer():
    """``../shared/bench/score.py`` as a module: the one scorer, never a copy."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "bench" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def group_of(gold: dict) -> str:
    """The organisation a devset document belongs to, folded; its site and body when unnamed."""
    org = re.sub(r"\s*\(.*\)\s*$", "", gold.get("organization") or "").strip().casefold()
    if org:
        return org
    host = urlparse(gold.get("source_url") or "").netloc
    return f"{host}|{(gold.get('body') or '').casefold()}"


def fold_of(group: str) -> int:
    return int(hashlib.sha256(group.encode("utf-8")).hexdigest(), 16) % FOLDS


#: development documents with their layout damaged as copies on the web damage it (never the held-out ones):
#: how much a reader depends on line breaks it will not always get
STRESS = {
    "paragraphs joined": lambda t: re.sub(r"(?<!\n)\n(?!\n)", " ", t),
    "one line": lambda t: re.sub(r"\s*\n\s*", " ", t),
}


def predict(path: Path, transform=None) -> dict:
    """The record the reader makes of one document on its own; {} when it fails. ``transform``: applied to
    the document's text first (a stress test of layout loss)."""
    try:
        data, sha = load(path)
        if transform is not None:
            data = transform(data.decode("utf-8")).encode("utf-8")
            sha = hashlib.sha256(data).hexdigest()
        return process(path, data, sha).record.to_dict()
    except ProcessError:
        return {}


def score(scorer, pairs: list[tuple[dict, dict]]) -> tuple[dict[str, tuple[float, float, float]], float]:
    """Per-field (P, R, F1) and the macro overall F1, exactly as score.py computes them."""
    tallies: dict = {}
    for gold, pred in pairs:
        scorer.score_pair(gold, pred, tallies, [])
    rows = {k: t.prf() for k, t in tallies.items() if t.tp + t.fp + t.fn}
    overall = sum(f for _, _, f in rows.values()) / len(rows) if rows else 0.0
    return rows, overall


def mismatches(scorer, gold: dict, pred: dict) -> list[str]:
    log: list[str] = []
    scorer.score_pair(gold, pred, {}, log)
    return log


def devset_groups(scorer) -> dict[str, bool]:
    """Each devset document's name and whether it is held-out (nothing is read but the gold records)."""
    out = {}
    for gpath in sorted((SHARED / "devset").glob("dev*.json")):
        out[gpath.stem] = fold_of(group_of(scorer.load_record(gpath))) in HELD_OUT_FOLDS and gpath.stem not in SEEN_BEFORE
    return out


def devset(scorer, development_only: bool = False) -> list[dict]:
    """Every devset document with its record; ``development_only``: held-out documents are not even read."""
    docs = []
    for gpath in sorted((SHARED / "devset").glob("dev*.json")):
        gold = scorer.load_record(gpath)
        group = group_of(gold)
        fold = fold_of(group)
        held_out = fold in HELD_OUT_FOLDS and gpath.stem not in SEEN_BEFORE  # (as devset_groups says)
        if held_out and development_only:
            continue
        docs.append({"stem": gpath.stem, "gold": gold, "group": group, "fold": fold, "held_out": held_out,
                     "pred": predict(gpath.with_suffix(".txt"))})
    return docs


def seeds(scorer) -> list[tuple[dict, dict]]:
    pairs = []
    for gpath in sorted((SHARED / "golden").glob("*.json")):
        stem = gpath.name.split(".")[0]
        sources = [p for p in (SHARED / "seeds").glob(f"{stem}*") if p.suffix in {".txt", ".docx", ".pdf"}]
        if sources:
            pairs.append((scorer.load_record(gpath), predict(sorted(sources)[0])))
    return pairs


def examples(scorer) -> list[tuple[dict, dict]]:
    pairs = []
    for epath in sorted((ROOT / "examples" / "expected").glob("*.json")):
        sources = [p for p in (ROOT / "examples").glob(f"{epath.stem}.*") if p.is_file()]
        if sources:
            pairs.append((scorer.load_record(epath), predict(sources[0])))
    return pairs


def varied(scorer) -> list[tuple[dict, dict]]:
    """``bench/varied``: documents written here for this measure (never read while writing rules), each with its
    hand-made record in ``bench/varied/expected``; scored like the examples, each document read alone.
    ``bench/extract_varied.py`` reports them on their own."""
    pairs = []
    for epath in sorted((VARIED / "expected").glob("*.json")):
        sources = [p for p in VARIED.glob(f"{epath.stem}.*") if p.is_file() and p.suffix in {".txt", ".docx", ".pdf"}]
        if sources:
            pairs.append((scorer.load_record(epath), predict(sources[0])))
    return pairs


def table(columns: dict[str, dict[str, tuple[float, float, float]]]) -> list[str]:
    fields = list(dict.fromkeys(f for rows in columns.values() for f in rows))
    head = "| field | " + " | ".join(f"{name} P / R / F1" for name in columns) + " |"
    lines = [head, "|---" * (len(columns) + 1) + "|"]
    for f in fields:
        cells = []
        for rows in columns.values():
            p, r, f1 = rows.get(f, (None, None, None))
            cells.append("—" if p is None else f"{p:.2f} / {r:.2f} / {f1:.2f}")
        lines.append(f"| {f} | " + " | ".join(cells) + " |")
    return lines


def report(scorer, docs: list[dict], seed_pairs, example_pairs, seconds: float,
           stress: dict[str, list[tuple[dict, dict]]] | None = None, varied_pairs=()) -> list[str]:
    held = [(d["gold"], d["pred"]) for d in docs if d["held_out"]]
    dev = [(d["gold"], d["pred"]) for d in docs if not d["held_out"]]
    everything = [(d["gold"], d["pred"]) for d in docs]
    cols, overall = {}, {}
    for name, pairs in (("held-out", held), ("development", dev), ("all devset", everything),
                        ("seeds", seed_pairs), ("examples", example_pairs), ("varied", list(varied_pairs))):
        cols[name], overall[name] = score(scorer, pairs)
    lines = [SECTION, "",
             f"{len(docs)} devset documents in {len({d['group'] for d in docs})} organisation groups, "
             f"{FOLDS} folds by organisation; held-out = folds {sorted(HELD_OUT_FOLDS)} without dev01-dev16 "
             f"({len(held)} documents, never read while writing rules); development = the rest ({len(dev)}). "
             f"Each document read alone (no archive). {seconds:.1f} s.", "",
             "| set | documents | overall F1 |", "|---|---|---|"]
    sizes = {"held-out": len(held), "development": len(dev), "all devset": len(everything),
             "seeds": len(seed_pairs), "examples": len(example_pairs), "varied": len(varied_pairs)}
    lines += [f"| {name} | {sizes[name]} | {overall[name]:.3f} |" for name in cols]
    lines += ["", "Per fold (overall F1, the fold's documents only):", "",
              "| fold | documents | role | overall F1 |", "|---|---|---|---|"]
    for fold in range(FOLDS):
        in_fold = [d for d in docs if d["fold"] == fold]
        role = "held-out" if fold in HELD_OUT_FOLDS else "development"
        lines.append(f"| {fold} | {len(in_fold)} | {role} | "
                     f"{score(scorer, [(d['gold'], d['pred']) for d in in_fold])[1]:.3f} |")
    lines += ["", *table({k: cols[k] for k in ("held-out", "development", "seeds", "examples", "varied")})]
    lines += ["", *must_show(cols, stress or {}, scorer)]
    if stress:
        lines += ["", "Development documents with their line breaks lost or their text damaged as web extraction "
                  "damages it (bench/webdamage.py; held-out documents are never transformed):", "",
                  "| development text | overall F1 | " + " | ".join(f"{f} F1" for f in STRESS_FIELDS) + " |",
                  "|---" * (len(STRESS_FIELDS) + 2) + "|"]
        for name, pairs in [("as written", dev)] + list(stress.items()):
            rows, total = score(scorer, pairs)
            lines.append(f"| {name} | {total:.3f} | " + " | ".join(
                f"{rows.get(f, (0, 0, 0))[2]:.2f}" for f in STRESS_FIELDS) + " |")
    return lines


#: the fields the stress table shows beside the overall F1
STRESS_FIELDS = ("organization", "body", "chair", "secretary", "date", "place", "attendees", "items", "decisions")


#: the header fields a user must be able to trust: a wrong value is worse than none (issue 10: precision >= 0.95)
MUST_SHOW = ("organization", "body", "chair", "secretary", "date")
MUST_PRECISION = 0.95


def must_show(cols: dict, stress: dict[str, list[tuple[dict, dict]]], scorer) -> list[str]:
    """Precision (and recall) of the must-show fields: held-out, development, and development with its line breaks lost."""
    sets = {"held-out": cols["held-out"], "development": cols["development"]}
    sets |= {f"development, {name}": score(scorer, pairs)[0] for name, pairs in stress.items()}
    lines = [f"Must-show fields, precision / recall (target: precision >= {MUST_PRECISION}; "
             "a value not >= the target is marked *):", "",
             "| field | " + " | ".join(sets) + " |", "|---" * (len(sets) + 1) + "|"]
    for f in MUST_SHOW:
        cells = []
        for rows in sets.values():
            p, r, _ = rows.get(f, (None, None, None))
            cells.append("—" if p is None else f"{p:.2f}{'' if p >= MUST_PRECISION else '*'} / {r:.2f}")
        lines.append(f"| {f} | " + " | ".join(cells) + " |")
    return lines


def stress_json(scorer, docs: list[dict], stress: dict[str, list[tuple[dict, dict]]]) -> dict:
    """Each document's fold, and under "stress" each damaged reading's overall F1 and per-field P / R / F1."""
    out: dict = {d["stem"]: {"fold": d["fold"], "held_out": d["held_out"]} for d in docs}
    out["stress"] = {}
    for name, pairs in stress.items():
        rows, total = score(scorer, pairs)
        out["stress"][name] = {"overall": round(total, 4),
                               "fields": {f: [round(x, 4) for x in prf] for f, prf in rows.items()}}
    return out


def write_results(lines: list[str], section: str = SECTION) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from results import write_section

    write_section(RESULTS, section, "\n".join(lines) + "\n")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="every mismatch of the development documents")
    ap.add_argument("--json", type=Path, help="write the scores here")
    ap.add_argument("--no-write", action="store_true", help="do not update bench/results.md")
    ap.add_argument("--development-only", action="store_true",
                    help="read only the development documents (while writing rules: no held-out figure; implies --no-write)")
    a = ap.parse_args(argv)
    a.no_write = a.no_write or a.development_only
    scorer = load_scorer()
    started = time.perf_counter()
    with contextlib.redirect_stderr(io.StringIO()):
        docs = devset(scorer, a.development_only)
        seed_pairs, example_pairs, varied_pairs = seeds(scorer), examples(scorer), varied(scorer)
        seconds = time.perf_counter() - started
        stress = {name: [(d["gold"], predict(SHARED / "devset" / f"{d['stem']}.txt", fn)) for d in docs
                         if not d["held_out"]] for name, fn in {**STRESS, **DAMAGE}.items()}
    lines = report(scorer, docs, seed_pairs, example_pairs, seconds, stress, varied_pairs)
    print("\n".join(lines))
    if a.verbose:
        for d in docs:
            if not d["held_out"]:
                print(f"\n{d['stem']} (fold {d['fold']}):")
                print("\n".join(mismatches(scorer, d["gold"], d["pred"])) or "  all fields match")
    if a.json:
        a.json.write_text(json.dumps(stress_json(scorer, docs, stress), indent=2))
    if not a.no_write:
        write_results(lines)


if __name__ == "__main__":
    main()
