"""Which font draws each character: a chain tried in order, switched per run of text.

The bundled DejaVu Sans covers Latin, Greek, Cyrillic, Arabic and Hebrew. Other
scripts (Chinese, Japanese, Korean, ...) come from fonts the template names in
`[fonts] fallbacks`, then from fonts fontconfig finds on the system (one `fc-list`
per process lists them with what each covers). A character no font covers is drawn
with the main font (a box) and named in a warning, so the brief is still made; the
next character of its script is looked for afresh. Only fonts with TrueType outlines
load in reportlab; OpenType/CFF fonts (Noto CJK .otf/.ttc) are skipped.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"
STYLES = ("regular", "bold", "italic", "bold_italic")
BUNDLED = {
    "regular": FONT_DIR / "DejaVuSans.ttf",
    "bold": FONT_DIR / "DejaVuSans-Bold.ttf",
    "italic": FONT_DIR / "DejaVuSans-Oblique.ttf",
    "bold_italic": FONT_DIR / "DejaVuSans-BoldOblique.ttf",
}
# Friendlier names for the first word of a character's Unicode name.
SCRIPT_NAMES = {
    "CJK": "Han (Chinese/Japanese/Korean ideographs)",
    "HIRAGANA": "Japanese Hiragana",
    "KATAKANA": "Japanese Katakana",
    "HANGUL": "Korean Hangul",
    "HALFWIDTH": "Halfwidth CJK forms",
    "FULLWIDTH": "Fullwidth CJK forms",
}
# Characters that take the font of the run they sit in: spaces, marks, joiners.
_STYLE_OF = {
    (False, False): "regular",
    (True, False): "bold",
    (False, True): "italic",
    (True, True): "bold_italic",
}
_FOLLOWERS = {"Zs", "Zl", "Zp", "Cc", "Cf", "Mn", "Me"}

_registered: dict[Path, str] = {}  # font file → name registered with reportlab
_unloadable: set[Path] = set()
_cmaps: dict[str, frozenset[int]] = {}


def script_of(char: str) -> str:
    """A readable script name for `char`: 'Devanagari', 'Han (Chinese/...)'."""
    first = unicodedata.name(char, f"U+{ord(char):04X}").split(" ")[0]
    return SCRIPT_NAMES.get(first, first.title())


def register(path: Path) -> str | None:
    """Register a TrueType font file with reportlab once; None if it cannot be used."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError

    from briefgen.render.fontcache import load_font

    path = path.resolve()
    if path in _registered:
        return _registered[path]
    if path in _unloadable:
        return None
    stem = re.sub(r"[^A-Za-z0-9-]", "", path.stem) or "font"
    digest = hashlib.sha1(str(path).encode()).hexdigest()[:6]
    name = stem if path.parent == FONT_DIR else f"{stem}-{digest}"
    try:
        font = load_font(name, path)  # parsed metrics kept between runs
    except (TTFError, OSError, ValueError, KeyError, IndexError):
        _unloadable.add(path)
        return None
    pdfmetrics.registerFont(font)
    addMapping(name, 0, 0, name)
    _cmaps[name] = frozenset(font.face.charToGlyph)
    _registered[path] = name
    return name


def font_file(name: str) -> Path:
    """The file behind a registered font name (for drawing the same text with Pillow)."""
    return next(path for path, known in _registered.items() if known == name)


def _ranges(charset: str) -> list[tuple[int, int]]:
    """fontconfig's charset ("20-7e a0 4e00-9fff") as sorted (first, last) code points."""
    out = []
    for part in charset.split():
        first, _, last = part.partition("-")
        out.append((int(first, 16), int(last or first, 16)))
    return sorted(out)


def _preference(path: Path) -> tuple[bool, bool, bool, str]:
    """Plain sans TrueType faces first; reportlab cannot load .otf/.ttc outlines."""
    stem = path.stem.lower()
    styled = any(w in stem for w in ("bold", "italic", "oblique", "light", "black"))
    return (path.suffix.lower() != ".ttf", styled, "mono" in stem or "serif" in stem, str(path))


@cache
def _system_charsets() -> tuple[tuple[Path, tuple[int, ...], tuple[int, ...]], ...]:
    """Every system font file fontconfig knows, with the code points it covers, asked
    once per process (one `fc-list`, not one per character): (file, starts, ends)."""
    if not shutil.which("fc-list"):
        return ()
    try:
        listing = subprocess.run(
            ["fc-list", "--format", "%{file}|%{charset}\n"],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    fonts: dict[Path, list[tuple[int, int]]] = {}
    for line in listing.splitlines():
        file, _, charset = line.rpartition("|")
        path = Path(file.strip())
        if path.suffix.lower() in {".ttf", ".ttc", ".otf"}:
            try:
                fonts.setdefault(path, []).extend(_ranges(charset))
            except ValueError:
                continue  # a line this parser does not understand: that font is skipped
    out = []
    for path in sorted(fonts, key=_preference):
        ranges = sorted(fonts[path])
        out.append((path, tuple(a for a, _ in ranges), tuple(z for _, z in ranges)))
    return tuple(out)


def system_fonts_for(char: str) -> list[Path]:
    """Font files fontconfig says cover `char`, plain sans faces first."""
    code = ord(char)
    found = []
    for path, starts, ends in _system_charsets():
        at = bisect_right(starts, code) - 1
        if at >= 0 and code <= ends[at]:
            found.append(path)
    return found


@dataclass
class FontChain:
    """The fonts of one document, tried in order for every character.

    `main` maps each style (regular, bold, italic, bold_italic) to a font file;
    `fallbacks` are tried next, then, when `system` is true, fonts found by fontconfig.
    """

    main: dict[str, Path] = field(default_factory=lambda: dict(BUNDLED))
    fallbacks: list[Path] = field(default_factory=list)
    system: bool = True
    missing: dict[str, str] = field(default_factory=dict)  # script → an example character
    _extra: list[str] = field(default_factory=list)
    _unfound: set[int] = field(default_factory=set)  # code points no system font covers

    def __post_init__(self) -> None:
        from reportlab.pdfbase import pdfmetrics

        self.faces: dict[str, str] = {}
        for style in STYLES:
            name = register(self.main.get(style) or self.main["regular"])
            if name is None:
                raise ValueError(f"{self.main[style]}: not a TrueType font reportlab can embed")
            self.faces[style] = name
        regular = self.faces["regular"]
        pdfmetrics.registerFontFamily(
            regular,
            normal=regular,
            bold=self.faces["bold"],
            italic=self.faces["italic"],
            boldItalic=self.faces["bold_italic"],
        )
        for path in self.fallbacks:
            name = register(path)
            if name is None:
                raise ValueError(f"{path}: not a TrueType font reportlab can embed")
            self._extra.append(name)

    def face(self, bold: bool = False, italic: bool = False) -> str:
        """The main font's name for this style."""
        return self.faces[_STYLE_OF[(bool(bold), bool(italic))]]

    def _candidates(self, bold: bool, italic: bool) -> list[str]:
        first = self.face(bold, italic)
        return [first] + [f for f in (self.faces["regular"], *self._extra) if f != first]

    def _discover(self, char: str) -> str | None:
        """Add a system font covering `char` to the chain, if fontconfig knows one.

        A miss is remembered for that character only: one ideograph that no font has
        must not leave the rest of Chinese as boxes."""
        code = ord(char)
        if not self.system or code in self._unfound:
            return None
        for path in system_fonts_for(char):
            name = register(path)
            if name and code in _cmaps[name]:
                if name not in self._extra:
                    self._extra.append(name)
                return name
        self._unfound.add(code)
        return None

    def font_for(self, char: str, bold: bool = False, italic: bool = False) -> str:
        """The first font in the chain that has a glyph for `char`."""
        code = ord(char)
        for name in self._candidates(bold, italic):
            if code in _cmaps[name]:
                return name
        found = self._discover(char)
        if found:
            return found
        self.missing.setdefault(script_of(char), char)
        return self.face(bold, italic)

    def runs(self, text: str, bold: bool = False, italic: bool = False) -> list[tuple[str, str]]:
        """`text` cut into (font name, piece) runs, each piece drawable by its font."""
        face = self.face(bold, italic)
        if text and _cmaps[face].issuperset(map(ord, text)):
            return [(face, text)]  # the usual case: one set test, not a lookup per character
        runs: list[tuple[str, str]] = []
        for char in text:
            if (
                runs
                and unicodedata.category(char) in _FOLLOWERS
                and ord(char) in _cmaps[runs[-1][0]]
            ):  # a mark stays with its base letter's font, when that font can draw it
                font = runs[-1][0]
            else:
                font = self.font_for(char, bold, italic)
            if runs and runs[-1][0] == font:
                runs[-1] = (font, runs[-1][1] + char)
            else:
                runs.append((font, char))
        return runs

    def width(self, text: str, size: float, bold: bool = False, italic: bool = False) -> float:
        """The drawn width of `text` at `size` points, font switching included."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return sum(stringWidth(piece, font, size) for font, piece in self.runs(text, bold, italic))

    def warnings(self) -> list[str]:
        """One line per script that no font could draw."""
        return [
            f"no font covers {script} (e.g. {example!r}): it prints as boxes; install a font "
            "for it or list one under [fonts] fallbacks in template.toml"
            for script, example in sorted(self.missing.items())
        ]


def main_faces(settings: Any) -> dict[str, Path]:
    """The template's main font file per style: its `fonts.<style>`, else its
    `fonts.regular`, else the bundled DejaVu Sans face (one choice for PDF and chart)."""
    main = dict(BUNDLED)
    regular = settings.file("fonts.regular")
    for style in STYLES:
        path = settings.file(f"fonts.{style}") or regular
        if path:
            main[style] = path
    return main


def font_chain(settings: Any) -> FontChain:
    """The template's fonts: its main faces (or bundled DejaVu Sans), then fallbacks."""
    from briefgen.errors import ConfigError

    fallbacks = [settings.folder / f for f in settings["fonts.fallbacks"]]
    try:
        return FontChain(main_faces(settings), fallbacks, settings["fonts.system"])
    except ValueError as exc:
        raise ConfigError(f"{settings.folder / 'template.toml'}: fonts: {exc}") from exc
