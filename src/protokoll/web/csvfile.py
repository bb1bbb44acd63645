"""CSV exports: a header line, then one row per result, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import re

_FORMULA = ("=", "+", "@", "\t", "\r")
_NEGATIVE = re.compile(r"-\d+(?:[.,]\d+)?", re.ASCII)  #: a plain negative number, safe unprefixed


def cell(value: object) -> str:
    """A value as CSV text; text a spreadsheet would run as a formula gets a leading apostrophe."""
    if value is None:
        return ""
    text = str(value)
    if text.startswith(_FORMULA) or (text.startswith("-") and not _NEGATIVE.fullmatch(text)):
        return "'" + text
    return text


def to_csv(rows: list[dict], columns: tuple[str, ...]) -> str:
    """Rows as CSV; only ``columns``, in that order."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([cell(r.get(k)) for k in columns] for r in rows)
    return out.getvalue()
