"""The proposal model: key terms, action, and what a phrase says about the proposal."""

from __future__ import annotations

import pytest

from briefgen.analyse.proposal import build, stem
from briefgen.analyse.sentences import parse_article, tokenize
from tests.builders import article


def _model(title: str, *paragraphs: str):
    parsed = parse_article(0, article(*paragraphs, title=title))
    return build(title, parsed, set())


MODEL_ARGS = (
    "Utility votes to close Elm Creek coal plant",
    "The regional utility will close the Elm Creek coal plant next year.",
    "The coal plant employs 300 people.",
)


def test_key_terms_come_from_the_headline_and_lead() -> None:
    model = _model(*MODEL_ARGS)
    assert {"coal", "plant"} <= model.terms
    assert "votes" not in model.terms and "next" not in model.terms


@pytest.mark.parametrize(
    ("phrase", "sign"),
    [
        ("the coal plant", 1),
        ("the plan to close the plant", 1),
        ("keeping the plant running", -1),
        ("a motion to block the closure of the plant", -1),
        ("the budget statement", 0),
        ("other coal plants in the state", 0),
    ],
)
def test_a_phrase_names_works_against_or_misses_the_proposal(phrase: str, sign: int) -> None:
    model = _model(*MODEL_ARGS)
    words = [t.lower for t in tokenize(phrase)]
    assert model.target(words, 0, len(words)) == sign


def test_stem_matches_plural_and_ing_forms() -> None:
    assert stem("jets") == stem("jet") and stem("establishing") == stem("establishment")
