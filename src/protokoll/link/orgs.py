"""Stage `link`: municipalities, organisations and bodies across meetings.

Affiliations are normalised to the gazetteer ("Lunds kommun" -> "Lund",
"Region Skånes" -> "Region Skåne"); anything else is kept as written.
An organisation (the record's ``organization``) has as members the
municipalities of its ``present`` attendees, with the first and last meeting
date each was seen. Its bodies are the record's ``body`` values; spellings that
fold to the same key and renamings the body field states ("Styrgruppen
(tidigare Ledningsgruppen)") are kept as aliases.

Linking an archive folds and checks names hundreds of thousands of times
(every mention, every capitalised run of every text), mostly the same few
thousand names, so the pure string functions keep their recent answers.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable, NamedTuple

from ..swedish.fold import fold_name as fold
from ..swedish.gazetteer import municipality, region

_RENAMED = re.compile(r"^(?P<name>.+?)\s*\(\s*(?:tidigare|f\.?\s?d\.?|före detta)\s+(?P<old>[^)]+)\)\s*$",
                      re.IGNORECASE)

#: Lower-case words inside a person's name ("Anna von Platen").
PARTICLES = frozenset({"af", "av", "von", "van", "der", "den", "de", "la", "le", "di", "da", "du"})
#: Capitalised words that start organisation or group names, or sentences, never a person's name.
_NOT_NAMES = frozenset({"alla", "familjen", "kommun", "kommunen", "kommunerna", "region", "regionen",
                        "respektive", "stad", "staden", "ab", "enligt", "vid", "och", "samt", "med"})
#: Folded endings of organisation, body and job-title words.
_NOT_NAME_ENDINGS = ("gruppen", "kontoret", "forvaltningen", "regionen", "namnden", "styrelsen",
                     "utskottet", "sekretariatet", "kommun", "kommunerna", "bolaget", "direktor",
                     "direktorerna", "chef", "strateg", "ledare", "ledaren", "ordforande", "sekreterare",
                     "handlaggare", "samordnare")


class Source(NamedTuple):
    """One stored meeting as the linkers read it."""

    meeting_id: int
    date: str | None
    organization: str | None
    body: str | None
    record: dict[str, Any]  #: the meeting-record/1 data
    text: str = ""  #: the document text, searched for further mentions of known people


@lru_cache(maxsize=1 << 14)
def normalise_affiliation(text: str | None) -> str | None:
    """The gazetteer name of a municipality or region, else the text as written.

    None when empty or when it holds digits or "§" (a misread line, not an affiliation).
    """
    if not text or not text.strip() or any(c.isdigit() or c == "§" for c in text):
        return None
    text = " ".join(text.split())
    for part in [text, *text.split(",")]:
        found = municipality(part) or municipality(part, genitive=True) or region(part)
        if found:
            return found
    return text


@lru_cache(maxsize=1 << 14)
def is_place(text: str | None) -> bool:
    """True when ``text`` is a gazetteer municipality or region (a normalised affiliation)."""
    return bool(text) and (municipality(text) is not None or region(text) is not None)


def is_person_name(name: str, org_names: frozenset[str] | set[str] = frozenset()) -> bool:
    """True when ``name`` may be a person's: 2-5 capitalised words, not a place, organisation or body.

    ``org_names`` holds the ``org_key`` of the organisations and bodies known from the records.
    """
    return _person_shaped(name) and org_key(name) not in org_names


@lru_cache(maxsize=1 << 16)
def _person_shaped(name: str) -> bool:
    """2-5 capitalised name words, not a place: ``is_person_name`` before the archive's own names."""
    words = name.split()
    if not 2 <= len(words) <= 5 or words[0].casefold() in PARTICLES:
        return False
    return not is_place(name) and all(_is_name_word(w) for w in words)


def is_run_together(name: str) -> bool:
    """True when a given name follows a family name: two names written as one ("Anna Berg Gun Holm")."""
    from ..swedish.names import given_names

    words = name.split()
    return any(w in given_names() and words[i - 1] not in given_names() for i, w in enumerate(words) if i >= 2)


@lru_cache(maxsize=1 << 16)
def _is_name_word(word: str) -> bool:
    folded = fold(word)
    if word.casefold() in PARTICLES:
        return True
    if not word[0].isupper() or folded in _NOT_NAMES or folded.endswith(_NOT_NAME_ENDINGS):
        return False
    return all(c.isalpha() or c in "-'" for c in word) and not (len(word) > 2 and word.isupper())


@dataclass
class Member:
    """A municipality seen among an organisation's present attendees."""

    municipality: str
    first_seen: str | None = None
    last_seen: str | None = None
    meetings: int = 0


@dataclass
class Body:
    """A group that meets within an organisation."""

    name: str
    aliases: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)  #: ISO dates of its dated meetings
    meetings: int = 0  #: all its meetings, dated or not


@dataclass
class Organisation:
    name: str
    aliases: list[str] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    bodies: list[Body] = field(default_factory=list)


@lru_cache(maxsize=1 << 16)
def org_key(name: str) -> str:
    """Grouping key of an organisation or body name: folded, without spaces and dashes."""
    return re.sub(r"[\s-]+", "", fold(name))


def link_orgs(sources: Iterable[tuple]) -> list[Organisation]:
    """Organisations with their member municipalities and bodies, by name."""
    by_org: dict[str, list[Source]] = defaultdict(list)
    for src in map(lambda s: Source(*s), sources):
        if src.organization and src.organization.strip():
            by_org[org_key(src.organization)].append(src)
    orgs = [_organisation(group) for group in by_org.values()]
    return sorted(orgs, key=lambda o: fold(o.name))


def _organisation(sources: list[Source]) -> Organisation:
    name, aliases = _name_and_aliases(Counter(" ".join(s.organization.split()) for s in sources))
    return Organisation(name, aliases, _members(sources), _bodies(sources))


def _name_and_aliases(spellings: Counter) -> tuple[str, list[str]]:
    """The most frequent spelling (ties: alphabetical) and the others, sorted."""
    ranked = sorted(spellings, key=lambda s: (-spellings[s], s))
    return ranked[0], sorted(ranked[1:])


def _members(sources: list[Source]) -> list[Member]:
    members: dict[str, Member] = {}
    for src in sources:
        for name in _present_municipalities(src.record):
            member = members.setdefault(name, Member(name))
            member.meetings += 1
            if src.date:
                member.first_seen = min(filter(None, (member.first_seen, src.date)))
                member.last_seen = max(filter(None, (member.last_seen, src.date)))
    return sorted(members.values(), key=lambda m: m.municipality)


def _present_municipalities(record: dict[str, Any]) -> set[str]:
    """Municipalities of the present attendees of one meeting."""
    names = set()
    for attendee in record.get("attendees") or []:
        if attendee.get("group") == "present":
            found = normalise_affiliation(attendee.get("affiliation"))
            if found and municipality(found):
                names.add(found)
    return names


def _bodies(sources: list[Source]) -> list[Body]:
    renamed = _renamings(sources)
    spellings: dict[str, Counter] = defaultdict(Counter)
    meetings: dict[str, list[Source]] = defaultdict(list)
    for src in sources:
        if src.body and src.body.strip():
            written = " ".join(src.body.split())
            current, old = _split_renaming(written)
            key = _resolve(org_key(current), renamed)
            spellings[key][current] += 1
            if old:
                spellings[key][old] += 0  # known as an alias, never counted as a use
            meetings[key].append(src)
    bodies = (_body(spellings[k], meetings[k], renamed) for k in meetings)
    return sorted(bodies, key=lambda b: fold(b.name))


def _body(spellings: Counter, sources: list[Source], renamed: dict[str, str]) -> Body:
    """One body; its name is the most frequent spelling that is not a former name."""
    current = Counter({s: n for s, n in spellings.items() if org_key(s) not in renamed})
    name, _ = _name_and_aliases(current or spellings)
    aliases = sorted(s for s in spellings if s != name)
    dates = sorted({s.date for s in sources if s.date})
    return Body(name, aliases, dates, len(sources))


def _split_renaming(body: str) -> tuple[str, str | None]:
    """("Styrgruppen", "Ledningsgruppen") for "Styrgruppen (tidigare Ledningsgruppen)"."""
    match = _RENAMED.match(body)
    return (match["name"], " ".join(match["old"].split())) if match else (body, None)


def _renamings(sources: list[Source]) -> dict[str, str]:
    """Old body key -> new body key, as the records state them."""
    renamed = {}
    for src in sources:
        current, old = _split_renaming(" ".join((src.body or "").split()))
        if old and org_key(old) != org_key(current):
            renamed[org_key(old)] = org_key(current)
    return renamed


def _resolve(key: str, renamed: dict[str, str]) -> str:
    """Follow renamings to the newest key (cycles stop where they started)."""
    seen = {key}
    while key in renamed and renamed[key] not in seen:
        key = renamed[key]
        seen.add(key)
    return key
