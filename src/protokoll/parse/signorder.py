"""Signature blocks that print the role above the name.

Swedish protocols sign in two orders: the name over its role ("Anna Berg" / "Sekreterare") or the role
label over the signature line and the printed name ("Sekreterare ......" / "Anna Berg"). Read in the
first order, a block in the second gives each name the next signer's role (the secretary becomes the
chair). The order shows at the block's ends: a block that opens with a role word (no name above it)
and closes with a name (no role under it), alternating role and name in between, is read role first.
"""

from __future__ import annotations

import re

from .lines import Line

#: a role label of a signature block, perhaps followed by the dotted signature line or "Paragrafer 1-12"
ROLE_LINE = re.compile(r"^(?:Underskrifter\s+)?(ordförande|sekreterare|justerare|justerande|mötesordförande|mötessekreterare|"
                       r"vid protokollet|protokollförare|ordf\.?)(?:\s*[:.…_]*\s*(?:Paragrafer?\s+[\d\s,\-–§och]+)?)?$",
                       re.I)
MIN_PAIRS = 2


def role_first(tail: list[Line], is_person) -> list[tuple[Line, str, str]]:
    """(line, name, role) of a role-first block among the last non-blank lines, or [] when there is none."""
    roles = [ROLE_LINE.match(ln.text.strip()) is not None for ln in tail]
    if sum(roles) < MIN_PAIRS:  # a block needs a role line per pair: no name is looked up (issue 12)
        return []
    kinds = ["role" if role else "name" if is_person(ln.text.strip()) else "other" for ln, role in zip(tail, roles)]
    for start in range(len(tail)):
        if kinds[start] != "role" or start and kinds[start - 1] == "name":
            continue
        k = start
        while k + 1 < len(tail) and kinds[k] == "role" and kinds[k + 1] == "name":
            k += 2
        pairs = (k - start) // 2
        if pairs >= MIN_PAIRS and (k >= len(tail) or kinds[k] != "role"):
            return [(tail[i + 1], tail[i + 1].text.strip(), _role(tail[i].text)) for i in range(start, k, 2)]
    return []


def _role(text: str) -> str:
    return ROLE_LINE.match(text.strip()).group(1).casefold()
