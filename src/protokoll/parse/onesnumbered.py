"""Headings of an HTML ordered list copied as text: every entry reads "1." because the browser, not the
text, numbered them, and a list nested in an entry restarts at "1." of its own."""

from __future__ import annotations

from dataclasses import replace

from .headings import Heading


def ones_numbered(group: list[Heading]) -> list[Heading]:
    """An HTML ordered list copied as text, where every entry reads "1." (the browser numbered them, the copy
    kept only the first number): three or more "1." headings with short titles are the list's entries, numbered
    on in their order. A decision's single point ("1. Nämnden godkänner ...") ends as a sentence does and keeps
    the group as it was. A list nested in an entry ("1. Inför årsstämman" then "1. Tidpunkt ... 2. ... 3. ...")
    is numbered by the browser as a list of its own: a run rising from "1" right after an entry is the entry's
    text, not more entries (:func:`_nested_runs`)."""
    if len(group) < 3 or any(h.number != "1" for h in group):
        kept = _nested_runs(group)
        if kept is None:
            return group
        return [replace(h, number=str(k)) for k, h in enumerate(kept, 1)]
    if any(not h.title or len(h.title) > 90 or h.title.endswith((".", ",", ";", ":")) for h in group):
        return group
    return [replace(h, number=str(k)) for k, h in enumerate(group, 1)]


def _nested_runs(group: list[Heading]) -> list[Heading] | None:
    """The "1." entries of a browser-numbered list whose entries hold nested lists ("1. ... 2. ... 3. ..." runs
    that each open right under an entry), or None when the group is not such a list: at least three entries
    standing alone, three of them short titles without a sentence's end, and every other number in a run
    rising by one from a "1." that follows an entry."""
    runs: list[list[Heading]] = []
    for h in group:
        if runs and h.number.isdigit() and runs[-1][-1].number.isdigit() \
                and int(h.number) == int(runs[-1][-1].number) + 1:
            runs[-1].append(h)
        else:
            runs.append([h])
    if any(r[0].number != "1" for r in runs) or len(runs) == len(group):
        return None
    entries: list[Heading] = []
    for k, run in enumerate(runs):
        if len(run) == 1:
            entries.append(run[0])
        elif not k or len(runs[k - 1]) != 1:  # a nested run opens only right under an entry
            return None
    titles = [h for h in entries if h.title and len(h.title) <= 90 and not h.title.endswith((".", ",", ";", ":"))]
    return entries if len(entries) >= 3 and len(titles) >= 3 else None
