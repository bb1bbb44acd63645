"""Numbers in URLs, read in one place: ASCII digits within a range, or not a number at all.

``str.isdigit`` and ``int()`` accept far more than a URL should hold: other
scripts' digits (``²``, Arabic-Indic ``١``), which would give a second URL
for every page; and any length, which overflows the database's integers or
Python's 4,300-digit limit. Path keys that are not such a number name no page
(404); query parameters that are not get 422 with the field named.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from pydantic import BeforeValidator

MAX_ID = 2**31 - 1  #: row ids fit a 32-bit signed integer (PostgreSQL's INTEGER columns)
MAX_PAGE = 10_000  #: pages of search hits (offsets beyond are never useful)
MIN_YEAR, MAX_YEAR = 1, 9999  #: the years an ISO date can name


def ascii_number(text: object, low: int = 0, high: int = MAX_ID) -> int | None:
    """``text`` as an int when it is only ASCII digits (at most as many as ``high`` has) within [low, high]."""
    if not isinstance(text, str) or not text.isascii() or not text.isdigit() or len(text) > len(str(high)):
        return None
    value = int(text)
    return value if low <= value <= high else None


def row_id(text: str) -> int | None:
    """A stored row's id from a path segment, or None (no such row) when it is not one.

    Only the canonical form: ``/moten/012`` is not a second URL of ``/moten/12``.
    """
    return None if text.startswith("0") else ascii_number(text, 1, MAX_ID)


def _bounded(low: int, high: int, blank: bool):
    """A pydantic validator: ASCII digits within [low, high] (``""`` passes as it is when ``blank``)."""
    def check(value: object) -> object:
        if isinstance(value, int) and not isinstance(value, bool):  # a default, not from the URL
            value = str(value)
        if blank and value in ("", None):
            return value
        number = ascii_number(value, low, high)
        if number is None:
            raise ValueError(f"ett heltal {low}–{high}, skrivet med siffrorna 0–9")
        return number if not blank else str(number)

    return BeforeValidator(check)


#: A year filter: "" (none) or a year written with ASCII digits, kept as text (as the search takes it).
YearText = Annotated[str, _bounded(MIN_YEAR, MAX_YEAR, blank=True)]
#: A year filter as a number (absent: None).
Year = Annotated[int, _bounded(MIN_YEAR, MAX_YEAR, blank=False)]
#: A page of a paged list, from 1.
PageNumber = Annotated[int, _bounded(1, MAX_PAGE, blank=False)]


def validator(number: object) -> Callable[[object], object]:
    """The check one of the annotated types above runs before pydantic's own (ValueError: not valid)."""
    return next(m.func for m in number.__metadata__ if isinstance(m, BeforeValidator))  # type: ignore[attr-defined]


def limit(high: int) -> type:
    """How many hits to return: 1 to ``high``."""
    return Annotated[int, _bounded(1, high, blank=False)]  # type: ignore[return-value]
