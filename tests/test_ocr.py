"""OCR of scanned pages with the real Tesseract (Swedish model), on pages rendered here.

The page images are typeset from invented meeting text by bench/ocr.py's
renderer (DejaVu Sans, 300 dpi). Each OCR'd page costs one to a few seconds,
so the scans are short and each is read once per module.
"""

from __future__ import annotations

import functools
import importlib.util
import io
import os
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from protokoll.read import ReadError, read_document
from protokoll.read import ocr

ROOT = Path(__file__).resolve().parents[1]

MINUTES = """Minnesanteckningar
Styrgruppen för Ängsö kommunförbund
Mötesdatum 2025-03-12, kl. 13:00-15:30, Kulturhuset i Östra Åby
Närvarande: Åsa Öberg (Växjö, ordförande), Örjan Ärlig (Åre), Märta Sjöström (Älvdalen)

1. Mötets öppnande
Ordföranden öppnade mötet och hälsade alla välkomna.

2. Föregående minnesanteckningar
Minnesanteckningarna från mötet den 12 februari godkändes och lades till handlingarna.

3. Gemensam upphandling av skolskjutsar
Gruppen diskuterade förslaget om en gemensam upphandling för åren 2026-2029.
Beslut: Förvaltningen får i uppdrag att ta fram ett underlag till nästa möte.

4. Övriga frågor
Inga övriga frågor anmäldes. Nästa möte hålls den 9 april i Växjö."""

SECOND = """Bilaga 1. Tidplan för upphandlingen
Förfrågningsunderlaget skickas ut i början av maj och anbuden öppnas i juni.
Tilldelningsbeslut fattas efter sommaren av respektive kommunstyrelse."""

CI = bool(os.environ.get("CI"))
needs_tesseract = pytest.mark.skipif(not ocr.available() and not CI,  # in CI a missing Tesseract must fail
                                     reason="Tesseract's Swedish model is not installed (scripts/install-system-deps.sh)")


@functools.cache
def bench():
    """bench/ocr.py as a module: its page renderer and word-accuracy measure."""
    spec = importlib.util.spec_from_file_location("bench_ocr", ROOT / "bench" / "ocr.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def page(text: str) -> Image.Image:
    """``text`` typeset as one 300-dpi A4 page."""
    [(image, _shown)] = bench().render_pages(text)
    return image


def encode(image: Image.Image, fmt: str, **options) -> bytes:
    buf = io.BytesIO()
    image.save(buf, fmt, **options)
    return buf.getvalue()


def accuracy(clean: str, ocr_text: str) -> float:
    right, total, _, _ = bench().word_accuracy(clean, ocr_text)
    return right / total


@functools.cache
def png_text():
    return read_document(encode(page(MINUTES), "PNG", dpi=(300, 300)))


@needs_tesseract
def test_png_scan_is_read_with_swedish_letters_and_word_confidence():
    text = png_text()
    assert text.format == "image"
    [only] = text.pages
    assert (only.number, only.method) == (1, "ocr")
    assert 80 <= only.confidence <= 100
    assert accuracy(MINUTES, only.text) >= 0.95
    assert only.text.splitlines()[0] == "Minnesanteckningar"
    for words in ("Styrgruppen för Ängsö kommunförbund", "1. Mötets öppnande", "4. Övriga frågor",
                  "Åsa Öberg", "Örjan Ärlig", "Märta Sjöström"):
        assert words in only.text


@needs_tesseract
def test_image_only_pdf_is_read_by_ocr():
    data = encode(page(MINUTES), "PDF", resolution=300)
    text = read_document(data)
    assert text.format == "pdf"
    assert [p.method for p in text.pages] == ["ocr"]
    assert text.pages[0].confidence > 80
    assert accuracy(MINUTES, text.text) >= 0.95


@needs_tesseract
def test_multi_page_tiff_gives_one_page_per_frame_blank_ones_too():
    first, blank, third = page(SECOND.split("\n")[0]), page(""), page(SECOND)
    data = encode(first.convert("1"), "TIFF", save_all=True, append_images=[blank.convert("1"), third.convert("1")],
                  compression="group4", dpi=(300, 300))
    text = read_document(data)
    assert [(p.number, p.method) for p in text.pages] == [(1, "ocr"), (2, "ocr"), (3, "ocr")]
    assert text.pages[0].text == "Bilaga 1. Tidplan för upphandlingen"
    assert (text.pages[1].text, text.pages[1].confidence) == ("", None)
    assert accuracy(SECOND, text.pages[2].text) >= 0.95


@needs_tesseract
def test_mixed_pdf_is_read_page_by_page():
    import weasyprint

    typed = weasyprint.HTML(string="<html lang='sv'><body><h1>Minnesanteckningar</h1>"
                                   "<p>Styrgruppen för Ängsö kommunförbund, sida ett.</p></body></html>")
    pdf = pdfium.PdfDocument(typed.write_pdf())
    pdf.import_pages(pdfium.PdfDocument(encode(page(SECOND), "PDF", resolution=300)))
    buf = io.BytesIO()
    pdf.save(buf)
    text = read_document(buf.getvalue())
    assert [p.method for p in text.pages] == ["text_layer", "ocr"]
    assert text.pages[0].confidence is None and text.pages[1].confidence > 80
    assert text.pages[0].text.startswith("Minnesanteckningar\nStyrgruppen för Ängsö")
    assert accuracy(SECOND, text.pages[1].text) >= 0.95


@needs_tesseract
def test_ingest_of_a_png_scan_stores_a_record(cli, tmp_path):
    scan = tmp_path / "styrgruppen-2025-03-12.png"
    scan.write_bytes(encode(page(MINUTES), "PNG", dpi=(300, 300)))
    result = cli("ingest", str(scan))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == "1 inserted, 0 updated, 0 unchanged, 0 skipped, 0 failed"
    shown = cli("show", "2025-03-12", "--json")
    assert shown.exit_code == 0, shown.output
    assert "Gemensam upphandling av skolskjutsar" in shown.output


@needs_tesseract
def test_parallel_ocr_keeps_page_order_and_matches_one_at_a_time():
    images = [page(line) for line in ("Punkt ett: Ärenden", "Punkt två: Ökad samverkan", "Punkt tre: Åtgärder")]
    pages = ocr.ocr_pages((n, image, 300) for n, image in enumerate(images, 1))
    assert [(p.number, p.text) for p in pages] == [
        (1, "Punkt ett: Ärenden"), (2, "Punkt två: Ökad samverkan"), (3, "Punkt tre: Åtgärder")]
    assert [ocr.ocr_image(images[1], 2, 300).text] == [pages[1].text]


PROTOCOL = """Protokoll, kommunstyrelsens arbetsutskott (AU)
Paragrafer: §§ 7-9
§ 7 Val av justerare
§ 8 Delegationsbeslut enligt 6 kap. 37 § kommunallagen
Mötet börjar kl. 8 den 8 mars. Ärendet återremitterades till AU §12."""


@needs_tesseract
def test_section_signs_the_swedish_model_misreads_are_restored():
    text = read_document(encode(page(PROTOCOL), "PNG", dpi=(300, 300)))
    lines = [line for line in text.text.splitlines() if line]
    assert lines[1:] == ["Paragrafer: §§ 7-9", "§ 7 Val av justerare",
                         "§ 8 Delegationsbeslut enligt 6 kap. 37 § kommunallagen",
                         "Mötet börjar kl. 8 den 8 mars. Ärendet återremitterades till AU §12."]


@needs_tesseract
def test_jpeg_turned_by_exif_is_read_upright():
    image = page(SECOND).rotate(90, expand=True).convert("RGB")  # stored on its side ...
    exif = Image.Exif()
    exif[0x0112] = 6  # ... with "rotate 90° clockwise to view"
    text = read_document(encode(image, "JPEG", quality=90, dpi=(300, 300), exif=exif))
    assert accuracy(SECOND, text.text) >= 0.95


@needs_tesseract
def test_damaged_image_is_refused_with_a_reason():
    import weasyprint  # noqa: F401  (it lets Pillow load truncated images: the reader must not)

    data = encode(page("Protokoll"), "PNG")
    for damaged, reason in ((data[:3000], "image file is truncated"), (b"II*\x00" + bytes(200), "unknown image format")):
        with pytest.raises(ReadError) as err:
            read_document(damaged)
        assert str(err.value) == f"damaged image file ({reason})"


@pytest.fixture
def no_tesseract(tmp_path, monkeypatch):
    """A machine without Swedish data: $TESSDATA_PREFIX points at an empty folder."""
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    ocr.tessdata_dir.cache_clear()
    ocr.available.cache_clear()
    yield
    monkeypatch.undo()
    ocr.tessdata_dir.cache_clear()
    ocr.available.cache_clear()


def test_without_tesseract_scans_get_a_reason_and_text_pages_are_kept(no_tesseract, cli, tmp_path):
    image = page("Protokoll")
    for data in (encode(image, "PNG"), encode(image, "PDF")):
        with pytest.raises(ReadError) as err:
            read_document(data)
        assert str(err.value) == ocr.MISSING
    import weasyprint

    pdf = pdfium.PdfDocument(weasyprint.HTML(string="<p>Minnesanteckningar för styrgruppen</p>").write_pdf())
    pdf.import_pages(pdfium.PdfDocument(encode(image, "PDF")))
    buf = io.BytesIO()
    pdf.save(buf)
    assert [(p.method, p.text) for p in read_document(buf.getvalue()).pages] == [
        ("text_layer", "Minnesanteckningar för styrgruppen"), ("needs_ocr", "")]
    scan = tmp_path / "skannad.png"
    scan.write_bytes(encode(image, "PNG"))
    result = cli("ingest", str(scan))
    assert result.exit_code == 1
    assert f"{scan}: {ocr.MISSING}" in result.output and "Traceback" not in result.output


@needs_tesseract
def test_image_over_pillows_pixel_limit_is_refused():
    data = encode(Image.new("1", (10_000, 9_000), 1), "PNG")
    with pytest.raises(ReadError) as err:
        read_document(data)
    assert str(err.value) == "image is too large to read (over 89 million pixels)"


def test_section_one_misread_as_letter_becomes_a_number():
    assert ocr.clean_ocr_text("§ I Val av justerare\n§ l.\n§ Inledning\n§ I2 Budget \f\n") == \
        "§ 1 Val av justerare\n§ 1.\n§ Inledning\n§ 12 Budget"
