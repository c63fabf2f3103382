"""HTML fragments (a feed entry's content, a JSON "text" holding markup) → paragraphs.

A full page goes through trafilatura; a fragment is already just the article, so
the standard library's HTMLParser is enough: block elements break paragraphs,
`<br>` breaks lines, scripts and styles are dropped, entities are decoded.
"""

from __future__ import annotations

from html.parser import HTMLParser

_BLOCKS = frozenset(
    "p div section article header footer li ul ol dl dt dd h1 h2 h3 h4 h5 h6 "
    "blockquote pre table tr figure figcaption hr".split()
)
_SKIP = frozenset({"script", "style", "noscript", "template", "iframe", "object", "svg"})


class _Paragraphs(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.current: list[str] = []
        self.skipping = 0

    def _close(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.paragraphs.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCKS or tag == "br":
            self._close()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self._close()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.current.append(data)


def looks_like_html(text: str) -> bool:
    """True when `text` holds tags rather than only prose."""
    return "<" in text and ">" in text and ("</" in text or "/>" in text or "<br" in text)


def paragraphs(fragment: str) -> list[str]:
    """The text of an HTML fragment, one string per block element."""
    parser = _Paragraphs()
    parser.feed(fragment)
    parser.close()
    parser._close()
    return parser.paragraphs
