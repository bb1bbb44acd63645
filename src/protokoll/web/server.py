"""What `protokoll serve` adds to uvicorn: the HTTP protocol with Nagle's algorithm off.

asyncio turns on ``TCP_NODELAY`` for a connection only when the listening
socket says it is TCP (``proto == IPPROTO_TCP``). With ``--workers`` above 1,
uvicorn binds the listening socket itself with ``proto`` 0 and hands it to
the worker processes, so their connections keep Nagle's algorithm: the body
of an answer, written after its headers, waits for the client's delayed ACK,
some 40 ms on Linux, on every keep-alive request (uvicorn issue #3149). The
protocol below turns it off on every connection, whichever way the socket
was made.
"""

from __future__ import annotations

import asyncio
import socket

from uvicorn.protocols.http.auto import AutoHTTPProtocol

PROTOCOL = f"{__name__}:NoDelayHTTPProtocol"  #: for uvicorn's ``http=`` (an import string: workers import it)


class NoDelayHTTPProtocol(AutoHTTPProtocol):  # type: ignore[misc, valid-type]
    """uvicorn's HTTP protocol (httptools when installed, else h11) with ``TCP_NODELAY`` on."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:  # a socket closed already: the protocol sees that next
                pass
        super().connection_made(transport)
