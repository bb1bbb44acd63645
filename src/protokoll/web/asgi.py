"""The shape the app's own ASGI middlewares share: HTTP requests are theirs, every other scope (lifespan,
websocket) goes to the app unchanged. A middleware subclasses :class:`HTTPMiddleware` and writes ``handle``."""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send


class HTTPMiddleware:
    """An ASGI middleware that acts on HTTP requests only (``handle``); other scopes pass through."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await self.handle(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        raise NotImplementedError
