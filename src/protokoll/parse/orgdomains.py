"""The municipality of a municipal body that its text names only in a web or e-mail address (issue 10).

A nämnd's or a municipal board's protocol often names its municipality nowhere but in an address: the secretary's
"anna.berg@norrby.se", the letterhead's "www.norrby.se". A municipality's domain is its short name folded to
ASCII ("Åsby" -> "asby.se"). Read only for a municipal body (``meta``'s last rule) whose text names no
municipality otherwise, and only where every municipal domain in the text is the same municipality's: a guest's
or a recipient's address from another municipality leaves the owner open. Addresses of companies and other
organisations ("@norrbyenergi.se", "@gmail.com") name no municipality and are passed over.
"""

from __future__ import annotations

import re
from functools import cache

from ..swedish import gazetteer

#: an e-mail's or web address's last name before ".se": "anna.berg@norrby.se", "www.norrby.se", "@kommun.norrby.se"
DOMAIN = re.compile(r"(?:@|(?<![\w.])www\.)(?:[a-z0-9\-]+\.)*?(?P<name>[a-z0-9\-]+)\.se(?![\w.\-]*[a-z0-9])", re.I)
FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", " ": "", "-": ""})


def _fold(name: str) -> str:
    return name.casefold().translate(FOLD)


@cache
def _by_domain() -> dict[str, str]:
    """The official name of each municipality by its folded short name (a name two municipalities fold to: none)."""
    table: dict[str, str | None] = {}
    for m in gazetteer.all_municipalities():
        key = _fold(m.name)
        table[key] = m.official_name if table.get(key, m.official_name) == m.official_name else None
    return {k: v for k, v in table.items() if v}


def domain_municipality(text: str) -> tuple[str, str] | None:
    """(official name, rule) of the one municipality whose domain the text's addresses use; None otherwise."""
    if ".se" not in text:
        return None
    owners = {_by_domain().get(_fold(m.group("name"))) for m in DOMAIN.finditer(text)} - {None}
    return (owners.pop(), "meta.organization.domain") if len(owners) == 1 else None
