"""A web page's navigation menu among the title lines: not the document's title.

A meeting document copied from an association's or a municipality's web page often keeps the site's menu above it:
"Hem   Om föreningen   Protokoll   Kontakt", "Start | Styrelsen | Kallelser | Kontakt", or the same words one to a
line. A kind word in such a menu ("Protokoll", "Kallelser") names a section of the site, not what the document is,
so the line names no kind. A menu is told by its shape: three entries or more, each a short phrase without digits
(never a body's name beside a date, "Kommunstyrelsen   Protokoll   2026-03-02"), one of which is a word only a
site's menu has ("Hem", "Kontakt", "Om oss", "Nyheter", "Logga in" ...). Entries one to a line count when a line
beside the kind word is such a menu word.
"""

from __future__ import annotations

import re

from .features import keyword_fold

#: the entries only a site's navigation has (not "Start", a header's label of the hour too)
MENU_WORDS = frozenset({
    "hem", "startsida", "hem/start", "kontakt", "kontakta oss", "om oss", "om föreningen", "om klubben",
    "om förbundet", "nyheter", "aktuellt", "kalender", "kalendarium", "bli medlem", "logga in", "sök", "meny",
    "blogg", "arkiv", "galleri", "bildgalleri", "länkar", "in english", "english", "medlemssidor",
})
#: what separates a menu's entries on one line: two spaces or more, a bar, a bullet, a guillemet; a breadcrumb's
#: arrow or slash between spaces ("Startsida > Politik > Protokoll", "Hem / Nämnder / Protokoll")
SEPARATOR = re.compile(r"\s{2,}|\s*[|·•»>›]\s*|\s+/\s+")
#: a menu word anywhere in a line: a line without one is no menu (one search before the line is split)
ANY_MENU_WORD = re.compile("|".join(sorted(map(re.escape, MENU_WORDS), key=len, reverse=True)), re.I)
#: the menu words that hold no other menu word: a text holds a menu word only if its fold holds one of these
MENU_STEMS = tuple(sorted(w for w in MENU_WORDS if not any(v != w and v in w for v in MENU_WORDS)))
DIGIT = re.compile(r"\d")


def _may_have_menu_word(text: str) -> bool:
    """The cheap test before ``ANY_MENU_WORD`` (a search without a literal start tries every position): one of
    the menu words' stems is in the folded text."""
    low = keyword_fold(text)
    return any(map(low.__contains__, MENU_STEMS))


def _entries(text: str) -> list[str]:
    return [e.strip().casefold() for e in SEPARATOR.split(text.strip()) if e.strip()]


def _short(entry: str) -> bool:
    return len(entry.split()) <= 3 and not DIGIT.search(entry)


def menu_line(text: str) -> bool:
    """The line is a site's menu: three short entries or more, one of them a menu word."""
    if not _may_have_menu_word(text) or not ANY_MENU_WORD.search(text):
        return False
    entries = _entries(text)
    return len(entries) >= 3 and all(_short(e) for e in entries) and any(e in MENU_WORDS for e in entries)


def menu_lines(texts: list[str]) -> set[int]:
    """The positions of the lines that belong to a menu: a menu line, a menu word alone, or a short line beside
    a menu word's line."""
    if not _may_have_menu_word("\n".join(texts)):
        return set()  # (every rule below needs a menu word: one search for the page's lines)
    alone = [t.strip().casefold() in MENU_WORDS for t in texts]
    found = {k for k, t in enumerate(texts) if alone[k] or menu_line(t)}
    for k, t in enumerate(texts):
        if ((k > 0 and alone[k - 1]) or (k + 1 < len(texts) and alone[k + 1])) and \
                _short(t.strip().casefold()) and len(_entries(t)) == 1:
            found.add(k)
    return found
