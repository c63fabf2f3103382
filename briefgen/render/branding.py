"""Branding: whose brief it is and how it must be handled.

Three layers, later ones winning: the template's `[branding]` defaults, the
`[branding]` table of the project's `briefgen.toml` (other tables there belong to
other settings and are ignored here), and command-line options. The logo must be a
PNG or JPEG file; relative paths are resolved against the file that names them.

(This reads briefgen.toml on its own so that it can land independently of
`briefgen/config.py`; the two are meant to be folded together.)
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from briefgen.errors import ConfigError

CONFIG_FILE = Path("briefgen.toml")
_IMAGE_MAGIC = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG"}


@dataclass(frozen=True)
class Branding:
    """Everything printed to say who made the brief and who may read it."""

    organisation: str = ""
    """Printed in the page header and as the memo's FROM."""
    author: str = ""
    """The analyst; written into the document properties."""
    logo: Path | None = None
    """A PNG or JPEG drawn at the top of the first page."""
    classification: str = ""
    """A handling marking (e.g. OFFICIAL-SENSITIVE) printed at the top and bottom of every page."""
    distribution: str = ""
    """A distribution statement printed at the end of the brief."""
    recipient: str = ""
    """Who the brief is for: the memo's TO line."""


KEYS = tuple(f.name for f in fields(Branding))


def image_kind(path: Path) -> str | None:
    """'PNG' or 'JPEG' from the file's first bytes, or None for anything else."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError:
        return None
    return next((kind for magic, kind in _IMAGE_MAGIC.items() if head.startswith(magic)), None)


def _logo(value: str, base: Path, where: str) -> Path:
    path = (base / value).expanduser()
    if not path.is_file():
        raise ConfigError(f"{where}: logo file not found: {value}")
    if image_kind(path) is None:
        raise ConfigError(f"{where}: logo must be a PNG or JPEG file: {value}")
    return path


def from_table(table: dict[str, Any], base: Path, where: str) -> dict[str, Any]:
    """Validate a `[branding]` table; every problem is reported together."""
    problems = []
    for key, value in sorted(table.items()):
        if key not in KEYS:
            problems.append(f"branding.{key}: unknown key (known: {', '.join(KEYS)})")
        elif not isinstance(value, str):
            problems.append(f"branding.{key}: expected str, got {type(value).__name__}")
    if problems:
        raise ConfigError(f"{where}: " + "; ".join(problems))
    values: dict[str, Any] = {k: v for k, v in table.items() if v}
    if "logo" in values:
        values["logo"] = _logo(values["logo"], base, f"{where}: branding.logo")
    return values


def read_config(path: Path = CONFIG_FILE) -> dict[str, Any]:
    """The `[branding]` table of a briefgen.toml, validated; {} when there is none."""
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read as TOML ({exc})") from exc
    table = data.get("branding", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: branding: expected a table")
    return from_table(table, path.parent, str(path))


def resolve(
    template_defaults: dict[str, Any],
    template_folder: Path,
    config: Path | None = CONFIG_FILE,
    options: dict[str, Any] | None = None,
) -> Branding:
    """The branding in force: template defaults < briefgen.toml < options given."""
    branding = Branding()
    layers = [
        from_table(template_defaults, template_folder, str(template_folder / "template.toml")),
        read_config(config) if config else {},
        from_table(
            {k: str(v) for k, v in (options or {}).items() if v is not None},
            Path.cwd(),
            "options",
        ),
    ]
    for layer in layers:
        branding = replace(branding, **layer)
    return branding
