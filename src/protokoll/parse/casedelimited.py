"""Items whose numbers were lost, found by the case numbers that delimit their titles (issue 10).

An agenda, a register or a kallelse prints the registry's case number ("Dnr 2016/123", "KS 2016/0123", "KS.2016.123",
"2016-000123") beside each item's title, one per item, in order. A PDF's text copy often drops the item numbers (the
number column, or the number glued to the case number: "Dnr 2017/" with its serial lost) and runs the rows on into one
line: "8. Årsredovisning RFUL 2012/ Mälarting 2014 RFUL 2014/ AERs Årsmöte 2014 RFUL Information ...". The recurring
case number is the structure that remains: the text between two of them is one item's title. Read only where the
document confirms it:

* between two numbered items whose numbers leave room (8 ... 11: two items lost), when the titles found there are no
  more than the numbers missing (:func:`gap_items`); the registry code the run repeats ("RFUL") delimits too when its
  year and serial were lost with the number;
* in a text where no item was found at all, a run of three or more case numbers of one shape on a line
  (:func:`run_items`).

Each new item's number is None: the number was not printed (as the golden records write such items). A text between
two case numbers that does not read as an item's title -- a reference to a document, a decision, an attachment or
another meeting ("Bilaga 3", "Protokoll 2016-03-01"), a sentence, a date, a paragraph sign -- makes the whole run
abstain. Kept apart from :mod:`.sequencegaps`, which finds the lost numbers themselves; this runs after it.
"""

from __future__ import annotations

import re

from .headings import Heading
from .lines import Line

#: a case number: the label perhaps, the registry's code perhaps, the year, then "/" and the serial (which a copy may
#: lose: "2017/"), or "." / "-" and the serial ("KS.2016.123", "2016-000123")
CASE = re.compile(r"(?<![\w/.§-])(?:(?:[Dd]nr|DNR)[.:]?\s*)?(?:(?P<code>[A-ZÅÄÖ]{2,6})[\s.]?)?(?P<year>(?:19|20)\d\d)"
                  r"(?:/(?P<serial>\d{0,6})(?:[/.:-]\d{1,4})?|\.\d{1,6}|-\d{5,6})(?![\w/])")
#: the label and the registry's code with the year and serial lost ("Dnr: KS", "Dnr"): a marker only where it recurs
LABEL_ONLY = re.compile(r"(?<!\w)(?:[Dd]nr|DNR)[.:]?(?:\s*[A-ZÅÄÖ]{1,6})?(?=\s|$)")
#: what a title between two case numbers opens with: a capital (an acronym "AERs" too), or a quotation mark
TITLE_START = re.compile(r"[\"”“«]?[A-ZÅÄÖÉ][\wåäöé]")
#: a text that refers to another paper or meeting, or is an item's part, not an item's title
REFERENCE = re.compile(r"(?:Bilaga|Bilagor|Bil|Protokoll|Protokollsutdrag|Beslut|Beslutsunderlag|Dnr|Diarienummer|"
                       r"Handling|Handlingar|Skrivelse|Tjänsteskrivelse|Tjänsteutlåtande|Se|Sida|Sid|Paragraf|"
                       r"Föredragande|Förslag|Ärende|Ärenden|Kl|Klockan)\b\.?")
DATE = re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d\b|\b\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|"
                  r"september|oktober|november|december)\b", re.I)
MAX_WORDS = 25
MAX_MISSING = 15  #: a gap of more numbers than this is no gap in one list
MIN_RUN = 3  #: case numbers on one line before a text with no item is read as a list of them


def _may_hold(ln: Line) -> bool:
    """The cheap gate: a case number needs a digit and a "/", "." or "-" after its year; a label alone, "nr"."""
    text = ln.text
    return ln.digit and ("/" in text or "." in text or "-" in text) or "nr" in text or "NR" in text


def _cases(text: str) -> list[re.Match]:
    """The case numbers in ``text``, a season ("2016/2017", "2016/17") left out."""
    out = []
    for m in CASE.finditer(text):
        serial, year = m.group("serial"), int(m.group("year"))
        if serial and serial in (str(year + 1), str(year + 1)[2:]):
            continue
        out.append(m)
    return out


def _delimiters(text: str) -> list[tuple[int, int]]:
    """The spans of the case numbers in ``text`` and of the registry code they repeat written alone (its year and
    serial lost: "... 2014 RFUL Information"), in order."""
    found = _cases(text)
    spans = [m.span() for m in found]
    codes = {m.group("code") for m in found if m.group("code")}
    bare = [m.span() for m in LABEL_ONLY.finditer(text)] if "nr" in text or "NR" in text else []
    if len(bare) >= 2:  # "Title Dnr: KS Title Dnr: KS": the label recurring, its numbers lost
        spans += [b for b in bare if not any(s <= b[0] < e for s, e in spans)]
    for code in codes:
        for m in re.finditer(rf"(?<!\S){code}(?=\s+[A-ZÅÄÖ]|\s*$)", text):
            if not any(s <= m.start() < e for s, e in spans):
                spans.append(m.span())
    return sorted(spans)


def _title(text: str) -> bool:
    """Whether a text between two case numbers reads as an item's title."""
    text = text.strip()
    words = text.split()
    return bool(words) and 3 <= len(text) and len(words) <= MAX_WORDS and TITLE_START.match(text) is not None \
        and REFERENCE.fullmatch(words[0]) is None and "§" not in text and not text.endswith((":", ",")) \
        and DATE.search(text) is None and ". " not in text


def _between(text: str) -> list[tuple[int, str]] | None:
    """The texts strictly between two delimiters of ``text`` as (offset, title); None when one of them is no
    title (the run abstains)."""
    spans = _delimiters(text)
    out = []
    for (_, e), (s, _) in zip(spans, spans[1:]):
        piece = text[e:s]
        if not piece.strip():
            continue
        if not _title(piece):
            return None
        out.append((e + len(piece) - len(piece.lstrip()), piece.strip().rstrip(".")))  # "Title. Dnr: KS"
    return out


def _broken(text: str) -> bool:
    """Whether the text after the line's last delimiter goes on in lower case ("2026/15 och svar på ..."): the
    delimiters are then no list's structure."""
    spans = _delimiters(text)
    rest = text[spans[-1][1]:].strip() if spans else ""
    return bool(rest) and TITLE_START.match(rest) is None


def gap_items(lines: list[Line], headings: list[Heading]) -> dict[int, list[tuple[int, str]]]:
    """The titles to add, by line: between two numbered headings whose numbers leave room for them."""
    numbered = [h for h in headings if h.number and h.number.isdigit()]
    out: dict[int, list[tuple[int, str]]] = {}
    for a, b in zip(numbered, numbered[1:]):
        missing = int(b.number) - int(a.number) - 1
        if not 0 < missing <= MAX_MISSING or any(a.index < h.index < b.index for h in headings):
            continue
        found: dict[int, list[tuple[int, str]]] = {}
        for i in range(a.index, b.index):
            if _may_hold(lines[i]) and ((pieces := _between(lines[i].text)) is None or _broken(lines[i].text)):
                found = {}
                break
            if _may_hold(lines[i]) and pieces:
                found[i] = pieces
        if found and sum(map(len, found.values())) <= missing:
            out.update(found)
    last = numbered[-1] if numbered and numbered[-1] is headings[-1] else None
    return out | (_tail(lines, last) if last is not None else {})


#: the list's next numbered point before the first case number of a line that goes on with the list (a page's
#: furniture before it: "2 KALLELSE Sida 2(2) Ärende 14. Title. Dnr: KS Title Dnr: KS ...")
PRINTED = re.compile(r"(\d{1,3})[.)]\s+(.*)$")
NUMBERED_HEAD = re.compile(r"(?:^|\s)(\d{1,3})[.)]\s+(?=[A-ZÅÄÖ][a-zåäö])")


def _tail(lines: list[Line], last: Heading) -> dict[int, list[tuple[int, str]]]:
    """The list's tail: on the last heading's line and the lines right after it, each with :data:`MIN_RUN` or more
    case numbers and only titles between them, or each a register's row (:func:`_row`; :data:`MIN_RUN` or more of
    one shape); the first line that is neither ends it."""
    out: dict[int, list[tuple[int, str]]] = {}
    rows: dict[int, list[tuple[int, str]]] = {}
    shapes = set()
    for i in range(last.index, len(lines)):
        ln = lines[i]
        if ln.blank or i == last.index and not _delimiters(ln.text):  # the heading cut from its run
            continue
        if not _may_hold(ln):
            break
        if i > last.index and (row := _row(ln)):
            rows[i], shapes = [(row[0], row[1])], shapes | {row[2]}
            continue
        if rows or len(spans := _delimiters(ln.text)) < MIN_RUN or not (pieces := _between(ln.text)):
            break
        head = NUMBERED_HEAD.search(ln.text[:spans[0][0]]) if i > last.index else None
        if head and int(head.group(1)) > int(last.number):
            pieces = [(head.start(1), ln.text[head.start(1):spans[0][0]].strip())] + pieces
        out[i] = pieces
    return out | (rows if len(rows) >= MIN_RUN and len(shapes) == 1 else {})


def run_items(lines: list[Line]) -> dict[int, list[tuple[int, str]]]:
    """The titles of a text with no item found: a line with :data:`MIN_RUN` or more case numbers of one shape,
    every text between them a title."""
    out: dict[int, list[tuple[int, str]]] = {}
    for i, ln in enumerate(lines):
        if not _may_hold(ln):
            continue
        cases = _cases(ln.text)
        if len(cases) < MIN_RUN or len({_shape(m) for m in cases}) > 1:
            continue
        if pieces := _between(ln.text):
            out[i] = _ends(ln.text, cases, pieces)
    return out or _row_items(lines)


def _row_items(lines: list[Line]) -> dict[int, list[tuple[int, str]]]:
    """A register's rows, one a line: :data:`MIN_RUN` or more lines one after another, each with one case number of
    one shape on the same side of a title ("Title  Dnr 2016/12" or "KS 2016/12  Title")."""
    run: list[tuple[int, int, str, tuple]] = []  # (line, title's offset, title, (shape, side))
    for i, ln in enumerate(lines + [Line("", 0)]):
        row = _row(ln) if _may_hold(ln) else None
        if row and (not run or run[-1][0] == i - 1 and run[-1][3] == row[2]):
            run.append((i, row[0], row[1], row[2]))
            continue
        if len(run) >= MIN_RUN:
            return {k: [(pos, title)] for k, pos, title, _ in run}
        run = [(i, row[0], row[1], row[2])] if row else []
    return {}


def _row(ln: Line) -> tuple[int, str, tuple] | None:
    """(title's offset, title, (shape, side)) of a line holding one case number and a title before or after it."""
    cases = _cases(ln.text)
    if len(cases) != 1:
        return None
    m = cases[0]
    head, tail = ln.text[:m.start()].strip(), ln.text[m.end():].strip()
    if head and not tail and _title(head):
        return 0, head, (_shape(m), "after")
    if tail and not head and _title(tail):
        return len(ln.text) - len(tail), tail, (_shape(m), "before")
    return None


def _ends(text: str, cases: list[re.Match], pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The run's pieces with its end that the case numbers' side gives: a line opening with its text, the case number
    after each title ("Title Dnr 2016/12 Title ..."), gives the text before the first as a title; a line opening with
    a case number, before each title ("Dnr 2016/12 Title ..."), the text after the last."""
    head, tail = text[:cases[0].start()].strip(), text[cases[-1].end():].strip()
    if head and _title(head):
        return [(0, head)] + pieces
    if not head and tail and _title(tail):
        return pieces + [(len(text) - len(text[cases[-1].end():].lstrip()), tail)]
    return pieces


def _shape(m: re.Match) -> tuple:
    """A case number's shape: its label, its code, the separator after its year."""
    return m.group()[:1] in "Dd", m.group("code"), m.string[m.end("year"):m.end("year") + 1]


def case_items(lines: list[Line], headings: list[Heading]) -> tuple[list[Line], list[Heading]]:
    """The lines cut before each title found and the headings with them added (number None); both as given where
    no run of case numbers confirms an item."""
    if not any(_may_hold(ln) for ln in lines):
        return lines, headings
    found = gap_items(lines, headings) if headings else run_items(lines)
    return _cut(lines, headings, found) if found else (lines, headings)


def _cut(lines: list[Line], headings: list[Heading], found: dict[int, list[tuple[int, str]]]
         ) -> tuple[list[Line], list[Heading]]:
    """The lines cut before each title found, the headings before moved to their lines' new places (a title run
    on past a cut ends there) and the new ones added."""
    out: list[Line] = []
    moved: dict[int, int] = {}
    added: list[Heading] = []
    for i, ln in enumerate(lines):
        moved[i] = len(out)
        if i not in found:
            out.append(ln)
            continue
        points = found[i]
        if points[0][0] > 0:
            out.append(Line(ln.text[:points[0][0]].rstrip(), ln.start))
        for k, (pos, title) in enumerate(points):
            end = points[k + 1][0] if k + 1 < len(points) else len(ln.text)
            numbered = PRINTED.match(title)  # the number the document gives ("14. Title")
            added.append(Heading(len(out), numbered[1] if numbered else None, numbered[2].rstrip(".") if numbered
                                 else title, "case", 1.0))
            out.append(Line(ln.text[pos:end].rstrip(), ln.start + pos))
    kept = [_ended(h, moved[h.index], lines, found) for h in headings]
    return out, sorted(kept + added, key=lambda h: h.index)


def _ended(h: Heading, index: int, lines: list[Line], found: dict[int, list[tuple[int, str]]]) -> Heading:
    """A heading before moved to its line's new place, its title ended before the first title cut from its line."""
    from dataclasses import replace

    if h.index not in found:
        return replace(h, index=index)
    first = found[h.index][0][1]
    at = h.title.find(first)
    title = h.title[:at] if at > 0 else h.title
    codes = {m.group("code") for m in _cases(lines[h.index].text) if m.group("code")}
    ending = _cases(title)
    if ending and not title[ending[-1].end():].strip():  # the case number that ended the title
        title = title[:ending[-1].start()]
    words = title.split()
    if words and words[-1] in codes:  # the code written alone ("Bokslut NPR"), its case number's digits dropped
        title = title[:title.rstrip().rfind(words[-1])]
    return replace(h, index=index, title=title.strip() or h.title)
