"""The municipality glued after each name in a list whose commas were lost.

Apart from :mod:`.names` (at its size limit). Minutes of networks whose members come from several
municipalities write the attendance as "Name Municipality" entries: "Anna Berg Tranås, Per Holm Eksjö". When the
comma between name and municipality is lost, the municipality is read as a third name word. A list writes all
its entries one way, so the last word is cut off as the person's affiliation only when two or more entries of the
same list end in a municipality's bare name after a name of two words or more; one such entry alone ("Maria Ek
Lund", where Lund may be a second surname) is left as read. Ambiguous municipality names (also given names or
words: "Berg", "Nora", "Mark") are never cut.

A municipality written with its word, "Lunds kommun", "Sjöbo kommun", after a name with nothing between ("Anna Berg
Lunds kommun (ordf.)") needs no second entry: a municipality is named "<place> kommun" (the place in the genitive
where it takes one), and no person's name ends in "kommun". The list reader reads the lower-case "kommun" as the
person's title and the place as a last name word or as the affiliation: the place is cut off as the affiliation and
the "kommun" is no title (:func:`kommun_after_name`).
"""

from __future__ import annotations

from ..record import Attendee
from ..swedish.gazetteer import AMBIGUOUS_NAMES, municipality
from .persons import is_person


def _glued(name: str) -> str | None:
    """The municipality that ends a name of three words or more, the rest still a person's name, else None."""
    words = name.split()
    last = words[-1]
    if len(words) < 3 or last in AMBIGUOUS_NAMES or not last[:1].isupper() or not last[1:].islower():
        return None
    place = municipality(last)
    return place if place and is_person(" ".join(words[:-1])) else None


def kommun_after_name(a: Attendee) -> None:
    """"Anna Berg Lunds" titled "kommun": the name is "Anna Berg", from Lund; "Anna Berg" from Sjöbo titled "kommun"
    (the place already cut): no title (see the module)."""
    if a.title != "kommun":
        return
    words = a.name.split()
    place = municipality(words[-1], genitive=True) if len(words) >= 3 and words[-1] not in AMBIGUOUS_NAMES else None
    if place and not a.affiliation and is_person(" ".join(words[:-1])):
        a.name, a.affiliation, a.title = " ".join(words[:-1]), place, None
    elif a.affiliation and municipality(a.affiliation):
        a.title = None


def cut_glued_places(people: list[Attendee]) -> None:
    """Cut the municipality off every name that ends in one, when two or more of the list's names do; a name
    before "<place> kommun" loses the place whatever the rest of the list (:func:`kommun_after_name`)."""
    for a in people:
        kommun_after_name(a)
    found = [(a, p) for a in people if a.name.count(" ") >= 2 and (p := _glued(a.name))]
    if len(found) < 2:
        return
    for a, place in found:
        a.name = a.name.rsplit(" ", 1)[0]
        a.affiliation = a.affiliation or place
