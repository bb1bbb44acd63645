"""Presenters of an item (föredragande): a "Föredragande:" line, a name after the title
("Budget (Anna Berg)", "Budget - Anna Berg, ekonom", a flattened table's "Budget Anna Berg") or
"Föredragande Anna Berg" inside a flattened line."""

from __future__ import annotations

import re

from .items import PREPOSITIONS
from .lines import Line

PRESENTER = re.compile(r"^(?:Föredragande|Föredragare|Föredras av|Presentatör|Dragande|Inledare|Presenteras av|"
                       r"Rapportör|Föreläsare|Informatör)\s*:?\s*(.*)$", re.I)
NAME_START = re.compile(r"^[A-ZÅÄÖÉ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäö]+)?\s+[A-ZÅÄÖÉ][a-zåäöé]+")


def presenter_text(body: list[Line]) -> tuple[str, list[Line]]:
    """The "Föredragande" value (with continuation lines) and the lines it used."""
    for k, ln in enumerate(body):
        m = PRESENTER.match(ln.text)
        if not m:
            continue
        used = [ln]
        value = m.group(1)
        for nxt in body[k + 1:]:
            if nxt.blank or not (nxt.text[:1].islower() or NAME_START.match(nxt.text)
                                 or value.rstrip().endswith((",", "och"))):
                break
            if re.match(r"^(Bilaga|Beslut|Förslag)", nxt.text, re.I):
                break
            used.append(nxt)
            value = f"{value} {nxt.text}" if value.rstrip().endswith((",", "och")) or nxt.text[:1].islower() \
                else f"{value}; {nxt.text}"
        return value, used
    return "", []


INLINE_PRESENTER = re.compile(r"\b(?:Föredragande|Föredras av|Föredragare)\s*:?\s+((?:[A-ZÅÄÖÉ][\wåäöé\-]+\s+){1,3}"
                              r"[A-ZÅÄÖÉ][\wåäöé\-]+)")


def cut_sentence_after_name(value: str) -> str:
    """A presenter value that runs on into the next sentence ("Anna Berg Förvaltningen redovisar ..."): cut
    before a capitalised definite noun that follows a full name and is followed by a lower-case word."""
    from .names import is_person

    m = re.match(r"((?:[A-ZÅÄÖÉ][\wåäöé\-]+\s+){1,3})([A-ZÅÄÖ][a-zåäö]+(?:en|et|na|erna|arna|orna))\s+[a-zåäö]", value)
    return m.group(1).strip() if m and is_person(m.group(1).strip()) else value


def inline_presenters(text: str) -> list[str]:
    """ "Föredragande: Anna Berg" inside a line (a flattened page): the presenter, when a person."""
    from .names import find_people

    m = INLINE_PRESENTER.search(text)
    return find_people(m.group(1))[:1] if m else []


def title_presenters(title: str) -> tuple[str, list[str]]:
    """Names set after an agenda item's title: "Internkontroll (Anna Berg)", "Internkontroll - Anna Berg,
    ekonom" or, in a flattened table, "Internkontroll Anna Berg"."""
    from .names import given_names, is_person

    opening = re.match(r"((?:[A-ZÅÄÖÉ][\wåäöé\-]+\s+){1,3}[A-ZÅÄÖÉ][\wåäöé\-]+)\s+(?:informerar|redogör|presenterar|"
                       r"redovisar|berättar|rapporterar|föredrar)\b", title)
    if opening and is_person(opening.group(1)):  # "Anna Berg informerar om budgeten"
        return title, [opening.group(1)]
    marked = re.search(r"(?:\s+[-–]\s+|\s*\()((?:[A-ZÅÄÖÉ][\wåäöé\-]+\s+){1,3}[A-ZÅÄÖÉ][\wåäöé\-]+)"
                       r"(?:,\s*[a-zåäö][\wåäö\- ]{2,40})?\)?$", title)
    if marked and is_person(marked.group(1)) and marked.start() > 0:
        return title[:marked.start()].strip(), [marked.group(1)]
    trail = re.search(r",\s*[a-zåäö][\wåäö\- ]{2,30}$", title)  # "... Anna Berg, utredare"
    core = title[:trail.start()] if trail else title
    words = core.split()
    found: list[str] = []
    while len(words) >= 3:
        for size in (3, 2):
            cand = words[-size:]
            if len(words) - size < 1 or cand[0] not in given_names() or not is_person(" ".join(cand)):
                continue
            if words[-size - 1].casefold() in PREPOSITIONS:
                continue
            found.insert(0, " ".join(cand))
            words = words[:-size]
            break
        else:
            break
    return (" ".join(words), found) if found else (title, [])
