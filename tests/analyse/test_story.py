"""Stories of several articles: merged actors, repeated wire copy, latest outcome, changes."""

from __future__ import annotations

from briefgen.analyse import analyse
from briefgen.model import Story
from tests.builders import article

FIRST = article(
    "The city council is considering a plan to build a bus depot in Riverside.",
    "Mayor Ana Lima backed the depot plan. A vote is scheduled for June.",
    title="Council weighs Riverside bus depot",
    date="2024-05-01",
    path="first.txt",
)
SECOND = article(
    "The city council on Tuesday rejected the plan to build a bus depot in Riverside.",
    "Mayor Ana Lima backed the depot plan. Residents opposed the depot plan.",
    title="Council rejects Riverside bus depot",
    date="2024-06-12",
    path="second.txt",
)


def test_actors_merge_across_articles_and_cite_every_source() -> None:
    brief = analyse(Story((FIRST, SECOND)))
    assert [a.name for a in brief.actors].count("Ana Lima") == 1
    assert {s.id for s in brief.sources} == {"s1", "s2"}
    cited = {c.source for section in brief.sections for p in section.points for c in p.citations}
    assert cited == {"s1", "s2"}


def test_the_outcome_comes_from_the_latest_article() -> None:
    brief = analyse(Story((SECOND, FIRST)))  # order of arguments does not matter: dates do
    assert brief.outcome.status == "rejected"
    assert brief.date.isoformat() == "2024-06-12"


def test_repeated_wire_copy_is_not_cited_twice() -> None:
    brief = analyse(Story((FIRST, SECOND)))
    for section in brief.sections:
        cited = [c for p in section.points for c in p.citations if p.text.startswith("Mayor Ana")]
        assert len(cited) <= 1 and all(c.source == "s1" for c in cited)


def test_a_changed_position_takes_the_latest_view() -> None:
    later = article(
        "The city council on Tuesday rejected the plan to build a bus depot in Riverside.",
        "Mayor Ana Lima now opposes the depot plan.",
        title="Council rejects Riverside bus depot",
        date="2024-06-12",
        path="later.txt",
    )
    brief = analyse(Story((FIRST, later)))
    assert next(a for a in brief.actors if a.name == "Ana Lima").stance == "opponent"
