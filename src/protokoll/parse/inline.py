"""Item headings in the middle of a line: text whose lines were flattened.

A page copied from a document-sharing site, a PDF whose columns were merged
or an OCR of a table gives a whole page as one line: "... Ärenden 1 Val av
justerare 2 Upprop 3. Meddelanden ...". Its item numbers still rise one by
one, so the headings are the best rising run of "N Title" / "N. Title" /
"§ N Title" / "KS 108/16 Title" (a short name and the year) / "Punkt N Title" / "Ärende N Title" tokens (gaps of at most eight, each costing: a site that strips
some digits loses numbers now and then), and such a line is cut before each
of them. A page's running head ("3 Nämnden ..." on every page) is no item, nor is a page's index that
comes again after its running head ("3 KOMMUNEN PROTOKOLL 3 Ks 41 ...").
After a contents list, the sections it lists (the same numbers rising again)
are where the items are read, so that their texts belong to them.

A cut piece that runs on into the item's text is cut once more where a
sentence starts, so the heading stands on a line of its own. Where the
numbers leave a gap ("6. X Y Z 10. W") and the text between has exactly as
many title starts as numbers are missing, the titles without a number are
cut apart as well and returned with the number they must have had.

Only documents with a long line are cut (and in them lines of some length),
so documents with their line breaks intact are read as before. The chain
looks back over a bounded window of candidates, so the work is linear in
the length of the text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .lines import Line

LONG = 150  #: a line at least this long may be a flattened page
SHORT = 40  #: in a document with flattened pages, a line this long may be the end of one
WINDOW = 40  #: candidates looked back over when chaining numbers
MAX_GAP = 8

TOKEN = re.compile(r"(?:(?<=\s)|^)(?:(?:§\s*|[A-ZÅÄÖ]{2,5}\s+(?=\d{1,3}/\d{2}\s))(?P<p>\d{1,3})(?:/(?:\d{2}|(?:19|20)\d{2}))?\s+|(?P<k>(?:Punkt|PUNKT|Ärende|ÄRENDE|Pkt\.?)\s*)?(?P<n>\d{1,3})"
                   r"(?:(?P<dot>\s?[.):]|\s*§)\s*|\s+))"
                   r"(?=[\"”“«A-ZÅÄÖÉ][a-zåäöéA-ZÅÄÖ])")
NOT_AFTER = re.compile(r"(?:\b(?:kap|kap\.|kapitel|del|avsnitt|steg|etapp|fas|den|nr|av|och|till|samt|vecka|v\.|sida|kl|kl\.|ca|år|dnr|§|bilaga|"
                       r"bil\.?|punkt|paragraf)|[/,(])\s*$", re.I)
#: a page mark in the first words after a number: a flattened page's index and running head ("3 Protokoll Sida 3 (24)",
#: "1 Kommunstyrelsen 3 (22)", "4 4 av 22"), which no item's title holds
PAGE_AHEAD = re.compile(r"\D{0,60}?(?:\b[Ss]ida\s+\d{1,3}\b|(?<![\d/])\b\d{1,3}\s?\(\s?\d{1,3}\s?\)|\b\d{1,3}\s+av\s+\d{1,3}\b)")
SMALL = {"och", "samt", "i", "av", "för", "om", "på", "till", "med", "från", "vid", "inom", "mot", "under", "över",
         "efter", "enligt", "jämte", "eller", "hos", "en", "ett", "the", "och/eller", "-", "–", "&"}


@dataclass
class Token:
    line: int
    pos: int  #: offset of the token in its line's text
    number: int
    score: float


def split_inline(lines: list[Line]) -> tuple[list[Line], dict[int, tuple[str, str]]]:
    """The lines with flattened ones cut before each item heading, and the headings found so:
    {index of the cut line: (number, title)}, titles whose number was lost included."""
    if max([len(ln.text) for ln in lines], default=0) < LONG:  # no long line (a list, not a generator: issue 12)
        return lines, {}
    tokens = _tokens(lines)
    chain = _chain(tokens)
    if len(chain) < 3 or sum(1 for t in chain if t.pos > 0) < 2:
        return lines, {}
    sections = _sections(tokens, chain)
    again = {t.number for t in sections} - {chain[0].number}
    cuts: dict[int, list[tuple[int, int, bool]]] = {}
    for t in sections:  # the first listed item stays where it is listed: the header ends there
        if t.number in again:
            cuts.setdefault(t.line, []).append((t.pos, t.number, True))
    for a, b in zip(chain, chain[1:] + [None]):
        cuts.setdefault(a.line, []).append((a.pos, a.number, a.number not in again))
        if b is not None and b.number - a.number > 1:
            end = b.pos if b.line == a.line else len(lines[a.line].text)
            for k, pos in enumerate(_title_starts(lines[a.line].text, a.pos, end, b.number - a.number - 1)):
                cuts[a.line].append((pos, a.number + k + 1, False))
    out: list[Line] = []
    marks: dict[int, tuple[str, str]] = {}
    for i, ln in enumerate(lines):
        if i not in cuts:
            out.append(ln)
            continue
        points = sorted(cuts[i])
        if points[0][0] > 0:
            points.insert(0, (0, 0, False))
            head_piece = True
        else:
            head_piece = False
        for k, (s, number, numbered) in enumerate(points):
            e = points[k + 1][0] if k + 1 < len(points) else len(ln.text)
            piece = ln.text[s:e].strip()
            if not piece:
                continue
            start = ln.start + s + (len(ln.text[s:e]) - len(ln.text[s:e].lstrip()))
            at = len(out)
            out += _head_and_rest(piece, start, ln.bullet and s == 0)
            if not (head_piece and k == 0) and not (numbered is False and number in again):
                marks[at] = (str(number), TOKEN.sub("", out[at].text, count=1) if numbered else out[at].text)
    return out, marks


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
        if ln.blank:
            continue
        for m in TOKEN.finditer(ln.text):
            if m.start() > 0 and (len(ln.text) < SHORT or NOT_AFTER.search(ln.text[max(0, m.start() - 12):m.start()])):
                continue
            if not m.group("p") and PAGE_AHEAD.match(ln.text, m.end(), m.end() + 70):
                continue  # "2 Sammanträdesprotokoll Sida 2 (24)": a flattened page's index, its running head after it
            if m.start() == 0 and not m.group("p") and (again := _page_repeat(ln.text, m)):
                repeat = (i, again)
                continue  # "3 KOMMUNEN PROTOKOLL 3 Ks 41 ...": the page's index, its running head, the index again
            if repeat == (i, m.start()):
                continue
            number = int(m.group("p") or m.group("n"))
            # a number opening a flattened page is its page number more often than an item's
            score = 1.0 + (0.5 if m.group("p") or m.group("dot") or m.group("k") else 0) + (
                0.3 if m.start() == 0 and len(ln.text) < LONG else 0)
            out.append(Token(i, m.start(), number, score))
            dots.append(m.group("dot") or "")
    heads = Counter(_after(lines, t) for t in out)  # a page's running head repeats: "N Nämnden ..."
    listed = _decision_lists(lines, out, dots)
    return [t for k, t in enumerate(out) if heads[_after(lines, t)] < 3 and k not in listed]


#: a decision or a proposal ends here and its numbered clauses follow: "... förslag till beslut 1. X 2. Y"
LIST_OPENER = re.compile(r"(?:förslag\s+till\s+beslut|beslutsförslag|beslut|beslutar|beslutade|beslöt|föreslår|"
                         r"föreslås|besluta)\s*:?\s*$", re.I)


def _decision_lists(lines: list[Line], tokens: list[Token], dots: list[str]) -> set[int]:
    """The indexes of tokens that number the clauses of a decision or a proposal, not items: a "1." right
    after "förslag till beslut" / "beslutar" and the "2.", "3." ... written the same way after it on the
    line (the flattened form of the list :func:`.headingrules._in_decision_list` keeps from being items)."""
    listed: set[int] = set()
    expected, line, dot = 0, -1, ""
    for k, t in enumerate(tokens):
        if expected and t.line == line and t.number == expected and dots[k] == dot:
            listed.add(k)
            expected += 1
            continue
        expected = 0  # any other number ends the list
        text = lines[t.line].text
        if t.number == 1 and dots[k] and LIST_OPENER.search(text[max(0, t.pos - 40):t.pos]):
            listed.add(k)
            expected, line, dot = 2, t.line, dots[k]
    return listed


#: a flattened page's running head: one to five capitalised words ("VILHELMINA KOMMUN PROTOKOLL", "Socialnämnden")
RUNNING_HEAD = re.compile(r"(?:[A-ZÅÄÖ][\wÅÄÖåäö&-]*\s+){1,5}(\d{1,3})(?![\d(/])")


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


def _title_starts(text: str, start: int, end: int, missing: int) -> list[int]:
    """Where titles without a number begin between two numbered headings: a capitalised word after a
    case or page number (the columns of a contents list) or, failing that, after a word that ends a
    title (lower-case, a closed parenthesis). Only when there are exactly as many such places as numbers
    are missing; otherwise none (abstain)."""
    from .names import given_names

    words = list(re.finditer(r"\S+", text[start:end]))
    strong: list[int] = []
    weak: list[int] = []
    for k in range(2, len(words)):
        w, prev = words[k].group(), words[k - 1].group()
        if not re.match(r"[A-ZÅÄÖ][a-zåäöé]", w) or prev.casefold() in SMALL:
            continue
        if w in given_names() and k + 1 < len(words) and re.match(r"[A-ZÅÄÖ][a-zåäö]", words[k + 1].group()):
            continue  # a person's name inside the text ("utsågs Anna Berg"), not a title's start
        if re.search(r"/$|^\d{4}/|^\d{1,3}$", prev):
            strong.append(start + words[k].start())
        elif re.search(r"[a-zåäö]$", prev) and not prev[:1].isupper() or prev.endswith(")") \
                or prev.casefold() in {"kl", "kl.", "ca"} or _long_name_end(prev, words[k + 1:k + 2]):
            weak.append(start + words[k].start())
    if len(strong) == missing:
        return strong
    return sorted(strong + weak) if len(strong) + len(weak) == missing else []


def _long_name_end(prev: str, nxt: list) -> bool:
    """A long capitalised compound ("Gymnasieförbund", "Räddningstjänsten") ending one title, the next title
    starting after it with a capitalised word and a lower-case one ("Firmatecknare för ...")."""
    return len(prev) >= 10 and prev[1:].islower() and bool(nxt) and nxt[0].group()[:1].islower()


def heading_and_rest(piece: str, start: int) -> list[Line]:
    """A heading line that runs on into the item's text, as its heading and the rest (when there is one)."""
    return _head_and_rest(piece, start, False)


def _head_and_rest(piece: str, start: int, bullet: bool) -> list[Line]:
    """A cut piece as its heading line and, when it runs on into the item's text, the rest."""
    from .headings import cut_run_on_title

    head = cut_run_on_title(piece)
    # a one-word title, then a sentence: "14 Meddelanden Inga meddelanden har kommit.", "3 Justering Att justera
    # ..." (titles are not title-cased, so a capital then a lower-case word opens a sentence; a genitive is a name)
    one_word = re.match(r"(?:\S+\s+)?[A-ZÅÄÖ][a-zåäö]+(?=\s+[A-ZÅÄÖ][a-zåäö]+(?:\s+\S+){3})", piece)
    opener = re.match(r"(?:\S+\s+)?[A-ZÅÄÖ][a-zåäö]+(?<!s)(?=\s+[A-ZÅÄÖ][a-zåäö]+\s+([a-zåäö]+)(?:\s+\S+){2})", piece)
    if opener and opener.group(1) in SMALL:  # "Avstängning Storgatan i Ås ...": a place name in the title
        opener = None
    one_word = one_word if head.endswith(".") else opener
    if one_word and len(one_word.group()) < len(head):
        head = one_word.group()
    rest = piece[len(head):].strip()
    if not rest or len(head) < 4:
        return [Line(piece, start, bullet)]
    return [Line(head, start, bullet), Line(rest, start + len(piece) - len(rest))]


MIDLINE = re.compile(r"(?<=[.!?:]\s)(?:§\s*(?P<p>\d{1,4})|(?P<n>\d{1,3})\.)\s+(?=[\"”“«A-ZÅÄÖÉ][a-zåäöé])")


def midline_cuts(lines: list[Line]) -> list[tuple[int, int, int]]:
    """(line index, offset, number) of every "§ N Title" / "N. Title" after a sentence's end inside a line
    ("... hälsade välkommen. 2. Föregående möte ..."): a heading the writer ran on from the text before it."""
    return [(i, m.start(), int(m.group("p") or m.group("n"))) for i, ln in enumerate(lines)
            if ln.digit and len(ln.text) < LONG * 4 for m in MIDLINE.finditer(ln.text)]


def cut_lines(lines: list[Line], cuts: list[tuple[int, int, int]]) -> tuple[list[Line], dict[int, tuple]]:
    """The lines cut at ``cuts``, each heading piece split from the text it runs on into, and the cut
    each heading piece of the new list was made at, by its index."""
    at: dict[int, list[int]] = {}
    for i, pos, _ in cuts:
        at.setdefault(i, []).append(pos)
    by_place = {(i, pos): c for c in cuts for i, pos in [c[:2]]}
    out: list[Line] = []
    heads: dict[int, tuple] = {}
    for i, ln in enumerate(lines):
        if i not in at:
            out.append(ln)
            continue
        points = [0] + sorted(at[i]) + [len(ln.text)]
        for k, (s, e) in enumerate(zip(points, points[1:])):
            piece = ln.text[s:e].strip()
            if not piece:
                continue
            start = ln.start + s + len(ln.text[s:e]) - len(ln.text[s:e].lstrip())
            if k:
                heads[len(out)] = by_place[(i, s)]
                out += _head_and_rest(piece, start, False)
            else:
                out.append(Line(piece, start, ln.bullet))
    return out, heads
