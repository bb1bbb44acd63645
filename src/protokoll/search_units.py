"""A meeting record as searchable units, analysed: what the search index stores of it (no database here).

A meeting becomes units of four kinds: each ``item`` (title, presenters,
decisions, assignments and its text), its ``decision`` (every "att" clause
of the item's decision in one unit), each ``assignment`` and each ``person``
(attendees and presenters); :mod:`protokoll.store.search_index` writes them.
The units are made in the worker process that parsed the document
(``protokoll.stored_form.prepared``), which imports neither SQLAlchemy nor
the store: this module and :mod:`protokoll.stored_form` are the part of the
store stage that runs there.

Page footers are kept out of the searchable item text (usability review W13).

A printed page of Swedish minutes or an agenda often ends in a running
footer naming the document -- organisation, body, kind, date ("Regionen ·
Styrelsen · Protokoll 3/2024") -- and a page mark ("2(3)", "Sida 2 av 3").
Read from a PDF, the last page's footer lands in the text of the last item,
so a search for the organisation finds "Övriga frågor". The parsed record
keeps its text as read (parse and repair are not changed here); the search
index leaves out of each item's text:

* lines that are a page mark alone;
* the line right above a page mark at the end of a page, when it recurs at
  the end of another page or names the meeting's organisation or body (a
  footer names the document it belongs to) -- wherever it stands in the
  item text (the parser may have joined it into a paragraph).

Pages are the "\\f"-separated parts of the document text (the readers put a
form feed between pages).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from .swedish.gazetteer import find_municipalities
from .swedish.stems import fold, index_terms

PRESENTER = "föredragande"
DECISION_JOINT = "; "  #: between the "att" clauses of one item's decision unit





PAGE_MARK = re.compile(r"^\s*(?:sida\s+)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|/\s*\d{1,3}|av\s+\d{1,3})\s*$", re.I)
MAX_FOOTER = 120  #: characters a footer line has at most


def footers(document_text: str, names: list[str | None]) -> set[str]:
    """The footer lines of a document (stripped), found at its page ends."""
    ends: list[str] = []
    for page in (document_text or "").split("\f"):
        lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
        if len(lines) >= 2 and PAGE_MARK.match(lines[-1]) and len(lines[-2]) <= MAX_FOOTER:
            ends.append(lines[-2])
    known = [fold(n) for n in names if n and len(n) >= 3]
    return {line for line in ends
            if ends.count(line) > 1 or any(name in fold(line) for name in known)}


def without_footers(text: str, lines: set[str]) -> str:
    """``text`` without page-mark lines and the given footer lines, also where the parser joined a
    footer into a paragraph (a footer names the document, so it is never item text)."""
    if not text:
        return text
    kept = "\n".join(ln for ln in text.splitlines() if not PAGE_MARK.match(ln))
    for line in sorted(lines, key=len, reverse=True):
        kept = kept.replace(line, " ")
    return kept


@dataclass
class Unit:
    """A unit before storing: ``text`` is shown, ``text`` plus ``extra`` is indexed."""

    kind: str
    item_number: str | None
    title: str
    text: str
    extra: str = ""


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def item_units(number: str | None, item: dict, body: str) -> list[Unit]:
    """The item itself, then its decisions and assignments, from its record entry and text."""
    title = _clean(item.get("title"))
    body = _clean(body)
    decisions = [_clean(d) for d in item.get("decisions") or [] if _clean(d)]
    assignments = [_clean(f"{a.get('assignee') or ''}: {a.get('task') or ''}")
                   for a in item.get("assignments") or []]
    proposed = _clean(item.get("proposed_decision"))
    pieces = [p for p in [proposed, *decisions, *assignments] if p and p not in body]
    display = body or " ".join(pieces) or title
    extra = " ".join([*(item.get("presenters") or []), *(p for p in pieces if p not in display)])
    units = [Unit("item", number, title, display, extra)]
    if decisions:  # one decision hit per item: its "att" clauses together, in order
        units.append(Unit("decision", number, title, DECISION_JOINT.join(d.rstrip(",; ") for d in decisions), title))
    units += [Unit("assignment", number, title, a, title) for a in assignments]
    return units


def person_units(record: dict) -> list[Unit]:
    """Each attendee, and each presenter who is not an attendee, once per meeting."""
    units: list[Unit] = []
    seen: set[str] = set()
    for a in record.get("attendees") or []:
        name = _clean(a.get("name"))
        if name and name not in seen:
            seen.add(name)
            parts = [name, a.get("title"), a.get("affiliation"), a.get("role")]
            units.append(Unit("person", None, name, ", ".join(_clean(p) for p in parts if p)))
    for item in record.get("items") or []:
        for presenter in item.get("presenters") or []:
            name = _clean(presenter)
            if name and name not in seen:
                seen.add(name)
                text = f"{name}, {PRESENTER}: {_clean(item.get('title'))}"
                units.append(Unit("person", item.get("number"), name, text))
    return units


def record_units(record: dict, texts: dict[int, str]) -> list[Unit]:
    """Every unit of one meeting record; ``texts`` holds the item texts by item index."""
    units: list[Unit] = []
    for i, item in enumerate(record.get("items") or []):
        units += item_units(item.get("number"), item, texts.get(i, ""))
    return units + person_units(record)


class UnitRow(NamedTuple):
    """One unit as stored, analysed: what :func:`write_units` inserts (built in a worker process
    during ingest, :func:`unit_rows`)."""

    kind: str
    item_number: str | None
    title: str
    text: str
    title_terms: str
    terms: str
    places: tuple[str, ...]  #: municipalities the unit mentions, sorted


def unit_rows(record: dict, texts: dict[int, str], document_text: str | None,
              organization: str | None, body: str | None) -> list[UnitRow]:
    """Every unit of one meeting, analysed; ``texts``: the item texts by item index, ``document_text``
    the stored document text (its page footers are left out of the item texts)."""
    running = footers(document_text or "", [organization, body])
    texts = {i: without_footers(t, running) for i, t in texts.items()}
    return [_analysed(u) for u in record_units(record, texts)]


def _analysed(unit: Unit) -> UnitRow:
    """Decisions and assignments carry their item's title as plain text, without title terms."""
    own_title = unit.kind in ("item", "person")
    places = {name for _s, _e, name in find_municipalities(f"{unit.title}\n{unit.text}\n{unit.extra}")}
    return UnitRow(unit.kind, unit.item_number, unit.title, unit.text,
                   " ".join(index_terms(unit.title)) if own_title else "",
                   " ".join(index_terms(f"{unit.text} {unit.extra}")), tuple(sorted(places)))
