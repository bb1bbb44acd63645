"""The organisation of a municipal body (a nämnd, a styrelse, a fullmäktige) whose title names none: the
municipality its text names by its official name, when it names only that one often (``meta.organization``'s
last rule, issue 10: a host's room, a receiver of the minutes, a region that employs a secretary are other
organisations a text names, so the rule abstains when another is named as often; a municipality named only as a
counterpart, "avtal med X kommun", "yttrande till X kommun", is not counted)."""

from __future__ import annotations

import re

from ..swedish import gazetteer
from ..swedish.kept import compiled
from .officialnames import in_gazetteer_order, official_names_in


def named_municipality(text: str) -> tuple[str | None, str]:
    """The municipality or region whose official name the document uses, when it names only one often.

    A document of a municipal body names its own municipality; one that names
    several (members' home municipalities in a collaboration) is not certain.
    """
    counts: dict[str, int] = {}
    counterparts: list[str] = []
    named = official_names_in(text)  # found where "kommun"/"stad" occur, not by 290 scans of the text
    for name in in_gazetteer_order(named):  # (not a walk of all 290 names, issue 12)
        if (n := _own_mentions(text, name)) is not None:
            counts[name] = n
        else:
            counterparts.append(name)
    regions = {r.official_name: n for r in gazetteer.all_regions()  # (no scan per region where none is written)
               if r.official_name.startswith("Region ") and (n := text.count(r.official_name))} if "Region " in text else {}
    if not counts and regions:  # a region's bodies are read by regional.py: a region named by another body's text
        return None, f"uncertain: a municipal body, and only a region named ({', '.join(regions)})"
    counts |= regions
    if not counts and counterparts:
        return None, f"uncertain: a municipal body, and only another party named ({', '.join(counterparts)})"
    if not counts:
        return None, "uncertain: a municipal body, but no municipality named"
    ranked = sorted(counts, key=lambda k: (-counts[k], text.index(k)))
    if len(ranked) > 1 and counts[ranked[0]] < 2 * counts[ranked[1]]:
        return None, f"uncertain: several municipalities named ({', '.join(ranked[:3])})"
    if (other := _named_as_often(ranked[0], text)) is not None:
        return None, f"uncertain: '{ranked[0]}' and '{other}' are named as often"
    return ranked[0], "meta.organization.named_municipality"


#: a counterpart before a municipality's name ("avtal med X kommun", "yttrande till X kommun", "skrivelse från X
#: kommun"): the other party of a matter, not the body's own municipality
COUNTERPART = re.compile(r"\b(?:med|till|från|mot|hos)\s*:?\s*$", re.I)


def _own_mentions(text: str, name: str) -> int | None:
    """How often ``text`` names ``name``; None when it names it as a counterpart even once ("avtal med X kommun"):
    a text that names X as the other party of a matter writes of X's acts there too ("X kommun föreslår ..."),
    and none of those mentions shows X is the body's own municipality."""
    found = [m.start() for m in compiled(re.escape(name)).finditer(text)]
    if any(COUNTERPART.search(text[max(0, at - 12):at]) and not text[at + len(name):at + len(name) + 1].isalpha()
           for at in found):  # ("besök till X kommunhus" names a building, no party)
        return None
    return len(found) or None


def _named_as_often(official: str, text: str) -> str | None:
    """Another municipality the text names (by any form of its name: "Östhammar", "Östhammars") at least half as
    often as ``official``'s: a room hosted by one, a place written without "kommun", cannot tell them apart."""
    mentions: dict[str, int] = {}
    for _, _, name in gazetteer.find_municipalities(text):
        mentions[name] = mentions.get(name, 0) + 1
    own = gazetteer.municipality(official)
    if own is None:  # a region: its municipalities are its own
        return None
    best = max(((n, k) for k, n in mentions.items() if k != own), default=None)
    return best[1] if best and 2 * best[0] > mentions.get(own, 0) else None
