"""A meeting's opening points written without numbers before its numbered items: "Mötets öppnande" / "Val av
justerare" / "Godkännande av dagordning", then "4. Ekonomisk uppföljning". Minutes and agendas often leave the
formalities unnumbered (or lose their numbers in a table or a copy) and number on from them.

The evidence is the count: the first numbered heading is N, and exactly N - 1 lines before it are the titles of
formal opening points (the opening, the roll call, the choice of chair, secretary or adjusters, the approval of
the agenda, the previous minutes), each a line of its own. A single formality before item 3, or three before
item 2, is no such run: nothing is added. The points keep no number (none is printed).
"""

from __future__ import annotations

import re

from .headings import Heading
from .lines import Line

#: the title of a formal opening point, the whole line
OPENING = re.compile(
    r"(?:(?:mötets|mötet|sammanträdets|sammanträdet|styrelsemötets|årsmötets|stämmans)\s+(?:öppnande|öppnas|öppnades)"
    r"|öppnande|inledning|upprop|närvarokontroll|närvaro\s+och\s+upprop"
    r"|val\s+av\s+(?:en\s+|två\s+|2\s+)?(?:mötes)?(?:ordförande|sekreterare|justerare|protokolljusterare|justeringsm[aä]n|"
    r"justeringspersoner|justeringsperson|protokollsjusterare|mötesfunktionärer)"
    r"(?:\s+(?:och|samt)\s+[\wåäö ]{3,60})?"
    r"|(?:godkännande|fastställande|fastställelse)\s+av\s+(?:dagordning|dagordningen|föredragningslista|"
    r"föredragningslistan|ärendelista|ärendelistan|agenda|agendan)"
    r"|föregående\s+(?:mötes\s+)?(?:protokoll|minnesanteckningar|anteckningar|möte)"
    r"|(?:anmälan|fråga)\s+om\s+jäv|jäv|sammanträdets\s+laglighet(?:\s+och\s+beslutförhet)?"
    r"|mötets\s+(?:behöriga\s+)?utlysande|mötets\s+behörighet)", re.I)
#: the agenda itself as a point's bare title, "15 Dagordning och övriga frågor", "2 Föredragningslista": a formality
#: of a flattened protocol's paragraph pair (:func:`.inlinetokens.formal_pair`), not of an unnumbered opening run (a
#: document's own "Dagordning" heading stands alone on a line too)
AGENDA_POINT = re.compile(r"(?:dagordning|dagordningen|föredragningslista|föredragningslistan)\b", re.I)
MAX_OPENING = 6  #: more unnumbered formalities than this before the first number are no opening run
MAX_CHARS = 80


def opening_points(lines: list[Line], headings: list[Heading]) -> list[Heading]:
    """``headings`` with the unnumbered opening points before the first numbered one added, where their count
    fills the numbers before it."""
    first = next((h for h in headings if h.style != "contents"), None)
    if first is None or first is not headings[0] or not first.number or not first.number.isdigit() \
            or not 2 <= int(first.number) <= MAX_OPENING + 1:
        return headings
    found = [i for i in range(first.index) if _opening(lines, i)]
    if len(found) != int(first.number) - 1:
        return headings
    return [Heading(i, None, lines[i].text.strip().rstrip(":"), "plain", 1.0) for i in found] + headings


def _opening(lines: list[Line], i: int) -> bool:
    text = lines[i].text.strip().rstrip(":")
    return bool(text) and len(text) <= MAX_CHARS and text[:1].isupper() and OPENING.fullmatch(text) is not None
