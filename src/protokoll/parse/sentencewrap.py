"""The title of a point written as one sentence, wrapped over the lines that follow its number.

A point with no title of its own, a sentence about a person, opening with its verb
or with a passive among its first words ("§ 3. Till revisorer valdes Eva Ek och Per
Holm.", "4. Uppdrogs åt Eva att kontakta ... i fråga om digitala" / "system för
fångstrapporter.") has its first sentence as its title (:mod:`.sentencestart`). Its
line is cut where the page's width ends, often inside a name or after a preposition,
and a copy may put a blank line between the wrapped lines. The title goes on to the
sentence's end: over at most three lines, each going on where the one before stopped
(a lower-case word, a hyphenated word's end, a parenthesis, or a capitalised word
after a given name, a preposition or a conjunction), and only when the sentence ends
there. Text after the sentence's end goes back to the body.

Kept apart from :mod:`.titles` (whose ``wrapped_title`` asks it first) so that the
sentence points' rules have one place.
"""

from __future__ import annotations

import re

from .lines import Line
from .sentencestart import sentence_point, strong

#: a sentence's end: a full stop, question or exclamation mark after a word of three letters or more, a digit or a
#: closing parenthesis or quote (not "Ordf." or "sekr." before a name), then a capital or the line's end
SENTENCE_END = re.compile(r"(?:(?<=[a-zåäö]{3})|(?<=[\d)\"”]))(?<![Ss]ekr)(?<![Oo]rdf)(?<!bl\.a)[.!?]"
                          r"(?=\s+[A-ZÅÄÖ(\"”]|\s*$)")
#: a word after which the sentence goes on to the next line whatever that line's first letter
GOES_ON = frozenset("i på av om för till med från och samt & eller inom vid under över mot kring åt".split())
MIN_LINE = 50  #: a heading line this long may have been wrapped where the page's width ended


def sentence_wrap(title: str, body: list[Line]) -> tuple[str, list[Line]] | None:
    """(the sentence point's whole first sentence, the body without what it took), or None when ``title`` is
    no sentence point, already ends its sentence, or its sentence does not end within three lines."""
    if len(title) < MIN_LINE or not body or title.rstrip().endswith((".", "!", "?", ":")):
        return None
    words = title.split()
    if not (sentence_point(words) or any(w.endswith("s") and strong(w) for w in words[1:7])):  # "... valdes ..."
        return None
    if SENTENCE_END.search(title):  # "... utgav hemsidan. Styrelsen": the sentence ended on its own line
        return None
    joined, taken = title.rstrip(), 0
    for k, ln in enumerate(body[:6]):
        if ln.blank:
            continue
        if ln.bullet or taken == 3 or not _goes_on(joined, ln.text.strip()):
            return None
        taken += 1
        glue = "" if joined.endswith("-") and ln.text[:1].islower() else " "
        start = len(joined) + len(glue)
        joined = (joined[:-1] if not glue else joined) + glue + ln.text.strip()
        if (end := SENTENCE_END.search(joined, start - (0 if glue else 1))) is not None:
            return _cut(joined, end.end(), body, k + 1)
    return None


def _goes_on(joined: str, nxt: str) -> bool:
    """Does ``nxt`` continue the sentence that ``joined`` ends in the middle of?"""
    from ..swedish.names import given_names

    last = joined.split()[-1]
    return nxt[:1].islower() or nxt[:1] == "(" or joined.endswith(("-", ",")) or last.casefold() in GOES_ON \
        or last in given_names() and nxt[:1].isupper()


def _cut(text: str, at: int, body: list[Line], used: int) -> tuple[str, list[Line]]:
    """The title ``text[:at]``; the rest of ``text``, if any, put back before the body's remaining lines."""
    rest, last = text[at:].strip(), body[used - 1]
    tail = body[used:]
    if rest:
        tail = [Line(rest, last.start + len(last.text) - len(rest))] + tail
    return text[:at], tail
