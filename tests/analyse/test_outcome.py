"""The outcome status, from who decided what, preferring the latest event."""

from __future__ import annotations

import pytest

from tests.analyse.helpers import brief_of


@pytest.mark.parametrize(
    ("title", "sentence", "status"),
    [
        (
            "Council approves bus depot",
            "The city council on Monday approved the bus depot plan.",
            "approved",
        ),
        (
            "Parliament passes plastic bag ban",
            "Parliament passed the plastic bag ban by 120 votes to 80.",
            "passed",
        ),
        (
            "Depot vote delayed",
            "The committee postponed its vote on the depot plan until June.",
            "postponed",
        ),
        ("Court backs depot", "A court rejected a legal challenge to the depot plan.", "approved"),
        (
            "Governor vetoes depot bill",
            "Governor Dana Morris vetoed the depot bill on Friday.",
            "rejected",
        ),
        (
            "Depot plan goes to voters",
            "Residents will vote on the depot plan in a referendum in May.",
            "pending",
        ),
        (
            "Depot dispute continues",
            "The question of the depot was left open for further talks.",
            "left_open",
        ),
    ],
)
def test_status(title: str, sentence: str, status: str) -> None:
    brief = brief_of(sentence, "The depot would hold 80 buses.", title=title)
    assert brief.outcome.status == status
    assert brief.outcome.citations


def test_an_earlier_event_gives_way_to_the_latest() -> None:
    brief = brief_of(
        "The city council on Tuesday rejected the bus depot plan.",
        "The committee had approved an earlier draft of the scheme in March.",
        title="Council rejects bus depot",
    )
    assert brief.outcome.status == "rejected"


def test_a_failed_motion_to_postpone_is_not_a_postponement() -> None:
    brief = brief_of(
        "The board voted on Monday to close the old bus depot.",
        "A trustee put forward a motion to delay the decision, but it was defeated.",
        title="Board votes to close old bus depot",
    )
    assert brief.outcome.status == "approved"
