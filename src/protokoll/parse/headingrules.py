"""One line as an item heading: the numbered-heading patterns (``HEADING_PATTERNS``; ``headinggate``'s
NEEDS lists each one's source), a bare number with its title on the next line, and what keeps a line from
being a heading (a time or date, a page's running head, an entry of a decision's numbered list), with the
score that ranks candidates. Choosing among the candidates is ``items``'s. A form's fill-in or signature line run
on after a title ("§ 16 Anmälningsärenden ... 18 ______") is no part of it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .agendaproposal import heading_run_on
from .colonlists import in_colon_list
from .headinggate import patterns_for
from .headings import Heading
from .inlinetokens import DECIDING_COLON, page_ahead, page_repeat
from .lines import Line
from .plainnumbered import ITEM_START, PLAIN_NUMBER, plain_ok
from .timetable import BREAK, SLOT_TIME
from .titles import TITLE_END_WORDS

#: a numbered heading whose title is written in capitals ("17 UPPROP", "18 VAL AV JUSTERARE"), alone on its line or
#: with the item's text after it in sentence case (a copy that joined the heading's line and the text under it)
CAPS_TITLE = (r"^(\d{1,3})\s+((?:[A-ZÅÄÖ]{2}[A-ZÅÄÖ\-]*)(?:\s+(?:[A-ZÅÄÖ]{2}[A-ZÅÄÖ\-]*|I|Å|Ö))*"
              r"(?:\s+[A-ZÅÄÖ][\wåäö\-]*(?:\s+\S+){0,3}?\s+[a-zåäö]{2}\S*.*)?)$")
CAPS_PART = re.compile(r"[A-ZÅÄÖ\-]+(?:\s+[A-ZÅÄÖ\-]+)*(?=\s+[A-ZÅÄÖ][a-zåäö]|$)")
#: a page's running head or a document's label in capitals, no item's title: the kind of document, a body's name
#: (a word ending in a body's noun: "KOMMUNSTYRELSEN", "NORRBY KOMMUN"), a part of the document
NOT_CAPS_TITLE = re.compile(r"\b(?:SAMMANTRÄDESPROTOKOLL|PROTOKOLL|KALLELSE|FÖREDRAGNINGSLISTA|DAGORDNING|AGENDA|BILAGA|"
                            r"MINNESANTECKNINGAR|ANTECKNINGAR|PROTOKOLLSUTDRAG|NÄRVAROLISTA|INNEHÅLLSFÖRTECKNING|"
                            r"ÄRENDELISTA|JUSTERING|ANSLAG|UNDERSKRIFTER|BESLUTANDE)\b|(?:NÄMND|NÄMNDEN|STYRELSE|"
                            r"STYRELSEN|KOMMUN|FULLMÄKTIGE|RÅDET|UTSKOTTET|FÖRBUNDET|REGIONEN|LANDSTINGET|DIREKTIONEN)\b")
HEADING_PATTERNS = (
    ("para", re.compile(r"^(?:[A-ZÅÄÖ]{1,6}(?:\s?[A-ZÅÄÖ]{1,4})?\s*)?§\s*(\d{1,4})(?:(?<!\d{4})/(?:\d{2}|(?:19|20)\d{2})(?=\s|$))?"
                        r"(?![\d/])\s*[.:)]?\s*(.*)$")),  # "§ 63/20": the paragraph numbered with its year; "§ 10) Title"
    # OCR reads a "1" as "l" or "I" and spaces the digits: "§ l 10" is § 110, "§ l l l" § 111
    ("para", re.compile(r"^§\s*((?=[\dlI|\s]*\d|(?:[lI|]\s?){2})(?:[\dlI|]\s?){1,3}[\dlI|])\s+(?=[A-ZÅÄÖ][a-zåäö])(.*)$")),
    ("para", re.compile(r"^(\d{1,4})\s*§\s*[.:]?\s*(.*)$")),
    # a body's short name written in mixed case before the sign: "Ks § 45", "Bun § 3", "Ksau § 12" (not "Se § 4")
    ("para", re.compile(r"^(?!(?:Se|Av|Om|Och|Till|Från|Med|Enl|Jfr|Vid|Per|Den|Samt)\b)[A-ZÅÄÖ][a-zåäö]{1,3}\s+§\s*(\d{1,4})"
                        r"(?![\d/])\s*[.:]?\s*(.*)$")),
    ("punkt", re.compile(r"^(?:Punkt|Ärende|Paragraf|Pkt\.?|p\.)(?:\s+nr\.?)?\s*(\d{1,3})(?!\d|\s*[-–]\s*\d)\s*[.:)]?\s*(.*)$", re.I)),
    # "TN 2 09/TN 0044 Title": a case number written year/short name number between the number and the title
    ("prefix", re.compile(r"^(?:[A-ZÅÄÖ]{2,5})\s+(\d{1,4})\s+(?:\d{2,4}/[A-ZÅÄÖ]{1,5}\s?\d{1,5}\s+(?=[A-ZÅÄÖ]))?((?:Dnr\b.*|[A-ZÅÄÖÉ\"”].*))$")),
    # the short name in mixed case ("Kfn 59 Dnr ...", "Sn 12 Dnr ...", "Sn 13 Title"): a capitalised short word and
    # a number open many other lines ("Sid 3", "Kap 2", "Nr 5": left out), so a lone one counts only with the case
    # number's label or an item's parts under it, and a "Sn 13 Title" only in a chain of two (items.find_headings)
    ("prefix", re.compile(r"^(?!(?:Se|Av|Om|Och|Till|Från|Med|Enl|Jfr|Vid|Per|Den|Samt|Sid|Sida|Nr|Kap|Bil|Kl|Tel|Del|Rum|"
                          r"Avd|Tid|Dag|Ny|Nya|Vecka|Blad)\b)[A-ZÅÄÖ][a-zåäö]{1,3}\s+(\d{1,4})\s+(?:[A-ZÅÄÖ][a-zåäö]{1,3}\s+\d{1,4}\s+(?=Dnr\b))?(Dnr\b.*|[A-ZÅÄÖ][a-zåäö].*)$")),
    ("num", re.compile(r"^(\d{1,3})\s?[.):]\s*([\"”“«'A-ZÅÄÖÉ§].*)$")),
    ("num", re.compile(r"^(\d{1,3})\s+(?:[A-ZÅÄÖ]\s+)?([\"”“«]?[A-ZÅÄÖÉ][a-zåäöé].*)$")),  # "6 A Title": a letter column
    ("num", re.compile(r"^(\d{1,3})\s+[-–]\s+([\"”“«A-ZÅÄÖÉ][a-zåäöé].*)$")),  # "4 – Title"
    # a case's status in capitals before its title: "3 BORDLAGT ÄRENDE. Kvalitetsgarantier ...", "7 EXTRA ÄRENDE ..."
    ("num", re.compile(r"^(\d{1,3})\s+((?:BORDLAGT|BORDLAGDA|ÅTERREMITTERAT|ÅTERREMITTERADE|EXTRA|BRÅDSKANDE)\s+"
                       r"ÄRENDEN?\b.*)$")),
    # a title in capitals, the item's text run on after it in sentence case: "17 UPPROP Ordföranden öppnar mötet."
    ("num", re.compile(CAPS_TITLE)),
)


#: a page's running head after its page number ("1 Riksarkivets nämnd PROTOKOLL", "3 KOMMUNSTYRELSEN KALLELSE"):
#: the document's kind in capitals, which no item's title writes
#: (the body's name, at most four words ending in a body's noun, opening the title: "Övriga frågor KOMMUNENS RÅD
#: KALLELSE", an item's title with the next page's head run on to it, is still the item's)
DOCUMENT_HEAD = re.compile(r"^(?:[\wåäöÅÄÖ\-]+\s+){0,3}[\wåäöÅÄÖ\-]*(?i:nämnd|nämnden|styrelse|styrelsen|kommun|"
                           r"förbund|förbundet|fullmäktige|råd|rådet|region|regionen|landsting|landstinget|utskott|"
                           r"utskottet|direktion|direktionen)\s+(?:SAMMANTRÄDESPROTOKOLL|PROTOKOLL|KALLELSE|"
                           r"FÖREDRAGNINGSLISTA|DAGORDNING|MINNESANTECKNINGAR|PROTOKOLLSUTDRAG)\b")
DOCUMENT_WORDS = ("PROTOKOLL", "KALLELSE", "FÖREDRAGNINGSLISTA", "DAGORDNING", "ANTECKNINGAR")


#: the same head with the kind first and the body's name in capitals after it ("1 Sammanträdesprotokoll
#: FRITIDSNÄMNDEN Plats och tid ..."): an item about minutes names them in lower case ("Protokoll från ...")
KIND_FIRST_HEAD = re.compile(r"^(?:SAMMANTRÄDESPROTOKOLL|Sammanträdesprotokoll|PROTOKOLL|Protokoll|KALLELSE|Kallelse)\s+"
                             r"[A-ZÅÄÖ][A-ZÅÄÖ\-]{3,}(?![\wåäö])")


def _document_head(title: str) -> bool:
    return any(map(title.__contains__, DOCUMENT_WORDS)) and DOCUMENT_HEAD.match(title) is not None \
        or KIND_FIRST_HEAD.match(title) is not None


@lru_cache(maxsize=512)
def _patterns(first: str, para: bool) -> tuple[tuple[str, re.Pattern], ...]:
    """:func:`.headinggate.patterns_for` of ``HEADING_PATTERNS``, kept by the line's first character and its "§"
    alone: a key holding the patterns themselves hashed all eleven compiled patterns on each line (issue 12)."""
    return patterns_for(HEADING_PATTERNS, first, para)


#: the rest of a heading numbering a range of paragraphs ("§ 244-272 Sekretessärenden"): the range's last number and
#: the title the paragraphs share
PARA_RANGE = re.compile(r"^[-–]\s?(\d{1,4})\s+([A-ZÅÄÖ][a-zåäö].*)$")
#: a preparing committee's paragraph label after the body's own ("Sn 50 Au 84", the title on the next line)
PREPARED_LABEL = re.compile(r"[A-ZÅÄÖ][a-zåäö]{1,3}\s+\d{1,4}")
BARE_NUMBER = re.compile(r"^(\d{1,3})[.)]?$")
#: a web page's ordered list copied as text: the list's own counter, then the number the agenda prints
#: ("1. 6.", the title on the next line); the printed number is the item's
COUNTED_NUMBER = re.compile(r"^\d{1,3}\.\s+(\d{1,3})\.?$")
OCR_ONE = re.compile(r"[lI|]")  #: OCR's readings of a "1"
SPACE = re.compile(r"\s")


#: a programme's numbered point with its time before the title: "1. 09.00 Välkommen", "2. kl. 09.15–10.00 Budget"
#: (the title without the time, as an unnumbered programme's row is read)
TIMED = re.compile(rf"^(\d{{1,2}})[.)]\s+(?:(?i:kl)\.?\s*)?{SLOT_TIME}\s+([A-ZÅÄÖÉ][a-zåäöé].*)$")
#: the time first, then the point's number: "09.10–09.40   2. Samverkan vid utskrivning" (a programme's time column)
TIME_FIRST = re.compile(rf"^(?:(?i:kl)\.?\s*)?{SLOT_TIME}\s+(\d{{1,2}})[.)]\s+([A-ZÅÄÖÉ][a-zåäöé].*)$")
#: what a line that TIME_FIRST reads may open with besides a digit: "kl" in any case (the Kelvin sign folds to "k")
TIME_OPENERS = ("k", "K", "\u212a")


def _candidate(lines: list[Line], i: int) -> Heading | None:
    ln = lines[i]  # the caller tests first that it has a digit or a "§": every heading pattern needs one
    bare = BARE_NUMBER.match(ln.text)
    if bare and (ln.bullet or not ln.text[-1].isdigit()) and _title_below(lines, i, 140 if ln.bullet else 70):
        return Heading(i, bare.group(1).lstrip("0") or "0", "", "num", _heading_score(lines, i, "") - 0.3)
    numeric = ln.text[:1].isdigit() or ln.text[:1] in TIME_OPENERS  # TIMED, TIME_FIRST, COUNTED_NUMBER need it
    if numeric and (counted := COUNTED_NUMBER.match(ln.text)) and _title_below(lines, i, 200):
        return Heading(i, counted.group(1).lstrip("0") or "0", "", "num", _heading_score(lines, i, ""))
    if (lone := LONE_LABEL.match(ln.text)) and (_dnr_title_below(lines, i) or _title_below(lines, i, 140)):
        # "Ks 1" / "Dnr 2012-12 Title ...", or "Bun 26" / "Title": a prefix chain of two or more (items.find_headings)
        return Heading(i, lone.group(1).lstrip("0") or "0", "", "prefix", _heading_score(lines, i, ""))
    if numeric and (timed := TIMED.match(ln.text) or TIME_FIRST.match(ln.text)) and not (BREAK.match(timed[2]) or _in_decision_list(lines, i)
                                                 or in_colon_list(lines, i)):  # a break ("Paus") is no item
        return Heading(i, timed.group(1).lstrip("0") or "0", timed.group(2), "num", _heading_score(lines, i, timed[2]))
    for style, rx in _patterns(ln.text[:1], "§" in ln.text):
        m = rx.match(ln.text)
        if not m:
            continue
        number, title = OCR_ONE.sub("1", SPACE.sub("", m.group(1))).lstrip("0") or "0", m.group(2).strip().rstrip("_ ")
        if style == "num" and rx.pattern.startswith("^(\\d{1,3})\\s+") and title.endswith(".") \
                and not title.endswith("..") and heading_run_on(title)[1] is None:  # (a run-on proposal keeps it)
            title = title[:-1]  # "1 Information om ... ." (an agenda line with its full stop, :func:`.plainnumbered.plain_ok`)
        title = "" if style == "prefix" and PREPARED_LABEL.fullmatch(title) else title  # "Sn 50 Au 84": a committee's §
        if style == "para" and re.fullmatch(r"\d{1,2}", title):  # "§ 2 1": a PDF's letter spacing split "§ 21"
            number, title = number + title, ""
        if style == "num" and rx.pattern.startswith("^(\\d{1,3})\\s+") and rx.pattern != CAPS_TITLE and not plain_ok(lines, i):
            continue  # (a title in capitals shows where it ends: the text after it may run on)
        if _is_time_or_date(ln.text) or style == "num" and (page_ahead(title, 0) or page_repeat(ln.text)
                                                             or _document_head(title)):
            return None  # a time, a date; "2 Sammanträdesprotokoll Sida 2 (24)": a page's index and running head
        title = _caps_title(lines, i, title) if rx.pattern == CAPS_TITLE else title  # "": a page's head in capitals
        if not title and style == "num":
            return None
        if style == "num" and (_in_decision_list(lines, i) or in_colon_list(lines, i)):
            return None
        last = None
        if style == "para" and (rng := PARA_RANGE.match(title)) and 0 < int(rng.group(1)) - int(number) <= 200:
            last, title = int(rng.group(1)), rng.group(2)  # "§ 244-272 Sekretessärenden": one heading for them all
        return Heading(i, number, title, style, _heading_score(lines, i, title), last)
    return None


#: a body's short name and the paragraph's number alone on a line ("Ks 1", "KS 12", "Sn 4"), its case number and
#: title on the next ("Dnr 2012-34 Title ..."): a flattened page's heading that a repair broke after the label
LONE_LABEL = re.compile(r"^(?!(?:Se|Av|Om|Och|Till|Från|Med|Enl|Jfr|Vid|Per|Den|Samt|Sid|Sida|Nr|Kap|Bil|Kl|Tel|Del|"
                        r"Rum|Avd|Tid|Dag|Ny|Nya|Vecka|Blad)$)[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,3}\s+(\d{1,4})$")
#: the next line: the case number's label, the registry's code perhaps, the number (a digit in it), then a
#: capitalised title word ("Dnr 2012-KS Namninsamling ...", "Dnr KFN 2015/0047 Kulturella ...")
DNR_TITLE = re.compile(r"^Dnr[.:]?\s*(?:[A-ZÅÄÖ]{1,6}[\s.-]?(?=\d))?\S*\d\S*\s+(?:[A-ZÅÄÖ]{1,6}\s+)?[A-ZÅÄÖ][a-zåäö]")


def _caps_title(lines: list[Line], i: int, title: str) -> str:
    """The capitals of a :data:`CAPS_TITLE` heading's title (the text run on after them is the item's; "19 VAL AV" /
    "JUSTERARE Anna ...": its last words wrapped onto the next line), or "" for a page's head in capitals."""
    caps = CAPS_PART.match(title)
    if caps is None or NOT_CAPS_TITLE.search(caps[0]) or sum(map(str.isalpha, caps[0])) < 5:
        return ""
    return _caps_wrapped(lines, i, caps[0]) if caps[0] == title else caps[0]


def _caps_wrapped(lines: list[Line], i: int, title: str) -> str:
    """A title in capitals alone on its line, with the words the line could not hold opening the next one."""
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    more = CAPS_PART.match(nxt) if nxt[:1].isupper() and nxt[1:2].isupper() else None
    return f"{title} {more[0]}" if more and len(more[0]) >= 3 and not NOT_CAPS_TITLE.search(more[0]) else title


def _dnr_title_below(lines: list[Line], i: int) -> bool:
    nxt = next((ln for ln in lines[i + 1:i + 3] if not ln.blank), None)
    return nxt is not None and DNR_TITLE.match(nxt.text) is not None


def _title_below(lines: list[Line], i: int, longest: int = 70) -> bool:
    """The next line is a heading's title: a web page or PDF that sets the item number ("• 1", "2.") on a
    line of its own, the title under it. A bulleted number ("• 5.") is a web list's entry, whose title may be
    up to ``longest`` long (a motion's or remiss's full name)."""
    nxt = next((ln for ln in lines[i + 1:i + 3] if not ln.blank), None)
    return nxt is not None and not nxt.bullet and bool(re.match(r"[\"”“«A-ZÅÄÖÉ][a-zåäöé]", nxt.text)) \
        and len(nxt.text) <= longest and not nxt.text.endswith((".", ",", ":")) and not BARE_NUMBER.match(nxt.text) \
        and nxt.text.split()[-1].casefold() not in TITLE_END_WORDS


LIST_LABEL = re.compile(r"\b(?:förslag till beslut|beslutsförslag|beslut|beslutar|beslutade|föreslår|föreslås|"
                        r"ärendebeskrivning|beskrivning av ärendet|"  # a case description's own points
                        r"att)\s*:?$", re.I)
LIST_ENTRY = re.compile(r"^\d{1,2}\s?[.)]\s")


def _in_decision_list(lines: list[Line], i: int) -> bool:
    """A numbered line in a list that a decision or proposal label opens ("Förslag till beslut" /
    "1. ..." / "2. ...", or a deciding sentence that ends with a colon: "Fullmäktige beslutar att ... ska
    följande gälla:"): the parts of one decision, not items. Looks back at most 12 lines. A heading
    written unlike the list's entries ("3 Title" after a blank line, under "1. ..." / "2. ...") is no entry."""
    unlike = bool(i and lines[i - 1].blank and PLAIN_NUMBER.match(lines[i].text))
    # a short title after a blank line, under entries written as sentences ("1. Nämnden fastställer ... ."):
    # the next item ("3. Internkontroll"), numbered on as the list happened to be
    titled = bool(i and lines[i - 1].blank and len(lines[i].text) <= 80
                  and not lines[i].text.rstrip().endswith((".", ",", ";", ":")))
    entries = sentences = 0
    first = lines[i].text  # the entry right under the label: a list a label opens counts from 1
    for k in range(i - 1, max(-1, i - 13), -1):
        text = lines[k].text
        if not text:
            continue
        if len(text) < 80 and _may_label(text) and LIST_LABEL.search(text) \
                or text.rstrip().endswith(":") and DECIDING_COLON.search(text[-200:]):  # its colon at the end
            return FIRST_ENTRY.match(first) is not None and not (unlike and entries or titled and entries
                                                                   and sentences == entries)
        if not LIST_ENTRY.match(text):
            return False
        entries += 1
        sentences += text.rstrip().endswith(".")
        first = text
    return False


#: the first entry of a list: "1. ...", "1) ..." (an agenda's next item "2. Budget" under a blank "Beslut:" label
#: left for the meeting to fill in is no entry of it)
FIRST_ENTRY = re.compile(r"^\s*1\s?[.)]\s")


#: the last letters of ``LIST_LABEL``'s words, either case ("ſ" is an "s" to a case-insensitive pattern)
LIST_LABEL_ENDS = frozenset("tgresTGRESſ")


def _may_label(text: str) -> bool:
    """The cheap test before ``LIST_LABEL`` (a search from every position): the text ends, but for a colon
    and spaces, with a letter one of its words ends with."""
    text = text[:-1] if text.endswith("\n") else text
    text = (text[:-1] if text.endswith(":") else text).rstrip()
    return text[-1:] in LIST_LABEL_ENDS  # ("" is not in it)


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
