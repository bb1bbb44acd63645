"""Page furniture inside an item: the boxes a protocol prints at the foot or head of every page.

A Swedish protocol's page carries a signature box for the adjusters ("Justerandes sign",
"Justerares signatur", "Ordförandes sign") and one for certified extracts ("Utdragsbestyrkande"),
often with the page mark ("Sida 3 av 9"). Where an item runs over a page break these lines land
in the middle of its text and would be read as part of its decision. A line that is nothing but
such labels (and page marks) is dropped from an item's body, and so are such labels that end a line
after a sentence (a flattened page's foot); a label followed by anything else
(a name, a date) is left alone, for the signature reader. Where the page broke mid-sentence, the box's labels end
the line after any word; two of them side by side are the box's, never the text's (:data:`TRAILING`), and so are
they at the end of an item's title (:func:`without_box_tail`).
"""

from __future__ import annotations

import re

from ..repair.layoutwords import SIGNATURE_BOX_LABEL
from .lines import Line

_LABEL = SIGNATURE_BOX_LABEL + r"|Sida\s+\d{1,3}(?:\s*(?:av|\()\s*\d{1,3}\)?)?"
#: a line of page-furniture labels only, with any separators between them
FURNITURE = re.compile(rf"^(?:{_LABEL})(?:[\s|/,;]*(?:{_LABEL}))*[\s|/,;]*$", re.I)
#: labels at the end of a line that ran on into them (a flattened page's foot): after a sentence's end, or two labels
#: or more after anything (a page may break mid-sentence, "... kl Justerandes sign Utdragsbestyrkande"; the box's
#: labels side by side are never a text's words), a page's number perhaps before them
TRAILING = re.compile(rf"(?:(?<=[.!?])\s+|\s+(?:\d{{1,3}}\s+)?(?=(?:{_LABEL})[\s|/,;]*(?:{_LABEL})))"
                      rf"(?:{_LABEL})(?:[\s|/,;]*(?:{_LABEL}))*[\s|/,;]*$", re.I)
#: the next page's index, running head and page mark ending a line after a sentence, with the body's short name that
#: labels the next paragraph perhaps: "... godkänner rapporten. 3 Barn- och utbildningsnämnden 3 (12) BUN" (a flattened
#: page's head run on before the next heading)
PAGE_HEAD_AFTER = re.compile(r"(?<=[.!?])\s+\d{1,3}\s+(?:[^\d\s]\S*\s+){1,5}?(?:(?:[Ss]ida|SIDA|[Ss]id|SID)\s+)?"
                             r"\d{1,3}\s?\(\s?\d{1,3}\s?\)(?:\s+[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,4})?\s*$")
#: the letters the labels start with (folded): most lines are let through on their first character
FIRST = frozenset("jousi")


#: the box's labels ending a title that ran to the end of a flattened page's line, its page number perhaps before them
TITLE_BOX_TAIL = re.compile(rf"\s+(?:\d{{1,3}}\s+)?(?:{_LABEL})(?:[\s|/,;]*(?:{_LABEL}))*[\s|/,;]*$", re.I)


def without_box_tail(title: str) -> str:
    """The title without the signature box's labels it ran on into at a flattened page's foot ("Rapporter
    Justerandes sign Utdragsbestyrkande"): no title ends in them."""
    low = title[-40:].casefold()
    if "sign" not in low and "utdrag" not in low:  # cheap test first
        return title
    m = TITLE_BOX_TAIL.search(title)
    return title[:m.start()] if m and m.start() > 0 else title


def is_furniture_title(title: str) -> bool:
    """Whether an unnumbered heading's title is a page's box labels and nothing else ("Justerandes signatur" over
    "Utdragsbestyrkande" at a page's foot, read as a title line): never an item."""
    return title[:1].casefold() in FIRST and FURNITURE.match(title) is not None


def without_box_headings(headings: list) -> list:
    """The headings without an unnumbered one whose title is box labels only (:func:`is_furniture_title`)."""
    return [h for h in headings if not (h.number is None and is_furniture_title(h.title))]


def is_furniture(line: Line) -> bool:
    """Whether a line is a page's signature/extract box labels and nothing else."""
    return line.text[:1].casefold() in FIRST and FURNITURE.match(line.text) is not None


#: a page's mark alone on its line: "(2)", "2 (21)", "Sid 2 (9)"
PAGE_MARK = re.compile(r"(?:(?:[Ss]ida?|SIDA?)\s+)?(?:\d{1,3}\s*)?\(\d{1,3}\)")


def page_break(line: Line) -> bool:
    """Whether a line is what a page break leaves inside a list running over it: the page's mark or its
    signature box's labels ("Justerandes sign Utdragsbestyrkande"), nothing else."""
    if len(line.text) < 16 and PAGE_MARK.fullmatch(line.text.strip()):
        return True
    folded = line.text[:80].casefold()  #: the cheap test first: each label has one of these words
    return any(w in folded for w in LABEL_WORDS) and is_furniture(line)


def drop_furniture(body: list[Line]) -> list[Line]:
    """An item's body lines without the page furniture a page break left in them (a blank line in its
    place, so that paragraphs on either side stay apart)."""
    if not may_hold_furniture(body):  # most bodies: no line to test
        return _without_page_heads(body)
    if not any(is_furniture(ln) or _trailing(ln) for ln in body if ln.text):
        return _without_page_heads(body)
    return _without_page_heads([Line("", ln.start) if is_furniture(ln) else Line(ln.text[:m.start()], ln.start, ln.bullet)
                                if (m := _trailing(ln)) else ln for ln in body])


def _without_page_heads(body: list[Line]) -> list[Line]:
    """The lines without the next page's head run on after their last sentence (:data:`PAGE_HEAD_AFTER`); the cheap
    test first: a page's count "(12)" ends such a line, perhaps with a short name after it."""
    if not any(")" in ln.text[-8:] for ln in body):
        return body
    return [Line(ln.text[:m.start()], ln.start, ln.bullet) if ")" in ln.text[-8:] and (m := PAGE_HEAD_AFTER.search(ln.text))
            else ln for ln in body]


#: what every label of ``_LABEL`` has, folded: "sign" (the signature boxes), "utdrag", "sida"
LABEL_WORDS = ("sign", "utdrag", "sida")


def may_hold_furniture(body: list[Line]) -> bool:
    """Whether any line of ``body`` may hold a furniture label (the cheap test for the whole body, issue 12): one of
    ``LABEL_WORDS`` in the folded text, or a dotted or dotless "i" that the case-blind patterns read as an "i"."""
    low = "\n".join([ln.text for ln in body]).casefold()
    return "sign" in low or "utdrag" in low or "sida" in low or "\u0131" in low or "\u0307" in low


def _trailing(line: Line) -> re.Match | None:
    """The furniture labels a line ends with after a sentence's end, when it has some."""
    low = line.folded
    return TRAILING.search(line.text) if line.text and ("sign" in low or "utdrag" in low or "sida" in low) else None


#: the last line of a page's running head: a date alone, the date label, the document's kind in capitals,
#: or a name and the meeting's date ("Kommunstyrelsen 2022-05-03")
HEAD_END = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|Sammanträdesdatum\b.*|.*\b(?:SAMMANTRÄDESPROTOKOLL|PROTOKOLL|KALLELSE|"
                      r"FÖREDRAGNINGSLISTA|PROTOKOLLSUTDRAG)\b.*|[A-ZÅÄÖ][\wåäöÅÄÖ\- ]{0,50}\s\d{4}-\d{2}-\d{2})$")
HEAD_LINES = 6  #: how many lines a running head may take
HEAD_LINE_MAX = 70


def running_head(lines: list[Line]) -> int:
    """How many of ``lines`` (an item's first text lines under a heading that only numbers it) are a page's
    running head that a page break set between the paragraph's label and its title: short lines ending with
    one that :data:`HEAD_END` matches, a title-like line after them (no sentence's end); 0 where there is none."""
    last = -1
    for k, ln in enumerate(lines[:HEAD_LINES]):
        if len(ln.text) > HEAD_LINE_MAX or ln.text.endswith((".", ":")):
            break
        if HEAD_END.match(ln.text):
            last = k
    if last < 0 or last + 1 >= len(lines):
        return 0
    title = lines[last + 1].text
    return last + 1 if title[:1].isupper() and not re.search(r"[.!?](?:\s|$)", title) else 0
