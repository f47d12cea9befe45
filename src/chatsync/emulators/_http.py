"""Loopback HTTP plumbing shared by the emulators: a threaded server that runs in
the background, and a request handler base with keep-alive and clean resets.

Each emulator keeps its own routing and API semantics; only the socket-level
behaviour that both must get right (and that real clients notice) lives here.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import struct
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

log = logging.getLogger(__name__)


class QuietServer(ThreadingHTTPServer):
    """A threaded server whose client errors (broken pipes after a client
    timeout, resets it was told to make) are expected, so logged at DEBUG."""

    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.debug("emulator: connection error from %s", client_address, exc_info=True)


class EmulatorHandler(BaseHTTPRequestHandler):
    """Every method goes to :meth:`dispatch`; keep-alive as ``requests.Session``
    expects, with Nagle off so a response's two writes do not stall 40 ms."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    log_name = "emulator"

    def dispatch(self, method: str) -> None:
        raise NotImplementedError

    def do_GET(self) -> None:
        self.dispatch("GET")

    def do_POST(self) -> None:
        self.dispatch("POST")

    def do_PUT(self) -> None:
        self.dispatch("PUT")

    def do_DELETE(self) -> None:
        self.dispatch("DELETE")

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s: %s", self.log_name, format % args)

    def read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def reset_connection(self) -> None:
        """Close with RST (SO_LINGER 0): what a dropped connection looks like to a client."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()

    def finish(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            super().finish()


class BackgroundServer:
    """One server on a background thread; ``stop`` returns within ~50 ms."""

    def __init__(self, server: QuietServer, name: str) -> None:
        self.server = server
        self.thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=name, daemon=True
        )
        self.thread.start()

    @property
    def address(self) -> tuple[str, int]:
        host, port = self.server.server_address[:2]
        return str(host), int(port)

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)
