"""Every shipped template's PDF and DOCX, looked at the way a reader would."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import docx
import pytest
from builders import brief_citing
from readers import (
    LIBREOFFICE,
    POPPLER,
    ink_box,
    libreoffice_pdf,
    page_image,
    pdf_fonts,
    poppler_text,
)

from briefgen.ingest import load_sources
from briefgen.pipeline import sample
from briefgen.render import render
from briefgen.render.branding import Branding
from briefgen.render.templates import load_template

TEMPLATES = ("policy-brief", "one-pager", "memo", "dossier")
DATA = Path(__file__).resolve().parents[1] / "data"
MM = 72 / 25.4  # points (and pixels at 72 dpi) per millimetre
MARKING = "OFFICIAL-SENSITIVE"


@pytest.fixture(scope="module")
def logo(tmp_path_factory) -> Path:
    from PIL import Image

    path = tmp_path_factory.mktemp("logo") / "logo.png"
    Image.new("RGB", (300, 100), "#204060").save(path)
    return path


@pytest.fixture(scope="module")
def rendered(tmp_path_factory, logo) -> dict[str, Path]:
    """The sample brief in each template, PDF and DOCX, with full branding."""
    folder = tmp_path_factory.mktemp("sample")
    brief, articles = sample()
    branding = Branding(
        "Ministry of Tests", "A. Analyst", logo, MARKING, "Not for release.", "Minister"
    )
    for name in TEMPLATES:
        out = render(
            brief, load_template(name), ["pdf", "docx"], branding=branding, articles=articles
        )
        for fmt, data in out.items():
            (folder / f"{name}.{fmt}").write_bytes(data)
    return {name: folder / name for name in TEMPLATES}


@pytest.fixture(scope="module")
def multilingual(tmp_path_factory) -> tuple[dict[str, Path], list[str], list[list[str]]]:
    """An article mixing English, Chinese, Russian, Arabic and Japanese, in each template."""
    folder = tmp_path_factory.mktemp("multilingual")
    articles, errors = load_sources([DATA / "multilingual.txt"])
    assert not errors
    article = articles[0]
    brief = brief_citing(
        article,
        {"proposal": (0, 1), "supporters": (2, 4), "opponents": (3,), "outcome": (5,)},
        actors=(
            ("河流委员会", "proposer", 1),
            ("Мэр северного города", "supporter", 2),
            ("وزير الزراعة", "opponent", 3),
            ("日本の専門家", "supporter", 4),
        ),
        quotes=(3,),
        outcome=5,
    )
    warnings = []
    for name in TEMPLATES:
        out = render(brief, load_template(name), ["pdf", "docx"], articles=articles)
        warnings.append(out.warnings)
        for fmt, data in out.items():
            (folder / f"{name}.{fmt}").write_bytes(data)
    return {n: folder / n for n in TEMPLATES}, [s.text for s in article.sentences], warnings


def _words(sentence: str) -> str:
    """A sentence as the words a reader checks: end punctuation left out (pdftotext
    places a right-to-left sentence's full stop by its own rules)."""
    return " ".join(sentence.rstrip(".。").split())


@POPPLER
@pytest.mark.parametrize("name", TEMPLATES)
def test_page_one_is_not_blank_and_keeps_its_ink_inside_the_margins(rendered, name):
    settings = load_template(name).settings
    image = page_image(rendered[name].with_suffix(".pdf"), 1)
    box = ink_box(image)
    assert box is not None
    left, top, right, bottom = box
    margin = settings["page.margin_mm"] * MM
    width, height = image.size
    assert left >= margin - 1 and right <= width - margin + 1  # text, header, footer, logo
    assert top >= 3 * MM and bottom <= height - 3 * MM  # furniture sits inside the page
    dark = sum(image.histogram()[:128])
    assert dark > 0.01 * width * height  # a page of text, not a stray mark


@POPPLER
@pytest.mark.parametrize("name", TEMPLATES)
def test_every_font_is_embedded(rendered, multilingual, name):
    for pdf in (rendered[name].with_suffix(".pdf"), multilingual[0][name].with_suffix(".pdf")):
        fonts = pdf_fonts(pdf)
        assert fonts and all(f["emb"] == "yes" for f in fonts), fonts


@POPPLER
@pytest.mark.parametrize("name", TEMPLATES)
def test_every_script_extracts_back_intact(multilingual, name):
    files, sentences, warnings = multilingual
    text = poppler_text(files[name].with_suffix(".pdf"))
    for sentence in sentences:
        assert _words(unicodedata.normalize("NFKC", sentence)) in text
    assert warnings == [[], [], [], []]


@POPPLER
def test_classification_marking_is_at_top_and_bottom_of_every_page(rendered):
    pdf = rendered["dossier"].with_suffix(".pdf")
    text = poppler_text(pdf)
    total = int(text.split("Page 1 of ")[1].split()[0])
    assert total >= 2
    for page in range(1, total + 1):
        assert poppler_text(pdf, page).count(MARKING) == 2


@POPPLER
@pytest.mark.parametrize("name", ["policy-brief", "dossier"])
def test_stance_chart_is_drawn_in_the_pdf_and_embedded_in_the_docx(rendered, name):
    text = poppler_text(rendered[name].with_suffix(".pdf"))
    assert "Who stands where" in text and "Opposes" in text
    document = docx.Document(str(rendered[name].with_suffix(".docx")))
    body_images = document.inline_shapes
    assert len(body_images) == 1  # the chart; the logo is in the header


def test_docx_names_the_pdfs_font_and_carries_the_branding(rendered):
    for name in TEMPLATES:
        document = docx.Document(str(rendered[name].with_suffix(".docx")))
        assert document.styles["Normal"].font.name == "DejaVu Sans"  # as the PDF
    memo = docx.Document(str(rendered["memo"].with_suffix(".docx")))
    props = memo.core_properties
    assert (props.author, props.category) == ("A. Analyst", MARKING)
    section = memo.sections[0]
    first = [c.text for c in section.first_page_header.tables[0].rows[0].cells]
    later = [c.text for c in section.header.tables[0].rows[0].cells]
    assert first == later == ["Ministry of Tests", MARKING, ""]
    assert len(section.first_page_header.tables[0].rows[0].cells[2]._tc.xpath(".//pic:pic")) == 1
    assert not section.header._element.xpath(".//pic:pic")  # the logo: page 1 only


def test_memo_has_its_header_block_and_numbered_paragraphs(rendered):
    document = docx.Document(str(rendered["memo"].with_suffix(".docx")))
    texts = [p.text for p in document.paragraphs]
    for field in ("TO: Minister", "FROM: A. Analyst, Ministry of Tests", "DATE: 13 July 2023"):
        assert field in texts
    assert any(t.startswith("SUBJECT: Japan") for t in texts)
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    assert len(numbered) >= 10


@LIBREOFFICE
@POPPLER
@pytest.mark.parametrize("name", TEMPLATES)
def test_libreoffice_opens_the_docx_and_finds_the_sections(rendered, name):
    pdf = libreoffice_pdf(rendered[name].with_suffix(".docx"))
    text = poppler_text(pdf)
    headings = load_template(name).settings.headings
    for key in ("supporters", "opponents", "sources"):
        assert headings[key] in text
    assert MARKING in text and "Page 1 of" in text
