"""Pages of a flattened document: which lines are pages, their counters and running heads.

A web page that shows a document often puts each printed page on one long
line: "1 Styrelsen ... SIDA 1 (4) Protokoll ...". Before item headings can be
found (:mod:`.layout`), the page lines are picked out, the "1 ", "2 " counters
of a transcript are removed, and the head every page repeats ("Styrelsen
protokoll 2021-05-12 Sida 2 (4)") is taken off all pages but the first.
"""

from __future__ import annotations

import re
from itertools import pairwise

COUNTER = re.compile(r"^(\d{1,3})(?:\s+|$)")
PAGE_MARK = re.compile(r"^(\S.{6,120}?\s(?:\d{1,3}\s*\(\s*\d{1,3}\s*\)|[Ss](?:ida|IDA)\s+\d{1,3}"
                       r"(?:\s+av\s+\d{1,3})?))(?=\s|$)")
LONG = 250  #: lines at least this long may be flattened pages
FLAT_SHARE = 0.6  #: share of the text in long lines that makes a whole document flattened
FLAT_LINES = 8  #: at most this many lines per 1000 characters in a flattened document
UP = "A-ZÅÄÖÉÜ"
LINE_HEADING = re.compile(rf"\s*(?:[{UP}]{{0,6}}\s?§\s*\d|\d{{1,3}}[.:)]\s+[{UP}])")  #: an item heading line


def flat_document(lines: list[str]) -> bool:
    """The whole document was flattened: most text in long lines, few lines, no item heading on a line."""
    total = sum(len(ln) for ln in lines)
    if not total or any(len(ln) <= LONG and LINE_HEADING.match(ln) for ln in lines):
        return False
    share = sum(len(ln) for ln in lines if len(ln) > LONG) / total
    return share >= FLAT_SHARE and sum(1 for ln in lines if ln.strip()) * 1000 / total <= FLAT_LINES


def page_paragraph(lines: list[str], i: int) -> bool:
    """A transcript page: a line starting with a page counter, standing alone between blank lines."""
    alone = (i == 0 or not lines[i - 1].strip()) and (i + 1 == len(lines) or not lines[i + 1].strip())
    return alone and bool(COUNTER.match(lines[i]))


def drop_page_counters(lines: list[str], pages: list[int]) -> None:
    """Remove "1 ", "2 " ... in front of consecutive transcript pages (counted from 1)."""
    seq = [i for i in pages if page_paragraph(lines, i)]
    numbers = [int(COUNTER.match(lines[i]).group(1)) for i in seq]
    if len(seq) < 2 or numbers != list(range(1, len(seq) + 1)) or _headings(lines, seq):
        return
    for i in seq:
        lines[i] = COUNTER.sub("", lines[i], count=1)


def drop_transcript_counters(lines: list[str]) -> None:
    """Remove "1 ", "2 " ... in front of a transcript's pages that follow its "Transkript" line one per line
    without blank lines between them (a site's newer frame), counted from 1, at least two; or the one long page
    of a transcript (a page counter, not an item's number, whatever follows it)."""
    for t, line in enumerate(lines):
        if line.strip() != "Transkript":
            continue
        seq = _counted_run(lines, t)
        adjacent = all(b == a + 1 for a, b in zip(seq, seq[1:]))  # apart, they are read as before (flat pages)
        if len(seq) >= 2 and adjacent or len(seq) == 1 and len(lines[seq[0]]) > LONG:
            for i in seq:
                lines[i] = COUNTER.sub("", lines[i], count=1)


#: a transcript page's counter, the page's printed number (the same), then an item's number and its title:
#: "2 2 1 Mötets öppnande ..."
COUNTED_PAGE = re.compile(r"^(\d{1,3})\s+(\d{1,3})\s+(?=(?:§\s*)?\d{1,3}[.:)]?\s+[\"”“«A-ZÅÄÖÉ])")
MIN_COUNTED = 2


def drop_counted_pages(lines: list[str]) -> set[int]:
    """The page counters and printed page numbers taken off a transcript's pages apart (blank lines between
    them) where they run together (:func:`_drop_counted_pages`); the indexes of the pages they were taken off."""
    for t, line in enumerate(lines):
        if line.strip() == "Transkript":
            seq = _counted_run(lines, t)
            if len(seq) >= 3 and not all(b == a + 1 for a, b in pairwise(seq)):
                return _drop_counted_pages(lines, seq)
    return set()


#: a transcript's first page opening with its counter and its printed page number, then a capitalised word that
#: opens no meeting's first point: "1 1 Protokoll Styrelsemöte 3/2021 ...", "1 1 Medlemsmöte mars ..."
FIRST_PAGE = re.compile(r"^1\s+(1\s+)(?=[A-ZÅÄÖ][a-zåäö])(?!(?:Mötet|Mötets|Sammanträdet|Välkomm|Öppnande|Val\s+av|"
                        r"Inledning|Upprop)\b)")
SECOND_PAGE = re.compile(r"^2\s+2(?:\s|$)")


def drop_first_page_number(lines: list[str]) -> bool:
    """Take the printed page number off a transcript's first page when the second page shows the same two numbers
    ("1 1 Protokoll ..." / "2 2 ..."): each page then opens with its counter and its printed number, so the first
    page's "1" numbers the page, not a first item ("1 1 Protokoll Styrelsemöte" is no item 1 titled "Protokoll
    ..."); the counter stays for the rules that take it off. Whether it was taken off."""
    for t, line in enumerate(lines):
        if line.strip() == "Transkript":
            seq = _counted_run(lines, t)
            if len(seq) >= 2 and (m := FIRST_PAGE.match(lines[seq[0]])) and SECOND_PAGE.match(lines[seq[1]]):
                lines[seq[0]] = lines[seq[0]][:m.start(1)] + lines[seq[0]][m.end(1):]
                return True
            return False
    return False


def _counted_run(lines: list[str], t: int) -> list[int]:
    """The lines after the "Transkript" line ``t`` opening with the page counter 1, 2, 3, ... in order."""
    seq: list[int] = []
    for i in range(t + 1, len(lines)):
        if not lines[i].strip():
            continue
        m = COUNTER.match(lines[i])
        if not m or int(m.group(1)) != len(seq) + 1:
            break
        seq.append(i)
    return seq


def _drop_counted_pages(lines: list[str], seq: list[int]) -> set[int]:
    """Transcript pages apart (blank lines between them), counted 1, 2, 3, ...: where two pages or more open with
    their counter and their printed number alike and then an item's number ("2 2 1 Mötets öppnande", "3 3 4
    Budget"), the counter runs with the page numbers, so the two numbers are taken off those pages and the
    counter off the first page ("1 Kommunstyrelsen KALLELSE ..." is no item 1). A page "3 3 Title" stays as it
    is: its second number may be the item's."""
    counted = [i for i in seq[1:] if (m := COUNTED_PAGE.match(lines[i])) and m.group(1) == m.group(2)
               and int(m.group(1)) == seq.index(i) + 1]
    if len(seq) < 3 or len(counted) < MIN_COUNTED:
        return set()
    lines[seq[0]] = COUNTER.sub("", lines[seq[0]], count=1)
    for i in counted:
        lines[i] = COUNTED_PAGE.sub("", lines[i], count=1)
    return {seq[0], *counted}


def _headings(lines: list[str], seq: list[int]) -> bool:
    """Most "N ..." paragraphs are short lines with words: numbered item headings ("1 Informationsärende")
    standing alone after their paragraphs were joined, with the items' text between them; not printed pages
    (a page is long, or empty: "2"; a transcript's pages follow each other)."""
    short = sum(len(lines[i]) <= LONG and bool(COUNTER.sub("", lines[i], count=1).strip()) for i in seq)
    apart = sum(any(ln.strip() for ln in lines[a + 1:b]) for a, b in zip(seq, seq[1:]))
    return short * 2 > len(seq) and apart * 2 > len(seq) - 1


def split_running_heads(lines: list[str], pages: list[int]) -> tuple[list[int], dict[int, str]]:
    """Take the running page head off every page; the first page keeps it, on a line of its own.

    Returns the page lines (now with every later line that starts with the head) and
    the head to put back per line. Lines before the first page (a site's title) stay as they are.
    """
    full = [lines[i] for i in pages if len(lines[i].split()) > 3]
    head = _running_head(full) or _marked_head(full[0] if full else "", lines[pages[0] + 1:])
    if head is None:
        return pages, {}
    pages = sorted(set(pages) | {i for i in range(pages[0], len(lines)) if head.match(lines[i])})
    heads: dict[int, str] = {}
    for i in pages:
        m = head.match(lines[i])
        if m:
            if not heads:
                heads[i] = m.group().strip()
            lines[i] = lines[i][m.end():].strip()
    return pages, heads


def _running_head(texts: list[str]) -> re.Pattern | None:
    """The words all pages start with (digits may differ) and a page mark after them, as a pattern."""
    if len(texts) < 2:
        return None
    words = [[re.sub(r"\d+", "#", w) for w in t.split()[:16]] for t in texts]
    k = 0
    while all(len(w) > k + 1 for w in words) and len({w[k] for w in words}) == 1:
        k += 1
    head = words[0][:k]
    mark = next((j for j, w in enumerate(head) if w in ("(#)", "/#") or w == "#" and head[j - 1:j] == ["av"]), None)
    head = head[:mark + 1] if mark else head
    if len(head) < 2 or len(" ".join(head)) < 8 or not re.search(r"[^\W\d]{3}", head[0]):
        return None
    return _head_pattern(head)


def _marked_head(first: str, later: list[str]) -> re.Pattern | None:
    """The first page's head up to its page mark ("SIDA 1 (2)", "Sida 1 av 3"), if a later line repeats it."""
    m = PAGE_MARK.match(first)
    if not m:
        return None
    head = _head_pattern([re.sub(r"\d+", "#", w) for w in m.group(1).split()])
    return head if any(head.match(ln) for ln in later) else None


def _head_pattern(words: list[str]) -> re.Pattern:
    """A pattern for a page head given as words with digits masked, a page mark optionally after."""
    body = r"\s+".join(re.escape(w).replace(r"\#", r"\d+") for w in words)
    mark = r"(?:\s+\d+)?" if words[-1] == "av" else r"(?:\s*\(\s*\d+\s*\)|\s*/\s*\d+)?"
    return re.compile(rf"^\s*{body}{mark}(?=\s|$)")
