"""What the person page shows of all of a person's mentions, decided once when linking: the runs of one
affiliation (or title) in date order, the meetings (one row per document naming the person, with
their part in it, in date order) and the spellings most frequent first.

All are made from the mention rows linking writes (``rows.mentions``, in the person's order), by a
full relink (:func:`protokoll.link.rows.to_rows`) and by a relink of some persons
(:mod:`protokoll.linking.incremental`) alike, so the two store the same: each depends on the
person's own mentions only.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from . import text_json
from .people import Mention

ATTRS = ("affiliation", "title")  #: the histories a person page shows
#: Order in which a meeting's roles name the person's part in it.
ROLE_ORDER = ("ordförande", "vice ordförande", "sekreterare", "justerare", "ledamot", "ersättare",
              "föredragande", "uppdragstagare", "omnämnd")


def history(mentions: list[Mention], attr: str) -> list[dict]:
    """Runs of one value of ``attr`` (affiliation, title) in date order: ``[{attr, "from", "to"}]``;
    a mention without the value does not end a run."""
    runs: list[dict] = []
    for m in sorted(mentions, key=lambda m: (m.date is None, m.date or "", m.meeting_id)):
        value = getattr(m, attr)
        if not value:
            continue
        if not runs or runs[-1][attr] != value:
            runs.append({attr: value, "from": m.date, "to": m.date})
        runs[-1]["from"] = runs[-1]["from"] or m.date
        runs[-1]["to"] = m.date or runs[-1]["to"]
    return runs


def meetings(mentions: list[Mention]) -> list[dict]:
    """The person's meetings (stored meetings: one per document) in date order, with their group and
    role(s) in each."""
    by_meeting = defaultdict(list)
    for m in mentions:
        by_meeting[m.meeting_id].append(m)
    out = []
    for ms in by_meeting.values():
        roles = sorted({m.role for m in ms if m.role}, key=_role_rank)
        first = ms[0]
        out.append({"meeting_id": first.meeting_id, "date": first.date, "year": first.year,
                    "organization": first.organization, "body": first.body,
                    "group": next((m.group for m in ms if m.group), None),
                    "role": roles[0] if roles else None, "roles": roles})
    return sorted(out, key=lambda e: (e["date"] or f"{e['year'] or 0:04d}", e["meeting_id"]))


def _role_rank(role: str) -> tuple[int, str]:
    return (ROLE_ORDER.index(role) if role in ROLE_ORDER else len(ROLE_ORDER), role)


def variants(names: Iterable[str]) -> list[str]:
    """Every spelling, most frequent first (then in code point order)."""
    counts = Counter(names)
    return sorted(counts, key=lambda n: (-counts[n], n))


def add_history(persons: list[dict], mentions: list[dict]) -> tuple[list[dict], list[dict]]:
    """Each person row's ``variants_json`` set; -> the ``person_runs`` and ``person_meetings`` rows of
    ``persons``, from their ``mentions`` rows (``person``: key)."""
    by_person: dict[str, list[dict]] = {}
    for m in mentions:
        by_person.setdefault(m["person"], []).append(m)
    runs, dated = [], []
    for p in persons:
        ms = [Mention(m["name"], m["meeting_id"], m["date"], m["year"], m["organization"], m["body"], m["role"],
                      m["grp"], m["affiliation"], m["title"])
              for m in sorted(by_person.get(p["key"], []), key=lambda m: m["position"])]
        p["variants_json"] = text_json(variants(m.name for m in ms))
        for attr in ATTRS:
            runs += [{"person": p["key"], "key": f"{attr}|{i}", "attr": attr, "position": i, "value": r[attr],
                      "date_from": r["from"], "date_to": r["to"]} for i, r in enumerate(history(ms, attr))]
        dated += [{"person": p["key"], "meeting_id": e["meeting_id"], "position": i, "date": e["date"],
                   "year": e["year"], "organization": e["organization"], "body": e["body"], "grp": e["group"],
                   "role": e["role"], "roles_json": text_json(e["roles"])}
                  for i, e in enumerate(meetings(ms))]
    return runs, dated
