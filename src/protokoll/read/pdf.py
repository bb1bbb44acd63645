"""PDF: the text layer page by page (pypdfium2); pages without one are read by OCR.

A page with fewer than ``MIN_CHARS`` non-space characters that shows an
image (a scan), or no text at all but drawn content (text turned into
outlines), is rendered at 300 dpi and read by Tesseract (``ocr``), so a mixed
PDF is read page by page. Without Tesseract such a page keeps method
``needs_ocr`` and empty text, and a PDF of only such pages is a ``ReadError``.
A blank page stays a ``text_layer`` page with empty text. Every pdfium object
is closed as soon as it has been read, so memory does not grow over a batch.
"""

from __future__ import annotations

import ctypes
import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from . import ocr
from .text import Page, ReadError
from .boxes import CELL_GAP, Fragment, page_layout

MIN_CHARS = 20  #: fewer non-space characters than this on an image page: needs OCR
MAX_PIXELS = 60_000_000  #: a page rendered for OCR stays under this (A4 at 300 dpi is 8.7 million)
_ERRORS = {
    pdfium_c.FPDF_ERR_PASSWORD: "password-protected PDF",
    pdfium_c.FPDF_ERR_SECURITY: "password-protected PDF (unsupported security scheme)",
}


def read_pdf(data: bytes) -> list[Page]:
    """The pages of a PDF with their text layer; raises ``ReadError``."""
    pdf = _open(data)
    try:
        pages = [_read_page(pdf, i) for i in range(len(pdf))]
        scanned = [p.number for p in pages if p.method == "needs_ocr"]
        if scanned and ocr.available():
            for page in ocr.ocr_pages((n, *_render(pdf, n - 1)) for n in scanned):
                pages[page.number - 1] = page
    finally:
        pdf.close()
    if scanned and not any(p.text.strip() for p in pages if p.method != "needs_ocr"):
        ocr.require()
    return pages


def _render(pdf: pdfium.PdfDocument, index: int) -> tuple[Image.Image, int]:
    """Page ``index`` as a greyscale image and its dpi: ``ocr.DPI``, less for pages over ``MAX_PIXELS``."""
    page = pdf[index]
    try:
        width, height = page.get_size()
        scale = min(ocr.DPI / 72, (MAX_PIXELS / max(width * height, 1)) ** 0.5)
        bitmap = page.render(scale=scale, grayscale=True)
        try:
            return bitmap.to_pil().copy(), round(scale * 72)  # to_pil shares pdfium's buffer
        finally:
            bitmap.close()
    finally:
        page.close()


def _open(data: bytes) -> pdfium.PdfDocument:
    """The opened document; raises ``ReadError`` with the reason pdfium gives for this file.

    pdfium keeps its last error code until a later failure sets another, and some
    failures (a document without pages) set none: the code would be the previous
    file's (a damaged PDF read after a password-protected one was "password-protected").
    So the code is first set to "file access error", which loading from memory never
    causes: found again after the load, this load set no code of its own.
    """
    _reset_error()
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        if err.err_code in _ERRORS:
            raise ReadError(_ERRORS[err.err_code]) from None
        silent = (pdfium_c.FPDF_ERR_FILE, pdfium_c.FPDF_ERR_SUCCESS)
        reason = "no pages" if err.err_code in silent else _reason(err)
        raise ReadError(f"damaged PDF file ({reason})") from None


def _reset_error() -> None:
    """Set pdfium's last error to FPDF_ERR_FILE: opening a file that does not exist (the empty path)."""
    handle = pdfium_c.FPDF_LoadDocument(b"", None)
    if handle:  # cannot happen (no file has the empty name); close it all the same
        pdfium_c.FPDF_CloseDocument(handle)


def _reason(err: pdfium.PdfiumError) -> str:
    """'Data format error' out of pdfium's 'Failed to load document (PDFium: Data format error).'"""
    found = re.search(r"PDFium: ([^)]+)\)", str(err))
    return (found[1] if found else str(err) or "unreadable").lower()


def _read_page(pdf: pdfium.PdfDocument, index: int) -> Page:
    """One page's text, or an empty ``needs_ocr`` page when it only shows an image."""
    try:
        page = pdf[index]
    except pdfium.PdfiumError:
        raise ReadError(f"damaged PDF file (page {index + 1} cannot be loaded)") from None
    try:
        textpage = page.get_textpage()
        try:
            text = clean_text(textpage.get_text_bounded())
            laid = _laid_out(textpage, page.get_height()) if text.strip() else None
        finally:
            textpage.close()
        if _needs_ocr(page, text):
            return Page(index + 1, "", "needs_ocr")
        return Page(index + 1, laid or text, "text_layer")
    finally:
        page.close()


def clean_text(text: str) -> str:
    """pdfium text as the page shows it: "\\n" line ends, no NULs or form feeds.

    pdfium joins a line ending in "-" to the next one, leaving a marker (U+0002, or U+FFFE
    from ``get_text_range``) instead of "-" and the line break: both are put back, so
    "Arbetsmarknads-\\noch" stays as printed (joining compounds is for ``repair``). The
    spaces pdfium invents around a no-break space in justified lines go ("12 \\xa0 mars").
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\x00", "")
    text = text.replace("\x02", "-\n").replace("\ufffe", "-\n")
    return re.sub(r" ?(\xa0+) ?", r"\1", text)


def _laid_out(textpage: pdfium.PdfTextPage, height: float) -> str | None:
    """The page's text rebuilt from its character boxes (``boxes.page_layout``) when it shows
    table rows or text columns, which the text layer may hold in column order; else None."""
    count = textpage.count_chars()
    chars = textpage.get_text_range(0, count) if count > 0 else ""
    if len(chars) != count:  # characters outside the BMP: indices and text do not line up
        return None
    lines: list[list[Fragment]] = [[]]
    gap = True  # a space or line break came since the last character
    l_, r_, b_, t_ = (ctypes.c_double() for _ in range(4))
    left_, right_, bottom_, top_ = (ctypes.byref(v) for v in (l_, r_, b_, t_))
    char_box, raw = pdfium_c.FPDFText_GetCharBox, textpage.raw  # the wrapper is 3x slower
    words = lines[-1]
    last: Fragment | None = None  #: the word being built, when no space came since its last character
    for i, ch in enumerate(chars):
        if ch == "\n":
            words = []
            lines.append(words)
            last = None
        if ch.isspace() and ch != "\xa0" or ch == "\x00":
            gap = True
            continue
        char_box(raw, i, left_, right_, bottom_, top_)
        left, right, top, bottom = l_.value, r_.value, height - t_.value, height - b_.value
        text = "-" if ch in "\x02\ufffe" else ch
        if last is not None and not gap and last.left <= left <= last.right + (size := max(
                last.bottom - last.top, bottom - top)) and abs(last.top + last.bottom - top - bottom) < size:
            last.text += text  # the character continues the word: as _same_word, without making a Fragment
            last.right = right
            if top < last.top:
                last.top = top
            if bottom > last.bottom:
                last.bottom = bottom
        elif right >= left:
            last = Fragment(text, left, top, right, bottom)
            words.append(last)
        gap = False
    text, structured = page_layout([phrase for words in lines for phrase in _phrases(words)])
    return clean_text(text) if structured else None


def _phrases(words: list[Fragment]) -> list[Fragment]:
    """The words of one text-layer line joined into phrases, split only at gaps much wider
    than the line's word spaces (a justified line's wide spaces are all alike)."""
    if len(words) < 2:
        return words
    size = sorted(w.bottom - w.top for w in words)[len(words) // 2]
    gaps = [b.left - a.right for a, b in zip(words, words[1:])]
    space = sorted(gaps)[len(gaps) // 2] if len(gaps) >= 3 else 0.0
    out = [words[0]]
    for word, gap in zip(words[1:], gaps):
        if gap > CELL_GAP * size and gap > 2.5 * space:
            out.append(word)
        else:
            last = out[-1]
            out[-1] = Fragment(f"{last.text} {word.text}", last.left, min(last.top, word.top), word.right,
                               max(last.bottom, word.bottom))
    return out


def _same_word(word: Fragment, char: Fragment) -> bool:
    """Whether ``char`` continues ``word`` (no space came between): on its line and not far on.

    Glyph boxes are tight, so letters of one word can stand apart ("r" after "o", "1" after
    "1"), and the letters of a ligature ("fl") share one box; pdfium puts a space where the
    text has one or the gap is a word space.
    """
    size = max(word.bottom - word.top, char.bottom - char.top)
    centre = abs((word.top + word.bottom) - (char.top + char.bottom)) / 2
    return word.left <= char.left <= word.right + size and centre < 0.5 * size  # a ligature's "l" shares its box


def _needs_ocr(page: pdfium.PdfPage, text: str) -> bool:
    chars = sum(1 for ch in text if not ch.isspace())
    if chars >= MIN_CHARS:
        return False
    kinds = {obj.type for obj in page.get_objects(max_depth=3)}
    return pdfium_c.FPDF_PAGEOBJ_IMAGE in kinds or (chars == 0 and bool(kinds - {pdfium_c.FPDF_PAGEOBJ_TEXT}))
