"""The person a role label names in a header or signature block ("Ordförande Anna Berg", "Sekreterare: Per Holm"),
with the label and contact words that are never part of a name."""

from __future__ import annotations

import re

from ..record import Attendee
from ..swedish import gazetteer
from ..swedish.names import given_names
from .names import parse_attendees
from .persons import initials


#: words that are labels or contact details, never part of a person's name
NOT_NAME_WORDS = frozenset(
    "telefon tel mobil fax e-post epost mail datum plats tid lokal sekreterare ordförande justerare justerande "
    "ledamot ledamöter ersättare närvarande beslutande övriga underskrift underskrifter paragrafer sida "
    "organ kallelse protokoll dagordning ärenden".split())


#: a role label that may follow a name in a flattened signature block
NEXT_LABELS = frozenset("ordförande ordföranden sekreterare justerare justerande paragrafer".split())
#: the role labels of a signature block, as written
ROLE_WORDS = r"(?:Ordföranden?|Sekreterare|Justerare|Justerande|Vid protokollet)"
#: the next role written as a label, with its full stop or colon, as the block writes its own ("Sekreterare. Anna
#: Berg Ordförande. Per Holm Justerare. Eva Lind"): the value ends before it, the name after it is that role's
ROLE_FIRST = re.compile(rf"\s*{ROLE_WORDS}(?![\wåäö])")
NEXT_ROLE_LABEL = re.compile(rf"\s{ROLE_WORDS}[ \t]*[.:]+[ \t]*(?=[A-ZÅÄÖ])")
#: the next role opening a line of its own, as a signature box writes each signer's role on its line ("Sekreterare
#: ... Anna Berg" / "Ordförande ... Per Holm" / "Justerare ... Eva Lind"): the names on and after that line are
#: that role's, not the label's before it (a field joins its lines with "; ")
LINE_ROLE_LABEL = re.compile(rf"[\n;][ \t]*{ROLE_WORDS}(?![\wåäö])")


def role_holder(value: str, group: str) -> Attendee | None:
    """The person a role label ("Ordförande", "Sekreterare") names, or None when the value is not clearly one.

    A place or label word glued before the name in a flattened page ("Växjö
    Suzanne Frankel") is dropped when a given name follows it; a name that keeps
    a label or contact word ("Telefon Anna Berg Telefon") is no name.
    """
    if not ROLE_FIRST.match(value):  # (a value opening with another role is a stack of labels before their names)
        value = LINE_ROLE_LABEL.split(NEXT_ROLE_LABEL.split(value, 1)[0], 1)[0]
    for a in parse_attendees(value, group):
        words = a.name.split()
        while len(words) > 2 and (gazetteer.municipality(words[0]) or words[0].casefold() in NOT_NAME_WORDS) \
                and words[1] in given_names():
            words = words[1:]
        while len(words) > 2 and words[-1].casefold().strip(".:") in NEXT_LABELS:
            words = words[:-1]  # "Anna Berg Ordföranden": the next label of a flattened signature block
            a.affiliation = None  # "Anna Berg Ordföranden Per Holm (S)": the party is the next person's
        if any(w.casefold().strip(".:") in NOT_NAME_WORDS for w in words):
            return None
        a.name = " ".join(words)
        a.affiliation = None if a.affiliation == initials(a.name) else a.affiliation  # "Anna Berg (AB)"
        return a
    return None
