"""When a heading numbered without punctuation ("1 Title", "12 Title") is an item's heading.

A number, a space and a capitalised word also open sentences ("3 personer anmälde ...") and the rows of
lists and tables, so such a line counts as a heading only when it is short, or when something shows it
opens an item: the item's own parts under it ("Dnr", "Föredragande", "Förslag till beslut", "Nämndens
förslag till beslut"), its case number on its own line ("... Diarienummer 2023/BUN 0203"), or the nearest
line before or after written the same way and numbered one apart (an agenda of long titles).
"""

from __future__ import annotations

import re

from .lines import Line
from .partlabels import OWNER_AT_START

PLAIN_NUMBER = re.compile(r"^\d{1,3}\s+[\"”“«]?[A-ZÅÄÖÉ]")  #: "3 Title": a number without punctuation
ITEM_START = re.compile(r"^(Föredragande|Beslut|Förslag till beslut|Dnr|Diarienummer|Diarienr|Bilaga|"
                        r"Ärendebeskrivning|Beskrivning av ärendet|Sammanfattning)", re.I)


#: the title's case number on the heading's own line: "2 Anmälan om ... Diarienummer 2023/BUN 0203"
CASE_INLINE = re.compile(r"\s(?:Dnr|DNR|Diarienummer|Diarienr)[.:]?\s+\S")
#: the item's proposal opening the next line, its text run on: "Nämndens förslag till beslut - Informationen noteras"
BODY_PROPOSAL_START = re.compile(rf"^{OWNER_AT_START}\s+förslag\s+till\s+beslut\b")
#: "Socialnämndens förslag till beslut" / "Kommunstyrelsens beslut" alone on the line under a heading
BODY_PROPOSAL = re.compile(r"^[A-ZÅÄÖ][\wåäö\-]+s\s+(?:förslag\s+till\s+beslut|beslut)\s*:?$")


def plain_ok(lines: list[Line], i: int) -> bool:
    """"1 Title" without punctuation counts only as a short line, or a longer one (a long title)
    when what follows opens an item ("Dnr", "Föredragande", "Förslag till beslut"). A title ending in a full
    stop ("1 Information om ... ." in a web agenda) counts only with such an opener under it."""
    nxt = next((ln.text for ln in lines[i + 1:i + 3] if not ln.blank), "")
    if lines[i].text.endswith("."):
        return len(lines[i].text) < 160 and bool(ITEM_START.match(nxt) or BODY_PROPOSAL.match(nxt)
                                                 or _stopped_run(lines, i) >= STOPPED_RUN
                                                 or _proposal_run_on(lines[i].text))
    return len(lines[i].text) < 90 or len(lines[i].text) < 160 and bool(
        ITEM_START.match(nxt) or CASE_INLINE.search(lines[i].text) or BODY_PROPOSAL_START.match(nxt)
        or _numbered_neighbour(lines, i)) or len(lines[i].text) < LONG_TITLE and _own_paragraph(lines, i) \
        and _numbered_neighbour(lines, i) and bool(ITEM_START.match(nxt))


def _proposal_run_on(text: str) -> bool:
    """"2 Godkännande av dagordning godkänna den utsända dagordningen.": an agenda's heading with its proposal run
    on in the bare infinitive of a decision verb (the label or "att" lost, :mod:`.agendaproposal`); a sentence that
    opens with a number has a subject and a finite verb, not a title and an infinitive."""
    from .agendaproposal import heading_run_on

    title = text.split(None, 1)[1] if " " in text else ""
    return heading_run_on(title)[1] is not None


def _numbered_neighbour(lines: list[Line], i: int) -> bool:
    """The nearest text line before or after is a heading written the same way and numbered one apart ("2 Nr
    2001:25 av ... om ..." / "3 Nr 2001:30 ..."): an agenda of long titles, one per paragraph."""
    number = int(re.match(r"\d+", lines[i].text).group())
    before = next((ln.text for ln in reversed(lines[max(0, i - 3):i]) if not ln.blank), "")
    after = next((ln.text for ln in lines[i + 1:i + 4] if not ln.blank), "")
    if any(PLAIN_NUMBER.match(t) and t.split()[0] == str(n) for t, n in ((before, number - 1), (after, number + 1))):
        return True
    return _across_notes(lines, i, number)


NOTE_MAX = 60  #: a line this short between two agenda lines is a note or a section heading, not a paragraph
NOTES = 8  #: how many lines a search for the neighbour crosses


def _across_notes(lines: list[Line], i: int, number: int) -> bool:
    """The nearest agenda line before (numbered one less) or after (one more), with only short lines between:
    a web agenda sets a section heading ("Remissärenden") or the item's notes ("Remiss från ...", its case
    number, "Omedelbar justering") on short lines between its long numbered titles."""
    for step, want in ((-1, number - 1), (1, number + 1)):
        k = i + step
        while 0 <= k < len(lines) and abs(k - i) <= NOTES:
            text = lines[k].text
            if PLAIN_NUMBER.match(text):
                if text.split()[0] == str(want):
                    return True
                break
            if len(text) > NOTE_MAX:
                break
            k += step
    return False


LONG_TITLE = 250  #: an agenda line this long is a title only as a paragraph of its own, numbered among others,
                  #: with the item's own parts ("Dnr ...") under it
STOPPED_RUN = 3  #: so many agenda lines ending in a full stop, numbered one apart, make a web agenda


def _stopped_run(lines: list[Line], i: int) -> int:
    """How many lines "N Title." in a row, numbered one apart, ``i``'s is among, each a paragraph of its own
    (only a blank line or a short note or section heading between them): a web agenda that ends each title
    with a full stop ("5 Redovisning av synpunkter ... ." / "6 Inkomna medborgarförslag ... ."). Two such lines
    may be a heading and a proposal run on to it; a sentence of running text that opens with a number has
    no such run."""
    if not _own_paragraph(lines, i):
        return 0
    count = 1
    for step in (-1, 1):
        k = i
        while (k := _stopped_neighbour(lines, k, step)) is not None:
            count += 1
    return count


def _own_paragraph(lines: list[Line], i: int) -> bool:
    return (i == 0 or lines[i - 1].blank) and (i + 1 >= len(lines) or lines[i + 1].blank)


def _stopped_neighbour(lines: list[Line], i: int, step: int) -> int | None:
    """The agenda line numbered one on (``step`` 1) or one back (-1) from ``i``'s, written the same way,
    across blank lines and short notes; None if the next numbered line is another or a long line comes first."""
    want = str(int(re.match(r"\d+", lines[i].text).group()) + step)
    k = i + step
    while 0 <= k < len(lines) and abs(k - i) <= NOTES:
        text = lines[k].text
        if PLAIN_NUMBER.match(text):
            ok = text.split()[0] == want and text.endswith(".") and not text.endswith("..") and len(text) < 160
            return k if ok and _own_paragraph(lines, k) else None
        if len(text) > NOTE_MAX:
            return None
        k += step
    return None

