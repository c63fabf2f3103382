"""A template's `template.toml`, validated on load.

Every key is declared once in `SPEC` with its type and a default; an unknown key or a
value of the wrong type is a `ConfigError` naming the file and the key, and all the
problems in a file are reported together.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefgen.errors import ConfigError
from briefgen.model import DEFAULT_HEADINGS, SECTION_KEYS

PAGE_SIZES = ("A4", "Letter")

# key → (type, default, what it means). Nested tables are dotted keys.
SPEC: dict[str, tuple[type | tuple[type, ...], Any, str]] = {
    "name": (str, "", "The template's name, as users type it after -t."),
    "description": (str, "", "One line shown by `briefgen templates list`."),
    "page.size": (str, "A4", "Paper size: A4 or Letter."),
    "page.margin_mm": ((int, float), 20, "Margin on every side, in millimetres."),
    "sections.order": (list, list(SECTION_KEYS), "Which sections appear, in this order."),
    "sections.max_points": (int, 6, "At most this many points per section."),
    "headings.proposal": (str, DEFAULT_HEADINGS["proposal"], "Heading of the proposal."),
    "headings.supporters": (str, DEFAULT_HEADINGS["supporters"], "Heading of supporters."),
    "headings.opponents": (str, DEFAULT_HEADINGS["opponents"], "Heading of opponents."),
    "headings.outcome": (str, DEFAULT_HEADINGS["outcome"], "Heading of the outcome."),
    "colours.accent": (str, "#1F3A5F", "Colour of headings and rules, as #RRGGBB."),
}


@dataclass(frozen=True)
class TemplateSettings:
    """The validated contents of one `template.toml`."""

    values: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    @property
    def headings(self) -> dict[str, str]:
        return {key: self.values[f"headings.{key}"] for key in SECTION_KEYS}


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in table.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, dotted + "."))
        else:
            flat[dotted] = value
    return flat


def _check(key: str, value: Any) -> str | None:
    """The problem with `value` for `key`, or None when it is fine."""
    if key not in SPEC:
        return "unknown key"
    expected = SPEC[key][0]
    if isinstance(value, bool) or not isinstance(value, expected):
        names = (
            expected.__name__
            if isinstance(expected, type)
            else " or ".join(t.__name__ for t in expected)
        )
        return f"expected {names}, got {type(value).__name__}"
    if key == "page.size" and value not in PAGE_SIZES:
        return f"must be one of {', '.join(PAGE_SIZES)}"
    if key == "sections.order":
        unknown = [v for v in value if v not in SECTION_KEYS]
        if unknown:
            return f"unknown section {unknown[0]!r} (known: {', '.join(SECTION_KEYS)})"
    if key == "colours.accent" and not (
        len(value) == 7
        and value[0] == "#"
        and all(c in "0123456789abcdefABCDEF" for c in value[1:])
    ):
        return "expected a colour as #RRGGBB"
    return None


def load_settings(path: Path) -> TemplateSettings:
    """Read and validate `path` (a template.toml)."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
    flat = _flatten(raw)
    problems = [f"{key}: {p}" for key, v in sorted(flat.items()) if (p := _check(key, v))]
    if problems:
        raise ConfigError(f"{path}: " + "; ".join(problems))
    values = {key: spec[1] for key, spec in SPEC.items()} | flat
    return TemplateSettings(values)
