"""Items (punkter, ärenden, §§): finding their headings and reading their parts.

Headings are "1. Title", "1) Title", "§ 26 Title", "26 § Title", "KS § 26",
"Punkt 1". Numbered lists inside an item and timetables look alike, so the
headings kept are the best increasing chain of numbers (gaps of at most
three), scored by how much each line looks like a heading. A document without any
numbered heading may still give its items as an unnumbered programme table
("Tid | Ämne | Föredragande"), read row by row (:func:`programme_rows`).
"""

from __future__ import annotations

import bisect
import re

from .casenumbers import strip_case_reference
from .inline import PAGE_AHEAD, cut_lines, midline_cuts, page_repeat, split_inline
from .features import keyword_fold
from .headinggate import patterns_for
from .headings import PREPOSITIONS, Heading, cut_run_on_title  # noqa: F401  (parse.items names them too)
from .lines import Line, join
from .plainnumbered import ITEM_START, PLAIN_NUMBER, plain_ok
from .pagelead import lone_prefix_opens, without_page_marks
from .titletail import counted_number, drop_opening_time, governed_capitals

HEADING_PATTERNS = (
    ("para", re.compile(r"^(?:[A-ZÅÄÖ]{1,6}(?:\s?[A-ZÅÄÖ]{1,4})?\s*)?§\s*(\d{1,4})(?:(?<!\d{4})/(?:\d{2}|(?:19|20)\d{2})(?=\s|$))?"
                        r"(?![\d/])\s*[.:]?\s*(.*)$")),  # "§ 63/20": the paragraph numbered with its year
    # OCR reads a "1" as "l" or "I" and spaces the digits: "§ l 10" is § 110, "§ l l l" § 111
    ("para", re.compile(r"^§\s*((?=[\dlI|\s]*\d|(?:[lI|]\s?){2})(?:[\dlI|]\s?){1,3}[\dlI|])\s+(?=[A-ZÅÄÖ][a-zåäö])(.*)$")),
    ("para", re.compile(r"^(\d{1,4})\s*§\s*[.:]?\s*(.*)$")),
    # a body's short name written in mixed case before the sign: "Ks § 45", "Bun § 3", "Ksau § 12" (not "Se § 4")
    ("para", re.compile(r"^(?!(?:Se|Av|Om|Och|Till|Från|Med|Enl|Jfr|Vid|Per|Den|Samt)\b)[A-ZÅÄÖ][a-zåäö]{1,3}\s+§\s*(\d{1,4})"
                        r"(?![\d/])\s*[.:]?\s*(.*)$")),
    ("punkt", re.compile(r"^(?:Punkt|Ärende|Paragraf|Pkt\.?|p\.)(?:\s+nr\.?)?\s*(\d{1,3})(?!\d|\s*[-–]\s*\d)\s*[.:)]?\s*(.*)$", re.I)),
    ("prefix", re.compile(r"^(?:[A-ZÅÄÖ]{2,5})\s+(\d{1,4})\s+((?:Dnr\b.*|[A-ZÅÄÖÉ\"”].*))$")),
    ("num", re.compile(r"^(\d{1,3})\s?[.):]\s*([\"”“«'A-ZÅÄÖÉ§].*)$")),
    ("num", re.compile(r"^(\d{1,3})\s+(?:[A-ZÅÄÖ]\s+)?([\"”“«]?[A-ZÅÄÖÉ][a-zåäöé].*)$")),  # "6 A Title": a letter column
    ("num", re.compile(r"^(\d{1,3})\s+[-–]\s+([\"”“«A-ZÅÄÖÉ][a-zåäöé].*)$")),  # "4 – Title"
)
def find_items(lines: list[Line]) -> tuple[list[Line], list[Heading]]:
    """The lines, with flattened ones cut before each item heading (:mod:`.inline`), and the item headings.

    Headings found in flattened lines come first; headings found line by line are added where their
    numbers fit between them."""
    lines, marks = split_inline(lines)
    if not marks:
        from .strippedinline import cut_stripped

        lines = cut_stripped(lines)
    headings = find_headings(lines)
    if not marks and not headings:
        from .flatprogramme import flattened_programme

        if found := flattened_programme(lines):
            return found[0], [Heading(i, None, title, "programme", 1.0) for i, title in found[1]]
    if not marks:
        return _midline(lines, headings)
    chain = [Heading(i, number, title, "num", 1.0) for i, (number, title) in sorted(marks.items())]
    at = [c.index for c in chain]
    for h in headings:
        k = bisect.bisect_left(at, h.index)
        if h.number is None or not h.number.isdigit() or k < len(at) and at[k] == h.index:
            continue
        before, after = chain[k - 1] if k else None, chain[k] if k < len(chain) else None
        if (before is None or int(before.number) < int(h.number)) and (after is None or int(h.number) < int(after.number)):
            chain.insert(k, h)
            at.insert(k, h.index)
    return lines, chain


def _midline(lines: list[Line], headings: list[Heading]) -> tuple[list[Line], list[Heading]]:
    """Headings run on from the text before them inside a line ("... välkommen. 2. Föregående möte"): the
    lines are cut there when the headings then found are more, and only the cuts that became headings stay."""
    cuts = midline_cuts(lines)
    if not cuts:
        return lines, headings
    cut, heads = cut_lines(lines, cuts)
    found = find_headings(cut)
    kept = [heads[h.index] for h in found if h.index in heads]
    if len(found) <= len(headings) or not kept:
        return lines, headings
    cut, _ = cut_lines(lines, kept)
    return cut, find_headings(cut)


def find_headings(lines: list[Line]) -> list[Heading]:
    """The item headings among ``lines``, in order."""
    view = without_page_marks(lines)
    cands = [h for i, ln in enumerate(view) if (ln.digit or "§" in ln.text) and (h := _candidate(view, i))]
    if not cands:
        from .timetable import stripped_paragraphs, timetable_rows
        from .unnumbered import unnumbered_headings

        return programme_rows(lines) or timetable_rows(lines) or stripped_paragraphs(lines, []) \
            or unnumbered_headings(lines)
    by_style: dict[str, list[Heading]] = {}
    for h in cands:
        by_style.setdefault(h.style, []).append(h)
    best: list[Heading] = []
    best_score = 0.0
    for style, group in by_style.items():
        chain = _best_chain(group)
        score = sum(h.score for h in chain) + (0.5 if style == "para" else 0)
        if style == "prefix" and len(chain) < 2 and not chain[0].title.startswith("Dnr") \
                and not lone_prefix_opens(lines, chain[0].index):
            continue
        if len(chain) >= 2 or style != "num" or chain and (chain[0].number in ("1", "0")
                                                             or _opens_item(lines, chain[0].index)):
            if score > best_score:
                best, best_score = _after_contents(chain, group, lines), score
    from .timetable import stripped_paragraphs

    return _orphans(best, lines) if best and best[0].style == "num" else stripped_paragraphs(lines, best)


PROGRAMME_TIME = re.compile(r"^(?:tid|klockan|kl\.?)$", re.I)
PROGRAMME_TOPIC = re.compile(r"^(?:ämne|ärende|punkt|rubrik|program)$", re.I)
PROGRAMME_PRESENTER = re.compile(r"^(?:föredragande|föredras av|ansvarig)$", re.I)
TIME_CELL = re.compile(r"^(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?(?:\s*\(\s*\d{1,3}\s*min\.?\s*\))?$",
                       re.I)
DURATION_CELL = re.compile(r"^\(\s*\d{1,3}\s*min\.?\s*\)$", re.I)


def programme_rows(lines: list[Line]) -> list[Heading]:
    """The items of an unnumbered programme table ("Tid | Ämne | Föredragande") read one cell per line.

    Meeting-system pages and kallelser give the agenda as a timetable, and a
    web page flattens it to one cell per line: a time ("8:05", "(50 min)"),
    then the item's title, then its presenters. A row is an item when its
    title follows a time; rows without one (breaks, section headings) are
    not. The header cells must be there, so a list of times elsewhere is
    never taken for items.
    """
    cells = [(i, ln.text) for i, ln in enumerate(lines) if ln.text.strip()]
    start = next((k + 1 for k, (_, t) in enumerate(cells) if PROGRAMME_TIME.match(t)
                  and any(PROGRAMME_TOPIC.match(x) for _, x in cells[k + 1:k + 3])
                  and any(PROGRAMME_PRESENTER.match(x) for _, x in cells[k + 1:k + 4])), None)
    if start is None:
        return []
    while start < len(cells) and (PROGRAMME_TOPIC.match(cells[start][1]) or PROGRAMME_PRESENTER.match(cells[start][1])):
        start += 1
    rows, k = [], start
    while k < len(cells):
        if TIME_CELL.match(cells[k][1]):
            k += 1
            while k < len(cells) and DURATION_CELL.match(cells[k][1]):
                k += 1
            if k < len(cells) and not TIME_CELL.match(cells[k][1]):
                rows.append(Heading(cells[k][0], None, cells[k][1], "programme", 1.0))
        k += 1
    return rows if len(rows) >= 2 else []


ITEM_CUE = re.compile(r"^(Föredragande|Bilaga\s+\d|Förslag till beslut)", re.I)


def _opens_item(lines: list[Line], i: int) -> bool:
    """A lone numbered heading that is not "1." ("2. Title" of an excerpt of minutes) counts when it stands as
    a heading does: at the start or after a blank line, a short title, and the item's own labels under it."""
    nxt = next((ln.text for ln in lines[i + 1:i + 3] if not ln.blank), "")
    return (i == 0 or lines[i - 1].blank or bool(re.search(r"\d{4}-\d{2}-\d{2}$|:\s*\S", lines[i - 1].text))) \
        and len(lines[i].text) <= 90 and bool(ITEM_START.match(nxt))


def _orphans(chain: list[Heading], lines: list[Line]) -> list[Heading]:
    """Headings whose number was lost (OCR, extraction) between or after numbered ones: a short
    title line followed by "Föredragande", "Bilaga N:" or "Förslag till beslut", numbered on from
    the heading before it when the numbers leave room for it."""
    taken = {h.index for h in chain}
    out = list(chain)
    for i, ln in enumerate(lines):
        if i in taken or i < chain[0].index or not _orphan_title(lines, i):
            continue
        before = max((h for h in out if h.index < i), key=lambda h: h.index)
        after = min((h for h in out if h.index > i), key=lambda h: h.index, default=None)
        number = int(before.number) + 1
        if after is not None and int(after.number) <= number:
            continue
        out.append(Heading(i, str(number), ln.text, "num", 1.0))
    return sorted(out, key=lambda h: h.index)


def _orphan_title(lines: list[Line], i: int) -> bool:
    ln = lines[i]
    if ln.blank or ln.bullet or len(ln.text) > 100 or ln.text.endswith((".", ",", ":")) or ITEM_CUE.match(ln.text) \
            or re.match(r"^[\wåäöÅÄÖ ]{2,25}:", ln.text) or \
            not re.match(r"[A-ZÅÄÖ]", ln.text) or (i and not lines[i - 1].blank):
        return False
    nxt = next((x.text for x in lines[i + 1:i + 3] if not x.blank), "")
    return bool(ITEM_CUE.match(nxt))


def _after_contents(chain: list[Heading], group: list[Heading], lines: list[Line]) -> list[Heading]:
    """A contents list ("§ 29 ... § 36" on consecutive lines) followed by the sections themselves:
    an item whose number comes again after the list is read at that later heading."""
    if len(chain) < 3 or not _listed(chain, lines):
        return chain
    later: dict[str, Heading] = {}
    for h in group:
        if h.index > chain[-1].index:
            later.setdefault(h.number, h)
    if not later:
        return chain
    return sorted((later.get(h.number, h) for h in chain), key=lambda h: h.index)


def _listed(chain: list[Heading], lines: list[Line]) -> bool:
    """Whether the headings stand one after another with no text between them."""
    for a, b in zip(chain, chain[1:]):
        if any(not ln.blank for ln in lines[a.index + 1:b.index]):
            return False
    return True


BARE_NUMBER = re.compile(r"^(\d{1,3})[.)]?$")
OCR_ONE = re.compile(r"[lI|]")  #: OCR's readings of a "1"
SPACE = re.compile(r"\s")


def _candidate(lines: list[Line], i: int) -> Heading | None:
    ln = lines[i]  # the caller tests first that it has a digit or a "§": every heading pattern needs one
    bare = BARE_NUMBER.match(ln.text)
    if bare and (ln.bullet or not ln.text[-1].isdigit()) and _title_below(lines, i):
        return Heading(i, bare.group(1).lstrip("0") or "0", "", "num", _heading_score(lines, i, "") - 0.3)
    for style, rx in patterns_for(HEADING_PATTERNS, ln.text[:1], "§" in ln.text):
        m = rx.match(ln.text)
        if not m:
            continue
        number, title = OCR_ONE.sub("1", SPACE.sub("", m.group(1))).lstrip("0") or "0", m.group(2).strip()
        if style == "num" and rx.pattern.startswith("^(\\d{1,3})\\s+") and title.endswith(".") \
                and not title.endswith(".."):
            title = title[:-1]  # "1 Information om ... ." (an agenda line with its full stop, :func:`.plainnumbered.plain_ok`)
        if style == "para" and re.fullmatch(r"\d{1,2}", title):  # "§ 2 1": a PDF's letter spacing split "§ 21"
            number, title = number + title, ""
        if style == "num" and rx.pattern.startswith("^(\\d{1,3})\\s+") and not plain_ok(lines, i):
            continue
        if _is_time_or_date(ln.text) or style == "num" and (PAGE_AHEAD.match(title, 0, 70) or page_repeat(ln.text)):
            return None  # a time, a date; "2 Sammanträdesprotokoll Sida 2 (24)": a page's index and running head
        if not title and style == "num":
            return None
        if style == "num" and _in_decision_list(lines, i):
            return None
        return Heading(i, number, title, style, _heading_score(lines, i, title))
    return None


def _title_below(lines: list[Line], i: int) -> bool:
    """The next line is a heading's title: a web page or PDF that sets the item number ("• 1", "2.") on a
    line of its own, the title under it."""
    nxt = next((ln for ln in lines[i + 1:i + 3] if not ln.blank), None)
    return nxt is not None and not nxt.bullet and bool(re.match(r"[\"”“«A-ZÅÄÖÉ][a-zåäöé]", nxt.text)) \
        and len(nxt.text) <= 70 and not nxt.text.endswith((".", ",", ":")) and not BARE_NUMBER.match(nxt.text) \
        and nxt.text.split()[-1].casefold() not in TITLE_END_WORDS


LIST_LABEL = re.compile(r"\b(?:förslag till beslut|beslutsförslag|beslut|beslutar|beslutade|föreslår|föreslås|"
                        r"ärendebeskrivning|beskrivning av ärendet|"  # a case description's own points
                        r"att)\s*:?$", re.I)
LIST_ENTRY = re.compile(r"^\d{1,2}\s?[.)]\s")


def _in_decision_list(lines: list[Line], i: int) -> bool:
    """A numbered line in a list that a decision or proposal label opens ("Förslag till beslut" /
    "1. ..." / "2. ..."): the parts of one decision, not items. Looks back at most 12 lines. A heading
    written unlike the list's entries ("3 Title" after a blank line, under "1. ..." / "2. ...") is no entry."""
    unlike = bool(i and lines[i - 1].blank and PLAIN_NUMBER.match(lines[i].text))
    entries = 0
    for k in range(i - 1, max(-1, i - 13), -1):
        text = lines[k].text
        if not text:
            continue
        if LIST_LABEL.search(text) and len(text) < 80:
            return not (unlike and entries)
        if not LIST_ENTRY.match(text):
            return False
        entries += 1
    return False


def _is_time_or_date(text: str) -> bool:
    return TIME_OR_DATE.match(text) is not None


TIME_OR_DATE = re.compile(r"^\d{1,2}[.:]\d{2}\b|^\d{1,2}/\d{1,2}\b|^\d{4}-\d{2}")


def _heading_score(lines: list[Line], i: int, title: str) -> float:
    score = 1.0
    if len(title) <= 90 and not title.endswith((".", ",", ";")):
        score += 0.5
    if len(title) > 140:
        score -= 0.6
    if lines[i].bullet:
        score -= 0.5
    if i == 0 or lines[i - 1].blank:
        score += 0.3
    nxt = next((ln.text for ln in lines[i + 1:i + 3] if not ln.blank), "")
    if ITEM_START.match(nxt):
        score += 0.5
    return score


def _best_chain(group: list[Heading]) -> list[Heading]:
    """Highest-scoring chain of strictly increasing numbers with gaps of at most 3.

    A heading can only follow one numbered 1-3 below it, so the best chain ending at each
    number seen so far is kept (the earliest heading on a tie) and each heading looks at three
    entries: linear in the headings, where comparing every pair made "§ 1" x 10,000 quadratic.
    """
    best: list[tuple[float, int]] = []  # (score, previous index)
    ending: dict[int, int] = {}  # number -> index of the best-scoring chain ending at it so far
    for j, h in enumerate(group):
        top, prev = h.score, -1
        n = int(h.number)
        for i in sorted(k for gap in (1, 2, 3) if (k := ending.get(n - gap)) is not None):
            gap = n - int(group[i].number)
            s = best[i][0] + h.score - 0.4 * (gap - 1)
            if s > top:
                top, prev = s, i
        best.append((top, prev))
        if n not in ending or top > best[ending[n]][0]:
            ending[n] = j
    j = max(range(len(group)), key=lambda k: (best[k][0], -k))
    chain = []
    while j >= 0:
        chain.append(group[j])
        j = best[j][1]
    return chain[::-1]


#: (pattern, words it cannot match without, whether they are looked for in the folded title)
TITLE_NOISE = (
    (re.compile(r"\s*\((?:bil(?:aga)?\.?|bilagor)\s*(?:[\d\s,\-–]|och|(?-i:[A-H]))+\)", re.I), ("(",), False),
    (re.compile(r"\s*\(\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}\s*\)", re.I), ("(",), False),
    (re.compile(r"\s*\(\s*$"), ("(",), False),
    (re.compile(r"\s+(?:Dnr|DNR|Diarienr|Diarienummer)[.:]?\s*\S+.*$"), ("Dnr", "DNR", "Diarienr", "Diarienummer"), False),
    (re.compile(r"\s+(?:(?:19|20)\d\d)?/\d{0,5}(?:\s*/\s*\d{0,5}|\s+\d{1,3}(?![\d/:]))*(?=\s|$)"),  # case numbers
     ("/",), False),
    (re.compile(r"\s+(?:ca\s+)?kl\.?$"), ("kl",), False),
    # a kallelse's "Anm." column run on: how the papers come, not the title
    (re.compile(r"\s+(?:extra utskick|separat utskick|eftersänds|handl(?:ingar)?\.?\s+(?:delas ut\s+)?på bordet|"
                r"handlingar delas ut(?:\s+(?:under|vid|på)\s+(?:sammanträdet|mötet))?|delas ut (?:under|vid|på) "
                r"(?:sammanträdet|mötet)|skickas senare|kommer senare)\b.*$", re.I),
     ("utskick", "eftersänds", "handl", "delas ut", "senare"), True),
    (re.compile(r"\s*\t.*$"), ("\t",), False),
    # a web page's line break left as its tag: the heading's first line is the title ("Title<br>Remiss från ...")
    (re.compile(r"\s*<br\s*/?>.*$", re.I), ("<br", "<BR"), False),
    # a contents list's dot leader and page number: "Årsredovisning 2017... 4", "Information .... 3-5"
    (re.compile(r"\s*(?:\.{3,}|…+)\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?$"), ("...", "…"), False),
)


WRAP_MIN = 40  #: a title this long may have been wrapped onto the next line
LOWER_START = re.compile(r"[a-zåäö]")
CLAUSE_START = re.compile(r"(?:att|och|samt)\b")


def wrapped_title(title: str, body: list[Line]) -> tuple[str, list[Line]]:
    """A long heading wrapped onto the next line (a PDF's narrow column): that line, when it starts in
    lower case and is no "att"/"och"/"samt" clause, is the title's end; so is it after a title that ends
    in a preposition ("... plan för" / "transportinfrastruktur"), however short."""
    words = title.split()
    if len(title) < WRAP_MIN and not (words and words[-1] in WRAP_PREPOSITIONS) or not body or body[0].blank \
            or body[0].bullet or title.endswith((".", ":")):
        return title, body
    nxt = body[0].text
    if not LOWER_START.match(nxt) or CLAUSE_START.match(nxt) or len(nxt) > 90 or nxt.endswith("."):
        return title, body
    return f"{title} {nxt}", body[1:]


def clean_title(title: str) -> str:
    """The heading without attachment references, time slots, Dnr, a run-on section heading
    ("... INDIVID OCH FAMILJ") and trailing punctuation."""
    title = strip_case_reference(title)
    for rx, words, folded in TITLE_NOISE:
        within = keyword_fold(title) if folded else title
        for w in words:
            if w in within:
                title = rx.sub("", title)
                break
    title = drop_opening_time(title)
    if (title[-1:].isdigit() or title.endswith("\n")) and not counted_number(title):  # cheap test first
        title = PAGE_AFTER_WORD.sub(r"\1", title)  # a contents list's page number
    if not title.isupper() and (title[-1:] in CAPS_LAST or title[-2:-1] in CAPS_LAST):  # ends in capitals
        cut = CAPS_TAIL.sub("", title)
        title = title if governed_capitals(cut, TITLE_END_WORDS) else cut
    return " ".join(title.split()).strip(" :;,-–")  # runs of whitespace as one space


PAGE_AFTER_WORD = re.compile(r"(\s[a-zåäö]{3,})\s+\d{1,3}$")
CAPS_TAIL = re.compile(r"(?:\s+[A-ZÅÄÖ]{4,}(?:\s+(?:OCH|AV|FÖR|[A-ZÅÄÖ]{2,}))*)+$")
CAPS_LAST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ")  #: what ``CAPS_TAIL`` ends with (before a final line break)
WHITESPACE = re.compile(r"\s+")


def body_text(body: list[Line]) -> str:
    return join([ln for ln in body if not ln.blank])


WRAP_PREPOSITIONS = frozenset(PREPOSITIONS - {"och", "samt"})  #: a title ending in one goes on on the next line
TITLE_END_WORDS = frozenset(PREPOSITIONS | {"en", "ett", "att", "som"})  #: words no title ends with
