"""bench/ingest.py --quick runs and writes its own section of the results file."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys

from conftest import ROOT

BENCH = ROOT / "bench" / "ingest.py"
OTHER = "## Search\n\nSomeone else's numbers.\n"


def run_quick(results) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(BENCH), "--quick", "--results", str(results)],
                          capture_output=True, text=True, timeout=120)


def test_quick_run_writes_the_ingest_section_and_keeps_the_others(tmp_path):
    results = tmp_path / "results.md"
    results.write_text(f"# Benchmarks\n\n## Ingest\n\nstale\n\n{OTHER}", encoding="utf-8")

    done = run_quick(results)
    assert done.returncode == 0, done.stderr

    text = results.read_text(encoding="utf-8")
    assert text.count("## Ingest") == 1 and "stale" not in text
    assert OTHER in text
    ingest = text.split("## Ingest", 1)[1].split("\n## ", 1)[0]
    assert "Python 3." in ingest and "CPUs" in ingest
    rate = re.search(r"\| Ingest \(read \+ repair \+ parse \+ store \+ link\), documents/s \| ([\d.]+) \|", ingest)
    assert rate and float(rate.group(1)) > 0
    assert re.search(r"\| Store outcome \| 40 inserted, 0 updated, 0 unchanged, 0 skipped, 0 failed \|", ingest)
    assert re.search(r"maxrss\), MB \| [\d.]+ \|", ingest)
    assert re.search(r"CPU of the writing process per document[^|]*\| [\d.]+ \|", ingest)
    assert re.search(r"tracemalloc peak[^|]*\| [\d.]+ \|", ingest)
    assert "PDF text pages/s" in ingest


def test_writing_again_replaces_only_its_section(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("bench_ingest", BENCH)
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, bench)  # dataclasses look their module up there
    spec.loader.exec_module(bench)
    results = tmp_path / "results.md"

    bench.write_section(results, "## Ingest\n\nfirst\n")
    results.write_text(results.read_text(encoding="utf-8") + "\n" + OTHER, encoding="utf-8")
    bench.write_section(results, "## Ingest\n\nsecond\n")
    bench.write_section(results, "## Ingest\n\nthird\n")

    assert results.read_text(encoding="utf-8") == f"# Benchmarks\n\n## Ingest\n\nthird\n\n{OTHER}"
