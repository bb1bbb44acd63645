"""Scanned pages with layout: a meeting document typeset with tables and columns, then "scanned".

Used by the tests and bench/scan_layouts.py at run time (never to produce files kept in
the project). The document's text gives the content, its meeting record the attendee
rows; the layouts are the ones Swedish meeting documents are printed with:

* ``header_table``: the header block (``Mötesdatum``, ``Plats och tid``, ``Närvarande``, ...)
  as a bordered two-column table, label | value, long values wrapped inside their cell;
* ``attendees_bordered`` / ``attendees_borderless``: as ``header_table`` (bordered or not),
  but each attendee list (``Närvarande``, ``Beslutande``, ``Övriga medverkande``, ...) is a
  label line over a table of one row per person: name | affiliation | role or title,
  taken from the record's attendees named in that list;
* ``two_columns``: the header as printed, the rest of the text set in two columns.

Pages are A4 in DejaVu Sans, turned, blurred and grained like ``scans.render_pages``.
Everything is deterministic for a given ``seed``.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from scans import A4_INCHES, MARGIN_INCHES, TAB, _font, _noise, _step, _wrap
from seedformats import header_row

LAYOUTS = ("header_table", "attendees_bordered", "attendees_borderless", "two_columns")
ATTENDEE_LABELS = ("Närvarande", "Beslutande", "Ledamöter", "Tjänstgörande ersättare", "Ersättare",
                   "Övriga medverkande", "Övriga närvarande", "Övriga deltagare", "Tjänstepersoner", "Gäster")
_ITEM = re.compile(r"^\s*(?:§\s*\d+|\d{1,3}\.\s+\S)")
PAD = 0.08  #: cell padding, inches (Word's default cell margins, 0.19 cm)
GUTTER = 0.35  #: space between text columns, inches


@dataclass
class Table:
    rows: list[list[str]]
    bordered: bool
    widths: list[float] = field(default_factory=list)  #: column shares of the text width


@dataclass
class Header:
    """The header block: (label, value, whether it lists attendees) rows and other lines, in order."""
    parts: list[object] = field(default_factory=list)  #: [label, value, is_list] rows or str lines
    body: list[str] = field(default_factory=list)  #: the lines after the header block


def split_header(text: str) -> Header:
    """The header block before the first numbered item, and the remaining lines."""
    lines = text.replace("\r\n", "\n").replace("\t", TAB).split("\n")
    raw = text.replace("\r\n", "\n").split("\n")
    out = Header()
    for i, (line, original) in enumerate(zip(lines, raw)):
        if _ITEM.match(line):
            out.body = lines[i:]
            return out
        row = header_row(original.strip())
        last = out.parts[-1] if out.parts else None
        if row:
            label = row[0].rstrip(":")
            out.parts.append([row[0], row[1], label in ATTENDEE_LABELS])
        elif line.strip() and isinstance(last, list) and (last[2] or last[1]):
            last[1] = f"{last[1]} {line.strip()}".strip()  # a continuation of the value
        else:
            out.parts.append(line.rstrip())
    return out


def blocks(text: str, record: dict, layout: str) -> tuple[list[object], list[str]]:
    """(header blocks: lines and Tables, body lines) of ``text`` in ``layout``."""
    head = split_header(text)
    bordered = layout != "attendees_borderless"
    out: list[object] = []
    for part in head.parts:
        if isinstance(part, str):
            out.append(part)
        elif layout == "two_columns":
            out.append(f"{part[0]}{TAB}{part[1]}".rstrip())
        elif part[2] and layout.startswith("attendees"):
            out += [part[0].rstrip(":"), Table(_people(part[1], record), bordered, [0.36, 0.3, 0.34])]
        elif out and isinstance(out[-1], Table) and len(out[-1].rows[0]) == 2:
            out[-1].rows.append(part[:2])
        else:
            out.append(Table([part[:2]], bordered, [0.26, 0.74]))
    return out, head.body


def _people(value: str, record: dict) -> list[list[str]]:
    """name | affiliation | role-or-title rows of the record's attendees named in ``value``."""
    flat = re.sub(r"\s+", " ", value)
    named = [a for a in record.get("attendees", []) if a["name"] in flat]
    named.sort(key=lambda a: flat.index(a["name"]))
    return [[a["name"], a.get("affiliation") or "", a.get("role") or a.get("title") or ""] for a in named]


def render_layout(text: str, record: dict, layout: str, dpi: int = 200, blur: float = 0.6,
                  tilt_degrees: float = 0.7, seed: int = 0) -> list[Image.Image]:
    """``text`` in ``layout`` as scanned greyscale A4 pages at ``dpi``."""
    assert layout in LAYOUTS, layout
    page = _Pages(dpi)
    header, body = blocks(text, record, layout)
    for block in header:
        page.table(block) if isinstance(block, Table) else page.line(block)
    if layout == "two_columns":
        page.columns(body)
    else:
        for line in body:
            page.line(line)
    rng = random.Random(seed)
    return [_scanned(image, dpi, blur, tilt_degrees, rng) for image in page.done()]


def render_layout_scan(text: str, record: dict, layout: str, path: Path, dpi: int = 200, seed: int = 0,
                       **kwargs) -> Path:
    """Write ``text`` in ``layout`` to ``path`` as an image-only PDF (see ``render_layout``)."""
    first, *rest = render_layout(text, record, layout, dpi, seed=seed, **kwargs)
    path = Path(path)
    first.save(path, "PDF", save_all=True, append_images=rest, resolution=float(dpi),
               creationDate=None, modDate=None)
    return path


def _scanned(image: Image.Image, dpi: int, blur: float, tilt: float, rng: random.Random) -> Image.Image:
    angle = tilt * rng.choice((-1, 1)) * rng.uniform(0.8, 1.0)
    image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    if blur > 0:
        image = image.filter(ImageFilter.GaussianBlur(blur))
    image = ImageChops.subtract(image, _noise(image.size, rng))
    image.info["dpi"] = (dpi, dpi)
    return image


class _Pages:
    """A4 pages filled top to bottom: lines, tables, two-column runs of lines."""

    def __init__(self, dpi: int):
        self.dpi, self.font, self.step = dpi, _font(dpi), _step(dpi)
        self.size = tuple(round(x * dpi) for x in A4_INCHES)
        self.margin = round(MARGIN_INCHES * dpi)
        self.width = self.size[0] - 2 * self.margin
        self.pages: list[Image.Image] = []
        self._new()

    def _new(self) -> None:
        self.pages.append(Image.new("L", self.size, 255))
        self.draw = ImageDraw.Draw(self.pages[-1])
        self.y = self.margin

    def _room(self, height: int) -> None:
        if self.y + height > self.size[1] - self.margin:
            self._new()

    def line(self, text: str) -> None:
        for piece in _wrap(text.rstrip(), self.font, self.width):
            self._room(self.step)
            if piece:
                self.draw.text((self.margin, self.y), piece, font=self.font, fill=0)
            self.y += self.step

    def table(self, table: Table) -> None:
        pad = round(PAD * self.dpi)
        widths = [round(share * self.width) for share in table.widths]
        for row in table.rows:
            cells = [_wrap(cell, self.font, w - 2 * pad) for cell, w in zip(row, widths)]
            height = max(len(c) for c in cells) * self.step + 2 * pad
            self._room(height)
            x = self.margin
            for lines, w in zip(cells, widths):
                for k, piece in enumerate(lines):
                    self.draw.text((x + pad, self.y + pad + k * self.step), piece, font=self.font, fill=0)
                if table.bordered:
                    self.draw.rectangle((x, self.y, x + w, self.y + height), outline=0, width=2)
                x += w
            self.y += height
        self.y += self.step // 2

    def columns(self, lines: list[str]) -> None:
        """``lines`` set in two columns, page after page."""
        gutter = round(GUTTER * self.dpi)
        width = (self.width - gutter) // 2
        flowed = [piece for line in lines for piece in _wrap(line.rstrip(), self.font, width)]
        while flowed and not flowed[-1]:
            flowed.pop()
        column, top = 0, self.y
        for piece in flowed:
            if self.y + self.step > self.size[1] - self.margin:
                if column == 0:
                    column, self.y = 1, top
                else:
                    self._new()
                    column, top = 0, self.y
            if piece:
                self.draw.text((self.margin + column * (width + gutter), self.y), piece, font=self.font, fill=0)
            self.y += self.step

    def done(self) -> list[Image.Image]:
        return self.pages
