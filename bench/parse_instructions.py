"""Parse cost counted in instructions: repeatable on a loaded machine, where CPU seconds swing +-15 %.

valgrind's callgrind counts the instructions a process executes, whatever else the machine is doing. This
script runs one child process under it that reads and repairs the first ``--warm + --docs`` of the 1,080
generated documents of ``bench/ingest.py`` (seed 1), parses ``--warm`` of them to warm the caches (regexes,
gazetteers), then parses ``--docs`` more; and a second child that does the same with ``--docs 0``. The
difference over ``--docs`` is the parse's instructions a document, start-up and warm-up excluded.

    python bench/parse_instructions.py                  # 100 documents (~3-4 min); prints M instructions a document
    python bench/parse_instructions.py --docs 200

Compare two checkouts with equal path lengths (a path is part of every traceback string and code object),
``PYTHONHASHSEED`` is fixed to 0 here for the same reason. Needs valgrind (Debian's package).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHILD = r"""
import sys
from pathlib import Path
from protokoll.parse import parse_text
from protokoll.read import read_document
from protokoll.repair import repair_text
folder = Path({folder!r})
paths = sorted(folder.glob("*.txt"))[: {warm} + {docs}]
texts = [(p.name, repair_text(read_document(p.read_bytes()).text)[0]) for p in paths]
for name, text in texts[: {warm}]:
    parse_text(text, source=name)
for name, text in texts[{warm}:]:
    parse_text(text, source=name)
"""

TOTAL = re.compile(r"^summary:\s+(\d+)", re.MULTILINE)


def instructions(folder: Path, warm: int, docs: int) -> int:
    """Instructions of one child process parsing ``docs`` documents after ``warm`` warm-up ones."""
    code = CHILD.format(folder=str(folder), warm=warm, docs=docs)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        env = dict(os.environ, PYTHONHASHSEED="0")
        subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-c", code],
            check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        match = TOTAL.search(out.read_text(errors="replace"))
        if not match:
            raise SystemExit(f"{out}: no 'summary:' line in callgrind's output")
        return int(match.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100, help="documents counted (default 100)")
    parser.add_argument("--warm", type=int, default=50, help="documents parsed first, not counted (default 50)")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind not found (Debian: apt-get install valgrind)")
    sys.path.insert(0, str(HERE))
    from ingest import write_documents  # bench/ingest.py: the generated corpus

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        write_documents(folder, args.warm + args.docs, seed=1)
        base = instructions(folder, args.warm, 0)
        full = instructions(folder, args.warm, args.docs)
    per = (full - base) / args.docs
    print(f"{per / 1e6:.3f} M instructions a document ({args.docs} documents after {args.warm} warm-up; "
          f"total {full:,}, without the counted parse {base:,})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
