"""Escaping article text for each format it passes through.

Article text is hostile: it reaches Markdown (through the template), then reportlab's
paragraph markup and WordprocessingML. Each boundary has its own escaper here, and
every renderer calls the one for its boundary on every piece of text.
"""

from __future__ import annotations

import re

# Backslash-escapable ASCII punctuation that can start Markdown syntax anywhere in a
# line. CommonMark lets any ASCII punctuation be escaped, so escaping more is safe.
_MD_INLINE = re.compile(r"([\\`*_\[\]{}<>|~&!#])")
# Syntax that only counts at the start of a line: headings, lists, quotes, rules.
_MD_LINE_START = re.compile(r"^(\s*)(\d*)([-+=.)])")
# Characters XML 1.0 forbids, which python-docx refuses and reportlab draws as boxes.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


class MarkdownSafe(str):
    """Text already written as Markdown; the template engine prints it unescaped."""


def markdown(text: str) -> str:
    """Escape `text` so that Markdown shows it literally, on one line.

    >>> markdown("1. *AT&T* <b> #1 [x](y)")
    '1\\\\. \\\\*AT\\\\&T\\\\* \\\\<b\\\\> \\\\#1 \\\\[x\\\\](y)'
    """
    # Clean first, then collapse: dropped characters must not leave four leading
    # spaces behind, which Markdown reads as a code block. Invalid whitespace (vertical
    # tab, form feed) becomes a space rather than joining two words.
    text = _XML_INVALID.sub(lambda m: " " if m.group().isspace() else "", str(text))
    text = " ".join(text.split())
    text = _MD_INLINE.sub(r"\\\1", text)
    return _MD_LINE_START.sub(r"\1\2\\\3", text)


def xml_clean(text: str) -> str:
    """Drop the characters that XML 1.0 cannot hold."""
    return _XML_INVALID.sub("", text)


def xml_escape(text: str) -> str:
    """`&`, `<` and `>` as entities (what xml.sax.saxutils.escape does; that module
    imports urllib.request, 14 ms of start-up that every `briefgen make` would pay)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xml_attribute(text: str) -> str:
    """`text` as a quoted XML attribute value, like xml.sax.saxutils.quoteattr."""
    text = xml_escape(text).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return '"' + text.replace('"', "&quot;") + '"'


def reportlab(text: str) -> str:
    """Escape text for a reportlab `Paragraph`, whose input is live markup."""
    return xml_escape(xml_clean(text))
