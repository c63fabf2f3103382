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
