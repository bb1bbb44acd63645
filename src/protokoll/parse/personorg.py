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
word, an acronym, a unit's definite form) or the name must end like a family name; else the entry is not
segmented so.

A list is read this way only when at least three of its entries (all, if fewer) segment so; then an entry whose
rest is a company's or institution's bare name ("Per Ek Midroc", "Eva Lind Metso Sverige": capitalised, no title,
no given name first) is read too, the person the shorter name, and "Anna Berg, Norrby gymnasium" (the comma kept)
is one entry. Every entry but at most one (two entries: both; in a long list one in five, :data:`MISS_SHARE`) must be
read; otherwise the caller reads the list as before (abstain). An entry not read is left to the older readers. A list run on into the first item ("... Per Ek BRG 1. Välkommen ...") ends at the item's number.
"""

from __future__ import annotations

import re

from ..record import Attendee
from ..swedish import gazetteer
from .givenopen import known_given_names
from .namerun import FAMILY_END, name_ends, unknown_name_ends
from .persons import HAS_ORG_WORD, PARTIES, affiliation, has_title_word, is_org

#: a company's or association's legal form, never an organisation on its own
LEGAL_FORMS = frozenset({"AB", "HB", "KB", "Ab", "ek.för.", "ekf"})
ACRONYM = re.compile(r"[A-ZÅÄÖ][A-ZÅÄÖ0-9&]+")
#: a school's or an institution's last word in lower case ("Lindholmens tekniska gymnasium")
INSTITUTION_END = re.compile(r"(?:gymnasi|skol|bibliotek|muse|sjukhus)", re.I)
#: the first item's number run on after the list's last entry ("... Per Ek BRG 1. Välkommen ..."): the list ends
ITEM_AFTER = re.compile(r"\s\d{1,2}\.\s+(?=[A-ZÅÄÖ])")
#: a unit's name in the definite form ("Molekylverkstan", "Vuxenutbildningen", "Polhemsgymnasiet"), never a family name
DEFINITE = re.compile(r"[a-zåäö]{5}(?:en|et|an|na)$")
#: family names' endings beyond :data:`.namerun.FAMILY_END` ("Lundin", "Nylander")
FAMILY_MORE = re.compile(r"(?:in|ander)$")
#: an office in brackets after an entry ("(ordf.)", "(sekr)", "(ersättare)"): the older readers give it its role
OFFICE = re.compile(r"ordf|sekr|ledam|ersätt|juster|suppl", re.I)
MAX_ORG_WORDS = 6
TAKEN = ""  #: a chunk read with the entry before it, or the text after the list: no entry of its own
MIN_ENTRIES = 2
MIN_SURE = 3  #: entries whose organisation has an organisation's shape, before a company's bare name is accepted
#: one entry in this many may be left to the older readers (at least one): a long list whose entries are nearly all
#: "Name Organisation" is such a list even where two entries also write an office ("Anna Berg ordf Norrby kommun")
MISS_SHARE = 5


def person_org_entries(chunks: list, group: str) -> list[Attendee | str | None] | None:
    """One :class:`Attendee` per chunk (None for the one chunk left to the older readers; :data:`TAKEN` for the
    second chunk of a "Name, Organisation" entry and for the text run on after the list), or None when the list is
    not one of "Name Organisation" entries (see the module)."""
    if len(chunks) < MIN_ENTRIES or not chunks[0].text[:1].isupper() \
            or any(p.strip().upper() in PARTIES or OFFICE.search(p) or has_title_word(p)
                   for ch in chunks for p in ch.paren):
        return None  # politicians with their parties, an office or a title in brackets: the older readers' lists
    texts = [ch.text for ch in chunks]
    for k, t in enumerate(texts):  # the list runs on into the first item: the rest is no entry
        if "." in t and (m := ITEM_AFTER.search(t)) and (sure := segment(t[:m.start()])):  # (its "." first)
            texts = texts[:k] + [t[:m.start()]]
            break
    sure = [segment(t) for t in texts]
    if sum(1 for g in sure if g) < min(len(texts), MIN_SURE) or len(texts) < MIN_ENTRIES:
        return None  # too few sure entries: not a list of people with their organisations
    out: list[Attendee | None] = []
    misses, paired = 0, False
    for k, t in enumerate(texts):
        if paired:  # the organisation of the entry before, after its comma
            out.append(TAKEN)
            paired = False
            continue
        got = sure[k] or (paired := _named(t, texts[k + 1] if k + 1 < len(texts) else "")) or segment(t, sure=False)
        paired = bool(paired)
        if got is None:
            misses += 1
            if misses > max(1, len(texts) // MISS_SHARE) or len(texts) == MIN_ENTRIES:
                return None
        out.append(Attendee(name=got[0], group=group, affiliation=affiliation(got[1])) if got else None)
    return out + [TAKEN] * (len(chunks) - len(texts)) if misses == 0 or len(texts) == len(chunks) else None


def _named(text: str, after: str) -> tuple[str, str] | None:
    """"Anna Berg, Norrby gymnasium": an entry that is only a person's name, its organisation the next chunk (one
    that opens with no given name and is no entry of its own)."""
    words = text.split()
    if len(words) not in (2, 3) or len(words) not in name_ends(words, 0) or not after or segment(after) \
            or after.split()[0] in known_given_names() or has_title_word(after):
        return None
    return text, after


def segment(text: str, sure: bool = True) -> tuple[str, str] | None:
    """(person, organisation) of one entry, or None when it does not split into the two in one way. ``sure``: the
    organisation has an organisation's shape (:func:`_org_shape`); not ``sure``: any organisation's name as written
    after the person ("Per Ek Midroc", "Eva Lind Metso Sverige"). Where one and two family names both leave one, the
    word between decides: a place, an organisation word, an acronym or a unit's definite form ("Molekylverkstan")
    opens the organisation; a family name's ending ("Holmberg Lundin") ends the name; else the shorter name where
    not ``sure`` (a company's name), no reading where ``sure``."""
    words = text.split()
    if len(words) < 3 or not words[0][:1].isupper():
        return None
    ends = name_ends(words, 0) or (unknown_name_ends(words, 0) if sure else [])
    cuts = [k for k in ends if k < len(words) and (_org_shape(words[k:]) or _named_org(words[k:]))]
    if len(cuts) > 1:
        first = words[cuts[0]]
        if _org_word(first) or DEFINITE.search(first):
            cuts = cuts[:1]
        elif FAMILY_END.search(first) or FAMILY_MORE.search(first) or _org_word(words[cuts[1] - 1]):
            cuts = cuts[1:]
        elif sure:
            return None
    if not cuts or sure and not _org_shape(words[cuts[0]:]):
        return None
    return " ".join(words[:cuts[0]]), " ".join(words[cuts[0]:])


def _named_org(words: list[str]) -> bool:
    """A company's or an institution's name as written: capitalised, ending with a capital, an organisation word or
    an institution's, no title and no given name first."""
    if not _no_person(words):
        return False
    org, last = " ".join(words), words[-1]
    ends = not last[:1].islower() or HAS_ORG_WORD(last) or bool(INSTITUTION_END.search(last))
    return words[0][:1].isupper() and ends \
        and org not in LEGAL_FORMS and words[0] not in known_given_names() and not has_title_word(org)


def _org_shape(words: list[str]) -> bool:
    if not _no_person(words):
        return False
    org = " ".join(words)
    last = words[-1]  # "Östra kommun ordförande": a role or title after the organisation, no part of it
    return words[0][:1].isupper() and (not last[:1].islower() or HAS_ORG_WORD(last)) and org not in LEGAL_FORMS \
        and is_org(org)


def _no_person(words: list[str]) -> bool:
    """No longer than an organisation's name, and no given name followed by a capitalised word in it: "Tomelilla
    kommun Håkan Lind LRF" is two entries run together, no organisation."""
    return len(words) <= MAX_ORG_WORDS and not any(
        w in known_given_names() and nxt[:1].isupper() for w, nxt in zip(words, words[1:]))


def _org_word(word: str) -> bool:
    """A word that is an organisation's on its own: a place (or its genitive), an organisation word, an acronym."""
    return bool(ACRONYM.fullmatch(word) or HAS_ORG_WORD(word) or gazetteer.municipality(word, genitive=True)
                or gazetteer.region("Region " + word))
