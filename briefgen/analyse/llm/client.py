"""A client for the OpenAI chat-completions protocol, over httpx.

One `complete` call is one answer: it retries with back-off on 429, 5xx, timeouts and
lost connections (honouring Retry-After). It asks for structured output, in the
forms of `FORMATS` in turn while the server refuses one (a 400 or 422, or an error
naming response_format): OpenAI's json_schema, then llama-cpp-python's json_object
with a schema, then plain text, which `answer` parses defensively. A server that
cannot be reached is one line naming the endpoint.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from typing import Any

import httpx

from briefgen.config import LlmSettings
from briefgen.errors import AnalysisError, ConfigError

MAX_WAIT = 60.0  # seconds: the longest Retry-After obeyed
RETRIED = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class Completion:
    """One answer: its text, why it stopped, and what it cost."""

    text: str
    finish_reason: str | None
    prompt_tokens: int
    completion_tokens: int
    requests: int  # HTTP requests made for it, retries included (0 when cached)
    seconds: float


def _headers(settings: LlmSettings) -> dict[str, str]:
    if not settings.api_key_env:
        return {}
    key = os.environ.get(settings.api_key_env)
    if not key:
        raise ConfigError(
            f"[llm] api_key_env names {settings.api_key_env}, which is not set: "
            f"export {settings.api_key_env}=... before running"
        )
    headers = {"Authorization": f"Bearer {key}"}
    if httpx.URL(settings.base_url).host.endswith(".azure.com"):
        headers["api-key"] = key  # Azure OpenAI reads its key from this header
    return headers


FORMATS = ("json_schema", "json_object", None)


def body(
    settings: LlmSettings,
    messages: list[dict[str, str]],
    schema: dict[str, Any],
    form: str | None = "json_schema",
) -> dict[str, Any]:
    """The request: the messages, the sampling settings and the answer's schema."""
    out: dict[str, Any] = {
        "model": settings.model,
        "messages": messages,
        "temperature": settings.temperature,
        "max_tokens": settings.max_tokens,
    }
    if form == "json_schema":
        out["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": "brief", "schema": schema, "strict": False},
        }
    elif form == "json_object":
        out["response_format"] = {"type": "json_object", "schema": schema}
    if settings.seed is not None:
        out["seed"] = settings.seed
    return out


def _format_refused(response: httpx.Response) -> bool:
    """The server does not take this response_format (llama-cpp-python answers 500)."""
    return response.status_code in (400, 422) or "response_format" in response.text[:2000]


def _wait(settings: LlmSettings, attempt: int, response: httpx.Response | None) -> float:
    after = response.headers.get("retry-after") if response is not None else None
    if after:
        try:
            return min(max(float(after), 0.0), MAX_WAIT)
        except ValueError:
            pass  # an HTTP date: use our own back-off
    return settings.backoff * 2**attempt


def complete(
    settings: LlmSettings, messages: list[dict[str, str]], schema: dict[str, Any]
) -> Completion:
    """The model's answer to `messages`, constrained to `schema` where the server can."""
    url = settings.base_url.rstrip("/") + "/chat/completions"
    forms = list(FORMATS)
    payload = body(settings, messages, schema, forms.pop(0))
    started = time.monotonic()
    requests = 0
    problem = ""
    with httpx.Client(timeout=settings.timeout, headers=_headers(settings)) as http:
        attempt = 0
        while True:
            response: httpx.Response | None = None
            requests += 1
            try:
                response = http.post(url, json=payload)
            except httpx.TimeoutException:
                problem = f"no answer within {settings.timeout:g} s"
            except httpx.TransportError as exc:
                problem = f"cannot connect ({exc or type(exc).__name__})"
            else:
                if response.is_success:
                    break
                if forms and "response_format" in payload and _format_refused(response):
                    payload = body(settings, messages, schema, forms.pop(0))
                    continue  # not this form of structured output: the next one
                problem = f"HTTP {response.status_code}: {_one_line(response.text)}"
                if response.status_code not in RETRIED:
                    raise AnalysisError(f"the language model at {url} refused: {problem}")
            if attempt >= settings.retries:
                what = "failed" if response is not None else "cannot be reached"
                raise AnalysisError(
                    f"the language model at {url} {what}: {problem} "
                    f"(after {requests} tries); check [llm] in briefgen.toml"
                )
            time.sleep(_wait(settings, attempt, response))
            attempt += 1
    return _read(response, url, requests, time.monotonic() - started)


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]


def _read(response: httpx.Response, url: str, requests: int, seconds: float) -> Completion:
    try:
        data = response.json()
        choice = data["choices"][0]
        text = choice["message"]["content"] or ""
    except (ValueError, KeyError, IndexError, TypeError):
        raise AnalysisError(
            f"the language model at {url} did not answer in the chat-completions format"
        ) from None
    usage = data.get("usage") or {}
    return Completion(
        text,
        choice.get("finish_reason"),
        int(usage.get("prompt_tokens") or 0),
        int(usage.get("completion_tokens") or 0),
        requests,
        seconds,
    )
