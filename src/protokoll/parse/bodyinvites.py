"""The group that invites to a public meeting is not the body that meets (issue 10).

"Kommunens landsbygdsgrupp, i samarbete med X, bjöd in till ett möte om ..." tells who called a meeting that the
invited held together (a stormöte, a dialogue meeting): the notes record that meeting, not the group's own. A body
read from the document's title or text whose name is the subject of such an invitation in the opening part of the
document is left out, the reason in its provenance.
"""

from __future__ import annotations

import re

from ..record import Evidence, MeetingRecord

HEAD = 2500  #: the opening part, where the invitation is told
#: the invitation's verb and its meeting: "bjöd in till ett möte", "bjuder in till stormöte", "inbjöd till träff"
INVITED = re.compile(r"\b(?:bjöd|bjuder|bjudit|inbjöd|inbjuder)\s+(?:\w+\s+)?in\s+till\s+(?:ett\s+|en\s+)?"
                     r"(?:\w+)?(?:möte|träff|dialog|samråd)|\b(?:inbjöd|inbjuder)\s+till\s+(?:ett\s+|en\s+)?\w*möte",
                     re.I)
#: how far before the verb the inviting group's name may stand ("X, i samarbete med Y och Z, bjöd in")
SPAN = 160


def inviting_group(rec: MeetingRecord, text: str) -> None:
    """Leave out ``rec.body`` when the opening part names it as the one who invited to the meeting."""
    if not rec.body:
        return
    head = text[:HEAD]
    if "in till" not in head and "bjöd till" not in head and "bjuder till" not in head:  # the cheap test
        return
    stem = rec.body.casefold().removesuffix("en").removesuffix("et")[:12]
    for m in INVITED.finditer(head):
        before = head[max(0, m.start() - SPAN):m.start()]
        if stem in before.casefold() and "." not in before[before.casefold().rfind(stem):]:
            rec.evidence.append(Evidence("body", 0, 0, 0, f"uncertain: '{rec.body}' invited to the meeting, "
                                                          f"it is not the body that met", 0.0))
            rec.body = None
            return
