"""A list of items whose numbers were stripped to their dots: ". Val av justerare . Budget 2025 . Övriga frågor".

A copy that strips digits (a document-sharing site's text layer) turns an agenda's or a contents list's "1. Val av
justerare 2. Budget 2025" into ". Val av justerare . Budget 2025", or keeps some numbers and strips others ("1.
Mötets öppnande . Val av justerare 3. Budget"). Each title then still follows its number's trace: a dot (or a "§")
standing alone between spaces, or a number with its dot. A run with at least :data:`MIN_TITLES` such marks, one of
them a bare trace, is read as a list cut at the marks only; a kept number is the item's number, a stripped one is
null. Prose, a list of names or of dates written with " . " between them are no list: every piece must read as a
short capitalised title, and a run whose pieces are mostly names or dates, or that holds a site menu's entry
("Hem", "Kontakt"), gives nothing.
"""

from __future__ import annotations

import re

from .sitemenu import MENU_WORDS
from .persons import LOWER, UPPER

MIN_TITLES = 3
MAX_WORDS = 16  #: a longer piece is running text, not a title
#: a number's trace before a capitalised title: a lone "." or "§", a kept "3." / "3:" / "§ 3"
MARK = re.compile(r"(?:^|(?<=\s))(?:§\s*(?P<p>\d{1,3})[.:]?|(?P<n>\d{1,3})[.:]|(?P<bare>[.§]))"
                  r"(?=\s+[\"”“«]?[A-ZÅÄÖÉ])")
#: a line that opens with a stripped number's trace (or the first number kept, "1. Val av ..."): a list without its
#: label
TRACE_START = re.compile(r"^(?:[.§]|§?\s*\d{1,3}[.:])\s+[\"”“«]?[A-ZÅÄÖÉ][a-zåäöé]")
TITLE = re.compile(r"^[\"”“«]?[A-ZÅÄÖÉ][\wåäöé]")
SENTENCE_END = re.compile(r"[a-zåäö]{3,}[.!?]\s+[A-ZÅÄÖ]|[.!?]$")
#: a person's name ("Anna Berg", "Per-Olof Ek (S)"): a list of names is an attendance list
NAME = re.compile(rf"^[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?(?:\s+[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?){{1,2}}"
                  r"(?:\s*\([A-ZÅÄÖ]{1,3}\))?$")
DATE = re.compile(r"^(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|"
                  r"aug|sep|okt|nov|dec)[a-zåäö]*\b", re.I)
PAGE_END = re.compile(r"\s+\d{1,3}$")  #: a page number after a title


def dotted_titles(run: str) -> list[tuple[int, str | None, str]] | None:
    """(offset, number, title) of each title of a run whose numbers were stripped to their traces; None when the run
    has no such traces, [] when it has them but is no list (names, dates, prose, a menu)."""
    marks = list(MARK.finditer(run))
    if len(marks) < MIN_TITLES or not any(m.group("bare") for m in marks):
        return None
    out: list[tuple[int, str | None, str]] = []
    lead = run[:marks[0].start()].strip()
    if lead:
        if not TITLE.match(lead):
            return []
        out.append((run.index(lead), None, lead))
    for k, (m, end) in enumerate(zip(marks, [m.start() for m in marks[1:]] + [len(run)])):
        title = PAGE_END.sub("", run[m.end():end].strip())
        last = k == len(marks) - 1  # (the last piece may run on into the text after the list: cut by the caller)
        if not TITLE.match(title) or len(title.split()) > MAX_WORDS or not last and SENTENCE_END.search(title):
            if last and len(out) >= MIN_TITLES:
                break  # the last piece is running text: left out
            return []
        out.append((m.end() + len(run[m.end():end]) - len(run[m.end():end].lstrip()), m.group("p") or m.group("n"), title))
    if 2 * sum(bool(NAME.match(t) or DATE.search(t)) for _, _, t in out) >= len(out) \
            or any(t.casefold() in MENU_WORDS for _, _, t in out):
        return []  # names or dates with dots between them (an attendance list, a schedule), a site's menu
    return out


def unlabelled_run(text: str) -> list[tuple[int, str | None, str]]:
    """The titles of a line that opens with a number or its trace and runs on as such a list; [] otherwise."""
    return (dotted_titles(text) or []) if TRACE_START.match(text) else []
