"""Whether a word can open a person's name: a given name of the shared gazetteer
(``swedish.names.given_names``) or of the longer list the presenter rules read
(``data/given_names_more.txt``); a hyphenated name when each of its parts is one ("Kjell-Åke")."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..swedish.names import given_names


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    text = resources.files("protokoll").joinpath("data/given_names_more.txt").read_text(encoding="utf-8")
    more = {ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")}
    return frozenset(more) | given_names()


def known_given_names() -> frozenset[str]:
    """The given names of the shared gazetteer and of the longer list (see the module)."""
    return _known()


#: a double given name written as one word, each part capitalised: "AnnKristin", "LarsGöran"
GLUED_PAIR = re.compile(r"([A-ZÅÄÖ][a-zåäöé]+)([A-ZÅÄÖ][a-zåäöé]+)")


def opens_name(word: str) -> bool:
    """Whether ``word`` is a given name (see the module): one known name, two joined by a hyphen ("Anna-Karin")
    or written together with the second's capital kept ("AnnKristin")."""
    known = _known()
    if word in known:
        return True
    if "-" in word:
        return all(part in known for part in word.split("-"))
    glued = GLUED_PAIR.fullmatch(word) if len(word) > 5 else None
    return bool(glued) and glued.group(1) in known and glued.group(2) in known


#: the role a point of minutes names its person by, before the name: "Ordförande Anna Berg hälsade alla välkomna"
ROLE = re.compile(r"(?:[Mm]ötes|[Vv]ice\s)?(?:[Oo]rdförande|[Ss]ekreterare|[Kk]assör)(?:n|en)?")


def is_role(word: str) -> bool:
    """Whether ``word`` is the chair's, secretary's or treasurer's role written before a person's name."""
    return bool(ROLE.fullmatch(word))
