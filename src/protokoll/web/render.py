"""Rendering: every page is data. A view builds one JSON-able context dict;
``respond`` renders it as HTML through a template, or as JSON for ``/x.json``
and for clients that ask for ``application/json``.
"""

from __future__ import annotations

from functools import lru_cache
import zlib
from pathlib import Path
from typing import Any, Callable

import orjson
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.concurrency import run_in_threadpool

from .. import __version__
from .facet_html import facet_items, facets_html  # noqa: F401 (facet_items: named here too)
from .hit_items import hit_items, snippet_html

HERE = Path(__file__).parent


def item_reference(number: str | None) -> str:
    """An item of some meeting in a list of many: ``punkt 12``. Such lists claim no style (§ or period);
    a meeting's own page shows each number as its document prints it (``items[].printed_number``)."""
    return f"punkt {number}" if number else ""

HTMX = next((HERE / "static").glob("htmx-*.min.js")).name  #: vendored, version in the file name
VARY = "Accept, HX-Request"  #: one URL, three representations (HTML, htmx partial, JSON)
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
          "oktober", "november", "december")


@lru_cache(maxsize=8192)
def swedish_date(value: str | None) -> str:
    """``2024-06-12`` -> ``12 juni 2024``; anything else as it is (kept: a page writes hundreds of dates)."""
    if not value or len(value) != 10 or value[4] != "-":
        return value or ""
    year, month, day = value.split("-")
    if not (year + month + day).isascii() or not (year + month + day).isdigit() or not 1 <= int(month) <= 12:
        return value
    return f"{int(day)} {MONTHS[int(month) - 1]} {year}"


def file_size(size: int | None) -> str:
    """Bytes the Swedish way: ``3086`` -> ``3,0 kB``, ``512`` -> ``512 byte``."""
    if size is None:
        return ""
    if size < 1000:
        return f"{size} byte"
    value, unit = (size / 1e6, "MB") if size >= 1e6 else (size / 1e3, "kB")
    return f"{value:.1f} {unit}".replace(".", ",")


def time_of_day(value: str | None) -> str:
    """An ISO timestamp as Swedes write it: ``2026-12-04T14:49:49`` -> ``4 december 2026 kl. 14.49``."""
    if not value or len(value) < 16 or value[10] != "T":
        return value or ""
    return f"{swedish_date(value[:10])} kl. {value[11:13]}.{value[14:16]}"


def chart(points: list[dict], value: str, width: int = 640, height: int = 160) -> dict:
    """Geometry of a bar chart (inline SVG, drawn by ``_partials/bars.html``) of ``points[*][value]``."""
    top = max((p[value] for p in points), default=0) or 1
    step = width / max(len(points), 1)
    bars = []
    for n, p in enumerate(points):
        h = round((height - 36) * p[value] / top, 1)  # 16 px above for the scale, 20 below for dates
        bars.append({"x": round(n * step + step * 0.1, 1), "y": round(height - 20 - h, 1),
                     "width": round(step * 0.8, 1), "height": h, "point": p, "value": p[value]})
    return {"width": width, "height": height, "bars": bars, "max": top}


def json_twin(request: Request) -> str:
    """The URL of the JSON twin of the page at ``request``."""
    path = request.url.path
    path = "/.json" if path == "/" else path.rstrip("/") + ("" if path.endswith(".json") else ".json")
    return path + (f"?{request.url.query}" if request.url.query else "")


_DICT_ATTRIBUTES = frozenset(dir(dict))


class PageEnvironment(Environment):
    """Jinja's environment with a faster ``x.name`` on the plain dicts every page context is made of.

    Jinja tries ``getattr(x, "name")`` first and ``x["name"]`` after it; on a
    dict the first raises (and catches) an AttributeError for every key looked
    up: a third of the time a meeting page took to render. A plain dict has
    no attributes but its methods, so answering from its keys first, except
    for the names of its methods, gives what Jinja gives.
    """

    def getattr(self, obj, attribute: str):
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


def make_templates(reload: bool = False) -> Jinja2Templates:
    """Templates with autoescape always on (document text is untrusted).

    Compiled templates are kept for the life of the process: Jinja's
    ``auto_reload`` looks at every template file's mtime on every render (a
    meeting page includes several), which cost a sixth of the server's time
    under load. ``reload`` (``protokoll serve --reload``, for editing
    templates) turns those checks back on.
    """
    env = PageEnvironment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, auto_reload=reload,
                          undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["datum"] = swedish_date
    env.filters["snippet"] = snippet_html
    env.filters["storlek"] = file_size
    env.filters["punkt"] = item_reference
    env.filters["tidpunkt"] = time_of_day
    env.filters["facet_items"] = facet_items
    env.filters["facets_html"] = facets_html
    env.filters["hit_items"] = lambda hits: hit_items(hits, swedish_date)
    env.globals.update(chart=chart, htmx=HTMX, version=__version__, json_twin=json_twin)
    return Jinja2Templates(env=env)


def wants_json(request: Request) -> bool:
    """``/x.json``, the JSON APIs (``/api/``, ``/oparl``, errors included), or an ``Accept`` header
    that prefers JSON to HTML."""
    path = request.url.path
    if path.endswith(".json") or path.startswith(("/api/", "/oparl")):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


class FastJSONResponse(JSONResponse):
    """``JSONResponse`` encoded by orjson: the same compact UTF-8 JSON as the standard library makes
    (keys that are not strings made strings), in a tenth of the time (a page of 50 meetings and 25
    assignments took 2 ms of its 10 to encode)."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)


def respond(request: Request, template: str, context: dict, status: int = 200,
            partial: str | None = None) -> Response:
    """The context as JSON or as the rendered template (``partial`` for htmx requests)."""
    if wants_json(request):
        response = FastJSONResponse(context, status_code=status)
    else:
        templates: Jinja2Templates = request.app.state.web.templates
        name = partial if partial and request.headers.get("hx-request") else template
        response = templates.TemplateResponse(request, name, context, status_code=status)
    response.headers["Vary"] = VARY
    return response


def cached_response(cache, key: tuple, build: Callable[[], Response]) -> Response:
    """The response ``build()`` makes, kept in ``cache`` under ``key`` as status, body and type.

    The body is kept compressed (zlib, fastest level): pages compress 10-15 times (a municipality's
    800 KB in 2 ms, 50 KB kept; a hit unpacks it in about 1 ms per MB), so the worker's page cache holds
    every municipality of a 20,000-meeting archive in a few MB instead of a dozen pages in its budget.

    ``key`` must name everything the body depends on (the data's state, the
    URL and the representation asked for).
    """
    built: list[Response] = []

    def render() -> tuple[int, bytes, str]:
        response = build()
        built.append(response)
        return response.status_code, zlib.compress(response.body, 1), response.headers["content-type"]

    kept = cache.get(key, render)
    return built[0] if built else _unpacked(kept)  # the page just made is answered as it is, not unpacked


def cached_hit(cache, key: tuple) -> Response | None:
    """The response :func:`cached_response` keeps under ``key``, when it has it (nothing is built)."""
    found = cache.peek(key) if cache is not None else None
    if found is None:
        return None
    return _unpacked(found)


async def kept_or_built(request: Request, key: tuple, build: Callable[[], Response]) -> Response:
    """The page kept under ``key`` in the current link generation's page cache (:func:`cached_hit`),
    answered on the event loop; else ``build()`` (a view that keeps what it makes with
    :func:`cached_response` under the same key) in a worker thread, as FastAPI runs a plain view.

    A hit is most of a busy site's answers and takes a fraction of a millisecond: handing it to a
    thread and back was half of that. The look costs no statement but the link generation's,
    asked once per recheck interval (:meth:`~.state.WebState.kept_pages`).
    """
    hit = cached_hit(request.app.state.web.kept_pages(), key)
    if hit is not None:
        return hit
    return await run_in_threadpool(build)


async def kept_page(request: Request, key: tuple, make: Callable[[Any], Response]) -> Response:
    """A page rendered once per link generation and ``key``: kept, answered on the event loop
    (:func:`kept_or_built`); else ``make(linked)`` with this request's view of the linked archive, in a
    worker thread, and kept (:func:`cached_response`). An exception of ``make`` (a 404) is never kept."""
    def build() -> Response:
        linked = request.app.state.web.linked()
        return make(linked) if linked.pages is None else cached_response(linked.pages, key, lambda: make(linked))

    return await kept_or_built(request, key, build)


def _unpacked(kept: tuple[int, bytes, str]) -> Response:
    """The response of a page as :func:`cached_response` keeps it (status, compressed body, type)."""
    status, body, media = kept
    return Response(zlib.decompress(body), status_code=status, media_type=media, headers={"Vary": VARY})


def representation(request: Request) -> tuple:
    """What of a request the rendered page depends on besides the data: URL and representation."""
    return request.url.path, request.url.query, wants_json(request), bool(request.headers.get("hx-request"))


def page(router: APIRouter, path: str, name: str, summary: str, route_class: type | None = None) -> Callable:
    """Register a view at ``path`` (HTML) and ``path.json`` (its JSON twin), GET and HEAD only
    (``route_class``: FastAPI's own unless given, e.g. a :func:`.quick.quick_route`)."""
    json_path = "/.json" if path == "/" else path + ".json"

    def register(view: Callable) -> Callable:
        router.add_api_route(json_path, view, methods=["GET"], name=f"{name}.json",
                             summary=f"{summary} (JSON)", response_class=JSONResponse,
                             route_class_override=route_class)
        router.add_api_route(path, view, methods=["GET"], name=name, summary=summary,
                             response_class=HTMLResponse, route_class_override=route_class)
        return view

    return register


def text_response(body: str | bytes, media_type: str, filename: str | None = None) -> Response:
    """A feed or export; ``filename`` makes browsers save it under that name (spreadsheets: always saved)."""
    how = "attachment" if filename and filename.endswith((".csv", ".xlsx")) else "inline"
    headers = {"Content-Disposition": f'{how}; filename="{filename}"'} if filename else None
    return Response(body, media_type=media_type, headers=headers)


def base_url(request: Request) -> str:
    """The site's configured address, without a trailing slash (for feeds, calendars and exports).

    Not the request's Host header: a client chooses that, and a cache in front
    would keep an answer with its address for everyone.
    """
    return request.app.state.web.base_url
