"""Presenters named in a protocol's header with the paragraphs they presented.

A protocol's attendance part may say who presented which paragraph: a "Föredragande" label before the names
("Föredragande Anna Berg, ekonom § 12, Per Ek, bygglovschef §§ 13-14") or the word after a name and its title
("Anna Berg, ekonom, föredragande § 12"). The paragraph numbers link each name to its items. A name with
paragraph numbers but without the word (an official attending "§ 12") attended; it presented nothing here.
"""

from __future__ import annotations

import re

from ..record import Item
from .names import is_person
from .presenterforms import NAME  #: a person's name of two or three capitalised words

#: the paragraphs or agenda points a presenter is named for: "§ 12", "§§ 13-14", "ärende 4", "punkt 5–6" (a kallelse)
NUMBERS = r"(?:§{1,2}|(?:ärende|ärendena|punkt|punkterna)\s)\s*(?P<nums>\d{1,4}(?:\s*(?:-|–|,|och)\s*\d{1,4})*)"
#: the words that mark those numbers, for the cheap check before the patterns run
MARKS = ("§", "ärende", "punkt")
#: "Föredragande Anna Berg, ekonom § 12, Per Ek §§ 13-14": the label, then up to a line's end
LABELLED = re.compile(r"(?:^|\n)[ \t]*Föredragande(?:\s+tjänste(?:män|personer))?[ \t]*:?[ \t]+(?P<rest>[^\n]{5,300})")
#: the header's next label on a flattened line, where the presenters end
NEXT_LABEL = re.compile(r"\s(?:Sekreterare|Justerare|Justerande|Utses att justera|Ordförande|Beslutande|Övriga|"
                        r"Ersättare|Tjänstemän|Paragrafer|Underskrifter|Plats)\b")
#: a name, a title in lower case, the paragraphs: "Anna Berg, ekonom § 12", "Per Ek §§ 13-14"
ENTRY = re.compile(rf"(?P<name>{NAME})(?:\s*,\s*[a-zåäö][\wåäö\-. ]{{1,40}}?)?\s*,?\s*{NUMBERS}")
#: "Anna Berg, ekonom, föredragande § 12": the word after the name and its title
MARKED = re.compile(rf"(?P<name>{NAME})(?:\s*,\s*[a-zåäö][\wåäö\-. ]{{1,40}}?)?\s*,?\s*föredragande\s+{NUMBERS}")


def place_header_presenters(items: list[Item], text: str) -> None:
    """Give each item without presenters of its own the people the header names as presenting its paragraph
    (the item's own text is nearer than the header: what it gave is kept)."""
    if "öredragande" not in text or not any(mark in text for mark in MARKS):
        return
    by_number = {item.number: item for item in items if item.number and not item.presenters}
    for name, numbers in _named(text):
        for number in numbers:
            item = by_number.get(number)
            if item is not None and name not in item.presenters:
                item.presenters.append(name)


def _named(text: str) -> list[tuple[str, list[str]]]:
    found = [(m.group("name"), _numbers(m.group("nums"))) for m in MARKED.finditer(text)]
    for label in LABELLED.finditer(text):
        rest = NEXT_LABEL.split(label.group("rest"), maxsplit=1)[0]
        found += [(m.group("name"), _numbers(m.group("nums"))) for m in ENTRY.finditer(rest)]
        if found and rest == label.group("rest"):  # one presenter a line: the lines after it that are entries alone
            for line in text[label.end():].split("\n")[1:]:
                m = ENTRY.fullmatch(line.strip(" \t.;"))
                if not m:
                    break
                found.append((m.group("name"), _numbers(m.group("nums"))))
    return [(name, numbers) for name, numbers in found if is_person(name)]


def _numbers(value: str) -> list[str]:
    """ "13-14" -> ["13", "14"]; "12, 14 och 16" -> ["12", "14", "16"]; a span of at most 30 paragraphs."""
    out: list[str] = []
    for part in re.split(r"\s*(?:,|och)\s*", value):
        ends = re.split(r"\s*[-–]\s*", part)
        if len(ends) == 2 and ends[0].isdigit() and ends[1].isdigit() and 0 <= int(ends[1]) - int(ends[0]) <= 30:
            out += [str(n) for n in range(int(ends[0]), int(ends[1]) + 1)]
        elif part.isdigit():
            out.append(part)
    return out
