"""Work that grows with the story, not with its square: counted, not timed.

A long story with a new person and a new company in every paragraph: each look-up the
engine makes by name ("Okafor", "the company", "the governor") must test a bounded
number of actors and sentences, however many came before.
"""

from __future__ import annotations

import random

import pytest

from briefgen.analyse import actors, coref, engine
from briefgen.model import Story
from tests.builders import article


def _name(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice("bdfglmnprstv") + rng.choice("aeiou") for _ in range(syllables))


def _story(paragraphs: int) -> Story:
    """Every paragraph a new spokesperson of a new company, named again by surname; "the
    company" and "the governor" that no actor is called: a look-back sentence by
    sentence would search the whole article for each."""
    rng = random.Random(paragraphs)
    text = []
    for _ in range(paragraphs):
        first, last = _name(rng, 2).capitalize(), _name(rng, 3).capitalize()
        company = _name(rng, 3).capitalize()
        text.append(
            f"{first} {last}, a spokesperson for {company} Inc., said the company "
            f'opposed the toll. "We will fight it," {last} said. The governor backed the toll.'
        )
    return Story((article(*text, title="A toll debated at length"),))


def _count(monkeypatch: pytest.MonkeyPatch, story: Story) -> dict[str, int]:
    """How many actors were tested by surname, and sentences searched for a description."""
    counts = {"surname": 0, "sentences": 0}
    surname = actors.Entity.surname.fget
    candidates = coref._candidates

    def counted_surname(entity: actors.Entity) -> str:
        counts["surname"] += 1
        return surname(entity)

    def counted_candidates(*args, **kwargs):
        counts["sentences"] += 1
        return candidates(*args, **kwargs)

    monkeypatch.setattr(actors.Entity, "surname", property(counted_surname))
    monkeypatch.setattr(coref, "_candidates", counted_candidates)
    analysis = engine.run(story)
    monkeypatch.undo()
    counts["actors"] = len(analysis.entities)
    return counts


def test_linking_and_descriptions_test_a_bounded_number_of_candidates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small = _count(monkeypatch, _story(30))
    large = _count(monkeypatch, _story(300))
    assert large["actors"] >= 9 * small["actors"]  # the story's cast grows with it
    # ten times the story: about ten times the work (testing every earlier actor or
    # sentence would make it a hundred times)
    assert large["surname"] <= 15 * small["surname"]
    assert large["sentences"] <= 15 * small["sentences"]


def test_a_description_means_the_last_actor_so_named_however_far_back() -> None:
    filler = [
        f"The toll would cost drivers {n} dollars a month, officials said." for n in range(40)
    ]
    story = Story(
        (
            article(
                "Northline Company, a freight firm, opposed the toll.",
                *filler,
                "The company said it would sue.",
                title="A toll debated",
            ),
            article("Officials met on Monday.", "The company said nothing.", title="Toll"),
        )
    )
    analysis = engine.run(story)
    northline = next(e.id for e in analysis.entities if e.name == "Northline Company")
    said = [i for i, p in enumerate(analysis.parsed) if p.text.startswith("The company said")]
    sue, nothing = said
    assert northline in {r.entity for r in analysis.refs[sue]}
    # a look-back stops at its article's start
    assert northline not in {r.entity for r in analysis.refs[nothing]}
