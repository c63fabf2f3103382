"""A template (and a logo) that travels: files as bytes, for work done elsewhere.

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
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.errors import ConfigError, TemplateError
from briefgen.render.templates import Template, load_template

if TYPE_CHECKING:
    from briefgen.render.branding import Branding

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


_LOGOS: dict[str, Path] = {}


def pack_logo(branding: Branding | None) -> bytes | None:
    """The bytes of the branding's logo, to travel with the work (None if no logo)."""
    if branding is None or branding.logo is None:
        return None
    try:
        return Path(branding.logo).read_bytes()
    except OSError as exc:
        raise ConfigError(f"{branding.logo}: logo cannot be read ({exc.strerror})") from exc


def unpack_logo(branding: Branding | None, logo: bytes | None) -> Branding | None:
    """`branding`, its logo a local file with `logo`'s bytes (written once if needed)."""
    if branding is None or logo is None or branding.logo is None:
        return branding
    digest = hashlib.sha256(logo).hexdigest()
    with _LOCK:
        if digest not in _LOGOS:
            here = Path(branding.logo)
            if not (here.is_file() and here.read_bytes() == logo):
                holder = tempfile.TemporaryDirectory(prefix="briefgen-logo-")
                _KEEP.append(holder)
                here = Path(holder.name) / here.name
                here.write_bytes(logo)
            _LOGOS[digest] = here
        return replace(branding, logo=_LOGOS[digest])
