"""Who a protocol names as absent: no attendee, whatever list also names them (issue 10).

Two ways of writing it. A clause that counts the members present by exception: "Närvarande: Samtliga
ledamöter utom Anna Berg (S) och Per Holm (M)", "Alla ledamöter närvarande förutom Eva Lind": the
names after "utom" are the absent ones, and the members present are not named at all, so the clause
gives no attendee (the reader abstains). And an absence label beside a list of members ("Ledamöter:
Anna Berg, Per Holm, Eva Lind … Frånvarande: Eva Lind"): the member the label names did not attend.
An absence for some items only ("Frånvarande § 5: Eva Lind") keeps the person: they attended the rest.
"""

from __future__ import annotations

import re

from ..record import Attendee
from .fields import Field
from .persons import find_people

#: "samtliga (ordinarie) ledamöter (närvarande) utom", "alla var närvarande förutom", "samtliga med undantag av":
#: everything from the clause to the sentence's end names the absent
ALL_BUT = re.compile(r"\b(?:[Ss]amtliga|[Aa]lla)(?:\s+(?:ordinarie\s+)?(?:ledamöter|ledamöterna|medlemmar|"
                     r"styrelseledamöter|deltagare|kallade|ordinarie))?(?:\s+(?:var|är|utom\s+en)?\s*"
                     r"(?:närvarande|närvarade|deltog|deltar|på\s+plats))?\s*,?\s+(?:utom|förutom|med\s+undantag\s+"
                     r"(?:av|för))\s+(?P<names>[^.;:]*)")
#: the cheap test before ``ALL_BUT``
ALL_BUT_WORDS = ("utom", "undantag")
#: an item range or a time: the absence is for part of the meeting only
PART_ONLY = re.compile(r"§|\d|\b(?:punkt|ärende|del\s+av|kl\.?)\b", re.I)


def all_but(value: str) -> tuple[str, list[str]]:
    """``value`` without a clause naming members by exception, and the names that clause gives as absent."""
    if not any(w in value for w in ALL_BUT_WORDS):
        return value, []
    m = ALL_BUT.search(value)
    if not m:
        return value, []
    return (value[:m.start()] + value[m.end():]).strip(" ,;"), find_people(m.group("names"))


def absent_names(fields: list[Field]) -> set[str]:
    """The names (folded) the absence labels give, unless the label's value is for some items only."""
    out: set[str] = set()
    for f in fields:
        written = " ".join(ln.text for ln in f.lines) or f.value  # as written: the label's reader cuts a "§ 3-4"
        if f.kind == "absent" and f.value and not PART_ONLY.search(written):
            out.update(n.casefold() for n in find_people(f.value))
    return out


def without_absent(people: list[Attendee], absent: set[str]) -> list[Attendee]:
    """The people whom no absence names."""
    return [a for a in people if a.name.casefold() not in absent] if absent else people
