"""An attendance list written as a sentence of the header: "Vid mötet deltog Anna Berg, Per Holm och Eva
Lind." (issue 10).

Network notes and association minutes often name who came in one sentence instead of under a label. The
sentence's opening words say what the label would ("Vid mötet deltog", "På sammanträdet närvarade",
"Närvarande var"); the list is the rest of that sentence, which ends at its full stop (not the dot of an
initial, "Stig A. Berg"). The sentence must go on with a capitalised name: "Vid mötet deltog även
representanter för ..." names no one.
"""

from __future__ import annotations

import re

#: the sentence's opening words, the list after them
OPENING = re.compile(r"^(?P<label>(?:(?:Vid|På|Under)\s+(?:mötet|sammanträdet|träffen|dagens\s+möte)\s+"
                     r"(?:deltog|närvarade|medverkade)|(?:Närvarande|Deltagare|Deltagande)\s+(?:vid\s+mötet\s+)?var)"
                     r"(?:\s+följande)?)\s*:?\s+(?P<rest>[A-ZÅÄÖÉ].*)$", re.S)
#: the sentence naming who came from one organisation: "Från Norrby kommun deltog Anna Berg och Per Holm."; the
#: value is the whole sentence, whose organisation the list reader gives the people (``names._from_sentences``)
FROM = re.compile(r"^(?P<label>Från\s+(?:[A-ZÅÄÖ][^.:;,]{1,80}?)\s+(?:deltog|närvarade|medverkade))\s+"
                  r"(?P<rest>[A-ZÅÄÖÉ].*)$", re.S)
#: a sentence's end: a full stop not after a lone capital (an initial)
SENTENCE_END = re.compile(r"(?<![\s.][A-ZÅÄÖ])\.(?=\s|$)")


def prose_list(text: str) -> tuple[str, str, str] | None:
    """(label, field kind, the sentence's list) when a line opens with an attendance sentence, or None."""
    m = OPENING.match(text) if text.startswith(("Vid ", "På ", "Under ", "Närvarande ", "Deltag")) else None
    if not m and text.startswith("Från ") and (m := FROM.match(text)):
        end = next((e for e in SENTENCE_END.finditer(text, m.start("rest"))  # not a stop inside brackets: "(till kl. 15)"
                    if text.count("(", 0, e.start()) <= text.count(")", 0, e.start())), None)
        return m.group("label"), "attendees:present", (text[:end.start()] if end else text).strip()
    if not m:
        return None
    rest = m.group("rest")
    end = SENTENCE_END.search(rest)
    return m.group("label"), "attendees:present", (rest[:end.start()] if end else rest).strip()


def sentence_label(label: str) -> bool:
    """Whether a label read by :func:`prose_list` opened a sentence: its list ends with the sentence, the lines
    after it are no part of it."""
    return bool(OPENING.match(label + " X") or FROM.match(label + " X"))
