"""Text for reportlab: spans → paragraph markup with a font per run, and RTL paragraphs.

reportlab's `Paragraph` markup is live (it obeys `<font>`, reads files named by
`<img>`), so every piece of text is escaped here with `escape.reportlab` and only this
module writes tags. Each run of characters names the exact font that has its glyphs
(`FontChain.runs`), because one font rarely covers Latin, Chinese and Arabic at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from briefgen.render import bidi
from briefgen.render import blocks as b
from briefgen.render.escape import reportlab as esc
from briefgen.render.escape import xml_attribute as quoteattr
from briefgen.render.fonts import FontChain
from briefgen.render.pdf.frags import fragments


def _font_runs(text: str, fonts: FontChain, bold: bool, italic: bool, base: str) -> str:
    """`text` escaped, each run in a `<font>` tag unless it is in `base`, the font the
    paragraph's style sets already (reportlab parses every tag: most text has none)."""
    return "".join(
        esc(piece) if font == base else f"<font face={quoteattr(font)}>{esc(piece)}</font>"
        for font, piece in fonts.runs(text, bold, italic)
    )


def span_markup(span: b.Span, fonts: FontChain, style: ParagraphStyle, link: str) -> str:
    """One span as markup: its text in the right fonts, wrapped in its link or anchor."""
    bold = span.bold or style.fontName in (fonts.faces["bold"], fonts.faces["bold_italic"])
    if span.code:
        text = f'<font face="Courier">{esc(span.text)}</font>'
    else:
        text = _font_runs(span.text, fonts, bold, span.italic, style.fontName)
    if span.href:
        text = f"<a href={quoteattr(span.href)} color={quoteattr(link)}>{text}</a>"
    if span.anchor:
        text = f"<a name={quoteattr(span.anchor)}/>{text}"
    return text


def markup(spans: tuple[b.Span, ...], fonts: FontChain, style: ParagraphStyle, link: str) -> str:
    """Spans → reportlab paragraph markup, every piece of text escaped."""
    return "".join(span_markup(s, fonts, style, link) for s in spans)


def _words(spans: tuple[b.Span, ...]) -> list[b.Span]:
    """Spans cut at spaces into one span per word (link and style kept)."""
    words = []
    for span in spans:
        for n, word in enumerate(span.text.split()):
            anchor = span.anchor if n == 0 else None
            words.append(b.Span(word, span.bold, span.italic, span.code, span.href, anchor))
    return words


class LaidParagraph(Paragraph):
    """A `Paragraph` that breaks its lines once per width.

    reportlab wraps most paragraphs twice at the same width (a table measures its
    cells and then draws them; `keepWithNext` and `KeepTogether` measure before the
    frame places), and each wrap breaks every line again: over half of all wraps.
    """

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # `split` deletes blPara when the paragraph moves on whole: lay it out again.
        if self._wrapped and self._wrapped[0] == availWidth and "blPara" in self.__dict__:
            return self._wrapped[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


@dataclass
class _Line:
    words: list[b.Span]
    width: float = 0.0


class BidiParagraph(Flowable):
    """A paragraph holding right-to-left text, wrapped first and reordered per line.

    It is wrapped here, at the width reportlab offers, because the order of words on
    a line depends on where the line breaks; each line is then reshaped and reordered
    (`bidi`) and handed to a plain `Paragraph` as explicit lines.
    """

    def __init__(
        self,
        spans: tuple[b.Span, ...],
        style: ParagraphStyle,
        fonts: FontChain,
        link: str,
        bulletText: str | None = None,  # noqa: N803 (reportlab's name)
    ) -> None:
        super().__init__()
        self.spans, self.style, self.fonts, self.link = spans, style, fonts, link
        self.bulletText = bulletText
        self.rtl = bidi.base_is_rtl(b.plain_text(spans))
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter
        self._para: Paragraph | None = None
        self._para_width = 0.0

    def _width(self, word: b.Span) -> float:
        return self.fonts.width(bidi.visual_word(word.text), self.style.fontSize, word.bold)

    def _lines(self, avail: float) -> list[_Line]:
        room = (avail - self.style.leftIndent - self.style.rightIndent) * 0.97
        space = self.fonts.width(" ", self.style.fontSize)
        lines = [_Line([])]
        for word in _words(self.spans):
            width = self._width(word)
            line = lines[-1]
            if line.words and line.width + space + width > room:
                lines.append(_Line([word], width))
            else:
                line.width += (space if line.words else 0) + width
                line.words.append(word)
        return lines

    def _line_markup(self, line: _Line) -> str:
        ordered = bidi.order_line(line.words, lambda w: w.text, self.rtl)
        return " ".join(
            span_markup(
                b.Span(bidi.visual_word(w.text), w.bold, w.italic, w.code, w.href, w.anchor),
                self.fonts,
                self.style,
                self.link,
            )
            for w in ordered
        )

    def _paragraph(self, avail: float) -> Paragraph:
        text = "<br/>".join(self._line_markup(line) for line in self._lines(avail))
        style = self.style
        if self.rtl:
            style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        return LaidParagraph(text, style, bulletText=self.bulletText)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._para is None or self._para_width != availWidth:
            self._para, self._para_width = self._paragraph(availWidth), availWidth
        return self._para.wrap(availWidth, availHeight)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        if self._para is None or self._para_width != availWidth:
            return self._paragraph(availWidth).split(availWidth, availHeight)
        return self._para.split(availWidth, availHeight)

    def draw(self) -> None:
        assert self._para is not None
        self._para.drawOn(self.canv, 0, 0)


def paragraph(
    spans: tuple[b.Span, ...],
    style: ParagraphStyle,
    fonts: FontChain,
    link: str,
    bullet: str | None = None,
) -> Flowable:
    """A paragraph flowable for `spans`: a plain `Paragraph` unless it holds RTL text."""
    if bidi.has_rtl(b.plain_text(spans)):
        return BidiParagraph(spans, style, fonts, link, bulletText=bullet)
    text = markup(spans, fonts, style, link)
    made = fragments(text, style)  # most paragraphs: no need for reportlab's parser
    if made is None:
        return LaidParagraph(text, style, bulletText=bullet)
    return LaidParagraph(made[0], style, bulletText=bullet, frags=made[1])
