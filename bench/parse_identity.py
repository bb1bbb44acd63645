"""Parse output unchanged? Every record (with its evidence) of a fixed set of documents, dumped and compared.

A speed change to ``parse`` must not change what it reads. This script reads, repairs and parses
the 1,080 generated documents of ``bench/ingest.py`` (seed 1), the seeds, the examples and the
devset (each also with its layout damaged as ``bench/extract.py`` damages it, and parsed once more
with a year hint, the path ``pipeline.complete`` takes), and writes each full record -- every field,
the evidence included -- as one JSON line per document.

    python bench/parse_identity.py --write /tmp/parse-before.jsonl    # with the code before a change
    python bench/parse_identity.py --check /tmp/parse-before.jsonl    # after it: exit 1 on any difference

Only the names of differing documents and the paths of the differing fields are printed, never
their text (the devset's documents are not to be copied anywhere).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest import write_documents  # noqa: E402  (bench/ingest.py: the generated corpus)

from protokoll.parse import parse_text  # noqa: E402
from protokoll.pipeline import ProcessError, load, process  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
STRESS = {
    "joined": lambda t: re.sub(r"(?<!\n)\n(?!\n)", " ", t),
    "oneline": lambda t: re.sub(r"\s*\n\s*", " ", t),
}


def sources(corpus: Path) -> list[Path]:
    """The documents compared: the generated corpus, seeds, examples and devset."""
    found = sorted(corpus.glob("*.txt"))
    found += sorted(p for p in (SHARED / "seeds").iterdir() if p.suffix in {".txt", ".docx", ".pdf"})
    found += sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in {".txt", ".docx", ".pdf"})
    found += sorted((SHARED / "devset").glob("dev*.txt"))
    return found


def full(record) -> dict:
    return dataclasses.asdict(record)


def records(path: Path, generated: bool) -> dict[str, object]:
    """Every record this script makes of one document, by variant name."""
    out: dict[str, object] = {}
    try:
        data, sha = load(path)
        incoming = process(path, data, sha)
    except ProcessError as err:
        return {"plain": f"error: {err}"}
    out["plain"] = full(incoming.record)
    if generated or path.suffix != ".txt":
        return out
    out["year_hint"] = full(parse_text(incoming.parsed_text, source=path.name, year_hint=2019))
    text = data.decode("utf-8", errors="replace")
    for name, damage in STRESS.items():
        damaged = damage(text).encode("utf-8")
        try:
            out[name] = full(process(path, damaged, hashlib.sha256(damaged).hexdigest()).record)
        except ProcessError as err:
            out[name] = f"error: {err}"
    return out


def dump(corpus: Path) -> tuple[dict[str, dict], float]:
    result: dict[str, dict] = {}
    started = time.process_time()
    for path in sources(corpus):
        key = path.name if path.parent == corpus else f"{path.parent.name}/{path.name}"
        result[key] = records(path, path.parent == corpus)
    return result, time.process_time() - started


def differences(a, b, where: str = "") -> list[str]:
    """Paths where two JSON values differ (never the values themselves)."""
    if type(a) is not type(b):
        return [where or "."]
    if isinstance(a, dict):
        keys = list(dict.fromkeys([*a, *b]))
        return [d for k in keys for d in differences(a.get(k), b.get(k), f"{where}.{k}")]
    if isinstance(a, list):
        if len(a) != len(b):
            return [f"{where} (length {len(a)} != {len(b)})"]
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in differences(x, y, f"{where}[{i}]")]
    return [] if a == b else [where or "."]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, help="write the dump here")
    mode.add_argument("--check", type=Path, help="compare with this dump")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="protokoll-identity-") as tmp:
        corpus = Path(tmp)
        write_documents(corpus, 1080, 1)
        now, seconds = dump(corpus)
    print(f"{len(now)} documents, {sum(len(v) for v in now.values())} records, {seconds:.1f} CPU s")
    if args.write:
        with args.write.open("w", encoding="utf-8") as out:
            for key, value in now.items():
                out.write(json.dumps({"doc": key, "records": value}, ensure_ascii=False) + "\n")
        print(f"written to {args.write}")
        return 0
    before = {}
    with args.check.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            before[row["doc"]] = row["records"]
    bad = 0
    for key in dict.fromkeys([*before, *now]):
        diff = differences(before.get(key), now.get(key))
        if diff:
            bad += 1
            print(f"DIFFERS {key}: {', '.join(diff[:6])}{' ...' if len(diff) > 6 else ''}")
    print("identical" if not bad else f"{bad} documents differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
