"""Chair and secretary elected in one sentence, the verb written once: "Anna Berg valdes till ordförande och Per
Holm till sekreterare för mötet", "Roland valdes till ordförande och Barbro till sekreterare" (issue 10).

Minutes of associations elect the meeting's officers in one sentence and leave the verb out of its second half. The
holders are written in full or by their given names; a given name is resolved against the attendee list (the one
person of that given name) and kept as written where the list has none of it (the document names no more of her).
Used only for an office no other rule filled.

An annual meeting's agenda item "Val av ordförande och sekreterare för mötet" (the model statutes' item for the
meeting's officers) is followed by the election written office first, the verb often once: "Till ordförande valdes
Anna Berg och till sekreterare (valdes) Per Holm", "Till ordförande för mötet valdes Anna Berg och sekreterare Per
Holm". Under that heading the offices are the meeting's, not the association's for a term (a later "Till
ordförande valdes" elects the chairman of the board); read only right after it.
"""

from __future__ import annotations

import re

from ..record import Attendee
from .givenopen import opens_name

_NAME = r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?(?:\s+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?){0,2}"
_OFFICE = {"ordförande": "chair", "sekreterare": "secretary", "protokollförare": "secretary"}
PAIR = re.compile(rf"(?<![\wåäö])(?P<a>{_NAME})\s+(?:valdes|utsågs)\s+till\s+(?:mötes|dagens\s+)?"
                  rf"(?P<ra>ordförande|sekreterare|protokollförare)\s+(?:för\s+\w+\s+)?(?:och|samt)\s+(?P<b>{_NAME})"
                  rf"\s+(?:till\s+)?(?:mötes)?(?P<rb>ordförande|sekreterare|protokollförare)(?![\wåäö])")
VERB = re.compile(r"(?:valdes|utsågs) till ")
_MEETING = r"(?:mötet|årsmötet|stämman|årsstämman|föreningsstämman|medlemsmötet)"
#: the heading of the meeting's officers' election, then "Till ordförande (för mötet) valdes A och (till) sekreterare
#: (för mötet) (valdes) B" within the next words
HEADED = re.compile(rf"Val\s+av\s+(?:mötes)?ordförande\s+och\s+(?:mötes)?sekreterare\s+(?:för|vid|till)\s+"
                    rf"{_MEETING}[\s.:]{{1,4}}(?:\S+\s+){{0,3}}?Till\s+ordförande\s+(?:för\s+{_MEETING}\s+)?"
                    rf"(?:valdes|utsågs)\s+(?P<a>{_NAME})\s+(?:och|samt)\s+(?:till\s+)?sekreterare\s+"
                    rf"(?:för\s+{_MEETING}\s+)?(?:valdes\s+|utsågs\s+)?(?P<b>{_NAME})(?![\wåäö])")
HEAD = 6000  #: the opening part, where the meeting elects its officers


def pair_officers(rec, text: str) -> None:
    """Fill ``rec.chair`` / ``rec.secretary`` from the first one-sentence election of both (see the module)."""
    head = text[:HEAD]
    if "Val av " in head and "ordförande och " in head and (h := HEADED.search(head)):  # the cheap test first
        pairs = ((h["a"], "ordförande"), (h["b"], "sekreterare"))
    elif "valdes till " not in head and "utsågs till " not in head:  # the cheap test
        return
    else:
        verbs = (v.start() for v in VERB.finditer(head))  # the pattern tried only around its verb (issue 12)
        m = next(filter(None, (PAIR.search(head, max(0, i - 80), i + 160) for i in verbs)), None)
        if m is None or _OFFICE[m["ra"]] == _OFFICE[m["rb"]]:
            return
        pairs = ((m["a"], m["ra"]), (m["b"], m["rb"]))
    for name, office in pairs:
        kind = _OFFICE[office]
        if not getattr(rec, kind) and (person := _resolved(name, rec.attendees)):
            setattr(rec, kind, person)


def _resolved(name: str, attendees: list[Attendee]) -> str | None:
    """``name`` in full: as written when it has a family name, else the one attendee of that given name, else the
    given name as written; None when it is no person's name."""
    if not opens_name(name.split()[0]):
        return None
    if " " in name:
        return name
    full = {a.name for a in attendees if a.name.split()[0] == name and " " in a.name}
    return full.pop() if len(full) == 1 else (name if not full else None)
