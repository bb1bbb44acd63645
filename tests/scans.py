"""Turn a plain-text meeting document into the image-only PDF a scanner would have made.

Used by the tests at run time (never to produce files kept in the project). The
text is typeset with Pillow in DejaVu Sans (about 11 pt) on white A4 pages, keeping
the document's own line breaks and blank lines and wrapping long lines to the page
width. Each page is then made to look scanned: turned by a small angle, softened by
a light Gaussian blur and sprinkled with a little grain and a few specks. All pages
go into one PDF that holds images only (no text layer), so a reader has to OCR it.

Everything is deterministic for a given ``seed``: the same text gives the same bytes.
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf")
A4_INCHES = (8.27, 11.69)
MARGIN_INCHES = 0.8
POINTS = 11  #: font size
LEADING = 1.45  #: line step as a multiple of the font size
TAB = "    "  #: a tab is typeset as this many spaces
GRAIN = 10  #: the most a pixel is darkened by the grain (of 255)
SPECKS = 2  #: of every 256 pixels on average this many carry a dark speck
SPECK = 90  #: how much a speck darkens its pixel


def font_path() -> str:
    """A DejaVu Sans font file on this system (Debian's fonts-dejavu-core)."""
    for path in FONTS:
        if Path(path).is_file():
            return path
    raise FileNotFoundError("DejaVu Sans not found: apt-get install fonts-dejavu-core")


def layout(text: str, dpi: int = 200) -> list[list[str]]:
    """The lines of each page: ``text`` wrapped to the A4 text width, blank lines kept."""
    width, height = (round(x * dpi) for x in A4_INCHES)
    margin = round(MARGIN_INCHES * dpi)
    font = _font(dpi)
    lines = [line for para in text.replace("\r\n", "\n").replace("\t", TAB).split("\n")
             for line in _wrap(para.rstrip(), font, width - 2 * margin)]
    while lines and not lines[-1]:
        lines.pop()
    per_page = (height - 2 * margin) // _step(dpi)
    return [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]


def render_pages(text: str, dpi: int = 200, blur: float = 0.6, tilt_degrees: float = 0.7,
                 seed: int = 0) -> list[Image.Image]:
    """``text`` as scanned greyscale A4 pages at ``dpi``.

    Page ``n`` is turned by ``tilt_degrees`` (its sign and a little of its size vary from
    page to page with ``seed``), blurred with radius ``blur`` pixels and given grain.
    """
    rng = random.Random(seed)
    width, height = (round(x * dpi) for x in A4_INCHES)
    margin, step, font = round(MARGIN_INCHES * dpi), _step(dpi), _font(dpi)
    pages = []
    for lines in layout(text, dpi):
        image = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(image)
        for row, line in enumerate(lines):
            if line:
                draw.text((margin, margin + row * step), line, font=font, fill=0)
        angle = tilt_degrees * rng.choice((-1, 1)) * rng.uniform(0.8, 1.0)
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
        if blur > 0:
            image = image.filter(ImageFilter.GaussianBlur(blur))
        image = ImageChops.subtract(image, _noise(image.size, rng))
        image.info["dpi"] = (dpi, dpi)
        pages.append(image)
    return pages


def render_scan(text: str, path: Path, dpi: int = 200, blur: float = 0.6, tilt_degrees: float = 0.7,
                seed: int = 0) -> Path:
    """Write ``text`` to ``path`` as one image-only PDF of scanned A4 pages (see ``render_pages``)."""
    first, *rest = render_pages(text, dpi, blur, tilt_degrees, seed)
    path = Path(path)
    first.save(path, "PDF", save_all=True, append_images=rest, resolution=float(dpi),
               creationDate=None, modDate=None)  # no timestamps: the same text gives the same bytes
    return path


def _font(dpi: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(font_path(), round(POINTS * dpi / 72))


def _step(dpi: int) -> int:
    return round(POINTS * dpi / 72 * LEADING)


def _wrap(paragraph: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """``paragraph`` broken at spaces into lines no wider than ``width`` pixels ("" stays one blank line).

    Runs of spaces (a tab's, say) are kept inside a line; a word wider than the line stands alone.
    """
    lines, line = [], ""
    for word in paragraph.split(" "):
        candidate = f"{line} {word}" if line else word
        if line.strip() and word and font.getlength(candidate) > width:
            lines.append(line.rstrip())
            candidate = word
        line = candidate
    return lines + [line.rstrip()]


def _noise(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """How much to darken each pixel: faint grain everywhere, a few dark specks."""
    table = [SPECK if v >= 256 - SPECKS else v % (GRAIN + 1) for v in range(256)]
    return Image.frombytes("L", size, rng.randbytes(size[0] * size[1])).point(table)
