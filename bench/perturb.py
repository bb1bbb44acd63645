"""Extraction under layout damage: the development documents, seeds and examples read again with their text
perturbed by general rules, the way copies on the web, merged PDF columns and other writers' habits change it.

Each perturbation is a rule about layout, never about one document: it knows label words and item-heading
shapes that Swedish minutes use in general, nothing of any document's names or numbers. The held-out
devset documents are never read (``bench/extract.py --development-only``'s set).

    python bench/perturb.py                      # table: per perturbation, overall/items/decisions F1 and
                                                 # P / R of the must-show fields, development and seeds+examples
    python bench/perturb.py --only one-line      # some perturbations only (comma-separated)
    python bench/perturb.py --wrong              # every wrong non-null must-show value (development/seeds/examples)

The number that matters most is ``wrong``: must-show values output that are not the gold value (a wrong
value is worse than none).
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import hashlib
import io
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract  # noqa: E402
import perturb_web  # noqa: E402
from extract import MUST_SHOW, ROOT, SHARED, load_scorer, score  # noqa: E402

from protokoll.pipeline import ProcessError, load, process  # noqa: E402
from protokoll.read import read_document  # noqa: E402

#: item-heading prefixes as written at a line start: "§ 12", "12.", "12)", "Punkt 12", "Ärende 12"
HEADING = re.compile(r"^(?P<indent>[ \t]*)(?:§\s*(?P<a>\d{1,3})|(?P<b>\d{1,2})[.)]|(?:Punkt|Ärende|Pkt)\s+(?P<c>\d{1,3})[.:]?)"
                     r"(?P<gap>[ \t]+)(?=\S)", re.M)
#: header label words Swedish minutes print before a value (general vocabulary, not any document's)
LABELS = ("Plats och tid", "Tid och plats", "Sammanträdesdatum", "Datum", "Tid", "Plats", "Lokal",
          "Beslutande", "Närvarande", "Ledamöter", "Ersättare", "Tjänstgörande ersättare", "Övriga deltagare",
          "Övriga närvarande", "Övriga", "Tjänstemän", "Tjänstepersoner", "Frånvarande", "Ordförande",
          "Sekreterare", "Justerare", "Justering", "Utses att justera", "Justeringens plats och tid", "Paragrafer",
          "Mötesdatum", "Mötestid", "Deltagare", "Närvarande ledamöter", "Vid protokollet")
LABEL_LINE = re.compile(r"^[ \t]*(?P<label>" + "|".join(sorted(map(re.escape, LABELS), key=len, reverse=True))
                        + r")(?:[ \t]*:[ \t]*|\t+[ \t]*|[ \t]{2,}|[ \t]*$)(?P<value>.*)$")


def one_line(t: str) -> str:
    return re.sub(r"\s*\n\s*", " ", t)


def paragraphs_joined(t: str) -> str:
    return re.sub(r"(?<!\n)\n(?!\n)", " ", t)


def columns_merged(t: str) -> str:
    """Two columns read row-wise: each pair of consecutive non-blank lines becomes one line."""
    out, pending = [], None
    for line in t.split("\n"):
        if not line.strip():
            if pending is not None:
                out.append(pending)
                pending = None
            out.append(line)
        elif pending is None:
            pending = line.rstrip()
        else:
            out.append(pending + "  " + line.strip())
            pending = None
    if pending is not None:
        out.append(pending)
    return "\n".join(out)


def labels_glued(t: str) -> str:
    """"Sekreterare: Anna Berg" -> "Sekreterare:Anna Berg"."""
    return re.sub(r"(?<=\w):[ \t]+(?=\S)", ":", t)


def colons_lost(t: str) -> str:
    """Labels without their colons, as markup-less copies write them: "Beslut: X" -> "Beslut X"."""
    return re.sub(r"(?<=[A-Za-zÅÄÖåäö]):(?=[ \t])", "", t)


def numbers_stripped(t: str) -> str:
    """Item numbers lost (as web extraction of numbered lists loses them): "§ 12 Title" -> "§ Title"."""
    t = re.sub(r"§[ \t]*\d{1,3}", "§", t)
    return re.sub(r"(?m)^([ \t]*)\d{1,2}[.)][ \t]+(?=\S)", r"\1", t)


def headings_capitals(t: str) -> str:
    """Item headings in capitals: the rest of a line that starts with an item number is upper-cased."""
    out = []
    for line in t.split("\n"):
        m = HEADING.match(line)
        out.append(line[:m.end()] + line[m.end():].upper() if m else line)
    return "\n".join(out)


def numbering(style: str):
    """Every item heading's prefix rewritten in one style ("§ N", "N.", "Punkt N", "Ärende N")."""
    def rewrite(t: str) -> str:
        def one(m: re.Match) -> str:
            n = m.group("a") or m.group("b") or m.group("c")
            return m.group("indent") + style.replace("N", n) + " "
        return HEADING.sub(one, t)
    return rewrite


def header_flattened(t: str) -> str:
    """A header table flattened: runs of "Label: value" blocks before the first item become
    "Label1 Label2 ... value1 value2 ..." on one line (a two-column table read column by column)."""
    lines = t.split("\n")
    first_item = next((i for i, line in enumerate(lines) if HEADING.match(line)), len(lines))
    out, i = [], 0
    while i < first_item:
        blocks, j = [], i
        while j < first_item and (m := LABEL_LINE.match(lines[j])):
            value, j = [m.group("value").strip()], j + 1
            while j < first_item and lines[j].strip() and not LABEL_LINE.match(lines[j]) and not HEADING.match(lines[j]):
                value.append(lines[j].strip())
                j += 1
            blocks.append((m.group("label"), " ".join(v for v in value if v)))
            while j < first_item and not lines[j].strip() and j + 1 < first_item and LABEL_LINE.match(lines[j + 1]):
                j += 1
        if len(blocks) >= 2:
            out.append(" ".join(b[0] for b in blocks) + " " + " ".join(b[1] for b in blocks if b[1]))
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out + lines[first_item:])


SECTION = "## Extraction under layout perturbations"
PERTURBATIONS = {
    "one-line": one_line,
    "paragraphs-joined": paragraphs_joined,
    "columns-merged": columns_merged,
    "labels-glued": labels_glued,
    "colons-lost": colons_lost,
    "numbers-stripped": numbers_stripped,
    "headings-capitals": headings_capitals,
    "as-§": numbering("§ N"),
    "as-N.": numbering("N."),
    "as-Punkt": numbering("Punkt N"),
    "as-Ärende": numbering("Ärende N"),
    "header-flattened": header_flattened,
    # two damages at once, as a docplayer page does: numbers stripped and the lines joined
    "stripped+one-line": lambda t: one_line(numbers_stripped(t)),
    "stripped+joined": lambda t: paragraphs_joined(numbers_stripped(t)),
    "glued+header-flattened": lambda t: labels_glued(header_flattened(t)),
    "capitals+columns": lambda t: columns_merged(headings_capitals(t)),
    "colons-lost+one-line": lambda t: one_line(colons_lost(t)),
    **perturb_web.PERTURBATIONS,  # web pages, page furniture, tables read as runs (issue 10)
}


def gold_for(name: str, gold: dict) -> dict:
    """The gold record as the perturbed text still supports it: stripped numbers are null."""
    if not name.startswith(("numbers-stripped", "stripped+")):
        return gold
    gold = copy.deepcopy(gold)
    for item in gold.get("items") or []:
        item["number"] = None
    return gold


def text_of(path: Path) -> str:
    data, _ = load(path)
    return read_document(data).text


def predict_text(path: Path, text: str) -> dict:
    data = text.encode("utf-8")
    try:
        return process(path.with_suffix(".txt"), data, hashlib.sha256(data).hexdigest()).record.to_dict()
    except ProcessError:
        return {}


def corpus(scorer) -> dict[str, list[tuple[str, Path, str, dict]]]:
    """(name, path, text, gold) of the development documents and of the seeds and examples."""
    dev = [(d["stem"], SHARED / "devset" / f"{d['stem']}.txt", d["gold"]) for d in devset_golds(scorer)]
    others = []
    for gpath in sorted((SHARED / "golden").glob("*.json")):
        stem = gpath.name.split(".")[0]
        src = sorted(p for p in (SHARED / "seeds").glob(f"{stem}*") if p.suffix in {".txt", ".docx", ".pdf"})
        if src:
            others.append((stem, src[0], scorer.load_record(gpath)))
    for epath in sorted((ROOT / "examples" / "expected").glob("*.json")):
        src = sorted(p for p in (ROOT / "examples").glob(f"{epath.stem}.*") if p.is_file())
        if src:
            others.append((epath.stem, src[0], scorer.load_record(epath)))
    return {"development": [(n, p, text_of(p), g) for n, p, g in dev],
            "seeds+examples": [(n, p, text_of(p), g) for n, p, g in others]}


def devset_golds(scorer) -> list[dict]:
    """The development documents' gold records (held-out ones are neither read nor parsed)."""
    out = []
    for gpath in sorted((SHARED / "devset").glob("dev*.json")):
        gold = scorer.load_record(gpath)
        if extract.fold_of(extract.group_of(gold)) in extract.HELD_OUT_FOLDS and gpath.stem not in extract.SEEN_BEFORE:
            continue
        out.append({"stem": gpath.stem, "gold": gold})
    return out


def wrong_values(scorer, gold: dict, pred: dict) -> list[tuple[str, str, str]]:
    """Must-show fields whose predicted value is not null and does not match the gold one."""
    out = []
    for f in MUST_SHOW:
        tally: dict = {}
        scorer.score_pair({f: gold.get(f)}, {f: pred.get(f)}, tally, [])
        t = tally.get(f)
        if pred.get(f) and t is not None and t.fp:
            out.append((f, str(gold.get(f)), str(pred.get(f))))
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="comma-separated perturbation names (default: all, and the text as written)")
    ap.add_argument("--wrong", action="store_true", help="print every wrong non-null must-show value")
    ap.add_argument("--write", action="store_true", help="also write the table to bench/results.md")
    a = ap.parse_args(argv)
    scorer = load_scorer()
    names = a.only.split(",") if a.only else ["as-written", *PERTURBATIONS, *perturb_web.FROM_RECORD]
    with contextlib.redirect_stderr(io.StringIO()):
        sets = corpus(scorer)
    head = ["perturbation", "set", "overall", "items F1", "decisions F1",
            *[f"{f} P/R" for f in MUST_SHOW], "wrong"]
    table = ["| " + " | ".join(head) + " |", "|---" * len(head) + "|"]
    print("\n".join(table))
    wrong_log = []
    for name in names:
        fn = PERTURBATIONS.get(name, lambda t: t)
        for set_name, docs in sets.items():
            pairs, wrong = [], 0
            with contextlib.redirect_stderr(io.StringIO()):
                for stem, path, text, gold in docs:
                    change = perturb_web.FROM_RECORD[name](gold) if name in perturb_web.FROM_RECORD else fn
                    g, p = gold_for(name, gold), predict_text(path, change(text))
                    pairs.append((g, p))
                    w = wrong_values(scorer, g, p)
                    wrong += len(w)
                    wrong_log += [(name, stem, *x) for x in w]
            rows, overall = score(scorer, pairs)
            cells = [name, set_name, f"{overall:.3f}",
                     *(f"{rows.get(f, (0, 0, 0))[2]:.2f}" for f in ("items", "decisions")),
                     *("—" if f not in rows else f"{rows[f][0]:.2f} / {rows[f][1]:.2f}" for f in MUST_SHOW),
                     str(wrong)]
            table.append("| " + " | ".join(cells) + " |")
            print(table[-1], flush=True)
    if a.write:
        from results import write_section

        write_section(extract.RESULTS, SECTION, "\n".join([SECTION, "",
            f"Development documents ({len(sets['development'])}, never the held-out ones) and seeds+examples "
            f"({len(sets['seeds+examples'])}) read with their text perturbed by general layout rules "
            "(`python bench/perturb.py`). `wrong`: must-show values output that are not the gold value.", "",
            *table]) + "\n")
    if a.wrong:
        for name, stem, f, g, p in wrong_log:
            print(f"{name:18} {stem:10} {f:12} gold={g[:60]!r} pred={p[:60]!r}")


if __name__ == "__main__":
    main()
