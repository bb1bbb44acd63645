"""A body named with its organisation after it ("Direktionen för Norrdals miljöförbund", "Styrelsen för Norrby
Energi AB") where the record names that organisation too (issue 10): the body is the part before "för"; the
organisation has its own field. A tail that is no organisation the record names ("Styrgruppen för
gymnasiesamverkan", the group's purpose) is part of the body's name and kept.

Kept apart from :mod:`.crosschecks` and :mod:`.body` (both near their size limit)."""

from __future__ import annotations

import re

from ..record import Evidence, MeetingRecord

#: "<a body's word> för <the rest>": a board, committee, council or group of an organisation
OWNED = re.compile(r"([\wåäö\-]*(?:styrelse|styrelsen|direktion|direktionen|nämnd|nämnden|utskott|utskottet|"
                   r"fullmäktige|presidium|presidiet|beredning|beredningen|råd|rådet|grupp|gruppen))\s+för\s+(.+)",
                   re.I)


def without_owner(rec: MeetingRecord) -> None:
    """``rec.body`` without the organisation the record names after "för" in it (its provenance says so)."""
    if not rec.body or not rec.organization or " för " not in rec.body:
        return
    m = OWNED.fullmatch(rec.body.strip())
    if m and _same(m.group(2), rec.organization):
        rec.body = m.group(1)[0].upper() + m.group(1)[1:]
        rec.evidence.append(Evidence("body", 0, 0, 0, f"ownertail: '{m.group(2)}' after the body is the "
                                                      f"organisation the record names, not part of the body", 0.8))


#: a tail that names an organisation by its kind: a förbund, a municipality, a region, a rescue service, a company
OWNER_KIND = re.compile(r"(?i)förbund|kommun\b|\bregion\b|landsting|räddningstjänst|\bAB\b|stiftelse|förening")


def owner_named(rec: MeetingRecord) -> None:
    """A labelled body "<body> för <Organisation>" ("Förbundsdirektionen för Räddningstjänsten Östra Norrdal",
    the posting box's "Organ") where the record has no organisation: the tail, a capitalised name of an
    organisation's kind, is the organisation and the body is the part before "för"."""
    if rec.organization or not rec.body or " för " not in rec.body:
        return
    ev = next((e for e in reversed(rec.evidence) if e.path == "body"), None)
    m = OWNED.fullmatch(rec.body.strip())
    if ev is None or "[body.label]" not in ev.rule or m is None:
        return
    tail = m.group(2).strip(" .,")
    if not tail[:1].isupper() or not OWNER_KIND.search(tail) or len(tail.split()) > 5:
        return
    rec.body, rec.organization = m.group(1)[0].upper() + m.group(1)[1:], tail
    rec.evidence.append(Evidence("body", 0, 0, 0, f"ownertail: '{tail}' after the labelled body is the "
                                                  f"organisation it belongs to, not part of the body", 0.8))
    rec.evidence.append(Evidence("organization", 0, ev.start, ev.end, "ownertail: the organisation the labelled "
                                                                      "body is written with ('<body> för <org>')",
                                 0.8))


def _same(tail: str, organization: str) -> bool:
    def fold(s: str) -> str:
        return re.sub(r"\s+", " ", s).strip(" .,").casefold()
    return fold(tail) == fold(organization)
