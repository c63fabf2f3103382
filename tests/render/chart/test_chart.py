from builders import brief

from briefgen.model import Actor, Citation, Point, Section
from briefgen.render import blocks, chart, lines
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


def test_entries_count_cited_sentences_grouped_by_stance():
    entries = chart.entries(_debate())
    # Ana Lima: sentences 0..3 (4); the others only sentence 0 (1 each).
    assert [(e.stance, e.name, e.sentences) for e in entries] == [
        ("supporter", "Bo Chen", 1),
        ("opponent", "Ana Lima", 4),
        ("opponent", "Cy Dare", 1),
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


def test_actor_limit_keeps_each_stances_leading_voice_before_the_rest():
    # A limit of 1 still shows one actor per stance: the best-covered of each.
    context = build_context(_debate(), load_template("policy-brief").settings, limits={"actors": 1})
    assert [a["name"] for a in context["actors"]] == ["Ana Lima", "Bo Chen"]
    assert "Ana Lima" in context["stance_chart"] and "Cy Dare" not in context["stance_chart"]


def test_a_name_inside_a_longer_name_is_not_named_twice():
    b = brief(actors=(("Sofia Brandt", "proposer"), ("Brandt", "neutral")), text="By Sofia Brandt.")
    assert chart.named_actors(b) == {"a1"}
    assert chart.named_actors(b.__class__(**{**b.__dict__, "summary": "Brandt said."})) == {"a2"}


def test_a_limit_keeps_every_stance_and_who_the_bottom_line_names():
    b = brief(
        actors=(("Ana Lima", "opponent"), ("Bo Chen", "supporter"), ("Cy Dare", "opponent")),
        text="Opposed by Ana Lima and Cy Dare.",
    )
    di = Actor("a4", "Di Eve", "person", "neutral", evidence=(Citation("s1", 1), Citation("s1", 2)))
    b = b.__class__(**{**b.__dict__, "actors": (*b.actors, di)})
    # Di Eve has the most coverage, but three places go to the leading voice of each
    # stance (Ana Lima opposes, Bo Chen supports), then to Cy Dare, whom the bottom
    # line names.
    assert chart.top_actors(b, 3) == {"a1", "a2", "a3"}
    context = build_context(b, load_template("policy-brief").settings, limits={"actors": 3})
    assert {a["name"] for a in context["actors"]} == {"Ana Lima", "Bo Chen", "Cy Dare"}
    assert "Cy Dare" in context["stance_chart"] and "Di Eve" not in context["stance_chart"]


LONG = "Federation of Small Retailers and Independent Shopkeepers of the Northern Districts"


def test_long_names_wrap_whole_and_a_caption_says_what_bars_measure():
    items = (chart.Entry("opponent", 3, LONG), chart.Entry("supporter", 1, "Bo"))
    layout = chart.layout(items, 300, 8)
    texts = [label.text for label in layout.labels]
    name_lines = [t for t in texts if t in LONG]
    assert len(name_lines) > 1 and " ".join(name_lines) == LONG  # wrapped, nothing cut
    assert all(label.max_width == 0 for label in layout.labels)  # the drawer cuts nothing
    assert "source sentences this brief cites" in " ".join(texts)
    assert not any(t.endswith("%") for t in texts)  # no bare share to misread as a vote
    assert all(0 <= box.x and box.x + box.width <= 300 for box in layout.boxes)
    assert all(0 <= label.y <= layout.height for label in layout.labels)


def test_a_word_wider_than_its_column_breaks_between_characters_not_off():
    broken = lines.wrap("Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 40, 8, chart.estimate)
    assert len(broken) > 1 and "".join(broken) == "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
