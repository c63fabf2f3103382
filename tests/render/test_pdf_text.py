"""Paragraph markup for reportlab: plain text skips the parser and lays out the same."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from briefgen.render.fonts import FontChain
from briefgen.render.pdf_text import LaidParagraph, _plain_paragraph

TEXTS = [
    "One plain sentence.",
    "  spaces   and\nnew lines\n\n  kept as reportlab cleans them  ",
    "non\u00a0breaking and soft\u00adhyphen, “quotes” — dashes, Ελλάδα",
    "x" * 3000,
]


@pytest.fixture(scope="module")
def style() -> ParagraphStyle:
    face = FontChain(system=False).face()
    return ParagraphStyle("Body", fontName=face, fontSize=10, leading=13)


def _fragments(paragraph: Paragraph) -> list[dict]:
    return [dict(vars(f)) for f in paragraph.frags]


@pytest.mark.parametrize("text", TEXTS)
def test_plain_text_gives_the_fragments_the_parser_gives(style, text):
    assert _fragments(_plain_paragraph(text, style, None)) == _fragments(Paragraph(text, style))


@pytest.mark.parametrize("text", TEXTS)
def test_plain_text_breaks_into_the_same_lines(style, text):
    ours, theirs = _plain_paragraph(text, style, "•"), Paragraph(text, style, bulletText="•")
    assert ours.wrap(200, 1000) == theirs.wrap(200, 1000)
    assert [line[1] for line in ours.blPara.lines] == [line[1] for line in theirs.blPara.lines]


def test_a_paragraph_wrapped_again_at_the_same_width_keeps_its_lines(style):
    paragraph = LaidParagraph("word " * 200, style)
    first = paragraph.wrap(300, 1000)
    lines = paragraph.blPara
    assert paragraph.wrap(300, 1000) == first and paragraph.blPara is lines
    assert paragraph.wrap(150, 1000) != first  # another width: laid out again
    del paragraph.blPara  # as reportlab's split does when the paragraph moves on whole
    assert paragraph.wrap(150, 1000)[1] > first[1] and paragraph.blPara is not lines
