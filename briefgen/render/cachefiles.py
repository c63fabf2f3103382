"""Where font data measured once is kept between runs: one file per font file and version.

The key holds the font file's place, size and modification time and reportlab's
version (whose numbers the files hold), so a changed font or library is measured again.
Only the `reportlab` package is imported, not its modules: start-up stays light.
"""

from __future__ import annotations

import hashlib
import marshal
import os
from pathlib import Path
from typing import Any


def cache_folder(kind: str) -> Path:
    """$XDG_CACHE_HOME/briefgen/KIND, or ~/.cache/briefgen/KIND."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "briefgen" / kind


def cache_file(kind: str, font: Path, version: int) -> Path:
    """The cache file for `font` in `kind`'s folder, in format `version`."""
    import reportlab

    stat = font.stat()
    where = hashlib.sha1(str(font.resolve()).encode()).hexdigest()[:8]
    key = f"{font.stem}-{where}-{stat.st_size}-{stat.st_mtime_ns}-rl{reportlab.Version}"
    return cache_folder(kind) / f"{key}-{version}.marshal"


def write(target: Path, record: Any) -> None:
    """Write `record` (marshal) to `target` atomically; a failure leaves no cache this
    time, and the next run measures again."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(marshal.dumps(record))
        os.replace(temporary, target)
    except (OSError, ValueError):
        pass
