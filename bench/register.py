"""Assignment register benchmark: the register (deadlines, statuses, report inference) over the example
archive copied into N organisations of their own (each copy links within itself).

    python bench/register.py             # 100 and 400 copies (1,200 and 4,800 documents)
    python bench/register.py 1000        # one size

Prints one Markdown row per size; the figures are copied to bench/results.md by hand.
"""

from __future__ import annotations

import copy
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from protokoll.ingest import ingest_paths
from protokoll.store.db import open_sessions
from protokoll.link.assignments import register
from protokoll.link.cases import build_cases, collect_items
from protokoll.link.chain import Source, build_chain
from protokoll.linking import sources
from protokoll.read import DEFAULT_MAX_BYTES

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def example_sources() -> list[Source]:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/examples.sqlite"
        ingest_paths(open_sessions(url), [EXAMPLES], DEFAULT_MAX_BYTES)
        with open_sessions(url)() as session:
            return sources(session)


def copies(base: list[Source], n: int) -> list[Source]:
    out = []
    for k in range(n):
        for src in base:
            rec = copy.deepcopy(src.record)
            rec["organization"], rec["source"] = f"Region {k}", f"r{k}-{src.document_name}"
            out.append(Source(len(out) + 1, rec["source"], rec))
    return out


def measure(base: list[Source], n: int) -> str:
    srcs = copies(base, n)
    chain = build_chain(srcs)
    items = collect_items(chain)
    cases = build_cases(chain, (), items)
    start = time.perf_counter()
    entries = register(chain, items, cases, date(2026, 12, 4))
    took = time.perf_counter() - start
    reported = sum(e.status == "reported" for e in entries)
    return f"| {len(srcs):,} | {len(entries):,} | {took:.2f} | {reported:,} |"


def main() -> None:
    base = example_sources()
    print("| documents | assignments | register, s | reported |\n|---|---|---|---|")
    for n in [int(a) for a in sys.argv[1:]] or [100, 400]:
        print(measure(base, n))


if __name__ == "__main__":
    main()
