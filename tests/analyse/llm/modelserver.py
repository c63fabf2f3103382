"""A language model that answers what the test says: a real OpenAI-compatible HTTP
server on loopback (stdlib http.server in a thread) returning crafted answers.

`Model.answers` is a queue of (status, body) pairs, the last one repeated; `requests`
holds every request body and its headers, so a test can see what briefgen sent.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


def completion(content: str, finish_reason: str = "stop") -> dict[str, Any]:
    """A chat-completions body with this content."""
    return {
        "id": "test",
        "object": "chat.completion",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": finish_reason,
            }
        ],
        "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
    }


@dataclass
class Model:
    base_url: str = ""
    answers: list[tuple[int, Any, dict[str, str]]] = field(default_factory=list)
    requests: list[tuple[dict[str, Any], dict[str, str]]] = field(default_factory=list)

    def answer(self, content: Any, finish_reason: str = "stop") -> None:
        """Answer every request from now on with `content` (a dict becomes JSON)."""
        text = content if isinstance(content, str) else json.dumps(content)
        self.answers = [(200, completion(text, finish_reason), {})]

    def then(self, status: int, body: Any = "", headers: dict[str, str] | None = None) -> None:
        """Answer the next request with this status before the answers queued after."""
        self.answers.insert(len(self.answers) - 1, (status, body, headers or {}))


def serve(model: Model) -> tuple[ThreadingHTTPServer, threading.Thread]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's name)
            length = int(self.headers.get("Content-Length", 0))
            body = json.loads(self.rfile.read(length) or b"{}")
            model.requests.append((body, dict(self.headers)))
            status, answer, headers = (
                model.answers.pop(0) if len(model.answers) > 1 else model.answers[0]
            )
            data = (answer if isinstance(answer, str) else json.dumps(answer)).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    model.base_url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread
