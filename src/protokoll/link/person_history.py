"""What the person page shows of all of a person's mentions, decided once when linking: the runs of one
affiliation (or title) in date order, and the spellings most frequent first.

Both are made from the mention rows linking writes (``rows.mentions``, in the person's order), by a
full relink (:func:`protokoll.link.rows.to_rows`) and by a relink of some persons
(:mod:`protokoll.linking.incremental`) alike, so the two store the same.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable

ATTRS = ("affiliation", "title")  #: the histories a person page shows


def runs(seen: Iterable[tuple[str | None, int, str | None]]) -> list[dict]:
    """Runs of one value in ``(date, meeting id, value)`` (in the person's order), sorted by date
    (undated last): ``[{"value", "from", "to"}]``; a mention without the value does not end a run."""
    out: list[dict] = []
    for date, _, value in sorted(seen, key=lambda m: (m[0] is None, m[0] or "", m[1])):
        if not value:
            continue
        if not out or out[-1]["value"] != value:
            out.append({"value": value, "from": date, "to": date})
        out[-1]["from"] = out[-1]["from"] or date
        out[-1]["to"] = date or out[-1]["to"]
    return out


def variants(names: Iterable[str]) -> list[str]:
    """Every spelling, most frequent first (then in code point order)."""
    counts = Counter(names)
    return sorted(counts, key=lambda n: (-counts[n], n))


def add_history(persons: list[dict], mentions: list[dict]) -> list[dict]:
    """Each person row's ``variants_json`` set, and the ``person_runs`` rows of ``persons``, from
    their ``mentions`` rows (``person``: key)."""
    by_person: dict[str, list[dict]] = {}
    for m in mentions:
        by_person.setdefault(m["person"], []).append(m)
    out = []
    for p in persons:
        ms = sorted(by_person.get(p["key"], []), key=lambda m: m["position"])
        p["variants_json"] = json.dumps(variants(m["name"] for m in ms), ensure_ascii=False)
        for attr in ATTRS:
            out += [{"person": p["key"], "key": f"{attr}|{i}", "attr": attr, "position": i, "value": r["value"],
                     "date_from": r["from"], "date_to": r["to"]}
                    for i, r in enumerate(runs((m["date"], m["meeting_id"], m[attr]) for m in ms))]
    return out
