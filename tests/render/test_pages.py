"""Page composition in the PDF, on briefs these tests generate: the policy brief's page
budget, whole table rows with the header on every page, no page holding only the
closing line or one list item, complete chart labels, the page header's room, and the
direction of mixed right-to-left paragraphs. Read back with pypdf and poppler."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from readers import POPPLER, poppler_text, word_boxes
from stories import CONGESTION, long_article, write_story

from briefgen.analyse import analyse
from briefgen.ingest import load_sources
from briefgen.model import Story
from briefgen.render import blocks, chart, context_for, render
from briefgen.render.branding import Branding
from briefgen.render.pdf import render_pdf
from briefgen.render.templates import load_template

TEMPLATES = ("policy-brief", "one-pager", "memo", "dossier")
CLOSING = re.compile(r"(Left out to fit|Citations such as \[1:4\])")


@pytest.fixture(scope="module")
def stories(tmp_path_factory) -> dict[str, tuple]:
    """The generated three-source story and long article, analysed: (brief, articles)."""
    folder = tmp_path_factory.mktemp("stories")
    out = {}
    for name, articles in (
        ("three", CONGESTION),
        ("long", {"flood-levy": long_article()}),
    ):
        loaded, errors = load_sources(write_story(folder / name, articles))
        assert not errors
        out[name] = (analyse(Story(tuple(loaded))), loaded)
    return out


@pytest.fixture(scope="module")
def pdfs(stories, tmp_path_factory) -> dict[tuple[str, str], Path]:
    """Each story in each template, as PDF files."""
    folder = tmp_path_factory.mktemp("pdfs")
    out = {}
    for story, (brief, articles) in stories.items():
        for name in TEMPLATES:
            data = render(brief, load_template(name), ["pdf"], articles=articles)["pdf"]
            out[story, name] = folder / f"{story}-{name}.pdf"
            out[story, name].write_bytes(data)
    return out


def page_texts(pdf: Path | bytes) -> list[str]:
    """Each page's text (pypdf), the footer's "Page N of M" removed, spaces collapsed."""
    reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
    texts = [page.extract_text() or "" for page in reader.pages]
    return [" ".join(re.sub(r"Page \d+ of \d+", "", t).split()) for t in texts]


def words(pdf: Path, page: int = 1) -> list[tuple[str, float, float, float]]:
    """pdftotext's words on `page`: (text, xMin, yMin, xMax), yMin from the top."""
    return [(text, x0, y0, x1) for text, x0, y0, x1, _ in word_boxes(pdf, page)]


@pytest.mark.parametrize("story", ["three", "long"])
def test_the_policy_brief_keeps_to_two_pages_and_says_what_it_left_out(pdfs, stories, story):
    assert len(PdfReader(pdfs[story, "policy-brief"]).pages) == 2
    last = page_texts(pdfs[story, "policy-brief"])[-1]
    assert "Left out to fit two pages:" in last
    # The decision is the Markdown's, so every format holds the same content.
    brief, articles = stories[story]
    markdown = render(brief, load_template("policy-brief"), ["md"], articles=articles)["md"]
    assert "Left out to fit two pages:" in markdown.decode()


def test_a_long_memo_keeps_to_two_pages_and_says_what_it_left_out(pdfs):
    assert len(PdfReader(pdfs["long", "memo"]).pages) == 2
    assert "Left out to fit two pages:" in page_texts(pdfs["long", "memo"])[-1]


def test_the_dossier_without_a_budget_leaves_nothing_out(pdfs):
    assert "Left out" not in " ".join(page_texts(pdfs["long", "dossier"]))


@pytest.mark.parametrize("story", ["three", "long"])
@pytest.mark.parametrize("name", TEMPLATES)
def test_no_page_holds_only_the_closing_line(pdfs, story, name):
    for number, text in enumerate(page_texts(pdfs[story, name]), start=1):
        match = CLOSING.search(text)
        if match and number > 1:
            assert text[: match.start()].strip(), f"page {number} holds only the closing line"


def _items_alone(markdown: str) -> list[int]:
    """Pages of `markdown`'s PDF that hold one list item and nothing else."""
    pdf = render_pdf(blocks.parse(markdown), {}, load_template("memo").settings).data
    return [
        n
        for n, text in enumerate(page_texts(pdf), start=1)
        if re.fullmatch(r"• Item \d+ [a-z ]+\.", text)
    ]


def test_no_page_holds_a_single_list_item():
    # Filler of every length pushes the list across the page end at every item.
    item = "Item {n} " + "lorem ipsum dolor " * 6 + "end."
    for filler in range(44, 64, 2):
        markdown = "\n\n".join(["Filler line."] * filler)
        markdown += "\n\n## A list\n\n" + "\n".join(f"- {item.format(n=n)}" for n in range(3))
        markdown += "\n\n## After\n\n| A | B |\n|---|---|\n" + "| x | y |\n" * 30
        assert not _items_alone(markdown), filler


def _long_rows_table(rows: int) -> str:
    body = " ".join(["evidence"] * 60)
    lines = [f"| Row {n} | Opposes | start{n} {body} end{n} |" for n in range(rows)]
    return "## Stance matrix\n\n| Actor | Stance | Evidence |\n|---|---|---|\n" + "\n".join(lines)


def test_table_rows_move_whole_and_the_header_repeats_on_every_page_once():
    markdown = "Intro.\n\n" + _long_rows_table(40)
    pdf = render_pdf(blocks.parse(markdown), {}, load_template("dossier").settings).data
    texts = page_texts(pdf)
    assert len(texts) > 2
    for text in texts:
        assert text.count("Actor Stance Evidence") == 1  # on top of every page, not mid-page
    for n in range(40):
        holding = [p for p, text in enumerate(texts) if f"start{n}" in text]
        assert holding == [p for p, text in enumerate(texts) if f"end{n}" in text], n


def test_a_row_taller_than_a_page_still_flows_on():
    markdown = "| A | B |\n|---|---|\n| " + " ".join(["word"] * 3000) + " | x |\n"
    pdf = render_pdf(blocks.parse(markdown), {}, load_template("dossier").settings)
    assert pdf.pages > 1


def test_a_heading_keeps_with_its_tables_first_rows_not_the_whole_table():
    # A page of filler, then a table longer than a page: it starts on page 1.
    markdown = "\n\n".join(["Filler line."] * 20) + "\n\n" + _long_rows_table(30)
    pdf = render_pdf(blocks.parse(markdown), {}, load_template("dossier").settings).data
    first = page_texts(pdf)[0]
    assert "Stance matrix" in first and "start0" in first


@POPPLER
@pytest.mark.parametrize("story", ["three", "long"])
def test_chart_labels_are_whole_and_match_the_actor_table(pdfs, stories, story):
    brief, articles = stories[story]
    context = context_for(brief, load_template("policy-brief"))
    charted = [e.name for e in chart.from_fence(context["stance_chart"].split("\n", 1)[1])]
    assert charted and sorted(charted) == sorted(a["name"] for a in context["actors"])
    named = chart.named_actors(brief)  # whom the bottom line names is in the chart
    assert named and {a.name for a in brief.actors if a.id in named} <= set(charted)
    text = poppler_text(pdfs[story, "dossier"], 1)
    assert "…" not in text and "source sentences this brief cites" in text
    for name in charted:
        assert all(word in text.split() for word in name.split()), name
    if story == "three":
        assert "Federation of Small Retailers and Independent Shopkeepers" in " ".join(charted)


@POPPLER
def test_a_long_organisation_stays_clear_of_the_marking_and_the_logo(tmp_path, stories):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (400, 120), "#204060").save(logo)
    organisation = "Federal Ministry for Economic Cooperation and International Partnerships"
    branding = Branding(organisation, logo=logo, classification="OFFICIAL-SENSITIVE")
    brief, articles = stories["three"]
    for name in ("policy-brief", "one-pager"):
        pdf = tmp_path / f"{name}.pdf"
        template = load_template(name)
        pdf.write_bytes(render(brief, template, ["pdf"], branding=branding)["pdf"])
        page = words(pdf)
        marking = [w for w in page if w[0] == "OFFICIAL-SENSITIVE" and w[2] < 60]
        org = [w for w in page if w[0] in organisation.split() and w[2] < 60]
        assert len(org) == len(organisation.split()), name  # all of it is printed
        assert marking and max(w[3] for w in org) < marking[0][1], name
        page_width = float(PdfReader(pdf).pages[0].mediabox.width)
        margin = template.settings["page.margin_mm"] * 72 / 25.4
        logo_left = page_width - margin - 45 * 72 / 25.4  # the widest a logo is drawn
        assert max(w[3] for w in org) < logo_left, name


HEBREW = "העירייה הציעה קווי לילה חדשים"


@POPPLER
def test_paragraph_direction_follows_its_first_strong_character(tmp_path):
    english = "said Avi Cohen on Monday"
    markdown = (
        f"\\[1:4\\] {HEBREW}, {english}.\n\nThe council spokesperson said {HEBREW} on Monday.\n"
    )
    pdf = tmp_path / "rtl.pdf"
    pdf.write_bytes(render_pdf(blocks.parse(markdown), {}, load_template("memo").settings).data)
    page = words(pdf)
    rows: dict[float, list] = {}
    for word in page:
        rows.setdefault(round(word[2]), []).append(word)
    first, second = (sorted(row, key=lambda w: w[1]) for _, row in sorted(rows.items())[:2])
    # Hebrew first: set right to left (the citation at the right edge, the Hebrew to
    # its left), yet the English words read in their own order, left to right.
    assert first[-1][0] == "[1:4]" and first[0][0] == "said"
    latin = [w[0] for w in first if w[0].isascii()][:-1]
    assert " ".join(latin) == english + "."
    # English first: set left to right, the Hebrew run drawn right to left within it.
    assert [w[0] for w in second][:4] == ["The", "council", "spokesperson", "said"]
    hebrew = [w for w in second if not w[0].isascii()]
    assert len(hebrew) == 5 and hebrew[0][1] < hebrew[-1][1]
    assert sorted(hebrew[0][0]) == sorted("חדשים") and sorted(hebrew[-1][0]) == sorted("העירייה")
