"""``/sok?q=`` (search with facets and highlighted snippets), ``/api/search``,
``/sok.csv`` and ``/sok/atom.xml``. The engine is ``protokoll.store.search``;
without it the pages say that search is not available."""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable
from dataclasses import astuple, replace

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from ..state import state
from ..exports import XLSX, Column, plain, to_swedish_csv, to_xlsx
from ..facets import FACET_TOP, KIND_LABELS, facets_json
from ..feeds import FeedEntry, atom_feed
from ..params import limit
from ..render import base_url, cached_hit, cached_response, page, representation, respond, text_response
from ..quick import quick_route
from ..urls import item_anchor, meeting_url, with_query
from .search_params import SORTS, Params, params, quick_params

router = APIRouter()
PER_PAGE = 20
UNAVAILABLE = "Sökning ej tillgänglig: sökindexet finns inte i den här installationen."
Limit = limit(200)  #: hits per answer of the search API
#: seconds a request waits at most for the search index to catch up (another process writing it, a
#: stuck writer); then the SQL term index answers, with a note (store.search.search's ``wait``)
WAIT = 3.0
COLUMNS = (Column("meeting_date", "Mötesdatum"), Column("organization", "Organisation"), Column("body", "Organ"),
           Column("item_number", "Punkt"), Column("kind_label", "Typ"), Column("title", "Rubrik"),
           Column("snippet", "Utdrag"), Column("url", "Länk"))


def engine():
    """The search module, or None while it is not installed."""
    try:
        search = importlib.import_module("protokoll.store.search")
    except ModuleNotFoundError as err:
        if err.name and err.name.startswith("protokoll.store.search"):
            return None
        raise
    return search


def run(request: Request, p: Params, limit: int = PER_PAGE):
    """The search result, or None when search is not available."""
    key = astuple(replace(p, visa=""))  # (what the page shows of the facets: not the search's business)
    return cached(request, ("result", key, limit), lambda find, session: _search(find, session, p, limit))


def cached(request: Request, key: tuple, compute: Callable, response: bool = False):
    """``compute(search function, session)``, cached per state of the index; None without search.

    The index generation is read first (or taken from the last read, at most
    ``recheck`` seconds old: :meth:`WebState.generation`), before the session
    ``compute`` uses reads anything, so a value is never kept under a newer
    state than it was computed from. The search function is part of the key
    (a replaced engine gets no older engine's results). With ``response``,
    ``compute`` makes a response, kept as its body.
    """
    search = engine()
    if search is None:
        return None
    web = state(request)
    find = search.search
    with web.sessions() as session:
        if web.search_cache.size <= 0:  # nothing is kept: no state to key it by (nor packing, for a response)
            return compute(find, session)
        index = web.generation(lambda: search.generation(session))
        full = None if index is None else (index, find, *key)
        if response:
            return cached_response(web.search_cache, full, lambda: compute(find, session))
        return web.search_cache.get(full, lambda: compute(find, session))


def _search(find: Callable, session, p: Params, limit: int):
    return find(session, p.q, organization=p.organisation or None, body=p.organ or None,
                year=int(p.ar) if p.ar else None, municipality=p.kommun or None, kind=p.typ or None,
                date_from=p.fran or None, date_to=p.till or None, sort=SORTS[p.sortering],
                limit=limit, offset=(p.sida - 1) * limit, wait=WAIT)


def hit_json(hit) -> dict:
    """A hit as one plain dict (its fields are plain values: copied, not deep-copied as ``asdict``)."""
    url = meeting_url(hit.meeting_id) + (f"#{item_anchor(hit.item_number)}" if hit.item_number else "")
    return {**vars(hit), "kind_label": KIND_LABELS.get(hit.kind, hit.kind), "url": url}


async def quick_page(request: Request) -> Response | None:
    """The search page without FastAPI's reading of its parameters, or None (see :mod:`..quick`)."""
    p = await quick_params(request)
    return None if p is None else await search_page(request, p)


@page(router, "/sok", "search", "Sök i protokollen", route_class=quick_route(quick_page))
async def search_page(request: Request, p: Params = Depends(params)):
    """The search page; with a query, rendered once per index state, URL and representation: a page
    kept is answered on the event loop, one to make in a worker thread (as ``render.kept_or_built``)."""
    search = engine() if p.q else None
    if search is not None:
        hit = kept(request, search, ("page", *representation(request)))
        if hit is not None:
            return hit
    return await run_in_threadpool(_search_page, request, p)


def kept(request: Request, search, key: tuple) -> Response | None:
    """The response :func:`cached` keeps under ``key`` for the current index state, if it has it (the
    generation, when it is to be asked again, with a session of its own)."""
    web = state(request)
    if web.search_cache.size <= 0:  # (the result cache is off: no session opened to read the state)
        return None

    def read():
        with web.sessions() as session:
            return search.generation(session)

    index = web.generation(read)
    return None if index is None else cached_hit(web.search_cache, (index, search.search, *key))


def _search_page(request: Request, p: Params) -> Response:
    def build(result=None) -> Response:
        return respond(request, "search.html", page_context(p, result), partial="_partials/hits.html")

    if not p.q:
        return respond(request, "search.html", page_context(p, None, examples(request)),
                       partial="_partials/hits.html")
    if engine() is None:
        return build()
    return cached(request, ("page", *representation(request)), lambda find, session: build(
        _search(find, session, p, PER_PAGE)), response=True)


def examples(request: Request) -> list[str]:
    """The example searches of an empty /sok, of the archive's words (kept per state of the index)."""
    from ...store.search_examples import FIXED, example_queries

    def make(find, session) -> list[str]:
        return example_queries(session, lambda q: find(session, q, limit=0, suggest=False).total)

    return cached(request, ("examples",), make) or list(FIXED)


def page_context(p: Params, result, examples: list[str] = ()) -> dict:
    """The search page's data: hits, facets with their links, paging."""
    available = engine() is not None
    query = p.query(visa=None)  # (the exports and the feed show no facets)
    return {"title": f"Sök: {p.q}" if p.q else "Sök", "query": p.q, "available": available,
            "message": None if available else UNAVAILABLE, "filters": vars(p).copy(),
            "total": result.total if result else 0,
            "facets_exact": getattr(result, "facets_exact", True) if result else True,
            "hits": [hit_json(h) for h in result.hits] if result else [],
            "facets": facets_json(p, result.facets) if result else [],
            "csv_url": with_query("/sok.csv", query), "xlsx_url": with_query("/sok.xlsx", query),
            "atom_url": with_query("/sok/atom.xml", query),
            "pages": pages(p, result.total if result else 0),
            "notes": list(getattr(result, "notes", []) or []) if result else [],
            "suggestion": suggestion_link(p, result), "examples": [(q, with_query("/sok", {"q": q}))
                                                                   for q in examples]}


def suggestion_link(p: Params, result) -> dict | None:
    """"Menade du ...?": the suggested query and the URL searching it with the same filters."""
    suggested = getattr(result, "suggestion", None) if result else None
    if not suggested:
        return None
    return {"query": suggested, "url": with_query("/sok", p.query(q=suggested, visa=None))}


def pages(p: Params, total: int) -> dict:
    last = max(1, -(-total // PER_PAGE))
    return {"page": p.sida, "pages": last,
            "previous_url": with_query("/sok", p.query(sida=p.sida - 1)) if p.sida > 1 else None,
            "next_url": with_query("/sok", p.query(sida=p.sida + 1)) if p.sida < last else None}


def entry_id(hit: dict) -> str:
    """A stable Atom id for a hit (several hits may share one item URL)."""
    digest = hashlib.sha1(f"{hit['kind']}|{hit['title']}|{hit['snippet']}".encode()).hexdigest()[:12]
    return f"urn:protokoll:sok:{hit['meeting_id']}:{hit['item_number'] or '-'}:{digest}"


def _required(request: Request, p: Params, limit: int):
    if engine() is None:
        raise HTTPException(503, UNAVAILABLE)
    return run(request, p, limit)


@router.get("/api/search", name="api_search", summary="Sök (JSON): träffar med markerade utdrag och facetter",
            description="`facets` har alltid varje facetts alla värden med exakta antal, störst först (sidan "
                        f"`/sok` visar de {FACET_TOP} största och en länk till resten: `visa`, som API:t inte läser).")
def api_search(request: Request, p: Params = Depends(params), limit: Limit = PER_PAGE):
    result = _required(request, p, limit)
    keys = ("meeting_date", "organization", "body", "item_number", "title", "snippet", "url", "kind")
    return JSONResponse({"query": p.q, "total": result.total,
                         "results": [{k: h[k] for k in keys} for h in map(hit_json, result.hits)],
                         "facets": result.facets, "facets_exact": getattr(result, "facets_exact", True),
                         "suggestion": getattr(result, "suggestion", None),
                         "notes": getattr(result, "notes", []), "sort": p.sortering,
                         "from": p.fran or None, "to": p.till or None})


@router.get("/sok.csv", name="search_csv", response_class=Response, summary="Sökträffar som CSV för svenskt Excel")
def search_csv(request: Request, p: Params = Depends(params)):
    return text_response(to_swedish_csv(export_rows(request, p), COLUMNS), "text/csv; charset=utf-8", "sok.csv")


@router.get("/sok.xlsx", name="search_xlsx", response_class=Response, summary="Sökträffar som Excel-fil")
def search_xlsx(request: Request, p: Params = Depends(params)):
    return text_response(to_xlsx(export_rows(request, p), COLUMNS, "Sökträffar"), XLSX, "sok.xlsx")


def export_rows(request: Request, p: Params) -> list[dict]:
    """Up to 1,000 hits as flat rows: absolute links, snippets without highlighting."""
    result = _required(request, p, 1000)
    root = base_url(request)
    return [{**h, "url": root + h["url"], "snippet": plain(h["snippet"])} for h in map(hit_json, result.hits)]


@router.get("/sok/atom.xml", name="search_feed", response_class=Response, summary="Sökträffar som Atom-flöde")
def search_feed(request: Request, p: Params = Depends(params)):
    result = _required(request, p, 100)
    root = base_url(request)
    entries = [FeedEntry(entry_id(h), f"{h['body'] or ''} {h['meeting_date'] or ''}: {h['title']}".strip(),
                         root + h["url"], h["meeting_date"], h["snippet"], html=True)
               for h in map(hit_json, result.hits)]
    this = with_query("/sok/atom.xml", p.query(visa=None))
    return text_response(atom_feed(root + this, f"Sökning: {p.q}", root + this,
                                   root + with_query("/sok", p.query(visa=None)), entries),
                         "application/atom+xml; charset=utf-8")
