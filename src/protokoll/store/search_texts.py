"""The item texts a reindex gives the search units, from what is stored (nothing is parsed again).

A record keeps each item's own text (``items[].text``, meeting-record/1), so a
reindex reads the stored record. A record stored before items kept their text
has none: for it, and only for it, each item's text is taken from the stored
document text as the lines between the item's heading and the next item's
heading (the last item: to the end of the document, which may add the
signature lines to its searchable text). The heading is the first line at or
after the previous heading that holds the item's title (and its number, when
the record has one). An item whose heading is not found gets no text; its
title, decisions and assignments are indexed all the same. The store stage does
not call the parser (a stage never imports the one above it).
"""

from __future__ import annotations


def item_texts(record: dict, document_text: str | None) -> dict[int, str]:
    """Each item's text by item index: the record's own, or cut from ``document_text`` (older records)."""
    items = record.get("items") or []
    if all("text" in it for it in items):
        return {i: it.get("text") or "" for i, it in enumerate(items)}
    return texts_between_headings(items, document_text or "")


def texts_between_headings(items: list[dict], document_text: str) -> dict[int, str]:
    """The lines between each item's heading and the next found heading (see the module's note)."""
    lines = document_text.splitlines()
    starts: list[int | None] = []
    at = 0
    for item in items:
        found = _heading(lines, at, item)
        starts.append(found)
        if found is not None:
            at = found + 1
    texts: dict[int, str] = {}
    for i, start in enumerate(starts):
        if start is None:
            texts[i] = ""
            continue
        end = next((s for s in starts[i + 1:] if s is not None), len(lines))
        texts[i] = "\n".join(lines[start + 1:end]).strip()
    return texts


def _heading(lines: list[str], at: int, item: dict) -> int | None:
    title = " ".join((item.get("title") or "").split())
    number = (item.get("number") or "").strip()
    if not title:
        return None
    for n in range(at, len(lines)):
        line = " ".join(lines[n].split())
        if title in line and (not number or number in line):
            return n
    return None
