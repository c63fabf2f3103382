"""The limits every load runs under, in one value passed from the CLI to each loader.

They guard against mistaken and hostile inputs: a huge file, a slow or endless
download, a redirect loop. Each has a default that suits a morning's folder of news.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
