"""Writing output files atomically: a reader never sees a half-written brief.

Each file is written to a temporary name in the same folder, flushed to disk and
renamed over the final name, which the operating system does in one step. A brief's
formats are written the same way in two halves (`write_temp`, then `commit` or
`discard`), so that none of them is renamed into place unless all were written.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from briefgen.errors import RenderError

# `.NAME.PID-HEX.tmp`: the writer's process id lets a later run tell a temporary file
# left by a killed process (SIGKILL, power loss: no `finally` runs) from one that a
# running process is still writing.
_TEMP = re.compile(r"\..+\.(?P<pid>\d+)-[0-9a-f]{12}\.tmp")
STALE_AFTER = 24 * 3600  # seconds; covers a pid reused by an unrelated process


def ensure_folder(folder: Path) -> None:
    """Create `folder` if needed; a `RenderError` if it cannot hold files.

    Also removes temporary files that a killed run left behind (`sweep_temps`).
    """
    if folder.exists() and not folder.is_dir():
        raise RenderError(f"{folder}: output folder is a file")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RenderError(f"{folder}: cannot create output folder ({exc.strerror or exc})") from exc
    if not os.access(folder, os.W_OK | os.X_OK):
        raise RenderError(f"{folder}: output folder is not writable")
    sweep_temps(folder)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # someone else's process, or not a pid we can ask about
    return True


def sweep_temps(folder: Path, now: float | None = None) -> list[Path]:
    """Remove our temporary files whose writer is gone; return what was removed.

    A file is stale when the process that made it no longer runs, or when it is older
    than a day (its process id may have been reused). Other files are never touched.
    """
    now = time.time() if now is None else now
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP.fullmatch(entry.name)
        if not match or not entry.is_file(follow_symlinks=False):
            continue
        try:
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER
            if old or not _alive(int(match["pid"])):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue  # removed by another run meanwhile, or not ours to remove
    return removed


def write_atomic(path: Path, data: bytes) -> Path:
    """Write `data` to `path` so that `path` holds either the old or the new bytes."""
    return write_atomic_parts(path, (data,))


def write_atomic_parts(path: Path, parts: Iterable[bytes]) -> Path:
    """`write_atomic` for content made piece by piece (a large record never whole in memory)."""
    tmp = write_temp_parts(path, parts)
    try:
        return commit(tmp, path)
    finally:
        discard(tmp)  # gone already when the rename happened


def write_temp(path: Path, data: bytes) -> Path:
    """Write `data` beside `path` under a temporary name, flushed to disk, and return
    that name: `commit` renames it over `path`, `discard` removes it."""
    return write_temp_parts(path, (data,))


def write_temp_parts(path: Path, parts: Iterable[bytes]) -> Path:
    """`write_temp` for content made piece by piece.

    The temporary file's name is chosen before the file is made, so an interruption
    at any point (Ctrl-C, or SIGTERM turned into one) still removes it;
    `tempfile.mkstemp` creates the file before the caller learns its name. A write
    that fails (a full disk, `ulimit -f`) removes it too.
    """
    if path.is_dir():
        raise RenderError(f"{path}: cannot write, a folder has that name")
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(6)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        with os.fdopen(fd, "wb") as handle:
            for part in parts:
                handle.write(part)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise RenderError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def commit(tmp: Path, path: Path) -> Path:
    """Rename the temporary file `tmp` (from `write_temp`) over `path`, in one step."""
    try:
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise RenderError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    return path


def discard(tmp: Path) -> None:
    """Remove a temporary file that will not be committed."""
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)


def write_json(path: Path, data: Any) -> Path:
    """Write `data` as UTF-8 JSON, atomically."""
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    return write_atomic(path, text.encode("utf-8"))
