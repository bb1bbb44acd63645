"""Parse alone: documents per CPU-second over the 1,080 generated documents, and where the time goes.

Reading and repairing are done before the clock (they are timed separately); the clock covers
``parse_text`` of each repaired text. ``--profile`` adds a cProfile run whose time is grouped by
module: own time (tottime) per module of ``src/protokoll/parse/`` (the rest as "re", "other").

    nice -n 10 python bench/parse_speed.py --runs 3          # median and best of 3 passes
    nice -n 10 python bench/parse_speed.py --profile         # per-module own time
    nice -n 10 python bench/parse_speed.py --real --runs 5   # real documents instead (see below)

``--real``: the development documents of ``../shared`` (the seeds and the devset's development documents; the
held-out ones are not read, as ``extract.py`` tells them apart) and every ``*.txt`` of each ``--folder`` (a judge
set's docs/, a wild set), each parsed as a pass: real pages are longer, with other hot spots (issue 12).

Issue 12's target: >= 1,000 documents per CPU-second.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest import write_documents  # noqa: E402  (bench/ingest.py: the generated corpus)

from protokoll.parse import parse_text  # noqa: E402
from protokoll.read import read_document  # noqa: E402
from protokoll.repair import repair_text  # noqa: E402


def texts(count: int, seed: int) -> tuple[list[tuple[str, str]], float]:
    """The repaired text of each generated document, and the CPU seconds reading + repairing took."""
    with tempfile.TemporaryDirectory(prefix="protokoll-parse-speed-") as tmp:
        folder = Path(tmp)
        write_documents(folder, count, seed)
        blobs = [(p.name, p.read_bytes()) for p in sorted(folder.glob("*.txt"))]
    started = time.process_time()
    out = [(name, repair_text(read_document(data).text)[0]) for name, data in blobs]
    return out, time.process_time() - started


def real_texts(folders: list[str]) -> tuple[list[tuple[str, str]], float]:
    """The repaired text of each real development document (and of each ``folders``' ``*.txt``), and the CPU
    seconds reading + repairing took. The held-out devset documents are not opened."""
    import extract  # bench/extract.py: which devset documents are held-out (their gold records alone are read)

    groups = extract.devset_groups(extract.load_scorer())
    paths = sorted((extract.SHARED / "seeds").glob("*.txt"))
    paths += [extract.SHARED / "devset" / f"{name}.txt" for name, held in sorted(groups.items()) if not held]
    paths += [p for folder in folders for p in sorted(Path(folder).glob("*.txt"))]
    blobs = [(p.name, p.read_bytes()) for p in paths]
    started = time.process_time()
    out = [(name, repair_text(read_document(data).text)[0]) for name, data in blobs]
    return out, time.process_time() - started


def one_pass(docs: list[tuple[str, str]]) -> float:
    started = time.process_time()
    for name, text in docs:
        parse_text(text, source=name)
    return time.process_time() - started


def _module(filename: str, func: str) -> str | None:
    """The parse/swedish module a profile entry belongs to (None for builtins and the library)."""
    if "protokoll" in filename:
        return filename.split("src/protokoll/")[-1]
    return None


def by_module(docs: list[tuple[str, str]]) -> list[tuple[str, float, float]]:
    """Per module of protokoll: own time, and own time plus the regex/builtin calls it makes
    directly (the time of a call outside protokoll is charged to its protokoll caller), largest first."""
    profile = cProfile.Profile()
    profile.enable()
    one_pass(docs)
    profile.disable()
    stats = pstats.Stats(profile)
    own: dict[str, float] = defaultdict(float)
    charged: dict[str, float] = defaultdict(float)
    for (filename, _line, func), (_cc, _nc, tottime, _ct, callers) in stats.stats.items():
        mod = _module(filename, func)
        if mod:
            own[mod] += tottime
            charged[mod] += tottime
            continue
        for (cfile, _cl, cfunc), entry in callers.items():
            charged[_module(cfile, cfunc) or "(library, called from the library)"] += entry[2]
    keys = sorted(charged, key=lambda k: -charged[k])
    return [(k, own.get(k, 0.0), charged[k]) for k in keys]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1080)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3, help="timed passes (median and best reported)")
    parser.add_argument("--profile", action="store_true", help="also print own time per module")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--real", action="store_true", help="real development documents, not the generated ones")
    parser.add_argument("--folder", action="append", default=[], help="with --real: a folder of more *.txt")
    args = parser.parse_args(argv)
    docs, prep = real_texts(args.folder) if args.real else texts(args.docs, args.seed)
    one_pass(docs[:50])  # warm the pattern caches
    load = os.getloadavg()[0]
    runs = [one_pass(docs) for _ in range(args.runs)]
    n = len(docs)
    print(f"{n} documents; read + repair {1000 * prep / n:.2f} ms per document")
    print(f"parse CPU s per pass: {', '.join(f'{r:.2f}' for r in runs)}; load average {load:.1f} -> "
          f"{os.getloadavg()[0]:.1f}")
    print(f"parse: median {n / statistics.median(runs):.0f}, best {n / min(runs):.0f} documents per CPU-second "
          f"({1000 * statistics.median(runs) / n:.2f} ms per document)")
    if args.profile:
        rows = by_module(docs)
        total = sum(c for _, _, c in rows)
        print("  own s | with its regex/builtin calls")
        for key, t, c in rows[:args.top]:
            print(f"{t:7.2f} | {c:6.2f} s {100 * c / total:5.1f} %  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
