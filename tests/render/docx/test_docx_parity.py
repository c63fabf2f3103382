"""The DOCX looks like the PDF: fonts, tables, branding, pictures, sources, direction.

Briefs generated here (the sample, a three-source story, a long article), rendered in
every shipped template with full branding and a long organisation name, then read back
with python-docx and, converted by LibreOffice, with poppler.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Pt
from readers import (
    LIBREOFFICE,
    POPPLER,
    libreoffice_pdfs,
    page_count,
    poppler_text,
    word_boxes,
)
from story_files import long_article_text, write_toll_story

from briefgen.model import Story
from briefgen.pipeline import load, sample
from briefgen.render import render
from briefgen.render.branding import Branding
from briefgen.render.docx.columns import PADDING_PT, text_width
from briefgen.render.templates import load_template
from briefgen.work import analyse_story

TEMPLATES = ("policy-brief", "one-pager", "memo", "dossier")
STORIES = ("sample", "toll", "long")
FAMILY = "DejaVu Sans"
ORGANISATION = (
    "Ministry for Regional Infrastructure, Transport Planning and Cross-Border "
    "Cooperation (Policy Analysis Unit)"
)
MARKING = "OFFICIAL-SENSITIVE"
THEME = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")
CITATION = re.compile(r"\[\d+:\d+\]")
# LibreOffice sets lines and paragraph spacing a little differently from reportlab:
# over a brief of up to five pages the two differ by at most one page (measured on
# these briefs; most are equal). The one-pager must be one page in both.
PAGE_TOLERANCE = 1


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("parity")


@pytest.fixture(scope="module")
def sources(folder) -> dict[str, list[Path]]:
    """The generated story files, in a deep folder that no output may show."""
    deep = folder / "home" / "analyst" / "private-notes"
    long = deep / "levy.txt"
    deep.mkdir(parents=True, exist_ok=True)
    long.write_text(long_article_text(), "utf-8")
    return {"toll": write_toll_story(deep / "toll"), "long": [long]}


@pytest.fixture(scope="module")
def rendered(folder, sources) -> dict[tuple[str, str], Path]:
    """(story, template) → the rendered files' path without suffix (.pdf, .docx, .md)."""
    from PIL import Image

    logo = folder / "logo.png"
    Image.new("RGB", (300, 100), "#204060").save(logo)
    branding = Branding(ORGANISATION, "A. Analyst", logo, MARKING, "Not for release.", "Minister")
    briefs = {"sample": sample()}
    for name, paths in sources.items():
        articles, errors = load(paths)
        assert not errors
        briefs[name] = (analyse_story(Story(tuple(articles))), articles)
    out = {}
    for story, (brief, articles) in briefs.items():
        for name in TEMPLATES:
            files = render(
                brief,
                load_template(name),
                ["pdf", "docx", "md"],
                branding=branding,
                articles=articles,
            )
            stem = folder / "out" / f"{story}-{name}"
            stem.parent.mkdir(exist_ok=True)
            for fmt, data in files.items():
                stem.with_suffix(f".{fmt}").write_bytes(data)
            out[story, name] = stem
    return out


@pytest.fixture(scope="module")
def converted(folder, rendered) -> dict[tuple[str, str], Path]:
    """Each DOCX as LibreOffice prints it to PDF."""
    pdfs = libreoffice_pdfs([s.with_suffix(".docx") for s in rendered.values()], folder / "lo")
    return {key: pdfs[stem.with_suffix(".docx")] for key, stem in rendered.items()}


def _documents(rendered):
    for key, stem in rendered.items():
        yield key, docx.Document(str(stem.with_suffix(".docx")))


def test_every_style_names_the_pdfs_font_and_no_theme_font(rendered):
    for key, document in _documents(rendered):
        styles_xml = document.styles.element.xml
        assert not any(f'w:{attribute}="' in styles_xml for attribute in THEME), key
        for fonts in document.styles.element.iter(qn("w:rFonts")):
            values = {fonts.get(qn(f"w:{slot}")) for slot in ("ascii", "cs")}
            assert values == {FAMILY} or values <= {"Courier", "Courier New"}, key
        assert document.styles["Normal"].font.name == FAMILY
        font_table = document.part.part_related_by(RT.FONT_TABLE).blob.decode()
        assert '<w:font w:name="DejaVu Sans"><w:altName w:val="Verdana"/>' in font_table


def test_title_is_bold_quotes_are_indented_and_headings_keep_with_next(rendered):
    for key, document in _documents(rendered):
        styles = document.styles
        assert styles["Title"].font.bold is True, key
        assert styles["Quote"].paragraph_format.left_indent == Pt(14)
        assert styles["Quote"].font.italic is False  # as the PDF sets quotes
        for name in ("Title", "Heading 1", "Heading 2"):
            assert styles[name].paragraph_format.keep_with_next is True, (key, name)


def _tables(document):
    for table in document.tables:
        grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        yield table, grid


def test_tables_have_fixed_widths_sized_to_their_text(rendered):
    for (story, name), document in _documents(rendered):
        section = document.sections[0]
        room = (section.page_width - section.left_margin - section.right_margin) / 635
        for table, grid in _tables(document):
            assert 'w:tblLayout w:type="fixed"' in table._tbl.xml
            assert abs(sum(grid) - room) <= len(grid), (story, name)
            size = float(load_template(name).settings["fonts.size"]) * 0.9
            for c, width in enumerate(grid):
                words = [
                    (w, r == 0)
                    for r, row in enumerate(table.rows)
                    for w in row.cells[c].text.split()
                ]
                longest = max((text_width(w, size, bold) for w, bold in words), default=0)
                assert width / 20 >= longest + PADDING_PT - 0.5, (story, name, c)
    matrix = docx.Document(str(rendered["toll", "dossier"].with_suffix(".docx")))
    (table, grid), *_ = (t for t in _tables(matrix) if t[0].rows[0].cells[-1].text == "Evidence")
    assert [c.text for c in table.rows[0].cells] == ["Actor", "Stance", "Evidence"]
    assert grid[1] == min(grid) and grid[2] == max(grid) > sum(grid) / 2  # compact; wide


def test_header_rows_repeat_and_rows_do_not_split(rendered):
    for key, document in _documents(rendered):
        for table, _ in _tables(document):
            rows = table._tbl.tr_lst
            assert rows[0].xpath("./w:trPr/w:tblHeader"), key
            assert all(row.xpath("./w:trPr/w:cantSplit") for row in rows), key
            assert not any(row.xpath("./w:trPr/w:tblHeader") for row in rows[1:]), key


def test_every_picture_has_alt_text(rendered):
    for key, document in _documents(rendered):
        parts = [document.element]
        for section in document.sections:
            parts += [section.first_page_header._element, section.header._element]
        pictures = [p for part in parts for p in part.xpath(".//wp:docPr")]
        assert pictures, key  # at least the logo
        assert all(p.get("descr") for p in pictures), key
    chart = docx.Document(str(rendered["toll", "policy-brief"].with_suffix(".docx")))
    text = chart.element.xpath(".//wp:docPr")[0].get("descr")
    assert text.startswith("Stance chart.") and "Opposes: " in text


def test_logo_is_top_right_of_page_one_only_and_the_organisation_has_its_own_column(rendered):
    for key, document in _documents(rendered):
        section = document.sections[0]
        assert section.different_first_page_header_footer, key
        first = section.first_page_header.tables[0].rows[0].cells
        later = section.header.tables[0].rows[0].cells
        assert [c.text for c in first] == [c.text for c in later] == [ORGANISATION, MARKING, ""]
        assert first[2]._tc.xpath(".//pic:pic") and not later[2]._tc.xpath(".//pic:pic")
        footer = [c.text for c in section.footer.tables[0].rows[0].cells]
        assert footer == ["", MARKING, "Page 1 of 1"]


@LIBREOFFICE
@POPPLER
def test_a_long_organisation_wraps_clear_of_the_marking_and_the_logo(converted):
    for key, pdf in converted.items():
        words = word_boxes(pdf, 1)
        marking = next(w for w in words if w[0] == MARKING)
        organisation = [w for w in words if w[4] <= marking[4] + 30 and w[0] in ORGANISATION]
        assert {w[0] for w in organisation} >= {"Ministry", "Cooperation"}, key
        assert all(w[3] < marking[1] for w in organisation), key  # left of the marking


def _source_lines(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if "herald.example" in line or ".txt" in line]


def test_sources_give_outlet_date_headline_and_url_or_the_file_name_alone(rendered, folder):
    for (story, name), stem in rendered.items():
        markdown = stem.with_suffix(".md").read_text("utf-8")
        text = markdown + docx_text(stem.with_suffix(".docx"))
        assert str(folder) not in text and "private-notes" not in text, (story, name)
        if story != "toll":
            continue
        lines = _source_lines(markdown)
        herald = next(line for line in lines if "herald.example" in line)
        for part in ("Riverside Herald", "4 March 2024", "Congestion Toll on the Old Bridge"):
            assert part in herald.replace("\\", ""), (name, herald)
        assert any("toll-notes.txt" in line for line in lines), name


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_key_reasons_are_words_with_their_citation(rendered):
    for story in STORIES:
        document = docx.Document(str(rendered[story, "policy-brief"].with_suffix(".docx")))
        table = next(t for t in document.tables if t.rows[0].cells[-1].text == "Key reason")
        for row in table.rows[1:]:
            reason = row.cells[-1].text
            assert CITATION.search(reason) and CITATION.sub("", reason).strip(), (story, reason)


def test_quote_lines_read_speaker_then_quote_then_citation(rendered):
    for (story, name), stem in rendered.items():
        lines = stem.with_suffix(".md").read_text("utf-8").splitlines()
        quotes = [line for line in lines if line.startswith(">")]
        assert quotes, (story, name)
        for line in quotes:
            assert re.fullmatch(r"> \S.* — “.*” \[\\\[\d+:\d+\\\]\]\(#src-\d+\)", line), line


@LIBREOFFICE
@POPPLER
def test_no_word_breaks_inside_a_table_cell(rendered, converted):
    for key in [("toll", "dossier"), ("long", "dossier"), ("toll", "policy-brief")]:
        text = poppler_text(converted[key])
        document = docx.Document(str(rendered[key].with_suffix(".docx")))
        words = {
            w.strip(".,“”\"'()")
            for t in document.tables
            for row in t.rows
            for c in row.cells
            for w in c.text.split()
        }
        for word in (w for w in words if len(w) >= 6 and w.isalpha()):
            broken = [f"{word[:k]} {word[k:]}" for k in range(2, len(word) - 1)]
            assert not [b for b in broken if b in text], (key, word)


@LIBREOFFICE
@POPPLER
def test_libreoffice_prints_the_docx_on_as_many_pages_as_the_pdf(rendered, converted):
    counts = {
        key: (page_count(stem.with_suffix(".pdf")), page_count(converted[key]))
        for key, stem in rendered.items()
    }
    for (story, name), (pdf, lo) in counts.items():
        assert abs(pdf - lo) <= PAGE_TOLERANCE, (story, name, counts)
        if name == "one-pager":
            assert pdf == lo == 1
    # Every page carries the marking twice (header and footer), as in the PDF.
    pdf = converted["long", "dossier"]
    for page in range(1, page_count(pdf) + 1):
        assert poppler_text(pdf, page).count(MARKING) == 2


def test_paragraph_direction_follows_the_first_strong_character(tmp_path):
    from builders import article, brief_citing

    source = article(
        "The council proposed a charter.",
        "עמית כהן התנגד לאמנה.",
        "عارض وزير الزراعة الميثاق.",
        "Parliament voted; وزير said little.",
    )
    made = brief_citing(
        source,
        {"proposal": (0,), "opponents": (1, 2, 3)},
        actors=(("עמית כהן", "opponent", 1),),
        quotes=(1, 2),
    )
    document_bytes = render(made, load_template("policy-brief"), ["docx"])["docx"]
    path = tmp_path / "b.docx"
    path.write_bytes(document_bytes)
    paragraphs = docx.Document(str(path)).paragraphs
    direction = {p.text: bool(p._p.xpath("./w:pPr/w:bidi")) for p in paragraphs if p.text}
    quotes = [text for text in direction if "—" in text]
    assert quotes[0].startswith("עמית כהן — “") and direction[quotes[0]]  # Hebrew speaker
    assert quotes[1].startswith("Unattributed — “عارض") and not direction[quotes[1]]
    assert direction["The council proposed a charter. [1:1]"] is False
    assert any(t.startswith("Parliament voted") and not rtl for t, rtl in direction.items())
    assert any(t.startswith("عارض") and rtl for t, rtl in direction.items())


def test_control_characters_in_the_branding_are_dropped_from_header_and_alt_text(folder):
    from builders import brief

    logo = folder / "logo.png"  # made by the `rendered` fixture's branding
    if not logo.exists():
        from PIL import Image

        Image.new("RGB", (30, 10)).save(logo)
    branding = Branding("Unit\x00 \x0bof Tests", "", logo, "SECRET\x1b", "", "")
    data = render(brief(), load_template("policy-brief"), ["docx"], branding=branding)["docx"]
    path = folder / "control.docx"
    path.write_bytes(data)
    header = docx.Document(str(path)).sections[0].first_page_header
    assert [c.text for c in header.tables[0].rows[0].cells] == ["Unit of Tests", "SECRET", ""]
    assert header._element.xpath(".//wp:docPr")[0].get("descr") == "Logo of Unit of Tests"
