"""Page budgets: the one-pager stays on one page by dropping whole, lowest-ranked items."""

from __future__ import annotations

import io
import math

import pytest
from builders import article, brief_citing
from pypdf import PdfReader

from briefgen.model import SECTION_KEYS
from briefgen.render import blocks, chart, render, template_branding, to_markdown
from briefgen.render.context import default_limits
from briefgen.render.fit import fit, left_out, trim_steps
from briefgen.render.pdf import lay_out, render_pdf
from briefgen.render.templates import load_template

REGIONS = ("northern", "southern", "coastal", "upland", "eastern", "western", "delta", "valley")


def long_brief():
    """A dossier-sized analysis: 48 sentences, 12 points per section, 8 actors, 10 quotes."""
    sentences = [
        f"The {region} delegate number {n} said the charter would change how water is shared "
        f"between farms and towns, and asked for a review of the {n}th clause before any vote."
        for n, region in ((n, REGIONS[n % len(REGIONS)]) for n in range(48))
    ]
    source = article(*sentences, title="A very long debate about the river charter")
    sections = {
        key: tuple(range(start, start + 12))
        for key, start in zip(SECTION_KEYS, range(0, 48, 12), strict=True)
    }
    actors = tuple(
        (f"Delegate {REGIONS[n]}", ("supporter", "opponent")[n % 2], 12 + n) for n in range(8)
    )
    return brief_citing(source, sections, actors, quotes=tuple(range(12, 22)), outcome=40), source


def test_trim_steps_take_one_item_at_a_time_from_the_longest_list():
    brief, _ = long_brief()
    limits = {
        "proposal": 3,
        "supporters": 3,
        "opponents": 2,
        "outcome": 1,
        "quotes": 2,
        "actors": 1,
    }
    steps = trim_steps(brief, limits)
    assert steps[0] == limits
    # Longest lists first; on a tie quotes go before sections; sections keep one point,
    # the quotes one quote, the actors each stance's leader (here 2, more than allowed).
    assert steps[1:4] == [
        limits | {"proposal": 2},
        limits | {"proposal": 2, "supporters": 2},
        limits | {"proposal": 2, "supporters": 2, "quotes": 1},
    ]
    assert steps[-1] == {
        "proposal": 1,
        "supporters": 1,
        "opponents": 1,
        "outcome": 1,
        "quotes": 1,
        "actors": 1,
    }


def test_trimming_keeps_the_actors_the_bottom_line_names():
    brief, _ = long_brief()
    named = brief.actors[4].name  # a supporter with no more coverage than the others
    brief = brief.__class__(**{**brief.__dict__, "summary": f"Backed by {named}."})
    steps = trim_steps(brief, {"actors": None})
    # The leading supporter, the leading opponent, and the one the bottom line names.
    assert steps[-1]["actors"] == 3
    assert brief.actors[4].id in chart.top_actors(brief, steps[-1]["actors"])


def test_left_out_says_what_trimming_dropped():
    brief, _ = long_brief()
    shown = {"proposal": 4, "supporters": 4, "opponents": 4, "outcome": 4, "quotes": 3}
    limits = shown | {"supporters": 2, "quotes": 2, "actors": 5}
    headings = load_template("policy-brief").settings.headings
    assert left_out(brief, shown, limits, headings) == (
        "2 points under Supporters, 1 quote and 3 actors"
    )
    assert left_out(brief, shown, shown, headings) == ""


def test_one_pager_is_one_page_for_a_dossier_sized_brief_and_cuts_no_sentence():
    brief, source = long_brief()
    template = load_template("one-pager")
    out = render(brief, template, ["pdf", "md"], articles=[source])
    assert len(PdfReader(io.BytesIO(out["pdf"])).pages) == 1
    assert not out.warnings
    points = [
        blocks.plain_text(item[0].spans)
        for block in blocks.parse(out["md"].decode())
        if isinstance(block, blocks.ListBlock) and not block.ordered
        for item in block.items
    ]
    sentences = {s.text for s in source.sentences}
    assert 4 <= len(points) < 48  # trimmed, yet every section kept something
    for point in points:
        assert point.rsplit(" [", 1)[0] in sentences  # whole sentences, cite removed
    # The dossier, which has no page budget, shows all of it on several pages.
    dossier = render(brief, load_template("dossier"), ["pdf"], articles=[source])["pdf"]
    assert len(PdfReader(io.BytesIO(dossier)).pages) > 3


def test_a_brief_that_cannot_fit_is_still_made_with_a_warning(tmp_path):
    folder = tmp_path / "tiny"
    folder.mkdir()
    (folder / "template.toml").write_text('name = "tiny"\n[page]\nmax_pages = 1\n')
    body = "# {{ title }}\n\n{% for n in range(60) %}\n{{ summary }}\n\n{% endfor %}\n"
    (folder / "brief.md.j2").write_text(body)
    brief, _ = long_brief()
    out = render(brief, load_template(str(folder)), ["pdf"])
    assert out["pdf"].startswith(b"%PDF")
    assert out.warnings and "does not fit on 1 page" in out.warnings[0]


@pytest.mark.parametrize("name", ["memo", "dossier"])
def test_templates_without_a_budget_render_everything_allowed(name):
    brief, _ = long_brief()
    template = load_template(name)
    markdown = render(brief, template, ["md"])["md"].decode()
    assert markdown.count("delegate number") >= template.settings["sections.max_points"] * 4


def test_fit_finds_the_fewest_steps_that_fit_in_a_few_measures():
    brief, _ = long_brief()
    steps = trim_steps(brief, {})
    # Every place the page count can drop to the budget, and never (len(steps)).
    for first_fit in range(len(steps) + 1):
        measured = []

        def pages_for(limits, first_fit=first_fit, measured=measured):
            measured.append(steps.index(limits))
            return 1 if steps.index(limits) >= first_fit else 2

        limits, fits = fit(brief, {}, 1, pages_for)
        assert limits == steps[min(first_fit, len(steps) - 1)]
        assert fits == (first_fit < len(steps))
        assert len(set(measured)) <= 2 + math.ceil(math.log2(len(steps)))


@pytest.mark.parametrize("name", ["policy-brief", "memo"])
def test_fit_keeps_what_a_scan_of_every_step_keeps(name):
    """On a brief whose page count falls step after step (as it does for most briefs;
    the closing line that lists what was left out can grow by a line and break that),
    the search keeps the same limits as trying every step in turn."""
    brief, source = long_brief()
    template = load_template(name)
    settings, budget = template.settings, template.settings["page.max_pages"]
    branding = template_branding(template)

    def markdown(limits):
        return to_markdown(brief, template, branding, [source], limits)

    for limits in trim_steps(brief, default_limits(settings)):
        if lay_out(blocks.parse(markdown(limits)), {}, settings, branding).pages <= budget:
            break
    assert limits != default_limits(settings)  # the brief had to be trimmed
    assert render(brief, template, ["md"], articles=[source])["md"].decode() == markdown(limits)


def test_a_layout_past_the_budget_stops_there_and_is_never_written():
    brief, source = long_brief()
    template = load_template("dossier")
    parsed = blocks.parse(to_markdown(brief, template, articles=[source]))
    whole = lay_out(parsed, {}, template.settings)
    assert whole.complete and whole.pages > 3
    cut = lay_out(parsed, {}, template.settings, max_pages=2)
    assert (cut.pages, cut.complete) == (3, False)
    with pytest.raises(ValueError):
        cut.finish()
    # A budget it keeps to changes nothing.
    kept = lay_out(parsed, {}, template.settings, max_pages=whole.pages)
    assert kept.complete and kept.pages == whole.pages
    assert (
        kept.finish().data == whole.finish().data == render_pdf(parsed, {}, template.settings).data
    )


@pytest.mark.parametrize("name", ["policy-brief", "one-pager", "memo"])
def test_a_trimmed_pdf_is_the_pdf_of_its_markdown_made_afresh(name):
    """The PDF kept while fitting is written after the other versions were measured:
    it must be byte for byte the PDF that its Markdown gives on its own."""
    brief, source = long_brief()
    template = load_template(name)
    out = render(brief, template, ["pdf", "md"], articles=[source])
    meta = {"title": brief.title, "author": "briefgen", "subject": brief.summary}
    meta |= {"keywords": "policy brief", "lang": "en"}
    again = render_pdf(blocks.parse(out["md"].decode()), meta, template.settings)
    assert out["pdf"] == again.data
