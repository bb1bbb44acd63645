"""The bundled example archive (examples/) is complete and well-formed.

Checks the pairing of documents and expected records, the shape of every
expected `meeting-record/1` file, the mix of formats, Word's automatic item
numbering in the DOCX files, and that examples/src/build.py rebuilds the DOCX
files with the same text.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
EXPECTED = EXAMPLES / "expected"
SOURCES = EXAMPLES / "src"
DOCUMENT_SUFFIXES = {".txt", ".md", ".docx", ".pdf"}

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CLOCK = re.compile(r"^\d{2}:\d{2}$")
TYPED_NUMBER = re.compile(r"^\s*(§\s*)?\d+\s*[.):]?\s")


def documents() -> list[Path]:
    return sorted(p for p in EXAMPLES.iterdir()
                  if p.is_file() and p.suffix in DOCUMENT_SUFFIXES and not p.name.startswith("README"))


def expected_records() -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(EXPECTED.glob("*.json"))}


def docx_files() -> list[Path]:
    return [p for p in documents() if p.suffix == ".docx"]


# --- pairing and formats -----------------------------------------------------

def test_every_document_has_an_expected_record_and_vice_versa():
    assert {p.stem for p in documents()} == set(expected_records())


def test_expected_source_names_its_document():
    names = {p.stem: p.name for p in documents()}
    assert {stem: rec["source"] for stem, rec in expected_records().items()} == names


def test_formats_and_kinds_are_mixed():
    suffixes = [p.suffix for p in documents()]
    assert {".txt", ".docx", ".pdf"} <= set(suffixes)
    assert suffixes.count(".docx") >= 3 and suffixes.count(".pdf") >= 3
    assert {rec["kind"] for rec in expected_records().values()} == {"minutes", "protocol", "agenda"}


def test_readme_lists_every_document():
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    assert [p.name for p in documents() if p.name not in readme] == []


def test_every_source_is_built():
    built = {p.stem for p in documents() if p.suffix in (".docx", ".pdf")}
    assert {p.name.removesuffix(".source") for p in SOURCES.glob("*.source")} == built


# --- the shape of an expected record ------------------------------------------

def optional(value, kind=str) -> bool:
    return value is None or (isinstance(value, kind) and value != "")


def text(value) -> bool:
    return isinstance(value, str) and value.strip() != ""


def iso_or_none(value) -> bool:
    return value is None or (isinstance(value, str) and bool(ISO_DATE.match(value)))


def clock_or_none(value) -> bool:
    return value is None or (isinstance(value, str) and bool(CLOCK.match(value)))


def record_problems(rec: dict) -> list[str]:
    keys = {"schema", "source", "kind", "organization", "body", "number", "date", "year", "start",
            "end", "place", "chair", "secretary", "attendees", "items", "next_meeting"}
    problems = [f"missing {k}" for k in keys - rec.keys()]
    if problems:
        return problems
    checks = {
        "schema": rec["schema"] == "meeting-record/1",
        "kind": rec["kind"] in ("minutes", "protocol", "agenda"),
        "scalars": all(optional(rec[k]) for k in ("organization", "body", "number", "place", "chair", "secretary")),
        "date": iso_or_none(rec["date"]),
        "year": rec["year"] is None or isinstance(rec["year"], int),
        "times": clock_or_none(rec["start"]) and clock_or_none(rec["end"]),
        "attendees": isinstance(rec["attendees"], list),
        "items": isinstance(rec["items"], list) and rec["items"] != [],
        "next_meeting": rec["next_meeting"] is None or (
            set(rec["next_meeting"]) == {"date", "start", "end"} and iso_or_none(rec["next_meeting"]["date"])
            and clock_or_none(rec["next_meeting"]["start"]) and clock_or_none(rec["next_meeting"]["end"])),
    }
    problems = [name for name, ok in checks.items() if not ok]
    problems += [f"attendee {a}" for a in rec["attendees"] if not attendee_ok(a)]
    problems += [f"item {i.get('number')}" for i in rec["items"] if not item_ok(i)]
    return problems


def attendee_ok(a: dict) -> bool:
    return (set(a) == {"name", "affiliation", "title", "role", "group"} and text(a["name"])
            and all(optional(a[k]) for k in ("affiliation", "title", "role"))
            and a["group"] in ("present", "other", "guest"))


def item_ok(i: dict) -> bool:
    keys = {"number", "title", "presenters", "attachments", "proposed_decision", "decisions",
            "dissent", "assignments", "forwarded_to", "text"}  # text: our extension (docs/meeting-record-text.md)
    if set(i) != keys or not isinstance(i["text"], str):
        return False
    lists_of_text = all(isinstance(i[k], list) and all(text(x) for x in i[k])
                        for k in ("presenters", "attachments", "decisions", "dissent"))
    return (optional(i["number"]) and text(i["title"]) and optional(i["proposed_decision"]) and lists_of_text
            and all(re.fullmatch(r"bilaga \S+", a) for a in i["attachments"])
            and all(set(a) == {"assignee", "task", "due"} and text(a["assignee"]) and text(a["task"])
                    and iso_or_none(a["due"]) for a in i["assignments"])
            and all(set(f) == {"body", "date"} and text(f["body"]) and iso_or_none(f["date"])
                    for f in i["forwarded_to"]))


@pytest.mark.parametrize("stem", sorted(expected_records()))
def test_expected_record_has_the_spec_shape(stem):
    rec = expected_records()[stem]
    assert record_problems(rec) == []
    assert rec["year"] == int(rec["date"][:4])


def test_cases_run_across_meetings():
    """The archive is meant for linking: assignments, dissent and forwarding all occur."""
    items = [i for rec in expected_records().values() for i in rec["items"]]
    assert sum(bool(i["assignments"]) for i in items) >= 10
    assert sum(bool(i["dissent"]) for i in items) >= 2
    assert sum(bool(i["forwarded_to"]) for i in items) >= 5
    teknikdagen = [rec["date"] for rec in expected_records().values()
                   if any("Teknikdag" in i["title"] or "teknikdag" in i["title"] for i in rec["items"])]
    assert len(teknikdagen) >= 6


# --- DOCX numbering -------------------------------------------------------------

def paragraphs(path: Path):
    """(style id, has numPr, text) of every body paragraph of a DOCX file."""
    with zipfile.ZipFile(path) as z:
        root = ElementTree.fromstring(z.read("word/document.xml"))
    for p in root.iter(f"{W}p"):
        ppr = p.find(f"{W}pPr")
        style = ppr.find(f"{W}pStyle").get(f"{W}val") if ppr is not None and ppr.find(f"{W}pStyle") is not None else None
        has_num = ppr is not None and ppr.find(f"{W}numPr") is not None
        yield style, has_num, "".join(t.text or "" for t in p.iter(f"{W}t"))


@pytest.mark.parametrize("path", docx_files(), ids=lambda p: p.name)
def test_docx_items_use_automatic_numbering(path):
    numbered = [t for style, has_num, t in paragraphs(path) if has_num]
    assert len(numbered) == len(expected_records()[path.stem]["items"])
    assert [t for t in numbered if TYPED_NUMBER.match(t)] == []
    assert [t for style, has_num, t in paragraphs(path) if style == "ListNumber" and not has_num] == []


@pytest.mark.parametrize("path", docx_files(), ids=lambda p: p.name)
def test_docx_header_is_a_two_column_table(path):
    with zipfile.ZipFile(path) as z:
        root = ElementTree.fromstring(z.read("word/document.xml"))
    table = root.find(f".//{W}tbl")
    assert table is not None
    rows = table.findall(f"{W}tr")
    assert rows and all(len(r.findall(f"{W}tc")) == 2 for r in rows)


# --- the build is reproducible ------------------------------------------------------

def load_build(monkeypatch):
    """examples/src/build.py as a module (it is a script, not part of the package)."""
    # build.py sets SOURCE_DATE_EPOCH for itself; keep it out of the test process
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1704067200")
    spec = importlib.util.spec_from_file_location("examples_build", SOURCES / "build.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look the module up
    spec.loader.exec_module(module)
    return module


def docx_text(path: Path) -> list[str]:
    import docx

    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return [p.text for p in document.paragraphs] + cells


def test_build_reproduces_the_docx_text(tmp_path, monkeypatch):
    built = load_build(monkeypatch).build(tmp_path, only="docx")
    assert sorted(p.name for p in built) == sorted(p.name for p in docx_files())
    for path in built:
        assert docx_text(path) == docx_text(EXAMPLES / path.name), path.name


def test_pdfs_have_page_headers_and_numbers():
    pdfium = pytest.importorskip("pypdfium2")
    pages = {}
    for path in (p for p in documents() if p.suffix == ".pdf"):
        pdf = pdfium.PdfDocument(str(path))
        texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
        pages[path.name] = len(texts)
        for number, page in enumerate(texts, 1):
            assert "Vätterstadsregionen ·" in page
            assert f"{number}({len(texts)})" in page
        pdf.close()
    assert max(pages.values()) >= 2
