"""An attendance label whose first letters a web copy lost: "ande" for "Beslutande"/"Närvarande" (issue 10).

A page excerpt that starts in the middle of a word, or a document-sharing site's text layer that dropped a
label's first part, leaves the label's ending before its list: "ande Anna Berg (S), ordförande Per Holm (M)",
"Plats och tid: ande: Anna Berg ...", "rsättare Eva Lind (C)". The endings read here belong to one label each
as the first page of a Swedish protocol writes them: "ande" (with or without "ledamöter") to the list of
members present ("Beslutande", "Närvarande"), the first list a protocol's header gives; "rsättare" to
"Ersättare". Only such an ending directly before a capitalised word counts, at a line's start or after a
capitalised word or a colon (the header's previous label or value); inside running text it is a word.
"""

from __future__ import annotations

import re

#: the ending (and "ledamöter") at a line's start, before a capitalised word
LOST = re.compile(r"^(?P<label>(?P<end>ande|rsättare)(?:\s+ledamöter)?)\s*:?\s+(?P<rest>[A-ZÅÄÖÉ].*)$", re.S)
KINDS = {"ande": "attendees:present", "rsättare": "attendees:other:ersättare"}
#: the same ending inside a line, where the header reader cuts it onto a line of its own
INSIDE = re.compile(r"\s(?=(?:ande|rsättare)(?:\s+ledamöter)?\s*:?\s+[A-ZÅÄÖÉ])")
#: what stands before it: a capitalised word ("Plats", "PROTOKOLL"), a colon, or the end of the value or page mark
#: before it, a time or a page's number ("kl. 13:00 15:30 ande: Anna Berg", "2 (23) ande Anna Berg")
BEFORE = re.compile(r"(?:[A-ZÅÄÖ][\wåäöÅÄÖ.]*|:|\d{1,2}[:.]\d\d|\(\d{1,3}\))$")


def lost_label(text: str) -> tuple[str, str, str] | None:
    """(label, field kind, rest) when a line starts with a lost label's ending, or None."""
    m = LOST.match(text) if text[:1] in "ar" else None
    return (m.group("label"), KINDS[m.group("end")], m.group("rest").strip()) if m else None


def lost_label_cuts(text: str) -> list[int]:
    """Where a line is cut before a lost label's ending inside it, and before each label of a row of labels just
    before it ("Dag Tid Plats ande Kommunhuset Anna Berg ..."): labels in a row, their values after the last."""
    if "ande" not in text and "rsättare" not in text:
        return []
    cuts: list[int] = []
    for m in INSIDE.finditer(text):
        if BEFORE.search(text[:m.start()]):
            cuts += _labels_before(text, m.start()) + [m.end()]
    return cuts


#: a one-word label of a header's first rows, before a lost ending: "Dag", "Tid", "Plats"
ROW_LABEL = re.compile(r"(?:^|\s)((?:Dag|Datum|Tid|Plats|Lokal|Organ):?)$")


def _labels_before(text: str, end: int) -> list[int]:
    """The starts of the one-word labels written in a row just before ``end``."""
    starts: list[int] = []
    while m := ROW_LABEL.search(text, 0, end):
        starts.append(m.start(1))
        end = m.start(1)
    return starts[::-1]
