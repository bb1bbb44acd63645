"""A chair or secretary whom the document names in another part of the signing, or who is cut from a run of
names (issue 10: a signature block read in the wrong order gives each role the next signer's name).

A Swedish protocol is adjusted (justeras) by its chair and one or two members elected to do so ("Protokollet
justeras av ordföranden och en ledamot", "Utses att justera: Anna Berg"): the chair signs as chair and the
adjusters as adjusters, the secretary (a clerk) as the one who kept the minutes. So a chair or secretary read who
is also the meeting's adjuster was read from a signature block in the wrong order -- most often a box whose labels
stand in a row before their names ("Sekreterare Ordförande Justerande Anna Berg Per Holm Eva Lind", the secretary's
own name left out or signed digitally), each name shifted to the label before its own. The value is left out, and
a secretary read from the same block with it too: the block's order is not known.

A name read from a run of names is cut where a given name stands right before it on its line: "Per Holm Anna Berg
Sekreterare", read as "Holm Anna Berg", is two people's names run together, and which of them signed as what is
not known. Such a value is left out.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..record import MeetingRecord
from ..swedish.names import given_names
from .features import opener_finditer
from .signedinturn import places_of

FIELDS = ("chair", "secretary")
#: the word right before a name, on the same line
WORD_BEFORE = re.compile(r"([A-ZÅÄÖ][a-zåäöé]+)[ \t]+$")
NAME = r"[A-ZÅÄÖ][a-zåäöé]+(?:[- ][A-ZÅÄÖ][a-zåäöé]+){1,2}"
PARTY = r"(?:\s*\([^)\n]{1,8}\))?"
#: the adjusters the meeting elects, named after the election: "Utses att justera: Anna Berg (S)", "Justerare
#: utses: Anna Berg och Per Holm", "Till justerare valdes Anna Berg"
ELECTED_AFTER = re.compile(rf"(?:(?i:utses\s+att\s+justera|utsågs\s+att\s+justera|justerare\s+(?:utses|utsågs))[ \t]*:|"
                           rf"(?i:till\s+justerare\s+(?:utses|utsågs|valdes)))\s*(?P<a>{NAME}){PARTY}"
                           rf"(?:\s*(?:,|och|samt)\s*(?P<b>{NAME}))?")
ELECTED_OPENERS = ("utses", "utsågs", "justerare", "till")  #: the words ELECTED_AFTER's matches open with
#: or before it: "Anna Berg (S) utses att justera", "Anna Berg valdes till justerare" (the verb found first, the
#: name read back from it: no pattern tried at every capital of the text, issue 12)
ELECTED_VERB = re.compile(r"\s(?:utses|utsågs|valdes|väljs)\s+(?:att\s+justera|till\s+justerare)")
NAME_BEFORE = re.compile(rf"(?P<a>{NAME}){PARTY}$")
#: the roster's form of the chair after a name: "Anna Berg (S), ordförande"
LISTED_CHAIR = re.compile(r"(?:\s*\([^)\n]{1,12}\))?\s*,?\s*(?i:ordförande|ordf\.)")
#: how near the secretary's name stands to the chair's when the two were read from one signature block
SAME_BLOCK = 120


def check(rec: MeetingRecord, text: str, abstain) -> None:
    """Leave out a chair or secretary who is the meeting's adjuster, or a name cut from a longer run of names
    (``abstain(rec, field, why)`` says why in the evidence)."""
    adjusters = _adjusters(rec, text)
    for field in FIELDS:
        name = getattr(rec, field)
        if name and name in adjusters:
            other = "secretary" if field == "chair" else "chair"
            shared = getattr(rec, other) and _near(text, name, getattr(rec, other))
            abstain(rec, field, f"'{name}' is the meeting's adjuster (justerare), who signs beside the chair: the "
                                "signature block was read in another order than it is written")
            if shared:
                abstain(rec, other, f"read from the same signature block as the {field}, whose name there is the "
                                    "adjuster's: the block's order is not known")
    for field in FIELDS:
        name = getattr(rec, field)
        if name and _cut(text, name):
            abstain(rec, field, f"'{name}' stands right after a given name on its line: a run of several people's "
                                "names, cut where one of them was read")


def _adjusters(rec: MeetingRecord, text: str) -> set[str]:
    """Who the election of adjusters names as the meeting's adjusters: a label with its colon ("Utses att justera:
    Anna Berg"), or a sentence ("Anna Berg utses att justera", "Till justerare valdes Anna Berg"). A label without
    its colon may head a flattened row of labels whose values follow in another order ("Beslutande Övriga
    Utses att justera Anna Berg (S), ordförande ..."), and a person the attendance list or a signature block
    calls "justerare" may have been given the role by a block read in the wrong order: neither is read. A name
    written as the roster writes its chair ("Anna Berg (S), ordförande") is no adjuster."""
    found: set[str] = set()
    if "justera" in text:  # the cheap test (issue 12)
        before = (NAME_BEFORE.search(text, max(0, v.start() - 50), v.start()) for v in ELECTED_VERB.finditer(text))
        for m in (*opener_finditer(ELECTED_AFTER, text, ELECTED_OPENERS), *(b for b in before if b)):
            found.update(n for g, n in m.groupdict().items() if n and not LISTED_CHAIR.match(text, m.end(g)))
    return found


def _near(text: str, one: str, other: str) -> bool:
    """Whether ``other`` is written within ``SAME_BLOCK`` characters of ``one`` somewhere (each place of ``other``
    looked up among the sorted places of ``one``: linear in the places, not their product)."""
    places = places_of(text, one)
    if not places:
        return False
    for at in places_of(text, other):
        k = bisect_left(places, at - SAME_BLOCK)
        if k < len(places) and places[k] <= at + SAME_BLOCK:
            return True
    return False


def _cut(text: str, name: str) -> bool:
    """Whether every place ``name`` is written has a given name right before it on its line (str.find: no pattern
    compiled for a name)."""
    at, seen = text.find(name), False
    while at >= 0:
        before = WORD_BEFORE.search(text, max(0, at - 30), at)
        if not before or before.group(1) not in given_names():
            return False
        seen, at = True, text.find(name, at + 1)
    return seen
