"""The meeting's place after a run of labels: a header whose label column and value column were flattened apart.

Such a page prints every label first and every value after them, in the labels' order: "Plats och tid för
sammanträdet Beslutande Övriga deltagare Utses att justera Justeringens plats och tid Stadshuset, rum 4,
måndagen den 3 mars, kl ... Anna Berg (S), ordförande ...". The first value after the run is the first
label's; where that label is the meeting's place ("Plats och tid", "Tid och plats", "Plats"), the value up to
where its time part begins is the place.

Read only when no other rule found a place, and only where the value ends as a place value does: at a date, a
weekday, a clock word or a time (what "Plats och tid" gives after the place), or, after a bare "Plats", at the
attendance's first person ("Anna Berg (S)"). A value that ends otherwise may be another label's (the place's own
value stripped from the page), so none is read.
"""

from __future__ import annotations

import re
from typing import Callable

from ..swedish import dates
from ..swedish.datementions import WEEKDAY_WORD
from .headerlabels import label_of
from .lines import Line
from .persons import is_person

#: the meeting's place label opening a run (not "Justeringens plats och tid", the justering's)
RUN_START = re.compile(r"(?<![\wåäö])(?<![Jj]usteringens )(?:Plats och tid|Tid och plats|Plats)(?![\wåäö])")
#: the place label and at least one more label in a row: a run, not a label and its value
MIN_LABELS = 2
#: where the time part of a "Plats och tid" value begins after the place
TIME_PART = re.compile(rf"[\s,]+(?:{WEEKDAY_WORD}(?:en)?|kl\b|klockan\b|\d{{1,2}}[.:]\d{{2}})", re.I)
#: the first attendee after a bare "Plats" value: a name and a party code ("Anna Berg (S)")
PERSON_PARTY = re.compile(r"\s(?P<name>[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?\s+[A-ZÅÄÖ][a-zåäö]+"
                          r"(?:-[A-ZÅÄÖ][a-zåäö]+)?)\s*\([A-ZÅÄÖa-zåäö]{1,3}\)")
#: how far into a document its header may reach, and how long a place may be
HEAD_CHARS, MAX_WORDS = 2500, 8
#: how many lines a run of labels, one a line, and its first value may take
RUN_LINES = 12


def place_after_labels(lines: list[Line], clean: Callable[[str], str | None]) -> str | None:
    """The place the first run of labels opened by the meeting's place label gives (see the module);
    ``clean``: the reader's own cleaning of a place value."""
    seen = 0
    for k, ln in enumerate(lines):
        if seen > HEAD_CHARS:
            break
        seen += len(ln.text)
        if "lats" not in ln.text:  # the cheap test: every place label has it
            continue
        for m in RUN_START.finditer(ln.text):
            if _label_before(ln.text[:m.start()], lines[:k]):
                continue  # "Organ: Plats och tid: ...": the first value is the earlier label's
            # the run may go on over the next lines (a page's repair set each label on a line of its own)
            joined = " ".join([ln.text[m.start():]] + [x.text.strip() for x in lines[k + 1:k + RUN_LINES] if not x.blank])
            if found := _after_run(joined, clean):
                return found
    return None


def _after_run(text: str, clean: Callable[[str], str | None]) -> str | None:
    """The first value after the labels ``text`` opens with, cut where a place value ends; None if none."""
    kinds, rest = [], text
    while rest and len(kinds) < 12 and (lab := label_of(rest)) is not None:
        kinds.append(lab[1])
        rest = lab[2]
    if len(kinds) < MIN_LABELS or kinds[0] not in ("dateplace", "place") or not rest[:1].isupper():
        return None
    ends = [m.start for m in dates.find_dates(rest[:200])]
    ends += [m.start() for m in TIME_PART.finditer(rest[:200])]
    if kinds[0] == "place":
        ends += [m.start() for m in PERSON_PARTY.finditer(rest[:200]) if is_person(m.group("name"))]
    if not ends:
        return None
    value = clean(rest[:min(ends)])
    if not value or not value[:1].isupper() or len(value.split()) > MAX_WORDS or is_person(value) \
            or label_of(value) is not None or label_of(value.split()[0]) is not None \
            or is_person(" ".join(value.split()[:2])):  # a label the run did not take, or the first attendee
        return None
    return value


def _label_before(before: str, earlier: list[Line]) -> bool:
    """Whether a label stands right before the place label: on its line ("Organ: Plats och tid"), or alone on
    the line before it ("Organ" / "Plats och tid"); the run then opens with that label, not the place's."""
    words = before.split()
    if words:
        return before.rstrip().endswith(":") or label_of(words[-1]) is not None
    last = next((x.text.strip() for x in reversed(earlier) if not x.blank), "")
    return bool(last) and (lab := label_of(last)) is not None and not lab[2]
