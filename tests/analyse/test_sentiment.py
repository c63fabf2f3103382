"""Polarity: VADER's score of a speaker's words, with its known misreadings mended."""

from __future__ import annotations

import pytest

from briefgen.analyse.sentiment import polarity


@pytest.mark.parametrize(
    "text",
    [
        "The new rules will cause a great deal of harm to small shops.",
        "It will create a good deal of difficulty for tenants.",
    ],
)
def test_a_great_deal_of_something_bad_is_bad(text: str) -> None:
    assert polarity(text) < 0


def test_a_good_deal_is_still_praise() -> None:
    assert polarity("Tenants call it a fair and good deal.") > 0


@pytest.mark.parametrize(
    "text",
    [
        "The ban on diesel vans starts in May.",
        "The cuts will be phased in over three years.",
        "Charities and political parties will give evidence to the committee.",
        "There will be an increase in interest payments next year.",
    ],
)
def test_words_that_name_the_policy_are_no_feeling(text: str) -> None:
    assert polarity(text) == 0


def test_a_feeling_beside_them_still_counts() -> None:
    assert polarity("The ban on diesel vans is a terrible idea.") < 0
    assert polarity("The cuts will be a welcome relief for families.") > 0
