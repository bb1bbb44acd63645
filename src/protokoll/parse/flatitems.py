"""Paragraphs of a protocol whose line breaks were lost: "... § 45 Budget 2025 Ärendebeskrivning ...".

A protocol copied from a document-sharing site or a PDF without layout runs each page into one line.
Its item headings then stand in the middle of a line, and when a document has only one or two items
(an extract, "protokollsutdrag", or a short protocol) there is no rising run of numbers for the
flattened-text reader (:mod:`.inline`) to find. What still marks such a heading is the label that opens
the item's body right after its title: "§ 45 Budget 2025 Ärendebeskrivning ...", "§ 12 Taxor Beslut
...", "45 Budget 2025 Förslag till beslut ..." (a copy that lost the "§"). Each heading found so, the
number, a capitalised title of at most :data:`MAX_TITLE_WORDS` words without a sentence's end, then
the label, cuts its line: the heading on a line of its own, the label and its text after it. The cut
text is kept when it gives more headings than the rules found before.
"""

from __future__ import annotations

import re

from .headings import Heading
from .inlinetokens import page_ahead
from .lines import Line

LONG = 150  #: a document with a line this long may have flattened pages
SHORT = 40  #: in such a document, a line this long may hold a heading (the rules before may have cut a page)
MAX_TITLE_WORDS = 20
#: what opens an item's body: a heading stands right before one of these
BODY_LABEL = (r"(?:Ärendebeskrivning|Beskrivning\s+av\s+ärendet|Beslutsunderlag|Sammanfattning|Förslag\s+till\s+beslut|"
              r"Beslutsförslag|Bakgrund|Dnr|Beslut|[A-ZÅÄÖ][\wåäö]+s\s+beslut)(?![\wåäö])")
_NUMBER = (r"(?:(?<=\s)|^)(?:(?:[A-ZÅÄÖ]{2,5}\s+)?§\s*(?P<p>\d{1,4})|(?P<q>\d{1,4})\s*§|(?P<n>\d{1,3}))(?![\d/,.:-]\d)"
           r"\s*[.:]?\s+(?P<title>[\"”“«A-ZÅÄÖÉ][^.!?§]{1,200}?)")
HEADING = re.compile(_NUMBER + r"\s+(?=" + BODY_LABEL + ")")
#: a flattened page opening with its paragraph's number and the case number before the title ("29 KS 2012/33 40
#: Title ...", "1 Dnr 2006/12 Title ...", "1 Dnr A Title ..." where a site stripped the digits), or with the body's
#: short name and the number written with its year ("KS 353/2008 Title ..."): the case number marks the heading
#: where no label follows the title
CASED = re.compile(r"(?:(?P<c>\d{1,4})\s+(?:Dnr[.:]?(?:\s*(?:[A-ZÅÄÖ]{1,6}(?=\s)|(?:[A-ZÅÄÖ]{1,6}[\s.-]?)?\S*\d\S*))?|"
                   r"[A-ZÅÄÖ]{2,5}\s+(?:19|20)\d{2}/\d{1,5}(?:\s+\d{1,3}(?:\.\d{1,3})?)?)|"
                   r"[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,4}\s+(?P<y>\d{1,4})/(?:19|20)\d{2})\s+(?=[\"”“«A-ZÅÄÖÉ][a-zåäöé])")
MAX_CASED_TITLE = 90  #: the longest title such a heading may have
#: a case title's closing reference, the inquiry's or the case's number in brackets ("Får jag lov? Slutbetänkande
#: av PBL-kommittén (SOU 2005:77)", "Motion om ... (20/12)", "Influensavaccinering (LS/594/2010)"): the title ends
#: there where the item's first sentence follows it (a question or exclamation mark before it is the title's own)
REFERENCE_MAX = 20  #: the longest such reference
REFERENCE_END = re.compile(r"\((?:SOU|Ds|Prop\.?|[Dd]nr\.?|[A-ZÅÄÖ]{1,5}[/ ])?\s*\d[\d/:. -]*\d\)(?=\s+[A-ZÅÄÖ])")
#: a page's running head, the body's name, then the number of the paragraph the page opens with: "Kommunstyrelsen 1",
#: "Barn- och utbildningsnämnden 14" read as a title after the page's index
BODY_THEN_NUMBER = re.compile(r"^[A-ZÅÄÖ][\wåäö]*(?:-\s+och\s+[a-zåäö]+)?(?:nämnd|nämnden|styrelse|styrelsen|förbundet|"
                              r"fullmäktige|rådet|utskottet|direktionen)\s+\d{1,3}$")
#: a flattened page's index, running head and page mark before its first heading: "2 SAMMANTRÄDESPROTOKOLL 2 (12) ",
#: "3 Barn- och utbildningsnämnden 3 (12) ", "2 PROTOKOLL sid 2 (33) "
FURNITURE = re.compile(r"^\d{1,3}\s+(?:[^\d\s]\S*\s+){1,5}?(?:(?:[Ss]ida|SIDA|[Ss]id|SID)\s+)?\d{1,3}\s?\(\s?\d{1,3}\s?\)\s+(?=\S)")
#: a heading the rules before cut onto a line of its own: its label opens the next line
ALONE = re.compile("^" + _NUMBER + r"\s*$")
LABEL_START = re.compile(BODY_LABEL)
#: a contents list's label right before a heading-like entry ("Ärendelista 26 Dnr 2017/12 Budget Dnr ..."): a
#: protocol lists its paragraphs with their case numbers on its first pages; the entry is the list's, no heading
LISTED = re.compile(r"(?:INNEHÅLLSFÖRTECKNING|Innehållsförteckning|ÄRENDEFÖRTECKNING|Ärendeförteckning|ÄRENDELISTA|"
                    r"Ärendelista)\s*:?\s*$")
#: words before a number that make it no item's ("sidan 3", "kapitel 4", "den 12", "nr 5", "av 9")
NOT_AFTER = re.compile(r"(?:\b(?:kap|kapitel|del|avsnitt|steg|den|nr|av|och|till|samt|vecka|sida|sidan|kl|ca|år|dnr|"
                       r"bilaga|bil|punkt|paragraf|ärende|paragraferna)\.?|[/,(\-–])\s*$", re.I)


def flat_paragraphs(lines: list[Line], headings: list[Heading]) -> tuple[list[Line], list[Heading]]:
    """The lines cut at the labelled headings inside flattened ones, with those headings, when they are
    more than ``headings``; else both as given."""
    if not any([len(ln.text) >= LONG for ln in lines]):  # a list: most documents have no such line
        return lines, headings
    found = _found(lines)
    if len(found) <= len(headings):
        return lines, headings
    out: list[Line] = []
    heads: list[Heading] = []
    for i, ln in enumerate(lines):
        mine = [f for f in found if f[0] == i]
        if not mine:
            out.append(ln)
            continue
        pos = 0
        for _, s, e, number, title, style in mine:
            if ln.text[pos:s].strip():
                out.append(_piece(ln, pos, s))
            heads.append(Heading(len(out), number, title, style, 1.0))
            out.append(_piece(ln, s, e))
            pos = e
        if ln.text[pos:].strip():
            out.append(_piece(ln, pos, len(ln.text)))
    return out, heads


def _piece(ln: Line, s: int, e: int) -> Line:
    raw = ln.text[s:e]
    return Line(raw.strip(), ln.start + s + len(raw) - len(raw.lstrip()))


def _found(lines: list[Line]) -> list[tuple[int, int, int, str, str, str]]:
    """(line, heading start, heading end, number, title, style) of each labelled heading, numbers rising."""
    out: list[tuple[int, int, int, str, str, str]] = []
    last = -1
    for i, ln in enumerate(lines):
        if not ln.digit or len(ln.text) < SHORT and not ln.text.startswith("§"):
            continue
        if (cased := _cased(ln.text)) and int(cased[2]) > last:
            out.append((i, *cased, "cased"))
            last = int(cased[2])
            continue
        nxt = next((x.text for x in lines[i + 1:i + 3] if not x.blank), "")
        alone = ALONE.match(ln.text) if LABEL_START.match(nxt) else None
        furniture = FURNITURE.match(ln.text)  # the page's heading after it, not its index
        if nxt.startswith("Dnr") and (left := _left_before_dnr(ln.text, furniture)) and int(left[2]) > last:
            out.append((i, *left, "num"))
            last = int(left[2])
            continue
        for m in [alone] if alone else HEADING.finditer(ln.text, furniture.end() if furniture else 0):
            number = int(m.group("p") or m.group("q") or m.group("n"))
            title = m.group("title").strip()
            if page_ahead(title, 0) or BODY_THEN_NUMBER.match(title):
                continue  # "2 SAMMANTRÄDESPROTOKOLL 2 (12) 12 Dnr ...", "2 Kommunstyrelsen 1 Dnr ...": a page's index
                # and running head, no title
            if len(title.split()) > MAX_TITLE_WORDS or number <= last or NOT_AFTER.search(ln.text[max(0, m.start() - 14):m.start()]):
                continue
            if LISTED.search(ln.text, max(0, m.start() - 24), m.start()):
                continue  # the first entry of a contents list: its section comes later (:mod:`.contents` reads it)
            style = "num" if m.group("n") else "para"
            out.append((i, m.start(), m.end(), str(number), title, style))
            last = number
    return out


#: a heading that ends a flattened line after a sentence or the page's head, its case number opening the next line:
#: "... till handlingarna. 13 Taxor 2022" / "Dnr 2021/46 ..." (the break was made before "Dnr", the heading stayed)
LEFT_BEFORE_DNR = re.compile(r"(?:(?<=[.!?])\s+|^)(?P<n>\d{1,3})\s+(?P<title>[\"”“«A-ZÅÄÖÉ][a-zåäöé][^.!?§:()]{0,80}?)\s*$")


def _left_before_dnr(text: str, furniture: re.Match | None) -> tuple[int, int, str, str] | None:
    """(start, end, number, title) of a heading left at the end of a line whose next line opens with "Dnr"."""
    if furniture is not None:
        m = LEFT_BEFORE_DNR.match(text[furniture.end():])
        shift = furniture.end()
    else:
        m = LEFT_BEFORE_DNR.search(text, max(0, len(text) - 100))
        shift = 0
    if m is None or len(m.group("title").split()) > MAX_TITLE_WORDS // 2:
        return None
    return shift + m.start("n"), shift + m.end(), m.group("n"), m.group("title").strip()


def _cased(text: str) -> tuple[int, int, str, str] | None:
    """(heading start, heading end, number, title) of a :data:`CASED` heading opening a flattened page (after its
    page mark), when its title shows where it ends: the whole rest of a short line, or cut where the item's
    first sentence starts (:func:`.headings.cut_run_on_title`); None otherwise."""
    from .headings import cut_run_on_title
    from .pagelead import page_mark

    start = mark.end() if (mark := page_mark(text) or FURNITURE.match(text)) else 0
    m = CASED.match(text, start)
    if not m:
        return None
    rest = text[m.end():]
    if ref := REFERENCE_END.search(rest, 0, MAX_CASED_TITLE + REFERENCE_MAX):  # the reference is the title's end
        title = rest[:ref.end()]
    else:
        title = rest.rstrip() if len(rest) <= MAX_CASED_TITLE else cut_run_on_title(rest).rstrip()
    if len(title) > MAX_CASED_TITLE + (REFERENCE_MAX if ref else 0) or len(title.split()) > MAX_TITLE_WORDS:
        return None
    return start, m.end() + len(title), m.group("c") or m.group("y"), title
