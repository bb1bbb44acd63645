"""An item's body with the lines that head its text set apart from the sentence after them.

A protocol writes an item's case number and its section headings on lines of their own, without a full stop:
"Dnr KS 2024/12" / "Sammanfattning" / "Ekonomichef Anna Berg informerar om budgeten." Read as running text,
such a line runs on into the next sentence ("Dnr KS 2024/12 Sammanfattning Ekonomichef Anna Berg informerar
..."), and a sentence that names its presenter or states its decision at its start is no longer read as one.
A blank line after each such line keeps it a unit of its own; nothing else of the body changes.
"""

from __future__ import annotations

import re

from .lines import Line
from .sectionheads import SECTION

#: a case number alone on a line, with or without its label: "Dnr KS 2024/12", "Dnr: 2024.123",
#: "Diarienummer SN 2024/7", "KS 2024/12", "2015/FF0073" (and the archive code after it: "Dnr KS 02-820 107")
CASE_NUMBER_LINE = re.compile(r"^\(?(?:(?:Dnr|DNR|Diarienr|Diarienummer|Diarie\s?nr)\.?\s*:?\s*)?"
                              r"(?:[A-ZÅÄÖ]{1,8}[\s.-]?)?\d{1,4}[/.-][A-ZÅÄÖ]{0,4}\d[\w./-]*\)?"
                              r"(?:\s+[-–]?\s*\d{1,4})?$")


def _heads(ln: Line) -> bool:
    """A line that heads the text after it: a case number or a section heading alone on its line."""
    t = ln.text.strip()
    if not t or len(t) > 40 or t.endswith((".", "!", "?")):
        return False
    return bool(t[:1].isdigit() or t.startswith(("Dnr", "DNR", "Diarie")) or t[:1].isupper() and any(
        c.isdigit() for c in t)) and bool(CASE_NUMBER_LINE.match(t)) or bool(SECTION.match(t))


#: a labelled case number that a lost line break ran on into the item's first sentence: "Dnr KS 2024/12
#: Ekonomichef Anna Berg informerar ..." (the label's digits, then a capitalised word and a lower-case one)
CASE_NUMBER_RUN_ON = re.compile(r"^(?:Dnr|DNR|Diarienr|Diarienummer)[.:]?\s*(?:[A-ZÅÄÖ]{1,6}[\s.-]?)?\d{1,4}[/.-]"
                                r"\d[\w./-]*\s+(?=[A-ZÅÄÖ][a-zåäö]+\s+[A-ZÅÄÖa-zåäö])")


def heads_apart(body: list[Line]) -> list[Line]:
    """``body`` with a paragraph break after each line that is only a case number or a section heading (or a
    case number the first sentence runs on from); the same list when there is none."""
    if not any(_heads(ln) or ln.text.startswith(("Dnr", "DNR", "Diarie")) for ln in body if not ln.blank):
        return body
    out: list[Line] = []
    for ln in body:
        if not ln.blank and (run_on := CASE_NUMBER_RUN_ON.match(ln.text)):
            cut = run_on.end()
            out += [Line(ln.text[:cut].rstrip(), ln.start), Line("", ln.start + cut), Line(ln.text[cut:], ln.start + cut)]
            continue
        out.append(ln)
        if not ln.blank and _heads(ln):
            out.append(Line("", ln.start))
    return out if len(out) > len(body) else body
