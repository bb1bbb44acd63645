"""Which date of a plan of meetings is the next meeting.

Minutes list the meetings to come ("Kommande möten", "Kommande sammanträden", "Mötestider hösten:
5 september, 3 oktober", "Sammanträdestider 2024: ..."). The earliest date after this meeting is its
next only when the plan covers the time right after it: a body meets again within a season (the longest
gap in a Swedish meeting year is the summer break, about three months), so a plan whose first later
date lies further away ("Mötestider hösten" read in February) leaves out the meetings before it and
names none of them. A list line is read only when it is a date ("14 mars kl 13-15", "- Tisdag 4
april") or names a meeting ("Möte 14 mars", "Styrelsemöte 14 mars" when the board meets): a line
that opens with anything else is another event ("Konferens om ... 14 mars", "Seminarium").
"""

from __future__ import annotations

import re
from datetime import date

from ..swedish import dates
from ..swedish.datementions import WEEKDAY_WORD
from .features import keyword_fold
from .lines import Line
from .meetingkind import COMPOUND, body_kind

#: a plan's heading words (the plural of NEXT's wordings)
PLAN = re.compile(r"\bkommande\s+(?:möten|sammanträden|mötesdatum|sammanträdesdatum)\b", re.I)
MAX_GAP_DAYS = 100  #: a summer break and a little more: a later first date is outside the plan's season
MONTH_STEM = r"(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)"  #: a month's name or its abbreviation opens so
WEEKDAY = WEEKDAY_WORD  #: a weekday's name (without its definite "-en")
#: a list line that is a date: "14 mars", "2023-03-14", "14/3", "Tisdag 14 mars", "den 14 mars", "Mars: 14", also after
#: the season it lists ("Hösten: 8/10, 12/11", "Våren 2020: 15 januari")
DATE_LINE = re.compile(rf"^[\s\-•*–]*(?:(?:hösten|våren|ht|vt)(?:\s+\d{{4}})?\s*:\s*)?(?:den\s+)?"
                       rf"(?:\d|{WEEKDAY}(?:en)?\b|{MONTH_STEM}[a-zåäö]*\b)", re.I)
#: a list line that names a meeting in general words: "Möte 14 mars", "Sammanträde den 4 april"
MEETING_LINE = re.compile(r"^[\s\-•*–]*(?:ordinarie\s+|nästa\s+|extra\s+)?"
                          r"(?:möte|mötet|sammanträde|sammanträdet|träff|träffen)\b", re.I)


def is_plan(words: str) -> bool:
    """Whether the next-meeting words are a plan's heading ("Kommande möten"), not one meeting's."""
    return bool(PLAN.search(words))


def list_line(text: str, own: set[str]) -> bool:
    """Whether a line of a plan may give this body's meeting: a date, a meeting in general words, or a meeting
    of the record's own kind of body."""
    if DATE_LINE.match(text) or MEETING_LINE.match(text):
        return True
    m = COMPOUND.match(keyword_fold(text.lstrip(" -•*–")))
    return bool(m and body_kind(m.group(1)) in own) or _body_then_date(text, own)


#: a plan's line that names the body itself, then the date: "Styrelsen 10 juni", "Direktionen: 14/3"
BODY_THEN_DATE = re.compile(r"^[\s\-•*–]*(?P<word>[A-ZÅÄÖ][a-zåäö]+)\s*:?\s+(?:den\s+)?\d")


def _body_then_date(text: str, own: set[str]) -> bool:
    """Whether a plan's line opens with a word naming the record's own kind of body (its definite form: "Styrelsen",
    "Nämnden") straight before a date."""
    m = BODY_THEN_DATE.match(text)
    if not m:
        return False
    word = m.group("word").casefold()
    return any((kind := body_kind(bare)) and kind in own for bare in (word[:-1], word[:-2], word[:-3]) if bare)


def near(found: date, day: date | None) -> bool:
    """Whether a plan's first later date is close enough to this meeting (``day``) to be its next."""
    return day is None or (found - day).days <= MAX_GAP_DAYS


#: a plan of the body's own meetings as a heading alone on its line, its dates on the lines below: "Mötesplan",
#: "Mötestider hösten 2019", "Sammanträdesdagar våren:", "Nya mötesdatum", "Planerade möten", "Kommande träffar" (not
#: "Sammanträdesdatum" or "Mötesdatum" alone: the labels of the meeting's own date in a protocol's header)
PLAN_HEADING = re.compile(r"^[\s\-•*§\d.:)]*(?:mötesplan|sammanträdesplan|mötestider|sammanträdestider|"
                          r"sammanträdesdagar|mötesdagar|nya\s+mötestider|nya\s+sammanträdestider|nya\s+mötesdatum|"
                          r"nya\s+sammanträdesdatum|planerade\s+möten|kommande\s+träffar)(?:\s+(?:för\s+)?(?:hösten|våren|vt|ht)?\s*(?:\d{4})?)?"
                          r"\s*:?\s*$", re.I)
PLAN_LINES = 8  #: lines under a plan's heading read for its dates
#: ``PLAN_HEADING``'s heading words: a document whose folded text has none has no plan's heading
PLAN_HEADING_WORDS = ("mötesplan", "sammanträdesplan", "mötestider", "sammanträdestider", "sammanträdesdagar",
                      "mötesdagar", "mötesdatum", "sammanträdesdatum", "planerade", "träffar")


def _may_have_plan(lines: list[Line], joined: str | None = None) -> bool:
    """The cheap test before ``PLAN_HEADING`` on every line: a word of its headings in the document's folded text
    (the joined text is the one :func:`.nextmeeting.next_meeting` folded, whose fold is kept)."""
    low = keyword_fold("\n".join([ln.text for ln in lines]) if joined is None else joined)
    return any(w in low for w in PLAN_HEADING_WORDS)


def plan_below(lines: list[Line], day: date | None, years: list[int], own: set[str],
               joined: str | None = None) -> date | None:
    """The first date after this meeting (``day``) in a plan written under a heading of its own, the dates on the
    lines right below it ("Mötestider hösten" / "8 oktober" / "12 november"): the list is the lines from the one
    under the heading that are dates or meetings of this body (:func:`list_line`), and its first later date counts
    only within a season of the meeting (:func:`near`). In an undated document nothing is certain."""
    if day is None or not _may_have_plan(lines, joined):  # (``joined``: the lines' text joined by the caller)
        return None
    for i, ln in enumerate(lines):
        if ln.blank or len(ln.text) > 60 or not PLAN_HEADING.match(ln.text):
            continue
        listed = _listed([x for x in lines[i + 1:i + 1 + PLAN_LINES] if not x.blank], own)
        later = [d.date for text in listed for d in dates.find_dates(text, years=years, after=day)
                 if d.date and d.date > day]
        if later and near(min(later), day):
            return min(later)
    return None


def _listed(below: list[Line], own: set[str]) -> list[str]:
    """The texts of a plan's list under its heading: the lines from the first that are dates or meetings of this body
    (:func:`list_line`), after the sentence that introduces them ("Styrelsen beslutar att sammanträda följande
    datum:"); a sentence that runs on into its list after the colon ("Styrelsen beslutar att sammanträda följande
    dagar: 16 april, 10 juni") gives the list from there."""
    texts: list[str] = []
    first = below[0].text if below else ""
    colon = first.rfind(":")
    if below and _introduces_own(first, own):
        below = below[1:]
    elif colon > 0 and _introduces_own(first[:colon + 1], own) and list_line(first[colon + 1:], own):
        texts.append(first[colon + 1:])
        below = below[1:]
    for x in below:
        if not list_line(x.text, own):
            break
        texts.append(x.text)
    return texts


#: a body named by its kind alone, as a protocol names its own: "Styrelsen", "Nämnden", "Utskottet"
OWN_BODY_WORD = re.compile(r"(?:Styrelsen|Nämnden|Direktionen|Utskottet|Rådet|Förbundet|Gruppen|Beredningen|"
                           r"Presidiet|Föreningen)")


def _introduces_own(text: str, own: set[str]) -> bool:
    """Whether a line under a plan's heading is the sentence that introduces its list ("Styrelsen beslutar att
    sammanträda följande datum:"): it ends in a colon, is no list line, and names no body but by its kind alone,
    as a protocol names its own (a "Kommunfullmäktige sammanträder följande datum:" lists another body's meetings)."""
    if not text.rstrip().endswith(":") or list_line(text, own):
        return False
    meeting = COMPOUND.search(keyword_fold(text))  # "Årsstämman hålls:": another kind of meeting
    if meeting and (kind := body_kind(meeting.group(1))) and kind not in own:
        return False
    return not any(body_kind(re.sub(r"(?:en|et|na|n)$", "", w.casefold())) and not OWN_BODY_WORD.fullmatch(w)
                   for w in re.findall(r"[A-ZÅÄÖ][a-zåäö]{3,}", text))
