"""A user's correction of how people were linked, as both the linker and the store know it.

Linking (:mod:`protokoll.link.people`) applies these; the store
(:mod:`protokoll.store.people`) keeps them as rows. The type lives on the ground
floor so that neither stage imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Correction:
    """A manual merge (``other`` is the second person's id) or split (``other`` is the name variant)."""

    kind: str  #: merge | split
    person: str
    other: str
    names: list[str] = field(default_factory=list)  #: the person's variants when the correction was made
    other_names: list[str] = field(default_factory=list)  #: the other person's variants (merge)
