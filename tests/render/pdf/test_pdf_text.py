"""Paragraph markup for reportlab: text and citations skip the parser, lay out the same."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from briefgen.render.fonts import FontChain
from briefgen.render.pdf.frags import fragments
from briefgen.render.pdf.text import LaidParagraph

LINK = '<a href="#src-{n}" color="rgb(31,58,95)">[{n}:2]</a>'
TEXTS = [
    "One plain sentence.",
    "  spaces   and\nnew lines\n\n  kept as reportlab cleans them  ",
    "non\u00a0breaking and soft\u00adhyphen, “quotes” — dashes, Ελλάδα",
    "x" * 3000,
    "A cited sentence. " + LINK.format(n=1),
    "Two sources " + LINK.format(n=1) + "  " + LINK.format(n=2) + " and after.",
    LINK.format(n=3),  # a table cell holding only a citation
    'An empty link <a href="#src-1" color="rgb(1,2,3)"></a> still counts ' + LINK.format(n=4),
    '<a href="  #src-9 " color="rgb(255,0,0)">spaced</a>',
    '<font face="DejaVuSans-Bold">Status: Rejected.</font> The plan ' + LINK.format(n=1),
    '<font face="DejaVuSans-Oblique">A footer</font>',
    'x<font face="DejaVuSans-Bold"></font>y <font face="Courier">code</font>',
]
# Markup the parser must still read: tags or entities the fast path does not know.
PARSED = [
    "AT&amp;T",
    '<font face="Courier">a &lt; b</font> and text',
    '<a href="#src-1" color="rgb(1,2,3)"><font face="DejaVuSans-Bold">bold</font></a>',
    '<a name="src-1"/>An anchor',
    "<a href='#src-1' color='rgb(1,2,3)'>single quotes</a>",
    '<a href="#src-1" color="#1F3A5F">[1:1]</a>',
    "",
]


def _plain_paragraph(text: str, style: ParagraphStyle, bullet: str | None) -> Paragraph:
    made = fragments(text, style)
    assert made is not None
    return LaidParagraph(made[0], style, bulletText=bullet, frags=made[1])


@pytest.fixture(scope="module")
def style() -> ParagraphStyle:
    face = FontChain(system=False).face()
    return ParagraphStyle("Body", fontName=face, fontSize=10, leading=13)


def _line_texts(paragraph: Paragraph) -> list[str]:
    lines = paragraph.blPara.lines
    if paragraph.blPara.kind == 0:  # one fragment: lines of words
        return [" ".join(words) for _, words in lines]
    return ["".join(getattr(w, "text", "") for w in line.words) for line in lines]


def _fragments(paragraph: Paragraph) -> list[dict]:
    return [dict(vars(f)) for f in paragraph.frags]


@pytest.mark.parametrize("text", PARSED)
def test_other_markup_is_left_to_the_parser(style, text):
    assert fragments(text, style) is None


@pytest.mark.parametrize("text", TEXTS)
def test_text_and_citations_give_the_fragments_the_parser_gives(style, text):
    assert _fragments(_plain_paragraph(text, style, None)) == _fragments(Paragraph(text, style))


@pytest.mark.parametrize("text", TEXTS)
def test_text_and_citations_break_into_the_same_lines(style, text):
    ours, theirs = _plain_paragraph(text, style, "•"), Paragraph(text, style, bulletText="•")
    assert ours.wrap(200, 1000) == theirs.wrap(200, 1000)
    assert _line_texts(ours) == _line_texts(theirs)


def test_a_paragraph_wrapped_again_at_the_same_width_keeps_its_lines(style):
    paragraph = LaidParagraph("word " * 200, style)
    first = paragraph.wrap(300, 1000)
    lines = paragraph.blPara
    assert paragraph.wrap(300, 1000) == first and paragraph.blPara is lines
    assert paragraph.wrap(150, 1000) != first  # another width: laid out again
    del paragraph.blPara  # as reportlab's split does when the paragraph moves on whole
    assert paragraph.wrap(150, 1000)[1] > first[1] and paragraph.blPara is not lines
