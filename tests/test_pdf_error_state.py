"""pdfium keeps its last error code: a PDF's reason must not be the previous file's (W9)."""

from __future__ import annotations

import pytest

from protokoll.read import ReadError, read_document
from test_read_pdf import encrypted_pdf, two_page_pdf


def no_pages_pdf() -> bytes:
    """A well-formed PDF whose page tree is empty."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def reason(data: bytes) -> str:
    with pytest.raises(ReadError) as err:
        read_document(data)
    return str(err.value)


@pytest.mark.parametrize("before", [encrypted_pdf, lambda: two_page_pdf()[:2500], lambda: b"%PDF-1.7\n" + bytes(100)])
def test_a_pdf_without_pages_gets_its_own_reason_whatever_came_before(before):
    try:
        read_document(before())
    except ReadError:
        pass
    assert reason(no_pages_pdf()) == "damaged PDF file (no pages)"


def test_reasons_in_a_row_are_each_the_files_own():
    got = [reason(d) for d in (encrypted_pdf(), no_pages_pdf(), two_page_pdf()[:2500], no_pages_pdf(),
                               encrypted_pdf())]
    assert got == ["password-protected PDF", "damaged PDF file (no pages)", "damaged PDF file (data format error)",
                   "damaged PDF file (no pages)", "password-protected PDF"]
