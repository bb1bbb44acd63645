"""A heading's title: cleaned of what runs on after it (attachments, time slots, Dnr, case numbers, a
kallelse's remarks, a contents list's page number, a run-on section heading in capitals) and joined with
its wrapped second line. The title's own end (a counted number, an opening time, capitals a word governs)
is ``titletail``'s.
"""

from __future__ import annotations

import re

from .casenumbers import strip_case_reference
from .features import keyword_fold
from .headings import PREPOSITIONS, signature_cut
from .lines import Line, join
from .pagefurniture import without_box_tail
from .titletail import counted_number, drop_opening_time, governed_capitals

#: (pattern, words it cannot match without, whether they are looked for in the folded title)
TITLE_NOISE = (
    (re.compile(r"\s*\((?:bil(?:aga)?\.?|bilagor)\s*(?:[\d\s,\-–]|och|(?-i:[A-H]))+\)", re.I), ("(",), False),
    (re.compile(r"\s*\(\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}\s*\)", re.I), ("(",), False),
    (re.compile(r"\s*\(\s*$"), ("(",), False),
    (re.compile(r"\s+(?:Dnr|DNR|Diarienr|Diarienummer)[.:]?\s*\S+.*$"), ("Dnr", "DNR", "Diarienr", "Diarienummer"), False),
    # case numbers, with the registry's code in capitals after the number ("2015/100 KS")
    (re.compile(r"\s+(?:(?:19|20)\d\d)?/\d{0,5}(?:\s*/\s*\d{0,5}|\s+\d{1,3}(?![\d/:]))*"
                r"(?:\s+[A-ZÅÄÖ]{2,5})?(?=\s|$)"), ("/",), False),
    # an agenda's section heading run on before the next item's number ("Val av justerare Informationsdel")
    (re.compile(r"(?<=\S)\s+(?:Informationsärenden|Informationsdel|Informationspunkter|Beslutsärenden|Beslutsdel|"
                r"Beslutspunkter|Diskussionsärenden|Diskussionspunkter)$"), ("ärenden", "del", "punkter"), False),
    (re.compile(r"\s+(?:ca\s+)?kl\.?$"), ("kl",), False),
    # a kallelse's "Anm." column run on, capitalised: the papers are sent out ("Verksamhetsrapport Utsändes")
    (re.compile(r"(?<=\S)\s+(?:Utsändes|Utsänds|Utskickas|Utskickat|Bifogas|Bifogad|Bifogat|Bifogade|Utdelas)\b.*$"),
     ("Uts", "Utsk", "Bifog", "Utdelas"), False),
    # a kallelse's "Anm." column run on, or a web agenda's note in parentheses: how the papers come, not the title
    (re.compile(r"\s+\(?(?:extra utskick|separat utskick|eftersänds|handl(?:ingar)?\.?\s+(?:delas ut\s+)?på bordet|"
                r"handlingar delas ut(?:\s+(?:under|vid|på)\s+(?:sammanträdet|mötet))?|delas ut (?:under|vid|på) "
                r"(?:sammanträdet|mötet)|skickas senare|kommer senare)\b.*$", re.I),
     ("utskick", "eftersänds", "handl", "delas ut", "senare"), True),
    (re.compile(r"\s*\t.*$"), ("\t",), False),
    # a web page's line break left as its tag: the heading's first line is the title ("Title<br>Remiss från ...")
    (re.compile(r"\s*<br\s*/?>.*$", re.I), ("<br", "<BR"), False),
    # a contents list's dot leader and page number: "Årsredovisning 2017... 4", "Information .... 3-5"
    (re.compile(r"\s*(?:\.{3,}|…+)\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?$"), ("...", "…"), False),
)


#: a registry's code and case number ending a flattened agenda's title, with the list's next section heading run
#: on after it ("Åtgärdsvalsstudie väg 12 RFUL 2031/46 Yttranden"): neither is the title's, and the number the
#: title then ends with ("väg 12") was no contents list's page, which ends a line
FILED_END = re.compile(r"\s+[A-ZÅÄÖ]{2,6}\s+(?:19|20)\d\d/\d{0,5}(?:\s+[A-ZÅÄÖ][a-zåäö]+)?$")
WRAP_MIN = 40  #: a title this long may have been wrapped onto the next line
LOWER_START = re.compile(r"[a-zåäö]")
CLAUSE_START = re.compile(r"(?:att|och|samt)\b")
#: a case number on a line of its own without its label, under a heading that only numbers the item ("§ 36" /
#: "2015/FF0073" / the title): "KS 2015/73", "SN-2015/3", "2015.123"; no title is written so
BARE_CASE_NUMBER = re.compile(r"^(?:[A-ZÅÄÖ]{1,6}(?::\s?|[\s.-])?)?\d{1,4}[/.-][A-ZÅÄÖ]{0,4}\d[\w./-]*$")  # "CFV: 49/2015"
LISTED_WRAP_MAX = 60  #: the longest second line of a listed entry's short title


def _listed_entry(body: list[Line]) -> bool:
    """Whether the heading is an entry of an ärendelista ("§ 94" / title / its second line / "2015/301"): the
    line after the title's second line is the case's bare number, so the entry has no text a line could begin."""
    return len(body) > 1 and len(body[0].text) <= LISTED_WRAP_MAX and "/" in body[1].text \
        and BARE_CASE_NUMBER.match(body[1].text.strip()) is not None


#: a kallelse's reference to the page of the papers, ending a line: "... för styrelsen sid 5", "... sid 6-8"
PAGE_REFERENCE = re.compile(r"\s+sid(?:an|\.)?\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?$")


def _paragraph_wrap(title: str, body: list[Line]) -> tuple[str, list[Line]] | None:
    """A title whose second line a copy made a paragraph of its own (a blank line between, as a page rendered
    one paragraph a line gives), known by its lower-case start and the page reference that ends the entry."""
    if len(body) < 2 or not body[0].blank or "sid" not in body[1].text or not LOWER_START.match(body[1].text):
        return None
    nxt = body[1].text.strip()
    cut = PAGE_REFERENCE.search(nxt)
    if cut is None or len(nxt) > 120 or CLAUSE_START.match(nxt) or title.endswith((".", ":")):
        return None
    return f"{title} {nxt[:cut.start()]}", body[2:]


def wrapped_title(title: str, body: list[Line]) -> tuple[str, list[Line]]:
    """A long heading wrapped onto the next line (a PDF's narrow column): that line, when it starts in
    lower case and is no "att"/"och"/"samt" clause, is the title's end; so is it after a title that ends
    in a preposition ("... plan för" / "transportinfrastruktur") or a conjunction ("... justerare samt" /
    "bestämmande av tid för justering."), however short and whether or not the entry ends with a period, and
    after a short title in an ärendelista whose entry closes with its case number (:func:`_listed_entry`)."""
    if (joined := _paragraph_wrap(title, body)) is not None:
        return joined
    words = title.split()
    open_end = bool(words) and words[-1] in OPEN_END_WORDS
    if not body or body[0].blank or body[0].bullet or title.endswith((".", ":")) or len(title) < WRAP_MIN \
            and not open_end and not _listed_entry(body):
        return title, body
    nxt = body[0].text
    if not (LOWER_START.match(nxt) or open_end and _named_rest(nxt)) or CLAUSE_START.match(nxt) or len(nxt) > 90 \
            or nxt.endswith(".") and words[-1] not in WRAP_CONJUNCTIONS:
        return title, body
    return f"{title} {nxt[:-1] if nxt.endswith('.') else nxt}", body[1:]


#: what follows the paragraph sign's number in a Finland-Swedish case system's item header ("§ 41, STST 2015-03-02
#: 16:00", "§ 7, KST 12.1.2016"): the body's short name and the meeting's date and hour, the title on the next line
RUNNING_REFERENCE = re.compile(r"[,.]?\s*[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,7}\s+(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})"
                               r"(?:\s+(?:kl\.?\s*)?\d{1,2}[:.]\d{2})?\s*")


def running_reference(title: str) -> bool:
    """Whether a heading's text after its number is only :data:`RUNNING_REFERENCE` (no title of its own)."""
    return title.rstrip()[-1:].isdigit() and RUNNING_REFERENCE.fullmatch(title) is not None  # it ends with a digit


def clean_title(title: str) -> str:
    """The heading without attachment references, time slots, Dnr, a run-on section heading
    ("... INDIVID OCH FAMILJ") and trailing punctuation."""
    title = strip_case_reference(title)
    if filed := "/" in title and FILED_END.search(title):
        title = title[:filed.start()]
    for rx, words, folded in TITLE_NOISE:
        within = keyword_fold(title) if folded else title
        for w in words:
            if w in within:
                title = rx.sub(_unless_years, title)
                break
    title = drop_opening_time(title)
    if title[-1:].isdigit() and title.isupper():  # "DELGIVNINGAR MYN 2013-04-04": the page's head, short name and date
        title = CAPS_RUNNING_HEAD.sub("", title)
    if (title[-1:].isdigit() or title.endswith("\n")) and not filed and not counted_number(title):  # cheap first
        # a contents list's page number, or a kallelse's page in the papers ("Årsredovisning 2030 sid 2-4")
        title = PAGE_AFTER_WORD.sub(r"\1", PAGE_REFERENCE.sub("", title) if " sid" in title else title)
    if "/" in title:  # "Till kassör valdes Per Ek. 2/2 13.": a page's mark and the next point's number after the
        title = SENTENCE_PAGE_TAIL.sub(".", title)  # sentence the point is written as
    if not title.isupper() and (title[-1:] in CAPS_LAST or title[-2:-1] in CAPS_LAST):  # ends in capitals
        cut = CAPS_TAIL.sub("", title)
        title = title if governed_capitals(cut, TITLE_END_WORDS) else cut
    title = without_box_tail(signature_cut(title))
    if title.endswith(PLACE_DATE_ENDS) and (m := CAPS_PLACE_DATE.search(title)) and title[:m.start()].isupper():
        title = title[:m.start()]  # "83 MÖTETS AVSLUTANDE Norrby den": the list's signature, its place and date
    return undoubled(" ".join(title.split()).strip(" :;,-–"))  # runs of whitespace as one space


def undoubled(title: str) -> str:
    """A title written twice ("Upprop Upprop", "Val av justerare Val av justerare"): a margin's keyword beside
    the heading it repeats, or a heading and its own repetition on a flattened page; once."""
    words = title.split(" ")
    half = len(words) // 2
    return " ".join(words[:half]) if half and len(words) % 2 == 0 and words[:half] == words[half:] else title


YEAR_SPAN = re.compile(r"\s*((?:19|20)\d\d)/((?:19|20)\d\d)\s*")


def _unless_years(m: re.Match) -> str:
    """Noise is dropped, but not two years in a row written as a school or season year ("läsåret 2002/2003",
    "nyårsfirandet 2009/2010"), which the case-number pattern would take for a year and a serial."""
    span = YEAR_SPAN.fullmatch(m.group(0))
    return m.group(0) if span and int(span.group(2)) == int(span.group(1)) + 1 else ""


#: a place and "den" with perhaps its date after a title in capitals: where a kallelse's list is signed
CAPS_PLACE_DATE = re.compile(r"(?<=[A-ZÅÄÖ,])\s+[A-ZÅÄÖ][a-zåäö]+\s+den(?:\s+\d{1,2}(?:\s+[a-zåäö]+)?(?:\s+\d{4})?)?$")
PLACE_DATE_ENDS = ("den", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9") + tuple(
    "januari februari mars april maj juni juli augusti september oktober november december".split())
SENTENCE_PAGE_TAIL = re.compile(r"(?<=[a-zåäö])\.\s+\d{1,3}\s*/\s*\d{1,3}(?:\s+\d{1,3}\.?)?\s*$")
CAPS_RUNNING_HEAD = re.compile(r"\s+[A-ZÅÄÖ]{2,5}\s+\d{4}-\d{2}-\d{2}$")  #: after a title in capitals
PAGE_AFTER_WORD = re.compile(r"(\s[a-zåäö]{3,})\s+\d{1,3}$")
CAPS_TAIL = re.compile(r"(?:\s+[A-ZÅÄÖ]{4,}(?:\s+(?:OCH|AV|FÖR|[A-ZÅÄÖ]{2,}))*)+$")
CAPS_LAST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ")  #: what ``CAPS_TAIL`` ends with (before a final line break)
WHITESPACE = re.compile(r"\s+")


def body_text(body: list[Line]) -> str:
    return join([ln for ln in body if not ln.blank])


WRAP_PREPOSITIONS = frozenset(PREPOSITIONS - {"och", "samt"})  #: a title ending in one goes on on the next line
#: a title cut after its conjunction ("Val av justerare samt" / "bestämmande av tid för justering.") goes on on the
#: next line too: no title ends with one (:data:`TITLE_END_WORDS`), and the line it goes on with may close the
#: entry with a period (after a preposition such a line ends a sentence: "... i fråga om" / "belopp.")
WRAP_CONJUNCTIONS = frozenset({"och", "samt", "eller", "som"})
#: the words a title is cut after at a column's edge and never ends with: a preposition, a conjunction, "som"
OPEN_END_WORDS = frozenset(WRAP_PREPOSITIONS | WRAP_CONJUNCTIONS)
#: a line of an item's own parts, which no title goes on with ("Föredragande Anna Berg", "Dnr 2024/12")
PART_LINE = re.compile(r"(?:Föredragande|Föredragare|Dnr|Diarienummer|Handläggare|Ansvarig|Bilag(?:a|or)|"
                       r"Beslutsunderlag|Handlingar|Förslag|Ärende|Tid|Kl)\b")
NAMED_REST_MAX = 60  #: the longest name a title cut after its preposition goes on with on the next line


def _named_rest(line: str) -> bool:
    """A title cut after its preposition or conjunction may go on with a name in capitals ("... vice ordförande i"
    / "Samverkansnämnden", "Information från" / "Länsstyrelsen"): a short line of no sentence and no label."""
    text = line.strip()
    return text[:1].isupper() and len(text) <= NAMED_REST_MAX and ":" not in text \
        and not SENTENCE_END.search(text) and not PART_LINE.match(text)
TITLE_END_WORDS = frozenset(PREPOSITIONS | {"en", "ett", "att", "som"})  #: words no title ends with


SENTENCE_END = re.compile(r"[.!?](?:\s|$)")  #: a sentence's end inside a line or at its end


def whole_title_line(text: str) -> bool:
    """The line under a heading that only numbers the item ("BMN § 52" / "Ansökan om bygglov ... på fastigheten
    Norrvik 3:14 inom ...") is the title as a whole where no sentence ends in it: a long title names places
    and people in capitals, which the run-on cut would take for a sentence's start."""
    return len(text) <= 200 and SENTENCE_END.search(text) is None
