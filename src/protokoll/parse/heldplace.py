"""Where the meeting was held, as minutes write it in a sentence of their own: "Mötet hölls i Folkets hus,
Norrby.", "Sammanträdet ägde rum på Stadshuset." (issue 10).

Only a sentence whose subject is this meeting ("Mötet", "Sammanträdet", "Dagens möte", at a sentence's start: "Förra
mötet hölls i ..." is another meeting's) and whose verb is past ("hölls", "genomfördes", "ägde rum": "Nästa möte
hålls i ..." announces the next one) names the place, and only in the document's opening part. The place is a
name (a capital first): "hölls i god anda" names none, nor "hölls i Regionens regi" (an arranger, not a room).
Used only where no label or line gave a place.
"""

from __future__ import annotations

import re

from ..record import MeetingRecord
from ..swedish import dates
from .headerlabels import label_of

HEAD = 2500  #: the opening part of the document, where the meeting's own place is told
HELD = re.compile(r"(?:^|(?<=[.!?:]\s)|(?<=\n))[ \t]*(?:Mötet|Sammanträdet|Träffen|Dagens\s+möte|Dagens\s+sammanträde)"
                  r"\s+(?:hölls|genomfördes|ägde\s+rum)\s+(?:i|på)\s+(?P<p>[A-ZÅÄÖ][^.\n;:!?]{1,80}?)"
                  r"(?=\s*(?:[.;:!?\n]|$|,\s*(?:kl|klockan|den|där|med)\b))")
#: what makes the words after "hölls i" no place: an arranger ("i Regionens regi"), an occasion ("i samband med")
NOT_PLACE = re.compile(r"\b(?:regi|samband|anslutning|form|närvaro|mån|syfte)\b", re.I)


def held_place(rec: MeetingRecord, text: str, place) -> None:
    """Set ``rec.place`` from the opening part's sentence telling where the meeting was held (``place`` trims
    a value as a header's), when none was read."""
    if rec.place:
        return
    head = text[:HEAD]
    if "hölls" not in head and "genomfördes" not in head and "ägde rum" not in head:  # the cheap test
        return
    m = HELD.search(head)
    if m is None or NOT_PLACE.search(m["p"]):
        return
    rec.place = place(m["p"])


#: a header line that is only a place and the hours after it: "Folkets hus, sal 2, 09:00 – 14:55" (a date in the
#: place makes the line another label's value, such as the justering's)
PLACE_HOURS = re.compile(r"^[ \t]*(?P<p>[A-ZÅÄÖ][^\n:;]{2,70}?)\s*,\s*(?:kl\.?\s*|klockan\s+)?"
                         r"(?P<a>(?:2[0-3]|[01]?\d)[.:][0-5]\d)\s*[-–—]\s*(?P<b>(?:2[0-3]|[01]?\d)[.:][0-5]\d)[ \t]*$")
#: the label whose value such a line is, printed apart from it where a page's columns came apart
PLACE_TIME_LABEL = re.compile(r"^\s*(?:Plats och tid|Tid och plats)\s*:?\s*$", re.I | re.M)


def place_hours_line(rec: MeetingRecord, header_texts: list[str], place) -> None:
    """Place, start and end from a header line "<place>, <start> – <end>" standing apart from an empty "Plats och
    tid" label above it (labels in a row, then their values), when the header gave no hours and no place (or, as its
    place, a value that cannot be one: the body's name of the next column)."""
    from .confidence import _not_a_place  # (the judge of header values imports the readers)

    if rec.place and not _not_a_place(rec.place) or rec.start \
            or not any(PLACE_TIME_LABEL.match(t) for t in header_texts):
        return  # a place read (one that can be a place: not the body's name of the next column) or hours
    label = next(i for i, t in enumerate(header_texts) if PLACE_TIME_LABEL.match(t))
    for t in header_texts[label + 1:]:
        if (m := PLACE_HOURS.match(t)) and _hours(m["a"]) < _hours(m["b"]) and not dates.find_dates(m["p"]) \
                and label_of(t) is None and (where := place(m["p"])):  # a label's line is its value ("Justeringens ...")
            rec.place = where
            rec.start, rec.end = _hours(m["a"]), _hours(m["b"])
            return


def _hours(written: str) -> str:
    return f"{int(written[:-3]):02d}:{written[-2:]}"
