"""Item headings of notes that neither number their points nor label their parts: a short title line,
then the point's text as sentences.

Network and working-group notes ("minnesanteckningar") often set each point as a short line standing
alone ("Inledning", "Aktuellt från kommunerna", "Nästa steg") with a paragraph of running text under
it, and nothing else marks the point. A text in which no other rule found a heading is read for them:
after the header (its last label), a line after a blank line (or a sentence's end), short (at most
:data:`MAX_WORDS` words), capitalised, without a sentence's end, a colon, a date or a time, that is no
label and no person's name, directly followed by a sentence (a line ending with a full stop, or a long
one). At least :data:`MIN_HEADINGS` must stand, so a lone subtitle makes no item list.
"""

from __future__ import annotations

import re

from .capsheadings import after_header
from .headings import Heading
from .lines import Line

MIN_HEADINGS = 3
MAX_WORDS = 8
MAX_CHARS = 70
#: labels of a header, signature block or an item's parts, and the document's own kind
NOT_TITLE = re.compile(
    r"^(?:Plats|Tid|Datum|Sammanträdesdatum|Beslutande|Närvarande|Deltagare|Ersättare|Övriga\s+(?:närvarande|deltagare)|"
    r"Frånvarande|Förhinder|Justera|Justering|Sekreterare|Ordförande|Vid\s+protokollet|Underskrift|Paragrafer|"
    r"Ledamöter|Protokoll|Minnesanteckningar|Anteckningar|Kallelse|Dagordning|Föredragningslista|Agenda|Beslut|"
    r"Förslag|Föredragande|Bilaga|Bilagor|Dnr|Sida|Utdragsbestyrkande|Anslag|Bevis|Sammanfattning|Bakgrund|"
    r"Ärendebeskrivning|Yrkande|Reservation|Med\s+vänlig|Hälsningar|Välkomna)\b", re.I)
NOT_IN_TITLE = re.compile(r"[.:;!?]$|ärenden$|ÄRENDEN$|\d{4}-\d{2}-\d{2}|\d{1,2}[.:]\d{2}|@|https?:|www\.")


def plain_headings(lines: list[Line], headings: list[Heading]) -> tuple[list[Line], list[Heading]]:
    """``headings`` when the rules before found any; else the plain title lines, when enough stand."""
    if headings:
        return lines, headings
    from .names import is_person

    start = after_header(lines)
    found = [Heading(i, None, lines[i].text.strip(), "plain", 1.0) for i in range(start, len(lines))
             if plain_title(lines, i) and not is_person(lines[i].text)]
    return lines, found if len(found) >= MIN_HEADINGS else []


def plain_title(lines: list[Line], i: int) -> bool:
    """A short title line standing alone, with the point's sentence (or a bulleted sentence) under it."""
    ln = lines[i]
    text = ln.text.strip()
    if ln.bullet and not _bulleted_title(lines, i):
        return False
    if ln.blank or len(text) > MAX_CHARS or len(text.split()) > MAX_WORDS or len(text) < 3 \
            or not re.match(r"[\"”“«A-ZÅÄÖÉ]", text) or NOT_IN_TITLE.search(text) or NOT_TITLE.match(text) \
            or ":" in text:
        return False
    before = lines[i - 1] if i else None
    if before is not None and not before.blank and not before.text.endswith((".", "!", "?")) \
            and not _after_block(lines, i):
        return False
    if i + 1 >= len(lines) or lines[i + 1].blank:
        return False
    nxt = lines[i + 1].text
    if lines[i + 1].bullet:  # the point's text as a bulleted list of sentences ("Omvärldsbevakning / • Inget nytt.")
        return _bullet_sentence(nxt)
    return (nxt.endswith(".") or len(nxt) >= 60) and bool(re.match(r"[\"”“«A-ZÅÄÖÉ]", nxt)) \
        and len(nxt.split()) >= 4


def _bullet_sentence(text: str) -> bool:
    """A bullet's text that is a sentence of a point: capitalised, three words or more ended by a full stop, or six
    words or more (a line wrapped mid-sentence); a bulleted name and role ("Anna Berg, ekonom") is none."""
    body = text.lstrip(" •*-–·").strip()
    words = len(body.split())
    return (words >= 6 or words >= 3 and body.endswith((".", "!", "?"))) and bool(re.match(r"[\"”“«A-ZÅÄÖÉ]", body))


#: the label of the participants' list a header ends with
PRESENT_LABEL = re.compile(r"^(?:Närvarande|Deltagare|Närvaro|Deltog)\b[^.]{0,30}:?\s*$|^(?:Närvarande|Deltagare):", re.I)


def _after_block(lines: list[Line], i: int) -> bool:
    """The line before ``i`` ends a block no sentence ends: the participants' list under its label ("Närvarande:"
    / "Eva, Per och Åsa" / "(sekreterare)"), or a bulleted point's wrapped text ("• Ingen ny information i ..." /
    "fetma i alla åldrar") when a bullet follows the title too."""
    k = i - 1
    while k >= 0 and i - k <= 6 and not lines[k].blank:
        if lines[k].bullet:
            return i + 1 < len(lines) and lines[i + 1].bullet
        if PRESENT_LABEL.match(lines[k].text.strip()):
            return k < i - 1
        k -= 1
    return False


def _bulleted_title(lines: list[Line], i: int) -> bool:
    """A web page's point set as a list entry ("- Mötets öppnande") with its text as a paragraph under it: the
    entry is a title when the line under it is no entry of the list."""
    return i + 1 < len(lines) and not lines[i + 1].blank and not lines[i + 1].bullet
