"""Swedish given names: the gazetteer that tells a person's name from other capitalised words.

Read when first asked (``protokoll/data/given_names.txt``, one name a line, ``#`` comments),
by the parser (names in running text) and the linker (is this a person?) alike.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common Swedish given names (data/given_names.txt)."""
    text = resources.files("protokoll").joinpath("data/given_names.txt").read_text(encoding="utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
