"""The shared results file: each benchmark owns one "## Title" section of bench/results.md."""

from __future__ import annotations

from pathlib import Path


def write_section(results: Path, section: str, text: str) -> None:
    """Replace (or append) the ``section`` heading's part of ``results`` with ``text``, keeping the others."""
    old = results.read_text(encoding="utf-8") if results.exists() else "# Benchmarks\n"
    lines = old.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.rstrip() == section), None)
    if start is None:
        new = old.rstrip("\n") + "\n\n" + text
    else:
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
        tail = "".join(lines[end:])
        new = "".join(lines[:start]) + text + ("\n" + tail if tail else "")
    results.parent.mkdir(parents=True, exist_ok=True)
    results.write_text(new, encoding="utf-8")
