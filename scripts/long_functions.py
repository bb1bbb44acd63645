"""Functions in src/protokoll longer than N lines (the architecture review's "Function sizes").

A function's length is its source lines from ``def`` (decorators excluded) to its last line,
docstring and comments included. Nested functions are counted on their own and within their parent.

    python scripts/long_functions.py            # every function over 40 lines, longest first
    python scripts/long_functions.py --over 60  # another threshold

``tests/test_function_sizes.py`` fails when a function longer than ``LIMIT`` appears that is not in
``LONGER`` below, or one listed there grows: a new long function is a decision somebody makes, not drift.
"""

from __future__ import annotations

import argparse
import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "protokoll"

#: No function in src/protokoll is longer, but for those in ``LONGER`` (h56: the parse stage's were split).
LIMIT = 40
#: The functions over ``LIMIT`` when it was set ("path name": lines), none allowed to grow. A migration is the
#: schema's history as written then, not edited after.
LONGER = {
    "protokoll/store/migrations/versions/0013_linked.py upgrade": 194,
}


def function_lengths(root: Path = SRC) -> list[tuple[int, str]]:
    """(lines, "path:line name") of every function and method under ``root``."""
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                where = f"{path.relative_to(root.parent)}:{node.lineno} {node.name}"
                found.append((lines, where))
    return sorted(found, key=lambda item: (-item[0], item[1]))


def too_long(lengths: list[tuple[int, str]], limit: int = LIMIT, longer: dict[str, int] = LONGER) -> list[str]:
    """The functions of ``lengths`` over ``limit`` lines that ``longer`` does not allow (or allows shorter)."""
    out = []
    for n, where in lengths:
        path_line, name = where.split(" ", 1)
        key = f"{path_line.rsplit(':', 1)[0]} {name}"
        if n > max(limit, longer.get(key, 0)):
            out.append(f"{where}: {n} lines (allowed {max(limit, longer.get(key, 0))})")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--over", type=int, default=40, help="list functions longer than this")
    args = parser.parse_args()
    lengths = function_lengths()
    over = [(n, where) for n, where in lengths if n > args.over]
    for n, where in over:
        print(f"{n:4d}  {where}")
    print(f"{len(over)} of {len(lengths)} functions over {args.over} lines")


if __name__ == "__main__":
    main()
