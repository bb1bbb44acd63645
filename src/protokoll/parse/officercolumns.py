"""Officers in role columns flattened into one run: "Ordförande Föredragande Protokollförare Anna Berg Per Holm
Eva Lind", "Ordförande sekreterare Anna Berg Per Holm".

A header (or a signature block) that sets its officers in columns, each role word over its holder's name, reads
row by row as the role words in a row and then the names in the same order. Read as "role word, then name" the run
gives the wrong person each role ("Protokollförare Anna Berg": the chair). Here the k role words are matched to the
next k names in order. A name opens with a given name (the gazetteer's) and has one or two more words that are not
given names; the last name takes a second word only where its line ends after it. Any run that does not split into
exactly k such names is left unread (abstain). Kept apart from ``flatsign`` (its own order rules) as one pass.
"""

from __future__ import annotations

import re

from . import flatsign
from .givenopen import opens_name
from .officerspair import pair_officers
from .persons import NOT_NAMES
from .roleholder import NOT_NAME_WORDS
from .valuedoubts import APPARATUS

_ROLE = r"(?:ordförande|sekreterare|protokollförare|föredragande|justerare|justerande)"
#: two to four role words in a row, the first capitalised, then the names (after a space, a colon or a line break)
_FIRST = "|".join(w for r in _ROLE[3:-1].split("|") for w in (r.capitalize(), r.upper()))  # capitalised first
RUN = re.compile(rf"(?<![\wåäö])(?:{_FIRST})(?:[ \t]+(?i:{_ROLE})){{1,3}}[ \t]*:?\s+")
WORD = re.compile(r"([A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)*)(?![\wåäö\-])([ \t]*)")
KIND = {"ordförande": "chair", "sekreterare": "secretary", "protokollförare": "secretary"}
#: the chair in a members' list whose role word lost its "ö": "Anna Berg (M), ordforande" (not "vice ordforande")
DAMAGED_CHAIR = re.compile(r"(?<![\wåäö])(?P<n>[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?(?: [A-ZÅÄÖ][a-zåäöé]+"
                           r"(?:-[A-ZÅÄÖ][a-zåäöé]+)?){1,2}) \([A-ZÅÄÖa-zåäö]{1,4}\),? ordforande(?![\wåäö])")


def _may_hold(text: str) -> bool:
    """The cheap gate: a chair's or secretary's role word and a second role word are written."""
    return "rdförande" in text and any(w in text for w in ("ekreterare", "okollförare", "usterare", "öredragande"))


def settle(rec, text: str, doubted) -> None:
    """``rec``'s chair and secretary re-read from a flattened signature run (:func:`.flatsign.reread`, ``doubted``
    its test), then from one sentence electing both (:mod:`.officerspair`), then as the role columns give them, where
    a rule left one empty or gave it a name the columns give another role ("Protokollförare" read with the first
    column's name under it: the chair's)."""
    rec.chair, rec.secretary = flatsign.reread(rec.chair, rec.secretary, text, doubted)
    if not rec.chair and "ordforande" in text:  # "Anna Berg (M), ordforande": the role word's "ö" lost by OCR
        damaged = {m["n"] for m in DAMAGED_CHAIR.finditer(text)}
        rec.chair = damaged.pop() if len(damaged) == 1 else None
    if not rec.chair or not rec.secretary:  # "Anna valdes till ordförande och Per till sekreterare"
        pair_officers(rec, text)
    found = officers(text, every=True)
    if not found:
        return
    named = set(found.pop("names").split("\n"))
    rec.chair, rec.secretary = (found.get(kind) if not now or now in named and found.get(kind) != now else now
                                for kind, now in (("chair", rec.chair), ("secretary", rec.secretary)))


def officers(text: str, every: bool = False) -> dict[str, str]:
    """{"chair": name, "secretary": name} from the first run of role words whose names follow in order (see the
    module's docstring), with "names": every name of the run (one a line) when ``every``; {} where there is none or
    it does not split into its names."""
    if not _may_hold(text):
        return {}
    for m in _runs(text):
        roles = m.group().split()
        roles = [r.casefold().rstrip(":") for r in roles if r != ":"]
        names = _names(text, m.end(), len(roles))
        if names is None and "\n" in m.group():  # the role row a line of its own: each column's holder below it
            names = _stacked(text, m.end(), len(roles))
        if names is None:
            continue
        found: dict[str, str] = {}
        for role, name in zip(roles, names):
            if (kind := KIND.get(role)) and kind not in found:
                found[kind] = name
        if len(set(found.values())) == len(found):
            return found | {"names": "\n".join(names)} if every else found
    return {}


#: a role or the paragraphs' label just before a run: the run is part of a larger signature block whose order is
#: not the run's ("Sekreterare Paragrafer 4-9 Ordförande Justerare Eva Ek Per Holm": who signed what is unclear)
BLOCK_BEFORE = re.compile(r"(?i:ordförande|sekreterare|protokollförare|justerare|justerande|paragraf)")


#: where a run may start: a capitalised role word with a second role word after it (the match is the first word
#: alone, so a run starting at the second word is found too); literal first words, so the engine skips to them
START = re.compile(rf"(?:{_FIRST})(?=[ \t]+(?i:{_ROLE}))")


def _runs(text: str):
    """``RUN``'s matches in the text's order, tried only where a capitalised role word and a second one are written
    (``START``: one scan, not the pattern at every position, issue 12)."""
    return filter(None, (RUN.match(text, i) if (i == 0 or not text[i - 1].isalnum())
                         and not BLOCK_BEFORE.search(text, max(0, i - 40), i) else None
                         for i in (m.start() for m in START.finditer(text))))


def _words(text: str, pos: int, limit: int) -> list[tuple[str, bool]]:
    """Capitalised words from ``pos`` on one line: (word, whether its line ends after it)."""
    out: list[tuple[str, bool]] = []
    while len(out) < limit and (w := WORD.match(text, pos)):
        pos = w.end()
        out.append((w.group(1), pos >= len(text) or text[pos] in "\r\n"))
        if out[-1][1]:
            break
    return out


def _names(text: str, pos: int, k: int) -> list[str] | None:
    """The ``k`` names that follow ``pos`` in order, or None where the words do not split into them."""
    words = _words(text, pos, 3 * k + 1)
    names: list[str] = []
    i = 0
    for n in range(k):
        if i >= len(words) or not opens_name(words[i][0]):
            return None
        name = [words[i][0]]
        i += 1
        last = n == k - 1
        while i < len(words) and len(name) < 3 and _surname(words[i][0]):
            if last and len(name) == 2 and not words[i][1]:
                break  # the last name's second word only where its line ends after it
            name.append(words[i][0])
            i += 1
        if len(name) < 2:
            return None
        names.append(" ".join(name))
    if i < len(words) and opens_name(words[i][0]):
        return None  # more names than role words: which holds which role is not known
    return names


#: a holder's title set over her name in a column: one to three words, perhaps letter-spaced ("L a n t r å d")
TITLE_LINE = re.compile(r"[A-ZÅÄÖa-zåäö][\wåäö\-]*(?: [\wåäö\-]+){0,2}|(?:[A-ZÅÄÖa-zåäö] ){3,}[a-zåäö]")
STACKED = 12  #: the lines below a role row its columns' titles and names are read in


def _stacked(text: str, pos: int, k: int) -> list[str] | None:
    """The ``k`` names set one per column under a role row, read line by line: each a line of its own, perhaps
    under a title line ("Minister" / "Anna Berg"); None where another line comes before the k-th name."""
    names: list[str] = []
    for line in text[pos:].split("\n", STACKED)[:STACKED]:
        line = line.strip()
        if not line:
            continue
        words = line.split()
        if 2 <= len(words) <= 3 and all(WORD.fullmatch(w) for w in words) and all(map(_surname, words[1:])) \
                and (opens_name(words[0]) or _surname(words[0])):  # a line of its own: "Ian Berg", his name unknown
            names.append(line)
            if len(names) == k:
                return names
        elif not TITLE_LINE.fullmatch(line) or opens_name(words[0]):
            return None
    return None


def _surname(word: str) -> bool:
    return not opens_name(word) and word.casefold() not in NOT_NAME_WORDS and not NOT_NAMES.match(word) \
        and not APPARATUS.search(word)  # "Föredragningslista": the list's title after the names
