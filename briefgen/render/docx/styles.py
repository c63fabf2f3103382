"""The Word styles a brief uses, made to look like the template's PDF.

The template's settings win over `reference.docx` for what the PDF also shows: the
font family, sizes, colours, bold title, indented quotes and headings that keep with
what follows. Everything else of the reference (page furniture, numbering, the
styles briefgen does not use) is inherited as it is.

Fonts. Every `w:rFonts` names the family outright for all four script slots (ascii,
hAnsi, eastAsia, cs) and its theme attributes (`asciiTheme`...) are removed: Word
honours a theme font over an explicit one, so a "Heading 1" that named Arial but kept
`asciiTheme="majorHAnsi"` showed in Cambria. The family is the PDF's: the bundled
DejaVu Sans unless the template names a font file (`fonts.regular`, whose family
name is read from the file) or a DOCX family (`fonts.docx`). DejaVu Sans is not
installed with Word, so the font table describes it (sans-serif, its PANOSE class,
Verdana as the alternative name): a Word without DejaVu Sans substitutes Verdana,
from which DejaVu's shapes and widths descend, and LibreOffice, which has it, draws
the same font as the PDF.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

DEFAULT_FAMILY = "DejaVu Sans"
# What Word may not have, described so that it can pick a close substitute.
FONT_TABLE_ENTRIES = {
    "DejaVu Sans": (
        '<w:altName w:val="Verdana"/><w:panose1 w:val="020B0603030804020204"/>'
        '<w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/>'
    ),
}
THEME_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
SCRIPT_SLOTS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")
TABLE_TEXT = "Table Text"
# Monospaced styles keep their own (explicit) family.
_MONOSPACED = ("Courier", "Courier New", "Consolas", "DejaVu Sans Mono")


@dataclass(frozen=True)
class Look:
    """What the DOCX takes from the template's settings (hashable: it keys the cache)."""

    family: str = DEFAULT_FAMILY
    size: float = 10.0
    accent: str = "1F3A5F"
    text: str = "222222"
    muted: str = "555555"
    table_header: str = "E8ECF2"
    grid: str = "B0B7C3"  # the PDF's table rules

    @classmethod
    def from_settings(cls, settings: Any) -> Look:
        """The look of the template's PDF (see the module docstring for the family)."""
        family = settings["fonts.docx"] or ""
        if not family and settings["fonts.regular"]:
            family = ttf_family(settings.file("fonts.regular")) or ""
        return cls(
            family=family or DEFAULT_FAMILY,
            size=float(settings["fonts.size"]),
            accent=_hex(settings["colours.accent"]),
            text=_hex(settings["colours.text"]),
            muted=_hex(settings["colours.muted"]),
            table_header=_hex(settings["colours.table_header"]),
        )


def _hex(colour: str) -> str:
    return colour.lstrip("#").upper()


@functools.lru_cache(maxsize=16)
def ttf_family(path: Path | None) -> str | None:
    """The family name (name ID 1) of a TrueType file, or None if it cannot be read.

    Read from the `name` table directly: loading the font with reportlab would bring
    reportlab into a process that only writes DOCX.
    """
    if path is None:
        return None
    try:
        data = path.read_bytes()
        tables = int.from_bytes(data[4:6], "big")
        for n in range(tables):
            record = data[12 + 16 * n : 28 + 16 * n]
            if record[:4] == b"name":
                offset = int.from_bytes(record[8:12], "big")
                break
        else:
            return None
        count = int.from_bytes(data[offset + 2 : offset + 4], "big")
        strings = offset + int.from_bytes(data[offset + 4 : offset + 6], "big")
        for n in range(count):
            at = offset + 6 + 12 * n
            platform, _, _, name_id, length, start = (
                int.from_bytes(data[at + 2 * i : at + 2 * i + 2], "big") for i in range(6)
            )
            if name_id == 1 and platform in (0, 3):
                return data[strings + start : strings + start + length].decode("utf-16-be")
    except (OSError, ValueError, UnicodeDecodeError, IndexError):
        return None
    return None


# Qualified names, made once: `set_fonts` visits every `w:rFonts` of ~160 styles, and
# spelling them out (`qn`) at each visit was half its time.
_THEMES = tuple(qn(a) for a in THEME_ATTRIBUTES)
_SLOTS = tuple(qn(s) for s in SCRIPT_SLOTS)
_STYLE, _TYPE, _FONTS, _ASCII = qn("w:style"), qn("w:type"), qn("w:rFonts"), qn("w:ascii")
_STYLE_FONTS = f"{qn('w:rPr')}/{_FONTS}"


def _explicit_fonts(fonts: Any, family: str) -> None:
    attributes = fonts.attrib
    for attribute in _THEMES:
        attributes.pop(attribute, None)
    for slot in _SLOTS:
        fonts.set(slot, family)


def set_fonts(styles_element: Any, family: str) -> None:
    """Name `family` in every style and the document defaults; drop theme fonts.

    A style that names a monospaced family keeps it (for every script); a style with no
    `w:rFonts` gets one, so every style states its font instead of inheriting a theme's.
    """
    defaults = styles_element.find(qn("w:docDefaults"))
    if defaults is not None:
        run_defaults = defaults.find(qn("w:rPrDefault"))
        if run_defaults is None:
            run_defaults = OxmlElement("w:rPrDefault")
            defaults.insert(0, run_defaults)
        rpr = run_defaults.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            run_defaults.append(rpr)
        _explicit_fonts(rpr.get_or_add_rFonts(), family)
    for style in styles_element.iterchildren(_STYLE):
        if style.get(_TYPE) == "numbering":
            continue  # numbering styles hold no run properties
        if style.find(_STYLE_FONTS) is None:
            style.get_or_add_rPr().get_or_add_rFonts()
        # Every w:rFonts of the style, its own included: table styles also name fonts
        # per region (first row, first column...).
        for fonts in style.iter(_FONTS):
            mono = fonts.get(_ASCII)
            _explicit_fonts(fonts, mono if mono in _MONOSPACED else family)


def _paragraph_style(document: Any, name: str) -> Any:
    styles = document.styles
    if any(s.name == name for s in styles):
        return styles[name]
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles["Normal"]
    return style


def _text_style(
    style: Any, size: float, colour: str, bold: bool | None, before: float, after: float
) -> None:
    """Size, weight and colour of `style`'s text, for every script, and its spacing."""
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.color.rgb = RGBColor.from_string(colour)
    style.paragraph_format.space_before = Pt(before)
    style.paragraph_format.space_after = Pt(after)
    _complex_scripts(style.element.get_or_add_rPr(), size, bold)


# The run properties that follow w:szCs, w:bCs and w:iCs, in the schema's order.
_RPR_ORDER = (
    "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike", "w:dstrike",
    "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid",
    "w:vanish", "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern", "w:position",
    "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText",
    "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish",
    "w:oMath",
)  # fmt: skip


def _set(rpr: Any, tag: str, value: str | None) -> None:
    """Set child `tag` of `rpr` to `value` (w:val), or remove it for None."""
    for old in rpr.findall(qn(tag)):
        rpr.remove(old)
    if value is not None:
        element = OxmlElement(tag, {qn("w:val"): value})
        rpr.insert_element_before(element, *_RPR_ORDER[_RPR_ORDER.index(tag) + 1 :])


def _complex_scripts(rpr: Any, size: float, bold: bool | None) -> None:
    """The same size and weight for Arabic and Hebrew (w:szCs, w:bCs) as for Latin, and
    no complex-script italic: a reference's Title kept a 26 pt `szCs` for a 19 pt title."""
    _set(rpr, "w:szCs", str(round(size * 2)))
    _set(rpr, "w:bCs", None if bold is None else ("1" if bold else "0"))
    _set(rpr, "w:iCs", "0")


def _accent_rule(style: Any, accent: str) -> None:
    """The title's rule (a bottom border, if the reference has one) in the accent colour."""
    for border in style.element.xpath("./w:pPr/w:pBdr/*"):
        border.set(qn("w:color"), accent)
        for attribute in ("w:themeColor", "w:themeTint", "w:themeShade"):
            border.attrib.pop(qn(attribute), None)


def apply(document: Any, look: Look) -> None:
    """Make `document`'s styles those of the PDF (`look`); once per base document."""
    size = look.size
    set_fonts(document.styles.element, look.family)
    normal = document.styles["Normal"]
    _text_style(normal, size, look.text, None, 0, size * 0.5)
    normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
    normal.paragraph_format.line_spacing = Pt(size * 1.35)
    headings = (
        ("Title", 1.9, look.accent, 0.0),
        ("Heading 1", 1.3, look.accent, size),
        ("Heading 2", 1.1, look.text, size * 0.6),
        ("Heading 3", 1.1, look.text, size * 0.6),
    )
    for name, scale, colour, before in headings:
        style = _paragraph_style(document, name)
        _text_style(style, size * scale, colour, True, before, size * 0.4)
        style.font.italic = False
        style.paragraph_format.keep_with_next = True
        style.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    _accent_rule(document.styles["Title"], look.accent)
    for name in ("List Bullet", "List Number"):  # the PDF spaces every item
        if any(s.name == name for s in document.styles):
            for spacing in document.styles[name].element.xpath("./w:pPr/w:contextualSpacing"):
                spacing.getparent().remove(spacing)
    quote = _paragraph_style(document, "Quote")
    _text_style(quote, size, look.muted, None, 0, size * 0.5)
    quote.font.italic = False
    quote.paragraph_format.left_indent = Pt(14)
    quote.paragraph_format.right_indent = Pt(10)
    quote.paragraph_format.alignment = None
    cell = _paragraph_style(document, TABLE_TEXT)
    _text_style(cell, size * 0.9, look.text, None, 0, 0)
    cell.paragraph_format.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
    cell.paragraph_format.line_spacing = Pt(size * 1.15)
    set_fonts(document.styles.element, look.family)  # the styles just added, too
    describe_font(document, look.family)


def describe_font(document: Any, family: str) -> None:
    """Add `family` to the font table with what lets Word substitute it (if known)."""
    extra = FONT_TABLE_ENTRIES.get(family)
    if extra is None:
        return
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/fontTable"):
            part = rel.target_part
            break
    else:
        return
    table = parse_xml(part.blob)
    if any(f.get(qn("w:name")) == family for f in table.findall(qn("w:font"))):
        return
    table.append(parse_xml(f'<w:font {nsdecls("w")} w:name="{family}">{extra}</w:font>'))
    from lxml import etree

    part._blob = etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True)
