"""Presenters written by their initials, resolved against the initials the document itself defines (issue 10).

Notes of boards, councils and associations list those present once with their initials ("Anna Berg (AB),
Norrby", "Per-Olof Ek (POE)", "Bo Lind, (BLi)") and then name them by those initials alone: after an item's title
("4. Budget 2025/AB", "Ekonomi (AB)", "Ekonomi./ab") or as the subject of the item's first sentence ("AB gick
igenom budgeten", "POE informerade om ..."). Such an initial is read as a presenter only where:

- the document defines it: a person's name of two to four capitalised words directly followed by the initials in
  parentheses, the initials being the name's own (each capital, with the small letters after it, opens one word
  or hyphenated part of the name, in order; a digit after them tells two members of the same initials apart,
  "(SD1)", "(SD2)");
- exactly one person is so defined (two names defined with the same initials: nothing is read); initials in
  parentheses as a sentence's subject ("(AB) och (PE) rapporterade från ...") may also be those of the one
  attendee whose name they spell, where the list gives them no initials;
- the item names no presenter of its own.

Initials the document does not define (a body "KS", an office "/VD") and a party's or an employer's letters
("Sven Dahl (SD)", letters in parentheses after another name too) are never read. The initials after a title are
dropped from the title once resolved. Kept apart from :mod:`.itemreader` and
:mod:`.assemble` (both at their size limit); :mod:`.namedpresenters` calls it once the items and attendees are final.
"""

from __future__ import annotations

import re

from ..record import Attendee, Item
from .headings import PRESENTING_VERBS
from .persons import PARTIES, is_person

#: a name of two to four capitalised words (hyphenated parts allowed) and the initials in parentheses after it
WORD = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)*"
DEFINED = re.compile(rf"((?:{WORD}\s+){{1,3}}{WORD})\s*,?\s*\(([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{{1,5}}\d?)\)")
#: initials as a token: two to five capitals (or the same in small letters), a digit allowed after them
TOKEN = r"(?:[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,4}\d?|[a-zåäö]{2,5}\d?)"
#: initials closing a title: "Budget 2025/AB", "Ekonomi./ab", "Ekonomi (AB)", "Ekonomi /AB/PE", "Ekonomi (AB, PE)"
TITLE_INITIALS = re.compile(rf"(?:\s*/\s*|\s+\()(?P<who>{TOKEN}(?:\s*(?:[/,]|och)\s*{TOKEN})*)\)?\s*$")
#: a flattened heading run on into its text after the initials: "Budget 2025./ab Vi har ..." (the text starts
#: with a capital after them)
INSIDE_INITIALS = re.compile(rf"\.?\s*/\s*(?P<who>{TOKEN})\s+(?=[A-ZÅÄÖ])")
#: initials opening an item's first sentence as its subject: "AB gick igenom ...", "(AB) och (PE) informerade om ..."
SUBJECT_INITIALS = re.compile(rf"^(?P<who>\(?{TOKEN}\)?(?:\s*(?:,|och|/|&)\s*\(?{TOKEN}\)?)*)\s+(?:{PRESENTING_VERBS}|"
                              r"går igenom|gick igenom|inleder|inledde|sammanfattar|sammanfattade)\b")
SPLIT = re.compile(r"\s*(?:[/,&]|\boch\b)\s*")
#: the capitals (each with the small letters after it) of initials as written: "BSt" -> ["B", "St"]
CHUNK = re.compile(r"[A-ZÅÄÖ][a-zåäö]*")


def place_initial_presenters(items: list[Item], text: str, attendees: list[Attendee]) -> None:
    """Give each item without presenters the people its title's closing initials or its first sentence's subject
    initials stand for (see the module)."""
    found = [(item, m) for item in items if not item.presenters and (m := _written(item))]
    if not found or not any(_maybe_defined(m, text) for _, m in found):
        return  # no initials in a presenting place, or none of them in parentheses anywhere: nothing defines them
    defined = defined_initials(text)
    listed = listed_initials(attendees, defined)
    for item, m in found:
        people = _resolve(m.group("who"), defined)
        if not people and m.re is SUBJECT_INITIALS and m.group("who").startswith("("):
            people = _resolve(m.group("who"), listed)  # "(AB) och (PE) rapporterade": the attendees so initialled
        if not people:
            continue
        item.presenters = people
        if m.re is INSIDE_INITIALS:
            item.text = (item.title[m.end():] + " " + item.text).strip()
        if m.re is not SUBJECT_INITIALS:
            item.title = item.title[:m.start()].rstrip(" .:-–")


def _written(item: Item) -> re.Match[str] | None:
    """Initials in a presenting place of the item: closing its title, inside a run-on title after a slash, or
    opening its text, or a title that is itself the sentence, as the subject of a presenting verb."""
    title = item.title or ""
    if "(" in title[-24:] or "/" in title and any(part.lstrip()[:1].isalpha() for part in title.split("/")[1:]):
        if m := TITLE_INITIALS.search(title) or INSIDE_INITIALS.search(title):
            return m
    for sentence in (title, item.text[:300].lstrip() if item.text else ""):
        if len(sentence) > 2 and sentence[:2].isupper() and sentence[:2].isalpha() or sentence[:1] == "(":
            if m := SUBJECT_INITIALS.match(sentence):
                return m
    return None


def _maybe_defined(m: re.Match[str], text: str) -> bool:
    """The cheap test before the document is read for definitions: some initials written here stand in
    parentheses somewhere in the text."""
    tokens = [token.strip("()") for token in SPLIT.split(m.group("who").strip())]
    return any(f"({token.upper()}" in text or f"({token}" in text for token in tokens)


def defined_initials(text: str) -> dict[str, str]:
    """Initials (upper-cased) -> the one person's name the document defines them for; initials defined for two
    different names, or written after a name they do not spell (a party, an employer), are left out."""
    found: dict[str, set[str]] = {}
    other: set[str] = set()  # letters in parentheses after a name they do not spell
    for m in DEFINED.finditer(text):
        words, key = m.group(1).split(), m.group(2)
        name = next((" ".join(words[-k:]) for k in range(min(4, len(words)), 1, -1)  # the words the letters spell
                     if _spells(key, words[-k:])), None)
        if name is None or key.upper() in PARTIES or not is_person(name):
            other.add(key.upper())
        else:
            found.setdefault(key.upper(), set()).add(name)
    return {key: next(iter(names)) for key, names in found.items() if len(names) == 1 and key not in other}


def listed_initials(attendees: list[Attendee], defined: dict[str, str]) -> dict[str, str]:
    """The initials of each attendee's name ("Bengt-Åke Löfgren" BÅL) that no other attendee shares, the document
    defines for no one else and no party writes."""
    found: dict[str, set[str]] = {}
    for a in attendees:
        key = "".join(p[:1] for w in a.name.split() for p in w.split("-")).upper()
        found.setdefault(key, set()).add(a.name)
    return {key: next(iter(names)) for key, names in found.items()
            if len(key) > 1 and len(names) == 1 and key not in PARTIES and defined.get(key) in (None, *names)}


def _spells(key: str, words: list[str]) -> bool:
    """Whether initials as written open the name's words (and hyphenated parts) in order: "AB" Anna Berg,
    "POE" Per-Olof Ek, "BSt" Bo Stenström; a trailing digit is ignored."""
    letters = key.rstrip("0123456789")
    chunks = CHUNK.findall(letters) if letters[1:] != letters[1:].upper() else list(letters)
    parts = [p for w in words for p in w.split("-")]
    return (len(chunks) == len(parts) and "".join(chunks) == letters
            and all(p.lower().startswith(c.lower()) for c, p in zip(chunks, parts)))


def _resolve(written: str, defined: dict[str, str]) -> list[str]:
    """The people of initials written together ("AB/PE", "AB och PE"); none unless every one resolves."""
    people = []
    for token in SPLIT.split(written.strip()):
        name = defined.get(token.strip("()").upper())
        if name is None:
            return []
        if name not in people:
            people.append(name)
    return people

