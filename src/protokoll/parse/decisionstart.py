"""A decision whose sentence began on the item's heading line: "§6. Verksamhetsberättelsen redovisades av
kassören och" / "godkändes av mötet." Short minutes write a point as one sentence; wrapped at the line's end,
its second line alone ("godkändes av mötet.") reads as a passive decision without its subject. The decision
is the whole sentence: the heading's words and the line that ends them. So is a point whose wrapped line goes on
with a report's passive before the decision's own verb ("2. Rapporten redovisades av kassören och godkändes.
Revisionsberättelsen" / "lästes upp av revisorn och godkändes.")."""

from __future__ import annotations

import re

#: a line that starts with the decision's passive verb in lower case: the rest of a sentence begun before it
CONTINUED = re.compile(r"^(?:(?:och|samt)\s+)?(?:godkändes|godkänns|fastställdes|fastställs|antogs|antas|"
                       r"beviljades|beviljas|valdes|omvaldes|utsågs|noterades|antecknades|lades\s+till\s+handlingarna|"
                       r"bordlades|återremitterades)\b|"
                       # a past passive that reports before the decision's own verb: "föredrogs av Per Ek och godkändes."
                       r"^[a-zåäö]{3,}(?:ades|des|tes|ogs|ågs|cks)\s")


def whole_sentence(heading: str, decisions: list[str]) -> list[str]:
    """The decisions with a first one that continues the heading's unfinished sentence made whole."""
    head = " ".join(heading.split())
    if not decisions or not head or head.endswith((".", "!", "?", ":", ";")) or not CONTINUED.match(decisions[0]):
        return decisions
    return [f"{head} {decisions[0]}"] + decisions[1:]
