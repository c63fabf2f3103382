"""The limits every load runs under, in one value passed from the CLI to each loader.

They guard against mistaken and hostile inputs: a huge file, a slow or endless
download, a redirect loop, a link to an address inside the network. Each has a
default that suits a morning's folder of news; `in_force` adds briefgen.toml's
`[sources]` and the command line's `--offline`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from briefgen import __version__
from briefgen.ingest.files import max_bytes

USER_AGENT = f"briefgen/{__version__} (policy brief generator; fetches only URLs it is given)"


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = field(default_factory=max_bytes)
    """Files larger than this are refused (default 50 MB, or BRIEFGEN_MAX_SOURCE_MB)."""
    timeout: float = 15.0
    """Seconds a download may take in all, and may stall between two reads."""
    max_download_bytes: int = 10 * 1024 * 1024
    """A page or feed larger than this is refused while it downloads."""
    max_redirects: int = 5
    """More redirects than this (or a loop) fail the URL."""
    user_agent: str = USER_AGENT
    """Sent with every request, so site owners can see who is asking."""
    offline: bool = False
    """Fetch nothing: feed entries use their own text, URLs are refused."""
    allow_private: bool = False
    """Also fetch from loopback, private and link-local addresses (an intranet, a test)."""


def in_force(offline: bool | None = None, config: Path | None = None) -> Limits:
    """The defaults with briefgen.toml's `[sources]` (from `config`, else the current
    folder) and `offline` from the command line when given (it wins)."""
    from briefgen.config import load_sources_settings  # pydantic: only when the CLI asks

    sources = load_sources_settings(config)
    return replace(
        Limits(),
        offline=sources.offline if offline is None else offline,
        allow_private=sources.allow_private,
    )
