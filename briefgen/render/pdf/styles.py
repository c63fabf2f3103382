"""The paragraph styles of a template's PDF, made once per template and fonts.

reportlab never changes a style once made, so the same styles serve every PDF of a
template in a process, and the fragments `pdf.frags` parses once per style stay useful
from one brief to the next.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from briefgen.render.fonts import FontChain


def make_styles(settings: Any, fonts: FontChain) -> dict[str, ParagraphStyle]:
    size = float(settings["fonts.size"])
    accent = colors.HexColor(settings["colours.accent"])
    body = ParagraphStyle(
        "Body",
        fontName=fonts.face(),
        bulletFontName=fonts.face(),
        fontSize=size,
        leading=size * 1.35,
        textColor=colors.HexColor(settings["colours.text"]),
        alignment=TA_LEFT,
        spaceAfter=size * 0.5,
        allowWidows=0,
        allowOrphans=0,
    )
    bold = fonts.face(bold=True)

    def heading(name: str, scale: float, colour: Any, before: float) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            parent=body,
            fontName=bold,
            fontSize=size * scale,
            leading=size * scale * 1.22,
            textColor=colour,
            spaceBefore=before,
            spaceAfter=size * 0.4,
            keepWithNext=1,
        )

    return {
        "body": body,
        "h1": heading("Title", 1.9, accent, 0),
        "h2": heading("Heading1", 1.3, accent, size),
        "h3": heading("Heading2", 1.1, body.textColor, size * 0.6),
        "bullet": ParagraphStyle("Bullet", parent=body, leftIndent=14, bulletIndent=3),
        "number": ParagraphStyle("Number", parent=body, leftIndent=20, bulletIndent=0),
        "quote": ParagraphStyle(
            "Quote",
            parent=body,
            leftIndent=14,
            rightIndent=10,
            textColor=colors.HexColor(settings["colours.muted"]),
        ),
        "cell": ParagraphStyle(
            "Cell", parent=body, fontSize=size * 0.9, leading=size * 1.15, spaceAfter=0
        ),
        "cell_head": ParagraphStyle(
            "CellHead",
            parent=body,
            fontName=bold,
            fontSize=size * 0.9,
            leading=size * 1.15,
            spaceAfter=0,
        ),
    }


_STYLES: dict[tuple[int, tuple[str, ...]], tuple[Any, dict[str, ParagraphStyle]]] = {}


def styles_for(settings: Any, fonts: FontChain) -> dict[str, ParagraphStyle]:
    """`make_styles`, once per template settings and fonts."""
    key = (id(settings), tuple(fonts.faces.values()))
    kept = _STYLES.get(key)
    if kept is None or kept[0] is not settings:  # kept settings keep their id
        if len(_STYLES) >= 32:
            _STYLES.clear()
        kept = _STYLES[key] = (settings, make_styles(settings, fonts))
    return kept[1]
