"""Real servers for tests: an HTTP server on 127.0.0.1 with scripted routes, an SMTP sink.

The HTTP server is a stdlib ``ThreadingHTTPServer`` on a random port. Each route answers with a
scripted :class:`Reply` (status, headers, body), or a callable that builds one from the request, so a
test can script ETag/304, redirects, Retry-After, slow or endless bodies.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


@dataclass
class Reply:
    status: int = 200
    body: bytes | Iterator[bytes] = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    content_type: str = "application/rss+xml; charset=utf-8"


@dataclass
class SeenRequest:
    method: str
    path: str
    headers: dict[str, str]


Route = Reply | Callable[["SeenRequest"], Reply]


class FeedServer:
    """``server.route("/a.xml", Reply(body=...))`` then fetch ``server.url("/a.xml")``."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[SeenRequest] = []
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                seen = SeenRequest(
                    "GET", self.path, {k.lower(): v for k, v in self.headers.items()}
                )
                with owner._lock:
                    owner.requests.append(seen)
                    route = owner.routes.get(self.path)
                if route is None:
                    reply = Reply(404, b"not found", content_type="text/plain")
                elif callable(route):
                    reply = route(seen)
                else:
                    reply = route
                if reply.delay:
                    time.sleep(reply.delay)
                self.send_response(reply.status)
                headers = {"Content-Type": reply.content_type, **reply.headers}
                for k, v in headers.items():
                    self.send_header(k, v)
                try:
                    if isinstance(reply.body, bytes | bytearray):
                        if "Content-Length" not in headers:
                            self.send_header("Content-Length", str(len(reply.body)))
                        self.end_headers()
                        self.wfile.write(reply.body)
                    else:
                        self.send_header("Connection", "close")
                        self.end_headers()
                        for chunk in reply.body:
                            self.wfile.write(chunk)
                            self.wfile.flush()
                        self.close_connection = True
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True

        class Server(ThreadingHTTPServer):
            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # a client that hangs up early (a cut-off fetch) is part of the tests

        self.httpd = Server((host, 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.host = host
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def start(self) -> FeedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def route(self, path: str, reply: Route) -> str:
        with self._lock:
            self.routes[path] = reply
        return self.url(path)

    def serve_file(self, path: str, file: Path, content_type: str = "application/xml") -> str:
        return self.route(path, Reply(body=file.read_bytes(), content_type=content_type))

    def hits(self, path: str) -> list[SeenRequest]:
        with self._lock:
            return [r for r in self.requests if r.path == path]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class SmtpSink:
    """A real SMTP server (aiosmtpd) on 127.0.0.1 that keeps every message it accepts.

    ``refuse`` > 0 makes it answer the next that many DATA commands with 451.
    """

    def __init__(self) -> None:
        from aiosmtpd.controller import Controller

        self.messages: list[dict[str, Any]] = []
        self.refuse = 0
        owner = self

        class Handler:
            async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
                if owner.refuse > 0:
                    owner.refuse -= 1
                    return "451 4.3.0 try again later"
                owner.messages.append(
                    {
                        "from": envelope.mail_from,
                        "to": list(envelope.rcpt_tos),
                        "data": envelope.content,
                    }
                )
                return "250 OK"

        self.port = free_port()
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)

    def start(self) -> SmtpSink:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()
