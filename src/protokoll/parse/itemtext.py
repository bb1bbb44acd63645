"""An item's own text (``Item.text``, documented in docs/meeting-record-text.md).

The lines between an item's heading and the next, as running text in paragraphs, without the
page's running heads and footers. Labelled parts ("Beslut:", "Föredragande:") stay as written.
"""

from __future__ import annotations

import re

from .lines import Line, join


def item_text(body: list[Line], running: set[str] | frozenset[str]) -> str:
    """The text of an item's ``body`` lines, less the document's ``running`` lines (:func:`running_lines`)."""
    if not running:
        return paragraphs(body)
    return paragraphs([ln for ln in body if " ".join(ln.text.split()) not in running])


PAGE_COUNTER = re.compile(r"^(?:(?:[Ss]ida|SIDA)\s+)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3}\b)")


def running_lines(text: str) -> set[str]:
    """A page's running head or footer: a line right beside the page's counter ("2(4)", "Sida 2 av 4")
    that is printed on two pages or more, or, once, has no sentence punctuation at its end
    ("Styrelsen · Protokoll 3/2024" over "1(1)"). It is the page's text, not an item's."""
    stripped = [t for t in map(str.strip, text.splitlines()) if t]
    # the counters first (once a line), on the stripped lines: PAGE_COUNTER allows any white space where it allows
    # some, so it matches a line as it matches the line with its spaces made one; no counter, no running line
    counter = [(t[0] in "sS" or t[0].isdecimal()) and bool(PAGE_COUNTER.match(t)) for t in stripped]
    if not any(counter):
        return set()
    raw = [" ".join(t.split()) for t in stripped]
    last = len(raw) - 1
    beside = [t for k, t in enumerate(raw)
              if not counter[k] and (k > 0 and counter[k - 1] or k < last and counter[k + 1])]
    return {t for t in beside if beside.count(t) >= 2 or (len(t) <= 80 and not t.endswith((".", ":", ",", ";")))}


LABEL_START = re.compile(r"^[A-ZÅÄÖ][\wåäö]+(?: [\wåäö]+){0,3}:\s")


def paragraphs(body: list[Line]) -> str:
    """An item's own text: its lines as running text, paragraphs separated by an empty line
    (``"\\n\\n"``). A blank line ends a paragraph; a labelled line ("Beslut: ...") and a list
    entry begin one, as a document without blank lines (a PDF's text) still prints them apart; a short
    labelled line without a full stop ("Föredragande: Anna Berg") is a paragraph of its own."""
    blocks: list[list[Line]] = [[]]
    for ln in body:
        label = ":" in ln.text and bool(LABEL_START.match(ln.text))
        if ln.blank or ln.bullet or label:
            blocks.append([])
        if not ln.blank:
            blocks[-1].append(ln)
        if label and len(ln.text) < 60 and not ln.text.endswith((".", ",", "och", "samt")):
            blocks.append([])
    return "\n\n".join([join(b) for b in blocks if b])
