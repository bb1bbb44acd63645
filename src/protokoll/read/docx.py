"""Word (.docx): body paragraphs and tables in document order, headers and footers apart.

A paragraph is one line, with Word's automatic numbering rendered in front
("1. Föregående protokoll"). A table row is one line with its cells joined by
a TAB ("Närvarande\\tAnna Andersson, Malmö"); a merged cell is written once.
Explicit page breaks split pages. The zip is untrusted: it is checked for
size, compression ratio and encryption before any part is parsed.
"""

from __future__ import annotations

import io
import zipfile

from lxml.etree import _Element

from .text import Page, ReadError
from .docx_numbering import W, Numbering

MAX_UNCOMPRESSED = 200_000_000  #: total bytes a DOCX may unpack to
MAX_RATIO = 100  #: compression ratio above which a member over RATIO_MIN_SIZE is refused
RATIO_MIN_SIZE = 1_000_000
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_SKIP = {W + t for t in ("pPr", "rPr", "del", "moveFrom", "instrText", "delText", "footnoteReference",
                         "endnoteReference", "commentReference", "sectPr")} | {MC + "Fallback"}
_CONTAINERS = {W + t for t in ("sdt", "sdtContent", "customXml", "smartTag", "ins", "moveTo")}


def read_docx(data: bytes) -> tuple[list[Page], list[str]]:
    """A .docx as (pages, headers and footers); raises ``ReadError``."""
    check_zip(data)
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        part = document.part
        definitions = (_related_element(part, "numbering"), _related_element(part, "styles"))
        body = document.element.body
        pages = _pages(_block_lines(body, Numbering(*definitions)))
        headers = _headers(part, body, definitions)
    except ReadError:
        raise
    except ValueError as err:
        if "not a Word file" in str(err):
            raise ReadError("not a Word document (.docx)") from None
        raise ReadError(f"damaged DOCX file ({_short(err)})") from None
    except Exception as err:  # python-docx/lxml/zipfile on a broken package
        raise ReadError(f"damaged DOCX file ({_short(err)})") from None
    return pages, headers


def check_zip(data: bytes) -> None:
    """Refuse zip bombs, encrypted, damaged and non-Word zips before anything is unpacked."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except zipfile.BadZipFile as err:
        reason = "truncated or not a zip archive" if "not a zip file" in str(err) else _short(err)
        raise ReadError(f"damaged DOCX file ({reason})") from None
    except Exception as err:
        raise ReadError(f"damaged DOCX file ({_short(err)})") from None
    total = sum(i.file_size for i in infos)
    bomb = any(i.file_size > RATIO_MIN_SIZE and i.file_size > MAX_RATIO * max(i.compress_size, 1)
               for i in infos)
    if total > MAX_UNCOMPRESSED or bomb:
        raise ReadError("DOCX looks like a zip bomb")
    if any(i.flag_bits & 0x1 for i in infos):
        raise ReadError("password-protected document")
    if "word/document.xml" not in {i.filename for i in infos}:
        raise ReadError("not a Word document (.docx)")


def _short(err: Exception) -> str:
    text = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    text = text.strip("\"'")
    return text if len(text) <= 80 else text[:77] + "..."


def _related_element(part, name: str) -> _Element | None:
    """The XML root of the document part's related ``name`` part (numbering, styles), if any."""
    for rel in part.rels.values():
        if not rel.is_external and rel.reltype.endswith("/" + name):
            return getattr(rel.target_part, "element", None)
    return None


def _block_lines(parent: _Element, numbering: Numbering) -> list[str]:
    """Lines of the paragraphs and tables directly in ``parent`` (body, cell, text box)."""
    lines: list[str] = []
    for child in parent:
        if child.tag == W + "p":
            lines.append(_paragraph(child, numbering))
        elif child.tag == W + "tbl":
            lines += _table_lines(child, numbering)
        elif child.tag in _CONTAINERS:
            lines += _block_lines(child, numbering)
    return lines


def _paragraph(p: _Element, numbering: Numbering) -> str:
    """One paragraph's text: number prefix, runs, "\\n" for line breaks, "\\f" for page breaks."""
    prefix = numbering.prefix(p)
    out: list[str] = []
    boxes: list[str] = []
    _inline(p, out, boxes, numbering)
    text = "".join(out)
    line = prefix + text if text else prefix.rstrip()
    if p.find(f"{W}pPr/{W}pageBreakBefore") is not None and \
            p.find(f"{W}pPr/{W}pageBreakBefore").get(W + "val") not in ("0", "false", "off"):
        line = "\f" + line
    return "\n".join([line, *boxes]) if boxes else line


def _inline(el: _Element, out: list[str], boxes: list[str], numbering: Numbering) -> None:
    """Collect the visible text under ``el`` into ``out``; text-box lines into ``boxes``."""
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == W + "t":
            out.append(child.text or "")
        elif tag == W + "tab":
            out.append("\t")
        elif tag == W + "br":
            out.append("\f" if child.get(W + "type") == "page" else "\n")
        elif tag == W + "cr":
            out.append("\n")
        elif tag == W + "noBreakHyphen":
            out.append("-")
        elif tag == W + "txbxContent":
            boxes += [line for line in _block_lines(child, numbering) if line.strip()]
        elif tag == MC + "AlternateContent":
            choice = child.find(MC + "Choice")
            if choice is not None:
                _inline(choice, out, boxes, numbering)
        elif tag == W + "r" and _hidden(child):
            continue
        else:
            _inline(child, out, boxes, numbering)


def _hidden(run: _Element) -> bool:
    vanish = run.find(f"{W}rPr/{W}vanish")
    return vanish is not None and vanish.get(W + "val") not in ("0", "false", "off")


def _table_lines(tbl: _Element, numbering: Numbering) -> list[str]:
    """One line per table row, cells joined by TAB; empty rows are left out."""
    lines = []
    for tr in _children(tbl, W + "tr"):
        cells = [_cell_text(tc, numbering) for tc in _children(tr, W + "tc")]
        cells = [c for c in cells if c is not None]
        while cells and not cells[-1].strip():
            cells.pop()
        if cells:
            lines.append(_join_cells(cells))
    return lines


def _children(parent: _Element, tag: str) -> list[_Element]:
    """Children ``tag`` of ``parent``, looking through content controls and custom XML."""
    found = []
    for child in parent:
        if child.tag == tag:
            found.append(child)
        elif child.tag in _CONTAINERS:
            found += _children(child, tag)
    return found


def _cell_text(tc: _Element, numbering: Numbering) -> str | None:
    """A cell's lines joined by "\\n"; "" for a vertically merged continuation, None for hMerge."""
    props = tc.find(W + "tcPr")
    if props is not None:
        hmerge, vmerge = props.find(W + "hMerge"), props.find(W + "vMerge")
        if hmerge is not None and hmerge.get(W + "val") != "restart":
            return None
        if vmerge is not None and vmerge.get(W + "val") != "restart":
            return ""
    lines = [line.replace("\t", " ") for line in _block_lines(tc, numbering)]
    return "\n".join(line for line in lines if line.strip())


def _join_cells(cells: list[str]) -> str:
    """Cells joined by TAB; only the last cell may run on over several lines."""
    head = [" ".join(c.split("\n")) for c in cells[:-1]]
    return "\t".join([*head, cells[-1]])


def _pages(lines: list[str]) -> list[Page]:
    """Split the body lines into pages at "\\f" (explicit page breaks)."""
    pages: list[list[str]] = [[]]
    for line in lines:
        parts = line.split("\f")
        for i, part in enumerate(parts):
            if i:
                pages.append([])
            if part or len(parts) == 1:
                pages[-1].append(part)
    return [Page(n, "\n".join(page), "docx") for n, page in enumerate(pages, start=1)]


def _headers(part, body: _Element, definitions: tuple[_Element | None, _Element | None]) -> list[str]:
    """Text of every header and footer the sections use, each once, in section order."""
    texts: list[str] = []
    seen: set[str] = set()
    r_id = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    for sect in body.iter(W + "sectPr"):
        for ref in sect:
            if ref.tag not in (W + "headerReference", W + "footerReference"):
                continue
            target = part.related_parts.get(ref.get(r_id))
            if target is None or str(target.partname) in seen:
                continue
            seen.add(str(target.partname))
            lines = _block_lines(target.element, Numbering(*definitions))
            text = "\n".join(lines).replace("\f", "\n").strip()
            if text:
                texts.append(text)
    return texts
