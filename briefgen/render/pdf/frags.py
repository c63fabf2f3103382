"""Paragraph fragments for the commonest markup, made without reportlab's parser.

reportlab turns each paragraph's markup into fragments (runs of text that share a
font, a colour and a link) with an HTML parser, a tenth of a brief's PDF time. Most
of a brief's paragraphs are plain text with citation links (`… text <a href="#src-1"
color="rgb(31,58,95)">[1:2]</a>`) and runs in a bold or italic face, and what the
parser makes of those is fixed: copies of the style's own fragment, of a link
fragment and of a face's fragment, each holding its piece of the cleaned text. Those
fragments are parsed once per style and colour or face, then copied; any other markup
(an anchor, an entity) goes to the parser.
tests/render/test_pdf_text.py compares the fragments with the parser's.
"""

from __future__ import annotations

import re
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

# What `pdf.text.span_markup` writes for a citation link and for a run of text in
# another face than the style's (bold, italic, a fallback font), with nothing to
# unescape in it.
_TAG = re.compile(
    r'<a href="(?P<href>[^"<&]*)" color="(?P<colour>rgb\(\d+,\d+,\d+\))">(?P<label>[^<&]*)</a>'
    r'|<font face="(?P<face>[^"<&]*)">(?P<run>[^<&]*)</font>'
)
_KINDS: WeakKeyDictionary[ParagraphStyle, dict[tuple[str, str], Any]] = WeakKeyDictionary()


def _fragment(style: ParagraphStyle, kind: str = "", value: str = "") -> Any:
    """The parser's fragment for text in `style`: plain, in a link of colour `value`
    (kind "a") or in the face `value` (kind "font")."""
    kinds = _KINDS.setdefault(style, {})
    if (kind, value) not in kinds:
        sample = {
            "": "x",
            "a": f'<a href="#x" color="{value}">x</a>',
            "font": f'<font face="{value}">x</font>',
        }[kind]
        kinds[kind, value] = Paragraph(sample, style).frags[0]
    return kinds[kind, value]


def fragments(markup: str, style: ParagraphStyle) -> tuple[str, list[Any]] | None:
    """The cleaned text and the fragments reportlab's parser would make of `markup`,
    or None when it holds anything but text, citation links and runs in other faces."""
    text = cleanBlockQuotedText(markup)
    if not text:
        return None
    frags: list[Any] = []
    links = at = 0
    for tag in _TAG.finditer(text):
        if not _plain(text, at, tag.start(), style, frags):
            return None
        if tag["face"] is not None:
            if tag["run"]:
                frags.append(_fragment(style, "font", tag["face"]).clone(text=tag["run"]))
        else:
            if tag["label"]:  # an empty link makes no fragment, but counts
                link = [(links, tag["href"].strip())]
                label = _fragment(style, "a", tag["colour"]).clone(text=tag["label"], link=link)
                frags.append(label)
            links += 1
        at = tag.end()
    if not _plain(text, at, len(text), style, frags):
        return None
    return text, frags


def _plain(text: str, start: int, end: int, style: ParagraphStyle, frags: list[Any]) -> bool:
    """Add text[start:end] as a plain fragment; False if it holds other markup."""
    piece = text[start:end]
    if "<" in piece or "&" in piece:
        return False
    if piece:
        frags.append(_fragment(style).clone(text=piece))
    return True
