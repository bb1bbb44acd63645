"""The PDF reader on PDFs made here with WeasyPrint or by hand (fictional text)."""

from __future__ import annotations

import base64
import functools
import hashlib
import random
import struct
import zlib

import pypdfium2 as pdfium
import pytest
import weasyprint

from protokoll.read import ReadError, read_document

PAGE_CSS = "@page { size: A4; margin: 2cm } body { font-family: sans-serif; font-size: 11pt }" \
           " .ny { page-break-before: always } p { margin: 0 0 4pt 0 }"


def html_pdf(body: str) -> bytes:
    """A PDF rendered by WeasyPrint from an HTML body."""
    page = f"<html lang='sv'><style>{PAGE_CSS}</style><body>{body}</body></html>"
    return weasyprint.HTML(string=page).write_pdf()


def png(width: int = 120, height: int = 80) -> bytes:
    """A grey noise PNG, like a small scan."""
    rng = random.Random(7)
    raw = b"".join(b"\x00" + rng.randbytes(width) for _ in range(height))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def scan_img() -> str:
    return f"<img style='width:15cm' src='data:image/png;base64,{base64.b64encode(png()).decode()}'>"


LONG = ("Styrgruppen diskuterade hur samverkan kring gymnasieskolan i Ängsö, Östra Åby och "
        "Älvdalen ska följas upp under året, och beslutade att återkomma till frågan efter sommaren "
        "när förvaltningscheferna har lämnat sina synpunkter på förslaget.")


@functools.cache
def two_page_pdf() -> bytes:
    return html_pdf(
        "<h1>Minnesanteckningar</h1>"
        "<p>Styrgruppen för Ängsö kommunförbund<br>Onsdagen den 12 mars 2025</p>"
        "<table><tr><td>Närvarande</td><td>Åsa Öberg, Växjö</td></tr>"
        "<tr><td></td><td>Örjan Ärlig, Åre</td></tr></table>"
        "<p>§ 1 Föregående protokoll</p>"
        f"<p>{LONG}</p>"
        "<p class='ny'>§ 2 Övriga frågor</p><p>Inga övriga frågor anmäldes.</p>")


def test_two_page_weasyprint_pdf_keeps_lines_words_and_swedish_letters():
    text = read_document(two_page_pdf())
    assert text.format == "pdf"
    assert [(p.number, p.method) for p in text.pages] == [(1, "text_layer"), (2, "text_layer")]
    head, long_lines = text.pages[0].text.split("\n")[:6], text.pages[0].text.split("\n")[6:]
    assert head == ["Minnesanteckningar", "Styrgruppen för Ängsö kommunförbund",
                    "Onsdagen den 12 mars 2025", "Närvarande Åsa Öberg, Växjö", "Örjan Ärlig, Åre",
                    "§ 1 Föregående protokoll"]
    assert len(long_lines) >= 2 and " ".join(long_lines) == LONG  # wrapped at spaces, no word split
    assert text.pages[1].text == "§ 2 Övriga frågor\nInga övriga frågor anmäldes."


def test_image_pages_are_read_by_ocr_and_short_text_pages_are_not():
    data = html_pdf("<p>Protokoll fört vid sammanträdet</p>"
                    f"<div class='ny'>{scan_img()}<p>Bilaga 1</p></div>"
                    "<p class='ny'>Bilaga 2</p>"
                    "<div class='ny' style='width:8cm;height:8cm;border:3px solid black'></div>")
    assert [(p.number, p.method, p.text) for p in read_document(data).pages] == [
        (1, "text_layer", "Protokoll fört vid sammanträdet"),
        (2, "ocr", "Bilaga 1"),  # the page is rendered and read whole, its few typed words too
        (3, "text_layer", "Bilaga 2"),
        (4, "ocr", ""),
    ]


def test_no_break_spaces_in_justified_lines_get_no_invented_spaces():
    data = html_pdf("<p style='width:12cm;text-align:justify;text-align-last:justify'>"
                    "Sammanträde den 12&nbsp;mars kl.&nbsp;13.00</p>")
    assert read_document(data).text == "Sammanträde den 12\xa0mars kl.\xa013.00"


def test_line_end_hyphens_keep_their_hyphen_and_line_break():
    data = html_pdf("<p>Arbetsmarknads-<br>och socialnämnden<br>Beslut enligt skol-<br>"
                    "förvaltningens förslag -<br>utan ändringar</p>")
    assert read_document(data).text == ("Arbetsmarknads-\noch socialnämnden\nBeslut enligt skol-\n"
                                        "förvaltningens förslag -\nutan ändringar")


PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s, j = list(range(256)), 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def encrypted_pdf(text: str = "Hemligt protokoll", user: bytes = b"hemlig", owner: bytes = b"agare") -> bytes:
    """A one-page PDF encrypted with the standard security handler (RC4 40-bit, revision 2)."""
    def pad(pw: bytes) -> bytes:
        return (pw + PAD)[:32]

    file_id, perms = b"protokoll-test-1", -4
    o_entry = _rc4(hashlib.md5(pad(owner)).digest()[:5], pad(user))
    key = hashlib.md5(pad(user) + o_entry + struct.pack("<i", perms) + file_id).digest()[:5]
    stream = _rc4(hashlib.md5(key + (4).to_bytes(3, "little") + b"\0\0").digest()[:10],
                  f"BT /F1 14 Tf 72 760 Td ({text}) Tj ET".encode("latin-1"))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
               b" /Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>"
               % (o_entry.hex().encode(), _rc4(key, PAD).hex().encode(), perms)]
    out, offsets = b"%PDF-1.4\n", []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    trailer = b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 6 0 R /ID [<%s> <%s>] >>\n"
    ident = file_id.hex().encode()
    return out + trailer % (len(objects) + 1, ident, ident) + b"startxref\n%d\n%%%%EOF\n" % xref


def test_encrypted_fixture_opens_with_its_password():
    pdf = pdfium.PdfDocument(encrypted_pdf(), password="hemlig")
    try:
        assert pdf[0].get_textpage().get_text_bounded() == "Hemligt protokoll"
    finally:
        pdf.close()


@functools.cache
def scanned_pdf() -> bytes:
    return html_pdf(f"{scan_img()}<div class='ny'>{scan_img()}</div>")


@pytest.mark.parametrize("make,reason", [
    (encrypted_pdf, "password-protected PDF"),
    (lambda: two_page_pdf()[:2500], "damaged PDF file (data format error)"),
    (lambda: b"%PDF-1.7\n" + bytes(1000), "damaged PDF file (data format error)"),
])
def test_unreadable_pdfs_are_refused_with_a_reason(make, reason):
    with pytest.raises(ReadError) as err:
        read_document(make())
    assert str(err.value) == reason


def test_a_scan_of_noise_gives_empty_ocr_pages():
    assert [(p.method, p.text, p.confidence) for p in read_document(scanned_pdf()).pages] == [
        ("ocr", "", None), ("ocr", "", None)]
