"""Property-based tests over the whole path: file → ingest → analyse → DOCX and PDF.

Every generated case must end in a DOCX and a PDF that reopen in python-docx and pypdf
and hold the brief's text literally (in the sense of `hostile_support.printable`), or in
a clean `BriefgenError`; any other exception fails the test. The profile (`ci` or
`thorough`) is chosen by HYPOTHESIS_PROFILE, see tests/conftest.py.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from functools import cache
from pathlib import Path

import hypothesis.strategies as st
import pytest
from hostile_support import (
    analyse,
    in_docx_text,
    in_pdf_text,
    printable,
    read_docx,
    read_pdf,
    shown_texts,
)
from hypothesis import HealthCheck, example, given, settings

from briefgen.errors import BriefgenError
from briefgen.ingest import load
from briefgen.model import (
    Actor,
    Brief,
    Citation,
    Engine,
    Outcome,
    Point,
    Quote,
    Section,
    Source,
    Story,
    slug_for,
)
from briefgen.render import render
from briefgen.render.templates import load_template

# Strings that are live syntax somewhere on the path: reportlab markup, XML, HTML,
# Markdown, Jinja2, the sample format's header, and text-layout tricks.
HOSTILE = [
    "<font size=80>big</font>",
    "<a href=javascript:alert(1)>click</a>",
    '<img src="/etc/passwd"/>',
    "<b>unclosed",
    "a<b",
    "&nbsp;",
    "&copy; AT&T &#65; &#x41; &bogus;",
    "]]>",
    "<![CDATA[x]]>",
    "<?xml version='1.0'?>",
    "<!-- c -->",
    "<para>p</para>",
    "<br/>",
    "{{ 7*7 }}",
    "{% for x in y %}",
    "{# c #}",
    "{{ ''.__class__ }}",
    "# heading",
    "1. item",
    "- bullet",
    "> quote",
    "***",
    "---",
    "| a | b |",
    "[x](javascript:alert(1))",
    "![i](/etc/passwd)",
    "`code`",
    "*em* _em_ **b** __b__",
    "\\",
    "[]{#src-1}",
    "<https://example.org>",
    "date 2020-01-01 Title: fake header",
    "Date: 01.01.2020",
    "\u202eevil\u202c",
    "\u200b\u200c\u200d\u2060\ufeff",
    "👩‍👩‍👧 🇫🇷",
    "\x00\x01\x0b\x0c\x1b\x7f\x85\x9f",
    "\ud800",
    "\udfff",
    "\ufffe\uffff\ufdd0",
    "e\u0301\u0301\u0301",
    "\t\r\n\r",
    "Mr.",
    "...",
    "“”‘’«»",
]

characters = st.characters(codec=None, exclude_categories=())  # every code point
words = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(characters, min_size=1, max_size=12),
    st.text(st.sampled_from("abcdefghij"), min_size=1, max_size=9),
    st.integers(1, 5000).map(lambda n: "w" * n),  # up to 5,000-character words
)
sentences = st.lists(words, min_size=1, max_size=25).map(lambda ws: " ".join(ws) + ".")
paragraphs = st.lists(sentences, min_size=1, max_size=4).map(" ".join)
titles = st.one_of(
    st.just(""),
    st.text(st.sampled_from("!?.,;:-–—…'\"()[]{}<>*_#&|\\/"), min_size=1, max_size=12),
    st.lists(words, min_size=1, max_size=8).map(" ".join),
)
dates = st.one_of(
    st.just(dt.date(1, 1, 1)),
    st.just(dt.date(9999, 12, 31)),
    st.dates(),
    st.dates(min_value=dt.date.today() + dt.timedelta(days=1)),
)


@st.composite
def article_files(draw: st.DrawFn) -> tuple[str, bytes]:
    """(suffix, bytes) of an article in one of the formats ingest reads."""
    title, date = draw(titles), draw(dates)
    body = "\n\n".join(draw(st.lists(paragraphs, min_size=0, max_size=12)))
    kind = draw(st.sampled_from(["sample", "plain", "markdown"]))
    if kind == "sample":
        suffix, text = ".txt", f" date {date.isoformat()} Title: {title}\n\n{body}\n"
    elif kind == "plain":
        suffix, text = ".txt", f"{title}\n\n{body}\n"
    else:
        suffix, text = ".md", f"# {title}\n\n{body}\n"
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    errors = "surrogatepass" if encoding.startswith("utf-8") else "replace"
    return suffix, text.encode(encoding, errors=errors)


@cache
def template():  # noqa: ANN201 (a Template)
    return load_template(None)


Made = tuple[Brief, str, str, str]


def make_documents(tmp_path: Path, suffix: str, data: bytes) -> Made | None:
    """The whole path for one file; None when it ended in a clean BriefgenError."""
    path = tmp_path / f"article{suffix}"
    path.write_bytes(data)
    try:
        article = load(path)
        brief = analyse(Story((article,)))
        out = render(brief, template(), ["pdf", "docx", "md"])
    except BriefgenError as exc:
        message = str(exc)
        assert message and "\n" not in message and len(message) < 1000, message
        return None
    return brief, read_docx(out["docx"]), read_pdf(out["pdf"]), out["md"].decode()


def assert_literal(brief: Brief, docx_text: str, pdf_text: str, markdown: str) -> None:
    """What the template shows of the brief is in both documents, literally."""
    for text in shown_texts(brief, markdown):
        assert in_docx_text(text, docx_text), f"DOCX lost {text[:80]!r}"
        assert in_pdf_text(text, pdf_text), f"PDF lost {text[:80]!r}"


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(article=article_files())
@example(article=(".txt", b" date 0001-01-01 Title: !!!\n\n" + b"word " * 20_000 + b"end."))
@example(article=(".md", b"# \n\n" + b"x" * 5000 + b" <font size=80>y</font>.\n"))
@example(article=(".txt", b" date 9999-12-31 Title: \n\nOne.\n"))
@example(article=(".txt", b"".join(b"Para %d says so.\n\n" % n for n in range(10_000))))
def test_any_article_file_becomes_valid_documents_or_a_clean_error(
    tmp_path_factory: pytest.TempPathFactory, article: tuple[str, bytes]
) -> None:
    made = make_documents(tmp_path_factory.mktemp("a"), *article)
    if made is not None:
        assert_literal(*made)


def raw_brief(title: str, texts: list[str], date: dt.date | None) -> Brief:
    """A brief as any engine (an LLM, say) might return it: raw, unnormalised text."""
    cite = (Citation("s1", 0),)
    keys = ("proposal", "supporters", "opponents", "outcome")
    return Brief(
        title=title,
        date=date,
        slug=slug_for(date, title),
        summary=texts[0],
        proposal=texts[-1],
        sections=tuple(
            Section(k, k.title(), tuple(Point(t, cite) for t in texts[i::4]))
            for i, k in enumerate(keys)
        ),
        actors=(Actor("a1", texts[-1], "person", "opponent", role=texts[0], evidence=cite),),
        quotes=(Quote(texts[0], "a1", cite[0]),),
        outcome=Outcome("pending", texts[-1], cite),
        sources=(Source("s1", title, date, None, None, "s.txt"),),
        engine=Engine("raw", "0"),
    )


@settings(suppress_health_check=[HealthCheck.too_slow])
@example(title="}<.*)", texts=["abc", "*em* _em_ **b** __b__", "abc"], date=None)
@given(
    title=st.one_of(titles, st.text(characters, max_size=40)),
    texts=st.lists(st.one_of(st.text(characters, max_size=200), words), min_size=1, max_size=8),
    date=st.one_of(st.none(), dates),
)
def test_any_brief_text_renders_literally_without_ingest_normalisation(
    title: str, texts: list[str], date: dt.date | None
) -> None:
    brief = raw_brief(title, texts, date)
    try:
        out = render(brief, template(), ["pdf", "docx", "md", "html", "json"])
    except BriefgenError as exc:
        pytest.fail(f"a renderable brief was refused: {exc}")
    assert_literal(brief, read_docx(out["docx"]), read_pdf(out["pdf"]), out["md"].decode())
    # No live links. Outside streams: compressed text can hold these bytes by chance.
    objects = re.sub(rb"stream\r?\n.*?endstream", b"", out["pdf"], flags=re.DOTALL)
    assert b"/URI" not in objects and b"/JavaScript" not in objects
    # JSON keeps the text exactly, but for lone surrogates, which UTF-8 cannot hold.
    expected = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in title)
    assert json.loads(out["json"])["title"] == expected


def test_markup_in_a_title_is_not_obeyed_in_either_document() -> None:
    brief = raw_brief(
        '<font size=80>Big</font> <a href="javascript:alert(1)">x</a>', ["Body."], None
    )
    out = render(brief, template(), ["pdf", "docx"])
    from pypdf import PdfReader

    sizes: set[float] = set()
    for page in PdfReader(io.BytesIO(out["pdf"])).pages:
        page.extract_text(
            visitor_text=lambda t, cm, tm, font, size: t.strip() and sizes.add(size * tm[0])
        )
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A", {})
            assert "/URI" not in action, action
    assert max(sizes) < 25
    import docx

    rels = docx.Document(io.BytesIO(out["docx"])).part.rels.values()
    assert not [r for r in rels if r.is_external]


@settings(max_examples=settings().max_examples * 20)
@given(text=st.one_of(st.text(characters), st.lists(words).map(" ".join)))
def test_markdown_escaping_round_trips_any_text_as_one_plain_paragraph(text: str) -> None:
    from briefgen.render import blocks
    from briefgen.render.escape import markdown

    parsed = blocks.parse(markdown(text))
    if not printable(text):
        assert all(not blocks.plain_text(b.spans).strip() for b in parsed if hasattr(b, "spans"))
        return
    assert len(parsed) == 1 and isinstance(parsed[0], blocks.Paragraph), parsed
    assert " ".join(blocks.plain_text(parsed[0].spans).split()) == printable(text)
    assert not any(s.bold or s.italic or s.code or s.href for s in parsed[0].spans)
