"""People as the linker makes them: a name's mentions (:class:`Mention`), a person (:class:`Person`), how
two folded names relate (:func:`compare`), a person's canonical name and stable id (:func:`finish`) and the
manual corrections (merge, split) applied to them. Split from :mod:`.people`, which gives the same names and
finds the people."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from ..corrections import Correction
from ..swedish.fold import person_slug as slug
from .orgs import PARTICLES, fold, is_run_together

SAME, SHORT, POSSIBLE, NONE = "same", "short", "possible", "none"
_RANK = {NONE: 0, POSSIBLE: 1, SHORT: 2, SAME: 3}
PRESENTER, ASSIGNEE, MENTIONED = "föredragande", "uppdragstagare", "omnämnd"
NOT_A_SEAT = (MENTIONED, PRESENTER, ASSIGNEE)  #: roles that hold no seat at the meeting (``seats.same_seat``)


@dataclass(frozen=True)
class Mention:
    """A person's name in one meeting, with what the record says about them there."""

    name: str  #: as written
    meeting_id: int
    date: str | None
    year: int | None
    organization: str | None
    body: str | None
    role: str | None  #: meeting role, or föredragande / uppdragstagare / omnämnd
    group: str | None = None  #: present | other | guest for attendees
    affiliation: str | None = None  #: normalised (see ``orgs.normalise_affiliation``)
    title: str | None = None


@dataclass
class Person:
    mentions: list[Mention]
    possible: set[str] = field(default_factory=set)  #: folded names that may be the same person
    id: str = ""
    name: str = ""  #: the canonical name
    possible_same_as: list[str] = field(default_factory=list)  #: ids, filled by ``finish``

    @property
    def keys(self) -> set[str]:  #: the folded spellings
        return {fold(m.name) for m in self.mentions}

    @property
    def variants(self) -> list[str]:  #: every spelling seen, most frequent first
        counts = Counter(m.name for m in self.mentions)
        return sorted(counts, key=lambda n: (-counts[n], n))


def _parts(key: str) -> tuple[str, str]:
    given, _, family = key.partition(" ")
    return given, family.replace("-", " ")


def compare(a: str, b: str) -> str:
    """How two folded names relate: same | short | possible | none."""
    from rapidfuzz import fuzz  # loaded when names are compared (linking), not when people are shown

    (ga, fa), (gb, fb) = _parts(a), _parts(b)
    g, f = fuzz.ratio(ga, gb), fuzz.ratio(fa, fb)
    pa, pb = set(fa.split()), set(fb.split())
    if g == 100 and (pa < pb or pb < pa):
        return SHORT
    if (g == 100 and f >= 85) or (g >= 85 and f == 100):
        return SAME
    if g >= 85 and f >= 75 and fa[:1] == fb[:1] and fuzz.ratio(a, b) >= 80:  # typos keep the initial
        return POSSIBLE
    return NONE


def canonical_name(person: Person) -> str:
    """Well-formed full forms first, then å/ä/ö spellings, then the most frequent, longest."""
    counts = Counter(m.name for m in person.mentions)
    keys = {n: _parts(fold(n))[1].split() for n in counts}
    short = {n for n in counts if any(set(keys[n]) < set(keys[o]) for o in counts)}
    return min(counts, key=lambda n: (not _well_formed(n), n in short, -sum(c in "åäöÅÄÖ" for c in n),
                                      -counts[n], -len(n), n))


def _well_formed(name: str) -> bool:
    words = [w for w in name.split() if w.casefold() not in PARTICLES]
    return not is_run_together(name) and all(w[0].isupper() and not w[1:].isupper() for w in words)


def finish(people: list[Person]) -> list[Person]:
    """Canonical names, stable ids (slug of the name; -2, -3 on a clash) and possible-same ids."""
    for p in people:
        p.name = canonical_name(p)
    people.sort(key=lambda p: (slug(p.name), sorted(p.keys)))
    used: Counter = Counter()
    for p in people:
        used[base := slug(p.name)] += 1
        p.id = base if used[base] == 1 else f"{base}-{used[base]}"
    owner = {k: p for p in people for k in p.keys}
    links: dict[str, set[str]] = defaultdict(set)
    for p, q in {(p.id, owner[k].id) for p in people for k in p.possible if k in owner}:
        links[p] |= {q} - {p}
        links[q] |= {p} - {q}
    for p in people:
        p.possible_same_as = sorted(links[p.id])
    return people


def find_person(people: list[Person], ref: str, names: Iterable[str] = ()) -> Person | None:
    """The person with id ``ref`` who holds one of ``names``; else the one holding most of them; else by id."""
    wanted = {fold(n) for n in names}
    by_id = next((p for p in people if p.id == ref), None)
    best = max(people, key=lambda p: len(p.keys & wanted), default=None)  # the first of equals
    trust_id = by_id is not None and (not wanted or by_id.keys & wanted)
    return by_id if trust_id or best is None or not best.keys & wanted else best


def apply_corrections(people: list[Person], corrections: Iterable[Correction]) -> list[Person]:
    """Apply manual merges and splits in order; ones that no longer fit the data are skipped."""
    for c in corrections:
        people = {"merge": _merge, "split": _split}.get(c.kind, lambda found, _: found)(people, c)
    return people


def _merge(people: list[Person], c: Correction) -> list[Person]:
    a, b = find_person(people, c.person, c.names), find_person(people, c.other, c.other_names)
    if a is None or b is None or a is b:
        return people
    a.mentions += b.mentions
    a.possible |= b.possible
    return finish([p for p in people if p is not b])


def _split(people: list[Person], c: Correction) -> list[Person]:
    key = fold(c.other)
    person = next((p for p in people if key in p.keys), None)
    if person is None or person.keys == {key}:
        return people
    moved = [m for m in person.mentions if fold(m.name) == key]
    person.mentions = [m for m in person.mentions if fold(m.name) != key]
    return finish(people + [Person(moved)])
