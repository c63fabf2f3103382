"""Limits that protect the machine from hostile or accidental huge input.

Every limit has a default here, can be raised in `briefgen.toml` under `[limits]`, and
can be overridden by an environment variable `BRIEFGEN_LIMIT_<NAME>` (the variable
wins). A limit that is hit is a `LimitError` whose message names the limit, the value
that broke it, and both ways to raise it. Byte sizes accept a suffix: 64KB, 200MB, 1GB.

Loaders call the `check_*` helpers; `read_limited` and `check_archive` are for loaders
that decompress (DOCX and other zip containers, gzip feeds), so a 1 MB file that
inflates to 10 GB is refused before it is inflated.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import IO, Any

from briefgen.errors import ConfigError, SourceError, TemplateError

CONFIG_FILE = Path("briefgen.toml")
ENV_PREFIX = "BRIEFGEN_LIMIT_"
_MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """The limits in force; each field's comment is what it guards."""

    input_bytes: int = 50 * _MIB
    """Largest source file read (bytes)."""
    decompressed_bytes: int = 200 * _MIB
    """Most bytes one source may inflate to (DOCX, zipped or gzipped feeds)."""
    pages: int = 2_000
    """Most pages read from one PDF source."""
    paragraphs: int = 20_000
    """Most paragraphs in one source (a long news article has 40; 250k words about 8,000)."""
    sentences: int = 20_000
    """Most sentences in one source, about 250,000 words: analysis time grows with it."""
    template_output_chars: int = 5_000_000
    """Most characters a template may write (a brief is about 20,000)."""
    template_iterations: int = 1_000_000
    """Most items all `range()` loops of one template render may walk through."""
    template_seconds: float = 20.0
    """Longest a template may run for one brief (seconds)."""
    template_size_argument: int = 10_000
    """Largest width or count a template may give `center`, `indent`, `batch` and the like."""


BYTE_LIMITS = {"input_bytes", "decompressed_bytes"}
_UNITS = {"": 1, "B": 1, "KB": 1024, "MB": _MIB, "GB": 1024 * _MIB}


def parse_value(name: str, raw: Any) -> int | float:
    """A limit's value from TOML or the environment: a positive number, bytes with units."""
    kind = {f.name: f.type for f in fields(Limits)}[name]
    if isinstance(raw, bool):
        raise ValueError("expected a number")
    if isinstance(raw, (int, float)):
        value: int | float = raw
    else:
        match = re.fullmatch(r"\s*([0-9][0-9_]*(?:\.[0-9]+)?)\s*([A-Za-z]*)\s*", str(raw))
        unit = match.group(2).upper() if match else ""
        if not match or unit not in _UNITS or (unit and name not in BYTE_LIMITS):
            raise ValueError(f"expected a number{' with KB, MB or GB' * (name in BYTE_LIMITS)}")
        value = float(match.group(1).replace("_", "")) * _UNITS[unit]
    if value <= 0:
        raise ValueError("must be above 0")
    return float(value) if kind == "float" else int(value)


def _from_table(table: dict[str, Any], where: str) -> dict[str, int | float]:
    known = {f.name for f in fields(Limits)}
    values, problems = {}, []
    for key, raw in sorted(table.items()):
        if key not in known:
            problems.append(f"limits.{key}: unknown limit (known: {', '.join(sorted(known))})")
            continue
        try:
            values[key] = parse_value(key, raw)
        except ValueError as exc:
            problems.append(f"limits.{key}: {exc}")
    if problems:
        raise ConfigError(f"{where}: " + "; ".join(problems))
    return values


def parse_table(table: dict[str, Any]) -> dict[str, int | float]:
    """A `[limits]` table's values, checked (for config.py, which owns briefgen.toml)."""
    return _from_table(table, "limits")


def from_toml(path: Path) -> dict[str, int | float]:
    """The `[limits]` table of a briefgen.toml (only that table: config.py owns the rest)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read as TOML ({exc})") from exc
    table = data.get("limits", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: limits: expected a table")
    return _from_table(table, str(path))


def from_env(environ: dict[str, str] | os._Environ[str] = os.environ) -> dict[str, int | float]:
    """Limits set as BRIEFGEN_LIMIT_<NAME> environment variables."""
    table = {
        key[len(ENV_PREFIX) :].lower(): value
        for key, value in environ.items()
        if key.startswith(ENV_PREFIX)
    }
    try:
        return _from_table(table, "environment")
    except ConfigError as exc:
        raise ConfigError(str(exc).replace("limits.", ENV_PREFIX).upper()) from None


def current(config: Path = CONFIG_FILE) -> Limits:
    """The limits in force: defaults, then briefgen.toml's [limits], then the environment."""
    return replace(Limits(), **(from_toml(config) | from_env()))


class LimitError(SourceError):
    """An input is over a limit. `where` is filled in by the loader when it knows it."""

    def __init__(self, name: str, what: str, limit: int | float, where: str = "") -> None:
        self.name, self.what, self.limit, self.where = name, what, limit, where
        super().__init__(self._message())

    def _message(self) -> str:
        shown = _show(self.name, self.limit)
        prefix = f"{self.where}: " if self.where else ""
        return (
            f"{prefix}{self.what}, over the {self.name} limit of {shown} (raise it with "
            f"{ENV_PREFIX}{self.name.upper()}=... or '{self.name} = ...' under [limits] "
            f"in briefgen.toml)"
        )

    def at(self, where: str) -> LimitError:
        """The same error, naming the file it happened in."""
        return self if self.where else LimitError(self.name, self.what, self.limit, where)


def _show(name: str, value: int | float) -> str:
    if name in BYTE_LIMITS and value >= 1024:
        for unit in ("GB", "MB", "KB"):
            if value >= _UNITS[unit] and value % _UNITS[unit] == 0:
                return f"{int(value // _UNITS[unit])}{unit}"
    return f"{value:,}"


def check(name: str, value: int | float, what: str, limits: Limits | None = None) -> None:
    """Raise `LimitError` if `value` is over the limit `name`; `what` describes it."""
    limit = getattr(limits or current(), name)
    if value > limit:
        raise LimitError(name, what.format(value=f"{value:,}"), limit)


def check_pages(count: int, limits: Limits | None = None) -> None:
    """For page-based loaders (PDF): refuse a document with too many pages."""
    check("pages", count, "{value} pages", limits)


def check_archive(uncompressed_sizes: list[int], limits: Limits | None = None) -> None:
    """For zip containers: refuse when the members' declared sizes add up too high."""
    check("decompressed_bytes", sum(uncompressed_sizes), "inflates to {value} bytes", limits)


def read_limited(stream: IO[bytes], limits: Limits | None = None) -> bytes:
    """Read a decompressing stream, stopping once it yields more than the limit.

    Declared sizes can lie; this is the check that cannot be fooled.
    """
    limit = (limits or current()).decompressed_bytes
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise LimitError("decompressed_bytes", f"inflates to over {limit:,} bytes", limit)
    return data


class TemplateLimitError(TemplateError):
    """A template ran past one of the template_* limits."""

    def __init__(self, name: str, what: str, limit: int | float) -> None:
        super().__init__(LimitError(name, what, limit).args[0])
