"""What a reader of any template can follow: sources by outlet, date, headline and URL
(or the file's name, never its folder), key reasons in words, quotes speaker first."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from builders import article, brief, brief_citing

from briefgen.model import Citation, Quote, Source
from briefgen.render import to_markdown
from briefgen.render.context import build_context, file_name
from briefgen.render.templates import load_template

TEMPLATES = ("policy-brief", "one-pager", "memo", "dossier")


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/ana/private/article.txt", "article.txt"),
        ("C:\\Users\\ana\\Desktop\\article.txt", "article.txt"),
        ("sources/page.html", "page.html"),
        ("article.txt", "article.txt"),
        ("https://news.example/a", ""),  # shown as the URL, not as a file
        (None, ""),
        ("", ""),
    ],
)
def test_a_source_file_is_shown_by_its_name_alone(path, expected):
    assert file_name(path) == expected


def _with_sources(*sources: Source):
    return dataclasses.replace(brief(), sources=sources)


@pytest.mark.parametrize("name", TEMPLATES)
def test_every_template_shows_outlet_date_headline_and_url_or_the_file_name(name):
    made = _with_sources(
        Source("s1", "Council backs the toll", dt.date(2024, 3, 4), "Riverside Herald",
               "https://herald.example/toll", "/home/ana/private/toll.html"),
        Source("s2", "Notes on the toll", None, None, None, "/home/ana/private/notes.txt"),
    )  # fmt: skip
    markdown = to_markdown(made, load_template(name))
    assert "/home" not in markdown and "private" not in markdown
    herald = next(line for line in markdown.splitlines() if "Council backs the toll" in line)
    for part in ("Riverside Herald", "4 March 2024", "https://herald.example/toll"):
        assert part in herald.replace("\\", ""), herald
    notes = next(line for line in markdown.splitlines() if "Notes on the toll" in line)
    assert "notes.txt" in notes


def test_a_key_reason_is_the_actors_point_else_quote_else_evidence_else_stance_in_words():
    source = article(
        "The council proposed a toll.",
        "Tomas Reil said shoppers would stay away.",
        "“It will empty the centre,” said Ines Varga.",
        "The Cyclists' Union was also mentioned.",
    )
    made = brief_citing(
        source,
        {"proposal": (0,), "opponents": (1,)},
        actors=(("Tomas Reil", "opponent", 1), ("Ines Varga", "opponent", 2)),
    )
    made = dataclasses.replace(
        made,
        quotes=(Quote("It will empty the centre", "a2", Citation("s1", 2)),),
        actors=(
            *made.actors,
            dataclasses.replace(
                made.actors[0], id="a3", name="Union", evidence=(Citation("s1", 3),)
            ),
            dataclasses.replace(
                made.actors[0], id="a4", name="Lone", evidence=(Citation("s1", 9),)
            ),
        ),
    )
    settings = load_template("policy-brief").settings
    reasons = {
        a["name"]: (a["reason"], a["reason_cite"])
        for a in build_context(made, settings, articles=[source])["actors"]
    }
    assert reasons["Tomas Reil"][0] == "Tomas Reil said shoppers would stay away."  # a point
    assert reasons["Ines Varga"][0] == "“It will empty the centre”"  # a quote
    assert reasons["Union"][0] == "The Cyclists' Union was also mentioned."  # evidence
    assert reasons["Lone"][0] == "Named as opposing the proposal"  # nothing else at hand
    assert all("[1:" in cite for _, cite in reasons.values())
    no_articles = build_context(made, settings)["actors"]
    assert [a["reason"] for a in no_articles][2] == "Named as opposing the proposal"


@pytest.mark.parametrize("name", TEMPLATES)
def test_quote_lines_put_the_speaker_first_in_every_template(name):
    made = brief(quote="לא נסכים לזה")
    lines = [
        line for line in to_markdown(made, load_template(name)).splitlines() if line[:1] == ">"
    ]
    assert lines and lines[0].startswith("> Ana Lima — “לא נסכים לזה” [")


def test_a_long_key_reason_is_cut_at_a_word_with_an_ellipsis():
    source = article("The council proposed a toll. " + "Shoppers would stay away " * 40 + ".")
    made = brief_citing(source, {"opponents": (1,)}, actors=(("Reil", "opponent", 1),))
    reason = build_context(made, load_template("policy-brief").settings)["actors"][0]["reason"]
    assert reason.startswith("Shoppers would stay away") and reason.endswith(" would…")
    assert len(reason) <= 241
