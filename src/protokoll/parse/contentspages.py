"""A contents list's page numbers after its headings' titles.

A protocol's contents list ("Innehållsförteckning") prints each paragraph's page after its title, often without
the dot leader ("§ 242 Fastställande av föredragningslista 3", "§ 244-272 Sekretessärenden 5", "§ 273 Information
om ... 6-7"). One title ending in a number says little (a year, "Sandby 2:15", "etapp 2"), but three or more
headings on consecutive lines whose last numbers never go down are the list's page column, and are dropped.
"""

from __future__ import annotations

import re

from .headings import Heading
from .lines import Line
from .titletail import counted_number

#: a page number, or a range of pages, at a title's end, with the dot leader before it if there is one
PAGE_TAIL = re.compile(r"(?<=\S)(?:\s*(?:\.{2,}|…+)\s*|\s+)(\d{1,3})(?:\s*[-–]\s*(\d{1,3}))?$")
RUN = 3  #: how many listed headings with a page at their end make a page column


def without_page_column(headings: list[Heading], lines: list[Line]) -> list[Heading]:
    """The headings, the page numbers of a contents list's run of them cut from their titles."""
    run: list[Heading] = []
    for h in headings + [None]:
        if h is not None and _paged(h) and (not run or _next_in_list(run[-1], h, lines)):
            run.append(h)
            continue
        if len(run) >= RUN and _never_down(run):
            for r in run:
                r.title = PAGE_TAIL.sub("", r.title)
        run = [h] if h is not None and _paged(h) else []
    return headings


def _paged(h: Heading) -> bool:
    return bool(h.title) and h.title[-1].isdigit() and PAGE_TAIL.search(h.title) is not None \
        and not counted_number(h.title) and len(h.title.split()) >= 2


def _next_in_list(a: Heading, b: Heading, lines: list[Line]) -> bool:
    return all(ln.blank for ln in lines[a.index + 1:b.index])


def _never_down(run: list[Heading]) -> bool:
    pages = [int(PAGE_TAIL.search(h.title).group(1)) for h in run]
    return all(x <= y for x, y in zip(pages, pages[1:])) and pages[-1] > pages[0]
