"""A template that travels: its folder's files as bytes, for work done elsewhere.

A Dask worker may run on a machine that has no copy of the client's template folder,
so the per-story work carries the template's files and the worker writes them to a
private temporary folder once (per process, per content digest) before loading it.
In the client's own process, and in processes forked from it, `unpack` returns the
template `pack` was given, without touching the disk again.
"""

from __future__ import annotations

import hashlib
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import TemplateError
from briefgen.render.templates import Template, load_template

# A template folder holds a manifest, Jinja files and perhaps a logo or reference.docx;
# anything this large is a mistake (a stray archive), not something to ship per story.
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class PortableTemplate:
    """A template folder as `(relative path, bytes)` pairs, named by their digest."""

    folder_name: str
    files: tuple[tuple[str, bytes], ...]
    digest: str


_LOADED: dict[str, Template] = {}
_KEEP: list[tempfile.TemporaryDirectory[str]] = []  # materialised folders live as long as us
_LOCK = threading.Lock()


def _files(folder: Path) -> list[tuple[str, bytes]]:
    found, total = [], 0
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if not path.is_file() or any(part.startswith((".", "__")) for part in relative.parts):
            continue
        data = path.read_bytes()
        total += len(data)
        if total > MAX_BYTES:
            raise TemplateError(f"{folder}: template folder holds more than 20 MB")
        found.append((relative.as_posix(), data))
    return found


def pack(template: Template) -> PortableTemplate:
    """`template`'s files, ready to be pickled to another process or machine."""
    try:
        files = tuple(_files(template.path))
    except OSError as exc:
        raise TemplateError(f"{template.path}: cannot be read ({exc.strerror or exc})") from exc
    digest = hashlib.sha256()
    for name, data in files:
        digest.update(name.encode() + b"\0" + len(data).to_bytes(8, "big") + data)
    portable = PortableTemplate(template.path.name, files, digest.hexdigest())
    with _LOCK:
        _LOADED[portable.digest] = template
    return portable


def unpack(portable: PortableTemplate) -> Template:
    """The template for `portable`: the packed one if it came from this process."""
    with _LOCK:
        if portable.digest not in _LOADED:
            holder = tempfile.TemporaryDirectory(prefix="briefgen-template-")
            folder = Path(holder.name) / portable.folder_name
            for name, data in portable.files:
                target = folder / name
                if ".." in Path(name).parts or Path(name).is_absolute():
                    raise TemplateError(f"{portable.folder_name}: bad file name {name!r}")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
            _KEEP.append(holder)
            _LOADED[portable.digest] = load_template(str(folder))
        return _LOADED[portable.digest]
