"""A flattened page's mark before its first item heading, and a lone heading numbered after a body's short name.

A protocol copied from a document-sharing site runs each page into one line; once its breaks are restored
(:mod:`protokoll.repair`) a page's first item can still carry the page's mark before it: "3(36) 1 Godkännande
av kallelse". The mark ("N(M)", "N (M)") is the page's number and count, never part of a heading, so headings
are looked for in the line without it.

A page's number and its running head (the body's name) may stand before a paragraph's label too: "2
Fritidsnämnden Fn 1 Dnr ...", "7 Barn- och utbildningsnämnden Bun § 5 ...". The label numbers the paragraph, the
page's number and the body's name are the page's: the heading is looked for in the line from the label on.

A page's number and a running head that ends in the page count, its page number lost to the extraction or
printed as "N/M" ("2 Protokoll för styrelsemöte ( 15) 3.1 ...", "4 Minnesanteckningar styrgruppen (4/9) ..."),
open a flattened page too. Such a head is the page's only where it repeats: the same words with the same count
on two lines or more, each after another page number (a running head is printed on every page); a title with
a count in brackets ("7 Val av revisorer (2) ...") is its item's own and stays.

A running head in capitals that ends in the document's kind and the page's number ("2 NORRBY KOMMUN PROTOKOLL 2")
stands before a paragraph whose sign the extraction lost, its case number after the paragraph's number ("1 Dnr
..."): the heading is looked for from that number on.

The label may also follow the paragraph's sign and number: "§ 12 KS Title". The short name in capitals is
then printed after every paragraph's number, so where two headings or more, and at least half of them, open
their titles with the same such word, it is the label, not the title's.

A protocol's paragraphs are numbered after the body's short name ("SN 13 Title", "KS 41 Title"); with one
such heading only (an extract, or a page of a longer protocol) it is taken when the item's own parts open
the line under it ("Dnr ...", "Beslut", "Förslag till beslut"), as an item's heading is followed.
"""

from __future__ import annotations

import re

from .headings import Heading
from .lines import Line
from .plainnumbered import ITEM_START

#: "3(36) " / "4 (36) " / "Sida 3 (36) " opening a line: a page's number and count
PAGE_MARK = re.compile(r"^(?:(?:[Ss]ida|SIDA|[Ss]id|SID)\s+)?\d{1,3}\s?\(\s?\d{1,3}\s?\)\s+(?=\S)")


#: a page's number and running head (at most four words, the last a body's noun) before a paragraph's label:
#: "KS § 12", "Bun § 5", "§ 12", "KS 12 ", "Fn 1 Dnr", "Sn 49 Title" (not "Sida 3", "Kap 2": page and chapter words),
#: or the paragraph's number right before its case number, its sign lost ("2 Kommunstyrelsen 1 Dnr ...");
#: or no head, the page's number right before a label and its case number ("2 Ks 1 Dnr 2012-KS ...")
HEAD_LABEL = re.compile(r"^\d{1,3}\s+(?:(?:[\wåäöÅÄÖ\-]+\s+){0,3}[\wåäöÅÄÖ\-]*(?i:nämnd|nämnden|styrelse|styrelsen|"
                        r"förbund|förbundet|fullmäktige|råd|rådet|utskott|utskottet|direktion|direktionen)\s+"
                        r"(?=[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,5}\s*§\s*\d|§\s*\d|[A-ZÅÄÖ]{2,5}\s+\d{1,4}\s|\d{1,4}\s+Dnr\b|"
                        r"(?!(?:Se|Av|Om|Och|Till|Från|Med|Enl|Jfr|Vid|Per|Den|Samt|Sid|Sida|Nr|Kap|Bil|Kl|Tel|Del|"
                        r"Rum|Avd|Tid|Dag|Ny|Nya|Vecka|Blad)\b)[A-ZÅÄÖ][a-zåäö]{1,3}\s+\d{1,4}\s+[A-ZÅÄÖ])"
                        # no running head: the page's number right before a label whose case number follows
                        r"|(?=[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,3}\s+\d{1,4}\s+Dnr\b))")


#: a page's number, then a running head of one to six words ending in the page count, its page number lost or
#: printed before a slash: "2 Protokoll för styrelsemöte ( 15) ", "4 Minnesanteckningar styrgruppen (4/9) " (or the
#: whole line, where the repair has split the page's first item from it)
HEAD_COUNT = re.compile(r"^(\d{1,3})\s+((?:[^\d\s()][^\s()]*\s+){1,6})\(\s?(?:\d{1,3}\s?/\s?)?(\d{1,3})\s?\)"
                        r"(?:\s+(?=\S)|\s*$)")


def without_page_marks(lines: list[Line]) -> list[Line]:
    """The lines, a page mark opening a line left out of it, and a page's number and running head before a
    paragraph's label or ending in the page count (the same list when no line opens with either)."""
    heads = _repeated_heads(lines)
    if not heads and not any(page_mark(ln.text) for ln in lines):
        return lines
    out = []
    for i, ln in enumerate(lines):
        m = heads.get(i) or page_mark(ln.text)
        out.append(Line(ln.text[m.end():], ln.start + m.end(), ln.bullet) if m else ln)
    return out


def _repeated_heads(lines: list[Line]) -> dict[int, re.Match]:
    """The lines opened by a page's number and a :data:`HEAD_COUNT` running head that opens two lines or more
    with the same words and count after different page numbers, by line index."""
    found = {i: m for i, ln in enumerate(lines) if ln.text[:1].isdigit() and ")" in ln.text[:90]
             and (m := HEAD_COUNT.match(ln.text))}
    if len(found) < 2:
        return {}
    by_head: dict[str, list[int]] = {}
    for i, m in found.items():
        by_head.setdefault(" ".join(m.group(2).split()).casefold() + "/" + m.group(3), []).append(i)
    return {i: found[i] for idx in by_head.values()
            if len({found[i].group(1) for i in idx}) >= 2 for i in idx}


#: a page's number and a running head in capitals that ends in the document's kind and the page's number, before a
#: paragraph whose sign the extraction lost, its case number after it: "2 NORRBY KOMMUN PROTOKOLL 2 1 Dnr ..." (the
#: page's index may be lost too, where the repair split the line before the head: "NORRBY KOMMUN PROTOKOLL 2 1 Dnr")
CAPS_HEAD_LABEL = re.compile(r"^(?:\d{1,3}\s+)?(?:[A-ZÅÄÖ][A-ZÅÄÖ-]+\s+){0,4}(?:SAMMANTRÄDESPROTOKOLL|PROTOKOLLSUTDRAG|PROTOKOLL|"
                             r"MINNESANTECKNINGAR)\s+(?:\d{1,3}\s+)?(?=(?:§\s*)?\d{1,4}\s+Dnr\b)")


def page_mark(text: str) -> re.Match | None:
    """The page mark, or the page's number and running head before a paragraph's label, opening ``text``."""
    if text[:1].isdigit():
        return "(" in text[:9] and PAGE_MARK.match(text) or HEAD_LABEL.match(text) \
            or "Dnr" in text and CAPS_HEAD_LABEL.match(text)
    if text[:1] in "Ss" and "(" in text[:12]:
        return PAGE_MARK.match(text)
    return CAPS_HEAD_LABEL.match(text) if text[:1].isupper() and "Dnr" in text[:90] else None  # the page's index lost


def lone_prefix_opens(lines: list[Line], i: int) -> bool:
    """Whether the line after a lone "SN 13 Title" heading opens an item's parts ("Dnr 31/16 ...")."""
    nxt = next((ln.text for ln in lines[i + 1:i + 3] if not ln.blank), "")
    return bool(ITEM_START.match(nxt))


#: a body's short name in capitals opening a heading's title ("KS Title", "MBN Title"), then a space
LABEL_AFTER = re.compile(r"^([A-ZÅÄÖ]{2,5})\s+(?=\S)")


def without_repeated_label(headings: list[Heading]) -> list[Heading]:
    """The headings, a short name in capitals that opens the titles of two or more of them (and of at least
    half) cut from each title it opens: "§ 12 KS Årsredovisning" is paragraph 12, "Årsredovisning"."""
    opening = [m.group(1) if (m := LABEL_AFTER.match(h.title)) else None for h in headings]
    words = [w for w in opening if w]
    if len(words) < 2:
        return headings
    label = max(set(words), key=words.count)
    if words.count(label) < 2 or 2 * words.count(label) < len(headings):
        return headings
    for h, word in zip(headings, opening):
        if word == label:
            h.title = h.title[len(label):].lstrip()
    return headings
