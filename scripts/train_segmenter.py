"""Train the learned item-heading segmenter (``make train``): src/protokoll/data/segmenter.crfsuite.

Training data, all read through read -> repair as the pipeline reads them:
- the development documents of ``../shared/devset`` (never the held-out ones: ``bench/extract.py``'s
  held-out folds are skipped before their records are opened),
- the seeds (``../shared/seeds`` with ``../shared/golden``) and the examples (``examples/``),
each in several layouts (as written, paragraphs joined, all on one line, item numbers stripped, OCR noise),
the layouts a web copy, a PDF text layer or a scan gives the same document. Token labels come from the
records: every occurrence of an item's title (its first word cased as in the record) is a heading, the
number just before it its number. Fixed seeds: the same data gives the same model.

    python scripts/train_segmenter.py [--out PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "bench"))

from protokoll.parse.items import find_items  # noqa: E402
from protokoll.parse.lines import split_lines  # noqa: E402
from protokoll.parse.segfeatures import features, tokens, word  # noqa: E402
from protokoll.read import read_document  # noqa: E402
from protokoll.repair import repair_text  # noqa: E402

OUT = ROOT / "src" / "protokoll" / "data" / "segmenter.crfsuite"
#: bench/extract.py's held-out documents: never opened here (neither text nor record)
HELD_OUT = {f"dev{n}" for n in "17 18 21 22 23 24 25 26 29 30 35 36 39 42 43 44 45 56 57".split()}
OCR_SWAPS = {"å": "a", "ä": "a", "ö": "o", "l": "1", "i": "l", "e": "c", "m": "rn", "O": "0", "S": "5"}


def text_of(path: Path) -> str:
    """The repaired text the parser reads for ``path``."""
    return repair_text(read_document(path.read_bytes()).text)[0]


def development(stems: set[str] | None = None) -> list[dict]:
    """The devset's development documents (``stems``: only these) with their record, group and fold."""
    import extract

    docs = []
    for gpath in sorted((SHARED / "devset").glob("dev*.json")):
        if gpath.stem in HELD_OUT or (stems is not None and gpath.stem not in stems):
            continue
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        fold = extract.fold_of(extract.group_of(gold))
        if fold in extract.HELD_OUT_FOLDS and gpath.stem not in extract.SEEN_BEFORE:
            continue
        docs.append({"name": gpath.stem, "text": text_of(gpath.with_suffix(".txt")), "gold": gold, "fold": fold})
    return docs


def seeds_and_examples() -> list[dict]:
    docs = []
    for gpath in sorted((SHARED / "golden").glob("*.json")):
        stem = gpath.name.split(".")[0]
        src = sorted(p for p in (SHARED / "seeds").glob(f"{stem}*") if p.suffix in {".txt", ".docx", ".pdf"})
        if src:
            docs.append({"name": stem, "text": text_of(src[0]), "gold": json.loads(gpath.read_text("utf-8"))})
    for epath in sorted((ROOT / "examples" / "expected").glob("*.json")):
        src = sorted(p for p in (ROOT / "examples").glob(f"{epath.stem}.*") if p.is_file())
        if src:
            docs.append({"name": epath.stem, "text": text_of(src[0]), "gold": json.loads(epath.read_text("utf-8"))})
    return docs


def _ocr_noise(text: str, seed: str) -> str:
    rng = random.Random(int(hashlib.sha256(seed.encode()).hexdigest()[:8], 16))
    return "".join(OCR_SWAPS[c] if c in OCR_SWAPS and rng.random() < 0.04 else c for c in text)


LAYOUTS = {
    "as written": lambda t, s: t,
    "paragraphs joined": lambda t, s: re.sub(r"(?<!\n)\n(?!\n)", " ", t),
    "one line": lambda t, s: re.sub(r"\s*\n\s*", " ", t),
    "numbers stripped": lambda t, s: re.sub(r"(?m)^[ \t]*(?:§\s*\d{1,4}|\d{1,3}[.)]?)[ \t]+(?=\S)", "", t),
    "ocr noise": _ocr_noise,
}


def labels(toks, gold: dict) -> list[str]:
    """``N``/``B``/``I``/``O`` for each token: every occurrence of an item title, cased as recorded."""
    words = [word(t.text) for t in toks]
    out = ["O"] * len(toks)
    for item in gold.get("items") or []:
        title = [word(w) for w in (item.get("title") or "").split()]
        if not title or not any(title):
            continue
        cap = (item.get("title") or " ")[0].isupper()
        for k in range(len(toks) - len(title) + 1):
            if words[k:k + len(title)] != title or toks[k].text[:1].isupper() != cap:
                continue
            if any(x != "O" for x in out[k:k + len(title)]):
                continue
            out[k] = "B"
            out[k + 1:k + len(title)] = ["I"] * (len(title) - 1)
            _number_before(toks, out, k, str(item.get("number") or ""))
    return out


def _number_before(toks, out: list[str], k: int, number: str) -> None:
    digits = re.sub(r"\D", "", number)
    if not digits or not k:
        return
    prev = toks[k - 1]
    if re.sub(r"\D", "", prev.text).lstrip("0") == digits.lstrip("0") and re.fullmatch(r"§?\d{1,4}[.):§]?", prev.text):
        out[k - 1] = "N"
        if k >= 2 and re.fullmatch(r"§|punkt|ärende|pkt\.?", toks[k - 2].text, re.I):
            out[k - 2] = "N"


def sequences(docs: list[dict]):
    """(features, labels) of every document in every layout."""
    for doc in docs:
        for name, fn in LAYOUTS.items():
            lines = find_items(split_lines(fn(doc["text"], doc["name"] + name)))[0]
            toks = tokens(lines)
            if toks:
                yield features(lines, toks), labels(toks, doc["gold"])


PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True}


def train(docs: list[dict], out: Path) -> Path:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in sequences(docs):
        trainer.append(xseq, yseq)
    trainer.set_params(PARAMS)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args(argv)
    docs = development() + seeds_and_examples()
    train(docs, a.out)
    print(f"{a.out}: {a.out.stat().st_size / 1e6:.2f} MB from {len(docs)} documents x {len(LAYOUTS)} layouts")


if __name__ == "__main__":
    main()
