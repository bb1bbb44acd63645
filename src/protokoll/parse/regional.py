"""The county council or region whose own body meets ("Landstingsstyrelsen", "Regionfullmäktige").

A body of a county council or region belongs to the one council or region its
document names, most often and clearly more often than any other: "Landstinget
Kronoberg" (as written, for documents from before the councils became regions),
"Landstinget i Värmland", "Region Halland", also in a letterhead's capitals ("Landstinget DALARNA") or the
genitive ("Landstinget Dalarnas hemsida"), and the older form "Norrdala läns landsting" ("NORRDALA LÄNS
LANDSTING PROTOKOLL"). Several named about as often (a body of a federation of regions, members from
neighbouring counties) leaves it open.

Where the text names no council or region, a region's own house can: a region's boards meet, sign and keep their
minutes in the region's house, written with its town ("Regionens hus, Storgatan 1, Norrby", "Regionhuset
Norrby"), and that town lies in the region's county. Only a region's body ("Regionstyrelsen", "Regional
utvecklingsnämnd") is read so (a county council's names, "Landstinget X", "X läns landsting", vary too much to
write), and only where every such house stands in the same county.
"""

from __future__ import annotations

import re
from collections import Counter

from ..swedish import gazetteer

#: a body that belongs to a county council or a region
REGIONAL_BODY = re.compile(r"^(?:landstings|regions|region)", re.I)
LANDSTING = re.compile(r"\b(?:[Ll]andstinget|LANDSTINGET)\s+(?P<i>i\s+)?"
                       r"(?P<name>[A-ZÅÄÖ](?:[a-zåäö]+|[A-ZÅÄÖ]+)(?:\s+[A-ZÅÄÖ](?:[a-zåäö]+|[A-ZÅÄÖ]+))?)")
#: the older name of a county council: "Norrdala läns landsting", "NORRDALA LÄNS LANDSTING", also in its bodies' names
COUNTY_LANDSTING = re.compile(r"\b(?P<name>[A-ZÅÄÖ](?:[a-zåäö]+|[A-ZÅÄÖ]+)(?:\s+[A-ZÅÄÖ](?:[a-zåäö]+|[A-ZÅÄÖ]+))?)"
                              # its bodies named with the county: "Norrdala läns landstingsstyrelse"
                              r"\s+(?:läns\s+landsting(?:sstyrelse|sfullmäktige)?|LÄNS\s+LANDSTING)\b")
REGION = re.compile(r"\bRegion\s+[A-ZÅÄÖ][\wåäö]+(?:\s+[A-ZÅÄÖ][\wåäö]+)?")
#: a region's own body (not a county council's, whose organisation's name is written in too many ways)
REGION_BODY = re.compile(r"^region", re.I)
#: a region's own house and what follows it on its line, up to a sentence's end: "Regionens hus, Storgatan 1, Norrby"
REGION_HOUSE = re.compile(r"\b(?:[Rr]egionens\s+[Hh]us|[Rr]egionhuset|[Rr]egionkontoret)\b(?P<rest>[^\n.;:]{0,60})")


def county_name(name: str) -> str | None:
    """The county a written name is ("Kronoberg", "Västra Götaland"), its first word alone when two do not match."""
    names = {r.name.casefold(): r.name for r in gazetteer.all_regions()}
    for form in (name, name.split()[0]):  # "Dalarnas": the genitive of a name that does not end in s
        form = form.casefold()
        if found := names.get(form) or (names.get(form[:-1]) if form.endswith("s") else None):
            return found
    return None


def regional_organisation(body: str | None, text: str) -> tuple[str | None, str] | None:
    """(organisation, rule) for a county council's or region's body; None when ``body`` is no such body."""
    if not body or not REGIONAL_BODY.match(body):
        return None
    counts: Counter = Counter()
    for m in LANDSTING.finditer(text):
        if county := county_name(m.group("name")):
            counts[f"Landstinget {'i ' if m.group('i') else ''}{county}"] += 1
    for m in COUNTY_LANDSTING.finditer(text):
        if county_name(m.group("name")):  # the county's name as written: "Örebro", "Stockholms" (no rule makes it)
            written = m.group("name").title() if m.group("name").isupper() else m.group("name")
            counts[f"{written} läns landsting"] += 1
    for m in REGION.finditer(text):
        if official := gazetteer.region(m.group(0)) or gazetteer.region(m.group(0).rsplit(" ", 1)[0]):
            counts[official] += 1
    if not counts:
        if REGION_BODY.match(body) and (housed := house_region(text)):
            return housed, "meta.organization.regional_house"
        return None, f"uncertain: '{body}' is a county council's or region's body, but none is named"
    (first, n), *rest = counts.most_common(2)
    if rest and n < 2 * rest[0][1]:
        return None, f"uncertain: several councils or regions named ({first}, {rest[0][0]})"
    return first, "meta.organization.regional_body"


def house_region(text: str) -> str | None:
    """The region whose house the text places in a town ("Regionens hus, Storgatan 1, Norrby"): the official name of
    the one region whose county holds every such town; None where no house names a town or the towns' counties
    differ."""
    counties = set()
    for m in REGION_HOUSE.finditer(text) if "egion" in text else ():
        counties |= {gazetteer.county_of(name) for _, _, name in gazetteer.find_municipalities(m.group("rest"))}
    if len(counties) != 1 or None in counties:
        return None
    found = county_name(counties.pop().removesuffix(" län"))
    return next((r.official_name for r in gazetteer.all_regions() if r.name == found), None) if found else None
