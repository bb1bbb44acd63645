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

The numbered tokens of a flattened line and their rising chain are ``inlinetokens``'s; ``__all__``
re-exports what the parse stage and tests import from here.
"""

from __future__ import annotations

import re

from .inlinesigns import SMALL, UNKNOWN, filled_gap, lone_signs, tail_sign
from .inlinetokens import LONG, PAGE_AHEAD, TOKEN, _chain, _sections, _tokens, formal_pair, page_repeat, signed_pair
from .lines import Line
from .titlestarts import _title_starts, case_tail_titles
from .trailingnumbers import cut_trailing, trailing_titles

__all__ = ["PAGE_AHEAD", "TOKEN", "cut_lines", "heading_and_rest", "midline_cuts", "page_repeat", "split_inline"]

def split_inline(lines: list[Line]) -> tuple[list[Line], dict[int, tuple[str, str]]]:
    """The lines with flattened ones cut before each item heading, and the headings found so:
    {index of the cut line: (number, title)}, titles whose number was lost included."""
    if max([len(ln.text) for ln in lines], default=0) < LONG:  # no long line (a list, not a generator: issue 12)
        return lines, {}
    tokens = _tokens(lines)
    chain = _chain(tokens)
    filled = filled_gap(lines, chain)
    pair = len(chain) + filled < 3 and (signed_pair(lines, chain) or formal_pair(lines, chain))
    if (len(chain) + filled < 3 and not pair) or sum(1 for t in chain if t.pos > 0) + filled < (1 if pair else 2):
        return lines, {}
    sections = _sections(tokens, chain)
    again = {t.number for t in sections} - {chain[0].number}
    cuts = _cut_points(lines, chain, sections, again)
    out: list[Line] = []
    marks: dict[int, tuple[str, str]] = {}
    for i, ln in enumerate(lines):
        if i not in cuts:
            out.append(ln)
            continue
        pairs = trailing_titles(ln.text)
        if pairs is not None and not again & {n for _, _, n in pairs}:  # "Innehåll Title 48 Title 49 ...":
            pieces, heads = cut_trailing(ln, pairs)                      # each number after its title
            marks.update({len(out) + k: (number, title) for k, number, title in heads})
            out += pieces
            continue
        _cut_line(ln, sorted(cuts[i]), again, out, marks)
    return out, marks


def _cut_points(lines: list[Line], chain: list, sections: list, again: set[int]
                ) -> dict[int, list[tuple[int, int, bool]]]:
    """{line index: [(position, item number, numbered)]}: where each line is cut. Before each heading of the
    numbering chain, before an item's own section when its number was first listed (the first listed item
    stays where it is listed: the header ends there), and before titles whose number was lost between two
    numbers of the chain."""
    cuts: dict[int, list[tuple[int, int, bool]]] = {}
    for t in sections:
        if t.number in again:
            cuts.setdefault(t.line, []).append((t.pos, t.number, True))
    for a, b in zip(chain, chain[1:] + [None]):
        cuts.setdefault(a.line, []).append((a.pos, a.number, a.number not in again))
        if b is not None and b.number - a.number > 1:
            text, missing = lines[a.line].text, b.number - a.number - 1
            end, start = b.pos if b.line == a.line else len(text), TOKEN.match(text, a.pos).end()
            if signs := lone_signs(text, start, end, missing) if text.startswith("§", a.pos) else []:
                cuts[a.line] += [(pos, UNKNOWN, False) for pos in signs]  # "§ 19 X § Y § 21 Z": Y's number stripped
                continue
            if b.line != a.line and _numbered_between(lines, a, b):
                continue  # "PU § 19" on a line of its own before b's line: read there, not guessed on a's line
            starts = [(a.line, pos) for pos in _title_starts(text, start, end, missing)]
            if not starts and b.line > a.line + 1:  # "1. X" / "Dnr 2018/ Y" / "3. Z": Y on a line of its own
                starts = case_tail_titles(lines, a.line + 1, b.line, missing)
            for k, (at, pos) in enumerate(starts):
                cuts.setdefault(at, []).append((pos, a.number + k + 1, False))
    if not sections and (tail := tail_sign(lines, chain)) is not None:
        cuts[chain[-1].line].append((tail, UNKNOWN, False))  # "... avslutades. § Meddelanden": its number stripped
    return cuts


#: a line opening with a heading's number: "§ 19", "PU § 19", "19." (not a page's "2 (4)")
LINE_NUMBER = re.compile(r"(?:[A-ZÅÄÖ]{1,5}\s+)?(?:§\s*)?(\d{1,3})\b(?!\s*\(\d{1,3}\))")  # "2 (4)": a page


def _numbered_between(lines: list[Line], a, b) -> bool:
    """Whether a line between the chain's headings ``a`` and ``b`` opens with a number between theirs."""
    return any((m := LINE_NUMBER.match(ln.text)) and a.number < int(m.group(1)) < b.number
               for ln in lines[a.line + 1:b.line])


def _cut_line(ln: Line, points: list[tuple[int, int, bool]], again: set[int], out: list[Line],
              marks: dict[int, tuple[str, str]]) -> None:
    """One flattened line cut at its (sorted) points into ``out``, each heading piece marked in ``marks``
    with its number and title; the text before the first cut is no heading, nor a listed item's entry."""
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
            title = TOKEN.sub("", out[at].text, count=1) if numbered else out[at].text.removeprefix("§").lstrip()
            marks[at] = (None if number == UNKNOWN else str(number), title)


def heading_and_rest(piece: str, start: int) -> list[Line]:
    """A heading line that runs on into the item's text, as its heading and the rest (when there is one)."""
    return _head_and_rest(piece, start, False)


def _formal_head(head: str) -> str:
    """"94 Godkännande av dagordning godkänner föreliggande dagordning ...": a formality's title, then its decision
    whose subject the copy lost (a lower-case verb in the present tense): the title ends before the verb."""
    from .openingpoints import OPENING

    m = OPENING.match(head, len(re.match(r"(?:§\s*)?(?:\d{1,3}[.)]?\s+)?", head).group()))  # after its number
    verb = re.match(r" ([a-zåäö]+[ae]r)\b", head[m.end():]) if m else None  # not "efter tillägg", "under punkt"
    return head[:m.end()] if verb and verb.group(1) not in ("efter", "under", "över", "vidare", "sedan") else head


def _head_and_rest(piece: str, start: int, bullet: bool) -> list[Line]:
    """A cut piece as its heading line and, when it runs on into the item's text, the rest."""
    from .givenopen import is_role
    from .headings import cut_run_on_title

    head = _formal_head(cut_run_on_title(piece))
    # a one-word title, then a sentence: "14 Meddelanden Inga meddelanden har kommit.", "3 Justering Att justera
    # ..." (titles are not title-cased, so a capital then a lower-case word opens a sentence; a genitive is a name)
    one_word = re.match(r"(?:\S+\s+)?[A-ZÅÄÖ][a-zåäö]+(?=\s+[A-ZÅÄÖ][a-zåäö]+(?:\s+\S+){3})", piece)
    opener = re.match(r"(?:\S+\s+)?[A-ZÅÄÖ][a-zåäö]+(?<!s)(?=\s+[A-ZÅÄÖ][a-zåäö]+\s+([a-zåäö]+)(?:\s+\S+){2})", piece)
    if opener and opener.group(1) in SMALL:  # "Avstängning Storgatan i Ås ...": a place name in the title
        opener = None
    one_word = one_word if head.endswith(".") else opener
    if one_word and _name_opens(piece, one_word.end()):  # "Anna Berg valdes till justerare.": a sentence
        one_word = TITLE_WORD.match(piece[:one_word.end()])  # opening at a person's name, no one-word title;
                                                             # "Justering Anna Berg utses ...": the word before
        if one_word and is_role(one_word.group()):  # "Ordförande Eva Ek hälsade ...": the role before the name
            one_word = None
    if one_word and len(one_word.group().split()) == 2 and is_role(one_word.group().split()[0]):
        one_word = None  # "Ordförande Eva Ek hälsade ...": a sentence opening at the role and the person's name
    if one_word and len(one_word.group()) < len(head):
        head = one_word.group()
    if len(head) >= len(piece.rstrip()) and piece.endswith("."):  # "Revisionsberättelse. Eva Ek läste upp ..."
        head = _first_sentence(piece) or head
    rest = piece[len(head):].strip()
    if not rest or len(head) < 4:
        return [Line(piece, start, bullet)]
    return [Line(head, start, bullet), Line(rest, start + len(piece) - len(rest))]


#: a point's short first sentence ending in a full stop (the word before it a word, no abbreviation), then a
#: capital: "Revisionsberättelse. Eva Ek läste upp ...", "Val av ordförande för år 2024. Till ordförande valdes ..."
FIRST_SENTENCE = re.compile(r"(?:\S+\s+){0,9}?[\wåäöÅÄÖ\-]*[a-zåäö\d]{3}\.(?=\s+(?:[A-ZÅÄÖ][a-zåäö]|\(?[A-ZÅÄÖ]{2,3}\)?\s))")
#: a title of at most four words ending in a colon (no time, no number before it)
COLON_TITLE = re.compile(r"(?:\S+\s+){0,3}?[\wåäöÅÄÖ\-]*[a-zåäö]{3}:(?=\s)")
#: an action note's doer and its verb in the present: initials, bare or bracketed ("(GD) undersöker ...", "GD
#: bokar ..."), or a given name and perhaps a family name ("Anna bokar ...", "Anna Berg kontaktar ...")
DOER_VERB = re.compile(r"(?:\(?(?P<initials>[A-ZÅÄÖ]{2,3})\)?|(?P<given>[A-ZÅÄÖ][a-zåäö]+)(?:\s+[A-ZÅÄÖ][a-zåäö]+)?)"
                       r"\s+[a-zåäö]{2,}[aeö]r\s+\S")
#: a verb in the past, the passive or one minutes are written with: what makes the rest a sentence
PAST_OR_PASSIVE = re.compile(r"\b[a-zåäö]{2,}(?:ade|de|te|des|tes|ades|dde)\b")


def _first_sentence(piece: str) -> str | None:
    """The heading of a point written as sentences, where its first is a short title ending in a full stop and
    the rest records what happened (a verb in the past or the passive, three words or more)."""
    from .runon import VERBS

    m = FIRST_SENTENCE.match(piece)
    if not m:  # "Projektering: (BE) sammankallar ...", "Rapporter: (BÅL) och (BE) rapporterade från ...": a short
        m = COLON_TITLE.match(piece)  # title and its colon, then an action note's doer or a sentence of what happened
    if not m:
        return None
    rest = piece[m.end():].strip()
    words = [w.strip(",.:;").casefold() for w in rest.split()]
    if len(words) < 3 or not (PAST_OR_PASSIVE.search(rest) or any(w in VERBS for w in words) or _doer_opens(rest)):
        return None
    return m.group()


def _doer_opens(rest: str) -> bool:
    """Whether ``rest`` opens with the person who does something, by initials or given name, and the verb."""
    from .givenopen import opens_name

    m = DOER_VERB.match(rest)
    return bool(m) and (m.group("initials") is not None or opens_name(m.group("given")))


#: a one-word title before a person's name: a capitalised word, then the name's given name
TITLE_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]{3,}(?=\s+\S+$)")


def _name_opens(piece: str, end: int) -> bool:
    """Whether the word ending at ``end`` is a given name and the next a capitalised one: a person's name."""
    from .givenopen import opens_name

    word = piece[:end].split()[-1]
    return opens_name(word) and bool(re.match(r"\s+[A-ZÅÄÖ][a-zåäöé]", piece[end:]))


#: the sentence's end and the space before the number read as the match's first two characters (a look behind for
#: them was tried at every position of every line; the search now skips to a sentence's end; issue 12)
MIDLINE = re.compile(r"[.!?:]\s(?:§\s*(?P<p>\d{1,4})|(?P<n>\d{1,3})\.)\s+(?=[\"”“«A-ZÅÄÖÉ][a-zåäöé])")


def midline_cuts(lines: list[Line]) -> list[tuple[int, int, int]]:
    """(line index, offset, number) of every "§ N Title" / "N. Title" after a sentence's end inside a line
    ("... hälsade välkommen. 2. Föregående möte ..."): a heading the writer ran on from the text before it."""
    return [(i, m.start() + 2, int(m.group("p") or m.group("n"))) for i, ln in enumerate(lines)
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
