"""Is a page we collected one of the held-out documents? Names only, never their text.

Pages found with the search tool ("wild pages") are read while rules are written. The held-out devset
documents came from the same public web, so such a page may be a held-out document under another
address or cut differently; a rule written from it makes the held-out figure a development one
(session 18 found four pages so, one of them the source of a rule). This compares each file given with
each held-out document by their shared 6-word shingles and prints the file's name, the held-out
document's name and the share of the held-out document's shingles the file holds, for every pair over
the threshold. Run it on a wild set before writing rules from it; drop every page it names.

    python bench/heldout_overlap.py /work/wild-h140/*.txt          # exit 1 when any page is held-out
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract import SHARED, devset_groups, load_scorer  # noqa: E402

WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 6) -> set[str]:
    """The text's runs of ``n`` words, lower-cased (punctuation, spacing and line breaks do not count)."""
    words = WORD.findall(text.lower())
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def share(page: set[str], document: set[str]) -> float:
    """The part of ``document``'s shingles that ``page`` holds (0 for an empty document)."""
    return len(page & document) / len(document) if document else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--threshold", type=float, default=0.1, help="share of shingles that counts (0.1)")
    args = parser.parse_args(argv)
    held = {stem: shingles((SHARED / "devset" / f"{stem}.txt").read_text(encoding="utf-8", errors="replace"))
            for stem, is_held in devset_groups(load_scorer()).items() if is_held}
    found = 0
    for path in args.files:
        page = shingles(path.read_text(encoding="utf-8", errors="replace"))
        for stem, document in sorted(held.items()):
            if (s := share(page, document)) >= args.threshold:
                print(f"{path}: held-out {stem} ({s:.0%} of its shingles)")
                found += 1
    print(f"{len(args.files)} files, {len(held)} held-out documents: {found} overlaps")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
