#!/usr/bin/env python3
"""Build the varied set's .docx, .pdf and OCR-damaged .txt documents from the sources in this folder.

Usage:  python bench/varied/src/build.py

``NAME.source`` becomes ``../NAME.docx`` or ``../NAME.pdf``, in the line markup of
examples/src/build.py (``@output``, ``@title``, ``@date``, ``@header``, ``=``, ``==``, ``###``,
``-``, plain paragraphs), except that a ``| a | b | c`` row may have any number of cells (a
table of attendees as well as a two-column header table); a row of ``!`` cells is a bold heading row.

``NAME.clean.txt`` becomes ``../NAME.txt`` damaged as OCR of a worn copy damages Swedish text
(``ocr_damage``): one general rule, the same for every document, seeded by the file name so the
build is deterministic. The hand-made record (``../expected/NAME.json``) holds the clean spelling.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import importlib.util
import io
import os
import random
import re
import sys
from pathlib import Path

os.environ.setdefault("SOURCE_DATE_EPOCH", "1704067200")

HERE = Path(__file__).resolve().parent
OUT = HERE.parent


def _examples_builder():
    """examples/src/build.py (a script, not a package module): its block grouping, bold runs, fixed-time ZIP
    and inline HTML are this builder's too."""
    spec = importlib.util.spec_from_file_location("examples_build", HERE.parents[2] / "examples" / "src" / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while they are made
    spec.loader.exec_module(module)
    return module


_EXAMPLES = _examples_builder()
grouped, runs, fixed_zip, inline = _EXAMPLES.grouped, _EXAMPLES.add_runs, _EXAMPLES.fixed_zip, _EXAMPLES.inline_html

#: what OCR of a worn photocopy does to Swedish letters: diacritics confused, ligature-like pairs merged,
#: l/1 and O/0 swapped inside words; each applied to a share of the places it can be
CONFUSIONS = [("ö", "é", 0.35), ("ä", "a", 0.2), ("å", "a", 0.15), ("Ö", "O", 0.3), ("rn", "m", 0.3),
              ("li", "h", 0.08), ("l", "1", 0.03), ("ü", "u", 1.0), ("e", "c", 0.02), ("fi", "ti", 0.2)]


def ocr_damage(text: str, seed: str) -> str:
    """Letters confused as OCR confuses them, some line-end hyphens and doubled spaces; numbers left alone."""
    rng = random.Random(hashlib.sha256(seed.encode()).hexdigest())
    for old, new, share in CONFUSIONS:
        text = re.sub(re.escape(old), lambda m: new if rng.random() < share else m.group(0), text)
    words = text.split(" ")
    text = " ".join(w + (" " if rng.random() < 0.03 else "") for w in words)
    return text


def parse(path: Path):
    meta, blocks = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("@"):
            key, _, value = line[1:].partition(" ")
            meta[key] = value.strip()
        elif line.startswith("|"):
            blocks.append(("row", [c.strip() for c in line.strip().strip("|").split("|")]))
        else:
            for prefix, kind in (("### ", "item"), ("== ", "heading"), ("= ", "title"), ("- ", "bullet")):
                if line.startswith(prefix):
                    blocks.append((kind, [line[len(prefix):].strip()]))
                    break
            else:
                blocks.append(("para", [line]))
    return meta, blocks


def build_docx(meta, blocks) -> bytes:
    import docx

    document = docx.Document()
    if meta.get("header"):
        runs(document.sections[0].header.paragraphs[0], meta["header"])
    for kind, values in grouped(blocks):
        if kind == "title":
            document.add_paragraph(values[0][0], style="Title")
        elif kind == "heading":
            document.add_heading(values[0][0], level=1)
        elif kind == "item":
            document.add_heading(values[0][0], level=2)
        elif kind == "bullet":
            for (text,) in values:
                runs(document.add_paragraph(style="List Bullet"), text)
        elif kind == "row":
            width = max(len(r) for r in values)
            table = document.add_table(rows=0, cols=width)
            table.style = "Table Grid"
            for row in values:
                heading = all(c.startswith("!") for c in row if c)
                cells = table.add_row().cells
                for i, text in enumerate(row):
                    runs(cells[i].paragraphs[0], text.lstrip("!"), bold=heading or (width == 2 and i == 0))
            document.add_paragraph()
        else:
            runs(document.add_paragraph(), values[0][0])
    moment = dt.datetime.combine(dt.date.fromisoformat(meta["date"]), dt.time(12, 0))
    props = document.core_properties
    props.title, props.author, props.last_modified_by = meta["title"], "", ""
    props.created = props.modified = moment
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip(buffer.getvalue())


CSS = """
@page { size: A4; margin: 2.4cm 2.2cm 2.2cm 2.2cm;
  @top-left { content: "%(header)s"; font-size: 8.5pt; color: #444; }
  @bottom-right { content: "Sida " counter(page) " av " counter(pages); font-size: 8.5pt; } }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.4; }
h1 { font-size: 15pt; margin: 0 0 2pt 0; } h2 { font-size: 12pt; margin: 0 0 10pt 0; font-weight: normal; }
h3 { font-size: 11pt; margin: 14pt 0 4pt 0; } p { margin: 0 0 5pt 0; }
table { border-collapse: collapse; margin-bottom: 12pt; width: 100%%; }
td { border: 0.5pt solid #888; padding: 2pt 5pt; vertical-align: top; } td.h { font-weight: bold; }
p.bullet { margin-left: 12pt; text-indent: -9pt; }
"""


def build_pdf(meta, blocks) -> bytes:
    import weasyprint

    parts = []
    for kind, values in grouped(blocks):
        text = values[0][0]
        if kind in ("title", "heading", "item"):
            tag = {"title": "h1", "heading": "h2", "item": "h3"}[kind]
            parts.append(f"<{tag}>{inline(text)}</{tag}>")
        elif kind == "bullet":
            parts.extend(f'<p class="bullet">\u2022 {inline(t)}</p>' for (t,) in values)
        elif kind == "row":
            rows = "".join("<tr>" + "".join(
                f'<td class="{"h" if c.startswith("!") else ""}">{inline(c.lstrip("!"))}</td>' for c in row) + "</tr>"
                for row in values)
            parts.append(f"<table>{rows}</table>")
        else:
            parts.append(f"<p>{inline(text)}</p>")
    css = CSS % {"header": meta.get("header", "").replace('"', '\\"')}
    page = ('<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">'
            f"<title>{html.escape(meta['title'])}</title><style>{css}</style></head><body>"
            + "\n".join(parts) + "</body></html>")
    return weasyprint.HTML(string=page).write_pdf()


def main() -> None:
    for path in sorted(HERE.glob("*.source")):
        meta, blocks = parse(path)
        name = path.name.removesuffix(".source")
        data = build_docx(meta, blocks) if meta["output"] == "docx" else build_pdf(meta, blocks)
        (OUT / f"{name}.{meta['output']}").write_bytes(data)
    for path in sorted(HERE.glob("*.clean.txt")):
        name = path.name.removesuffix(".clean.txt")
        (OUT / f"{name}.txt").write_text(ocr_damage(path.read_text(encoding="utf-8"), name), encoding="utf-8")


if __name__ == "__main__":
    main()
