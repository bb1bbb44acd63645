"""Attendee lists whose entries are "Given Surname Organisation" with nothing between the two (issue 10).

Network and council minutes list their participants as "Deltagare: Anna Berg Lunds kommun, Per Ek Region Skåne,
Eva Lind Trelleborgs Hamn AB, ...": one comma-separated entry per person, the person's name and the employer run
together. The chunk readers took each entry as one long name, or lost the organisation. Here an entry is segmented
by the shape of its two parts: the person is a given name the gazetteer knows (a double name, a particle, an
initial: :func:`.namerun.name_ends`) and one or two family names; the organisation is the rest, which must open with
a capital, end with a capital or an organisation word ("Lunds kommun", not "Lunds kommun ordförande") and have an
organisation's shape (:func:`.persons.is_org`: a municipality or region, an organisation word
such as "kommun", "förbund", "AB", an acronym), and be more than a company form alone ("AB"). Where both one and two
family names leave such an organisation ("Karin Holm Lundin Region Skåne", "Olof Ek Skånes Kommunförbund"), the
organisation must open with a word that is an organisation's on its own (a place or its genitive, an organisation
word, an acronym) and the name must not end with one; still two ways, and the entry is not segmented. The list is
read this way only when every entry but at most one segments (two entries: both); otherwise the caller reads it as
before (abstain).
"""

from __future__ import annotations

import re

from ..record import Attendee
from ..swedish import gazetteer
from .namerun import name_ends
from .persons import HAS_ORG_WORD, affiliation, is_org

#: a company's or association's legal form, never an organisation on its own
LEGAL_FORMS = frozenset({"AB", "HB", "KB", "Ab", "ek.för.", "ekf"})
ACRONYM = re.compile(r"[A-ZÅÄÖ][A-ZÅÄÖ0-9&]+")
MIN_ENTRIES = 2


def person_org_entries(chunks: list, group: str) -> list[Attendee | None] | None:
    """One :class:`Attendee` per chunk (None for the one chunk left to the older readers), or None when the list
    is not one of "Name Organisation" entries (see the module)."""
    if len(chunks) < MIN_ENTRIES or any(ch.paren for ch in chunks):
        return None
    out: list[Attendee | None] = []
    misses = 0
    for ch in chunks:
        got = segment(ch.text)
        if got is None:
            misses += 1
            if misses > 1 or len(chunks) == MIN_ENTRIES:
                return None
            out.append(None)
            continue
        name, org = got
        out.append(Attendee(name=name, group=group, affiliation=affiliation(org)))
    return out


def segment(text: str) -> tuple[str, str] | None:
    """(person, organisation) of one entry, or None when it does not split into the two in one way."""
    words = text.split()
    if len(words) < 3 or not words[0][:1].isupper():
        return None
    cuts = [k for k in name_ends(words, 0) if k < len(words) and _org_shape(words[k:])]
    if len(cuts) > 1:  # the place or organisation word belongs to the organisation, not to the name before it
        cuts = [k for k in cuts if _org_word(words[k]) and not _org_word(words[k - 1])]
    if len(cuts) != 1:
        return None
    return " ".join(words[:cuts[0]]), " ".join(words[cuts[0]:])


def _org_shape(words: list[str]) -> bool:
    org = " ".join(words)
    last = words[-1]  # "Östra kommun ordförande": a role or title after the organisation, no part of it
    return words[0][:1].isupper() and (not last[:1].islower() or HAS_ORG_WORD(last)) and org not in LEGAL_FORMS \
        and is_org(org)


def _org_word(word: str) -> bool:
    """A word that is an organisation's on its own: a place (or its genitive), an organisation word, an acronym."""
    return bool(ACRONYM.fullmatch(word) or HAS_ORG_WORD(word) or gazetteer.municipality(word, genitive=True)
                or gazetteer.region("Region " + word))
