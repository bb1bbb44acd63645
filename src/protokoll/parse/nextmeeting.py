"""The next meeting a record names: after "Nästa möte" (in its line or under it as a heading), else a
later meeting of the same body, else the other wordings of :mod:`.upcoming`.

Only the same body's meeting, once decided, is its next: a "nästa styrelsemöte" in a working group's notes
and the lines of a "Kommande möten" list that name another body's meeting (:mod:`.meetingkind`) are
skipped, and dates offered as alternatives ("14 eller 21 mars", "Förslag till nästa möte") give none."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from itertools import accumulate

from ..record import MeetingRecord, NextMeeting
from ..swedish import dates
from ..swedish.kept import compiled
from . import meetingkind, meetingplan, ownsitting, upcoming
from .features import keyword_fold, opener_search
from .lines import Line

#: (a wording's last word may run on into the date when a page lost the space: "Nästa möte18 april")
NEXT = re.compile(r"\b(?:nästa|nästkommande)\s+(?:[\wåäö]*\s*)?(?:möte|mötet|sammanträde|sammankomst|träff|träffen)"
                  r"(?![^\W\d_])|\b(?:nästa|nästkommande)\s+[\wåäö]*möte(?![^\W\d_])|\bnästa\s+gång\b|"
                  r"\b(?:nästa|nästkommande)\s+(?:mötes|sammanträdes)(?:datum|dag|tid|tillfälle)\b|"
                  r"\bkommande\s+(?:möten|möte|sammanträden|sammanträde|mötesdatum|sammanträdesdatum)\b|"
                  r"\b(?:nästa|nästkommande)\s+(?P<abbr>(?-i:[A-ZÅÄÖ]{2,6}))-(?:möte|mötet|sammanträde|träff|träffen)\b|"
                  # the body's letters alone, a date right after them: "nästa TU 21/9", "nästa AU den 3 maj"
                  r"\b(?:nästa|nästkommande)\s+(?P<letters>(?-i:[A-ZÅÄÖ]{2,5}))(?=\s+(?:den\s+)?\d{1,2}(?:/\d{1,2}\b|\s+"
                  r"(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)))|"
                  # the body's kind named in full, a date right after it: "nästa arbetsutskott den 5 maj", "Nästa nämnd 12/4"
                  r"\b(?:nästa|nästkommande)\s+(?P<bodyword>[a-zåäö]*(?:utskott|nämnd|styrelse|direktion|fullmäktige|"
                  r"beredning)(?:et|en|n)?)(?=\s*:?\s+(?:den\s+)?\d)",
                  re.I)


def may_name_next(text: str) -> bool:
    """The cheap test before ``NEXT``: each of its wordings has "nästa" or "kommande"."""
    low = keyword_fold(text)
    return "nästa" in low or "kommande" in low


#: the words each wording of ``NEXT`` opens with (after its ``\b``): no match starts before the first of them
NEXT_OPENERS = ("näst", "kommande")


def next_meeting(lines: list[Line], rec: MeetingRecord, day: date | None, years: list[int]) -> NextMeeting | None:
    joined = "\n".join([ln.text for ln in lines])
    low = keyword_fold(joined)  # one scan, from the first opening word: a line's match is the text's
    named = opener_search(NEXT, joined, low, NEXT_OPENERS) if may_name_next(joined) else None
    found = _search(lines, rec, day, years, named, joined)  # (a date read only from these words is null: assemble)
    if found is None:
        return None
    return NextMeeting(found.isoformat(), *upcoming.hours(lines, found, day, years))


def _search(lines: list[Line], rec: MeetingRecord, day: date | None, years: list[int],
            named: re.Match | None, joined: str | None = None) -> date | None:
    """The first later date after "Nästa möte" (on its line or, under it as a heading, on the lines below),
    else a later meeting of the same body, else the other wordings of :mod:`.upcoming`, else a plan's dates under a
    heading of its own (:func:`.meetingplan.plan_below`)."""
    own = _own(rec, lines)
    for i in range(_line_at(lines, named.start()) if named else len(lines), len(lines)):
        ln = lines[i]  # (lines ending before the first match in the joined text have none)
        if not may_name_next(ln.text):
            continue
        for hit in NEXT.finditer(ln.text):  # each mention: "ett kommande möte. Nästa möte: 13 mars" on one line
            if _others(ln.text, hit, rec, lines, own):
                continue
            if OCCASION.search(ln.text, max(0, hit.start() - 12), hit.start()) and COMING_ONE.match(hit.group(0)):
                continue  # "Beslut fattas vid kommande sammanträde den 3 maj": where a matter goes, not an announcement
            texts = [upcoming.window(ln.text, upcoming.heading_start(ln.text, hit))]
            plan = meetingplan.is_plan(hit.group(0))  # "Kommande möten": a plan, its lines and season checked
            if _next_heading(ln.text, hit):  # "Nästa möte" as a heading: the date on the lines under it, not on
                # a line naming another body's meeting ("Kommande möten / Medlemsmöte den 11 december", "Nästa möte
                # med Trafikverket är den 20 november")
                texts += [upcoming.window(x.text, 0) for x in _under(lines, i + 1)
                          if not meetingkind.names_other_body(x.text, own)
                          and not (may_name_next(x.text) and any(_others(x.text, h, rec, lines, own)
                                                                 for h in NEXT.finditer(x.text)))
                          and (not plan or meetingplan.list_line(x.text, own))][:2]
            if undecided(ln.text[max(0, hit.start() - 30):hit.start()], texts):  # "14 eller 21 mars"
                continue
            # in an undated document only a certain date (its year or a weekday that fits a year named):
            # "15 januari" may be of either year
            m = next((d for t in texts for d in upcoming.dates_in(t, years, day) if upcoming.later(d, t, day, years)),
                     None)
            if m and plan and not meetingplan.near(m.date, day):
                continue
            if m:
                return m.date
    return _elsewhere(lines, rec, day, years, own, joined)


def _others(text: str, hit: re.Match, rec: MeetingRecord, lines: list[Line], own: meetingkind.Later) -> bool:
    """Whether the next-meeting words ``hit`` of ``text`` name another body's meeting, or one held with others."""
    if (abbr := hit.group("abbr") or hit.group("letters")) and not abbreviation_own(abbr, rec, lines):
        return True  # "nästa KS-möte" in a working group's notes: whose meeting the letters name is unknown
    if (word := hit.group("bodyword")) and not _own_word(word, rec.body):
        return True  # "nästa kommunstyrelse den 3 maj" in a committee's notes: another body's meeting
    # "Kommunstyrelsens nästa möte är den 3 oktober" in a network's notes: the board's; "nästa styrelsemöte", "nästa
    # möte i kommunstyrelsen", "nästa möte med Trafikverket" in a working group's notes: another body's, or with others
    return meetingkind.owned_by_other(text[:hit.start()], rec.body, own) \
        or meetingkind.names_other_body(text[hit.start():], own) \
        or meetingkind.held_by_other(text[hit.end():hit.end() + 40], own, rec.body)


def _elsewhere(lines: list[Line], rec: MeetingRecord, day: date | None, years: list[int], own: meetingkind.Later,
               joined: str | None) -> date | None:
    """With no date after "Nästa möte": a later meeting of the same body, else the other wordings of :mod:`.upcoming`
    (an extra meeting, the body meeting on a date), else a plan's dates under a heading of its own."""
    joined = "\n".join([ln.text for ln in lines]) if joined is None else joined  # (the lines' text joined once)
    return _same_body_mention(lines, rec, day, years, joined) or upcoming.other_wording(lines, day, years, own,
                                                                                        joined) \
        or ownsitting.own_sitting(lines, rec.body, day, years, own, joined) \
        or meetingplan.plan_below(lines, day, years, own, joined)


#: "kommande möte/sammanträde" (one meeting, not a plan's "kommande möten"), and the preposition that makes it the
#: occasion a matter is put off to or decided at ("Ärendet bordläggs till kommande sammanträde den 3 maj", "beslut
#: fattas vid kommande möte"): a coming meeting of any kind, the record abstains (devset convention)
COMING_ONE = re.compile(r"kommande\s+(?:möte|sammanträde)\b", re.I)
OCCASION = re.compile(r"\b(?:vid|på|till|under|inför|i)\s+$", re.I)


def _line_at(lines: list[Line], at: int) -> int:
    """The index of the line of ``"\\n".join`` of the lines' texts that holds offset ``at`` (that ends at or after
    it), found by bisection of the lines' ends instead of a walk that sums each line's length."""
    return bisect_right(list(accumulate([len(ln.text) + 1 for ln in lines])), at)


_WEEKDAY = meetingplan.WEEKDAY
#: alternatives, not a decided date: "14 eller 21 mars", "tisdag eller onsdag", "förslag till datum"
ALTERNATIVES = re.compile(rf"(?:\d|\b{meetingplan.MONTH_STEM}[a-zåäö]*)\.?\s+eller\s+"
                          rf"(?:den\s+|på\s+)?(?:\d|{_WEEKDAY})|"
                          rf"\b{_WEEKDAY}(?:en)?\s+eller\s+{_WEEKDAY}|"
                          r"\bförslag(?:s?vis\b|\s+(?:till|på)\s+(?:nytt\s+)?(?:datum|tid|mötesdatum|dag)\b)", re.I)
#: "Förslag till nästa möte", "Förslag på datum för nästa möte": the proposal words lead into "nästa möte"
PROPOSED = re.compile(r"\bförslag\w*\s+(?:till|på|om)\s+(?:[\wåäö]+\s+){0,3}$", re.I)


def undecided(before: str, texts: list[str]) -> bool:
    """Whether the next meeting is proposed, not set: alternatives between dates, or the words "förslag till
    datum" before or after "Nästa möte" (the meeting will be set later; the record abstains)."""
    return bool(PROPOSED.search(before)) or any(ALTERNATIVES.search(t) for t in texts)


#: the heading of the next item ("§ 8 Rapport", "8. Rapport", "8) Rapport"): the next meeting's lines end there
ITEM_START = re.compile(r"^\s*(?:§\s*\d+|\d{1,2}[.)]\s+[A-ZÅÄÖ])")


UNDER = 5  #: lines under a "Nästa möte" heading read for its date
PAGE_HEAD = 10  #: lines of a page's head (and its counter) that may stand between the heading and its date


def _under(lines: list[Line], start: int) -> list[Line]:
    """The non-blank lines of the ``UNDER`` lines under a "Nästa möte" heading (from ``start``), up to the next item's
    heading; a page's head printed again between them (a heading at the foot of a page, its date on the next:
    the document's opening lines repeated, "Sida", "2 (3)") is passed over and does not count."""
    out: list[Line] = []
    head: set[str] | None = None  # the document's opening lines, read at the first line that may repeat one
    seen = 0
    for x in lines[start:start + UNDER + PAGE_HEAD]:
        if not x.blank and (PAGE_MARK.match(x.text) or x.text.strip() in (head := _opening(lines[:start - 1])
                                                                           if head is None else head)):
            continue
        if ITEM_START.match(x.text) or (seen := seen + 1) > UNDER:
            break
        if not x.blank:
            out.append(x)
    return out


#: a page's counter or its label alone on a line: "2 (3)", "Sida 2 av 3", "Sida"
PAGE_MARK = re.compile(r"^\s*(?:(?:sida\s*)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3})|sida)\s*$", re.I)


def _opening(lines: list[Line]) -> set[str]:
    """The texts of the first non-blank lines of ``lines`` (the lines before the heading: the first page's head)."""
    return {x.text.strip() for x in [x for x in lines if not x.blank][:PAGE_HEAD]}


#: how much of the document's opening names the group (its title lines; a flattened page's first characters)
TITLE_SPAN = 300


def abbreviation_own(abbr: str, rec: MeetingRecord, lines: list[Line]) -> bool:
    """Whether the letters of "nästa KDG-möte" are the record's own group: its body or organisation, or a title
    line, names it by those letters ("Minnesanteckningar KDG", "Kommundirektörsgruppen (KDG)"). Minutes call
    their own group by its letters; letters no title gives may be any body's ("nästa KS-möte" in a group's notes)."""
    title = "\n".join([x.text for x in lines if not x.blank][:5])[:TITLE_SPAN]
    word = re.compile(rf"(?<![\w-]){re.escape(abbr)}(?![\wåäöÅÄÖ])")
    if any(word.search(x or "") for x in (rec.body, rec.organization)) or abbr == initials(rec.body):
        return True
    return any(not re.search(r"(?:nästa|nästkommande)\s+$", title[:m.start()], re.I) for m in word.finditer(title))


def initials(name: str | None) -> str | None:
    """The first letters of a body's words, "Tekniska utskottet" -> "TU": the letters minutes call it by."""
    words = [w for w in re.findall(r"[\wåäöÅÄÖ]+", name or "") if w.casefold() not in ("och", "för", "i")]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else None


def _own_word(word: str, body: str | None) -> bool:
    """Whether a body's kind written after "nästa" ("arbetsutskott", "nämnden") is the kind the record's body is
    (:mod:`.meetingkind`, of its last word: "Kommunstyrelsens arbetsutskott" is an utskott, and "nästa
    kommunstyrelse" in its notes is the board's meeting); with no body, whose meeting it is cannot be told."""
    def kinds(w: str) -> set[str]:
        return {k for bare in (w, w[:-1], w[:-2]) if (k := meetingkind.body_kind(bare))}
    last = re.findall(r"[a-zåäöé]+", (body or "").casefold())[-1:]
    return bool(last) and bool(kinds(word.casefold()) & kinds(last[0]))


def _own(rec: MeetingRecord, lines: list[Line]) -> meetingkind.Later:
    """The kinds of body the record's body and title lines name (:mod:`.meetingkind`), read when first asked."""
    return meetingkind.Later(lambda: meetingkind.own_kinds(rec.body, "\n".join([x.text for x in lines
                                                                                if not x.blank][:5])))


#: the words a heading may open with before "nästa möte": "Tid för", "Datum för", "Tid och plats för", "Plats och tid för"
HEADING_LEAD = re.compile(r"\b(?:(?:tid|datum|plats)(?:\s+och\s+(?:tid|plats|datum))?\s+för)\s*")


def _next_heading(text: str, hit: re.Match) -> bool:
    """ "Nästa möte", "Tid för nästa sammanträde:", "§ 3 Nästa möte." alone on a line, or after an item number at
    the end of a line that runs the text before it together ("... 10 december 2019 4. Nästa möte"): a heading over
    its date (a line ending in a full stop after more words is a sentence: "Nästa möte hålls i Ekby.")."""
    prefix = re.sub(r"^[\s\-•*§\d.:)]*(?:(?:punkt|p\.)[\s\d.:)]*)?", "", text[:hit.start()], flags=re.I)  # "§ 3", "3."
    numbered = hit.group(0)[:1].isupper() and upcoming.HEADING_BEFORE.search(text[:hit.start()])  # "... 2019 4. Nästa möte"
    return (numbered or not HEADING_LEAD.sub("", prefix.casefold()).strip()) \
        and len(text) - hit.end() < 25 and (not text.rstrip().endswith(".") or text[hit.end():].strip() == "."
                                            and hit.group(0)[:1].isupper())


DATE_LIST_WORDS = ("sammanträdestider", "mötestider", "mötesdatum", "mötesdagar")  #: the pattern's second wording


def _same_body_mention(lines: list[Line], rec: MeetingRecord, day: date | None, years: list[int],
                       joined: str | None = None) -> date | None:
    """The earliest later date named with a meeting of the same body ("kommundirektörsmötet 27 maj")."""
    if not day:
        return None
    stem = member_stem(rec.body) or "\x00"
    joined = "\n".join([ln.text for ln in lines]) if joined is None else joined
    low = keyword_fold(joined)  # the words first: the stem, or a word for meeting dates; the pattern made after
    if stem not in low and not any(w in low for w in DATE_LIST_WORDS):
        return None
    rx = compiled(rf"\b{re.escape(stem)}[\wåäö]*(?:möte|mötet|gruppen|sammanträde)\b|"
                  r"\b(?:nya\s+)?(?:sammanträdestider|mötestider|mötesdatum|mötesdagar)\b", re.I)
    best: date | None = None
    named = opener_search(rx, joined, low, (stem, "nya") + DATE_LIST_WORDS)  # tried where its words are written
    if not named:
        return None
    for ln, m in upcoming.matches_from(lines, rx, named.start(), joined):
        window = ln.text[m.end(): m.end() + 30]
        listed = m.group(0).casefold().endswith(DATE_LIST_WORDS)  # "Mötestider hösten: ...": a plan
        for d in dates.find_dates(window, years=years, after=day):
            if d.date and d.date > day and d.start <= 12 and (best is None or d.date < best) \
                    and (not listed or meetingplan.near(d.date, day)):
                best = d.date
    return best


def member_stem(body: str | None) -> str | None:
    """"Kommundirektörsgruppen" -> "kommundirektör": the word its members and meetings share."""
    if not body:
        return None
    m = re.match(r"^([\wåäö]+?)s?(?:gruppen|gruppens|rådet|nätverket)$", body.casefold())
    return m.group(1) if m and len(m.group(1)) > 4 else None

