"""Why a header value read as a place or as a person cannot be trusted: the shapes a flattened page, a
page's running head or a template leave in a value, which no place and no person's name has.

Each function returns the reason (kept in the provenance as "uncertain: ...") or None when the value
may stand. They judge the value alone, whichever rule read it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..swedish import dates, gazetteer
from ..swedish.names import given_names
from .headerlabels import LABELS

#: a party after a name, "(S)", "(FP)", "(kd)": the value is a member of a roster
PARTY_AFTER = re.compile(r"\([A-ZÅÄÖa-zåäö]{1,3}\)\s*$")
#: a page number or "page of pages" at the end: "Spelförbundet (12)", "Förbundet 1(9)": a running head
PAGE_MARK = re.compile(r"(?:^|\s)\d{0,3}\s*\(\d{1,3}\)\s*$")
#: the whole value in brackets: a template's prompt ("(Skriv lokal)")
BRACKETED = re.compile(r"^\(.*\)$")
#: a label and its colon opening the value: labels set in a row, their values after them, so which value is
#: whose is not known ("Löpnummer: Stadshuset ...")
LABEL_OPENS = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+:")
#: an item's number and title: "59 Information", "§ 4 Val av justerare" (a labels' row whose values were lost)
ITEM_HEADING = re.compile(r"^(?:§\s*)?\d{1,3}\.?\s+[A-ZÅÄÖ][a-zåäö]")
#: a lower-case run then a capital inside a word: two values joined where the page lost a space
#: ("kaféetAnna"); short capitals inside ("FoU", "ABCs") are no join
JOINED = re.compile(r"[a-zåäö]{3}[A-ZÅÄÖ][a-zåäö]{2}")
#: an owner's genitive and a body noun ("Förbundets styrelse", "Förbundets direktion"): who met, read where
#: the place stands (a compound such as "Länsstyrelsen" is an authority's house and may be a place)
BODY_WORD = re.compile(r"[A-Za-zåäöÅÄÖ]{3,}s\s+(?:styrelse|styrelsen|nämnd|nämnden|utskott|utskottet|direktion|"
                       r"direktionen)(?![\wåäö])")

#: a weekday ("lördagen"), a day's number after "den" ("den 17"), or a purpose clause ("för att behandla"): the date
#: or the invitation's sentence run into the place ("Lördagen den 17 och på Hotell X", "Salen, för att behandla ...")
WHEN_OR_WHY = re.compile(r"(?i)\b(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?|den\s+\d{1,2}|för\s+att)\b")

#: (pattern, why a value it finds is no place), tried in order; a pattern anchored with ``^`` tests the value's start
PLACE_DOUBTS = (
    (BRACKETED, "a value in brackets is a template's prompt, not a place"),
    (PARTY_AFTER, "a name with a party after it is a member, not a place"),
    (PAGE_MARK, "a page number after the value: the page's running head, not a place"),
    (LABEL_OPENS, "a label opens the value: labels in a row, which value is the place is not known"),
    (ITEM_HEADING, "an item's number and title is not a place"),
    (JOINED, "two values joined without a space: where the place ends is not known"),
    (BODY_WORD, "a body's name inside the value: who met, not where"),
    (WHEN_OR_WHY, ("a weekday, a day's date or a clause ('för att ...') inside the value: the header's text run "
                   "together, where the place starts or ends is not known")),
)


def place_doubt(value: str) -> str | None:
    """Why ``value`` read as the place is no place (None when it may be one)."""
    return next((why for rx, why in PLACE_DOUBTS if rx.search(value)), None)


#: a word that is never a name's last: a preposition, a conjunction or the first word of a role ("Vice
#: ordförande", "Till sekreterare valdes"): the next part of the text glued to the name. Not
#: headings.PREPOSITIONS (the words a title goes on after): this list adds the openers of a role or a clause
#: ("vice", "som", "att", "vid") and keeps to the words seen glued after a chair's or secretary's name; widening
#: it to every preposition would doubt more names, a change to be measured, not a tidy-up
NOT_LAST = frozenset("till vice och samt som med för vid av att i på".split())
#: the stem of a word of the protocol's own apparatus, alone or in a compound ("Protokolljustering", "Justerare",
#: "Underskrifter", "Anslagsdatum", "Sammanträdesdag"): a signature block's next label read as a name; also the
#: agenda's own words ("Föredragningslista", "Dagordning", "Föregående protokoll", the last item "Övrigt"): the
#: list's title or an item's title run into the signature after it. No person's name contains one
APPARATUS = re.compile(r"protokoll|juster|underskrift|anslag|paragraf|sammanträd|utdragsbestyrk|"
                       r"föredragningslist|dagordning|föregående|^övrigt$", re.I)


def name_doubt(value: str) -> str | None:
    """Why ``value`` read as the chair or the secretary is no person's name (None when it may be one)."""
    words = value.split()
    if words and words[-1].casefold() in NOT_LAST:
        return f"'{words[-1]}' after the name is the next part of the text, not a name"
    if any(w.casefold() in LABELS and w not in given_names() for w in words):
        return "a header label is not a name"
    if any(APPARATUS.search(w) for w in words):
        return ("a word of the protocol's apparatus or the agenda's (protokoll, justering, dagordning, övrigt ...) "
                "is not a name")
    if len(words) >= 3 and words[0] in region_names() and words[0] not in given_names():
        return f"'{words[0]}' before the name is a region: the previous person's affiliation"
    return None


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    return frozenset(r.name for r in gazetteer.all_regions() if " " not in r.name)


#: a year written right after a day and month the date reader left it off: "28 maj -13", "21/8-13", "5 mars 2014"
YEAR_AFTER = re.compile(r"\s*(?:[-–/']\s*\d{2}(?!\d)|\d{4})")
#: a line this short is a title or a header line, where a date without its year is the meeting's own
SHORT_LINE = 12
#: "Protokoll nr 5/12", "Styrelseprotokoll Nr. 3/11": the meeting's number, not a day and month
NUMBER_BEFORE = re.compile(r"\bnr\.?\s*$", re.I)


def text_date_doubt(text: str, mention: dates.DateMention) -> str | None:
    """Why a date found by no label (``mention`` in ``text``) is not certainly the meeting's: a number after
    'Nr', or a day and month without year or weekday inside running text (its year taken from other years the
    text names, which no weekday confirms). None where it may stand: in the first line or a short line."""
    if NUMBER_BEFORE.search(text[max(0, mention.start - 8):mention.start]):
        return "a number after 'Nr' is the meeting's number, not a date"
    if mention.weekday is not None or any(m.year for m in dates.find_dates(mention.text)) \
            or YEAR_AFTER.match(text, mention.end):
        return None
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    line = text[start:end if end >= 0 else len(text)]
    if not text[:start].strip() or len(line.split()) <= SHORT_LINE:
        return None
    return "a day and month without year or weekday inside running text: the year is not certain"
