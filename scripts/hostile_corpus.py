"""Generate the hostile-input corpus: damaged, oversized and adversarial documents plus a few good ones.

Every entry is made here from invented text (no seed, devset or real document text), so the corpus
is reproducible and nothing binary is committed. The kinds follow the reliability review's
120-entry corpus: long words, huge list numbering, repeated "§ 1" lines, long capitalised words,
flattened megabyte text, zip bombs, truncated/damaged/password-protected PDF and DOCX files,
binary data posing as text, odd encodings and NUL bytes, images that lie about their size.

``entries(scale)`` returns name -> (bytes, expected outcome): "record" (a meeting record must come
out), "error" (a per-file error with a reason), or "any" (either; the point is that it finishes).
``scale`` (0-1] shrinks the big entries for a quick test run; 1.0 gives the review's sizes.

Special files (FIFOs, symlink loops, links to /dev/zero, unreadable files) are not generated: they
concern how ``ingest`` walks folders and opens files, not what it reads.

    python scripts/hostile_corpus.py OUT_DIR [--scale 0.1]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

# --- invented text ---------------------------------------------------------------------------

MINUTES = """Minnesanteckningar
Arbetsgruppen för cykelvägar, Fjällby kommun
Datum: 2031-03-04
Plats: Kommunhuset, rum Tallen
Närvarande: Mira Holmqvist (ordförande), Teodor Lundin, Saga Nyberg

§ 1 Mötets öppnande
Ordföranden öppnade mötet.

§ 2 Val av justerare
Till justerare valdes Teodor Lundin.

§ 3 Ny cykelbana längs ån
Föredragande: Saga Nyberg
Förvaltningen redovisade kostnaderna för etapp två.
Beslut: Arbetsgruppen beslutar att godkänna förslaget.
Saga Nyberg ska ta fram en tidplan till nästa möte.

§ 4 Nästa möte
Nästa möte hålls 2031-04-01.
"""

HEADER = """Protokoll
Arbetsgruppen för cykelvägar
Sammanträdesdatum 2031-03-04
Plats och tid: Kommunhuset kl. 13.00-15.00
Beslutande: Mira Holmqvist, Teodor Lundin
Övriga: Saga Nyberg, sekreterare
Justerare: Teodor Lundin
Justeringens plats och tid: Kommunhuset 2031-03-06
Underskrifter: Sekreterare Saga Nyberg
Ordförande: Mira Holmqvist
Justerande: Teodor Lundin
Anslaget: 2031-03-07
"""

WORDS = ("budget", "förslag", "beslut", "arbetsgruppen", "cykelbana", "kommunen", "etapp", "kostnad",
         "Fjällby", "tidplan", "redovisning", "ärendet", "nämnden", "Mira", "Holmqvist", "§", "1.", "2031")


def _text(s: str) -> bytes:
    return s.encode("utf-8")


def _words(n_bytes: int, sep: str = " ", seed: int = 1) -> bytes:
    rng = random.Random(seed)
    out, size = [], 0
    while size < n_bytes:
        w = rng.choice(WORDS)
        out.append(w)
        size += len(w.encode()) + 1
    return sep.join(out).encode()


# --- DOCX ------------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/'
      'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/numbering.xml" ContentType="application/'
      'vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/numbering" Target="numbering.xml"/>{extra}</Relationships>')


def _p(text: str, num: bool = False) -> str:
    numpr = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' if num else ""
    esc = text.replace("&", "&amp;").replace("<", "&lt;")
    return f'<w:p>{numpr}<w:r><w:t xml:space="preserve">{esc}</w:t></w:r></w:p>'


def _document(body: str, prolog: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
            f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>')


def _numbering(start: str, fmt: str = "lowerLetter") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W_NS}">'
            f'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>'
            f'<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


def _put(zf: zipfile.ZipFile, name: str, data: str | bytes, method: int = zipfile.ZIP_DEFLATED) -> None:
    """Write a member with a fixed timestamp, so the same entry always has the same bytes."""
    zf.writestr(zipfile.ZipInfo(name, date_time=(2031, 1, 1, 0, 0, 0)), data, compress_type=method)


def docx(body: str, numbering: str | None = None, prolog: str = "", extra_rels: str = "",
         members: dict[str, bytes] | None = None) -> bytes:
    """A minimal Word package with ``body`` as the document body."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        _put(zf, "[Content_Types].xml", CT)
        _put(zf, "_rels/.rels", RELS)
        _put(zf, "word/document.xml", _document(body, prolog))
        _put(zf, "word/_rels/document.xml.rels", DOC_RELS.format(extra=extra_rels))
        _put(zf, "word/numbering.xml", numbering or _numbering("1", "decimal"))
        for name, data in (members or {}).items():
            _put(zf, name, data)
    return buf.getvalue()


def _minutes_docx() -> bytes:
    return docx("".join(_p(line) for line in MINUTES.splitlines()))


def _numbered_docx(start: str, paragraphs: int) -> bytes:
    body = _p("Dagordning") + "".join(_p(f"Punkt om cykelbanor {i}", num=True) for i in range(paragraphs))
    return docx(body, _numbering(start))


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in members.items():
            _put(zf, name, data, method)
    return buf.getvalue()


def _zero_member(name: str, size: int) -> tuple[bytes, int, int]:
    """A deflated member of ``size`` zero bytes: (compressed data, crc, size), made in chunks."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = bytes(1 << 20)
    out, crc, left = [], 0, size
    while left:
        piece = chunk[:min(left, len(chunk))]
        out.append(comp.compress(piece))
        crc = zlib.crc32(piece, crc)
        left -= len(piece)
    out.append(comp.flush())
    return b"".join(out), crc, size


def _raw_zip(members: list[tuple[str, bytes, int, int]], claim: int | None = None) -> bytes:
    """A zip of pre-deflated members (name, data, crc, size); ``claim`` overrides the sizes written."""
    local, central, offset = [], [], 0
    for name, data, crc, size in members:
        n = name.encode()
        usize = size if claim is None else claim
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(data), usize, len(n), 0) + n
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(data),
                                   usize, len(n), 0, 0, 0, 0, 0, offset) + n)
        local.append(header + data)
        offset += len(header) + len(data)
    cd = b"".join(central)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(cd), offset, 0)
    return b"".join(local) + cd + end


def _bomb_docx(size: int, claim: int | None = None) -> bytes:
    base = zipfile.ZipFile(io.BytesIO(_minutes_docx()))
    members = []
    for info in base.infolist():
        raw = base.read(info.filename)
        comp = zlib.compressobj(9, zlib.DEFLATED, -15)
        members.append((info.filename, comp.compress(raw) + comp.flush(), zlib.crc32(raw), len(raw)))
    data, crc, usize = _zero_member("word/media/zeros.bin", size)
    members.append(("word/media/zeros.bin", data, crc, usize))
    return _raw_zip(members, claim)


def _nested_tables(depth: int) -> bytes:
    body = "<w:p><w:r><w:t>innerst</w:t></w:r></w:p>"
    for _ in range(depth):
        body = f"<w:tbl><w:tr><w:tc>{body}</w:tc></w:tr></w:tbl><w:p/>"
    return docx(_p("Protokoll") + body)


XXE_FILE = '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
XXE_HTTP = '<!DOCTYPE w:document [<!ENTITY x SYSTEM "http://127.0.0.1:9/xxe">]>'
LAUGHS = ('<!DOCTYPE w:document [<!ENTITY a "hahahahahahahahahaha">'
          + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
          + "]>")


# --- PDF -------------------------------------------------------------------------------------

def pdf(pages: list[str], media_box: str = "0 0 595 842", count: int | None = None,
        kids_self: bool = False, encrypt: bool = False) -> bytes:
    """A hand-written PDF with one text line per page (Helvetica), with switches for damage."""
    objs: list[bytes] = []
    n = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kid_list = "2 0 R" if kids_self else kids
    objs.append(f"<< /Type /Pages /Kids [{kid_list}] /Count {count if count is not None else n} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, text in enumerate(pages):
        body = "BT /F1 11 Tf 56 780 Td 14 TL " + " ".join(
            "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '"
            for line in text.splitlines()) + " ET"
        stream = body.encode("cp1252", "replace")
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [{media_box}] "
                    f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    trailer = f"<< /Size {len(objs) + 1} /Root 1 0 R"
    if encrypt:  # a Standard security handler whose keys match no password: opening needs one
        trailer += (" /Encrypt << /Filter /Standard /V 1 /R 2 /O <" + "ab" * 32 + "> /U <" + "cd" * 32
                    + "> /P -44 >> /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]")
    out += f"trailer\n{trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _minutes_pdf() -> bytes:
    lines = MINUTES.splitlines()
    return pdf(["\n".join(lines[:12]), "\n".join(lines[12:])])


# --- images ----------------------------------------------------------------------------------

def png(width: int, height: int, pixels: bytes | None = None) -> bytes:
    """A greyscale PNG whose header says ``width`` x ``height`` (the data may be short)."""
    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))
    if pixels is None:
        pixels = b"".join(b"\x00" + b"\xff" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(pixels)) + chunk(b"IEND", b""))


def _tiff_frames(frames: int) -> bytes:
    from PIL import Image

    imgs = [Image.new("L", (32, 32), 255) for _ in range(frames)]
    buf = io.BytesIO()
    imgs[0].save(buf, format="TIFF", save_all=True, append_images=imgs[1:])
    return buf.getvalue()


# --- the corpus ------------------------------------------------------------------------------

Entry = tuple[Callable[[], bytes], str]


def _entries(scale: float) -> dict[str, Entry]:
    def big(n: int) -> int:
        return max(1, int(n * scale))

    good_pdf = _minutes_pdf()
    good_docx = _minutes_docx()
    return {
        # good documents
        "good-minutes.txt": (lambda: _text(MINUTES), "record"),
        "good-minutes-crlf.txt": (lambda: _text(MINUTES.replace("\n", "\r\n")), "record"),
        "good-minutes-latin1.txt": (lambda: MINUTES.encode("latin-1"), "record"),
        "good-minutes-utf16le-bom.txt": (lambda: MINUTES.encode("utf-16"), "record"),
        "good-minutes-utf16le-nobom.txt": (lambda: MINUTES.encode("utf-16-le"), "any"),
        "good-minutes-utf16be-nobom.txt": (lambda: MINUTES.encode("utf-16-be"), "any"),
        "good-minutes.docx": (lambda: good_docx, "record"),
        "good-minutes.pdf": (lambda: good_pdf, "record"),
        "good-minutes-flattened.txt": (lambda: _text(" ".join(MINUTES.split("\n"))), "record"),
        # R1-R5 and their kin: work must stay linear
        "long-word-40k.txt": (lambda: _text("Minnesanteckningar\n\n1. Budget " + "a" * 40_000
                                            + "\n\nBeslut: Gruppen beslutar att godkänna budgeten.\n"), "record"),
        "long-word-in-title-1m.txt": (lambda: _text("Protokoll\n\n§ 1 " + "b" * big(1_000_000) + "\n"), "record"),
        "long-capitalised-word-100k.txt": (lambda: _text("1. Budget\n" + "Å" * 100_000), "record"),
        "capitalised-run-200k.txt": (lambda: _text("1. Budget\n" + "Mira Holmqvist " * big(15_000)
                                                   + "valdes till sekreterare.\n"), "record"),
        "repeated-para-1-1m-lines.txt": (lambda: _text("§ 1\n" * big(1_000_000)), "any"),
        "repeated-numbered-heading.txt": (lambda: _text(MINUTES + "3. Ny cykelbana längs ån\n" * big(30_000)),
                                          "record"),
        "numbered-lines-1-to-9999.txt": (lambda: _text("".join(f"{i % 10_000}. Punkt om budget\n"
                                                               for i in range(big(200_000)))), "any"),
        "header-block-x20000.txt": (lambda: _text(HEADER * big(20_000)), "any"),
        "flattened-labels-1mb.txt": (lambda: _text("Närvarande Anna Berg, Malmö 1. Budget för året "
                                                   * big(21_000)), "any"),
        "flattened-numbers-1mb.txt": (lambda: _text("1. Budget " * big(100_000)), "any"),
        "one-line-words-10mb.txt": (lambda: _words(big(10_000_000)), "any"),
        "one-line-nospace-10mb.txt": (lambda: b"a" * big(10_000_000), "any"),
        "digits-dots-10mb.txt": (lambda: b"1.1.1." * big(1_700_000), "any"),
        "nested-parens-1mb.txt": (lambda: b"(" * big(500_000) + b"beslut" + b")" * big(500_000), "any"),
        "deepening-indents.txt": (lambda: _text("".join(" " * i + f"{i}. Punkt\n" for i in range(big(3000)))), "any"),
        "blank-lines-10000.txt": (lambda: _text(MINUTES + "\n" * 10_000 + "§ 5 Övrigt\n"), "record"),
        "hyphenated-line-ends.txt": (lambda: _text("Protokoll\n§ 1 Budget\n" + "kost-\nnad-\n" * big(100_000)),
                                     "record"),
        "long-lines-of-labels.txt": (lambda: _text(("Ordförande Mira Holmqvist Sekreterare Saga Nyberg " * 50 + "\n")
                                                   * big(400)), "any"),
        # odd encodings and control characters
        "empty.txt": (lambda: b"", "error"),
        "whitespace-only.txt": (lambda: b" \n\t\n  \r\n" * 100, "error"),
        "invalid-utf8.txt": (lambda: _text(MINUTES) + b"\xff\xfe\xc3\x28\xa0\xa1" * 50 + _text(MINUTES), "any"),
        "cesu-surrogates.txt": (lambda: _text(MINUTES) + b"\xed\xa0\x80\xed\xb0\x80" * 20, "any"),
        "utf32.txt": (lambda: MINUTES.encode("utf-32"), "any"),
        "nul-few.txt": (lambda: _text(MINUTES[:200]) + b"\x00" + _text(MINUTES[200:400]) + b"\x00\x00"
                        + _text(MINUTES[400:]), "any"),
        "nul-every-3rd.txt": (lambda: bytes(b for i, c in enumerate(_text(MINUTES))
                                            for b in ((c, 0) if i % 2 else (c,))), "any"),
        "nul-only.txt": (lambda: b"\x00" * 10_000, "error"),
        "terminal-escapes.txt": (lambda: _text(MINUTES.replace("Budget", "\x1b[2J\x1b]0;x\x07Budget")
                                               + "\x1b[31mröd\x1b[0m\n"), "any"),
        "bidi-override.txt": (lambda: _text(MINUTES.replace("Saga Nyberg", "Saga \u202eNyberg\u202c")), "record"),
        "noncharacters.txt": (lambda: _text(MINUTES.replace("etapp två", "etapp \ufffe\uffff två")), "any"),
        "line-separators.txt": (lambda: _text(MINUTES.replace("\n", "\u2028")), "any"),
        "binary-as-txt.txt": (lambda: random.Random(1).randbytes(50_000), "error"),
        "png-named-txt.txt": (lambda: png(4, 4), "any"),
        # DOCX
        "empty.docx": (lambda: b"", "error"),
        "docx-truncated-4.docx": (lambda: good_docx[:4], "error"),
        "docx-truncated-100.docx": (lambda: good_docx[:100], "error"),
        "docx-truncated-1000.docx": (lambda: good_docx[:1000], "error"),
        "docx-truncated-half.docx": (lambda: good_docx[:len(good_docx) // 2], "error"),
        "docx-random-pk.docx": (lambda: b"PK\x03\x04" + random.Random(2).randbytes(5000), "error"),
        "docx-plain-zip.docx": (lambda: _zip({"hej.txt": b"inte word"}), "error"),
        "docx-non-xml-body.docx": (lambda: _zip({"[Content_Types].xml": CT.encode(), "_rels/.rels": RELS.encode(),
                                                 "word/document.xml": b"detta \x00 \xff ar inte xml"}), "error"),
        "docx-zip-bomb-1gib.docx": (lambda: _bomb_docx(big(1 << 30)), "any"),
        "docx-zip-bomb-lying-sizes.docx": (lambda: _bomb_docx(big(512 << 20), claim=900), "error"),
        "docx-60000-members.docx": (lambda: _zip({"[Content_Types].xml": CT.encode(), "_rels/.rels": RELS.encode(),
                                                  "word/document.xml": _document(_p("Protokoll")).encode(),
                                                  **{f"word/m/{i}.xml": b"<a/>" for i in range(big(60_000))}},
                                                 zipfile.ZIP_STORED), "any"),
        "docx-xxe-file.docx": (lambda: docx(_p("Protokoll") + "<w:p><w:r><w:t>&x;</w:t></w:r></w:p>",
                                            prolog=XXE_FILE), "any"),
        "docx-xxe-http.docx": (lambda: docx(_p("Protokoll") + "<w:p><w:r><w:t>&x;</w:t></w:r></w:p>",
                                            prolog=XXE_HTTP), "any"),
        "docx-billion-laughs.docx": (lambda: docx(_p("Protokoll") + "<w:p><w:r><w:t>&j;</w:t></w:r></w:p>",
                                                  prolog=LAUGHS), "any"),
        "docx-external-relationship.docx": (lambda: docx(
            _p("Protokoll"), extra_rels='<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/styles" Target="http://127.0.0.1:9/styles.xml" '
            'TargetMode="External"/><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/image" Target="../../../../etc/passwd"/>'), "any"),
        "docx-nested-tables-80.docx": (lambda: _nested_tables(80), "any"),
        "docx-nested-tables-400.docx": (lambda: _nested_tables(400), "any"),
        "docx-numbering-start-2e9.docx": (lambda: _numbered_docx("2000000000", 3), "any"),
        "docx-numbering-start-2e7.docx": (lambda: _numbered_docx("20000000", 20), "any"),
        "docx-numbering-start-huge-digits.docx": (lambda: _numbered_docx("9" * 5000, 20), "any"),
        "docx-numbering-start-negative.docx": (lambda: _numbered_docx("-2000000000", 20), "any"),
        "docx-numbering-many-paragraphs.docx": (lambda: _numbered_docx("32767", big(20_000)), "any"),
        "doc-ole.doc": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000), "error"),
        "docx-encrypted-ole.docx": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)
                                    + "EncryptedPackage".encode("utf-16-le") + bytes(600), "error"),
        # PDF
        "empty.pdf": (lambda: b"", "error"),
        "pdf-truncated-5.pdf": (lambda: good_pdf[:5], "error"),
        "pdf-truncated-100.pdf": (lambda: good_pdf[:100], "error"),
        "pdf-truncated-1000.pdf": (lambda: good_pdf[:1000], "any"),
        "pdf-truncated-half.pdf": (lambda: good_pdf[:len(good_pdf) // 2], "any"),
        "pdf-random-magic.pdf": (lambda: b"%PDF-1.7\n" + random.Random(3).randbytes(20_000), "error"),
        "pdf-password.pdf": (lambda: pdf(["Hemligt"], encrypt=True), "error"),
        "pdf-20000-pages.pdf": (lambda: pdf(["Protokoll sida\n§ 1 Budget"] * big(20_000)), "any"),
        "pdf-count-2e9.pdf": (lambda: pdf([MINUTES], count=2_000_000_000), "any"),
        "pdf-huge-mediabox.pdf": (lambda: pdf([MINUTES], media_box="0 0 14400000 14400000"), "any"),
        "pdf-zero-mediabox.pdf": (lambda: pdf([MINUTES], media_box="0 0 0 0"), "any"),
        "pdf-negative-mediabox.pdf": (lambda: pdf([MINUTES], media_box="0 0 -595 -842"), "any"),
        "pdf-no-pages.pdf": (lambda: pdf([]), "error"),
        "pdf-self-referencing-tree.pdf": (lambda: pdf([MINUTES], kids_self=True), "any"),
        # images
        "image-1x1.png": (lambda: png(1, 1), "error"),
        "image-claims-1e10-px.png": (lambda: png(100_000, 100_000, pixels=b"\x00\xff"), "error"),
        "image-claims-81-mpx.png": (lambda: png(9_000, 9_000, pixels=b"\x00\xff"), "error"),
        "image-truncated.jpg": (lambda: b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + random.Random(4).randbytes(300), "error"),
        "text-named.png": (lambda: _text(MINUTES), "any"),
        "image-tiff-frames.tif": (lambda: _tiff_frames(big(200)), "any"),
    }


def entries(scale: float = 1.0) -> dict[str, tuple[bytes, str]]:
    """name -> (bytes, expected outcome) for the whole corpus at ``scale``."""
    return {name: (make(), expect) for name, (make, expect) in _entries(scale).items()}


def names(scale: float = 1.0) -> dict[str, str]:
    """name -> expected outcome, without building the bytes."""
    return {name: expect for name, (_make, expect) in _entries(scale).items()}


def build(name: str, scale: float = 1.0) -> bytes:
    """The bytes of one entry."""
    return _entries(scale)[name][0]()


def write(out: Path, scale: float = 1.0) -> dict[str, str]:
    """Write every entry into ``out`` plus ``manifest.json`` (name -> expected outcome)."""
    out.mkdir(parents=True, exist_ok=True)
    manifest = {}
    for name, (make, expect) in _entries(scale).items():
        (out / name).write_bytes(make())
        manifest[name] = expect
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    return manifest


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--scale", type=float, default=1.0)
    args = ap.parse_args()
    print(f"{len(write(args.out, args.scale))} entries written to {args.out}")
