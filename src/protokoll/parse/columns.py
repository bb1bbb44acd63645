"""Header labels and values written in columns that extraction flattened.

A two-column header ("Plats och tid | Stadshuset", "Beslutande | Anna Berg ...")
comes out of PDFs and web pages as the labels one under the other and all the
values after the last label; a signature block ("Sekreterare", "Ordförande",
"Justerare" with the names above or after them) likewise. These functions
share such values out where the order makes it certain, and leave them open
with an "uncertain: ..." note where it does not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..swedish.dates import find_dates, parse_times
from ..swedish.kept import compiled
from .names import find_people, given_names

if TYPE_CHECKING:
    from .fields import Field

ROLE_KINDS = ("chair", "secretary", "justerare")
#: a party's letters after a signer's name ("Anna Berg (S)"): part of the name's entry, not another value
PARTY = re.compile(r"\(\s*[A-ZÅÄÖa-zåäö]{1,4}\s*\)")


def unstack(stack: list[Field]) -> None:
    """Share out the value of the last of several labels written one under the other.

    A two-column header flattened by extraction puts the labels ("Plats",
    "Beslutande", "Övriga närvarande") on lines of their own and all their
    values after the last one. The values keep the labels' order: a date, a
    place up to the first person's name, then the people. People under several
    list labels cannot be told apart: they all join the first list (its role
    words are not given to anyone); a justerare among list labels is left open.
    Role labels alone ("Sekreterare", "Ordförande", "Justerare") take one name
    each when the names are exactly as many as the labels.
    """
    last = stack[-1]
    k = len(stack) - 1
    while k > 0 and not stack[k - 1].value and stack[k - 1].kind != "ignore":
        k -= 1
    stack = stack[k:]
    if len(stack) < 2:
        return
    value, last.value = last.value, ""
    if all(f.kind in ROLE_KINDS for f in stack):
        _one_name_each(stack, value)
    else:
        _in_label_order(stack, value)


#: the box that follows a signature block on a protocol's first page, run on after the signers' names
NEXT_BOX = re.compile(r"\s(?:ANSLAG|BEVIS|Anslag\s*/\s*[Bb]evis|Bevis om (?:anslag|justering)|Utdragsbestyrkande|"
                      r"Protokollet (?:är|har) justerats?)\b")


def _one_name_each(stack: list[Field], value: str) -> None:
    """Role labels alone in a row: one name each when the names are exactly as many as the labels and
    nothing else is written; else every label is left open, said so."""
    value = NEXT_BOX.split(value)[0]  # "... Kim Sjö ANSLAG/BEVIS Protokollet är justerat": the page's next box
    names = find_people(value)
    rest = PARTY.sub("", compiled("|".join(map(re.escape, names))).sub("", value))
    if len(names) == len(stack) and not rest.strip(" ,;.…_"):
        for f, name in zip(stack, names):
            f.value = name
    else:
        for f in stack:
            f.note = f"uncertain: {len(stack)} role labels in a row, {len(names)} names after them"


def _in_label_order(stack: list[Field], value: str) -> None:
    """The values in the labels' order: a date (and hours), a place up to the first person's name, then all the
    people to the first list label; a justerare among list labels is left open."""
    rest = value
    lists = [f for f in stack if f.kind.startswith("attendees")]
    for f in stack:
        if f.kind in ("date", "datetime", "dateplace"):
            f.value, rest = _take_when(rest, times=f.kind != "date")
        elif f.kind == "place":
            f.value, rest = _take_place(rest, more=any(g.kind != "place" for g in stack[stack.index(f) + 1:]))
        elif f.kind == "justerare" and lists:
            f.note = "uncertain: a justerare among list labels in a row"
        elif lists and f is lists[0]:
            f.kind = ":".join(f.kind.split(":")[:2])
            at = _person_start(rest)
            f.value, rest = (rest[at:].strip(" ,;") if at is not None else ""), ""


TIME_AT = re.compile(r"[\s,]*(?:kl\.?|klockan)?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?")


def _take_when(text: str, times: bool) -> tuple[str, str]:
    """A date (with weekday and time) at the start of ``text``, and what follows it; for a "Tid"
    label also a time alone ("18:00")."""
    found = [m for m in find_dates(text) if m.start <= 25]
    if not found:
        m = TIME_AT.match(text)
        if times and m and re.search(r"\d[.:]\d{2}", m.group(0)) and parse_times(m.group(0))[0]:
            return m.group(0).strip(" ,"), text[m.end():].strip(" ,;")
        return "", text
    end = found[0].end
    m = TIME_AT.match(text, end)
    if m and parse_times(m.group(0))[0]:
        end = m.end()
    return text[:end].strip(" ,"), text[end:].strip(" ,;")


def _take_place(text: str, more: bool) -> tuple[str, str]:
    """The place: up to the first person's name when more values follow."""
    if not more:
        return text.strip(" ,;"), ""
    at = _person_start(text)
    return (text[:at].strip(" ,;"), text[at:]) if at else ("", text)


PERSON_AT = re.compile(r"(?<![\wåäö-])(?=([A-ZÅÄÖ][a-zåäö]+)(?:-[A-ZÅÄÖ][a-zåäö]+)?\s+[A-ZÅÄÖ][a-zåäö]+"
                       r"(?:-[A-ZÅÄÖ][a-zåäö]+)?(\s*\((?:[A-ZÅÄÖa-zåäö]{1,3})\)|,\s+[a-zåäö])?)")


def _person_start(text: str) -> int | None:
    """Where the first person's name starts: a known given name, or two capitalised words before a
    party "(S)" or a title ", ordförande"."""
    for m in PERSON_AT.finditer(text):
        if m.group(1) in given_names() or m.group(2):
            return m.start()
    return None



# --- signature blocks ------------------------------------------------------------------------

def check_roles(fields: list[Field]) -> None:
    """Role labels without a colon on consecutive lines ("Sekreterare", "Ordförande", "Justerande")
    form a signature block; when one of them is followed by something that is not a name, the
    names there stand under or above their roles, not after them: the block is left open."""
    block: list[Field] = []
    for f in fields + [None]:
        if f is not None and f.kind in ROLE_KINDS + ("ignore",) and not f.colon and \
                (not block or _adjacent(block[-1], f)):
            block.append(f)
            continue
        roles = [g for g in block if g.kind in ROLE_KINDS]
        if len(roles) >= 2 and any(g.value and not _starts_with_person(g.value) for g in roles):
            for g in roles:
                g.value, g.note = "", "uncertain: a signature block whose role words are not followed by names"
        block = [f] if f is not None and f.kind in ROLE_KINDS and not f.colon else []


def _adjacent(a: Field, b: Field) -> bool:
    """``b``'s label is on the line after ``a``'s (and its value lines)."""
    end = (a.lines[-1].start + len(a.lines[-1].text)) if a.lines else a.start + len(a.label)
    return b.start - end <= 1


def _starts_with_person(value: str) -> bool:
    m = re.match(r"[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,3}", value)
    return bool(m) and any(name for name in find_people(m.group(0)) if m.group(0).startswith(name))
