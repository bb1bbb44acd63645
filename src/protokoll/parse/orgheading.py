"""The organisation named beside its body in a document's heading, without archive context.

Collaboration bodies head their documents with the organisation and the group:
"Norrdalsregionen - kommundirektörsgruppen", "Norrdalsregionen: Styrgruppen",
"Kommundirektörsgruppen i Norrdalsregionen". The organisation here is read only
when the other half is a body word and the name itself looks like an
organisation (a known municipality or region, or a name ending like one:
-regionen, -förbundet, -nätverket ...); a person's name, a label or a date never is.
"""

from __future__ import annotations

import re

from ..swedish import gazetteer
from .names import is_person

#: a body's name: a compound ending in a group noun, in definite form
BODY = r"[A-ZÅÄÖa-zåäö][\wåäö]*(?:gruppen|rådet|styrelsen|nämnden|utskottet|direktionen|nätverket|presidiet|beredningen)"
NAME = r"[A-ZÅÄÖ][\wåäö\-]+(?:\s+[A-ZÅÄÖ][\wåäö\-]+){0,2}"
#: "Organisation - body" (a dash, en dash or colon between them) at the start of a title line
ORG_FIRST = re.compile(rf"^(?P<org>{NAME})\s*(?:\s[-–—]\s|:\s)\s*(?P<body>{BODY})\b")
#: "Body i/inom Organisation" at the start of a title line
BODY_FIRST = re.compile(rf"^(?P<body>{BODY})\s+(?:i|inom)\s+(?P<org>{NAME})\b")
#: how an organisation's own name ends
ORG_END = re.compile(r"(?:regionen|förbundet|samverkan|nätverket|rådet|kommun|landstinget|partnerskapet|alliansen|"
                     r"län)$", re.I)
NOT_NAME = re.compile(r"\b(?:datum|tid|plats|protokoll|minnesanteckningar|dagordning|kallelse|mötesdatum|"
                      r"sammanträdesdatum|närvarande|beslutande)\b", re.I)


def heading_organisation(text: str) -> str | None:
    """The organisation a title line names beside its body, or None when the line has no such heading."""
    line = text.strip()
    m = ORG_FIRST.match(line) or BODY_FIRST.match(line)
    if not m:
        return None
    org = m.group("org").strip()
    if NOT_NAME.search(org) or is_person(org) or org.casefold() == m.group("body").casefold():
        return None
    if (region := gazetteer.region(org)) is not None:
        return region
    if (short := gazetteer.municipality(org)) is not None:
        return gazetteer.official_name(short) or org
    return org if ORG_END.search(org.split()[-1]) else None
