"""The numbered tokens of flattened lines ("§ N Title", "N. Title", "Punkt N Title", "KS 108/16 Title", "Ks 108 Dnr
00041/ Title": a body's short name, its paragraph's number and the case number) and their best rising chain: which
numbers may open an item, and which are a flattened page's index and running head, a running head repeated on every
page, or the clauses of a decision's numbered list. Cutting the lines at them is ``inline``'s.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .colonlists import opens_inline_list
from .lines import Line
from .persons import LOWER, has_title_word, UPPER

LONG = 150  #: a line at least this long may be a flattened page
SHORT = 40  #: in a document with flattened pages, a line this long may be the end of one
WINDOW = 40  #: candidates looked back over when chaining numbers
MAX_GAP = 8

TOKEN = re.compile(r"(?:(?<=\s)|^)(?:(?:§\s*|[A-ZÅÄÖ]{2,5}\s+(?=\d{1,3}/\d{2}\s)|^[A-ZÅÄÖ][a-zåäöA-ZÅÄÖ]{1,3}\s+(?=\d{1,3}\s+Dnr\b))(?P<p>\d{1,3})(?:/(?:\d{2}|(?:19|20)\d{2}))?\s+|(?P<k>(?:Punkt|PUNKT|Ärende|ÄRENDE|Pkt\.?)\s*)?(?P<n>\d{1,3})"
                   r"(?:(?P<dot>\s?[.):]|\s*§)\s*|\s+))"
                   r"(?=[\"”“«A-ZÅÄÖÉ][a-zåäöéA-ZÅÄÖ])")
NOT_AFTER = re.compile(r"(?:\b(?:kap|kap\.|kapitel|del|avsnitt|steg|etapp|fas|den|nr|av|och|till|samt|vecka|v\.|sida|kl|kl\.|ca|år|dnr|§|bilaga|"
                       r"bil\.?|punkt|paragraf)|[/,(])\s*$", re.I)
#: a page mark in the first words after a number: a flattened page's index and running head ("3 Protokoll Sida 3 (24)",
#: "1 Kommunstyrelsen 3 (22)", "4 4 av 22"), which no item's title holds
PAGE_AHEAD = re.compile(r"\D{0,60}?(?:\b[Ss]ida\s+\d{1,3}\b|(?<![\d/])\b\d{1,3}\s?\(\s?\d{1,3}\s?\)|\b\d{1,3}\s+av\s+\d{1,3}\b)")

DIGIT = re.compile(r"\d")


def page_ahead(text: str, pos: int) -> re.Match | None:
    """``PAGE_AHEAD`` within the 70 characters from ``pos``; each of its marks has a digit, looked for first."""
    return PAGE_AHEAD.match(text, pos, pos + 70) if DIGIT.search(text, pos, pos + 70) else None


@dataclass
class Token:
    line: int
    pos: int  #: offset of the token in its line's text
    number: int
    score: float


def _sections(tokens: list[Token], chain: list[Token]) -> list[Token]:
    """After a contents list, the sections it lists: a second rising run of numbers that come again
    (up to the list's last). The items' texts are there."""
    last = (chain[-1].line, chain[-1].pos)
    later = _chain([t for t in tokens if (t.line, t.pos) > last and t.number <= chain[-1].number])
    return later if len(later) >= 2 else []


def _tokens(lines: list[Line]) -> list[Token]:
    out: list[Token] = []
    dots: list[str] = []
    repeat = (-1, -1)  #: (line, offset) of a page number repeated after the running head
    for i, ln in enumerate(lines):
        if not ln.digit:  # (every token has its number's digits)
            continue
        for m in TOKEN.finditer(ln.text):
            if m.start() > 0 and (len(ln.text) < SHORT or not m.group("k")  # "Ärende 19" is numbered by its label,
                                  and NOT_AFTER.search(ln.text[max(0, m.start() - 12):m.start()])):  # whatever
                continue                                                                # stands before it
            if not m.group("p") and page_ahead(ln.text, m.end()):
                continue  # "2 Sammanträdesprotokoll Sida 2 (24)": a flattened page's index, its running head after it
            if ")" in (m.group("dot") or "") and _in_parentheses(ln.text, m.start()):
                continue  # "Arbetsordning (förslag 1)LS 0702": a reference in parentheses closes there, no item opens
            if m.start() == 0 and not m.group("p") and (again := _page_repeat(ln.text, m)):
                repeat = (i, again)
                continue  # "3 KOMMUNEN PROTOKOLL 3 Ks 41 ...": the page's index, its running head, the index again
            if repeat == (i, m.start()):
                continue
            if not m.group("p") and _official_row(ln.text, m.start(), m.end()):
                continue  # "Anna Berg Ekonom 48 Per Holm Enhetschef 49": officials and the items they attended
            if not (m.group("p") or m.group("dot") or m.group("k")) and _person_row(ln.text, m.end()):
                continue  # "Eva Ek, Länsstyrelsen 6 Per Holm Norrby kommun 9": guests and the items they attended
            number = int(m.group("p") or m.group("n"))
            # a number opening a flattened page is its page number more often than an item's
            score = 1.0 + (0.5 if m.group("p") or m.group("dot") or m.group("k") else 0) + (
                0.3 if m.start() == 0 and len(ln.text) < LONG else 0)
            out.append(Token(i, m.start(), number, score))
            dots.append(m.group("dot") or "")
    heads = Counter(_after(lines, t) for t in out)  # a page's running head repeats: "N Nämnden ..."
    listed = _decision_lists(lines, out, dots)
    return [t for k, t in enumerate(out) if heads[_after(lines, t)] < 3 and k not in listed]


def _in_parentheses(text: str, start: int) -> bool:
    """A parenthesis opened in the words before ``start`` and not closed: a number then ")" closes it."""
    before = text[max(0, start - 30):start]
    return before.rfind("(") > before.rfind(")")


#: a name and a job title: "Per Holm Enhetschef", "Eva-Lena Strand Verksamhetschef"
OFFICIAL = re.compile(rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?\s+[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?\s+(\S+)")


def _official_row(text: str, start: int, end: int) -> bool:
    """A number between two officials' rows, a job title in the two words before it and a name and a job title
    after it: the paragraphs an official attended, in a flattened list of those attending."""
    after = OFFICIAL.match(text, end)
    before = text[max(0, start - 40):start].split()[-2:]
    return bool(after and has_title_word(after.group(1)) and any(has_title_word(w) for w in before))


#: a person's full name, then a comma or a capitalised word (the person's employer or municipality)
PERSON_ROW = re.compile(rf"([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?\s+[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)"
                        rf"(?:\s*,\s*|\s+(?=[{UPPER}][{LOWER}]))")


def _person_row(text: str, end: int) -> bool:
    """A bare number followed by a person's name and then a comma or the person's employer: the item a guest
    attended, in a flattened list of those present ("... Jordbruksverket 12 Anna Lind, Näringsdepartementet"); an
    item's title does not open with a person's full name and affiliation."""
    from ..swedish.names import given_names
    from .names import is_person

    row = PERSON_ROW.match(text, end)
    return bool(row and row.group(1).split()[0] in given_names() and is_person(row.group(1)))


#: a decision or a proposal ends here and its numbered clauses follow: "... förslag till beslut 1. X 2. Y"
LIST_OPENER = re.compile(r"(?:förslag\s+till\s+beslut|beslutsförslag|beslut|beslutar|beslutade|beslöt|föreslår|"
                         r"föreslås|besluta)\s*:?\s*$", re.I)


def _decision_lists(lines: list[Line], tokens: list[Token], dots: list[str]) -> set[int]:
    """The indexes of tokens that number the clauses of a decision or a proposal, not items: a "1." right
    after "förslag till beslut" / "beslutar" and the "2.", "3." ... written the same way after it on the
    line (the flattened form of the list :func:`.headingrules._in_decision_list` keeps from being items), or
    one entry a line under a deciding sentence's colon (:func:`_decided_above`)."""
    listed: set[int] = set()
    expected, line, dot, over = 0, -1, "", False
    seen: set[int] = set()  # numbers met before: a list that numbers again from 1 after the items
    for k, t in enumerate(tokens):
        if expected and dots[k] == dot and (t.number == expected and (
                t.line == line or over and t.number in seen and PAGE_LEAD.match(lines[t.line].text[:t.pos]))
                                            or over == ROWS and _row_entry(lines, t, expected, line)):
            listed.add(k)
            expected, line = t.number + 1, t.line
            continue
        expected = 0  # any other number ends the list
        text = lines[t.line].text
        if t.number == 1 and (dots[k] and LIST_OPENER.search(text[max(0, t.pos - 40):t.pos])
                              or 1 in seen and opens_inline_list(text[max(0, t.pos - 80):t.pos])):
            listed.add(k)
            expected, line, dot, over = 2, t.line, dots[k], False
        elif t.number == 1 and dots[k] and (1 in seen or _label_above(lines, t)) and _opened_above(lines, t):
            listed.add(k)
            expected, line, dot, over = 2, t.line, dots[k], True
        elif t.number == 1 and dots[k] and seen and _decided_above(lines, t):
            listed.add(k)
            expected, line, dot, over = 2, t.line, dots[k], ROWS
        seen.add(t.number)
    return listed


ROWS = "rows"  #: a decision's list whose entries stand one a line (:func:`_decided_above`)
LOST_ENTRIES = 2  #: how many entries' numbers such a list may lose in a copy ("5) ... ) ... ) ... 8) ...")


def _decided_above(lines: list[Line], t: Token) -> bool:
    """A "1." or "1)" opening a line under a deciding sentence that ends with a colon ("Kommunstyrelsen beslutar att
    arbeta efter följande ärendelista:"), after an item's heading (the caller knows a number came before): the
    decision's list, one entry a line, as :func:`.headingrules._in_decision_list` reads it where no line was
    flattened; its entries are no items however many there are."""
    if not PAGE_LEAD.match(lines[t.line].text[:t.pos]):
        return False
    above = next((ln.text for ln in reversed(lines[:t.line]) if not ln.blank), "")
    return DECIDING_COLON.search(above[-200:]) is not None


def _row_entry(lines: list[Line], t: Token, expected: int, line: int) -> bool:
    """The next entry of a decision's list one entry a line: on the previous entry's line or opening its own, numbered
    on (a number or two the copy lost may be skipped)."""
    return expected <= t.number <= expected + LOST_ENTRIES and (
        t.line == line or PAGE_LEAD.match(lines[t.line].text[:t.pos]) is not None)


#: a sentence that decides and announces what follows: "Fullmäktige beslutar att från den 1 juli ska följande gälla:"
DECIDING_COLON = re.compile(r"\b(?i:beslutar|beslutade|beslutades|beslöt|beslutas|föreslår|föreslås|besluta)\b"
                            r"(?:(?!\.\s+[A-ZÅÄÖ])[^!?]){0,160}:\s*$")
#: a decision's or a proposal's label with its colon ("Beslut:"), a word of its own ("Delegationsbeslut" is a title)
LABEL_COLON = re.compile(r"(?<![\wåäöÅÄÖ])(?:förslag\s+till\s+beslut|beslutsförslag|beslut)\s*:\s*$", re.I)
#: what may stand before a token at the start of a flattened page: the page's index ("2 (9)", "Sida 2")
PAGE_LEAD = re.compile(r"^\s*(?:(?:[Ss]ida\s+)?\d{1,3}\s?(?:\(\s?\d{1,3}\s?\)|av\s+\d{1,3})?\s*)?$")


def _opened_above(lines: list[Line], t: Token) -> bool:
    """A "1." opening a line (after at most the page's index) whose previous text ends a deciding sentence with a
    colon or a decision label with its colon: the decision's numbered list goes on over the page break, it is no
    item (only where its numbers come again after the items': :func:`_decision_lists`)."""
    if not PAGE_LEAD.match(lines[t.line].text[:t.pos]):
        return False
    above = next((ln.text for ln in reversed(lines[:t.line]) if not ln.blank), "")
    return bool(DECIDING_COLON.search(above[-200:]) or LABEL_COLON.search(above[-40:]) or LABEL_LINE.match(above))


#: a decision's label alone on its line: "Beslut", "Kommunstyrelsens beslut", "Barn- och utbildningsnämndens beslut"
LABEL_LINE = re.compile(r"^(?:Beslut|Beslutet|BESLUT|(?:[A-ZÅÄÖ][\wåäö]*-\s+och\s+[a-zåäö]+|[A-ZÅÄÖ][\wåäö]+)s(?:\s+[a-zåäö]+s)?"
                        r"\s+beslut)\s*:?\s*$")


def _label_above(lines: list[Line], t: Token) -> bool:
    """A decision's label alone on the line above the token's ("Kommunstyrelsens beslut" / "1. Taxan antas."):
    the list is the decision's even where no "1" came before it."""
    above = next((ln.text for ln in reversed(lines[:t.line]) if not ln.blank), "")
    return len(above) < 60 and LABEL_LINE.match(above) is not None


#: a flattened page's running head: one to five capitalised words ("VILHELMINA KOMMUN PROTOKOLL", "Socialnämnden");
#: the number after it is no sub-point's ("7 Ekonomirapport 7.1 Utfall" is item 7 and its first point)
RUNNING_HEAD = re.compile(r"(?:[A-ZÅÄÖ][\wÅÄÖåäö&-]*\s+){1,5}(\d{1,3})(?![\d(/]|\.\d)")


def page_repeat(text: str) -> bool:
    """Whether a line opens with a page's index, a running head and the index again ("2 KOMMUNEN PROTOKOLL 2")."""
    m = re.match(r"(?P<n>\d{1,3})\s+", text)
    return m is not None and _page_repeat(text, m) > 0


def _page_repeat(text: str, m: re.Match) -> int:
    """Where a number opening a flattened page comes again after a running head of capitalised words ("2
    KOMMUNSTYRELSEN PROTOKOLL 2 Ks 41 Dnr ..."): a page's index and its page number, not an item's; 0 if not."""
    head = RUNNING_HEAD.match(text, m.end(), m.end() + 70)
    return head.start(1) if head is not None and head.group(1) == m.group("n") else 0


def _after(lines: list[Line], t: Token) -> str:
    text = lines[t.line].text[t.pos:t.pos + 50]  # bounded: a long line has many tokens
    return text[len(TOKEN.match(text).group()):][:30]


def _chain(tokens: list[Token]) -> list[Token]:
    """The best run of rising numbers (gaps of at most MAX_GAP), looking back WINDOW tokens."""
    if not tokens:
        return []
    best: list[tuple[float, int]] = []
    for j, t in enumerate(tokens):
        top, prev = t.score - 1.0, -1
        for i in range(max(0, j - WINDOW), j):
            gap = t.number - tokens[i].number
            if 1 <= gap <= MAX_GAP:
                s = best[i][0] + t.score - 0.3 * (gap - 1)
                if s >= top:  # of equal chains, the one through the nearer token
                    top, prev = s, i
        best.append((top, prev))
    j = max(range(len(tokens)), key=lambda k: (best[k][0], -k))
    chain = []
    while j >= 0:
        chain.append(tokens[j])
        j = best[j][1]
    return chain[::-1]


def signed_pair(lines: list[Line], chain: list) -> bool:
    """Two headings written with their paragraph sign, numbered one after the other ("... § 12 Title ... § 13
    Title"): a short protocol or an excerpt's last two paragraphs, whose numbers make no longer run. Not where
    an item's part or its presenter follows the sign ("Budget § 12 Beslut ...", "§ 12 Ekonomichef Eva Ek ..."):
    the title stands before the sign there."""
    from .headings import ROLE_NOUN

    if len(chain) != 2 or chain[1].number - chain[0].number != 1:
        return False
    for t in chain:
        text = lines[t.line].text
        m = TOKEN.match(text, t.pos)
        first = text[m.end():].split(maxsplit=1)[:1]
        if not m.group("p") or not first or PART_WORD.match(first[0]) or ROLE_NOUN.fullmatch(first[0]):
            return False
    return True


def formal_pair(lines: list[Line], chain: list) -> bool:
    """Two headings numbered one after the other without a paragraph sign, the first titled with one of a
    meeting's opening formalities ("... beslutfört. 2 Val av två protokollsjusterare Till protokollsjusterare
    valdes ... 3 Godkännande av föredragningslistan ..."), or one such heading numbered past 1 alone after a
    sentence's end: a flattened protocol page whose first point lost its number. Running text never writes a
    number before "Val av justerare"; a page index or a count does not stand before such a title."""
    from .openingpoints import AGENDA_POINT, OPENING

    if not (len(chain) == 2 and chain[1].number - chain[0].number == 1
            or len(chain) == 1 and chain[0].number > 1  # a lone first point is lone_first_item's
            and lines[chain[0].line].text[:chain[0].pos].rstrip().endswith(".")):
        return False
    text = lines[chain[0].line].text
    m = TOKEN.match(text, chain[0].pos)
    if m is None or m.group("p") or m.group("k"):
        return False
    title = OPENING.match(text, m.end()) or AGENDA_POINT.match(text, m.end())
    return title is not None and text[m.end()].isupper() and (title.end() == len(text) or text[title.end()] == " ")


#: an item's part that opens its text, never its title's first word
PART_WORD = re.compile(r"(?:Beslut|Beslutet|Beslutsunderlag|Ärendebeskrivning|Sammanfattning|Bakgrund|Yrkanden?|"
                       r"Reservatione?r?|Föredragande|Handlingar)\b")
