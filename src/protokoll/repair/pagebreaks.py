"""Page breaks of a line-broken document: the furniture between two printed pages taken out.

A protocol's text layer carries, where one printed page ends and the next begins, the page's foot (the signature
box "Justerandes signatur", "Utdragsbestyrkande") and the next page's head (the letterhead again, the document's
kind and date, "Sida 3 av 12" or "3 (12)"), with blank lines around them. A page break falls anywhere: in the
middle of an attendance list or of a sentence, and the blank lines and head lines there cut the list or the
paragraph in two. :func:`join_page_breaks` takes such a run of lines out when it is certain it is one:

* the run holds a page mark ("Sida 3 av 12", "3 (12)", or a short line ending in one) beside a blank line or
  a signature box (a number alone between two lines of text may count a list's entries or a programme's slides);
* its other lines are blank, signature-box labels, or lines that only name the document's kind and date
  ("Sammanträdesprotokoll 2024-03-12"), or repeat one of the document's first lines (its letterhead);
* it stands between two lines of text (never at the start or the end of the document);
* its mark, among the document's first lines, is no first page's ("Intresseföreningen X 1(2)", "Sida 1 av 3" under
  the document's first line): a break leads to a page after the first; the first page's head is the letterhead.

The two sides are joined with a line break, or with a blank line when the line before the run ends a sentence
(a page break that falls between paragraphs).
"""

from __future__ import annotations

import re

from .layoutwords import SIGNATURE_BOX_LABEL

#: a page's number alone on a line
MARK_LINE = re.compile(r"(?:sida\s+)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3})|sida\s+\d{1,3}", re.I)
#: a short running head ending in the page's number ("Kommunstyrelsen Protokoll 2024-03-12 Sida 3 (12)")
HEAD_WITH_MARK = re.compile(r".{0,70}?(?:\b\d{1,3}\s*\(\s*\d{1,3}\s*\)|\bsida\s+\d{1,3}(?:\s*(?:av|\()\s*\d{1,3}\)?)?)",
                            re.I)
_KIND = (r"(?:sammanträdes)?protokoll|protokollsutdrag|kallelse|föredragningslista|dagordning|(?:minnes)?anteckningar|"
         r"sammanträdesdatum|datum|sida|(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}\s+[a-zåäö]+\s+(?:19|20)\d{2}")
#: a running head that names only the document's kind and its date (and "Sida" above the page's number)
KIND_AND_DATE = re.compile(rf"(?:{_KIND})(?:[\s,/|–-]+(?:{_KIND}))*", re.I)
#: a page's signature boxes, their labels only ("Justerandes signatur", "Justerares sign", "Utdragsbestyrkande"; the
#: labels ``parse.pagefurniture`` drops from an item's body: :data:`.layoutwords.SIGNATURE_BOX_LABEL`), one or more with
#: separators between them
_BOX = rf"(?:{SIGNATURE_BOX_LABEL})"
SIGNATURE_BOX = re.compile(rf"{_BOX}(?:[\s|/,;]*{_BOX})*[\s|/,;]*", re.I)
SENTENCE_END = (".", "!", "?", ":", ";")
#: a page mark that numbers the first page: "1(2)", "1 av 3", "Sida 1" at the line's end
FIRST_PAGE = re.compile(r"(?:(?<![\d/.-])1\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3})|\bsida\s+1)\s*$", re.I)
LETTERHEAD_LINES = 10  #: the first lines of the text, a page's head may repeat


def join_page_breaks(text: str) -> str:
    """``text`` with each certain page break's furniture taken out (see the module's docstring)."""
    lines = text.split("\n")
    if not any(map(_may_mark, lines)):  # most texts: no line is a page's number or ends in one
        return text
    head = {ln.strip().casefold() for ln in lines[:LETTERHEAD_LINES] if ln.strip()}
    kinds = [_kind(ln, head if k >= LETTERHEAD_LINES else set(), k < LETTERHEAD_LINES) for k, ln in enumerate(lines)]
    out: list[str | None] = []
    texts = [k for k, kind in enumerate(kinds) if kind == "text"]
    first_text, last_text = (texts[0], texts[-1]) if texts else (len(lines), -1)
    k = 0
    while k < len(lines):
        end = _run_end(kinds, k)
        if first_text < k and end <= last_text and end > k and _page_break(kinds[k:end]):
            prev = next(ln for ln in reversed(out) if ln is not None and ln.strip())
            out.append("" if prev.rstrip().endswith(SENTENCE_END) or "blank" in kinds[k:end] else None)
            k = end
            continue
        out.append(lines[k])
        k += 1
    return "\n".join(ln for ln in out if ln is not None)


MARK_ENDS = frozenset("0123456789)")
MAX_HEAD = 90  #: a running head with its page mark is at most this long


def _may_mark(line: str) -> bool:
    """The cheap test before the page-mark patterns: a short line ending in a digit or ")"."""
    end = line.rstrip()
    return end[-1:] in MARK_ENDS and len(end) <= MAX_HEAD and (
        MARK_LINE.fullmatch(end.strip()) is not None or HEAD_WITH_MARK.fullmatch(end.strip()) is not None)


def _page_break(run: list[str]) -> bool:
    """A run of non-text lines is a page break: a page's number (alone or ending a short head) beside a blank line
    or furniture (a number alone between two lines of text may be a list's or a slide's count)."""
    return ("mark" in run or "head" in run) and ("blank" in run or "furniture" in run)


def _run_end(kinds: list[str], k: int) -> int:
    """The end of the run of furniture lines starting at ``k`` (``k`` when the line there is text)."""
    end = k
    while end < len(kinds) and kinds[end] != "text":
        end += 1
    return end if any(kind != "blank" for kind in kinds[k:end]) else k


def _kind(line: str, letterhead: set[str], top: bool = False) -> str:
    """"blank", "mark" (a page's number alone), "head" (a short line ending in one), "furniture" (a signature box,
    the kind and date, a line of the ``letterhead`` again) or "text" (also a first page's mark among the ``top``
    lines: the letterhead itself)."""
    text = line.strip()
    if not text:
        return "blank"
    if top and (MARK_LINE.fullmatch(text) or HEAD_WITH_MARK.fullmatch(text)) and FIRST_PAGE.search(text):
        return "text"  # the first page's head: no break leads to it
    if MARK_LINE.fullmatch(text):
        return "mark"
    if HEAD_WITH_MARK.fullmatch(text):
        return "head"
    if SIGNATURE_BOX.fullmatch(text) or KIND_AND_DATE.fullmatch(text) or text.casefold() in letterhead:
        return "furniture"
    return "text"
