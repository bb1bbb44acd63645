"""Presenters set after an agenda item's title together with the item's time slot, and other heading forms
the rules of :mod:`.presenters` and :mod:`.presenterrun` do not read.

Agendas (kallelser, dagordningar, programmes) often give each item its presenter and its time:
- "Budgetuppföljning Anna Berg, ekonom, kl. 13.30–14.00", "Personalfrågor Anna Berg kl. 10.30",
  "Information om projektet Anna Berg (15 min)": the name is read once the time slot is taken off;
  the title keeps neither the name nor the slot.
- "Information om HR (Anna Berg/Per Ek)": names in parentheses, separated by slashes.
- "Information från Anna Berg, kvalitetsstrateg": the heading names who informs; the title stays whole
  (the name is its object, not a column after it).
A heading whose rest after the name is a presenter label ("Nya riktlinjer Dragande: Anna Berg") loses the
label with the name.
"""

from __future__ import annotations

import re

from .names import is_person
from .presenterrun import leading_people, marked_presenters
from .presenters import title_presenters

#: a time written after a heading: "kl. 13.30–14.00", "kl 10.30", "13.30-14.00", "(kl. 13.30)", "(15 min)", "ca 20 min"
TIME = r"\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?"
SLOT = re.compile(rf"(?:[\s,;]+|\s*[-–]\s*)\(?\s*(?:(?:(?:kl\.?|klockan)\s*{TIME})|"
                  rf"\d{{1,2}}[.:]\d{{2}}\s*[-–]\s*\d{{1,2}}[.:]\d{{2}}|"
                  r"(?:ca\.?\s*)?\d{1,3}\s*(?:min|minuter)\.?)\s*\)?\s*$", re.I)
#: a presenter label left at a heading's end once the name after it was taken: "Nya riktlinjer Dragande"
LABEL_END = re.compile(r"[\s,;–-]+(?:Föredragande|Föredragare|Dragande|Presentatör|Inledare|Ansvarig|Ansv\.?|"
                       r"Föredras av)\s*:?\s*$", re.I)
#: names in parentheses at a heading's end, separated by slashes: "(Anna Berg/Per Ek)"
SLASHED = re.compile(r"\s*\(\s*(?P<names>[^()/]+(?:/[^()/]+)+)\s*\)\s*$")
#: a heading that names who informs: "Information från Anna Berg", "Rapport från Anna Berg, SKR"
FROM_PERSON = re.compile(r"^(?:Information|Rapport|Lägesrapport|Redovisning|Presentation|Hälsning)\s+från\s+"
                         r"(?P<rest>[A-ZÅÄÖ].+)$")


def slot_presenters(title: str) -> tuple[str, list[str]]:
    """(the heading without its presenter and time slot, the presenters) for the forms above; (title, [])
    when none of them names a person."""
    slot = SLOT.search(title) if any(c.isdigit() for c in title) else None
    if slot and slot.start() > 0:
        core = title[:slot.start()]
        for read in (title_presenters, marked_presenters):
            head, people = read(core)
            if people:
                return without_label_end(head), people
    slashed = SLASHED.search(title) if "/" in title else None
    if slashed and slashed.start() > 0:
        parts = [p.strip() for p in slashed.group("names").split("/")]
        if all(is_person(p) for p in parts):
            return title[:slashed.start()].rstrip(), parts
    informing = FROM_PERSON.match(title) if "från" in title else None
    if informing and (people := leading_people(informing.group("rest"))):
        return title, people
    return title, []


def without_label_end(title: str) -> str:
    """ "Nya riktlinjer Dragande" -> "Nya riktlinjer": a presenter label whose name was taken off."""
    cut = LABEL_END.sub("", title) if title else title
    return cut if cut else title
