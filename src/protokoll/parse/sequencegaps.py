"""Item numbers the finders left out of a sequence they found, looked for where the sequence puts them.

The numbers of a document's items form a sequence (1, 2, 3 ...; § 41, § 42 ...). When the finders before have found
most of it as one rising run, a member they missed -- a gap between two found numbers, the one before the first
found, the one after the last found -- is most likely written between its neighbours where a flattened or merged
layout put it: after a page's mark ("Sida 2(6) 50 Justerare ..."), a section heading or a date at the end of the
line before ("... 16 juni kl Beslutsärenden 11 Arbetsordning ..."), after a sentence, at a line's end with its title
on the next line ("... Rapporter 11." / "Möte med ..."), on a line another rule found too long for a heading. The
sequence is the evidence, so only the missing number is looked for, only between its neighbours' positions, only in
the marker the found members are written with ("§ 12", "12.", "12)", "12 Title", "Punkt 12"), and a place is taken
only when it is the one such place there, no other number in that marker opens a title there (a list of the item's
own), and the title after it reads as the document's others do: a capital and a lower-case letter, no month or
weekday (a date), no label with its value ("Plats:", "Ordförande Anna Berg"), no person's name (a list of names), no
word in capitals (a page's running head), no page mark ahead, its core no longer than the longest title found.
Numbers that start again (a contents list's and the sections', read as one) are no sequence. Otherwise nothing
changes (abstain). Kept apart from :mod:`.assemble`, which only calls :func:`sequence_gaps` once all finders ran.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..swedish.kept import compiled
from .flatitems import NOT_AFTER
from .headings import Heading
from .inline import heading_and_rest
from .inlinetokens import page_ahead
from .lines import Line

MIN_FOUND = 3  #: so many members of the sequence found in one marker before a missing one is looked for
MAX_MISSING = 3  #: a gap of more numbers than this is no gap in one list
#: the marker a found member's line opens with, by name; "{n}" is the number
MARKERS = {"§": r"(?:[A-ZÅÄÖ]{{1,5}}\s+)?§\s*{n}(?!\d)[.:)]?", ".": r"{n}\.(?!\d)", ")": r"{n}\)",
           "punkt": r"[Pp]unkt\s+{n}(?!\d)[.:]?", " ": r"{n}(?=\s)"}
#: what may stand right before a marker inside a line: not a digit, a letter, a slash, a dash or a paragraph sign
BEFORE = {"§": r"(?<![\w§])", "punkt": r"(?<!\w)"}
BEFORE_NUMBER = r"(?<![\w./,:§()\-–])"
TITLE_START = re.compile(r"\s*[\"”“«]?[A-ZÅÄÖÉ][a-zåäöé]")
#: a first word that makes the text no title: a date's month or weekday; a label of the header, the signatures or an
#: item's parts with its value after it ("Ordförande: ...", "Beslut Anna Berg ...", not "Beslut per capsulam om ...")
NOT_TITLE = re.compile(r"(?:[Jj]anuari|[Ff]ebruari|[Mm]ars|[Aa]pril|[Mm]aj|[Jj]uni|[Jj]uli|[Aa]ugusti|[Ss]eptember|"
                       r"[Oo]ktober|[Nn]ovember|[Dd]ecember|[A-ZÅÄÖ][a-zåäö]+dag(?:en)?)\b|"
                       r"(?:Närvarande|Frånvarande|Deltagare|Plats|Tid|Datum|"
                       r"Sida|Sid|Blad|Ledamöter|Ersättare|Tjänstgörande|Underskrift|Paragrafer|Kl|Klockan|Tel|Telefon|"
                       r"Beslut|Beslutsunderlag|Föredragande|Bilaga|Bilagor|Dnr|Diarienummer|Ärendebeskrivning|Yrkanden?|"
                       r"Reservation|Protokollsanteckning|Omröstning|Ja|Nej|Avstår)(?=\s*[:.]|\s*$|\s+[A-ZÅÄÖ\d(])")
#: a role's label with its holder, a colon or nothing after it ("Justerare: ...", "Ordförande Anna Berg"); "Justerare
#: Mötet öppnades ..." is the point's one-word title run on into its text
ROLE = re.compile(r"(?:Ordförande|Sekreterare|Justerare|Justerande)(?=\s*[:.]|\s*$)")
#: where a title's core ends before its notes: a dash, a number (a case's, a year), a sentence's end, a colon
CORE = re.compile(r"\s[-–\d]|[.:;]\s")
#: a page's running head after its number: the document's kind, or a body's or an organisation's name
RUNNING_HEAD = re.compile(r"(?:Protokoll|Sammanträdesprotokoll|Kallelse|Kungörelse|Dagordning|Föredragningslista|"
                          r"Minnesanteckningar|Anteckningar|Justerandes|Utdragsbestyrkande)\b|(?:\S+\s+)?\S+(?:nämnden|"
                          r"nämnd|styrelsen|styrelse|utskottet|kommun|fullmäktige|förbundet|regionen)(?=\s+[A-ZÅÄÖ\d]|\s*$)")
#: a word before a number that cites it: "enligt § 4", "se punkt 4", "jfr 4"
CITING = re.compile(r"\b(?:enligt|se|jfr|i|under|om|från|vid|per)\s*$", re.I)
LOWER_WORD = re.compile(r"(?:^|\s)[a-zåäö]+\s*$")  #: a sentence's word in lower case right before the number
CAPITALS = re.compile(r"\b[A-ZÅÄÖ]{4,}\b")  #: a word in capitals: a page's running head ("PROTOKOLL")


def sequence_gaps(text: str, lines: list[Line], headings: list[Heading]) -> tuple[list[Line], list[Heading]]:
    """The lines cut before each missing member found and the headings with it added; both as given where the
    sequence has no gap (the gate: nothing is searched then) or no place is sure."""
    marker, gaps = _gaps(lines, headings)
    if not gaps:
        return lines, headings
    longest = max(max(len(CORE.split(h.title, 1)[0]) for h in headings), 40)
    cuts: list[tuple[int, int, int]] = []  # (line, offset, number)
    for lo, hi, missing in gaps:
        cuts += _places(lines, (lo, hi, any(h.index == lo for h in headings)), missing, marker, longest)
    return _cut(lines, headings, cuts) if cuts else (lines, headings)


def _marker(text: str, number: str) -> str | None:
    for name, rx in MARKERS.items():
        if compiled(rx.format(n=number)).match(text):
            return name
    return None


def _gaps(lines: list[Line], headings: list[Heading]) -> tuple[str, list[tuple[int, int, list[int]]]]:
    """The marker the found members share and each gap: (first line, end line, the numbers missing there). None
    unless the members found in that marker are at least :data:`MIN_FOUND` and more than the numbers missing."""
    numbered = [h for h in headings if h.number and h.number.isdigit() and h.style in ("num", "para")]
    pairs = [(a, b, list(range(int(a.number) + 1, int(b.number)))) for a, b in zip(numbered, numbered[1:])
             if a.index < b.index and 0 < int(b.number) - int(a.number) - 1 <= MAX_MISSING
             and _adjacent(headings, a, b)]
    first = numbered[0] if numbered and numbered[0] is headings[0] and int(numbered[0].number) > 1 else None
    last = numbered[-1] if numbered and numbered[-1] is headings[-1] else None
    if len(numbered) < MIN_FOUND or not pairs and not _written_before(lines, first) and not _written_after(lines, last):
        return "", []  # the gate: a sequence without a gap, its next number written nowhere after it
    if any(int(b.number) <= int(a.number) for a, b in zip(numbered, numbered[1:])):
        return "", []  # the numbers start again: two lists read as one (a contents list's pages, the sections)
    marks = {h.index: _marker(lines[h.index].text, h.number) for h in numbered}
    marker = max(set(marks.values()), key=list(marks.values()).count)
    gaps = [(a.index, b.index, missing) for a, b, missing in pairs if marks[a.index] == marks[b.index] == marker]
    if first is not None and marks[first.index] == marker and _written_before(lines, first):  # "Sida 2(6) 50 Title"
        gaps.insert(0, (0, first.index, [int(first.number) - 1]))
    if last is not None and marks[last.index] == marker and _written_after(lines, last):  # the last member
        gaps.append((last.index, len(lines), [int(last.number) + 1]))
    found = sum(1 for m in marks.values() if m == marker)
    if marker is None or found < MIN_FOUND or sum(len(g[2]) for g in gaps) >= found:
        return "", []
    return marker, gaps


def _written_before(lines: list[Line], first: Heading | None) -> bool:
    """Whether the number before the first heading's is written in a line before it (as digits, anywhere)."""
    if first is None:
        return False
    want = str(int(first.number) - 1)
    return any(want in ln.text for ln in lines[:first.index] if ln.digit)


def _written_after(lines: list[Line], last: Heading | None) -> bool:
    """Whether the number after the last heading's is written in a line after it (as digits, anywhere)."""
    if last is None:
        return False
    want = str(int(last.number) + 1)
    return any(want in ln.text for ln in lines[last.index + 1:] if ln.digit)


def _adjacent(headings: list[Heading], a: Heading, b: Heading) -> bool:
    """No other heading (a numberless one) stands between ``a`` and ``b``."""
    return not any(a.index < h.index < b.index for h in headings)


def _places(lines: list[Line], span: tuple[int, int, bool], missing: list[int], marker: str,
            longest: int) -> list[tuple[int, int, int]]:
    """The one place of each missing number between lines ``lo`` and ``hi``; none where any other number in the
    marker opens a title there (a list of the item's own) or a missing number stands at two places."""
    rx = compiled((BEFORE.get(marker, BEFORE_NUMBER)) + MARKERS[marker].format(n=r"(\d{1,3})"))
    found: dict[int, list[tuple[int, int]]] = {}
    lo, hi, headed = span
    wanted = [str(n) for n in missing]
    if not any(w in lines[i].text for i in range(lo, hi) if lines[i].digit for w in wanted):
        return []  # the missing numbers are not written there at all
    for i in range(lo, hi):
        if not lines[i].digit:
            continue
        for m in rx.finditer(lines[i].text, 1 if i == lo and headed else 0):  # not the found heading's own number
            if _title_after(lines, i, m, marker, longest):
                found.setdefault(int(m.group(1)), []).append((i, m.start()))
    if any(n not in missing for n in found):
        return []
    places = [(at[0][0], at[0][1], n) for n, at in sorted(found.items()) if len(at) == 1]
    if [p[:2] for p in places] != sorted(p[:2] for p in places):
        return []
    return places


def _title_after(lines: list[Line], i: int, m: re.Match, marker: str, longest: int) -> bool:
    """Whether the text after the marker at ``m`` in line ``i`` reads as one of the document's titles (at the
    line's end, for a marker with its punctuation, the next line's text)."""
    text = lines[i].text
    before = text[max(0, m.start() - 14):m.start()]
    if NOT_AFTER.search(before) or CITING.search(before):
        return False  # "sidan 3", "den 12", "nr 5", "punkt 4", "enligt § 4" of a sentence
    rest = text[m.end():]
    if not rest.strip() and marker != " ":  # "... Rapporter 11." / "Möte med ...": not "... var 11." of a sentence
        if LOWER_WORD.search(before):
            return False
        rest = next((ln.text for ln in lines[i + 1:i + 3] if not ln.blank), "")
        if _marker(rest, r"\d{1,3}"):
            return False
    if not TITLE_START.match(rest) or page_ahead(rest, 0):
        return False
    title = heading_and_rest(rest.strip(), 0)[0].text
    words = title.split()
    if NOT_TITLE.match(title) or ROLE.match(rest.strip()) or RUNNING_HEAD.match(title) \
            or CAPITALS.search(" ".join(words[:6])) or len(CORE.split(title, 1)[0]) > longest + 20:
        return False
    from .givenopen import opens_name

    named = [k for k in (0, 1) if len(words) > k + 1 and opens_name(words[k]) and words[k + 1][:1].isupper()]
    return not named or named == [1] and not ROLE.match(words[0] + ":")  # a name in a list, a role and its holder


def _cut(lines: list[Line], headings: list[Heading], cuts: list[tuple[int, int, int]]
         ) -> tuple[list[Line], list[Heading]]:
    """The lines cut before each place (a cut piece split into its heading and the rest), the headings found
    before moved to their lines' new places (a title run on past a cut ends there) and the new ones added."""
    at: dict[int, list[tuple[int, int]]] = {}
    for i, pos, n in cuts:
        at.setdefault(i, []).append((pos, n))
    out: list[Line] = []
    moved: dict[int, int] = {}
    added: list[Heading] = []
    for i, ln in enumerate(lines):
        moved[i] = len(out)
        points = sorted(at.get(i, []))
        if not points:
            out.append(ln)
            continue
        if points[0][0] > 0:
            out.append(_piece(ln, 0, points[0][0]))
        for k, (pos, n) in enumerate(points):
            end = points[k + 1][0] if k + 1 < len(points) else len(ln.text)
            piece = _piece(ln, pos, end)
            added.append(Heading(len(out), str(n), _title(piece.text), "num", 1.0))
            out += heading_and_rest(piece.text, piece.start)
    kept = [replace(h, index=moved[h.index], title=_until_cut(h, lines, at)) for h in headings]
    return out, sorted(kept + added, key=lambda h: h.index)


def _piece(ln: Line, s: int, e: int) -> Line:
    raw = ln.text[s:e]
    return Line(raw.strip(), ln.start + s + len(raw) - len(raw.lstrip()))


def _title(head: str) -> str:
    """The new heading's title: its head line without the number and its marker (empty when the title is on the
    next line, where the item reader takes it from)."""
    head = heading_and_rest(head, 0)[0].text
    head = re.sub(r"\s+1[.)]$", "", head)  # "8 Nya ärenden 1." / "Årsmötet ...": the item's own list opens there
    return re.sub(r"^(?:[A-ZÅÄÖ]{1,5}\s+)?(?:[Pp]unkt\s+)?§?\s*\d{1,3}[.:)]?\s*", "", head)


def _until_cut(h: Heading, lines: list[Line], at: dict[int, list[tuple[int, int]]]) -> str:
    """A found heading's title, ended where a cut on its own line falls inside it."""
    if h.index not in at:
        return h.title
    text = lines[h.index].text
    start = text.find(h.title) if h.title else -1
    if start < 0:
        return h.title
    pos = min(p for p, _ in at[h.index])
    return text[start:pos].rstrip() if start < pos < start + len(h.title) else h.title
