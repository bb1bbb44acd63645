"""The organisation inferred from the body confirmed by the document's own addresses (issue 10): a municipal body
("Kommunfullmäktige") is given the one municipality its text names, but the text may name another municipality
only as a party to a matter ("Norrby kommun har uttalat att ...") while the document's contact addresses
("registrator@ekby.se") are its own municipality's. When the addresses use one other municipality's domain, the
inference is contradicted: the organisation is left out, the reason in its provenance.

Kept apart from :mod:`.crosschecks` (near its size limit)."""

from __future__ import annotations

from ..record import Evidence, MeetingRecord
from .orgdomains import domain_municipality

#: the organisation's rule that infers it from the municipality the text names
NAMED = "meta.organization.named_municipality"


def addresses_contradict(rec: MeetingRecord, text: str) -> None:
    """Leave out an organisation inferred from the named municipality that the text's addresses contradict."""
    if not rec.organization or not any(e.path == "organization" and e.rule.startswith(NAMED) for e in rec.evidence):
        return
    found = domain_municipality(text)
    if found is None or found[0] == rec.organization:
        return
    rec.evidence.append(Evidence("organization", 0, 0, 0, f"uncertain: '{rec.organization}' is the municipality the "
                                                          f"text names, but its addresses are {found[0]}'s", 0.0))
    rec.organization = None


def affiliation_only(rec: MeetingRecord, text: str) -> None:
    """Leave out an organisation inferred from the named municipality when the text names it only as attendees'
    affiliations ("Anna Berg, Norrby kommun"): members come from several municipalities, and whose meeting it is
    the text does not say (issue 10: the municipality a network's member works for is not the network's)."""
    if not rec.organization or not any(e.path == "organization" and e.rule.startswith(NAMED) for e in rec.evidence):
        return
    own = rec.organization.casefold()
    base = own.removesuffix(" kommun").removesuffix(" stad")  # the list writes "Tranås" for "Tranås kommun"
    affiliated = sum(1 for a in rec.attendees if a.affiliation and a.affiliation.casefold() in (own, base))
    if affiliated and text.casefold().count(own) <= affiliated:  # (a letterhead in capitals counts too)
        rec.evidence.append(Evidence("organization", 0, 0, 0, f"uncertain: '{rec.organization}' is named only as "
                                                              f"attendees' affiliation, not as who met", 0.0))
        rec.organization = None
