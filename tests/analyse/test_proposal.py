"""The proposal: its terms and actions, and whether a phrase names it or works against it."""

from __future__ import annotations

import pytest

from briefgen.analyse.nlp import parse_story
from briefgen.analyse.proposal import find_proposal, phrase_core
from briefgen.model import Story
from tests.analyse.helpers import analysis_of
from tests.builders import article

TITLE = "Utility votes to close Elm Creek coal plant"
LEAD = (
    "The regional utility will close the Elm Creek coal plant next year.",
    "The coal plant employs 300 people.",
)


def _proposal():
    sents, headlines = parse_story(Story((article(*LEAD, title=TITLE),)))
    return find_proposal(sents, headlines)


def _phrase(text: str):
    from briefgen.analyse.nlp import parse_texts

    doc = parse_texts([text])[0]
    return [t for t in doc if t.dep_ == "ROOT"][0]


def test_key_terms_come_from_the_headline_and_lead() -> None:
    proposal = _proposal()
    assert {"coal", "plant"} <= proposal.terms
    assert "next" not in proposal.terms and "vote" not in proposal.terms


def test_a_verb_of_proposing_is_no_term_of_what_is_proposed() -> None:
    story = Story(
        (
            article(
                "The utility unveiled a plan to close the Elm Creek coal plant.",
                "The plan was unveiled on Monday.",
                title="Plan to close coal plant unveiled",
            ),
        )
    )
    proposal = find_proposal(*parse_story(story))
    assert {"coal", "plant"} <= proposal.terms and "unveil" not in proposal.terms


def test_an_action_brings_its_synonyms_and_not_its_opposite() -> None:
    proposal = _proposal()
    assert {"close", "shut"} <= proposal.actions and "keep" not in proposal.actions


def test_a_body_of_members_in_the_headline_is_not_what_is_proposed() -> None:
    story = Story(
        (
            article(
                "The dockers' union has called a strike over the port's new shift rota.",
                "The union says the rota would cut pay.",
                title="Union strikes over port rota",
            ),
        )
    )
    sents, headlines = parse_story(story)
    proposal = find_proposal(sents, headlines)
    union = next(t for t in sents[1].doc if t.lower_ == "union")
    assert "union" in proposal.terms
    assert not proposal.is_it(union)


def test_a_bare_ban_in_the_headline_stops_what_the_story_later_says_it_stops() -> None:
    story = Story(
        (
            article(
                "Anglers lined the river on Sunday, the final day when fishing with nets"
                " is allowed.",
                "Hundreds of anglers are expected along the banks.",
                "The ban on fishing with nets starts at midnight.",
                title="Last nets cast as ban nears",
            ),
        )
    )
    assert "fish" in find_proposal(*parse_story(story)).stops


@pytest.mark.parametrize(
    ("text", "names", "counters"),
    [
        ("The coal plant.", True, False),
        ("Keep the plant running.", False, True),
        ("The budget statement.", False, False),
    ],
)
def test_a_phrase_names_or_works_against_the_proposal(text, names, counters) -> None:
    proposal = _proposal()
    core = phrase_core(_phrase(text))
    assert proposal.about(core) is names
    assert proposal.counters(core) is counters


def test_a_limit_on_how_many_there_are_stops_that_thing() -> None:
    story = Story(
        (
            article(
                "The council will limit the number of betting shops on each street to two.",
                "Betting shops have spread along the high street.",
                title="Council acts on betting shop numbers",
            ),
        )
    )
    assert "shop" in find_proposal(*parse_story(story)).stops


def test_a_ban_on_the_import_and_sale_of_a_thing_stops_that_thing() -> None:
    story = Story(
        (
            article(
                "The council has proposed a bylaw to ban the import and sale of diesel "
                "buses in Riverside.",
                "Diesel buses run on most routes.",
                title="Council weighs new rules for Riverside",
            ),
        )
    )
    assert "bus" in find_proposal(*parse_story(story)).stops


@pytest.mark.parametrize(
    ("title", "doers", "kept"),
    [
        ("Teachers and parents back plan to ban phones in schools", {"teacher", "parent"}, "phone"),
        ("New levy raises bus fares by ten percent", set(), "levy"),
    ],
)
def test_who_takes_a_side_in_the_headline_is_no_term(title: str, doers: set, kept: str) -> None:
    # the subject of a verb of siding or deciding is who acts; the subject of what the
    # proposal does ("Levy raises fares") is the proposal
    story = Story((article("The city published its plan on Monday.", title=title),))
    terms = find_proposal(*parse_story(story)).terms
    assert kept in terms and not doers & terms


def test_what_is_done_to_the_proposal_is_not_its_action() -> None:
    # the plan was scrapped: scrapping is what happened to it; closing is what it does
    story = Story(
        (
            article(
                "The council has scrapped its plan to close the Elm Street library.",
                title="Council scraps plan to close library",
            ),
        )
    )
    proposal = find_proposal(*parse_story(story))
    assert "close" in proposal.actions and "scrap" not in proposal.actions


def test_what_a_ban_stops_is_no_place_body_or_act_on_the_ban() -> None:
    analysis = analysis_of(
        "A High Court judge suspended a county law which forbids selling energy drinks to minors.",
        "Justice Ann Mwale issued orders stopping Harbourside County from enforcing the act.",
        title="Court suspends Harbourside's ban on selling energy drinks",
    )
    stops = analysis.proposal.stops
    assert {"drink", "sale"} & stops
    assert not {"harbourside", "county", "suspend"} & stops


def test_the_aim_of_a_meeting_or_a_campaign_is_no_act_proposed() -> None:
    analysis = analysis_of(
        "Readers packed a village hall on Tuesday for what was billed as a last meeting to"
        " save their branch libraries.",
        "The ruling group on the council had meant to close the four libraries to save money.",
        title="Reprieve for branch libraries as protests grow",
    )
    assert "save" not in analysis.proposal.actions
