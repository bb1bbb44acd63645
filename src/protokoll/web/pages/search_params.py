"""A search's GET parameters (:class:`Params`), read by FastAPI (:func:`params`, which the OpenAPI
description lists) or, for a request of the usual forms, without it (:func:`quick_params`)."""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from datetime import date
from typing import Annotated

from fastapi import HTTPException, Query, Request

from ..facets import FACET_PARAMS, FACET_TOP, KIND_LABELS
from ..params import PageNumber, YearText, validator
from ..quick import query_values

HIT_KINDS = tuple(KIND_LABELS)  #: the search's kinds of hit (``typ``)
SORTS = {"relevans": "relevance", "datum": "date"}  #: the page's sort names -> search()'s


@dataclass
class Params:
    """A search as GET parameters (Swedish names, the same for every search URL)."""

    q: str = ""
    organisation: str = ""
    organ: str = ""
    ar: str = ""
    kommun: str = ""
    typ: str = ""
    fran: str = ""  #: first meeting date (ISO), empty: open
    till: str = ""  #: last meeting date (ISO), empty: open
    sortering: str = "relevans"  #: relevans | datum
    sida: int = 1
    visa: str = ""  #: the facet (its GET parameter) shown with all its values; the others show FACET_TOP

    def query(self, **changes) -> dict:
        return {**vars(self), "sida": None, **changes}  # (every field a str or an int: no deep copy)


async def params(q: str = Query("", description="Sökord"), organisation: str = "", organ: str = "",
                 ar: Annotated[YearText, Query(description="År")] = "", kommun: str = "", typ: str = "",
                 fran: Annotated[str, Query(description="Från och med datum (ÅÅÅÅ-MM-DD)")] = "",
                 till: Annotated[str, Query(description="Till och med datum (ÅÅÅÅ-MM-DD)")] = "",
                 sortering: Annotated[str, Query(description="relevans eller datum (nyaste först)")] = "relevans",
                 sida: PageNumber = 1,
                 visa: Annotated[str, Query(description="Sidan: facetten som visas med alla värden (organisation, "
                                                        "organ, ar, kommun eller typ); de andra visar de "
                                                        f"{FACET_TOP} största. API:t: alltid alla.")] = ""
                 ) -> Params:
    """The search's GET parameters (async: pure, so FastAPI need not hand it to a thread)."""
    if typ and typ not in HIT_KINDS:
        raise HTTPException(400, f"Okänd typ {typ!r}; välj bland {', '.join(HIT_KINDS)}.")
    for name, day in (("fran", fran), ("till", till)):
        if day:
            try:
                date.fromisoformat(day)
            except ValueError:
                raise HTTPException(400, f"Ogiltigt datum {day[:40]!r} för {name}; skriv ÅÅÅÅ-MM-DD.") from None
    if sortering not in SORTS:
        raise HTTPException(400, f"Okänd sortering {sortering[:40]!r}; välj relevans eller datum.")
    if visa and visa not in FACET_PARAMS:
        raise HTTPException(400, f"Okänd facett {visa[:40]!r}; välj bland {', '.join(FACET_PARAMS)}.")
    return Params(q.strip(), organisation, organ, ar, kommun, typ, fran, till, sortering, sida, visa)


#: the GET parameters :func:`params` reads, with their defaults (a ``Query(...)``'s own)
DEFAULTS = {name: getattr(p.default, "default", p.default) for name, p in inspect.signature(params).parameters.items()}
#: the parameters FastAPI passes through a validator first (the rest are texts taken as they are)
_CHECKED = {"ar": validator(YearText), "sida": validator(PageNumber)}


async def quick_params(request: Request) -> Params | None:
    """:func:`params` of the request as FastAPI would call it, without FastAPI's solving of its eleven
    parameters (a fifth of a search page's own time); None for what FastAPI is left to answer: a
    parameter given twice (FastAPI takes the last) or a number that is not valid (its 422 page)."""
    given = query_values(request, DEFAULTS)
    if given is None:
        return None
    try:
        checked = {name: check(given[name]) for name, check in _CHECKED.items() if name in given}
    except ValueError:
        return None
    return await params(**{**DEFAULTS, **given, **checked})
