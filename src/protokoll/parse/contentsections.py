"""A listed item whose section heading lost its number: "Dagordning" / "1. Inledning" / "2. Nytt från kansliet" /
"3. Erfarenhetsutbyte" ... then the sections "1. Inledning" / "Nytt från kansliet" / "3. Erfarenhetsutbyte".

An agenda listed at the top of minutes and then written out point by point gives each point twice; a copy that
drops some list numbers (or a writer who numbered only some headings) leaves a section heading as its bare title.
The listed entry is then read at that section, not in the list: the later line must be the listed title alone
(the same words, nothing else on the line) and stand between the sections read for the numbers before and after
it, so the items keep the list's order. Otherwise the entry stays where it was listed.
"""

from __future__ import annotations

from .headings import Heading
from .lines import Line


def titled_sections(lines: list[Line], chain: list[Heading], later: dict[str, Heading]) -> dict[str, Heading]:
    """{number: heading} for the listed entries of ``chain`` without a section in ``later`` whose title stands
    alone on a line after the list, in the list's order among the sections found."""
    found: dict[str, Heading] = {}
    floor = chain[-1].index
    for k, h in enumerate(chain):
        if h.number in later:
            floor = max(floor, later[h.number].index)
            continue
        ceiling = min((later[c.number].index for c in chain[k + 1:] if c.number in later), default=len(lines))
        title = h.title.strip().casefold()
        hits = [j for j in range(floor + 1, ceiling) if lines[j].text.strip().casefold() == title]
        if len(title) >= 4 and len(hits) == 1:
            found[h.number] = Heading(hits[0], h.number, h.title, h.style, h.score)
            floor = hits[0]
    return found
