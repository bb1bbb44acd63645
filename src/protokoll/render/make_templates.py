"""Build the default DOCX templates (``templates/{agenda,minutes,protocol}.docx``) from python-docx.

Usage:  python -m protokoll.render.make_templates [--out DIR]

A .docx is binary, so the shipped templates are made by this script and
rebuilt byte for byte: fixed metadata and fixed ZIP timestamps. Each is a
plain A4 Word document with docxtpl (Jinja2) tags: an organisation copies
one, sets its letterhead, fonts and wording in Word, keeps the tags, and
points ``protokoll render --template`` at it. The tags read ``v``, the
view of :mod:`protokoll.render.context` (``v.title``, ``v.rows``, ``v["items"]`` ...).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "templates"
KINDS = ("agenda", "minutes", "protocol")
ZIP_TIME = (2024, 1, 1, 0, 0, 0)


def fixed_zip(data: bytes) -> bytes:
    """The same ZIP with every entry stamped with one fixed time, in the same order."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def _field(paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) in ``paragraph``."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind, text in (("begin", None), ("instr", instruction), ("separate", None), ("text", "1"), ("end", None)):
        run = paragraph.add_run()
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {text} "
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


def _page(document) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2.4), Cm(2.2)
    section.left_margin = section.right_margin = Cm(2.2)
    header = section.header.paragraphs[0]
    header.add_run("{{ v.footer }}").font.size = Pt(8)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run("Sida ")
    _field(footer, "PAGE")
    footer.add_run(" (")
    _field(footer, "NUMPAGES")
    footer.add_run(")")
    style = document.styles["Normal"]
    style.font.name, style.font.size = "Arial", Pt(10)


def _rows_table(document, rows: str) -> None:
    """A label | value table, one row per entry of ``rows``, each value line its own paragraph."""
    from docx.shared import Cm

    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text = f"{{%tr for row in {rows} %}}"
    table.cell(2, 0).text = "{%tr endfor %}"
    label, value = table.cell(1, 0), table.cell(1, 1)
    label.paragraphs[0].add_run("{{ row.label }}:").bold = True
    value.paragraphs[0].text = "{%p for line in row.lines %}"
    value.add_paragraph("{{ line }}")
    value.add_paragraph("{%p endfor %}")
    for row in table.rows:
        row.cells[0].width, row.cells[1].width = Cm(4.5), Cm(12)


def _items(document) -> None:
    document.add_paragraph('{%p for item in v["items"] %}')
    document.add_heading("{{ item.heading }}", level=2)
    document.add_paragraph("{%p if item.presenters %}")
    document.add_paragraph("{{ item.presenters }}")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p for text in item.tasks %}")
    document.add_paragraph("{{ text }}")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p if item.proposal %}")
    document.add_paragraph("{{ item.proposal }}")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p if item.decision_label %}")
    document.add_paragraph().add_run("{{ item.decision_label }}").bold = True
    document.add_paragraph("{%p endif %}")
    for key in ("decisions", "dissent"):
        document.add_paragraph(f"{{%p for text in item.{key} %}}")
        document.add_paragraph("{{ text }}")
        document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p if v.next_meeting %}")
    document.add_paragraph("{{ v.next_meeting }}")
    document.add_paragraph("{%p endif %}")


def _signatures(document) -> None:
    document.add_paragraph("{%p for s in v.signatures %}")
    document.add_paragraph()
    document.add_paragraph()
    document.add_paragraph("{{ s.name }}")
    document.add_paragraph("{{ s.role }}")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p if v.anslag %}")
    document.add_paragraph()
    document.add_paragraph().add_run("ANSLAG/BEVIS").bold = True
    document.add_paragraph("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.")
    _rows_table(document, "v.anslag")
    document.add_paragraph("{%p endif %}")


def build_template(kind: str) -> bytes:
    """The default template of ``kind`` (agenda | minutes | protocol) as .docx bytes."""
    import docx

    document = docx.Document()
    _page(document)
    document.add_paragraph("{%p if v.organization %}")
    document.add_paragraph("{{ v.organization }}")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{{ v.title }}", style="Title")
    document.add_paragraph("{%p if v.rows %}")  # Word refuses a table without rows
    _rows_table(document, "v.rows")
    document.add_paragraph("{%p endif %}")
    if kind == "agenda":
        document.add_paragraph().add_run("Dagordning").bold = True
    _items(document)
    if kind == "protocol":
        _signatures(document)
    document.add_paragraph()  # Word wants the body to end in a paragraph, not a table
    props = document.core_properties
    props.title, props.author, props.last_modified_by, props.comments = f"Protokoll: {kind}", "Protokoll", "", ""
    props.created = props.modified = dt.datetime(2024, 1, 1, 12, 0)
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip(buffer.getvalue())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write into (default: the package's)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for kind in KINDS:
        target = args.out / f"{kind}.docx"
        target.write_bytes(build_template(kind))
        print(target, file=sys.stderr)


if __name__ == "__main__":
    main()
