"""Turn a plain-text meeting document into the .docx and .pdf a secretary would have made.

Used by the tests at run time (never to produce files kept in the project). The
conversion is generic, driven by the shapes of the lines only:

* the header block before the first numbered item: ``Label<TAB|spaces|:>Value``
  lines with a known Swedish header label become a two-column table (label
  cell, value cell); lines that continue a value join the same cell;
* numbered item headings (``1. Title``) become Word auto-numbered paragraphs
  (style "List Number", number removed) while the numbers run 1, 2, 3 ...;
  a number that does not continue the run keeps its typed number;
* bullet lines (``- x``, ``• x``, ``\\uf0b7 x``) become "List Bullet" paragraphs;
* ``**bold**`` and ``*italic*`` markup becomes bold and italic text;
  markdown rule lines (``---``) are dropped; every other line is a paragraph.

The PDF is rendered with WeasyPrint from HTML (A4), one ``<p>`` per line with
the typed numbers kept and bullets drawn as "•"; the header block and runs of
tab-separated lines become tables.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

#: Header labels of Swedish meeting documents (matched at the start of a line).
HEADER_LABELS = (
    "Mötesdatum", "Sammanträdesdatum", "Datum", "Tid och plats", "Plats och tid", "Tid/Plats",
    "Tid/plats", "Plats/Tid", "Plats", "Tid", "Närvarande", "Beslutande", "Ledamöter",
    "Tjänstgörande ersättare", "Ersättare", "Övriga medverkande", "Övriga närvarande",
    "Övriga deltagare", "Tjänstepersoner", "Gäster", "Frånvarande", "Vid protokollet",
    "Sekreterare", "Ordförande", "Justerare", "Justering", "Utses att justera",
)

_LABEL_RE = re.compile(
    r"^(?P<label>" + "|".join(re.escape(x) for x in sorted(HEADER_LABELS, key=len, reverse=True)) + r")"
    r"(?P<sep>\s*:\s*|\t+\s*| {2,}| (?=[A-ZÅÄÖ0-9(]))(?P<value>.*)$")
_HEADING_RE = re.compile(r"^(?P<number>\d{1,3})\.\s+(?P<title>\S.*)$")
_BULLET_RE = re.compile(r"^(?:[-–]\s+|[•\uf0b7▪]\s*)(?P<text>\S.*)$")
_RULE_RE = re.compile(r"^[-=_\s]*-{3,}[-=_\s]*$")
_EMPHASIS_RE = re.compile(r"\*\*(?P<bold>[^*]+)\*\*|\*(?P<italic>[^*\s][^*]*)\*")


@dataclass
class Block:
    """One unit of the converted document."""

    kind: str  #: table | heading | bullet | para | blank
    text: str = ""
    number: str | None = None  #: heading: the typed number
    auto: bool = False  #: heading: rendered by Word's auto-numbering
    rows: list[list[str]] = field(default_factory=list)  #: table: [label, value] rows


def header_row(line: str) -> list[str] | None:
    """``[label, value]`` when ``line`` is a ``Label<separator>Value`` header line."""
    m = _LABEL_RE.match(line)
    if not m:
        return None
    label = m["label"] + (":" if ":" in m["sep"] else "")
    return [label, m["value"].strip()]


def classify(text: str) -> list[Block]:
    """The document's lines as blocks (see the module docstring for the rules)."""
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").replace("\f", "\n").split("\n")]
    blocks: list[Block] = []
    in_header = True
    for line in lines:
        if _HEADING_RE.match(line):
            in_header = False
        _add_line(blocks, line, in_header)
    _number_headings(blocks)
    return blocks


def _add_line(blocks: list[Block], line: str, in_header: bool) -> None:
    """Append one stripped line to ``blocks``, extending the header table where it continues."""
    last = blocks[-1] if blocks else None
    prev_blank = bool(blocks) and last.kind == "blank"
    table = _open_table(blocks)
    if not line:
        if not (last and last.kind == "blank") and blocks:
            blocks.append(Block("blank"))
        return
    if _RULE_RE.match(line):
        return
    row = header_row(line) if in_header else None
    if row:
        if table is None:
            blocks.append(Block("table", rows=[row]))
        else:
            if prev_blank:
                blocks.pop()
            table.rows.append(row)
        return
    if last is not None and last.kind == "table" and not _HEADING_RE.match(line):
        last.rows[-1][1] = f"{last.rows[-1][1]} {line}".strip()
        return
    m = _HEADING_RE.match(line)
    if m:
        blocks.append(Block("heading", m["title"].strip(), number=m["number"]))
        return
    b = _BULLET_RE.match(line)
    if b:
        blocks.append(Block("bullet", b["text"].strip()))
        return
    blocks.append(Block("para", line))


def _open_table(blocks: list[Block]) -> Block | None:
    """The header table a new label line would extend (it may be followed by one blank)."""
    tail = blocks[-2:] if blocks and blocks[-1].kind == "blank" else blocks[-1:]
    return tail[0] if tail and tail[0].kind == "table" else None


def _number_headings(blocks: list[Block]) -> None:
    """Mark the headings whose numbers run 1, 2, 3 ... for Word's auto-numbering."""
    expected = 1
    for b in blocks:
        if b.kind == "heading" and b.number == str(expected):
            b.auto = True
            expected += 1


def emphasis_runs(text: str) -> list[tuple[str, str]]:
    """``text`` split into ``(style, piece)`` runs; style is "", "bold" or "italic"."""
    runs: list[tuple[str, str]] = []
    pos = 0
    for m in _EMPHASIS_RE.finditer(text):
        if m.start() > pos:
            runs.append(("", text[pos:m.start()]))
        runs.append(("bold", m["bold"]) if m["bold"] is not None else ("italic", m["italic"]))
        pos = m.end()
    if pos < len(text):
        runs.append(("", text[pos:]))
    return runs


def plain(text: str) -> str:
    """``text`` without emphasis markup."""
    return "".join(piece for _style, piece in emphasis_runs(text))


# --- DOCX -------------------------------------------------------------------

def to_docx(text: str, path: Path) -> Path:
    """Write ``text`` as a Word document to ``path``."""
    from docx import Document

    doc = Document()
    doc.core_properties.language = "sv-SE"
    for b in classify(text):
        if b.kind == "table":
            _docx_table(doc, b.rows)
        elif b.kind == "heading":
            if b.auto:
                _docx_paragraph(doc, b.text, "List Number")
            else:
                _docx_paragraph(doc, f"{b.number}. {b.text}")
        elif b.kind == "bullet":
            _docx_paragraph(doc, b.text, "List Bullet")
        elif b.kind == "blank":
            doc.add_paragraph()
        else:
            _docx_paragraph(doc, b.text)
    doc.save(str(path))
    return path


def _docx_paragraph(doc, text: str, style: str | None = None):
    """Add a paragraph with bold/italic runs for the emphasis markup."""
    p = doc.add_paragraph(style=style)
    for kind, piece in emphasis_runs(text):
        run = p.add_run(piece)
        run.bold = kind == "bold" or None
        run.italic = kind == "italic" or None
    return p


def _docx_table(doc, rows: list[list[str]]) -> None:
    """Add a borderless two-column label/value table."""
    table = doc.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = plain(value)


# --- PDF --------------------------------------------------------------------

_CSS = """
@page { size: A4; margin: 2.2cm 2cm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.3; }
p { margin: 0; white-space: pre-wrap; }
p.blank { height: 0.9em; }
p.item { font-weight: bold; margin-top: 0.3em; }
table { border-collapse: collapse; margin: 0.3em 0; }
td { vertical-align: top; padding: 0 0.8em 0.3em 0; }
td.label { white-space: nowrap; font-weight: bold; }
"""


def to_html(text: str) -> str:
    """The HTML page for ``text``: one ``<p>`` per line, the header block as a table."""
    parts: list[str] = []
    for b in classify(text):
        if b.kind == "table":
            rows = "".join(f'<tr><td class="label">{_html_inline(k)}</td><td>{_html_inline(v)}</td></tr>'
                           for k, v in b.rows)
            parts.append(f"<table>{rows}</table>")
        elif b.kind == "heading":
            parts.append(f'<p class="item">{b.number}. {_html_inline(b.text)}</p>')
        elif b.kind == "bullet":
            parts.append(f"<p>• {_html_inline(b.text)}</p>")
        elif b.kind == "blank":
            parts.append('<p class="blank"></p>')
        elif "\t" in b.text:
            _html_tab_row(parts, b.text)
        else:
            parts.append(f"<p>{_html_inline(b.text)}</p>")
    body = "\n".join(parts)
    return (f'<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><style>{_CSS}</style>'
            f"</head><body>\n{body}\n</body></html>\n")


def _html_tab_row(parts: list[str], line: str) -> None:
    """A tab-separated line as a table row, joining the table of the line before it."""
    cells = "".join(f"<td>{_html_inline(c.strip())}</td>" for c in re.split(r"\t+", line))
    if parts and parts[-1].startswith('<table class="tabs">'):
        parts[-1] = parts[-1].removesuffix("</table>") + f"<tr>{cells}</tr></table>"
    else:
        parts.append(f'<table class="tabs"><tr>{cells}</tr></table>')


def _html_inline(text: str) -> str:
    """Escaped text with <b>/<i> for the emphasis markup."""
    out = []
    for kind, piece in emphasis_runs(text):
        esc = html.escape(piece, quote=False)
        out.append(f"<b>{esc}</b>" if kind == "bold" else f"<i>{esc}</i>" if kind == "italic" else esc)
    return "".join(out)


def to_pdf(text: str, path: Path) -> Path:
    """Render ``text`` to an A4 PDF at ``path`` with WeasyPrint."""
    from weasyprint import HTML

    HTML(string=to_html(text)).write_pdf(str(path))
    return path


# --- batches ----------------------------------------------------------------

CONVERTERS = {"docx": to_docx, "pdf": to_pdf}


def read_seed(path: Path) -> str:
    """A seed text file's text (UTF-8, with or without BOM)."""
    return path.read_text(encoding="utf-8-sig")


def build(seeds: list[Path], out_dir: Path, fmt: str) -> list[Path]:
    """Convert every seed to ``fmt`` (docx | pdf | txt) in ``out_dir``, keeping each seed's stem."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for seed in seeds:
        target = out_dir / f"{seed.stem}.{fmt}"
        if fmt == "txt":
            target.write_bytes(seed.read_bytes())
        else:
            CONVERTERS[fmt](read_seed(seed), target)
        written.append(target)
    return written
