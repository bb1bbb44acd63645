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
    """The headings, the page numbers of a contents list's run of them cut from their titles (a title wrapped onto
    the next line joined first, kept so only in such a run: :func:`_join_wrapped`)."""
    wrapped = _join_wrapped(headings, lines)
    joined = {i for _, i in wrapped.values()}
    cut: set[int] = set()
    run: list[Heading] = []
    for h in headings + [None]:
        if h is not None and _paged(h) and (not run or _next_in_list(run[-1], h, lines, joined)):
            run.append(h)
            continue
        if len(run) >= RUN and _never_down(run):
            for r in run:
                r.title = PAGE_TAIL.sub("", r.title)
                cut.add(id(r))
        run = [h] if h is not None and _paged(h) else []
    for h in headings:
        if id(h) in wrapped and (id(h) not in cut or _reader_joins(h, wrapped[id(h)][1], lines)):
            h.title = wrapped[id(h)][0]  # no page column: the line under it is the item's text
    return headings


def _paged(h: Heading) -> bool:
    return bool(h.title) and h.title[-1].isdigit() and PAGE_TAIL.search(h.title) is not None \
        and not counted_number(h.title) and len(h.title.split()) >= 2


def _next_in_list(a: Heading, b: Heading, lines: list[Line], joined: set[int] = frozenset()) -> bool:
    return all(ln.blank or k in joined for k, ln in enumerate(lines[a.index + 1:b.index], a.index + 1))


WRAP_LONGEST = 90  #: a contents line this long is no wrapped title's first part (a flattened text runs on)


def _join_wrapped(headings: list[Heading], lines: list[Line]) -> dict[int, tuple[str, int]]:
    """A contents list's title wrapped onto the next line, its page number at the end of that line ("§ 4 Avtal om
    ... för" / "Ekbyskolan ... 5"): the one text line between a heading without a page and the next heading, ending
    in a page, where a heading next to it has its page too, is the title's end. Joined to the heading's title
    ("Emmaboda-" / "Ekby" joined without a space); {id of the heading: (its title before, the line's index)}."""
    wrapped: dict[int, tuple[str, int]] = {}
    for k, (a, b) in enumerate(zip(headings, headings[1:])):
        between = [i for i in range(a.index + 1, b.index) if not lines[i].blank]
        if len(between) != 1 or not a.title or _paged(a) or len(lines[a.index].text) > WRAP_LONGEST:
            continue
        rest = lines[between[0]].text.strip()
        if len(rest) > WRAP_LONGEST or not PAGE_TAIL.search(rest) or counted_number(rest) \
                or not (_paged(b) or k and _paged(headings[k - 1])):
            continue
        wrapped[id(a)] = (a.title, between[0])  # (the line right under it in lower case: joined again by the item
        # reader, titles.wrapped_title, so only in the run here)
        a.title = a.title + rest if HYPHEN_END.search(a.title) else f"{a.title} {rest}"
    return wrapped


def _reader_joins(h: Heading, i: int, lines: list[Line]) -> bool:
    """Whether the item reader joins the wrapped line to the title itself: right under the heading, in lower case."""
    return i == h.index + 1 and lines[i].text[:1].islower()


HYPHEN_END = re.compile(r"[a-zåäöA-ZÅÄÖ]-$")  #: a compound's hyphen at the line's end ("Emmaboda-" / "Ekby")


def _never_down(run: list[Heading]) -> bool:
    pages = [int(PAGE_TAIL.search(h.title).group(1)) for h in run]
    return all(x <= y for x, y in zip(pages, pages[1:])) and pages[-1] > pages[0]
