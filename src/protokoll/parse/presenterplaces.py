"""Presenters read in the text of an item that restates other items' headings.

A protocol whose first pages hold a contents list ("1 Beslutad ärendelista", "2 Information från X ...4", ...)
and whose paragraph pages lost their line breaks gives the parser the list's headings as its items; the
paragraph pages that follow then run on inside the last listed item, each page restating its paragraph's number
and title ("Dnr: - 2 Information från X Beslut ... Anna Berg informerar ..."). A presenter named after such a
restated heading presents that paragraph, not the last item: it is moved to the item whose number and title
were restated. A name read before any restated heading stays where it was read.
"""

from __future__ import annotations

import re

from ..record import Item


def place_restated_presenters(items: list[Item]) -> None:
    """Move each presenter named after another item's restated "<number> <title>" in an item's text to that
    item (see the module); then clear the presenters of the meeting's formalities (``formal_item``)."""
    for item in items:
        if not item.presenters or not item.text:
            continue
        marks = _restated(item, items)
        if not marks:
            continue
        for name in list(item.presenters):
            at = item.text.find(name)
            owner = next((other for start, other in reversed(marks) if start < at), None) if at >= 0 else None
            if owner is not None:
                item.presenters.remove(name)
                if name not in owner.presenters:
                    owner.presenters.append(name)
    for item in items:
        if item.presenters and formal_item(item.title):
            item.presenters = []


#: one formality of a meeting, conducted by its chair: opening and closing, the roll call, choosing who checks
#: the minutes, settling the agenda, approving the notice
FORMALITY = (r"(?:mötets|sammanträdets)\s+(?:öppnande|avslutande|avslutning)|(?:öppnande|avslutande|avslutning)"
             r"(?:\s+av\s+(?:mötet|sammanträdet))?|upprop|närvaro(?:kontroll)?|(?:val|utseende)\s+av\s+"
             r"(?:en\s+|två\s+)?(?:protokoll)?juster(?:are|ingsperson|ingspersoner|ingsman|ande)|"
             r"(?:fastställande\s+av\s+)?tid(?:\s+och\s+plats)?\s+för\s+(?:protokoll)?justering(?:en)?|"
             r"(?:fastställande|godkännande)\s+av\s+(?:dagordning(?:en)?|föredragningslista(?:n)?|kallelse(?:n)?"
             r"(?:\s+till\s+dagens\s+sammanträde)?)|(?:dagordningens|föredragningslistans)\s+fastställande")
FORMAL = re.compile(rf"(?:{FORMALITY})(?:\s*(?:,|och|samt)\s*(?:{FORMALITY}))*")


def formal_item(title: str) -> bool:
    """ "Val av justerare", "Sammanträdets öppnande, dagordningens fastställande och val av justeringsperson":
    an item made of the meeting's formalities only. The chair's word there ("Ordföranden Anna Berg redogör för
    kallelsen", "... informerar att ärende 5 utgår") conducts the meeting; no one presents the item."""
    return FORMAL.fullmatch(title.strip().rstrip(".:").casefold()) is not None


def _restated(item: Item, items: list[Item]) -> list[tuple[int, Item]]:
    """(where, the other item) for each other numbered item whose number and whole title stand in ``item``'s
    text, in the order they stand there; or, on a page that lost the paragraph's number, its whole title alone
    at a page's head (see ``PAGE_HEAD``)."""
    marks = []
    for other in items:
        if other is item or not other.number or len(other.title) < 8 or other.title not in item.text:
            continue  # (the title must stand in the text as written: a substring test before any pattern is built)
        title = re.escape(other.title)
        m = re.search(rf"(?<![\d§.]){re.escape(other.number)}\s+{title}(?![\wåäö])", item.text) \
            or re.search(rf"{PAGE_HEAD}{title}\s+(?=[A-ZÅÄÖ])", item.text)
        if m:
            marks.append((m.start(), other))
    return sorted(marks, key=lambda mark: mark[0])


#: a flattened page's head before the paragraph's title when the number was lost: the page number and the
#: document's running word ("5 Protokoll Information från förvaltningen Ärendebeskrivning ..."), the title then
#: followed by the paragraph's first capitalised word
PAGE_HEAD = r"(?:^|\n)\s*(?:\d{1,3}\s+)?(?:\d{1,3}\s*\(\d{1,3}\)\s+)?(?:Protokoll|PROTOKOLL|Sammanträdesprotokoll|" \
            r"SAMMANTRÄDESPROTOKOLL|Sammanträdesdatum)\s+"


def drop_cut_presenter(items: list[Item], text: str) -> None:
    """A name an excerpt ends in without a line's end, its last word of one or two letters ("Anna St"): a name
    the cut went through, no presenter whose name is known. (A document's own end keeps its last line break, so
    a whole short name there, "Karin Ek", stays.)"""
    if not items or not items[-1].presenters or text.endswith("\n"):
        return
    last = items[-1].presenters[-1]
    if text.endswith(last) and len(last.split()[-1]) <= 2:
        items[-1].presenters.pop()
