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
