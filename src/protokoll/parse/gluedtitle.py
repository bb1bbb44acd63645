"""An official's title glued after the name in a list whose commas were lost.

Apart from :mod:`.names` (at its size limit). Protocols list the officials present as "Name Title" entries, often
with the items they attended: "Anna Berg Ekonom, 2-5 Per Holm Enhetschef gata, Eva Lind Teknisk chef 7-9". Without
the comma the name reader takes the capitalised title as a third name word ("Per Holm Enhetschef" is then no
person, and the entry is lost) or keeps an adjective of a two-word title in the name ("Eva Lind Teknisk"). The last
word is cut off as the start of the title when it is a job title itself and opens no name ("Ekonom",
"Nämndsekreterare"), or when it is an adjective and the word after it a lower-case job-title word ("Teknisk
chef"); in both cases only when the words before it are a person's name on their own. A municipality's name is no
title's word: "Per Holm Tranås kommunchef" names where he is from (:mod:`.gluedplace` reads it). A role
word is cut off the same way: "Eva Lind Ledamot (S)" (a list one cell a line).
"""

from __future__ import annotations

from ..swedish.gazetteer import municipality
from .givenopen import opens_name
from .persons import ROLES, has_title_word, is_person


#: the endings of the adjectives that open a two-word title: "Teknisk", "Administrativ", "Biträdande", "Regional"
ADJECTIVE = ("isk", "iv", "ande", "ende", "ell", "al", "ig")


def glued_title_cut(lead: str, after: str) -> str | None:
    """The name in ``lead`` (three name words or more) without the title word glued to its end, else None;
    ``after`` is the entry's text that follows ``lead``."""
    words = lead.split()
    name, last = " ".join(words[:-1]), words[-1]
    if opens_name(last) or municipality(last):  # "Per Holm Tranås kommunchef": the place (:mod:`.gluedplace`)
        return None
    if last.casefold() in ROLES and words[-2] == "Vice" and len(words) > 3:  # "Eva Lind Vice Ordförande"
        name = " ".join(words[:-2])
    if last.casefold() in ROLES or has_title_word(last) or last.endswith(ADJECTIVE) and _title_follows(after):
        return name if is_person(name) else None
    return None


def _title_follows(after: str) -> bool:
    """Whether the entry goes on with a lower-case job-title word: "(Teknisk) chef", "(Administrativ) handläggare"."""
    nxt = after.split(maxsplit=1)[:1]
    return bool(nxt) and nxt[0][:1].islower() and bool(has_title_word(nxt[0]))
