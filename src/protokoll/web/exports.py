"""Exports for a Swedish spreadsheet user: CSV as Swedish Excel reads it, and .xlsx.

CSV: UTF-8 with a byte order mark (so Excel reads å/ä/ö right), ``;`` as the
separator (Excel's list separator where the decimal sign is a comma), CRLF
line ends, Swedish headers and values; dates stay ISO (ÅÅÅÅ-MM-DD), which
Excel reads as dates in every locale. Text a spreadsheet would run as a
formula is defused in both formats (:func:`.csvfile.cell`).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from .csvfile import cell

BOM = "\ufeff"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_TAGS = re.compile(r"</?mark>")


@dataclass(frozen=True)
class Column:
    key: str  #: the row dict's key
    header: str  #: the Swedish column header


def plain(text: str | None) -> str | None:
    """A search snippet without its ``<mark>`` highlighting, entities undone."""
    if text is None:
        return None
    import html

    return html.unescape(_TAGS.sub("", text))


def to_swedish_csv(rows: list[dict], columns: tuple[Column, ...]) -> bytes:
    """Rows as CSV for Swedish Excel (see the module docstring), as UTF-8 bytes with BOM."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(c.header for c in columns)
    writer.writerows([cell(r.get(c.key)) for c in columns] for r in rows)
    return (BOM + out.getvalue()).encode("utf-8")


def to_xlsx(rows: list[dict], columns: tuple[Column, ...], sheet: str) -> bytes:
    """Rows as an .xlsx workbook of one sheet: bold frozen header row, filter buttons, text cells."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)  # streams rows: a few times faster on a large register
    ws = book.create_sheet(sheet[:31])
    ws.freeze_panes = "A2"
    for n, column in enumerate(columns, start=1):
        longest = max([len(column.header)] + [len(str(r.get(column.key) or "")) for r in rows[:200]])
        ws.column_dimensions[get_column_letter(n)].width = min(60, longest + 2)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    bold = Font(bold=True)
    header = []
    for c in columns:
        cell_ = WriteOnlyCell(ws, value=c.header)
        cell_.font = bold
        header.append(cell_)
    ws.append(header)
    for r in rows:
        ws.append([_xlsx_value(r.get(c.key)) for c in columns])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _xlsx_value(value: object):
    """Numbers stay numbers; text is defused like CSV text (openpyxl writes "=..." as a formula)."""
    if value is None or isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return cell(value)
