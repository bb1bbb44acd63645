"""Routes whose requests of the usual forms skip FastAPI's solving of dependencies and parameters.

For every request FastAPI walks a route's dependencies and validates each
GET parameter through pydantic: for the search page's eleven parameters
about a fifth of the page's own CPU time (issue 12: the search page under
load is CPU-bound). A route made with :func:`quick_route` first runs the
app's checks (:data:`.errors.ROUTE_CHECKS`, as FastAPI would) and then its
``quick(request)``, which answers the request itself or returns None to
leave it to FastAPI's handler (a parameter given twice, a value that is not
valid: FastAPI's own error pages; any ``app.dependency_overrides``). So an answer never differs from the
answer FastAPI would give; the route is still FastAPI's (matching, OpenAPI,
exception handlers).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection

from fastapi import Request, Response
from fastapi.routing import APIRoute

from .errors import ROUTE_CHECKS

Quick = Callable[[Request], Awaitable[Response | None]]


def quick_route(quick: Quick) -> type[APIRoute]:
    """An ``APIRoute`` class answering with ``quick(request)`` when that gives a response."""
    class QuickRoute(APIRoute):
        def get_route_handler(self) -> Callable[[Request], Awaitable[Response]]:
            full = super().get_route_handler()

            async def handler(request: Request) -> Response:
                if getattr(request.app, "dependency_overrides", None):  # (tests') overrides: FastAPI applies them
                    return await full(request)
                for check in ROUTE_CHECKS:
                    await check(request)
                response = await quick(request)
                return response if response is not None else await full(request)

            return handler

    return QuickRoute


def query_values(request: Request, names: Collection[str]) -> dict[str, str] | None:
    """The values of the GET parameters ``names`` the request gives; None when it gives one twice."""
    found: dict[str, str] = {}
    for name, value in request.query_params.multi_items():
        if name in names:
            if name in found:
                return None
            found[name] = value
    return found
