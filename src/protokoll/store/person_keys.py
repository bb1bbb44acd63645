"""Person keys across relinks: a new person takes the stored key it shares most mentions with
(:func:`keep_person_keys`), and a key no longer a person's leads on (:func:`redirect_of`)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from .linked_tables import PersonMention, PersonRedirect, PersonRow


def keep_person_keys(session: Session, rows) -> list[tuple[str, str]]:
    """Give each new person the stored key it shares most mentions with; -> redirects (old, new).

    A mention is (meeting id, folded name). Pairs are taken best first, so a
    stored person keeps its key for the new person holding most of its
    mentions; a new person without such a match keeps the linker's slug,
    with a suffix if a kept key took it. A stored key left without a person
    leads (redirects) to the new person that holds most of its mentions.
    """
    stored = _stored_mentions(session)
    if not stored:
        return []
    overlap = _overlap(stored, rows.mentions)
    rename, taken = _best_keys(overlap, rows.persons)
    _rename_persons(rows, rename)
    redirects = []
    for old_key in sorted(set(stored) - taken):
        best = Counter(rename[new] for (new, old), c in overlap.items() if old == old_key for _ in range(c))
        if best:
            redirects.append((old_key, best.most_common(1)[0][0]))
    return redirects


def _stored_mentions(session: Session) -> dict[str, set[tuple]]:
    """Each stored person's key -> its mentions (meeting id, folded name)."""
    stored = defaultdict(set)
    query = (select(PersonRow.key, PersonMention.meeting_id, PersonMention.folded)
             .join(PersonMention, PersonMention.person_id == PersonRow.id))
    for key, meeting, folded in session.execute(query):
        stored[key].add((meeting, folded))
    return stored


def _overlap(stored: dict[str, set[tuple]], mentions) -> Counter:
    """(new key, stored key) -> the mentions the two persons share."""
    owner: dict[tuple, list[str]] = defaultdict(list)  #: a name in a meeting may be two stored persons'
    for key, ms in stored.items():
        for m in ms:
            owner[m].append(key)
    mine = defaultdict(set)
    for m in mentions:
        mine[m["person"]].add((m["meeting_id"], m["folded"]))
    overlap = Counter()
    for new_key, ms in mine.items():
        for m in ms:
            for old_key in owner.get(m, ()):
                overlap[new_key, old_key] += 1
    return overlap


def _best_keys(overlap: Counter, persons) -> tuple[dict[str, str], set[str]]:
    """New key -> the key it keeps (best overlap first; else its own slug, suffixed if taken); -> also the kept keys."""
    rename: dict[str, str] = {}
    taken: set[str] = set()
    for (new_key, old_key), _ in sorted(overlap.items(), key=lambda kv: (-kv[1], kv[0])):
        if new_key not in rename and old_key not in taken:
            rename[new_key] = old_key
            taken.add(old_key)
    for p in persons:
        if p["key"] not in rename:
            base, n = p["key"], 1
            candidate = base
            while candidate in taken:
                n += 1
                candidate = f"{base}-{n}"
            rename[p["key"]] = candidate
            taken.add(candidate)
    return rename, taken

def _rename_persons(rows, rename: dict[str, str]) -> None:
    for p in rows.persons:
        p["same_as_json"] = json.dumps(sorted(rename.get(k, k) for k in json.loads(p["same_as_json"])))
        p["key"] = rename[p["key"]]
    for m in [*rows.mentions, *rows.person_runs, *rows.person_meetings]:
        m["person"] = rename[m["person"]]
    rows.persons.sort(key=lambda p: p["position"])


def redirect_of(session: Session, key: str) -> str | None:
    """Where a person key that is no longer one leads (following chains of merges), if anywhere."""
    seen = set()
    while key not in seen:
        seen.add(key)
        target = session.scalar(select(PersonRedirect.new_key).where(PersonRedirect.old_key == key))
        if target is None:
            return None if len(seen) == 1 else key
        key = target
    return key
