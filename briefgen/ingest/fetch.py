"""Downloading a page or feed the user asked for, within `Limits`.

Only http(s) URLs the user gave, and the links of feed entries, are ever fetched.
Each download has a total deadline as well as a socket timeout (a server that
trickles one byte a second would beat a socket timeout alone), a size cap checked
on the announced length and again while reading, a redirect limit that also stops
loops, and a User-Agent that says who is asking. Redirects may only go to http(s).

Every connection, the first and each redirect's, goes through `hosts.connect`, which
refuses non-public addresses unless `Limits.allow_private`. Proxies from the
environment are not used: through a proxy, the address reached could not be checked.
With `Limits.offline` nothing is fetched at all.
"""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from functools import partial
from urllib.parse import urljoin

from briefgen.errors import SourceError
from briefgen.ingest import hosts
from briefgen.ingest.files import too_big
from briefgen.ingest.hosts import is_url
from briefgen.ingest.limits import Limits

CHUNK = 64 * 1024
PAGE_TYPES = ("text/html", "application/xhtml+xml")
OFFLINE_WHY = "--offline or [sources] offline = true"
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)


@dataclass(frozen=True)
class Fetched:
    """A downloaded body: `url` is where it finally came from, after redirects."""

    url: str
    content_type: str
    charset: str | None
    body: bytes


class _Redirects(urllib.request.HTTPRedirectHandler):
    """urllib's redirect handling with our limit and http(s) only."""

    def __init__(self, limit: int) -> None:
        self.max_redirections = limit
        self.max_repeats = min(self.max_repeats, limit)

    def http_error_302(self, req, fp, code, msg, headers):  # type: ignore[no-untyped-def]
        target = urljoin(req.full_url, headers.get("Location") or headers.get("URI") or "")
        if not is_url(target):
            raise SourceError(f"{req.full_url}: redirected to a non-web address {target!r}")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


class _HTTPConnection(http.client.HTTPConnection):
    """An HTTP connection made through `hosts.connect` (checked addresses only)."""

    def __init__(self, *args, allow_private: bool = False, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self._create_connection = partial(hosts.connect, allow_private=allow_private)


class _HTTPSConnection(http.client.HTTPSConnection):
    """The same for HTTPS: the certificate is still checked against the host name."""

    def __init__(self, *args, allow_private: bool = False, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self._create_connection = partial(hosts.connect, allow_private=allow_private)


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, allow_private: bool) -> None:
        super().__init__()
        self.allow_private = allow_private

    def http_open(self, req):  # type: ignore[no-untyped-def]
        return self.do_open(partial(_HTTPConnection, allow_private=self.allow_private), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, allow_private: bool) -> None:
        super().__init__()
        self.allow_private = allow_private

    def https_open(self, req):  # type: ignore[no-untyped-def]
        return self.do_open(
            partial(_HTTPSConnection, allow_private=self.allow_private),
            req,
            context=self._context,
        )


def _opener(limits: Limits) -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(
        urllib.request.ProxyHandler({}),  # no proxy: see the module's docstring
        _HTTPHandler(limits.allow_private),
        _HTTPSHandler(limits.allow_private),
        _Redirects(limits.max_redirects),
    )


def _read(url: str, response, limits: Limits, deadline: float) -> bytes:  # type: ignore[no-untyped-def]
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > limits.max_download_bytes:
        raise too_big(url, int(declared), limits.max_download_bytes)
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(CHUNK):
        size += len(chunk)
        if size > limits.max_download_bytes:
            raise too_big(url, size, limits.max_download_bytes)
        if time.monotonic() > deadline:
            raise SourceError(f"{url}: timed out after {limits.timeout:g} s")
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(url: str, limits: Limits, accept: tuple[str, ...] = PAGE_TYPES + FEED_TYPES) -> Fetched:
    """Download `url`; any failure is a `SourceError` naming the URL and the reason."""
    if not is_url(url):
        raise SourceError(f"{url}: not an http(s) URL")
    if limits.offline:
        raise SourceError(f"{url}: not fetched: briefgen is offline ({OFFLINE_WHY})")
    try:  # urllib parses the address here: "https://host:[x" raises ValueError
        request = urllib.request.Request(
            url, headers={"User-Agent": limits.user_agent, "Accept": ", ".join(accept)}
        )
    except ValueError as exc:
        raise SourceError(f"{url}: not a valid URL ({exc})") from None
    deadline = time.monotonic() + limits.timeout
    try:
        with _opener(limits).open(request, timeout=limits.timeout) as response:
            headers: Message = response.headers
            content_type = headers.get_content_type()
            if content_type not in accept:
                raise SourceError(f"{url}: not a web page or feed ({content_type})")
            body = _read(url, response, limits, deadline)
            final = response.geturl()
    except hosts.AddressRefused as exc:
        raise SourceError(f"{url}: {exc}") from None
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:
            raise SourceError(
                f"{url}: too many redirects (more than {limits.max_redirects}) or a loop"
            ) from None
        raise SourceError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError | socket.timeout):
            raise SourceError(f"{url}: timed out after {limits.timeout:g} s") from None
        raise SourceError(f"{url}: cannot be fetched ({reason})") from None
    except TimeoutError:
        raise SourceError(f"{url}: timed out after {limits.timeout:g} s") from None
    except (OSError, ValueError, http.client.HTTPException) as exc:  # reset, bad port, …
        raise SourceError(f"{url}: cannot be fetched ({exc})") from None
    if not body.strip():
        raise SourceError(f"{url}: the server sent an empty page")
    return Fetched(final, content_type, headers.get_content_charset(), body)
