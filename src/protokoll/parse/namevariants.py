"""One person written two ways in one document: the list's spelling and the officer's (issue 10).

A protocol names its chair and its justerare twice: in the list of those present ("Anna Lindqvist (S)") and again
in the label or signature block that says what they did ("Utses att justera: Ana Lindqvist", "Justerande / Anna
Lindkvist"). Typed by hand or read by OCR, the two spellings of the same name differ now and then by a letter
("Åman" / "Åhman", "Mauricio" / "Maurico"), or a double family name is written with a hyphen in one place and
without it in the other ("Lindblad-Söderman" / "Lindblad Söderman"). Read as two names, the officer becomes a
second attendee who never existed.

An officer entry (an ``ordförande``, ``justerare`` or ``sekreterare`` read without an affiliation of its own) is
merged into a listed attendee written nearly the same: the same words once hyphens are read as spaces, or the same
number of words of which exactly one differs by a single letter added, dropped or changed, that word of four letters
or more (a given name six or more: "Lena" and "Lina" are two names) and with the same first letter. The listed entry keeps its spelling and affiliation and takes the officer's
role. Two people in a list who both carry an affiliation ("Anna Olsson (S)" and "Anna Ohlsson (M)") are never
merged: only an entry without an affiliation, the officer's, is folded in.
"""

from __future__ import annotations

from ..record import Attendee

OFFICER_ROLES = frozenset({"ordförande", "justerare", "sekreterare"})
GIVEN_MIN = 6  #: a given name differs by a letter only where it is this long ("Mauricio" / "Maurico")


def merge_variants(people: list[Attendee]) -> list[Attendee]:
    """``people`` without officer entries that repeat an earlier or later listed attendee's name in another
    spelling (see the module); the listed entry takes the officer's role where it has none or
    is a plain member's."""
    out = list(people)
    for a in people:
        if a.role not in OFFICER_ROLES or a.affiliation:
            continue
        listed = [b for b in out if b is not a and b.name != a.name and variant(a.name, b.name)]
        if len(listed) != 1:  # none, or two the name might be: left as read
            continue
        listed[0].role = a.role if listed[0].role in (None, "ledamot") else listed[0].role
        out.remove(a)
    return out


def variant(a: str, b: str) -> bool:
    """Whether names ``a`` and ``b`` are one name written two ways (see the module)."""
    wa, wb = a.casefold().replace("-", " ").split(), b.casefold().replace("-", " ").split()
    if wa == wb:
        return True
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    diff = [(k, x, y) for k, (x, y) in enumerate(zip(wa, wb)) if x != y]
    # a short given name one letter from another is another given name ("Lena" / "Lina", "Anna" / "Anne")
    return len(diff) == 1 and _one_letter(*diff[0][1:]) and (diff[0][0] > 0 or len(diff[0][1]) >= GIVEN_MIN)


def _one_letter(x: str, y: str) -> bool:
    """One letter added, dropped or changed, in words of four letters or more that open alike."""
    if min(len(x), len(y)) < 4 or x[0] != y[0] or abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        return sum(1 for p, q in zip(x, y) if p != q) == 1
    short, long = (x, y) if len(x) < len(y) else (y, x)
    return any(long[:k] + long[k + 1:] == short for k in range(len(long)))
