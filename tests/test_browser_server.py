"""tests/browser_server.Server, which the server tests start: the port it chose may be taken before the
server binds it (a server of another xdist worker, of another checkout on the machine)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import browser_server
from browser_server import Server, free_port, listens


class _Other(BaseHTTPRequestHandler):
    """Another program on the port: it answers every URL, with JSON that is not ours."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        body = json.dumps({"other": True}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def test_a_port_taken_after_it_was_chosen_gives_another_port_not_the_other_servers_answers(tmp_path, monkeypatch):
    other = ThreadingHTTPServer(("127.0.0.1", 0), _Other)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    taken = other.server_address[1]
    ports = iter([taken])
    monkeypatch.setattr(browser_server, "free_port", lambda: next(ports, None) or free_port())
    try:
        with Server(f"sqlite:///{tmp_path / 'db.sqlite'}", log=tmp_path / "serve.log") as server:
            assert server.port != taken
            status = json.loads(browser_server._DIRECT.open(server.base + "/-/status.json", timeout=30).read())
            assert "other" not in status and status["documents"] == 0
            assert listens(server.pids(), server.port) and not listens(server.pids(), taken)
    finally:
        other.shutdown()
        other.server_close()
