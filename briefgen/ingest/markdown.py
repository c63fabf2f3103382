"""Markdown articles: the first heading is the headline, the rest is plain prose.

markdown-it parses the file, so emphasis, links and code spans lose their syntax and
keep their words; headings other than the first become paragraphs of their own.
"""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt

from briefgen.errors import SourceError
from briefgen.ingest.files import read_text
from briefgen.ingest.limits import Limits
from briefgen.ingest.text import normalise, split_paragraphs, split_sentences
from briefgen.model import Article

_BLOCKS = {"paragraph_open", "heading_open", "list_item_open", "blockquote_open"}


def _blocks(source: str) -> list[tuple[str, str]]:
    """(kind, text) for every heading and paragraph, in document order."""
    tokens = MarkdownIt("commonmark").parse(source)
    blocks: list[tuple[str, str]] = []
    kind = "paragraph"
    for token in tokens:
        if token.type in _BLOCKS:
            kind = "heading" if token.type == "heading_open" else "paragraph"
        elif token.type == "inline" and token.children is not None:
            text = "".join(
                child.content
                if child.type in {"text", "code_inline"}
                else " "
                if child.type in {"softbreak", "hardbreak"}
                else ""
                for child in token.children
            )
            blocks.append((kind, text))
    return blocks


def load(path: Path, limits: Limits | None = None) -> Article:
    """Load a `.md` article."""
    blocks = _blocks(read_text(path, limits and limits.max_file_bytes))
    title = ""
    if blocks and blocks[0][0] == "heading":
        title = normalise(blocks.pop(0)[1]).strip()
    paragraphs = split_paragraphs("\n\n".join(normalise(text) for _, text in blocks))
    sentences = split_sentences(paragraphs)
    if not sentences:
        raise SourceError(f"{path}: no article text in this Markdown file")
    return Article(path=str(path), title=title or path.stem, sentences=sentences)
