from builders import brief

from briefgen.model import Citation, Point, Section
from briefgen.render import blocks, chart
from briefgen.render.context import build_context
from briefgen.render.templates import load_template


def _debate():
    b = brief(actors=(("Ana Lima", "opponent"), ("Bo Chen", "supporter"), ("Cy Dare", "opponent")))
    extra = tuple(Point("x", (Citation("s1", n),), "a1") for n in range(1, 4))
    sections = tuple(
        Section(s.key, s.heading, s.points + extra) if s.key == "opponents" else s
        for s in b.sections
    )
    return b.__class__(**{**b.__dict__, "sections": sections})


def test_coverage_shares_group_by_stance_and_add_up_to_one():
    entries = chart.entries(_debate())
    # Ana Lima: sentences 0..3 (4); the others only sentence 0 (1 each): 4 + 1 + 1.
    assert [(e.stance, e.name, round(e.share, 3)) for e in entries] == [
        ("supporter", "Bo Chen", 0.167),
        ("opponent", "Ana Lima", 0.667),
        ("opponent", "Cy Dare", 0.167),
    ]


def test_the_fence_round_trips_through_the_markdown_parser():
    entries = chart.entries(_debate())
    parsed = blocks.parse("## Chart\n\n" + chart.to_fence(entries))
    assert isinstance(parsed[1], blocks.Chart)
    assert [(e.name, e.stance) for e in parsed[1].entries] == [(e.name, e.stance) for e in entries]


def test_layout_keeps_every_box_inside_the_width():
    layout = chart.layout(tuple(chart.entries(_debate())), 400)
    assert all(0 <= box.x and box.x + box.width <= 400 for box in layout.boxes)
    assert {label.text for label in layout.labels} >= {"Supports", "Opposes", "Ana Lima"}


def test_actor_limit_keeps_those_with_most_coverage():
    context = build_context(_debate(), load_template("policy-brief").settings, limits={"actors": 1})
    assert [a["name"] for a in context["actors"]] == ["Ana Lima"]
    assert "Ana Lima" in context["stance_chart"] and "Bo Chen" not in context["stance_chart"]
