"""Chair and secretary elected in one sentence, the verb written once: "Anna Berg valdes till ordförande och Per
Holm till sekreterare för mötet", "Roland valdes till ordförande och Barbro till sekreterare" (issue 10).

Minutes of associations elect the meeting's officers in one sentence and leave the verb out of its second half. The
holders are written in full or by their given names; a given name is resolved against the attendee list (the one
person of that given name) and kept as written where the list has none of it (the document names no more of her).
Used only for an office no other rule filled.
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
HEAD = 6000  #: the opening part, where the meeting elects its officers


def pair_officers(rec, text: str) -> None:
    """Fill ``rec.chair`` / ``rec.secretary`` from the first one-sentence election of both (see the module)."""
    head = text[:HEAD]
    if "valdes till " not in head and "utsågs till " not in head:  # the cheap test
        return
    verbs = (v.start() for v in VERB.finditer(head))  # the pattern tried only around its verb (issue 12)
    m = next(filter(None, (PAIR.search(head, max(0, i - 80), i + 160) for i in verbs)), None)
    if m is None or _OFFICE[m["ra"]] == _OFFICE[m["rb"]]:
        return
    for name, office in ((m["a"], m["ra"]), (m["b"], m["rb"])):
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
