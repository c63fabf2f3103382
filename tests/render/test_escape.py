import pytest

from briefgen.render import blocks
from briefgen.render.escape import markdown, reportlab

HOSTILE = [
    "<font size=80>big</font>",
    "AT&T &copy; &nbsp; &#65;",
    "*stars* _under_ `tick` ~~strike~~",
    "# not a heading",
    "1. not a list",
    "- not a bullet",
    "> not a quote",
    "[link](javascript:alert(1)) ![img](/etc/passwd)",
    "| pipe | table |",
    "back\\slash \\*",
    "{#id} {{ jinja }} {% block %}",
    '<img src="/etc/passwd"/> ]]> <![CDATA[x]]>',
]


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_escape_round_trips_through_the_parser_literally(text):
    parsed = blocks.parse(markdown(text))
    assert len(parsed) == 1 and isinstance(parsed[0], blocks.Paragraph)
    assert blocks.plain_text(parsed[0].spans) == text
    assert not any(s.bold or s.italic or s.code or s.href for s in parsed[0].spans)


def test_markdown_escape_keeps_text_on_one_line_and_drops_xml_invalid_characters():
    assert markdown("a\nb\x0bc\x00d") == "a b cd"


def test_reportlab_escape_neutralises_markup():
    assert reportlab("<b>AT&T</b>") == "&lt;b&gt;AT&amp;T&lt;/b&gt;"
