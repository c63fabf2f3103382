"""What the hostile suite shares: the engine, real readers, and what "printable" means.

Printable text, precisely. Ingest normalises every article (`ingest.text.normalise`:
NFC, no control characters, noncharacters or lone surrogates, one kind of space) and
the renderers put each text on one line and drop what XML 1.0 cannot hold. So:

- `printable(text)` is `xml_clean` of the text with every whitespace run made one
  space. What the template shows of a brief (`shown_texts`) must be in the documents
  this way. The DOCX must hold it literally (compared with whitespace runs made one).
- In the PDF, text is laid out in lines, and a word longer than a line is broken
  without a space, so the PDF's text is compared with all whitespace removed. Also
  removed on both sides: format characters (Unicode Cf, such as zero-width joiners),
  except that a soft hyphen may show as "-" where a line breaks at it. Characters
  that no font of the template's chain (DejaVu Sans, then the system fonts the
  renderer finds) can draw print as boxes and cannot be read back, so they are left
  out of what is expected; that is font coverage, not markup, and the renderer warns
  about it. Right-to-left text is
  drawn reordered and, for Arabic, in joined presentation forms, so text holding RTL
  letters is compared as a multiset of characters after NFKC.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import cache

from briefgen.model import Brief, Story
from briefgen.render.escape import xml_clean

SOFT_HYPHEN = "\u00ad"
_FOOTER = re.compile(r"Page \d+ of \d+")


def analyse(story: Story) -> Brief:
    """The real engine when main has it, else a stand-in that cites the first sentences."""
    try:
        from briefgen.analyse import analyse as engine
    except ImportError:
        return stand_in_analyse(story)
    return engine(story)


def stand_in_analyse(story: Story) -> Brief:
    """A minimal extractive brief (only for as long as briefgen.analyse is missing)."""
    from briefgen.model import (
        DEFAULT_HEADINGS,
        Citation,
        Engine,
        Outcome,
        Point,
        Quote,
        Section,
        Source,
        slug_for,
    )

    first = story.articles[0]
    cited = [(f"s{n}", s) for n, a in enumerate(story.articles, 1) for s in a.sentences[:8]]
    points = [Point(s.text, (Citation(sid, s.index),)) for sid, s in cited]
    sections = tuple(
        Section(key, heading, tuple(points[i::4]))
        for i, (key, heading) in enumerate(DEFAULT_HEADINGS.items())
    )
    return Brief(
        title=first.title,
        date=first.date,
        slug=slug_for(first.date, first.title),
        summary=" ".join(s.text for _, s in cited[:2]),
        proposal=cited[0][1].text if cited else "",
        sections=sections,
        actors=(),
        quotes=tuple(Quote(s.text, None, Citation(sid, s.index)) for sid, s in cited[:1]),
        outcome=Outcome("unknown", cited[-1][1].text if cited else ""),
        sources=tuple(
            Source(f"s{n}", a.title, a.date, a.outlet, a.url, a.path)
            for n, a in enumerate(story.articles, 1)
        ),
        engine=Engine("stand-in", "0"),
    )


def brief_texts(brief: Brief) -> Iterator[str]:
    """Every piece of article-derived text a brief carries into the documents."""
    yield brief.title
    yield brief.summary
    yield brief.proposal
    for section in brief.sections:
        yield from (p.text for p in section.points[:5])  # the template shows at most 5
    yield from (q.text for q in brief.quotes[:5])
    yield brief.outcome.text
    yield from (a.name for a in brief.actors)
    yield from (s.title for s in brief.sources)


def shown_texts(brief: Brief, markdown: str) -> Iterator[str]:
    """The brief's texts that the template put into its Markdown (a template may leave
    some out, or trim a brief to fit its page budget); the title always."""
    from briefgen.render.escape import markdown as escaped

    assert escaped(brief.title) in markdown, "the title is missing from the Markdown"
    for text in brief_texts(brief):
        if printable(text) and escaped(text) in markdown:
            yield text


def printable(text: str) -> str:
    """The text as the documents must hold it (see the module docstring)."""
    return " ".join(xml_clean(" ".join(text.split())).split())


@cache
def _base_glyphs() -> frozenset[int]:
    """What the default template's own fonts draw (DejaVu Sans and its fallbacks).

    Characters beyond these are drawn only if fontconfig finds a system font, which
    depends on the machine, so they are left out of the comparison.
    """
    from briefgen.render.fonts import _cmaps
    from briefgen.render.pdf import font_chain
    from briefgen.render.templates import load_template

    chain = font_chain(load_template(None).settings)
    names = {*chain.faces.values(), *chain._extra}
    return frozenset().union(*(_cmaps[name] for name in names))


def _pdf_comparable(text: str, keep: str = "") -> str:
    glyphs = _base_glyphs()
    return "".join(
        c
        for c in text
        if c in keep or not c.isspace() and unicodedata.category(c) != "Cf" and ord(c) in glyphs
    )


def _rtl(text: str) -> bool:
    """Right-to-left letters or the marks of RTL scripts (Hebrew to NKo, presentation forms)."""
    return any(
        unicodedata.bidirectional(c) in ("R", "AL", "AN")
        or 0x0590 <= ord(c) <= 0x08FF
        or 0xFB1D <= ord(c) <= 0xFEFC
        for c in text
    )


def in_pdf_text(expected: str, pdf_text: str) -> bool:
    """True when the printable, drawable characters of `expected` are in the PDF text."""
    want = _pdf_comparable(printable(expected), keep=SOFT_HYPHEN)
    have = _pdf_comparable(pdf_text)
    if _rtl(expected):
        # Arabic is drawn in its joined presentation forms, which NFKC maps back.
        want = _pdf_comparable(unicodedata.normalize("NFKC", want.replace(SOFT_HYPHEN, "")))
        have = _pdf_comparable(unicodedata.normalize("NFKC", pdf_text))
        return not (Counter(want) - Counter(have))
    # A soft hyphen is invisible, or a hyphen where the line breaks at it.
    pattern = "-?".join(re.escape(part) for part in want.split(SOFT_HYPHEN))
    return re.search(pattern, have) is not None


def in_docx_text(expected: str, docx_text: str) -> bool:
    """True when the printable form of `expected` is in the DOCX text."""
    return printable(expected) in " ".join(docx_text.split())


def read_docx(data: bytes) -> str:
    """Reopen DOCX bytes with python-docx: every paragraph and table cell, in order."""
    import docx

    document = docx.Document(io.BytesIO(data))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.extend(cell.text for cell in row.cells)
    lines.append(document.core_properties.title or "")
    return "\n".join(lines)


def read_pdf(data: bytes) -> str:
    """Reopen PDF bytes with pypdf (strict: a malformed file raises) and extract the text."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=True)
    assert len(reader.pages) >= 1
    # Each page's footer is drawn last but extracted first; it would split a text
    # that runs across a page break.
    return "\n".join(_FOOTER.sub("", page.extract_text() or "", count=1) for page in reader.pages)
