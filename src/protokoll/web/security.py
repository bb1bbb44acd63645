"""Response headers and request limits for every response of the app.

Pages answer GET and HEAD. A view that changes state is registered with
``web.auth.action``, which checks its CSRF token (FastAPI gives no CSRF
protection by itself); the method of a route that declares no such view
gets 405.
"""

from __future__ import annotations

from typing import Awaitable, Callable

from .asgi import HTTPMiddleware

MAX_BODY = 1_000_000  #: bytes; larger request bodies get 413

#: No inline scripts or styles anywhere: htmx and the stylesheet are files under /static.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]

Scope = dict
Receive = Callable[[], Awaitable[dict]]
Send = Callable[[dict], Awaitable[None]]
ErrorPage = Callable[[Scope, Exception], Callable]  #: (scope, exception) -> an ASGI response


class BodyTooLarge(Exception):
    """A request body grew past ``MAX_BODY`` while it was read."""


class GuardMiddleware(HTTPMiddleware):
    """Adds the security headers to every answer; answers 413 to bodies over ``max_body`` bytes
    (``larger``: a larger limit per path).

    It is the app's outermost middleware but for Starlette's
    ``ServerErrorMiddleware``, whose error answer would go out without the
    headers. So an exception that reaches this far is answered here, with
    ``on_error(scope, exc)`` (the app's error page) and the headers, and then
    raised on to be logged.
    """

    def __init__(self, app, max_body: int = MAX_BODY, on_error: ErrorPage | None = None,
                 larger: dict[str, int] | None = None) -> None:
        super().__init__(app)
        self.max_body = max_body
        self.on_error = on_error
        self.larger = larger or {}

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        declared, chunked = _body_headers(scope)
        max_body = self.larger.get(scope["path"], self.max_body)
        if declared is None or declared > max_body:
            await _plain(send, 400 if declared is None else 413, max_body)
            return
        started = False
        received = 0

        async def limited() -> dict:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > max_body:
                raise BodyTooLarge
            return message

        async def with_headers(message: dict) -> None:  # a response's own CSP (an original PDF) is kept
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = headers_for(message.get("headers", []))
            await send(message)

        counted = declared or chunked  # no body (HTTP/1.1 framing): nothing to count
        try:
            await self.app(scope, limited if counted else receive, with_headers)
        except BodyTooLarge:
            if not started:
                await _plain(send, 413, max_body)
        except Exception as exc:
            if not started:
                await self._error(scope, receive, send, exc)
            raise

    async def _error(self, scope: Scope, receive: Receive, send: Send, exc: Exception) -> None:
        """The error page for ``exc`` with the headers; a plain 500 when even that fails."""
        try:
            response = self.on_error(scope, exc) if self.on_error else None
        except Exception:  # the page itself failed (templates, the database): the short answer
            response = None
        if response is None:
            await _plain(send, 500)
            return
        await response(scope, receive, _with_headers(send))


def _body_headers(scope: Scope) -> tuple[int | None, bool]:
    """The declared body size (0 when absent; None when not a number) and whether the body is chunked."""
    length: int | None = 0
    chunked = False
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            length = int(value) if value.isdigit() else None
        elif name == b"transfer-encoding":
            chunked = True
    return length, chunked


def headers_for(own: list) -> list:
    """A response's headers with the security headers added; its own Content-Security-Policy, if any, kept."""
    has_csp = any(name.lower() == b"content-security-policy" for name, _ in own)
    return [*own, *(h for h in HEADERS if not (has_csp and h[0] == b"content-security-policy"))]


def _with_headers(send: Send) -> Send:
    """``send`` adding the security headers to the response's start (:func:`headers_for`)."""
    async def send_with_headers(message: dict) -> None:
        if message["type"] == "http.response.start":
            message["headers"] = headers_for(message.get("headers", []))
        await send(message)

    return send_with_headers


async def _plain(send: Send, status: int, max_body: int = MAX_BODY) -> None:
    """A short Swedish error answer, sent before the app sees the request."""
    text = {400: "Ogiltig förfrågan", 413: f"Förfrågan är för stor (högst {max_body // 1_000_000} MB)",
            500: "Ett fel uppstod på servern"}[status]
    body = f"{status} {text}\n".encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), *HEADERS]})
    await send({"type": "http.response.body", "body": body})


class HeadAsGetMiddleware(HTTPMiddleware):
    """HEAD answers as GET would, without the body (every route is a GET route)."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def without_body(message: dict) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, without_body)
