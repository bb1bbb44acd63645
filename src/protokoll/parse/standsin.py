"""Entries of an attendee list that name somebody who is not there, and entries that run officials together.

A substitute's entry names the absent member they stand in for: "Anna Berg (S) istf Per Ek (S)", "Anna Berg
ersätter Per Ek", "Anna Berg, tjänstgörande ersättare för Per Ek". The member after the wording is absent and
is no attendee; the substitute attends, as an ``ersättare``.

A list of officials written one per line as "title Name" ("kommundirektör Anna Berg", then "ekonomichef Per
Holm") reaches the list reader joined into one run when the lines were joined as a wrapped line's parts:
"kommundirektör Anna Berg ekonomichef Per Holm". Each lower-case title opens its own entry.
"""

from __future__ import annotations

import re

from ..record import Attendee
from .givenopen import opens_name
from .persons import NAME, ROLES, has_title_word, is_org, is_person, split_run

#: "Anna Berg (S) ersätter Per Ek (S)": who a substitute stands in for, a member who was absent; the wording opens
#: the chunk after the substitute's (a bracket or comma ended the substitute's chunk)
STANDS_IN_FOR = re.compile(r"^(?:[Ee]rsätter|[Ee]rsatte|[Ii] stället för|[Ii]stället för|[Tt]jg\.?\s*för|"
                           r"[Tt]jänstgör\s+för|[Tt]jänstgjorde\s+för|[Ii]stf\.?|[Ii]\.?\s?st\.?\s?f\.?|"
                           r"[Ee]rsättare\s+för|[Ee]rs\.?\s+för|[Tt]jg\.?\s+ersättare\s+för|[Tt]jg\.?\s+ers\.?\s+för|"
                           r"[Tt]jänstgörande\s+ersättare\s+för)\s+(?=[A-ZÅÄÖ])")
#: the letters ``STANDS_IN_FOR``'s wordings start with: the cheap test before it
STANDS_IN_FOR_FIRST = "eitEIT"

#: the same wordings inside one chunk, after the substitute's name: "Anna Berg istf Per Ek", "Anna Berg ersättare
#: för Per Ek"; a bare "för" only where a person's name follows ("Anna Berg för Norrby kommun" is her affiliation)
WITHIN = re.compile(r"[\s,]+(?:(?:tjänstgörande|tjg\.?)\s+)?(?:(?:ersättare|ers\.?)\s+)?"
                    r"(?:ersätter|ersatte|i stället för|istället för|tjänstgör\s+för|tjänstgjorde\s+för|istf\.?|"
                    r"i\.?\s?st\.?\s?f\.?|för)\s+(?=[A-ZÅÄÖ])", re.I)
#: the words one of ``WITHIN``'s wordings needs: the cheap test before it
WITHIN_WORDS = ("rsätt", "rsatt", "för", "st")


def after_absent(text: str) -> str | None:
    """What follows the absent member in a chunk that opens with the wording naming them ("ersätter Per Ek" gives
    ""; "tjänstgörande ersättare för Per Ek Eva Lind", a list whose line breaks were lost, gives "Eva Lind"), or None
    when the chunk does not open so."""
    m = STANDS_IN_FOR.match(text) if text[:1] in STANDS_IN_FOR_FIRST else None
    if m is None and text[:4] in ("för ", "För ") and (name := NAME.match(text, 4)) \
            and is_person(" ".join(split_run(name.group(0).split())[0])):
        return _past_absent(text[4:])  # "Eva Lind (S) för Per Ek": a bare "för" before a person's name
    if m is None:
        return None
    return _past_absent(text[m.end():])


def _past_absent(text: str) -> str:
    """The text after the absent member's name that opens it: a run of names is cut where the next given name
    opens a name (``split_run``); a run that cannot be cut is all the absent member's."""
    name = NAME.match(text)
    if not name:
        return ""
    absent = " ".join(split_run(name.group(0).split())[0])
    return text[len(absent):].strip() if text.startswith(absent) else ""


def cut_absent(text: str) -> tuple[str, bool]:
    """(the chunk's text without the absent member it names, whether the substitute is all that is left): "Anna
    Berg istf Per Ek" gives "Anna Berg". Only where a person's name stands before the wording and a person's name
    follows it; names run on after the absent member's are kept ("Anna Berg istf Per Ek Eva Lind")."""
    if not any(map(text.__contains__, WITHIN_WORDS)):
        return text, False
    for m in WITHIN.finditer(text):
        after = NAME.match(text, m.end())
        before = text[:m.start()].strip()
        if after and is_person(after.group(0)) and before and _ends_with_person(before):
            rest = _past_absent(text[m.end():])
            return (f"{before} {rest}", False) if rest else (before, True)
    return text, False


def _ends_with_person(text: str) -> bool:
    """Whether the text ends with a name (after any lower-case title or role words before it)."""
    words = text.split()
    return any(is_person(" ".join(words[k:])) for k in range(max(0, len(words) - 4), len(words) - 1))


#: one lower-case word of a title ("kommundirektör", "för", "tf.")
TITLE_WORD = re.compile(r"[a-zåäö][\wåäö.\-]*")


def in_title(word: str) -> bool:
    """Whether a word belongs to a title: lower case, or a capitalised job title ("Ekonomichef") that opens no name."""
    return bool(TITLE_WORD.fullmatch(word)) or bool(has_title_word(word)) and not opens_name(word)


def titled_run(text: str) -> list[tuple[str, str]] | None:
    """[(title, name), ...] of a chunk that runs two or more "title Name" entries together ("kommundirektör Anna
    Berg ekonomichef Per Holm", "Kommundirektör Anna Berg Ekonomichef Per Holm"), or None: every title's run must
    hold a job-title or role word and every run of name words between them must be one person's name; a chunk that
    opens with a name and ends with a title ("Anna Berg Kommundirektör Per Holm Ekonomichef") pairs each name with
    the title after it."""
    words = text.split()
    if len(words) < 6:
        return None
    runs: list[list[str]] = [[words[0]]]
    for w in words[1:]:
        if in_title(w) == in_title(runs[-1][-1]):
            runs[-1].append(w)
        else:
            runs.append([w])
    if len(runs) % 2 or len(runs) < 4:  # title, name, title, name ...: an even count, two entries or more
        return None
    first = 0 if in_title(words[0]) else 1  #: "Anna Berg Kommundirektör Per Holm Ekonomichef": names first
    pairs = [(" ".join(t).strip(" ,;"), " ".join(n).strip(" ,;.")) for t, n in zip(runs[first::2], runs[1 - first::2])]
    for title, name in pairs:
        if not (has_title_word(title) or title.casefold() in ROLES) or len(title.split()) > 4:
            return None
        if not is_person(name) or is_org(name) or len(name.split()) > 3:
            return None
    return pairs


def titled_people(pairs: list[tuple[str, str]], group: str) -> list[Attendee]:
    """The officials of a "title Name title Name" run, a role word taken as the meeting role."""
    return [Attendee(name=name, group=group, role=ROLES.get(title.casefold()),
                     title=None if title.casefold() in ROLES else title) for title, name in pairs]
