#!/usr/bin/env python3
"""Build the .docx and .pdf documents of the example archive from their sources.

Usage:  python examples/src/build.py [--out DIR] [--only docx|pdf] [NAME ...]

Each `NAME.source` file in this folder becomes `NAME.docx` or `NAME.pdf` in the
parent folder (or in --out).  The source format is a tiny line-based markup:

    @output docx|pdf       which file to build
    @title TEXT            document title (metadata)
    @date YYYY-MM-DD       creation and modification date (metadata)
    @header TEXT           header line repeated on every PDF page
    = TEXT                 document title
    == TEXT                heading
    ### TEXT               item heading, number typed in the text ("§ 14 ...")
    + TEXT                 item heading numbered automatically (Word "List Number")
    - TEXT                 bullet
    | LABEL | VALUE        a row of the two-column header table
    TEXT                   a paragraph (one per line); **bold** is allowed

The build is deterministic: fixed metadata dates, fixed ZIP timestamps in DOCX
files and SOURCE_DATE_EPOCH for the fonts WeasyPrint embeds, so rebuilding gives
the same bytes with the same library versions.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import io
import os
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

# fontTools stamps subset fonts with the current time unless this is set.
os.environ.setdefault("SOURCE_DATE_EPOCH", "1704067200")

HERE = Path(__file__).resolve().parent
ORGANISATION = "Vätterstadsregionen"
ZIP_TIME = (2024, 1, 1, 0, 0, 0)
BOLD = re.compile(r"\*\*(.+?)\*\*")


@dataclass
class Source:
    """A parsed `.source` file: metadata plus a list of (kind, values) blocks."""

    name: str
    output: str
    title: str
    date: dt.date
    header: str = ""
    blocks: list[tuple[str, list[str]]] = field(default_factory=list)


def parse_source(path: Path) -> Source:
    meta: dict[str, str] = {}
    blocks: list[tuple[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("@"):
            key, _, value = line[1:].partition(" ")
            meta[key] = value.strip()
        elif line.startswith("|"):
            blocks.append(("row", [cell.strip() for cell in line.strip("|").split("|", 1)]))
        else:
            blocks.append(classify(line))
    return Source(path.name.removesuffix(".source"), meta["output"], meta["title"],
                  dt.date.fromisoformat(meta["date"]), meta.get("header", ""), blocks)


def classify(line: str) -> tuple[str, list[str]]:
    for prefix, kind in (("### ", "item"), ("== ", "heading"), ("= ", "title"),
                         ("+ ", "numbered"), ("- ", "bullet")):
        if line.startswith(prefix):
            return kind, [line[len(prefix):].strip()]
    return "para", [line]


def grouped(blocks):
    """Consecutive table rows and bullets are yielded as one block."""
    run_kind, run = None, []
    for kind, values in blocks:
        if kind in ("row", "bullet") and kind == run_kind:
            run.append(values)
            continue
        if run_kind:
            yield run_kind, run
        run_kind, run = kind, [values]
    if run_kind:
        yield run_kind, run


# --- DOCX -------------------------------------------------------------------

def add_runs(paragraph, text: str, bold: bool = False) -> None:
    parts = BOLD.split(text)
    for i, part in enumerate(parts):
        if part:
            paragraph.add_run(part).bold = bold or i % 2 == 1


def list_number_id(document) -> str:
    """The numbering instance the template's "List Number" style points at."""
    style = document.styles["List Number"].element
    return style.pPr.numPr.numId.val


def add_numbered(document, text: str, num_id) -> None:
    """A List Number paragraph with its numbering also set on the paragraph,
    as Word writes it when the numbering button is used."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph = document.add_paragraph(style="List Number")
    num_pr = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", "0"), ("w:numId", str(num_id))):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        num_pr.append(child)
    paragraph._p.get_or_add_pPr().append(num_pr)
    add_runs(paragraph, text, bold=True)


def add_table(document, rows: list[list[str]]) -> None:
    from docx.shared import Cm

    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        add_runs(cells[0].paragraphs[0], label, bold=True)
        add_runs(cells[1].paragraphs[0], value)
        cells[0].width, cells[1].width = Cm(4), Cm(12)
    document.add_paragraph()


def build_docx(source: Source) -> bytes:
    import docx

    document = docx.Document()
    num_id = list_number_id(document)
    for kind, values in grouped(source.blocks):
        if kind == "title":
            document.add_paragraph(values[0][0], style="Title")
        elif kind == "heading":
            document.add_heading(values[0][0], level=1)
        elif kind == "item":
            document.add_heading(values[0][0], level=2)
        elif kind == "numbered":
            add_numbered(document, values[0][0], num_id)
        elif kind == "bullet":
            for (text,) in values:
                add_runs(document.add_paragraph(style="List Bullet"), text)
        elif kind == "row":
            add_table(document, values)
        else:
            add_runs(document.add_paragraph(), values[0][0])
    set_docx_metadata(document, source)
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip(buffer.getvalue())


def set_docx_metadata(document, source: Source) -> None:
    moment = dt.datetime.combine(source.date, dt.time(12, 0))
    props = document.core_properties
    props.title = source.title
    props.author = props.last_modified_by = ORGANISATION
    props.comments = ""
    props.created = props.modified = moment
    props.revision = 1


def fixed_zip(data: bytes) -> bytes:
    """The same ZIP with every entry stamped with one fixed time."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


# --- PDF --------------------------------------------------------------------

CSS = """
@page {
  size: A4;
  margin: 2.4cm 2.2cm 2.2cm 2.2cm;
  @top-left { content: "%(header)s"; font-size: 8.5pt; color: #444; }
  @bottom-right { content: counter(page) "(" counter(pages) ")"; font-size: 8.5pt; }
}
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.4; }
h1 { font-size: 16pt; margin: 0 0 2pt 0; }
h2 { font-size: 13pt; margin: 0 0 12pt 0; font-weight: normal; }
h3 { font-size: 11pt; margin: 14pt 0 4pt 0; }
p { margin: 0 0 5pt 0; }
table { border-collapse: collapse; margin-bottom: 14pt; width: 100%%; }
td { border: 0.5pt solid #888; padding: 3pt 5pt; vertical-align: top; }
td.label { width: 30%%; font-weight: bold; white-space: nowrap; }
p.bullet { margin-left: 12pt; text-indent: -9pt; }
"""


def inline_html(text: str) -> str:
    return BOLD.sub(r"<b>\1</b>", html.escape(text, quote=False))


def build_html(source: Source) -> str:
    parts, number = [], 0
    for kind, values in grouped(source.blocks):
        text = values[0][0] if kind not in ("row", "bullet") else ""
        if kind == "title":
            parts.append(f"<h1>{inline_html(text)}</h1>")
        elif kind == "heading":
            parts.append(f"<h2>{inline_html(text)}</h2>")
        elif kind == "item":
            parts.append(f"<h3>{inline_html(text)}</h3>")
        elif kind == "numbered":
            number += 1
            parts.append(f"<h3>{number}. {inline_html(text)}</h3>")
        elif kind == "bullet":
            # typed bullet characters: list markers are extracted out of order
            parts.extend(f'<p class="bullet">\u2022 {inline_html(t)}</p>' for (t,) in values)
        elif kind == "row":
            rows = "".join(f'<tr><td class="label">{inline_html(a)}</td><td>{inline_html(b)}</td></tr>'
                           for a, b in values)
            parts.append(f"<table>{rows}</table>")
        else:
            parts.append(f"<p>{inline_html(text)}</p>")
    stamp = f"{source.date.isoformat()}T12:00:00Z"
    css = CSS % {"header": source.header.replace('"', '\\"')}
    return (
        '<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8">'
        f"<title>{html.escape(source.title)}</title>"
        f'<meta name="author" content="{ORGANISATION}">'
        f'<meta name="dcterms.created" content="{stamp}">'
        f'<meta name="dcterms.modified" content="{stamp}">'
        f"<style>{css}</style></head><body>\n" + "\n".join(parts) + "\n</body></html>\n"
    )


def build_pdf(source: Source) -> bytes:
    import weasyprint

    return weasyprint.HTML(string=build_html(source)).write_pdf()


# --- command ----------------------------------------------------------------

BUILDERS = {"docx": build_docx, "pdf": build_pdf}


def sources(names: list[str]) -> list[Path]:
    paths = sorted(HERE.glob("*.source"))
    if names:
        paths = [p for p in paths if p.name.removesuffix(".source") in names]
    return paths


def build(out: Path, only: str | None = None, names: list[str] | None = None) -> list[Path]:
    """Build every source (or those named) into `out`; returns the files written."""
    written = []
    out.mkdir(parents=True, exist_ok=True)
    for path in sources(names or []):
        source = parse_source(path)
        if only and source.output != only:
            continue
        target = out / f"{source.name}.{source.output}"
        target.write_bytes(BUILDERS[source.output](source))
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="source names (default: all)")
    parser.add_argument("--out", type=Path, default=HERE.parent, help="output folder (default: examples/)")
    parser.add_argument("--only", choices=sorted(BUILDERS), help="build only this format")
    args = parser.parse_args(argv)
    for target in build(args.out, args.only, args.names):
        print(target, file=sys.stderr)


if __name__ == "__main__":
    main()
