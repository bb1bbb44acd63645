"""A first-page label cut to its ending: "kl 13.00-15.00 ande Anna Berg (S), ordförande ...".

The label column of a Swedish protocol's first page is narrow, and "Beslutande" is often set hyphenated over
two lines ("Beslut-" / "ande"). Text copied from such a PDF by a document-sharing site keeps only the second
half: the deciding members then follow a lone "ande", no label at all, and the reader finds neither the
roster nor where the place before it ends. Where "ande" stands as a word of its own after the meeting's
time (a clock time, "kl", a page's number) or after the place's last word, and before a name, a list label
or "Se ...", it can only be that label, and the whole label is put back.

"ande" is also a Swedish noun (spirit), but never between a clock time and a person's name; after a label
word ("Dag Tid Plats ande Stadshuset ...": labels set in a row, their values after them) it may stand for
another presence label and is left as it is; after the two-part label "Plats och tid" ("Plats och tid ande
Ledamöter Stadshuset, kl 13 Anna Berg (S) ...") followed by a list's own label, it is the next label of the same row.
"""

from __future__ import annotations

import re

from .change import Change

_UP = "A-ZÅÄÖÉÜ"
_LO = "a-zåäöéèüáóú"
_NAME = rf"[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?"
#: what a header line has before the label: a clock time, "kl", a number, or a capitalised word of the place
BEFORE = re.compile(rf"(?:[Kk]l\.?|[Kk]lockan|\S*\d|[{_UP}][{_LO}]+,?)")
#: label words: after one of them the stub is one of a row of labels, not the label of the names after it
_LABEL_WORDS = frozenset("Plats Tid Dag Datum Lokal Omfattning Sammanträdesdatum Mötesdatum Organ".split())
#: what follows the label: a person's name, a list's own label, or a reference to a list elsewhere
_LIST_LABEL = r"(?:Ledamöter|Ersättare|Tjänstgörande|Övriga|Se)\b"
_AFTER = rf"(?={_NAME}\s+[{_UP}]|{_LIST_LABEL})"
STUB = re.compile(rf"(?<!\S)(\S+) ande (?={_AFTER})")
#: the two-part label of time and place just before the stub: a first page's labels set in a row
PLACE_TIME = re.compile(r"(?:Plats och tid|Tid och plats)$")


def restore_label_stubs(text: str) -> tuple[str, list[Change]]:
    """The text with each lone "ande" that stands in the "Beslutande" label's place written out in full."""
    if " ande " not in text:
        return text, []
    out, changes, last = [], [], 0
    for m in STUB.finditer(text):
        prev = m.group(1)
        in_row = bool(PLACE_TIME.search(text, max(0, m.start(1) - 10), m.end(1))) and bool(
            re.match(_LIST_LABEL, text[m.end():]))  # "Plats och tid ande Ledamöter ...", not its place after it
        if not in_row and (not BEFORE.fullmatch(prev) or prev.rstrip(",") in _LABEL_WORDS):
            continue
        stub = m.end(1) + 1
        out.append(text[last:stub])
        out.append("Beslutande ")
        changes.append(Change(stub, "ande", "Beslutande", "a first-page label cut to its ending"))
        last = m.end()
    if not changes:
        return text, []
    out.append(text[last:])
    return "".join(out), changes
