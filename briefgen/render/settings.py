"""A template's `template.toml`, validated on load.

Every key is declared once in `SPEC` with its type and a default; an unknown key or a
value of the wrong type is a `ConfigError` naming the file and the key, and all the
problems in a file are reported together.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath
from typing import Any

from briefgen.errors import ConfigError
from briefgen.model import DEFAULT_HEADINGS, SECTION_KEYS

PAGE_SIZES = ("A4", "Letter")
# Parts a template can show besides the four sections of the brief, in `sections.order`.
PART_KEYS = ("summary", "chart", "actors", "stances", "quotes", "sources", "appendix")
PART_HEADINGS = {
    "summary": "Bottom line up front",
    "chart": "Who stands where",
    "actors": "Actors",
    "stances": "Stance matrix",
    "quotes": "Key quotes",
    "sources": "Sources",
    "appendix": "Appendix: cited sentences in context",
}
ALL_PARTS = SECTION_KEYS + PART_KEYS
BRANDING_KEYS = ("organisation", "author", "logo", "classification", "distribution", "recipient")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")

# key → (type, default, what it means). Nested tables are dotted keys.
SPEC: dict[str, tuple[type | tuple[type, ...], Any, str]] = {
    "name": (str, "", "The template's name, as users type it after -t."),
    "description": (str, "", "One line shown by `briefgen templates list`."),
    "page.size": (str, "A4", "Paper size: A4 or Letter."),
    "page.margin_mm": ((int, float), 20, "Margin on every side, in millimetres."),
    "page.max_pages": (int, 0, "Trim lowest-ranked items until the PDF fits; 0: no limit."),
    "fonts.regular": (str, "", "Main font file (TrueType), relative to the template folder."),
    "fonts.bold": (str, "", "Bold face of the main font; empty: the bundled DejaVu Sans."),
    "fonts.italic": (str, "", "Italic face of the main font."),
    "fonts.bold_italic": (str, "", "Bold italic face of the main font."),
    "fonts.fallbacks": (list, [], "Font files tried, in order, for characters the main lacks."),
    "fonts.system": (bool, True, "Also look for fonts on the system with fontconfig."),
    "fonts.size": ((int, float), 10, "Body text size in points; headings scale with it."),
    "fonts.docx": (str, "", "Font family named in the DOCX; empty: the PDF's main font's."),
    "sections.order": (list, list(SECTION_KEYS), "Which parts appear, in this order."),
    "sections.max_points": (int, 6, "At most this many points per section; 0: all."),
    "sections.max_quotes": (int, 5, "At most this many quotes; 0: all."),
    "sections.max_actors": (int, 0, "At most this many actors in tables and charts; 0: all."),
    "colours.accent": (str, "#1F3A5F", "Colour of headings, rules and links, as #RRGGBB."),
    "colours.text": (str, "#1A1A1A", "Colour of body text."),
    "colours.muted": (str, "#666666", "Colour of footers and small print."),
    "colours.table_header": (str, "#E8ECF2", "Background of table header rows."),
    "colours.marking": (str, "#B00020", "Colour of the classification marking."),
    **{
        f"headings.{key}": (str, DEFAULT_HEADINGS[key], f"Heading of the {key} section.")
        for key in SECTION_KEYS
    },
    **{
        f"headings.{key}": (str, text, f"Heading of the {key} part.")
        for key, text in PART_HEADINGS.items()
    },
    **{
        f"branding.{key}": (str, "", f"Default {key}; briefgen.toml and options override it.")
        for key in BRANDING_KEYS
    },
}
INSIDE_ONLY = "must name a file inside the template folder (no absolute path, '~' or '..')"
_FILE_KEYS = ("fonts.regular", "fonts.bold", "fonts.italic", "fonts.bold_italic", "branding.logo")


@dataclass(frozen=True)
class TemplateSettings:
    """The validated contents of one `template.toml`."""

    values: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    @property
    def headings(self) -> dict[str, str]:
        return {key: self.values[f"headings.{key}"] for key in ALL_PARTS}

    @property
    def branding(self) -> dict[str, str]:
        """The template's `[branding]` defaults, keyed without the table name."""
        return {k[9:]: v for k, v in self.values.items() if k.startswith("branding.")}

    @property
    def folder(self) -> Path:
        """The template folder, against which relative file names are resolved."""
        return Path(self.values.get("_folder", "."))

    def file(self, key: str) -> Path | None:
        """The file named by `key` (a font or the logo), resolved; None when unset."""
        value = self.values[key]
        return (self.folder / value) if value else None

    def limit(self, key: str) -> int | None:
        """A `sections.max_*` value as a slice bound: None for 0 (no limit)."""
        return self.values[f"sections.max_{key}"] or None


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in table.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, dotted + "."))
        else:
            flat[dotted] = value
    return flat


def _type_problem(expected: type | tuple[type, ...], value: Any) -> str | None:
    types = expected if isinstance(expected, tuple) else (expected,)
    # bool is an int in Python, but `max_points = true` is a mistake, not 1.
    if (isinstance(value, bool) and bool not in types) or not isinstance(value, types):
        names = " or ".join(t.__name__ for t in types)
        return f"expected {names}, got {type(value).__name__}"
    return None


def _outside(value: str) -> bool:
    """True when a file name could reach outside the template folder: a template may come
    from someone else, and must not make briefgen read (and embed) the user's files."""
    path = PurePath(value)
    windows = PureWindowsPath(value)
    return (
        path.is_absolute()
        or bool(windows.drive or windows.root)
        or value.startswith("~")
        or ".." in path.parts
        or ".." in windows.parts
    )


def _check(key: str, value: Any, folder: Path) -> str | None:
    """The problem with `value` for `key`, or None when it is fine."""
    if key not in SPEC:
        return "unknown key"
    problem = _type_problem(SPEC[key][0], value)
    if problem:
        return problem
    if key == "page.size" and value not in PAGE_SIZES:
        return f"must be one of {', '.join(PAGE_SIZES)}"
    if key == "page.margin_mm" and not 0 <= value <= 60:
        return "must be between 0 and 60"
    if key == "fonts.size" and not 5 <= value <= 30:
        return "must be between 5 and 30"
    if key in ("page.max_pages",) or key.startswith("sections.max_"):
        return "must be 0 or more" if value < 0 else None
    if key == "sections.order":
        unknown = [v for v in value if v not in ALL_PARTS]
        if unknown:
            return f"unknown section {unknown[0]!r} (known: {', '.join(ALL_PARTS)})"
    if key == "fonts.fallbacks":
        outside = [v for v in value if isinstance(v, str) and _outside(v)]
        if outside:
            return f"{outside[0]!r}: {INSIDE_ONLY}"
        bad = [v for v in value if not isinstance(v, str) or not (folder / v).is_file()]
        if bad:
            return f"font file not found: {bad[0]!r}"
    if key in _FILE_KEYS and value and _outside(value):
        return f"{value!r}: {INSIDE_ONLY}"
    if key in _FILE_KEYS and value and not (folder / value).is_file():
        return f"file not found: {value!r}"
    if key.startswith("colours.") and not _COLOUR.fullmatch(value):
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
    folder = path.parent
    problems = [f"{key}: {p}" for key, v in sorted(flat.items()) if (p := _check(key, v, folder))]
    if problems:
        raise ConfigError(f"{path}: " + "; ".join(problems))
    values = {key: spec[1] for key, spec in SPEC.items()} | flat
    return TemplateSettings(values | {"_folder": str(folder)})
