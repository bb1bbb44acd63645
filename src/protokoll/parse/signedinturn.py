"""A role held in turns: the chair (or secretary) signs for some paragraphs, another person for the rest
(issue 10: a chair read where the document names more than one is a wrong chair).

A protocol whose chair stood down for some items (jäv, a late arrival, an annual meeting electing a chair for each
part) writes each signer with the paragraphs they signed: "Ordförande Anna Berg §§ 1-5 Per Holm §§ 6-12",
"Mötesordförande / Eva Ek § 44 - 65 / Kim Sjö § 66 - 74", "Ordförande ... Anna Berg 1-3, del av 4 Per Holm del av
4", or says so in brackets ("Anna Berg valdes till sekreterare (endast punkt 1-9, sedan övertogs rollen av
Per Holm)"). The meeting then had no one chair: the name read is one of several, and the field is left out. Only a name
followed by its paragraphs and, right after, another person's name followed by theirs is such a turn; a phone
number after a name ("Anna Berg 070-123 45") opens with a zero and is none.
"""

from __future__ import annotations

import re

from ..record import MeetingRecord

#: paragraphs a signer signed: "§§ 1-5", "§ 44 - 65", "1-3, del av 4", "del av 4", "§ 6"
PARAGRAPHS = (r"(?:§§?\s*)?(?:del\s+av\s+)?[1-9]\d{0,2}(?:\s*[-–]\s*[1-9]\d{0,2})?"
              r"(?:\s*(?:,|och)\s*(?:del\s+av\s+)?[1-9]\d{0,2}(?:\s*[-–]\s*[1-9]\d{0,2})?)*(?![\d\-–])")
#: another person right after, with their own paragraphs
NEXT_SIGNER = re.compile(r"[\s,.;]*[A-ZÅÄÖ][a-zåäöé]+(?:[- ][A-ZÅÄÖ][a-zåäöé]+){1,2}[\s,.]*" + PARAGRAPHS)
#: the role's holder for some items only, said in brackets after the name or the role: "Anna Berg valdes till
#: sekreterare (endast punkt 1-9, sedan övertogs rollen av Per Holm)", "Anna Berg (§§ 1-5)"
#: (no capital between the name and the bracket: the next attendee's name would start one, and the bracket is theirs)
ONLY_SOME = (r"[^.()\nA-ZÅÄÖ]{0,60}\(\s*(?:(?:endast|bara|enbart|t\.?\s?o\.?\s?m\.?)\s+)?"
             r"(?:punkt(?:erna)?|§§?|paragraf(?:erna)?)\s*\d")
FIELDS = ("chair", "secretary")


def check(rec: MeetingRecord, text: str, abstain) -> None:
    """Leave out a chair or secretary whom the document writes with their paragraphs beside another signer of
    the same role with theirs, or as holding the role for some items only (``abstain(rec, field, why)`` says why
    in the evidence)."""
    for field in FIELDS:
        name = getattr(rec, field)
        if not name or name not in text:  # the cheap test: the name as written
            continue
        signed = re.finditer(re.escape(name) + r"[\s,.]*" + PARAGRAPHS, text)  # the name and its paragraphs
        if any(NEXT_SIGNER.match(text, m.end()) for m in signed) or re.search(re.escape(name) + ONLY_SOME, text):
            abstain(rec, field, f"'{name}' held the role for some paragraphs, another person for others: the role "
                                "was held in turns, the meeting had no one holder")
