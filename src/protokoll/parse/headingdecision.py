"""An item whose numbered line is its decision: "5. Utskickad dagordning godkändes.", "10. Beslöts att ...".

Short minutes (an association's annual meeting, a board's formalia) write each point as one sentence that
records what was decided, with no body under it. That sentence is both the point's heading and its
decision. It is read as a decision only when nothing is under the heading and the sentence decides in one of
the forms the decision reader knows without a label (a passive "godkändes", "valdes", "Beslöts att ...",
"Styrelsen beslutar ..."); a heading that only names a subject ("Val av justerare") decides nothing. A
heading with a one-word formality run on after it ("Föregående minnesanteckningar Godkändes.") decides that word.
"""

from __future__ import annotations

import re

from . import decided
from .decidedforms import ONE_WORD
from .unlabelled import opening
from .lines import Line

#: a page's trailing mark left on the sentence's line ("... valdes Per Ek. 2/2"): not part of the decision
PAGE_TAIL = re.compile(r"\s+\d{1,3}\s*/\s*\d{1,3}(?:\s+\d{1,3}\.?)?\s*$")


#: a heading that names a report, an information or a notice: what it tells was decided elsewhere
REPORT_HEADING = re.compile(r"^(?:Information|Informationer|Rapport|Redovisning|Meddelande|Meddelanden|Anmälan|"
                            r"Delgivning|Uppföljning|Återrapportering)\b", re.I)


#: a formality noted in one word run on after the heading's subject: "2. Föregående minnesanteckningar Godkändes."
#: (the notes' answer to the point, its line break lost)
ONE_WORD_AFTER = re.compile(r"(?<=[a-zåäö0-9)]\s)" + ONE_WORD.pattern.removeprefix("^"))


def heading_decision(sentence: str, rest: list[Line]) -> list[str]:
    """[the heading's sentence] when it is the item's decision, else []; the one word run on after the heading's
    subject when that is all that decides."""
    below = any(not ln.blank for ln in rest)
    s = PAGE_TAIL.sub("", " ".join(sentence.split()))
    if below and not (s.endswith(".") and len(s.split()) > 3) or below and REPORT_HEADING.match(s):  # text under it
        return []  # that decides nothing: only a whole sentence ("§ 6 Frågan om ... besvaras med ja." / "Kallelsen ..."),
    # not a report's heading ("Information om att bygglovet beviljades.") whose text tells the matter
    if (m := ONE_WORD_AFTER.search(s)) if s[-1:] in ".!s" and not below else None:
        return [m.group(0).strip()]
    if len(s.split()) < (2 if s.endswith(".") else 3) or not (opening(s) or decided.unlabelled(s)):
        return []
    return [s]
