"""A programme (timetable) whose line breaks were lost: "8:00 (5 min) Mötets öppnande Ordföranden 8:05 (50 min)
Information om budgeten Anna Berg, ekonom 9:00 ...".

A meeting system's kallelse gives its points as rows of time, topic and
presenter; a copy of the page that lost its breaks runs the rows into one
line. The times still rise through the day and each is followed by a
capitalised topic, so a long line with at least :data:`MIN_ROWS` such times in
rising order is cut before each time: the time on a line of its own, the
topic, and the rest (the presenters), as the table's cells would stand. A
topic ends where a person's name or a new capitalised phrase after a
lower-case word begins (topics are not title-cased). Breaks ("Paus",
"Lunch", "Ajournering") are slots of the day, not items.
"""

from __future__ import annotations

import re

from .lines import Line

LONG = 150  #: only a line this long may be a flattened programme
MIN_ROWS = 3
SLOT = re.compile(r"(?:(?<=\s)|^)(?:kl\.?\s*)?(?P<h>\d{1,2})[.:](?P<m>\d{2})(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?"
                  r"(?:\s*\(\s*\d{1,3}\s*min\.?\s*\))?\s+(?=[\"”“«A-ZÅÄÖÉ][a-zåäöé])")
BREAK = re.compile(r"^(?:paus|lunch|lunchpaus|kaffe|kaffepaus|fika|ajournering|bensträckare|incheckning|registrering)\b",
                   re.I)
SMALL = {"och", "samt", "i", "av", "för", "om", "på", "till", "med", "från", "vid", "inom", "mot", "under", "över",
         "efter", "enligt", "jämte", "eller", "hos", "en", "ett", "-", "–", "&"}
MAX_TITLE_WORDS = 16
#: a time followed by a header label is the meeting's own hours ("Tid 8:00 Plats ..."), not a row
HEADER_LABEL = re.compile(r"(?:Plats|Lokal|Ordförande|Sekreterare|Närvarande|Beslutande|Ledamöter|Ersättare|Datum)\b")


def flattened_programme(lines: list[Line]) -> tuple[list[Line], list[tuple[int, str]]] | None:
    """The lines with a flattened programme's rows cut apart, and its items as (index of the topic's line,
    topic); None when there is none."""
    for i, ln in enumerate(lines):
        if len(ln.text) < LONG:
            continue
        slots = _rising([m for m in SLOT.finditer(ln.text) if not HEADER_LABEL.match(ln.text, m.end())])
        if len(slots) < MIN_ROWS:
            continue
        out, heads = list(lines[:i]), []
        if slots[0].start() > 0:
            out.append(Line(ln.text[:slots[0].start()].rstrip(), ln.start))
        for k, m in enumerate(slots):
            end = slots[k + 1].start() if k + 1 < len(slots) else len(ln.text)
            out.append(Line(m.group().strip(), ln.start + m.start()))
            row = ln.text[m.end():end].rstrip()
            cut = topic_end(row)
            if not BREAK.match(row):
                heads.append((len(out), row[:cut].rstrip(" ,;:-–")))
            out.append(Line(row[:cut].rstrip(), ln.start + m.end()))
            out += _cells(row[cut:], ln.start + m.end() + cut)
        if len(heads) < 2:
            continue
        return out + lines[i + 1:], heads
    return None


#: a break written after a row's presenters ("... Anna Berg, ekonom Ajournering Bensträckare"): its own cell
BREAK_WORD = re.compile(r"\s(?=(?:Paus|Lunch|Lunchpaus|Kaffe|Kaffepaus|Fika|Ajournering|Bensträckare)\b)")


def _cells(rest: str, start: int) -> list[Line]:
    """A row's text after its topic, as its cells: the presenters, and each break word on a line of its own."""
    cuts = [0] + [m.end() for m in BREAK_WORD.finditer(rest)] + [len(rest)]
    return [Line(rest[a:b].strip(), start + a + len(rest[a:b]) - len(rest[a:b].lstrip()))
            for a, b in zip(cuts, cuts[1:]) if rest[a:b].strip()]


def _rising(found: list[re.Match]) -> list[re.Match]:
    """The times that rise through the day (each not before the one before it); [] when they do not."""
    minutes = [int(m.group("h")) * 60 + int(m.group("m")) for m in found]
    if any(not 0 <= int(m.group("h")) <= 23 or int(m.group("m")) > 59 for m in found):
        return []
    return found if all(a <= b for a, b in zip(minutes, minutes[1:])) else []


def topic_end(row: str) -> int:
    """Where a row's topic ends: before a person's name or a capitalised word after a lower-case one."""
    from .names import given_names

    words = list(re.finditer(r"\S+", row))
    for k in range(1, min(len(words), MAX_TITLE_WORDS + 1)):
        w, prev = words[k].group(), words[k - 1].group()
        if not re.match(r"[A-ZÅÄÖ][a-zåäöé]", w) or prev.casefold() in SMALL:
            continue
        person = w in given_names() and k + 1 < len(words) and re.match(r"[A-ZÅÄÖ][a-zåäö]", words[k + 1].group())
        if person or re.search(r"[a-zåäö0-9)]$", prev) and not prev[:1].isupper():
            return words[k].start()
    return words[MAX_TITLE_WORDS].start() if len(words) > MAX_TITLE_WORDS else len(row)
