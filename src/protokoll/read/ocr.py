"""OCR of page images with Tesseract's Swedish model, in-process through ``tesserocr``.

The ``tesserocr`` wheel bundles the Tesseract library; the language data comes
from Debian's ``tesseract-ocr-swe`` (``scripts/install-system-deps.sh``). Pages
are read in parallel threads (Tesseract releases the GIL while it recognises),
one ``PyTessBaseAPI`` per thread, kept for reuse across documents. Images are
fed to the pool lazily, at most ``2 * workers`` at a time, so a long scan never
holds all its rendered pages in memory.
"""

from __future__ import annotations

import io
import os
import queue
import re
import statistics
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from functools import cache
from pathlib import Path

from PIL import Image, ImageFile, ImageOps, ImageSequence, UnidentifiedImageError

from .text import Page, ReadError
from .boxes import Fragment, page_layout
from .ocr_sections import restore_sections

LANG = "swe"
DPI = 300  #: resolution PDF pages are rendered at for OCR
MISSING = "needs OCR: Tesseract with Swedish (tesseract-ocr-swe) is not installed"
TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
)

_apis: dict[str, queue.SimpleQueue] = {LANG: queue.SimpleQueue(), "eng": queue.SimpleQueue()}  #: idle APIs


@cache
def tessdata_dir() -> str | None:
    """The folder holding ``swe.traineddata`` ($TESSDATA_PREFIX first), or None."""
    env = os.environ.get("TESSDATA_PREFIX")
    for folder in ([env] if env else []) + [d for d in TESSDATA_DIRS if not env]:
        if (Path(folder) / f"{LANG}.traineddata").is_file():
            return folder.rstrip("/") + "/"
    return None


@cache
def available() -> bool:
    """Whether OCR can run: ``tesserocr`` imports and the Swedish model is installed."""
    try:
        import tesserocr  # noqa: F401
    except ImportError:
        return False
    return tessdata_dir() is not None


def require() -> None:
    """Raise ``ReadError(MISSING)`` unless OCR can run."""
    if not available():
        raise ReadError(MISSING)


def workers() -> int:
    """Pages OCR'd at once: one per core."""
    return os.cpu_count() or 1


def ocr_image(image: Image.Image, number: int = 1, dpi: int | None = None) -> Page:
    """One page image read by Tesseract: text, ``method="ocr"``, mean word confidence.

    The text is rebuilt from Tesseract's word boxes (``boxes.page_text``): table rows come
    out as TAB-joined cells and two text columns one after the other. The confidence is
    the mean of Tesseract's word confidences (0-100), None when the page shows no words.
    """
    api = _take_api(LANG)
    try:
        api.SetImage(image)
        if dpi:
            api.SetSourceResolution(dpi)
        api.Recognize()
        words = _words(api)
        slope = _slope(api)
    except RuntimeError as err:
        raise ReadError(f"OCR failed on page {number} ({err})") from None
    finally:
        api.Clear()
        _apis[LANG].put(api)
    if _have_model("eng"):
        words = restore_sections(words, lambda box: _read_word(image, box, dpi))
    text, _tables = page_layout([Fragment(word, *box) for word, _conf, box in words], slope, unwrap=True)
    confidences = [conf for _word, conf, _box in words]
    confidence = round(sum(confidences) / len(confidences), 1) if confidences else None
    return Page(number, clean_ocr_text(text), "ocr", confidence)


def _words(api) -> list[tuple[str, float, tuple[int, int, int, int]]]:
    """(text, confidence, bounding box) of each word Tesseract recognised, in text order."""
    from tesserocr import RIL, iterate_level

    found = []
    for word in iterate_level(api.GetIterator(), RIL.WORD):
        try:
            text = word.GetUTF8Text(RIL.WORD)
        except RuntimeError:  # "No text returned": a page without words
            continue
        if text and text.strip() and not _RULING.fullmatch(text.strip()):
            found.append((text.strip(), word.Confidence(RIL.WORD), word.BoundingBox(RIL.WORD)))
    return found


_RULING = re.compile(r"[|_\[\]]+")  #: a table's ruled line read as glyphs


def _slope(api) -> float:
    """How far the page's text lines fall per pixel to the right (their median baseline slope)."""
    from tesserocr import RIL, iterate_level

    slopes = []
    for line in iterate_level(api.GetIterator(), RIL.TEXTLINE):
        base = line.Baseline(RIL.TEXTLINE)
        if base and base[1][0] - base[0][0] > 100:
            (x1, y1), (x2, y2) = base
            slopes.append((y2 - y1) / (x2 - x1))
    return statistics.median(slopes) if slopes else 0.0


def _read_word(image: Image.Image, box: tuple[int, int, int, int], dpi: int | None) -> str:
    """The English model's reading of the word in ``box`` of ``image``."""
    from tesserocr import PSM

    crop = image.crop(box)
    api = _take_api("eng")
    try:
        api.SetPageSegMode(PSM.SINGLE_WORD)
        api.SetImage(crop)
        if dpi:
            api.SetSourceResolution(dpi)
        return api.GetUTF8Text().strip()
    except RuntimeError:
        return ""
    finally:
        api.Clear()
        _apis["eng"].put(api)


def ocr_pages(images: Iterable[tuple[int, Image.Image, int | None]]) -> list[Page]:
    """OCR ``(page number, image, dpi)`` in parallel; pages come back in page order.

    ``images`` is consumed lazily from the calling thread (so it may render PDF
    pages, which pdfium only allows from one thread), keeping few images alive.
    """
    n = workers()
    done: list[Page] = []
    pending: set[Future] = set()
    with ThreadPoolExecutor(max_workers=n, thread_name_prefix="ocr") as pool:
        try:
            for number, image, dpi in images:
                if len(pending) >= 2 * n:
                    finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                    done += [f.result() for f in finished]
                pending.add(pool.submit(ocr_image, image, number, dpi))
            done += [f.result() for f in wait(pending).done]
        finally:
            for future in pending:
                future.cancel()
    return sorted(done, key=lambda p: p.number)


def read_image(data: bytes) -> list[Page]:
    """An image file (PNG, JPEG, TIFF, multi-page TIFF) read by OCR; raises ``ReadError``."""
    require()
    return ocr_pages(_frames(data))


def _frames(data: bytes) -> Iterator[tuple[int, Image.Image, int | None]]:
    """Each frame of an image file, upright and in a mode Tesseract takes, with its dpi."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # "Corrupt EXIF data" and the like
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
        with img:
            for index, frame in enumerate(ImageSequence.Iterator(img)):
                yield index + 1, _upright(frame), _dpi(frame)
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise ReadError("image is too large to read (over 89 million pixels)") from None
    except UnidentifiedImageError:
        raise ReadError("damaged image file (unknown image format)") from None
    except (OSError, ValueError, SyntaxError) as err:
        raise ReadError(f"damaged image file ({err})") from None


@contextmanager
def _strict_loading() -> Iterator[None]:
    """Refuse truncated image data while loading, whatever others set (WeasyPrint allows it)."""
    before, ImageFile.LOAD_TRUNCATED_IMAGES = ImageFile.LOAD_TRUNCATED_IMAGES, False
    try:
        yield
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = before


def _upright(frame: Image.Image) -> Image.Image:
    """A copy of ``frame`` turned as its EXIF says, in mode 1, L or RGB (alpha on white)."""
    with _strict_loading():
        frame.load()
    page = ImageOps.exif_transpose(frame)
    if page.mode.startswith("I"):  # 16/32-bit grey: scale to 8 bits
        page = page.convert("I").point(lambda v: v / 256).convert("L")
    elif "A" in page.getbands() or page.mode == "P" and "transparency" in page.info:
        rgba = page.convert("RGBA")
        page = Image.alpha_composite(Image.new("RGBA", rgba.size, "white"), rgba).convert("RGB")
    elif page.mode not in ("1", "L", "RGB"):
        page = page.convert("RGB")
    return page


def _dpi(image: Image.Image) -> int | None:
    """The resolution the image file states, when plausible for a scan."""
    try:
        dpi = round(float(image.info.get("dpi", (0, 0))[0]))
    except (TypeError, ValueError, IndexError):
        return None
    return dpi if 70 <= dpi <= 2400 else None


def clean_ocr_text(text: str) -> str:
    """Tesseract's text with "\\n" line ends, no form feeds or trailing spaces and blank lines,
    and "§ I" / "§ l" (never Swedish) as the "§ 1" it stands for."""
    text = "\n".join(line.rstrip() for line in text.replace("\x00", "").splitlines()).strip("\n")
    return re.sub(r"(§ ?)[Il](?![^\W\d_])", r"\g<1>1", text)


def _have_model(lang: str) -> bool:
    """Whether ``lang``.traineddata lies beside the Swedish model."""
    folder = tessdata_dir()
    return folder is not None and (Path(folder) / f"{lang}.traineddata").is_file()


def _take_api(lang: str):
    """An idle ``PyTessBaseAPI`` for ``lang``, made when none is free."""
    try:
        return _apis[lang].get_nowait()
    except queue.Empty:
        pass
    from tesserocr import PyTessBaseAPI

    try:
        return PyTessBaseAPI(path=tessdata_dir(), lang=lang)
    except RuntimeError as err:  # e.g. a damaged .traineddata
        raise ReadError(f"needs OCR: Tesseract cannot load its model {lang!r} ({err})") from None
