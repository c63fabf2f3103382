"""Organisation names the small recogniser cuts or misses, found by how news names them."""

from __future__ import annotations

import pytest

from briefgen.analyse.nlp import parse_texts
from tests.analyse.helpers import LEAD, brief_of, stances


def _orgs(text: str) -> list[str]:
    """The organisations tagged in `text`, without a leading article or a trailing
    possessive (as actors are named)."""
    (doc,) = parse_texts([text])
    names = [e.text for e in doc.ents if e.label_ == "ORG"]
    return [n.removeprefix("the ").removeprefix("The ").removesuffix("'s") for n in names]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person "of" it
        ("Laura Lima of Save the Wetlands said the plan worried her members.", "Save the Wetlands"),
        ("Tom Reyes, of Mudiad Glas, called it a waste of money.", "Mudiad Glas"),
        # it owns a role ahead of a person
        (
            "Mudiad Glas's local transport spokesman Dai Price called the plan a letdown.",
            "Mudiad Glas",
        ),
        # it stands before a role ahead of a person
        (
            "Commission for Fair Rents chairman Trevor Hale said applications were down.",
            "Commission for Fair Rents",
        ),
        # its acronym follows in brackets
        (
            "The council, the Harbour Front Plus (HF+), and some civil groups opposed it.",
            "Harbour Front Plus",
        ),
    ],
)
def test_a_run_of_capitalised_words_in_a_naming_frame_is_an_organisation(
    text: str, name: str
) -> None:
    assert name in _orgs(text)


def test_two_organisations_joined_by_for_are_one_name() -> None:
    text = "Ann Hogg, of the Medical Trust for the Relief of Flood Victims, said it was wrong."
    assert _orgs(text) == ["Medical Trust for the Relief of Flood Victims"]


def test_an_acronym_in_brackets_widens_a_name_to_the_words_it_spells() -> None:
    text = "The Qualifications and Housing Authority (QHA) has told the council not to wait."
    assert "Qualifications and Housing Authority" in _orgs(text)


def test_organisations_joined_by_and_stay_two() -> None:
    text = "Ana Lee said the Rural Party and the Harbour League opposed it."
    orgs = _orgs(text)
    assert not any(" and " in o for o in orgs)


@pytest.mark.parametrize(
    "text",
    [
        # a title opens the run, not a name
        "Former Rural Party leader Ann Lee said no.",
        "But Conservative shadow housing secretary Ann Lee said it was a shambles.",
    ],
)
def test_a_title_or_a_connective_is_not_taken_into_a_name(text: str) -> None:
    assert not any(o.split()[0] in ("Former", "But") for o in _orgs(text))


def test_a_body_found_by_its_frame_takes_its_members_side() -> None:
    brief = brief_of(
        LEAD, "Laura Lima of Save the Wetlands said she strongly opposes the depot plan."
    )
    sides = stances(brief)
    assert sides["Laura Lima"] == "opponent"
    assert sides.get("Save the Wetlands") == "opponent"
