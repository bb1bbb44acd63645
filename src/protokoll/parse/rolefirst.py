"""Which way an attendee list writes its roles: before each holder or after.

"Närvarande: ordförande Anna Berg, sekreterare Per Holm" writes each role word before its holder; "Anna Berg,
ordförande, Per Holm, sekreterare" and "Anna Berg (S), ordförande" write it after. A role word between two names
("..., ordförande Per Holm, ...") is read by the list's order, decided once per list: its first entry opens with a
role word and a name, and no entry is a role word alone (the sign of the other order). When the first entry is a
name, the old reading (the role closes the entry before it) stands.
"""

from __future__ import annotations

import re

from .persons import NAME, ROLES, UPPER, is_person

#: a role word opening a chunk; not one *in* another body ("ordförande i socialnämnden", "ledamot vid X": a title);
#: the chair's office abbreviated as lists write it ("Anna Berg, ordf. Per Holm ...": it closes Anna Berg's entry)
LEADING_ROLE = re.compile(rf"^(ordförande|vice ordförande|vice ordf\.?|ordf\.?|sekreterare|justerare|ledamot|ersättare)"
                          rf"\s+(?=[{UPPER}])"
                          r"(?!(?:i|vid|inom|hos)\s)", re.I)

#: the letters ``LEADING_ROLE``'s words start with, either case ("ſ" is an "s" to a case-insensitive pattern)
ROLE_FIRST = frozenset("ovsjleOVSJLE\u017f")


def role_and_name(text: str) -> tuple[str, str] | None:
    """(role, the text after the role word) when ``text`` is a role word and a person's name, nothing more (a
    place run on into the name, "ordförande Anna Berg Norrby kommun", leaves where the name ends unsure)."""
    role = LEADING_ROLE.match(text) if text[:1] in ROLE_FIRST else None
    if role is None:
        return None
    rest = text[role.end():].strip()
    name = NAME.match(rest)
    if not name or name.group(0) != rest or not is_person(rest):
        return None
    return role_word(role.group(1)), text[role.end():]


def role_word(word: str) -> str:
    """The role ``LEADING_ROLE``'s word names ("Ordf." -> "ordförande")."""
    return ROLES[word.casefold().rstrip(".")]


def roles_before_names(texts: list[str]) -> bool:
    """Whether a list's chunks write each role word before its holder: the first opens with a role word and a
    name, and no chunk is a role word alone ("Anna Berg, ordförande": that role follows its holder)."""
    if not texts or role_and_name(texts[0].strip()) is None:
        return False
    return not any(t.strip(" .").casefold() in ROLES for t in texts)
