"""A real HTTP server on loopback for URL and feed tests, with the awkward cases built in.

`Site` maps paths to responses; a test adds the pages it needs and reads `requests`
to see what briefgen sent. The server runs in a thread and stops with the fixture.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Response:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    """Seconds to wait before answering (a slow server)."""
    chunks: int = 0
    """Send the body this many times without a Content-Length (an endless stream)."""


@dataclass
class Site:
    base: str = ""
    pages: dict[str, Response] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: str | bytes = b"", **options: object) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.pages[path] = Response(data, **options)  # type: ignore[arg-type]
        return self.url(path)


def serve(site: Site) -> tuple[ThreadingHTTPServer, threading.Thread]:
    """Start a server for `site` on 127.0.0.1 at a free port."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            site.requests.append((self.path, dict(self.headers)))
            page = site.pages.get(self.path)
            if page is None:
                page = Response(b"<html><body><h1>Not found</h1></body></html>", status=404)
            if page.delay:
                time.sleep(page.delay)
            try:
                self.send_response(page.status)
                self.send_header("Content-Type", page.content_type)
                for name, value in page.headers.items():
                    self.send_header(name, value)
                if page.chunks:
                    self.end_headers()
                    for _ in range(page.chunks):
                        self.wfile.write(page.body)
                    return
                self.send_header("Content-Length", str(len(page.body)))
                self.end_headers()
                self.wfile.write(page.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as it should on a limit

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    return server, thread
