"""Stage `link`: the people behind the names (attendees, chairs, secretaries, presenters, assignees).

Folded names are compared given and family name apart (``compare``). A name joins a person
only when exactly one qualifies; differing known municipalities demote a match, shared ones
choose between two. Weak or ambiguous matches become *possible same person*, never a merge.
Then the document texts are searched for more mentions of the people found (``omnämnd``);
manual corrections (merge, split) are applied last, in the order they were made. What a person
and a mention are, how names compare and the corrections are in :mod:`.persons` (named here too).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable, Iterator

from ..corrections import Correction  # noqa: F401  (a name given here too)
from .orgs import Source, fold, is_person_name, is_place, normalise_affiliation, org_key
from .persons import (ASSIGNEE, MENTIONED, NONE, NOT_A_SEAT, POSSIBLE, PRESENTER, SAME, SHORT,  # noqa: F401
                      _RANK, Mention, Person, _parts, apply_corrections, canonical_name, compare, find_person, finish)
from .seats import Seen, same_seat

_RUN = re.compile(r"[A-ZÅÄÖÉÜ][\w'-]*(?:[ \t]+(?:[A-ZÅÄÖÉÜ][\w'-]*))+")


def mentions_of(src: Source, org_names: set[str] = frozenset()) -> list[Mention]:
    """The person mentions in one record's fields."""
    rec = src.record
    out = [(a.get("name"), a.get("role"), a) for a in rec.get("attendees") or []]
    out += [(rec.get("chair"), "ordförande", {}), (rec.get("secretary"), "sekreterare", {})]
    for item in rec.get("items") or []:
        out += [(p, PRESENTER, {}) for p in item.get("presenters") or []]
        out += [(a.get("assignee"), ASSIGNEE, {}) for a in item.get("assignments") or []]
    return [_mention(src, " ".join(n.split()), role, a) for n, role, a in out
            if n and is_person_name(" ".join(n.split()), org_names)]


def _mention(src: Source, name: str, role: str | None, attendee: dict) -> Mention:
    return Mention(name, src.meeting_id, src.date, src.record.get("year"), src.organization, src.body,
                   role, attendee.get("group"), normalise_affiliation(attendee.get("affiliation")),
                   attendee.get("title"))


def link_people(sources: Iterable[tuple]) -> list[Person]:
    """People from ``(meeting_id, date, organization, body, record[, text])`` tuples, with ids."""
    sources = [Source(*s) for s in sources]
    org_names = {org_key(n) for s in sources for n in (s.organization, s.body) if n}
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in (m for src in sources for m in mentions_of(src, org_names)):
        by_key[fold(m.name)].append(m)
    people = _cluster(by_key)
    _attach_text_mentions(people, sources, org_names)
    return finish(people)


def _places(mentions: list[Mention]) -> set[str]:
    return {m.affiliation for m in mentions if is_place(m.affiliation)}


def _kind(a: str, b: str, places: dict[str, set[str]], seen: dict[str, "Seen"] | None = None) -> str:
    """``compare`` with known municipalities/regions as evidence: disjoint ones demote a match a step;
    ``seen`` (where, as what and at which meetings each name was seen) can raise a different surname to possible."""
    kind = compare(a, b)
    if kind in (SAME, SHORT, POSSIBLE) and places[a] and places[b] and not places[a] & places[b]:
        return NONE if kind == POSSIBLE else POSSIBLE
    if kind == NONE and seen and a in seen and b in seen and same_seat(a, b, seen[a], seen[b]):
        return POSSIBLE
    return kind


def seen_of(mentions: Iterable[Mention]) -> Seen:
    """Where, as what and at which meetings a name was seen (a presenter, assignee or mention holds no seat)."""
    out = Seen()
    for m in mentions:
        out.add(m.meeting_id, m.affiliation if is_place(m.affiliation) else None,
                None if m.role in NOT_A_SEAT else m.role or m.title or m.group)
    return out


def _by_given(keys: Iterable[str]) -> dict[str, set[str]]:
    by_given: dict[str, set[str]] = defaultdict(set)
    for k in keys:
        by_given[_parts(k)[0]].add(k)
    return by_given


def _candidates(keys: list[str]) -> dict[str, set[str]]:
    """For each key, the keys worth comparing: same given name, or close as a whole."""
    from rapidfuzz import fuzz, process

    by_given = _by_given(keys)
    return {k: by_given[_parts(k)[0]] | {o for o, _, _ in process.extract(
        k, keys, scorer=fuzz.ratio, score_cutoff=75, limit=None)} - {k} for k in keys}


def _cluster(by_key: dict[str, list[Mention]]) -> list[Person]:
    """Greedy linking, full and frequent names first; ambiguity becomes *possible*, never a merge."""
    order = sorted(by_key, key=lambda k: (-len(k.split()), -len(by_key[k]), k))
    places = {k: _places(ms) for k, ms in by_key.items()}
    seen = {k: seen_of(ms) for k, ms in by_key.items()}
    candidates = _candidates(order)
    owner: dict[str, Person] = {}
    for key in order:
        person = join(key, _best_matches(key, candidates[key], owner, places, seen), places, lambda: Person([]))
        person.mentions += by_key[key]
        owner[key] = person
    return list({id(p): p for p in owner.values()}.values())


def join(key: str, best: list[tuple[str, str, object]], places: dict[str, set[str]], new) -> object:
    """The person a name (folded ``key``) joins: its one strong match (same, or a short form, where
    the places agree), else a new one made by ``new()``; weaker matches are marked on both sides as
    possibly the same person. Shared by the full linking and the incremental one (``linking.people``)."""
    strong = _choose([b for b in best if b[0] in (SAME, SHORT)], places[key])
    person = strong[0][2] if len(strong) == 1 else new()
    for kind, other, match in best:
        if match is not person and kind != NONE:
            person.possible.add(other)
            match.possible.add(key)
    return person


def _best_matches(key: str, candidates: set[str], owner: dict[str, Person], places: dict[str, set[str]],
                  seen: dict[str, Seen] | None = None) -> list[tuple[str, str, Person]]:
    """Per person already formed, the strongest ``(kind, their key, person)`` match of ``key``."""
    best: dict[int, tuple[str, str, Person]] = {}
    for other in sorted(candidates & owner.keys()):
        kind, person = _kind(key, other, places, seen), owner[other]
        if _RANK[kind] > _RANK[best.get(id(person), (NONE,))[0]]:
            best[id(person)] = (kind, other, person)
    return list(best.values())


def _choose(strong: list[tuple[str, str, Person]], places: set[str]) -> list[tuple[str, str, Person]]:
    """Of several candidates, those sharing a known municipality/region with the name, if any."""
    sharing = [s for s in strong if _places(s[2].mentions) & places] if len(strong) > 1 else []
    return sharing or strong


def _attach_text_mentions(people: list[Person], sources: list[Source], org_names: set[str]) -> None:
    """Add unambiguous mentions of known people in the texts (exact, fuzzy, short; new spellings only)."""
    owner = {k: p for p in people for k in p.keys}
    by_given = _by_given(owner)
    known: dict[tuple[str, ...], tuple[str, Person] | None] = {}

    def match(words: list[str]) -> tuple[str, Person] | None:
        """``_match_words`` once per leading three words: the same names recur in every text."""
        key = tuple(words[:3])
        if key not in known:
            known[key] = _match_words(key, owner, by_given, org_names)
        return known[key]

    seen = {(m.meeting_id, fold(m.name)) for p in people for m in p.mentions}
    for src in sources:
        for name, person in _found_in_text(src.text or "", match, by_given):
            if (src.meeting_id, fold(name)) not in seen:
                seen.add((src.meeting_id, fold(name)))
                person.mentions.append(Mention(name, src.meeting_id, src.date, src.record.get("year"),
                                               src.organization, src.body, MENTIONED))


def _found_in_text(text: str, match, by_given) -> Iterator[tuple[str, Person]]:
    """Known people named in ``text``, from each run of capitalised words (its first or second word on).

    ``match`` is ``_match_words`` with the known people.
    """
    for run in _RUN.finditer(text):
        words = run.group().split()
        found = match(words)
        if not found and fold(words[0]) not in by_given:
            found = match(words[1:])
        if found:
            yield found


def _match_words(words, owner, by_given, org_names) -> tuple[str, Person] | None:
    """The longest leading 3 or 2 words that name exactly one known person (never a longer form)."""
    for n in (3, 2):
        name = " ".join(words[:n])
        if len(words) < n or not is_person_name(name, org_names):
            continue
        key = fold(name)
        for written, k in ((name, key), (name[:-1], key[:-1])):  # "Peter Vallins yrkande": genitive
            if k in owner and (written == name or key.endswith("s")):
                return written, owner[k]
        fits = {id(owner[k]): owner[k] for k in by_given.get(_parts(key)[0], ()) if _fits(key, k)}
        if len(fits) == 1:
            return name, next(iter(fits.values()))
    return None


def _fits(mention: str, known: str) -> bool:
    """A text mention fits a known name when it is the same length, or a short form (never longer)."""
    kind, m, k = compare(mention, known), len(mention.split()), len(known.split())
    return kind == SAME and m == k or kind == SHORT and m < k
