"""Which sentences each section of the brief takes as its bullets."""

from __future__ import annotations

import pytest

from tests.analyse.helpers import LEAD, brief_of


def texts(brief, key: str) -> list[str]:
    return [p.text for p in brief.section(key).points]


def test_a_side_is_topped_up_with_sentences_that_say_it_without_a_placed_actor():
    against = "Most of the residents who spoke at the meeting were against the depot."
    brief = brief_of(
        LEAD,
        "The depot would hold forty buses and open in two years.",
        against,
        "A vote is expected next month.",
    )
    assert against in texts(brief, "opponents")


def test_a_negated_cue_does_not_top_up_a_side():
    brief = brief_of(
        LEAD,
        "The depot would hold forty buses and open in two years.",
        "Few of the residents who spoke at the meeting did not oppose the depot.",
        "A vote is expected next month.",
    )
    assert not any("did not oppose" in t for t in texts(brief, "opponents"))


def test_the_proposal_section_fills_its_four_bullets_from_the_lead():
    fourth = "The depot would replace a car park that has stood empty since the spring."
    brief = brief_of(
        LEAD,
        "The depot would hold forty buses and open in two years.",
        "It would cost twelve million pounds, paid from the transport budget.",
        fourth,
        "Officials said the site was chosen for its access to the ring road.",
    )
    assert fourth in texts(brief, "proposal")


def test_the_outcome_section_takes_every_deciding_event():
    events = [
        "The planning committee approved the depot on Monday.",
        "The full council approved the depot on Thursday.",
        "The council then approved the depot again on Friday.",
    ]
    brief = brief_of(
        LEAD,
        "The depot would hold forty buses and open in two years.",
        "It would cost twelve million pounds, paid from the transport budget.",
        "The depot would replace a car park that has stood empty since the spring.",
        "Residents had sent hundreds of letters about noise.",
        *events,
    )
    outcome = texts(brief, "outcome")
    assert all(e in outcome for e in events), outcome


def approval_then(last: str):
    """A council approves the depot in the lead; five sentences of detail; `last`."""
    return brief_of(
        "The city council approved the plan to build a bus depot in Riverside on Monday.",
        "The depot would hold forty buses.",
        "It would open in two years.",
        "Buses now park on the street overnight.",
        "The site is next to the river.",
        "Residents had asked for more trees at the site.",
        last,
        title="Council approves bus depot",
    )


def test_the_outcome_section_gives_the_count_of_the_vote():
    count = "The final count in the chamber was 7 to 2, a majority of five."
    assert count in texts(approval_then(count), "outcome")


def test_the_proposal_section_says_what_the_plan_would_do():
    content = "Under the plan, every bus would have to be charged at the depot overnight."
    brief = brief_of(
        LEAD,
        "Mayor Ana Lima said the depot was a good idea.",
        "Shopkeepers on the high street said they were worried.",
        "The meeting lasted three hours.",
        "Several residents asked about trees.",
        content,
        "Mayor Ana Lima said she would meet the residents again.",
    )
    assert content in texts(brief, "proposal")


def test_a_side_is_topped_up_with_speech_before_the_narrators_summaries():
    spoken = "A shopkeeper said she was against the depot because the buses would block deliveries."
    brief = brief_of(
        LEAD,
        "Many were against the depot at first.",
        "The mood in the hall was against the depot.",
        "Feeling on the estate was against the depot.",
        "Letters to the paper were against the depot.",
        "The evening papers were against the depot too.",
        spoken,
    )
    assert spoken in texts(brief, "opponents")


@pytest.mark.parametrize(
    "coming",
    [
        "The council's planning committee is expected to set a start date in June.",
        "The planning committee will set a start date in the coming weeks.",
        "Councillors will debate the start date next Tuesday.",
        "A start date will be set later this year.",
        "The committee has yet to set a start date.",
    ],
)
def test_the_outcome_section_says_what_comes_next(coming: str) -> None:
    assert coming in texts(approval_then(coming), "outcome")


def test_a_leading_pronoun_for_one_who_acts_is_resolved_in_brackets() -> None:
    said = "It said the depot would block the river path."
    described = "It was the league's first protest against a council plan in a decade."
    brief = brief_of(LEAD, "The Riverside Cycling League opposed the depot plan.", said, described)
    bullets = [p.text for s in brief.sections for p in s.points]
    assert "[Riverside Cycling League] said the depot would block the river path." in bullets
    # "It was ...", a thing described, not the league speaking: left as written
    assert not any(b.startswith("[Riverside Cycling League] was") for b in bullets)
    assert described in bullets
