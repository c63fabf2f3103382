"""Markdown → a small tree of blocks that the DOCX and PDF renderers walk.

markdown-it parses the template's output (CommonMark plus tables and `{#id}` spans);
text in the blocks is literal, with every escape resolved, so each renderer escapes it
once for its own format and nothing else.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.attrs import attrs_plugin

from briefgen.render import chart


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    href: str | None = None
    anchor: str | None = None


@dataclass(frozen=True)
class Heading:
    level: int
    spans: tuple[Span, ...]

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)


@dataclass(frozen=True)
class Paragraph:
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class ListBlock:
    ordered: bool
    items: tuple[tuple[Block, ...], ...]
    start: int = 1


@dataclass(frozen=True)
class Table:
    header: tuple[tuple[Span, ...], ...]
    rows: tuple[tuple[tuple[Span, ...], ...], ...]


@dataclass(frozen=True)
class Quote:
    blocks: tuple[Block, ...] = field(default=())


@dataclass(frozen=True)
class Rule:
    pass


@dataclass(frozen=True)
class Chart:
    """A stance chart, from a fenced block whose info string is `chart`."""

    entries: tuple[chart.Entry, ...]


Block = Heading | Paragraph | ListBlock | Table | Quote | Rule | Chart


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False}).use(attrs_plugin, spans=True).enable("table")


def _spans(token: Token) -> tuple[Span, ...]:
    """Inline children → spans carrying bold, italic, code, link and anchor state."""
    spans: list[Span] = []
    bold = italic = 0
    href: str | None = None
    anchor: str | None = None
    for child in token.children or []:
        kind = child.type
        if kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "link_open":
            href = str(child.attrs.get("href", ""))
        elif kind == "link_close":
            href = None
        elif kind == "span_open":
            anchor = str(child.attrs.get("id", "")) or None
        elif kind == "span_close":
            if anchor:  # an empty span (a source with no title) still marks its place
                spans.append(Span("", bold > 0, italic > 0, anchor=anchor))
            anchor = None
        elif kind in {"text", "code_inline"}:
            spans.append(
                Span(child.content, bold > 0, italic > 0, kind == "code_inline", href, anchor)
            )
            anchor = None  # an anchor marks a place once
        elif kind in {"softbreak", "hardbreak"}:
            spans.append(Span(" ", bold > 0, italic > 0))
    return tuple(spans)


def _blocks(tokens: list[Token], start: int, stop_type: str | None) -> tuple[list[Block], int]:
    """Parse block tokens from `start` until `stop_type`; return blocks and next index."""
    blocks: list[Block] = []
    i = start
    while i < len(tokens):
        token = tokens[i]
        if stop_type and token.type == stop_type:
            return blocks, i + 1
        if token.type == "heading_open":
            blocks.append(Heading(int(token.tag[1]), _spans(tokens[i + 1])))
            i += 3
        elif token.type == "paragraph_open":
            blocks.append(Paragraph(_spans(tokens[i + 1])))
            i += 3
        elif token.type in {"bullet_list_open", "ordered_list_open"}:
            ordered = token.type == "ordered_list_open"
            close = "ordered_list_close" if ordered else "bullet_list_close"
            items: list[tuple[Block, ...]] = []
            i += 1
            while tokens[i].type != close:
                item, i = _blocks(tokens, i + 1, "list_item_close")
                items.append(tuple(item))
            start_at = int(token.attrs.get("start", 1) or 1)
            blocks.append(ListBlock(ordered, tuple(items), start_at))
            i += 1
        elif token.type == "blockquote_open":
            inner, i = _blocks(tokens, i + 1, "blockquote_close")
            blocks.append(Quote(tuple(inner)))
        elif token.type == "table_open":
            table, i = _table(tokens, i + 1)
            blocks.append(table)
        elif token.type == "hr":
            blocks.append(Rule())
            i += 1
        elif token.type == "fence" and token.info.split()[:1] == [chart.FENCE_INFO]:
            blocks.append(Chart(chart.from_fence(token.content)))
            i += 1
        elif token.type in {"fence", "code_block"}:
            blocks.append(Paragraph((Span(token.content.rstrip("\n"), code=True),)))
            i += 1
        else:
            i += 1
    return blocks, i


def _table(tokens: list[Token], i: int) -> tuple[Table, int]:
    header: list[tuple[Span, ...]] = []
    rows: list[tuple[tuple[Span, ...], ...]] = []
    row: list[tuple[Span, ...]] = []
    in_head = False
    while tokens[i].type != "table_close":
        kind = tokens[i].type
        if kind == "thead_open":
            in_head = True
        elif kind == "thead_close":
            in_head = False
        elif kind == "tr_open":
            row = []
        elif kind == "inline":
            row.append(_spans(tokens[i]))
        elif kind == "tr_close":
            if in_head:
                header = row
            else:
                rows.append(tuple(row))
        i += 1
    return Table(tuple(header), tuple(rows)), i + 1


@functools.lru_cache(maxsize=8)
def parse(markdown: str) -> tuple[Block, ...]:
    """The blocks of a Markdown document (immutable, so the PDF and DOCX renderers of
    one brief share one parse)."""
    blocks, _ = _blocks(_parser().parse(markdown), 0, None)
    return tuple(blocks)


def to_html(markdown: str) -> str:
    """The same Markdown as an HTML fragment (raw HTML in the input is not passed on)."""
    return _parser().render(markdown)


def plain_text(spans: tuple[Span, ...]) -> str:
    return "".join(s.text for s in spans)
