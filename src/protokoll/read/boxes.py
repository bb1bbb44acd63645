"""Lines, table rows and columns rebuilt from word boxes (Tesseract's words, pdfium's characters).

A reader hands over ``Fragment``s: runs of text that certainly belong together on one
line (a word, or a piece of line a PDF or Tesseract already set), with their boxes in
pixels, y downwards. ``page_layout`` turns them into the page's lines as parse reads them:

* fragments on one baseline are one row, read left to right. A page turned by a small
  angle is straightened by the ``slope`` the reader measured (Tesseract's baselines), so
  the cells at both ends of a long table row still meet;
* a gap between fragments wider than ``CELL_GAP`` line heights (wider than any word space
  of running text) separates cells, joined by a TAB as the DOCX reader joins table cells:
  "Anna Berg<TAB>Malmö<TAB>ordförande", "Mötesdatum<TAB>2025-03-12";
* a row that has text only in later cells, each starting where a cell of the row above
  starts, is the wrapped rest of those cells and is joined to them;
* two text columns (a run of rows split at one gutter near the middle, with lines of
  several words on both sides) are read column by column;
* a vertical gap of over ``PARAGRAPH_GAP`` line pitches becomes a blank line (table rows
  are measured against the table's own row pitch);
* with ``unwrap`` (OCR words), a line that ended only because its next word did not fit
  before the block's right edge is joined to the next line, as the text was written.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

CELL_GAP = 1.3  #: a horizontal gap this many line heights wide separates table cells (a space is about 0.5)
ROW_TOLERANCE = 0.5  #: fragments whose centres differ less than this many line heights share a row
PARAGRAPH_GAP = 1.75  #: a vertical step this many line pitches long holds a blank line
COLUMN_ROWS = 5  #: rows a two-column run needs at least
COLUMN_WORDS = 3  #: words a line of a text column holds at least (as a median)
WRAP_LINES = 3  #: plain lines that must reach a block's right edge before lines are unwrapped to it


@dataclass
class Fragment:
    text: str
    left: float
    top: float
    right: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass
class Row:
    y: float  #: straightened centre
    last: float | None = None  #: centre of its lowest line, when a wrapped cell made it taller
    parts: list[Fragment] = field(default_factory=list)
    cells: list[list[Fragment]] = field(default_factory=list)

    @property
    def left(self) -> float:
        return self.parts[0].left

    @property
    def right(self) -> float:
        return max(p.right for p in self.parts)


def page_text(fragments: list[Fragment], slope: float = 0.0) -> str:
    """The page's text: rows of cells (TAB-joined), columns in reading order, blank lines at gaps."""
    return page_layout(fragments, slope)[0]


def page_layout(fragments: list[Fragment], slope: float = 0.0, unwrap: bool = False) -> tuple[str, bool]:
    """(``page_text``, whether the page showed a table row or text columns).

    With ``unwrap`` (fragments are single words), a line broken only because the next word
    did not fit is joined to the next one (see ``_wrapped``)."""
    fragments = [f for f in fragments if f.text.strip() and f.right > f.left]
    if not fragments:
        return "", False
    height = statistics.median(f.height for f in fragments)
    rows = _rows(fragments, slope, height)
    for row in rows:
        row.cells = _cells(row.parts, height)
    pitch = _pitch(rows, height)
    table_steps = sorted(b.y - a.y for a, b in zip(rows, rows[1:]) if len(a.cells) > 1 and len(b.cells) > 1)
    table_pitch = max(pitch, table_steps[len(table_steps) // 2]) if table_steps else pitch
    runs = _reading_runs(rows, height)
    structured = any(run.columns for run in runs) or any(len(row.cells) > 1 for row in rows)
    out: list[str] = []
    left: tuple[Row, float | None] | None = None  #: the last line of a left column, and its edge
    for run in runs:
        side, right = run.side, _right_edge(run if run.columns else rows, height) if unwrap else None
        run = run if side else _join_wrapped(run, height)
        before = None
        if left and side == "right" and left[1] and run and _wrapped(left[0], run[0], left[1], height, True):
            while out and not out[-1]:
                out.pop()  # a paragraph going on at the top of the right column: no break
            out[-1] += " " + _line(run[0])
            before, run = run[0], run[1:]
        _emit(run, out, right, height, pitch, table_pitch, before)
        left = (run[-1], right) if side == "left" and run else None
        if out and out[-1]:
            out.append("")
    return "\n".join(out).strip("\n"), structured


def _emit(run: list[Row], out: list[str], right: float | None, height: float, pitch: float,
          table_pitch: float, before: Row | None = None) -> None:
    """Append ``run``'s lines to ``out``: a blank line at a paragraph gap, wrapped lines joined.
    ``before`` is the line already written above ``run``'s first one, if any."""
    above = before
    for row in run:
        step = row.y - (above.last or above.y) if above else 0.0
        table = above and len(row.cells) > 1 and len(above.cells) > 1  # table rows may step further
        if step > PARAGRAPH_GAP * (table_pitch if table else pitch) and out and out[-1]:
            out.append("")
        if right and above and step <= 1.3 * pitch and _wrapped(above, row, right, height):
            out[-1] += " " + _line(row)
        else:
            out.append(_line(row))
        above = row


_STARTS_LINE = re.compile(r"\w[\w-]*:$|\d{1,3}[.)]$|§|•$")  #: a label, item number or bullet opens a line


def _right_edge(run: list[Row], height: float) -> float | None:
    """Where the lines of ``run`` (a column, or the page) wrap: its rightmost end, when at least
    ``WRAP_LINES`` plain lines reach it (a page of short lines or table rows shows no wrapping width)."""
    right = max(r.right for r in run)
    full = sum(1 for r in run if len(r.cells) == 1 and r.right >= right - 3 * height)
    return right if full >= WRAP_LINES else None


def _wrapped(above: Row, row: Row, right: float, height: float, across: bool = False) -> bool:
    """Whether ``above`` ended only because ``row``'s first word did not fit after it: ``row`` is
    a plain line starting where ``above`` starts (a label's value, "Närvarande<TAB>...", wraps
    under the label) or, ``across``, at the top of the next column, and that word would have run past the block's right edge. A line ending
    a sentence or clause, or in a hyphen, is left as it is."""
    if len(row.cells) != 1 or abs(row.left - above.left) > height and not across:
        return False
    if above.parts[-1].text.endswith((".", ":", ";", "!", "?", "-")) or _STARTS_LINE.match(row.parts[0].text):
        return False
    first = row.parts[0]
    return above.right + 0.5 * height + (first.right - first.left) > right - 0.2 * height


def _rows(fragments: list[Fragment], slope: float, height: float) -> list[Row]:
    """Fragments grouped by straightened centre line, top to bottom, each row left to right."""
    def centre(f: Fragment) -> float:
        return (f.top + f.bottom) / 2 - slope * (f.left + f.right) / 2

    rows: list[Row] = []
    for f in sorted(fragments, key=centre):
        y = centre(f)
        if rows and y - rows[-1].y <= ROW_TOLERANCE * height:
            row = rows[-1]
            row.y = (row.y * len(row.parts) + y) / (len(row.parts) + 1)
            row.parts.append(f)
        else:
            rows.append(Row(y, parts=[f]))
    for row in rows:
        row.parts.sort(key=lambda f: f.left)
    return rows


def _cells(parts: list[Fragment], height: float) -> list[list[Fragment]]:
    cells = [[parts[0]]]
    for prev, cur in zip(parts, parts[1:]):
        if cur.left - prev.right > CELL_GAP * height:
            cells.append([cur])
        else:
            cells[-1].append(cur)
    return cells


def _join_wrapped(rows: list[Row], height: float) -> list[Row]:
    """Join rows that hold only the wrapped rest of later cells of the row above."""
    out: list[Row] = []
    for row in rows:
        above = out[-1] if out else None
        if above and len(above.cells) >= 2 and row.y - (above.last or above.y) < 2 * PARAGRAPH_GAP * height:
            starts = [c[0].left for c in above.cells[1:]]
            slots = [_slot(c[0].left, starts, height) for c in row.cells]
            if None not in slots and slots == sorted(set(slots)):
                for cell, slot in zip(row.cells, slots):
                    above.cells[slot + 1] += cell
                above.parts += row.parts
                above.last = row.y  # the next step is measured from the lowest line
                continue
        out.append(row)
    return out


def _slot(x: float, starts: list[float], height: float) -> int | None:
    for i, start in enumerate(starts):
        if abs(x - start) <= height:
            return i
    return None


def _pitch(rows: list[Row], height: float) -> float:
    """The usual step from one line of text to the next (a low one: table rows step further)."""
    steps = sorted(b.y - a.y for a, b in zip(rows, rows[1:]) if b.y - a.y > height)
    return steps[len(steps) // 10] if steps else 2 * height


def _reading_runs(rows: list[Row], height: float) -> list["_Run"]:
    """The rows in reading order, as runs: a two-column run becomes its left column then its right one."""
    gutter = _gutter(rows, height)
    fits = [gutter is not None and _fits(row, gutter, height) for row in rows]
    runs: list[_Run] = []
    i = 0
    while i < len(rows):
        end = i
        while end < len(rows) and fits[end]:
            end += 1
        if end > i and _columns(rows[i:end], gutter, height):
            left, right = _Run("left"), _Run("right")
            for row in rows[i:end]:
                for side, cells in ((left, [c for c in row.cells if c[0].left < gutter - height / 2]),
                                    (right, [c for c in row.cells if c[0].left >= gutter - height / 2])):
                    if cells:
                        side.append(Row(row.y, parts=[f for c in cells for f in c], cells=cells))
            runs += [left, right]
            i = end
            continue
        if not runs or runs[-1].columns:
            runs.append(_Run())
        runs[-1] += rows[i:max(end, i + 1)]
        i = max(end, i + 1)
    return runs


class _Run(list):
    """Rows read one after the other: the page's, or one side of a two-column run."""

    def __init__(self, side: str | None = None):
        super().__init__()
        self.side = side  #: "left" or "right" for a text column

    @property
    def columns(self) -> bool:
        return self.side is not None


def _gutter(rows: list[Row], height: float) -> float | None:
    """The left edge of a second text column: the commonest start of a cell after the first
    in the middle of the page, when it is shared by at least ``COLUMN_ROWS`` rows."""
    page_left, page_right = min(r.left for r in rows), max(r.right for r in rows)
    span = page_right - page_left
    starts = sorted(c[0].left for r in rows for c in r.cells[1:]
                    if page_left + 0.35 * span <= c[0].left <= page_left + 0.65 * span)
    best, count = None, 0
    for x in starts:
        n = sum(1 for y in starts if x <= y <= x + height)
        if n > count:
            best, count = x, n
    return best if count >= COLUMN_ROWS else None


def _fits(row: Row, gutter: float, height: float) -> bool:
    """Whether nothing of ``row`` crosses the gutter and at most one cell lies on each side."""
    edge = gutter - height / 2
    if any(f.left < edge < f.right for f in row.parts):
        return False
    left = sum(1 for c in row.cells if c[0].left < edge)
    return left <= 1 and len(row.cells) - left <= 1


def _columns(run: list[Row], gutter: float, height: float) -> bool:
    """Whether a run of rows that keep clear of the gutter is two text columns: enough rows
    with text on both sides, and lines of running text on both (a table's cells hold a name,
    a place, a role: a few words; a column's lines hold a median of ``COLUMN_WORDS`` or more)."""
    if sum(1 for r in run if len(r.cells) == 2) < COLUMN_ROWS:
        return False
    edge = gutter - height / 2
    sides = ([_words(c) for r in run for c in r.cells if c[0].left < edge],
             [_words(c) for r in run for c in r.cells if c[0].left >= edge])
    return all(statistics.median(side) >= COLUMN_WORDS for side in sides)


def _words(cell: list[Fragment]) -> int:
    return sum(len(f.text.split()) for f in cell)


def _line(row: Row) -> str:
    return "\t".join(" ".join(f.text for f in cell) for cell in row.cells)
