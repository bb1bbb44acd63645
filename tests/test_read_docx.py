"""The DOCX reader on documents built here with python-docx (fictional text)."""

from __future__ import annotations

import functools
import io
import struct
import zipfile
import zlib

import docx
import pytest
from docx.oxml import parse_xml

from protokoll.read import ReadError, read_document
from protokoll.read.docx_numbering import format_number

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_bytes(document) -> bytes:
    """The saved bytes of a python-docx document."""
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


@functools.cache
def agenda_docx() -> bytes:
    """A small agenda: title, List Number items, a label/value table, header, footer, two pages."""
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Kommunförbundet Exempelbygd"
    d.sections[0].footer.paragraphs[0].text = "Sida 1 av 2"
    d.add_paragraph("Dagordning för styrgruppen", style="Title")
    table = d.add_table(rows=3, cols=2)
    for row, (label, value) in zip(table.rows, [("Tid", "Onsdagen den 12 mars 2025 kl. 13.00"),
                                                  ("Plats", "Rådhuset, sal Ängen"),
                                                  ("Närvarande", "Åsa Öberg, Växjö")]):
        row.cells[0].text, row.cells[1].text = label, value
    table.rows[2].cells[1].add_paragraph("Per Ek, Lund")
    for title in ("Mötets öppnande", "Föregående protokoll", "Ekonomisk uppföljning"):
        d.add_paragraph(title, style="List Number")
    d.add_paragraph("rapport från kansliet", style="List Bullet")
    para = d.add_paragraph("Förslag till beslut:")
    run = para.add_run()
    run.add_break()
    run.add_text("att godkänna rapporten\tbilaga 2")
    d.add_page_break()
    d.add_paragraph("Övriga frågor", style="List Number")
    return docx_bytes(d)


def test_agenda_reads_numbering_tables_breaks_and_headers_apart():
    text = read_document(agenda_docx())
    assert text.format == "docx"
    assert [(p.number, p.method, p.text) for p in text.pages] == [
        (1, "docx", "Dagordning för styrgruppen\n"
                    "Tid\tOnsdagen den 12 mars 2025 kl. 13.00\n"
                    "Plats\tRådhuset, sal Ängen\n"
                    "Närvarande\tÅsa Öberg, Växjö\nPer Ek, Lund\n"
                    "1. Mötets öppnande\n"
                    "2. Föregående protokoll\n"
                    "3. Ekonomisk uppföljning\n"
                    "- rapport från kansliet\n"
                    "Förslag till beslut:\natt godkänna rapporten\tbilaga 2"),
        (2, "docx", "4. Övriga frågor"),
    ]
    assert text.headers == ["Kommunförbundet Exempelbygd", "Sida 1 av 2"]


def _add_custom_numbering(d) -> None:
    """abstractNum 90: '§ 3' (start 3) / '3.1' / 'a)'; num 90 uses it, num 91 restarts level 0 at 1."""
    numbering = d.part.numbering_part.element
    abstract = parse_xml(f"""<w:abstractNum {NS} w:abstractNumId="90">
      <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="§ %1"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/>
        <w:suff w:val="space"/></w:lvl>
      <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%4."/></w:lvl>
    </w:abstractNum>""")
    numbering.insert(numbering.index(numbering.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")), abstract)
    numbering.append(parse_xml(f'<w:num {NS} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(parse_xml(f"""<w:num {NS} w:numId="91"><w:abstractNumId w:val="90"/>
      <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"""))


def _numbered(d, text: str, num_id: int, ilvl: int, style: str | None = None) -> None:
    p = d.add_paragraph(text, style=style)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {NS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def test_custom_numbering_with_start_nested_levels_resets_and_restart():
    d = docx.Document()
    _add_custom_numbering(d)
    for text, num_id, ilvl in [("Val av justerare", 90, 0), ("Budget", 90, 1), ("Prognos", 90, 1),
                               ("Lokaler", 90, 2), ("Personal", 90, 2), ("Avtal", 90, 3),
                               ("Rapporter", 90, 0), ("Skolan", 90, 1), ("Fritid", 90, 2),
                               ("Ny lista", 91, 0), ("Fortsättning", 90, 0)]:
        _numbered(d, text, num_id, ilvl)
    _numbered(d, "Inte numrerad", 0, 0, style="List Number")  # numId 0 switches numbering off
    assert read_document(docx_bytes(d)).text == (
        "§ 3 Val av justerare\n3.1 Budget\n3.2 Prognos\na) Lokaler\nb) Personal\nI. Avtal\n"
        "§ 4 Rapporter\n4.1 Skolan\na) Fritid\n§ 1 Ny lista\n§ 2 Fortsättning\nInte numrerad")


@pytest.mark.parametrize("n,fmt,out", [(1, "lowerLetter", "a"), (28, "upperLetter", "BB"),
                                       (14, "lowerRoman", "xiv"), (1994, "upperRoman", "MCMXCIV"),
                                       (7, "decimalZero", "07"), (5, "none", ""), (12, "ordinal", "12")])
def test_number_formats(n, fmt, out):
    assert format_number(n, fmt) == out


def test_merged_cells_content_controls_and_hidden_text():
    d = docx.Document()
    table = d.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Beslutande"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Ledamöter"
    table.cell(1, 1).text, table.cell(1, 2).text = "Ida Holm", "ordförande"
    table.cell(2, 1).text = "Jon Berg"
    hidden = d.add_paragraph("Synlig")
    hidden.add_run(" dold").font.hidden = True
    d.element.body.insert(len(d.element.body) - 1, parse_xml(
        f'<w:sdt {NS}><w:sdtContent><w:p><w:r><w:t>I innehållskontroll</w:t></w:r></w:p>'
        f'</w:sdtContent></w:sdt>'))
    assert read_document(docx_bytes(d)).text == (
        "Beslutande\nLedamöter\tIda Holm\tordförande\n\tJon Berg\nSynlig\nI innehållskontroll")


@functools.cache
def test_numbered_agenda_table_and_text_box_written_once():
    d = docx.Document()
    table = d.add_table(rows=2, cols=3)
    for row, (title, who) in zip(table.rows, [("Budget 2026", "Ekonomichefen"), ("Lokalfrågan", "")]):
        row.cells[0].paragraphs[0].style = "List Number"
        row.cells[1].text, row.cells[2].text = title, who
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    box = '<w:txbxContent><w:p><w:r><w:t>Utkast</w:t></w:r></w:p></w:txbxContent>'
    para = d.add_paragraph("Ärendelista ")
    para._p.append(parse_xml(
        f'<w:r {NS} {mc}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{box}</w:drawing>'
        f'</mc:Choice><mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent>'
        f'<w:t xml:space="preserve">(preliminär)</w:t></w:r>'))
    assert read_document(docx_bytes(d)).text == (
        "1.\tBudget 2026\tEkonomichefen\n2.\tLokalfrågan\nÄrendelista (preliminär)\nUtkast")


def zip_bomb(megabytes: int = 300) -> bytes:
    """A .docx-named zip whose word/document.xml unpacks to ``megabytes`` MiB of zeros (~300 kB)."""
    chunk = bytes(1 << 20)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = deflate.compress(chunk) + deflate.flush(zlib.Z_FULL_FLUSH)  # self-contained: repeatable
    data = block * megabytes + zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(chunk, crc)
    name, size = b"word/document.xml", megabytes << 20
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(data), size, len(name), 0)
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(data), size,
                          len(name), 0, 0, 0, 0, 0, 0) + name
    offset = len(local) + len(name) + len(data)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), offset, 0)
    return local + name + data + central + end


def test_zip_bomb_fixture_is_real():
    with zipfile.ZipFile(io.BytesIO(zip_bomb(3))) as zf:
        assert zf.read("word/document.xml") == bytes(3 << 20)


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _corrupt_member() -> bytes:
    """A real .docx whose document.xml compressed bytes are overwritten with garbage."""
    data = bytearray(agenda_docx())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start:start + 40] = b"\xff" * 40
    return bytes(data)


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.mark.parametrize("data,reason", [
    (zip_bomb(), "DOCX looks like a zip bomb"),
    (_zip({"a.xml": b"<a/>"}), "not a Word document (.docx)"),
    (agenda_docx()[:3000], "damaged DOCX file (truncated or not a zip archive)"),
    (b"PK\x03\x04" + bytes(range(256)) * 8, "damaged DOCX file (truncated or not a zip archive)"),
    (_zip({"word/document.xml": b"<w:document"}), "damaged DOCX file (There is no item named "
                                                  "'[Content_Types].xml' in the archive)"),
    (_corrupt_member(), "damaged DOCX file (Error -3 while decompressing data: invalid block type)"),
    (OLE + bytes(500) + "EncryptedPackage".encode("utf-16-le") + bytes(500), "password-protected document"),
    (OLE + bytes(1000), "legacy binary Word/Office file (.doc): save it as .docx or PDF"),
])
def test_bad_docx_is_refused_with_a_reason(data, reason):
    with pytest.raises(ReadError) as err:
        read_document(data)
    assert str(err.value) == reason


def test_total_unpacked_size_is_limited(monkeypatch):
    import random

    from protokoll.read import docx as reader

    monkeypatch.setattr(reader, "MAX_UNCOMPRESSED", 10_000)
    noise = random.Random(1).randbytes(6_000)
    with pytest.raises(ReadError, match="^DOCX looks like a zip bomb$"):
        read_document(_zip({"word/document.xml": noise, "word/media/a.bin": noise}))
