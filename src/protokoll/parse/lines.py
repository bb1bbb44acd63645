"""Lines of a document, cleaned of what is not the document's own text.

Removes web-page chrome (a document copied from a document-sharing site
carries "Storlek: px", "Download ...", "Transkript"), page headers and
footers repeated on every page, bare page numbers (a number after a bullet is a list's
item number, kept), and normalises bullet glyphs to "- ". Every line keeps its character offset in the input so that
extracted values can point back at their source. The ``Line`` itself is in ``textline``, lines read as
running text (``join``, ``sentences``) in ``runningtext``; ``__all__`` re-exports them for the rules that
import them from here.
"""

from __future__ import annotations

import re
from collections import Counter

from ..repair.webchrome import CHROME_FIRST, WEB_CHROME, may_be_chrome
from .features import DIGIT, keyword_fold
from .runningtext import join, sentences, split_sentences
from .textline import Line

__all__ = ["CHROME_FIRST", "WEB_CHROME", "Line", "close_broken_paragraphs", "join", "paragraphs", "sentences",
           "split_lines", "split_sentences"]


#: how those of the ``WEB_CHROME`` lines a document-sharing site sets around the text start when one runs on into
#: a line of the text (a flattened page): :mod:`.placeforms` cuts a place value there
CHROME_RUN_ON = r"(?:Storlek:\s*px|Starta visningen|Save this PDF|Download\s+[\"”“]|Ladda ner\s+[\"”“]|Transkript\b)"
PAGE_NUMBER = re.compile(r"^(sida\s*)?\d{1,3}\s*(\(\s*\d{1,3}\s*\)|av\s+\d{1,3}|/\s*\d{1,3})?$", re.I)
PAGE_MARK = re.compile(r"\b\d{1,3}\s*\(\s*\d{1,3}\s*\)\s*$|\bsida\s+\d{1,3}(\s*(av|\()\s*\d{1,3}\)?)?\s*$", re.I)
BULLET = re.compile(r"^\s*(?:[•\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2219\uf0b7\uf0a7\uf0d8\uf076\uf0fc"
                    r"\u25a0\u25a1\u2013\u2014*·]|-(?!-)|o(?=\s))\s*")

#: what a stripped line that ``BULLET`` matches starts with
BULLET_FIRST = frozenset("•\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2219\uf0b7\uf0a7\uf0d8\uf076\uf0fc\u25a0\u25a1\u2013\u2014*·-o")


def split_lines(text: str) -> list[Line]:
    """The document as cleaned lines (blank lines kept as paragraph breaks)."""
    raw: list[Line] = []
    pos = 0
    for chunk in (text.replace("\f", "\n") if "\f" in text else text).split("\n"):  # = BREAK.split(text)
        raw.append(_clean(chunk, pos))
        pos += len(chunk) + 1  # the "\n" or "\f" after it
    lines = _drop_repeated_headers(raw)
    return [ln for ln in lines if ln.blank or not (may_be_chrome(ln.text) and WEB_CHROME.match(ln.text))
            and not (ln.digit and not ln.bullet and PAGE_NUMBER.match(ln.text))
            and not (ln.text.startswith("---") and RULE.fullmatch(ln.text))]


BREAK = re.compile(r"\n|\f")
RULE = re.compile(r"-{3,}[\s\-]*")
SPACES = re.compile(r"[ \u00a0]{2,}(?!\t)")
DIGITS = re.compile(r"\d+")


def _clean(chunk: str, start: int) -> Line:
    if not chunk:  # a blank line (a quarter of a document's lines): nothing to strip, no bullet, no digit
        line = Line(chunk, start)
        line.__dict__["digit"] = False
        return line
    lead = len(chunk) - len(chunk.lstrip())
    body = chunk.strip()
    m = BULLET.match(body) if body[:1] in BULLET_FIRST else None
    bullet = bool(m) and len(body) > m.end()
    if bullet:
        body = body[m.end():]
        lead += m.end()
    if "  " in body or "\u00a0" in body:
        body = SPACES.sub("  ", body)
    if "**" in body:
        body = body.replace("**", "").strip()
    line = Line(body, start + lead, bullet)
    line.__dict__["digit"] = DIGIT.search(body) is not None  # ``digit``, asked of every line by split_lines
    return line


def _key(ln: Line) -> str:
    return DIGITS.sub("#", ln.folded) if ln.digit else ln.folded


def _may_mark(text: str) -> bool:
    """The cheap test before ``PAGE_MARK`` (a search from every position): its "(" or "sida"."""
    return "(" in text or "ida" in keyword_fold(text)


def _drop_repeated_headers(lines: list[Line]) -> list[Line]:
    """Drop page headers/footers: lines carrying a page mark ("2(8)", "Sida 2 av 8")
    or lines repeated at least three times with digits ignored that look like running heads."""
    if not any([ln.digit and _may_mark(ln.text) and PAGE_MARK.search(ln.text) for ln in lines]):  # a mark has a digit
        return list(lines)  # the lines with no mark: none is dropped or changed, no key needs counting
    keys = [_key(ln) if ln.text else "" for ln in lines]
    counts = Counter(key for key in keys if key)
    out: list[Line] = []
    seen: set[str] = set()
    for ln, key in zip(lines, keys):
        if ln.text and counts[key] >= 2 and PAGE_MARK.search(ln.text):  # repeated lines first: few
            if key in seen:
                continue
            seen.add(key)
            ln = Line(PAGE_MARK.sub("", ln.text).strip(), ln.start, ln.bullet)
        out.append(ln)
    return out


def close_broken_paragraphs(lines: list[Line]) -> list[Line]:
    """Drop a blank line that cuts a sentence in two: the line before it ends without a sentence's end
    and the line after it goes on in lower case ("... ger Anna Berg i uppdrag att" + blank + "ta fram ...").
    OCR puts such blank lines between wrapped lines; a new paragraph starts with a capital, a list with a
    bullet, and an "att"-clause of a decision is its own clause."""
    out: list[Line] = []
    for k, ln in enumerate(lines):
        if ln.blank and out and not out[-1].blank and k + 1 < len(lines) and _continues(out[-1], lines[k + 1]):
            continue
        out.append(ln)
    return out


def _continues(before: Line, after: Line) -> bool:
    return bool(after.text) and not after.bullet and bool(re.match(r"[a-zåäö]", after.text)) \
        and not after.text.startswith("att ") and not re.search(r"[.!?:;]\s*$", before.text)


def paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Runs of non-blank lines."""
    out: list[list[Line]] = []
    cur: list[Line] = []
    for ln in lines:
        if ln.blank:
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(ln)
    if cur:
        out.append(cur)
    return out
