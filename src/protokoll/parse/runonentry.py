"""The next entry of an attendance list run on into an affiliation (issue 10).

A list of "Name, Organisation" entries loses the line breaks between them when a page is extracted as text, and
where the entries are also written without a comma between them, the next person's name becomes the end of the
affiliation before it: "Anna Berg, Länsbiblioteket i Norrland Per Holm, ..." gives Anna Berg the affiliation
"Länsbiblioteket i Norrland Per Holm" and loses Per Holm. A list with a column of the items each attended runs
on the same way with the items between: "Anna Berg, Norrby IF 12 Per Holm". The affiliation ends where the name
begins, and the name is the next attendee of that list (in the same group), unless the record already lists him
or her: then the two are one person, not read twice.

Abstain where the end is not a name: a name is a known given name and one or two capitalised words after it (the
person test of :mod:`.persons`), and what stands before it is kept only when it is an affiliation on its own
(:func:`.affiliationcheck.plausible_affiliation`). An organisation named after a person ("Stiftelsen Anna Berg")
ends in a name too: the cut is made only where the organisation's own words are two or more ("Stiftelsen" alone
is left as it is) or an items' number stands between them.
"""

from __future__ import annotations

import re

from ..record import Attendee, MeetingRecord
from .affiliationcheck import plausible_affiliation
from .givenopen import opens_name
from .persons import affiliation, is_person

#: a word of a name: capitalised, perhaps double ("Anna-Karin")
NAME_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?")
#: the items a person attended, written in a column between the affiliation and the next name: "12", "3-5"
ITEMS = re.compile(r"\d{1,3}(?:[-–]\d{1,3})?")


def split_entries(rec: MeetingRecord) -> None:
    """Each affiliation that ends in the next entry's name cut before it, and that person listed after."""
    out: list[Attendee] = []
    names = {a.name.casefold() for a in rec.attendees}
    for a in rec.attendees:
        out.append(a)
        if not a.affiliation or a.affiliation.count(" ") < 2:  # the cheap test: head and a name of two words
            continue
        found = _run_on(a.affiliation)
        if found is None:
            continue
        a.affiliation, name = found
        if name.casefold() not in names:
            names.add(name.casefold())
            out.append(Attendee(name, group=a.group))
    rec.attendees = out


def _run_on(value: str) -> tuple[str, str] | None:
    """(the affiliation, the next person's name) of ``value``, or None when it does not end in a name."""
    words = value.split()
    for n in (2, 3):  # "Per Holm", "Anna-Karin Berg Holm"
        name, head = words[-n:], words[:-n]
        if len(head) < 1 or not all(NAME_WORD.fullmatch(w) for w in name):
            return None
        if not opens_name(name[0].split("-")[0]) or not is_person(" ".join(name)):
            continue
        items = ITEMS.fullmatch(head[-1]) is not None
        head = head[:-1] if items else head
        if not head or len(head) < 2 and not items:
            return None  # "Stiftelsen Anna Berg": an organisation named after a person may end in the name
        if opens_name(head[-1]):
            return None  # "... Anna Maria Berg": the name may start a word earlier
        kept = " ".join(head).rstrip(" ,;")
        return (affiliation(kept) or kept, " ".join(name)) if plausible_affiliation(kept) == kept else None
    return None
