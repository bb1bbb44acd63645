"""Hostile-input benchmark: the hostile corpus and the fuzz set under a 3 GB address-space limit.

Every corpus entry (scripts/hostile_corpus.py, full size) is read, repaired, parsed and stored
in a fresh SQLite database by a child process of its own (forked from a parent that has loaded the
stages and dictionaries once) whose address space is limited with ``resource.setrlimit(RLIMIT_AS)``.
Per entry: peak RSS of the child (``wait4`` rusage; it includes the warmed-up parent's pages the
child uses), wall seconds of the entry, outcome. Then the fuzz set (scripts/fuzz_inputs.py, the seed
of tests/test_fuzz.py) in one limited child: inputs, exceptions, ms per input, slowest ms/kB.
Writes the section "## Hostile input" of bench/results.md.

    python bench/hostile.py                # full corpus + 3,000 fuzz inputs, write results.md
    python bench/hostile.py --scale 0.05 --fuzz 200 --no-write
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

LIMIT = 3 * 1024 ** 3  #: address space of each child, bytes
TIMEOUT = 300  #: seconds per child before it is killed
SECTION = "## Hostile input"
FUZZ_SEED = 20311204


# --- children --------------------------------------------------------------------------------

def _warm() -> int:
    """Import the stages and load the dictionaries; the child's peak RSS so far (kB)."""
    from protokoll import pipeline  # noqa: F401
    from protokoll.parse import parse_text
    from protokoll.repair import repair_text

    from protokoll.repair.diacritics import _fixer, _resolve
    from protokoll.repair.lexicon import default_lexicon

    parse_text(repair_text("Protokoll\nStyrelsen\n§ 1 Budget\nBeslut: Godkänd.\n")[0], "warm.txt")
    _resolve("godkanna", _fixer(default_lexicon()))  # loads the word lists OCR repair uses
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child_entry(path: Path, url: str) -> dict:
    """One file through load -> process -> store (fresh database): outcome and seconds."""
    from protokoll import pipeline
    from protokoll.store import save
    from protokoll.store.db import migrate, open_engine
    from sqlalchemy.orm import sessionmaker

    engine = open_engine(url)
    migrate(engine)
    sessions = sessionmaker(engine, expire_on_commit=False)
    base = _warm()
    start = time.perf_counter()
    try:
        data, sha = pipeline.load(path)
        incoming = pipeline.process(path, data, sha)
        with sessions() as session:
            status = save(session, incoming)
            session.commit()
        outcome = f"{status}: {len(incoming.record.items)} items"
    except pipeline.ProcessError as err:
        outcome = f"error: {err}"
    except MemoryError:
        outcome = "MemoryError"
    except Exception as err:  # noqa: BLE001 - reported, not hidden
        outcome = f"EXCEPTION {type(err).__name__}: {str(err)[:80]}"
    return {"outcome": outcome, "seconds": time.perf_counter() - start, "base_kb": base}


def child_fuzz(n: int) -> dict:
    """The fuzz set through repair + parse (as tests/test_fuzz.py): counts and timings."""
    import fuzz_inputs
    from protokoll.parse import parse_text
    from protokoll.repair import repair_text

    base = _warm()
    times, per_kb, exceptions, chars = [], [], [], 0
    start = time.perf_counter()
    for k, text in enumerate(fuzz_inputs.inputs(n, FUZZ_SEED)):
        t0 = time.perf_counter()
        try:
            repaired, _ = repair_text(text)
            record = parse_text(repaired, source="fuzz.txt")
            if record.date is None:
                record = parse_text(repaired, source="fuzz.txt", year_hint=2031)
            json.dumps(record.to_dict(), ensure_ascii=False)
        except Exception as err:  # noqa: BLE001
            exceptions.append(f"{k}: {type(err).__name__}")
        ms = (time.perf_counter() - t0) * 1000
        times.append(ms)
        chars += len(text)
        kb = len(text.encode()) / 1000
        if kb >= 1:
            per_kb.append((ms / kb, k, kb))
    per_kb.sort(reverse=True)
    return {"inputs": n, "chars": chars, "exceptions": exceptions, "seconds": time.perf_counter() - start,
            "p50_ms": statistics.median(times), "p99_ms": sorted(times)[int(len(times) * 0.99)],
            "max_ms": max(times), "slowest_per_kb": per_kb[:3],
            "median_per_kb": statistics.median(x for x, _k, _kb in per_kb), "base_kb": base}


# --- parent ----------------------------------------------------------------------------------

def run_child(fn, *args) -> tuple[dict, float, float]:
    """(``fn(*args)``'s answer or a failure, peak RSS in MB, wall seconds) in a forked child whose
    address space is limited; the parent is warmed up once, so children start at once."""
    read, write = os.pipe()
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read)
        code = 0
        try:
            resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))
            answer = json.dumps(fn(*args)).encode()
        except BaseException as err:  # noqa: BLE001 - reported by the parent
            answer, code = json.dumps({"outcome": f"CHILD FAILED {type(err).__name__}"}).encode(), 1
        with os.fdopen(write, "wb") as out:
            out.write(answer)
        os._exit(code)
    os.close(write)
    chunks: list[bytes] = []
    os.set_blocking(read, False)
    while True:
        try:
            while chunk := os.read(read, 1 << 16):
                chunks.append(chunk)
        except BlockingIOError:
            pass
        done, _status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        if time.perf_counter() - start > TIMEOUT:
            os.kill(pid, 9)
            _done, _status, usage = os.wait4(pid, 0)
            break
        time.sleep(0.01)
    try:
        while chunk := os.read(read, 1 << 16):
            chunks.append(chunk)
    except BlockingIOError:
        pass
    os.close(read)
    wall = time.perf_counter() - start
    text = b"".join(chunks).decode(errors="replace")
    if text.startswith("{"):
        answer = json.loads(text)
    else:
        answer = {"outcome": f"TIMEOUT after {TIMEOUT} s" if wall > TIMEOUT else "CHILD DIED"}
    return answer, usage.ru_maxrss / 1024, wall


def run(scale: float, fuzz: int) -> str:
    import hostile_corpus

    _warm()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        manifest = hostile_corpus.write(folder, scale)
        for k, (name, expect) in enumerate(manifest.items()):
            url = f"sqlite:///{tmp}/db{k}.sqlite"
            answer, rss, wall = run_child(child_entry, folder / name, url)
            size = (folder / name).stat().st_size
            rows.append((name, size, expect, answer, rss))
            print(f"{answer.get('seconds', wall):8.2f} s {rss:8.0f} MB  {name}: {answer['outcome']}", flush=True)
        fuzz_answer, fuzz_rss, _ = run_child(child_fuzz, fuzz)
    return _section(rows, fuzz_answer, fuzz_rss, scale)


def _ok(expect: str, outcome: str) -> str:
    kind = "error" if outcome.startswith("error") else "record" if outcome.startswith(("inserted", "updated")) \
        else "failure"
    return "yes" if kind != "failure" and expect in ("any", kind) else "**no**"


def _section(rows, fuzz: dict, fuzz_rss: float, scale: float) -> str:
    base = min((a.get("base_kb", 0) for _n, _s, _e, a, _r in rows if a.get("base_kb")), default=0) / 1024
    worst = max(rows, key=lambda r: r[4])
    slowest = max(rows, key=lambda r: r[3].get("seconds", TIMEOUT))
    bad = [r[0] for r in rows if _ok(r[2], r[3]["outcome"]) != "yes"]
    lines = [
        SECTION, "",
        f"`python bench/hostile.py` on {time.strftime('%Y-%m-%d')}: Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs (shared with other work; wall times vary by tens of percent). Each entry in a "
        f"child process limited to {LIMIT / 1024 ** 3:.0f} GB of address space (RLIMIT_AS), read -> repair -> "
        f"parse -> store into a fresh SQLite database; corpus scale {scale}. Peak RSS includes the warmed-up "
        f"child (imports and dictionaries, about {base:.0f} MB before the entry). Seconds: the entry only.", "",
        f"Summary: {len(rows)} entries, {len(rows) - len(bad)} ended as expected (a record, or an error with "
        f"its reason); {', '.join(bad) if bad else 'no exception, no MemoryError, no timeout'}. Largest peak RSS "
        f"{worst[4]:.0f} MB ({worst[0]}), slowest {slowest[3].get('seconds', TIMEOUT):.1f} s ({slowest[0]}).", "",
        "| Entry | Bytes | Expected | Outcome | As expected | Peak RSS, MB | Seconds |",
        "| --- | ---: | --- | --- | --- | ---: | ---: |",
    ]
    for name, size, expect, answer, rss in rows:
        outcome = answer["outcome"].replace("|", "/")
        outcome = outcome if len(outcome) <= 70 else outcome[:67] + "..."
        seconds = f"{answer['seconds']:.2f}" if "seconds" in answer else "-"
        lines.append(f"| `{name}` | {size:,} | {expect} | {outcome} | {_ok(expect, answer['outcome'])} "
                     f"| {rss:.0f} | {seconds} |")
    lines += ["", "Fuzz set (scripts/fuzz_inputs.py, seed of tests/test_fuzz.py), repair + parse + to_dict + JSON, "
              "one limited child:", "", "| Measure | Value |", "| --- | --- |"]
    if "inputs" in fuzz:
        slow = ", ".join(f"{x:.1f} (input {k}, {kb:.1f} kB)" for x, k, kb in fuzz["slowest_per_kb"])
        lines += [f"| Inputs | {fuzz['inputs']:,} ({fuzz['chars'] / 1e6:.1f} M chars) |",
                  f"| Exceptions | {len(fuzz['exceptions'])}{': ' + ', '.join(fuzz['exceptions'][:5]) if fuzz['exceptions'] else ''} |",
                  f"| Total seconds | {fuzz['seconds']:.1f} |",
                  f"| Per input p50 / p99 / max, ms | {fuzz['p50_ms']:.1f} / {fuzz['p99_ms']:.1f} / {fuzz['max_ms']:.0f} |",
                  f"| Median ms/kB (inputs >= 1 kB) | {fuzz['median_per_kb']:.1f} |",
                  f"| Slowest ms/kB | {slow} |",
                  f"| Peak RSS, MB | {fuzz_rss:.0f} |"]
    else:
        lines.append(f"| Outcome | {fuzz['outcome']} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--fuzz", type=int, default=3000)
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--results", type=Path, default=ROOT / "bench" / "results.md")
    args = ap.parse_args()
    text = run(args.scale, args.fuzz)
    print(text)
    if not args.no_write:
        from results import write_section

        write_section(args.results, SECTION, text)


if __name__ == "__main__":
    main()
