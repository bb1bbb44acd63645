"""An attendee's party (or municipality) confirmed by the rest of the document (issue 10).

A politician's party is written beside the name wherever the document names him or her in a list: "Anna Berg (S)".
The same person is often read from a place that does not write it: the signature block ("Ordförande / Anna Berg"),
a label ("Justerare: Anna Berg"), an election ("Till justerare utsågs Anna Berg"), a list whose heading was not read
as one of attendance, a table whose party column was lost. Where the document writes that same name with a party in
brackets elsewhere, that party is the attendee's affiliation: the person is merged, not read twice with less detail.

A municipality written the same way ("Anna Berg (Norrby)", "Anna Berg (Norrby kommun, ordförande)") is her
affiliation in the spec's short form ("Norrby").

Abstain where it is not sure: only a municipality the gazetteer knows or a party the spec knows (``PARTIES``,
written in any case: "(Fp)", "(kd)"), only a name of two words or more written whole before the bracket (no
longer name ending in it: "Anna Berg" is not "Lisa Anna Berg"), and never where the document writes the name
with two different affiliations. An attendee who has an affiliation keeps it.
"""

from __future__ import annotations

import re

from ..record import MeetingRecord
from ..swedish import gazetteer
from .persons import PARTIES

#: what a list writes in brackets after a name: a party ("(S)", "(Fp)"), a municipality ("(Norrby, ordförande)")
BRACKET = re.compile(r"\(\s*([^()\n,]{1,40}?)\s*[,)]")
#: what may stand between the name and its bracket: spaces, a comma ("Anna Berg, (S)" is rare but written)
BETWEEN = " ,\t"
#: how far before a bracket the name is looked for
REACH = 60


def confirm(rec: MeetingRecord, text: str) -> None:
    """Each attendee without an affiliation given the party the document writes after his or her name."""
    wanted = [a for a in rec.attendees if not a.affiliation and " " in a.name]
    if not wanted or "(" not in text:  # the cheap test: no bracket, no party written
        return
    seen: dict[str, set[str]] = {}  #: each wanted name: the parties the document writes after it
    for m in BRACKET.finditer(text):
        before = text[max(0, m.start() - REACH):m.start()].rstrip(BETWEEN)
        for a in wanted:
            if before.endswith(a.name) and _whole(before, len(a.name)) and (value := _affiliation(m.group(1))):
                seen.setdefault(a.name, set()).add(value)
    for a in wanted:
        parties = seen.get(a.name, set())
        if len(parties) == 1:
            a.affiliation = parties.pop()


def _affiliation(written: str) -> str | None:
    """A party's code ("S", "fp" -> "FP") or a municipality's short name ("Norrby kommun" -> "Norrby"), else None."""
    if written.upper() in PARTIES:
        return written.upper()
    return gazetteer.municipality(written) if written[:1].isupper() else None


def _whole(before: str, length: int) -> bool:
    """The name found at the end of ``before`` is written whole: it starts at a word's start ("Ann Berg" is not the
    end of "Jo-Ann Berg") and no capitalised word on its line runs on before it ("Lisa Anna Berg" is another
    person than "Anna Berg"), other than a label or an office ("Ordförande Anna Berg (S)")."""
    k = len(before) - length
    if k == 0:
        return True
    prev = before[k - 1]
    if prev.isalnum() or prev == "-":
        return False
    head = before[:k].rsplit("\n", 1)[-1].rstrip()  #: the same line's text before the name
    last = head.split()[-1] if head.split() else ""
    return not (last[:1].isupper() and last.isalpha() and len(last) > 1 and last not in _STARTS)


#: capitalised words that may stand before a name and are no part of it ("Ordförande Anna Berg (S)")
_STARTS = frozenset({"Ordförande", "Ordf", "Sekreterare", "Justerare", "Ledamot", "Ledamöter", "Ersättare",
                     "Närvarande", "Beslutande", "Tjänstgörande", "Vice", "Och", "Samt", "Av", "För", "Ej"})
