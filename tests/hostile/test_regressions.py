"""One test per defect the hostile suite found, so each stays fixed."""

from __future__ import annotations

import io
import os
import time

import docx
import pytest
from builders import brief
from click.testing import CliRunner
from hostile_support import analyse, in_pdf_text, read_pdf

from briefgen.cli import main
from briefgen.model import SLUG_MAX_CHARS, slug_for
from briefgen.outputs import write_atomic
from briefgen.render import blocks, render
from briefgen.render.escape import markdown
from briefgen.render.pdf.fixes import CHUNK_CHARS, chunks
from briefgen.render.templates import load_template


def test_a_one_word_5000_letter_title_gives_a_short_file_name():
    # Was: a 5,011-character slug, so the write failed with "File name too long".
    slug = slug_for(None, "x" * 5000)
    assert slug == "x" * SLUG_MAX_CHARS
    assert slug_for(None, "ab " * 100).endswith("ab") and len(slug_for(None, "ab " * 100)) <= 80


def test_a_title_over_255_characters_fits_the_docx_core_properties():
    # Was: ValueError "exceeded 255 char limit for property" from python-docx.
    out = render(brief(title="Long " * 100), load_template(None), ["docx"])
    title = docx.Document(io.BytesIO(out["docx"])).core_properties.title
    assert title == ("Long " * 100)[:255]


def test_a_source_without_a_title_still_anchors_its_citations():
    # Was: reportlab "undefined destination target for 'src-1'": an empty anchor span
    # was dropped, and every citation pointed at nothing.
    [item] = blocks.parse("1. []{#src-1}, test.txt\n")[0].items
    assert item[0].spans[0].anchor == "src-1"
    out = render(brief(title=""), load_template(None), ["pdf"])
    assert "test.txt" in read_pdf(out["pdf"])


def test_a_20000_word_sentence_is_laid_out_in_linear_time():
    # Was: 15 s, as reportlab re-wraps a paragraph from its start at every page break.
    text = " ".join(f"word{n % 97}" for n in range(20_000)) + "."
    started = time.monotonic()
    out = render(brief(text=text), load_template(None), ["pdf"])
    assert time.monotonic() - started < 8
    assert in_pdf_text(text, read_pdf(out["pdf"]))


def test_chunks_keep_every_character_in_order_and_the_anchor_on_the_first():
    spans = (blocks.Span("a " * 3000, anchor="x"), blocks.Span("y" * 4500, bold=True))
    pieces = chunks(spans)
    assert all(sum(len(s.text) for s in p) <= CHUNK_CHARS for p in pieces)
    assert "".join(s.text for p in pieces for s in p) == "a " * 3000 + "y" * 4500
    anchors = [s.anchor for p in pieces for s in p if s.anchor]
    assert anchors == ["x"] and pieces[0][0].anchor == "x"


def test_an_interrupted_write_leaves_neither_a_temporary_nor_a_partial_file(tmp_path, monkeypatch):
    # Was: mkstemp creates the file before returning its name, so Ctrl-C at that
    # moment left ".name.XXXX.tmp" behind.
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"old")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"new bytes")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf"]
    assert target.read_bytes() == b"old"


def test_an_unwritable_run_record_does_not_hide_the_briefs_made(tmp_path, monkeypatch, sample):
    # Was: an OSError from creating .briefgen/ escaped as "internal error" after the
    # briefs were written, and the run's report was lost.
    monkeypatch.setattr("briefgen.work.analyse_story", analyse)
    out = tmp_path / "out"
    out.mkdir()
    (out / ".briefgen").write_text("a file where the record folder should be")
    result = CliRunner().invoke(main, ["make", str(sample), "-o", str(out), "-f", "pdf"])
    assert result.exit_code == 1
    assert "last-make.json: cannot write" in result.output
    assert "made 1 brief(s); 1 failed" in result.output
    assert len(list(out.glob("*.pdf"))) == 1


def test_characters_past_u_ffff_can_be_read_back_from_the_pdf():
    # Was: reportlab's ToUnicode map wrote <1F60D>, which pypdf rejected ("Odd-length
    # string"), so an emoji the font draws came back as nothing.
    out = render(brief(text="A smile 😍 here."), load_template(None), ["pdf"])
    assert "A smile 😍 here." in read_pdf(out["pdf"])


def test_dropped_characters_do_not_turn_a_text_into_a_code_block():
    # Was: spaces were collapsed before XML-invalid characters were dropped, so
    # "\ud800 \ud800 \ud800 \x00<b>" became four leading spaces: an indented code block
    # that printed "\<b\>" in Courier. (Found by the thorough hypothesis profile.)
    text = "\ud800 \ud800 \ud800 \x00\x01 <font size=80>big</font>"
    [paragraph] = blocks.parse(markdown(text))
    assert blocks.plain_text(paragraph.spans) == "<font size=80>big</font>"
    assert not any(span.code for span in paragraph.spans)


def test_text_python_bidi_cannot_order_still_renders():
    # Was: AssertionError from python-bidi's get_display inside the stance chart's labels
    # (an internal error, not a BriefgenError) for a Hebrew maqaf before U+13439.
    out = render(
        brief(text="\u05be\U00013439", actors=(("\u05be\U00013439", "opponent"),)),
        load_template(None),
        ["pdf"],
    )
    assert read_pdf(out["pdf"])


def test_an_actor_name_with_a_lone_surrogate_does_not_break_the_stance_chart():
    # Was: the chart fence printed actor names raw, so "\ud800" from an engine made the
    # Markdown output fail to encode ("surrogates not allowed").
    out = render(
        brief(actors=(("Ana\ud800 Lima\x00", "opponent"),)), load_template(None), ["md", "pdf"]
    )
    assert "Ana Lima" in out["md"].decode() or "AnaLima" in out["md"].decode()


def test_the_word_allah_and_harakat_survive_the_pdf():
    # Was: arabic-reshaper turned الله into one ligature, U+FDF2, which no font here
    # has (a box, and the word lost to search and copy), and deleted harakat.
    text = "قال عبد الله إن مُحَمَّد لا يوافق"
    out = render(brief(text=text), load_template(None), ["pdf"])
    assert not out.warnings
    assert in_pdf_text(text, read_pdf(out["pdf"]))
