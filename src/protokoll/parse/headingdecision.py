"""An item whose numbered line names its subject and the one word that decided it: "2. Föregående
minnesanteckningar Godkändes.", "5. Ekonomi Noterades.".

Short minutes (an association's annual meeting, a board's formalia) write some points as their subject with
the notes' one-word answer run on after it (the line break between them lost); the title is the subject and
the word is the point's decision.

A point written as one whole sentence with no heading of its own ("§ 2. Kallelsen till årsmötet godkändes.",
"§ 16. Beslöts att styrelsen får utse ombud.") has that sentence as its title: the record does not repeat the
title as the point's decision (as the hand-made records of such protocols write them: a headingless paragraph's
sentence is its title, and its decision stays empty).
"""

from __future__ import annotations

import re

from .decidedforms import ONE_WORD
from .lines import Line

#: a page's trailing mark left on the sentence's line ("... valdes Per Ek. 2/2"): not part of the decision
PAGE_TAIL = re.compile(r"\s+\d{1,3}\s*/\s*\d{1,3}(?:\s+\d{1,3}\.?)?\s*$")


#: a formality noted in one word run on after the heading's subject: "2. Föregående minnesanteckningar Godkändes."
#: (the notes' answer to the point, its line break lost)
ONE_WORD_AFTER = re.compile(r"(?<=[a-zåäö0-9)]\s)" + ONE_WORD.pattern.removeprefix("^"))


def heading_decision(sentence: str, rest: list[Line]) -> list[str]:
    """The one word run on after the heading's subject when that is all that decides and nothing is under the
    heading, else [] (a whole deciding sentence is the item's title, not repeated as its decision)."""
    if any(not ln.blank for ln in rest):
        return []
    s = PAGE_TAIL.sub("", " ".join(sentence.split()))
    if s[-1:] in ".!s" and (m := ONE_WORD_AFTER.search(s)):
        return [m.group(0).strip()]
    return []
