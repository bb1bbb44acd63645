"""The clean seeds as .txt, as Word documents and as PDFs all score against the golden records.

Each file set is built once per session (module-scoped fixtures) from the seeds in
../shared, ingested with the real CLI into a fresh SQLite database, exported, and
scored with ../shared/bench/score.py against the golden records of the same seeds.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SHARED, needs_shared
from seedformats import HEADER_LABELS, build, classify, plain, read_seed

pytestmark = needs_shared

CLEAN = ("000", "001", "002", "004")
DAMAGED = "003"
THRESHOLD = {"txt": 0.98, "docx": 0.95, "pdf": 0.95}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def seeds(prefixes: tuple[str, ...] = CLEAN) -> list[Path]:
    """The seed text files whose names start with one of ``prefixes``."""
    return sorted(p for p in (SHARED / "seeds").glob("*.txt") if p.name[:3] in prefixes)


def ingest_and_export(docs: Path, work: Path) -> tuple[Path, str]:
    """Run `protokoll ingest DOCS` and `protokoll export` on a fresh database; (export dir, ingest output)."""
    from protokoll.cli import main

    env = {"PROTOKOLL_DB": f"sqlite:///{work / 'test.sqlite'}"}
    runner = CliRunner()
    ingested = runner.invoke(main, ["ingest", str(docs)], env=env, catch_exceptions=False)
    assert ingested.exit_code == 0, ingested.output
    out = work / "export"
    exported = runner.invoke(main, ["export", "--out", str(out)], env=env, catch_exceptions=False)
    assert exported.exit_code == 0, exported.output
    return out, ingested.output


def score(pred: Path, work: Path, prefixes: tuple[str, ...] = CLEAN) -> tuple[float, str]:
    """score.py's overall F1 of ``pred`` against the golden records of ``prefixes``; (F1, -v output)."""
    gold = work / "gold"
    gold.mkdir(exist_ok=True)
    for g in (SHARED / "golden").glob("*.json"):
        if g.name[:3] in prefixes:
            shutil.copy(g, gold / g.name)
    run = subprocess.run([sys.executable, str(SHARED / "bench" / "score.py"), str(gold), str(pred), "-v"],
                         capture_output=True, text=True, check=True)
    last = run.stdout.strip().splitlines()[-1]
    m = re.fullmatch(r"overall F1 = ([0-9.]+)", last.strip())
    assert m, f"unexpected last line from score.py: {last!r}"
    return float(m[1]), run.stdout


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    """The clean seeds as txt, docx and pdf, one folder per format."""
    root = tmp_path_factory.mktemp("seedformats")
    return {fmt: build(seeds(), root / fmt, fmt)[0].parent for fmt in ("txt", "docx", "pdf")}


@pytest.fixture(scope="module")
def scores(built, tmp_path_factory) -> dict[str, tuple[float, str]]:
    """(F1, score.py -v output) per format, each computed on first use."""

    class Scores(dict):
        def __missing__(self, fmt: str) -> tuple[float, str]:
            work = tmp_path_factory.mktemp(f"run-{fmt}")
            out, _ = ingest_and_export(built[fmt], work)
            self[fmt] = score(out, work)
            return self[fmt]

    return Scores()


# --- the converters on their own ---------------------------------------------

def docx_numbering(doc) -> dict[str, tuple[int, str, str]]:
    """numId -> (start, numFmt, lvlText) of level 0, from the document's numbering part."""
    root = doc.part.numbering_part.element
    abstract = {a.get(f"{W}abstractNumId"): a for a in root.iter(f"{W}abstractNum")}
    out = {}
    for num in root.iter(f"{W}num"):
        lvl = abstract[num.find(f"{W}abstractNumId").get(f"{W}val")].find(f"{W}lvl")
        start = lvl.find(f"{W}start")
        out[num.get(f"{W}numId")] = (int(start.get(f"{W}val")) if start is not None else 0,
                                     lvl.find(f"{W}numFmt").get(f"{W}val"),
                                     lvl.find(f"{W}lvlText").get(f"{W}val"))
    return out


def style_num_id(style) -> str | None:
    """The numId a paragraph style attaches, following basedOn."""
    while style is not None:
        ppr = style.element.pPr
        if ppr is not None and ppr.numPr is not None and ppr.numPr.numId is not None:
            return str(ppr.numPr.numId.val)
        style = style.base_style
    return None


@pytest.mark.parametrize("seed", seeds(), ids=lambda p: p.name[:3])
def test_docx_numbering_tables_and_text(seed, built):
    """Headings are auto-numbered 1..N from the style's numbering; the header is a label/value table."""
    import docx

    doc = docx.Document(str(built["docx"] / f"{seed.stem}.docx"))
    numbering = docx_numbering(doc)
    counters: dict[str, int] = {}
    numbered: list[str] = []
    for p in doc.paragraphs:
        if p.style.name != "List Number":
            continue
        assert p._p.pPr.numPr is None, "numbering must come from the style, as Word's List Number does"
        num_id = style_num_id(p.style)
        start, fmt, text = numbering[num_id]
        assert (start, fmt, text) == (1, "decimal", "%1.")
        counters[num_id] = counters.get(num_id, start - 1) + 1
        numbered.append(f"{counters[num_id]}. {p.text}")

    blocks = classify(read_seed(seed))
    expected = [f"{b.number}. {plain(b.text)}" for b in blocks if b.kind == "heading" and b.auto]
    assert numbered == expected and len(numbered) >= 5
    assert all(not re.match(r"\d+\.", p.text) for p in doc.paragraphs if p.style.name == "List Number")

    rows = [r for b in blocks if b.kind == "table" for r in b.rows]
    cells = [[c.text for c in row.cells] for t in doc.tables for row in t.rows]
    assert cells == rows and len(cells) >= 2
    assert all(label.rstrip(":") in HEADER_LABELS and value for label, value in cells)


def _words(text: str) -> list[str]:
    """Words for comparing extracted text, ignoring bullets and markdown rules."""
    return [w for w in plain(text).split() if w not in ("-", "•") and not re.fullmatch(r"-{3,}", w)]


@pytest.mark.parametrize("seed", seeds(), ids=lambda p: p.name[:3])
def test_pdf_text_layer_holds_the_seed_text(seed, built):
    """Every word of the seed is in the PDF's text layer, in order (line-end hyphens aside)."""
    import difflib

    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(built["pdf"] / f"{seed.stem}.pdf"))
    try:
        text = "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()
    text = text.replace("\ufffe", "-\n").replace("•", " ")
    want, got = _words(read_seed(seed)), _words(text)
    ratio = difflib.SequenceMatcher(None, want, got, autojunk=False).ratio()
    assert ratio > 0.995, ratio


# --- the whole pipeline, scored -----------------------------------------------

@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_seed_format_scores(fmt, scores):
    """Ingest + export of the clean seeds in ``fmt`` scores at least THRESHOLD[fmt]."""
    f1, report = scores[fmt]
    assert f1 >= THRESHOLD[fmt], f"{fmt}: overall F1 = {f1}\n{report}"


def test_damaged_seed_ingests(tmp_path):
    """The OCR-damaged seed goes through ingest and export without error."""
    docs = tmp_path / "docs"
    build(seeds((DAMAGED,)), docs, "txt")
    out, output = ingest_and_export(docs, tmp_path)
    assert "1 inserted" in output
    assert len(list(out.glob("*.json"))) == 1
