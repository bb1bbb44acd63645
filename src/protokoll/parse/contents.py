"""A contents list whose item numbers were lost, flattened into one run of titles.

The first page of a protocol or kallelse lists its items ("Innehållsförteckning",
"Ärendelista", "Föredragningslista", "Dagordning", "Ärenden"). A page copied
from a document-sharing site strips digits and line breaks, so the list
reaches the parser as "INNEHÅLLSFÖRTECKNING Delårsbokslut Förslag till
direktiv för budgetarbetet Motion om pendling Övriga ärenden ... 23".
Titles are written in sentence case, so a new title begins at a capitalised
word after a lower-case word that cannot end inside a phrase (not a
preposition or conjunction). The run is read so only when the document gave
(almost) no numbered headings and the run splits into at least three titles
of reasonable length; a number written before a title is kept as its number.
A title that ends in a proper name ("... med Norrby Energi") runs on into the
next one: a capitalised word after a capitalised one is read as part of a name.
"""

from __future__ import annotations

import re

from .contentsdots import SENTENCE_END, dotted_titles, unlabelled_run
from .contentstraces import traced_headings
from .features import cut_start
from .flatlists import numbered_pair, opens_title
from .header import label_of
from .items import Heading
from .lines import Line
from .yearserial import listed_serials, serial_entries, serial_items

#: the label before a run of listed titles (a contents list or an agenda's list); flatcontents.LABEL is the
#: narrower set for a list with a page column (see there why the two differ)
LABEL = re.compile(r"(?:^|\s)(?:INNEHÅLLSFÖRTECKNING|Innehållsförteckning|ÄRENDEFÖRTECKNING|Ärendeförteckning|"
                   r"ÄRENDELISTA|Ärendelista|FÖREDRAGNINGSLISTA|Föredragningslista|DAGORDNING|Dagordning|"
                   r"ÄRENDEN|Ärenden)\s*:?\s+(?=\S)")
END = re.compile(r"\s*(?:\.{3,}|…).*$")
#: words a title's phrase goes on after: a capitalised word after them is still inside the title
GLUE = {"och", "samt", "i", "av", "för", "om", "på", "till", "med", "från", "vid", "inom", "mot", "under", "över",
        "efter", "enligt", "jämte", "eller", "hos", "kring", "via", "mellan", "angående", "gällande", "rörande",
        "inför", "utan", "genom", "åt", "ur", "the", "-", "–", "&", "/"}
MIN_RUN = 60  #: characters after the label
#: a numbered paragraph on the agenda itself, flattened ("27 Föredragningslista Föredragningslistan fastställs",
#: "24. Dagordning Dagordningen godkändes"): the label is its title, the passive decision after it is no list
APPROVED = re.compile(r"\b(?:godkän(?:ns|des|ts)|fastställ(?:s|es|des|ts)|antogs)\b|\b(?:Föredragningslistan|"
                      r"Dagordningen|Ärendelistan)\s+(?:godkän|fastställ|anta|kompletter|ändra|utök)")
NUMBERED = re.compile(r"^(?:§\s*)?\d{1,3}\.?\s$")
MIN_TITLES = 3
MAX_WORDS = 16  #: a longer "title" is running text, not a list
#: a party's code after a name in a motion's title ("Motion av Anna Berg (mp), Per Ek (v) och ..."): motions name
#: their authors with their parties, so such titles are long; the codes are not counted among a title's words
PARTY = re.compile(r"\([A-ZÅÄÖa-zåäö]{1,4}\)[,.]?")
#: an item's number before its title, or its trace where the digits were stripped (a lone ".")
NUMBER = re.compile(r"§?\d{1,3}[.:]?|\.")
#: a list's columns run into its titles: the case number ("Dnr KS 2031/17", its stripped rest "Dnr KS /", "2031/")
#: and the page ("Sid 4"), or the columns' heads ("Dnr Sid"); each ends a title, read as a stripped number's trace
COLUMN = re.compile(r"(?<!\S)(?:(?:Dnr|DNR|Diarienr)\.?:?(?:\s+[A-ZÅÄÖ]{1,5}(?=\s+\d{0,4}/))?(?:\s+\d{0,4}/\d*)?|"
                    r"(?:Sid|SID|Sida|SIDA|Sidan|SIDAN)\.?(?:\s+\d{1,3}(?:\s*[-–]\s*\d{1,3})?)?|(?:19|20)\d\d/)(?!\S)")
#: a listed title's number stripped to its dot (". Taxor för bygglov")
TRACE_PREFIX = re.compile(r"^\.\s+(?=[\"”“«]?[A-ZÅÄÖ])")
#: a lone "/" is the case number's rest too where the list shows such rests ("2031/ / / Taxor")
SLASH = re.compile(r"(?<!\S)/(?!\S)")


def _last_cut(titles: list[tuple[int, str | None, str]]) -> list[tuple[int, str | None, str]]:
    """A dotted list's titles, the last one cut where the text after the list begins (no trace marks its end:
    ". Övriga frågor Karin Ås ordförande" ends as :func:`segment` ends the first title of it)."""
    if not titles:
        return titles
    last = first[0][2] if (first := segment(titles[-1][2])) else titles[-1][2]
    if SENTENCE_END.search(last):  # the list's end is not told: none
        return titles[:-1]
    return titles[:-1] + [(titles[-1][0], titles[-1][1], last)]


def _columns_cut(run: str) -> str:
    """The run with its column values (:data:`COLUMN`) written as number traces (offsets kept)."""
    cut = COLUMN.sub(_trace, run)
    return SLASH.sub(_trace, cut) if re.search(r"(?<!\S)(?:19|20)\d\d/(?!\S)", run) else cut


def _trace(m: re.Match) -> str:
    return "." + " " * (len(m.group()) - 1)


#: a hyphenated compound whose last part is lower case ("IT-stöd", "EU-medel"): no part of a name
COMPOUND = re.compile(r"^[A-ZÅÄÖ][\wåäöÅÄÖ]*-[a-zåäö]{3,}$")
MAX_HEADINGS = 2  #: read the run only when the document gave at most this many numbered headings


#: entries of a protocol's contents that are parts of the document, not items of the meeting
#: the greeting or regards that close a kallelse after its list: "Välkomna! Anna Berg, sammankallande", "Väl mött!"
CLOSING = re.compile(r"(?:(?:Hjärtligt|Varmt)\s+)?(?:[Vv]älkomna|[Vv]älkommen)\s*!|Väl mött\b|Med vänliga?\s+hälsning")
NOT_ITEM = re.compile(r"^(?:närvarolista|närvaro|deltagarlista|deltagarförteckning|(?:digitala\s+)?signaturer|"
                      r"underskrifter|justering|justeringssida|anslag|anslagsbevis|bilagor|omröstningslista|"
                      r"voteringslista|protokollsutdrag|innehåll|sida|sid)\b", re.I)
LABEL_LINE = re.compile(r"^(?:INNEHÅLLSFÖRTECKNING|Innehållsförteckning|ÄRENDEFÖRTECKNING|Ärendeförteckning|"
                        r"ÄRENDELISTA|Ärendelista|FÖREDRAGNINGSLISTA|Föredragningslista|DAGORDNING|Dagordning|"
                        r"Förslag till dagordning|Förslag till föredragningslista|FÖRSLAG TILL DAGORDNING|"
                        r"FÖRSLAG TILL FÖREDRAGNINGSLISTA|"
                        r"ÄRENDEN|Ärenden|Innehåll)\s*:?$")
#: the label of a meeting's programme, read only over a bulleted list ("Agenda:" / "• Inledning" / "• Ekonomi")
BULLET_LABEL_LINE = re.compile(r"^(?:AGENDA|Agenda|Agendan(?:\s+var)?|Mötets\s+agenda|Program(?:met)?|PROGRAM)\s*:?$")
LABEL_FIRST = frozenset("IÄFDAMP")  #: the first letters of the labels (the cheap test per line)
#: a flattened page's mark before the list's label ("2(41) Ärendelista"): the label opens the page
PAGE_MARK = re.compile(r"^(?:(?:Sida|Sidan|sid)\s+)?\d{1,3}\s?\(\s?\d{1,3}\s?\)\s+")
#: the case number column before a listed title: a protocol's list of paragraphs (its "Ärendelista") prints each
#: entry as "§ 26 Dnr 2017/00065 Title"; a copy that strips the paragraph numbers leaves "Dnr 2017/00065 Title"
CASE_PREFIX = re.compile(r"^Dnr\.?:?\s*(?:[A-ZÅÄÖ]{1,5}[\s.-]?)?\d{0,4}(?:[/.-]\d{1,6})*\s+(?=[\"”“«A-ZÅÄÖ])")
CASE_ENTRY = re.compile(r"^(?:§\s*)?\d{1,4}\s+Dnr\b")
MAX_TITLE = 100
#: a date, a clock time or a label's colon: a line of the header, not a listed title
HEADER_VALUE = re.compile(r"\b(?:kl\.?|klockan)\s*\d|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[.:]\d{2}\b|^[\wåäöÅÄÖ ]{2,30}:\s")


def contents_items(lines: list[Line], headings: list[Heading]) -> tuple[list[Line], list[Heading]]:
    """The items of a contents list that no heading of the text gives (the excerpt ends before their
    sections, or their numbers were lost), with the headings; a flattened run is first cut into one line
    per title. Listed titles whose section is a heading of its own are read there."""
    lines, headings = _list_lines(lines, traced_headings(lines, headings))
    if len(headings) > MAX_HEADINGS:
        return lines, headings
    for i, ln in enumerate(lines):
        if headings and i >= headings[0].index and ln is not lines[headings[0].index]:
            break
        m = LABEL.search(ln.text)
        if not m:
            if len(ln.text) >= MIN_RUN and len(titles := _last_cut(unlabelled_run(ln.text))) >= MIN_TITLES:
                return _cut(lines, headings, i, 0, titles)
            continue
        if NUMBERED.match(ln.text[:m.start() + 1]) and APPROVED.search(ln.text, m.end(), m.end() + 200):
            continue
        run = _before_closing(END.sub("", ln.text[m.end():]))
        if (entries := serial_entries(run)) is not None:  # "Budget 2024-248 Taxor 2024-249 ...": numbers after
            return serial_items(lines, headings, i, m.end(), entries)
        titles = segment(_columns_cut(run)) if (dotted := dotted_titles(run)) is None else _last_cut(dotted)
        if len(run) < MIN_RUN or len(titles) < MIN_TITLES and not numbered_pair(titles):
            continue
        return _cut(lines, headings, i, m.end(), titles)
    return lines, headings


def _before_closing(run: str) -> str:
    """A flattened list up to the greeting that closes the kallelse ("... Nästa möte Välkomna! Anna Berg,
    sammankallande": the greeting and the signature after it are no titles)."""
    closing = CLOSING.search(run) if "!" in run or "mött" in run or "hälsning" in run else None
    return run[:closing.start()].rstrip() if closing else run


def segment(run: str) -> list[tuple[int, str | None, str]]:
    """(offset, number, title) of each title in a run; [] when a piece is too long to be a title."""
    words = list(re.finditer(r"\S+", run))
    starts: list[int] = []
    for k, w in enumerate(words):
        text = w.group()
        prev = words[k - 1].group() if k else ""
        if NUMBER.fullmatch(text):
            if k + 1 < len(words) and re.match(r"[A-ZÅÄÖ]", words[k + 1].group()):
                starts.append(k)
            continue
        if not re.match(r"[\"”“«]?[A-ZÅÄÖ][a-zåäöé]", text):
            continue
        if k == 0 or (starts and starts[-1] == k - 1 and NUMBER.fullmatch(prev)):
            if k == 0:
                starts.append(k)
            continue
        if prev.casefold() in GLUE or not re.search(r"[a-zåäö)]$|^(?:19|20)\d\d$", prev):
            continue
        if _name_part(prev, nxt := words[k + 1].group() if k + 1 < len(words) else "") and not opens_title(text, nxt):
            continue
        starts.append(k)
    out: list[tuple[int, str | None, str]] = []
    for a, b in zip(starts, starts[1:] + [len(words)]):
        piece = words[a:b]
        number = None
        if NUMBER.fullmatch(piece[0].group()):
            number, piece = piece[0].group().strip("§.:") or None, piece[1:]
            if number is None and a == 1 and re.fullmatch(r"§?\d{1,3}", words[0].group()):
                number = words[0].group().strip("§")  # "41 Dnr 2021/12 Title": the run opens with the number
        while piece and re.fullmatch(r"\d{1,3}|\.", piece[-1].group()):  # a page number (or its trace) after it
            piece = piece[:-1]
        if not piece:
            continue
        if sum(1 for w in piece if not PARTY.fullmatch(w.group())) > MAX_WORDS:
            return []
        out.append((words[a].start(), number, run[piece[0].start():piece[-1].end()]))
    return out


def _name_part(prev: str, nxt: str) -> bool:
    """Whether a capitalised word after ``prev`` (and before ``nxt``) goes on a name: a capitalised word after a
    capitalised one is a name's part ("Region Gotland", "Anna Berg"), unless the one before is a long one-word title
    ("Företagsinkubator Motion om ...") or a compound ending in a lower-case part ("IT-stöd", "EU-medel": a noun)."""
    return prev[:1].isupper() and not (len(prev) >= 10 and prev[1:].islower() and nxt[:1].islower()) \
        and not COMPOUND.match(prev)


def _cut(lines: list[Line], headings: list[Heading], i: int, at: int,
         titles: list[tuple[int, str | None, str]]) -> tuple[list[Line], list[Heading]]:
    ln = lines[i]
    head = [Line(ln.text[:at].strip(), ln.start, ln.bullet)] if ln.text[:at].strip() else []
    pieces = [Line(title, ln.start + at + off) for off, _, title in titles]
    new = lines[:i] + head + pieces + lines[i + 1:]
    shift = len(pieces) + len(head) - 1
    later = [Heading(h.index + shift, h.number, h.title, h.style, h.score) for h in headings if h.index > i]
    again = {h.number for h in later if h.number}
    listed = [Heading(i + len(head) + k, number, title, "contents", 1.0)
              for k, (_, number, title) in enumerate(titles)
              if number not in again and not (number is None and any(_same_title(title, h.title) for h in later))]
    return new, listed + later


def _list_lines(lines: list[Line], headings: list[Heading]) -> tuple[list[Line], list[Heading]]:
    """A contents label on a line of its own, then one title per line ("Val av justerare 3", the page number
    after it): each title no heading gives becomes an item, numberless, where it is listed."""
    taken = {h.index for h in headings}
    for i, ln in enumerate(lines):
        if ln.text[:1] not in LABEL_FIRST and not (ln.text[:1].isdigit() and "(" in ln.text[:9]) or i in taken:
            continue
        bulleted = BULLET_LABEL_LINE.match(ln.text) is not None
        if not bulleted and not LABEL_LINE.match(cut_start(PAGE_MARK, ln.text)):
            continue
        if bulleted and (headings and headings[0].index < i  # a list inside an item is the item's own text
                         or not next((x.bullet for x in lines[i + 1:] if not x.blank), False)):
            continue
        listed: list[tuple[int, str]] = []
        for k in range(i + 1, len(lines)):
            t = cut_start(TRACE_PREFIX, lines[k].text)  # (". Budget": the number stripped to its dot)
            if lines[k].blank or k in taken and CASE_ENTRY.match(lines[k].text):
                continue  # ("26 Dnr 2017/12 Budget": an entry read as a heading already, its number kept)
            if t.startswith("Dnr") and not (t := cut_start(CASE_PREFIX, t)):
                break  # ("Dnr 201": the list cut inside its case number column)
            # a bulleted list ends where its bullets end ("Välkomna!", the signature under it are no titles)
            if listed and lines[listed[0][0]].bullet and not lines[k].bullet:
                break
            if k in taken or len(t) > MAX_TITLE or t.endswith((".", ":", ",")) or not re.match(r"[\"”“«A-ZÅÄÖ]", t) \
                    or label_of(t) or HEADER_VALUE.search(t) or _listed_again(t, listed) or CLOSING.match(t):
                break  # (a title listed before: the list has ended, its first section begins; "Välkomna!": the end)
            listed.append((k, re.sub(r"(?:\s*\.{2,}|\s+)\d{1,3}$", "", t).strip()))
        if len(listed) < MIN_TITLES:
            continue
        if not headings and (sections := _sections(lines, listed)):
            return lines, sections
        later = [h for h in headings if h.index > i]
        if _section_index(lines, listed, later):
            return lines, headings
        numbers = listed_serials([title for _, title in listed])  # "Taxor 2024-89": the year-serial after the title
        listed = [(k, numbers[n][0]) for n, (k, _) in enumerate(listed)] if numbers else listed
        new = [Heading(k, numbers[n][1] if numbers else None, title, "contents", 1.0) for n, (k, title) in enumerate(listed)
               if not NOT_ITEM.match(title) and not any(_same_title(title, h.title) for h in later)]
        return lines, sorted(headings + new, key=lambda h: h.index)
    return lines, headings


def _section_index(lines: list[Line], listed: list[tuple[int, str]], later: list[Heading]) -> bool:
    """A web page's index of the agenda's sections ("Innehåll" / "Inledning" / "Beslutsärenden" / "Motioner"):
    no listed title is a numbered item's below it, and two or more come again among those items as lines of
    their own (the section headings the items are grouped under)."""
    if not later or any(_same_title(title, h.title) for _, title in listed for h in later):
        return False
    keys = {_key(title) for _, title in listed}
    heads = {h.index for h in later}
    again = {_key(ln.text) for j, ln in enumerate(lines) if j > later[0].index and j not in heads
             and _key(ln.text) in keys}
    return len(again) >= 2


def _listed_again(text: str, listed: list[tuple[int, str]]) -> bool:
    return any(_key(text) == _key(title) for _, title in listed)


def _key(title: str) -> str:
    return " ".join(re.sub(r"(?:\s*\.{2,}|\s+)\d{1,3}$", "", title).casefold().split())


def _sections(lines: list[Line], listed: list[tuple[int, str]]) -> list[Heading]:
    """A contents list without numbers whose every title comes again, in order, after it as a line of its own with
    text under it (the sections the list names, their numbers lost too): the items, read at their sections.
    [] when any title does not come again so (the list alone names the items)."""
    out: list[Heading] = []
    k = listed[-1][0] + 1
    for _, title in listed:
        k = next((j for j in range(k, len(lines)) if _key(lines[j].text) == _key(title)
                  and (j + 1 < len(lines) and not lines[j + 1].blank or j + 2 < len(lines) and not lines[j + 2].blank)),
                 None)
        if k is None:
            return []
        out.append(Heading(k, None, title, "plain", 1.0))
        k += 1
    return out


def _same_title(a: str, b: str) -> bool:
    from difflib import SequenceMatcher

    a, b = a.casefold().strip(" .:"), b.casefold().strip(" .:")
    return bool(a and b) and (a.startswith(b) or b.startswith(a) or SequenceMatcher(None, a, b).ratio() >= 0.8)
