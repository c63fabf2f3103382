"""Rendered files opened by real readers: python-docx, pypdf and poppler's pdftotext."""

import io

import docx
import pytest
from builders import brief
from conftest import docx_text, pdf_text
from pypdf import PdfReader

from briefgen.render import render
from briefgen.render.templates import load_template

MARKUP = "Fees <font size=80>x</font> & AT&T *up* _50%_ # [a](b) {{ c }} &copy; \\ ~ |"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    out = render(
        brief(MARKUP + "\x0b\x00\x1b", title="Title <b>&</b> *x*"),
        load_template(None),
        ["pdf", "docx", "md", "html"],
    )
    for fmt, data in out.items():
        (folder / f"b.{fmt}").write_bytes(data)
    return folder


def test_markup_in_article_text_prints_literally_in_the_pdf(hostile):
    text = " ".join(pdf_text(hostile / "b.pdf").split())
    assert MARKUP in text
    assert "Title <b>&</b> *x*" in text


def test_markup_in_article_text_prints_literally_in_the_docx(hostile):
    text = docx_text(hostile / "b.docx")
    assert MARKUP in text
    assert "Title <b>&</b> *x*" in text


def test_reportlab_markup_does_not_restyle_the_pdf(hostile):
    # An obeyed <font size=80> would make text far taller than the body's 10 pt.
    sizes = set()
    reader = PdfReader(hostile / "b.pdf")

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            sizes.add(round(font_size * tm[0]))

    reader.pages[0].extract_text(visitor_text=visit)
    assert max(sizes) < 30


def test_html_output_escapes_markup(hostile):
    html = (hostile / "b.html").read_text()
    assert "<font size=80>" not in html and "&lt;font size=80&gt;" in html


def test_docx_uses_real_word_styles_and_has_core_properties(hostile):
    document = docx.Document(str(hostile / "b.docx"))
    styles = [p.style.name for p in document.paragraphs]
    assert styles[0] == "Title"
    assert styles.count("Heading 1") >= 6
    assert "List Bullet" in styles and "Quote" in styles
    assert document.tables and document.tables[0].style.name == "Table Grid"
    assert document.core_properties.title == "Title <b>&</b> *x*"
    footer_xml = document.sections[0].footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml


def test_pdf_metadata_outline_links_and_page_numbers(hostile):
    reader = PdfReader(hostile / "b.pdf")
    assert reader.metadata.title == "Title <b>&</b> *x*"
    assert reader.metadata.subject.startswith("Fees <font")
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Sources" in [o for o in outline] or any("Sources" in str(o) for o in reader.outline)
    links = [a.get_object() for a in reader.pages[0].get("/Annots", [])]
    assert any(a.get("/Subtype") == "/Link" for a in links)
    assert "Page 1 of 1" in pdf_text(hostile / "b.pdf")


def test_pdf_fonts_are_embedded(hostile):
    reader = PdfReader(hostile / "b.pdf")
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        descendant = font.get("/DescendantFonts")
        descriptor = (descendant[0].get_object() if descendant else font).get("/FontDescriptor")
        assert descriptor is not None and "/FontFile2" in descriptor.get_object()


def test_same_brief_gives_identical_pdf_bytes():
    template = load_template(None)
    assert render(brief(), template, ["pdf"]) == render(brief(), template, ["pdf"])


def test_letter_page_size(tmp_path):
    folder = tmp_path / "letter"
    folder.mkdir()
    (folder / "template.toml").write_text('name = "letter"\n[page]\nsize = "Letter"\n')
    (folder / "brief.md.j2").write_text("# {{ title }}\n")
    pdf = render(brief(), load_template(str(folder)), ["pdf"])["pdf"]
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
