"""Extraction on ``bench/varied``: the documents written for a second, independent measure of generality.

None of the people writing parse rules reads these documents (bench/varied/README.md says what each one
varies), so a rule judged on the devset's development folds can be checked here without having been fitted
to them. Each document is read alone, as ``bench/extract.py`` reads the examples, and scored with
``../shared/bench/score.py``'s own functions; the section it writes to bench/results.md gives the overall,
the per-field P / R / F1 and each document's overall, checks that every hand-made record scores 1.0
against itself, and reads the .txt documents again with their line breaks lost (as bench/extract.py does
with the development documents). ``bench/extract.py`` shows the same set as its "varied" column.

    python bench/extract_varied.py             # print the section and write it to bench/results.md
    python bench/extract_varied.py --no-write  # print it only
"""

from __future__ import annotations

import argparse
import contextlib
import io
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract import ROOT, STRESS, VARIED, load_scorer, predict, score, table, varied, write_results  # noqa: E402

SECTION = "## Extraction on the authored varied set (issue 10, h8)"


def code_version() -> str:
    """The last commit that changed src/ (with "+changes" when the work tree's src/ differs), or "unknown"."""
    try:
        head = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h", "--", "src"],
                              capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "src"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+changes" if dirty else "")


def section(scorer, pairs: list[tuple[dict, dict]]) -> list[str]:
    """The overall, the per-field table, each document's overall, and the self-score check of the records."""
    rows, overall = score(scorer, pairs)
    selves = [score(scorer, [(gold, gold)])[1] for gold, _ in pairs]
    lines = [SECTION, "",
             f"{len(pairs)} documents written for this measure (bench/varied/README.md), each read alone, by the "
             f"code of commit {code_version()}; overall F1 **{overall:.3f}** (macro over the fields, as score.py). "
             f"Each hand-made record scored against itself: {sum(s == 1.0 for s in selves)} of {len(selves)} "
             "give 1.0.", "", *table({"varied": rows}), "",
             "Per document (overall F1 of the document alone; these documents may be read, they are no "
             "held-out fold):", "", "| document | kind | overall F1 |", "|---|---|---|"]
    lines += [f"| {gold['source']} | {gold['kind']} | {score(scorer, [(gold, pred)])[1]:.3f} |"
              for gold, pred in pairs]
    return lines


def stressed(scorer, pairs: list[tuple[dict, dict]]) -> list[str]:
    """The .txt documents read again with their line breaks lost, as bench/extract.py damages the development
    documents: how much the reader leans on line breaks on documents it was not written for."""
    plain = [(gold, pred) for gold, pred in pairs if gold["source"].endswith(".txt")]
    lines = [f"The {len(plain)} .txt documents with their line breaks lost:", "",
             "| text | overall F1 | attendees F1 | items F1 | chair F1 | decisions F1 |", "|---|---|---|---|---|---|"]
    variants = [("as written", plain)] + [(name, [(gold, predict(VARIED / gold["source"], fn)) for gold, _ in plain])
                                          for name, fn in STRESS.items()]
    for name, got in variants:
        rows, total = score(scorer, got)
        lines.append(f"| {name} | {total:.3f} | " + " | ".join(
            f"{rows.get(f, (0, 0, 0))[2]:.2f}" for f in ("attendees", "items", "chair", "decisions")) + " |")
    return lines


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-write", action="store_true", help="do not update bench/results.md")
    a = ap.parse_args(argv)
    scorer = load_scorer()
    with contextlib.redirect_stderr(io.StringIO()):
        pairs = varied(scorer)
        lines = section(scorer, pairs) + [""] + stressed(scorer, pairs)
    print("\n".join(lines))
    if not a.no_write:
        write_results(lines, SECTION)


if __name__ == "__main__":
    main()
