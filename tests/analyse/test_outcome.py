"""The outcome status, from who decided what, preferring the latest event."""

from __future__ import annotations

import pytest

from briefgen.analyse import outcome
from briefgen.analyse.nlp import parse_texts
from briefgen.analyse.proposal import Proposal
from briefgen.model import Story
from tests.analyse.helpers import analysis_of, brief_of, stances
from tests.builders import article

LEAD_DEPOT = "The city council is considering a plan to build a bus depot in Riverside."


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
            "Depot vote held",
            # what the approval happened despite is not what was approved
            "The city council approved the depot plan despite strong opposition from residents.",
            "approved",
        ),
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
            "Peers reject depot bill",
            # what the bill would do is not what the vote did
            "Peers have voted down a bill to build a bus depot in Riverside.",
            "rejected",
        ),
        (
            "Depot gets go-ahead",
            "The depot plan has been given the go-ahead by planners.",
            "approved",
        ),
        (
            "Council drops depot",
            # a deciding body may end its own plan
            "The city council has backed down over its depot plan after protests.",
            "withdrawn",
        ),
        (
            "Minister unveils depot plan",
            "The depot plan will be put out to consultation in the spring.",
            "pending",
        ),
        (
            "Depot plan survives vote",
            # "on Monday" is when, not what was voted on
            "The depot plan survived a vote in the council on Monday.",
            "approved",
        ),
        (
            "Depot plan faces court challenge",
            "The depot plan faces a legal challenge in the county court next week.",
            "pending",
        ),
        (
            "Depot dispute continues",
            "The question of the depot was left open for further talks.",
            "left_open",
        ),
        # an early step of the passage is no passage
        (
            "Depot bill",
            "The depot bill passed second stage in Parliament by 84 votes to 41.",
            "pending",
        ),
        ("Depot plan", "The council approved the depot plan in principle.", "pending"),
        # only a body's members together vote a measure down
        (
            "Depot levy",
            "Clubs in the top division voted down the depot levy on Monday.",
            "rejected",
        ),
        # a concessive "whether or not" sets no condition on the act
        (
            "Depot tariff",
            "State regulators on Wednesday delayed a vote on a plan that would make bus firms "
            "pay for the depot, whether or not they use it.",
            "postponed",
        ),
        # the last stage of a bill at Westminster
        ("Depot bill", "The depot bill received royal assent on Thursday.", "passed"),
        # a particle after the object, and a day after the particle
        ("Depot bill", "MPs voted the depot bill through on Tuesday.", "passed"),
        ("Depot plan", "The depot plan has been kicked into the long grass.", "postponed"),
        # "forced to" in the past says that it happened (an implicative verb)
        ("Depot plan", "The mayor has been forced to abandon the depot plan.", "withdrawn"),
        ("Depot plan", "The mayor may be forced to abandon the depot plan.", "pending"),
        # the subject of the verb a passive completes; a tally after "by" is no agent
        ("Depot bill", "The depot bill is expected to be approved by MPs next week.", "pending"),
        ("Depot bill", "The depot bill was passed by 300 votes to 250.", "passed"),
        (
            "Depot plan",
            "In the referendum the depot plan was passed by 4,100 votes.",
            "approved",
        ),
        ("Depot bill", "The depot bill was waved through by MPs.", "passed"),
        ("Depot plan", "The depot plan was given the nod by councillors.", "approved"),
        # British idioms of giving a plan up or putting it off
        ("Depot plan", "The mayor has performed a U-turn over the depot plan.", "withdrawn"),
        ("Depot plan", "The mayor has climbed down over the depot plan.", "withdrawn"),
        ("Depot plan", "The depot plan has been mothballed.", "postponed"),
        ("Depot plan", "The depot plan has been put on the back burner.", "postponed"),
        # in a parliament the executive's defeat over its measure is the measure's
        (
            "Depot bill",
            "The government was defeated in the upper house over the depot bill.",
            "rejected",
        ),
        ("Depot bill", "Ministers lost the vote on the depot bill by 12 votes.", "rejected"),
        # a clock time's zone is no body acted on
        ("Parking ban", "The parking ban comes into effect from 0600 GMT on Monday.", "passed"),
        # a request that says what it asks is the proposal
        (
            "Depot rezoning refused",
            "The county board denied a developer's request to rezone the Mill Road site"
            " for a bus depot.",
            "rejected",
        ),
    ],
)
def test_status(title: str, sentence: str, status: str) -> None:
    brief = brief_of(sentence, "The depot would hold 80 buses.", title=title)
    assert brief.outcome.status == status
    assert brief.outcome.citations


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The Riverside Transit Authority called off its depot plan.", "withdrawn"),
        ("The Riverside Transit Authority cancelled its depot plan on Monday.", "withdrawn"),
        # an act limited in time puts the plan off, it does not end it
        (
            "The Riverside Transit Authority dropped its depot plan until the board meets.",
            "postponed",
        ),
        ("The Riverside Transit Authority shelved its depot plan for now.", "postponed"),
    ],
)
def test_a_proposer_ending_its_plan_or_putting_it_off(sentence: str, status: str) -> None:
    brief = brief_of(
        "The Riverside Transit Authority proposed a bus depot in Riverside in March.",
        sentence,
        title="Depot plan news",
    )
    assert brief.outcome.status == status


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


@pytest.mark.parametrize(
    "sentence",
    [
        "The motion to refer was adopted by voice vote.",
        "MPs adopted a motion referring the bill to a select committee.",
    ],
)
def test_a_procedural_motion_passed_decides_nothing(sentence: str) -> None:
    brief = brief_of(
        "The Depot Bill was introduced in Parliament on Monday.",
        sentence,
        title="Parliament sends depot bill to committee",
    )
    assert brief.outcome.status == "pending"


@pytest.mark.parametrize(
    ("title", "paragraphs", "status"),
    [
        (  # a bill has a defined process ahead of it: parliamentary passage
            "Minister defends depot bill",
            (
                "The transport minister defended the bus depot bill on Monday.",
                "Critics said the bill would cost too much.",
            ),
            "pending",
        ),
        (  # a plan argued over with no decision point ahead
            "Mayor defends depot plan",
            (
                "The mayor defended the bus depot plan on Monday.",
                "Residents said the plan would bring noise and traffic.",
            ),
            "left_open",
        ),
        (  # a pledge for after an election: nothing decides it before then
            "Party sets out depot plan",
            (
                "If elected, the party would build the bus depot within two years.",
                "It said the depot bill would be its first law.",
            ),
            "left_open",
        ),
        (  # a decision announced as still to come
            "Depot decision near",
            (
                "The council's decision on the bus depot plan is expected next week.",
                "Residents said the plan would bring noise and traffic.",
            ),
            "pending",
        ),
    ],
)
def test_status_when_nothing_was_decided(
    title: str, paragraphs: tuple[str, ...], status: str
) -> None:
    assert brief_of(*paragraphs, title=title).outcome.status == status


def test_a_plan_to_introduce_something_is_not_a_bill_introduced() -> None:
    brief = brief_of(
        "The mayor unveiled plans to introduce a night bus service from the depot.",
        "Residents said the plan would bring noise and traffic.",
        title="Mayor unveils night bus plan",
    )
    assert brief.outcome.status == "left_open"


def test_a_list_of_planned_steps_is_no_event() -> None:
    brief = brief_of(
        "The mayor set out the bus depot plan on Monday. The plan includes:",
        "- Introduce laws to limit noise near the depot",
        "Residents said the plan would bring noise and traffic.",
        title="Mayor sets out depot plan",
    )
    assert brief.outcome.status == "left_open"


def test_a_headline_drops_the_auxiliary_of_a_postponement() -> None:
    brief = brief_of(
        "Residents said the bus depot plan would bring noise and traffic.",
        "The depot would hold 80 buses.",
        title="Debate on depot plan postponed for a year",
    )
    assert brief.outcome.status == "postponed"


def test_a_decision_on_the_proposal_stands_for_it_when_postponed() -> None:
    brief = brief_of(
        "Residents said the new bus depot would bring noise and traffic.",
        "The debate on the adoption of the depot scheme has been postponed for a year.",
        title="Residents fear noise from bus depot",
    )
    assert brief.outcome.status == "postponed"


def test_a_passage_still_to_be_secured_is_no_passage() -> None:
    brief = brief_of(
        "The transport minister defended the bus depot bill on Monday.",
        "With an election near, time is crucial for the government to get the bill passed.",
        title="Minister defends depot bill",
    )
    assert brief.outcome.status == "pending"


def test_a_decision_taken_by_an_infinitive_is_done() -> None:
    brief = brief_of(
        "Residents said the bus depot plan would bring noise and traffic.",
        "The council has decided to suspend the depot plan.",
        title="Residents fear noise from bus depot",
    )
    assert brief.outcome.status == "postponed"


def test_an_event_dated_to_an_earlier_year_is_background() -> None:
    brief = brief_of(  # the article is dated 2024
        "Residents filed a lawsuit on Monday challenging the bus depot law.",
        "Although the city council adopted the depot law in 2019, residents still oppose it.",
        title="Residents challenge depot law in court",
    )
    assert brief.outcome.status == "pending"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The depot plan goes to the city council for a decision next month.", "pending"),
        ("The mayor went to the depot site with reporters on Monday.", "left_open"),
        ("The mayor is expected to win next week's vote.", "pending"),
        ("The mayor is expected to announce the final depot plans within a month.", "pending"),
        ("The final depot plan is due to be published in the spring.", "pending"),
    ],
)
def test_a_step_towards_a_decision_is_pending(sentence: str, status: str) -> None:
    brief = brief_of(
        "The mayor defended the bus depot plan on Monday.",
        sentence,
        "Residents said the plan would bring noise and traffic.",
        title="Mayor defends depot plan",
    )
    assert brief.outcome.status == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The government has refused to build the bus depot.", "rejected"),
        ("The plan follows a decision by ministers not to build the bus depot.", "rejected"),
        ("Residents decided not to use the bus depot.", "left_open"),
    ],
)
def test_an_executive_declining_to_act_rejects(sentence: str, status: str) -> None:
    brief = brief_of(
        "Residents said the bus depot would bring noise and traffic.",
        sentence,
        title="Residents fear noise from bus depot",
    )
    assert brief.outcome.status == status


@pytest.mark.parametrize(
    "sentence",
    [
        # what happens as a rule, with the frequency on the verb or its purpose clause
        "Thousands of families go to court to settle depot disputes each year.",
        "The council usually approves such depot plans.",
        # moving to a deciding body, but not the proposal or a case about it
        "Bus drivers went to court over pay at the old depot.",
        "Some elderly residents cannot go to court to give evidence about the depot.",
        # a stage's noun as what a side argues over, not a stage the plan is in
        "The mayor opposed compulsory mediation in depot disputes.",
    ],
)
def test_background_and_argued_content_are_no_events(sentence: str) -> None:
    brief = brief_of(
        "The mayor defended the bus depot plan on Monday.",
        sentence,
        "Residents said the plan would bring noise and traffic.",
        title="Mayor defends depot plan",
    )
    assert brief.outcome.status == "left_open"


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents will go to court to stop the depot plan.",
        "The depot plan went to mediation after the talks broke down.",
    ],
)
def test_a_case_about_the_plan_is_pending(sentence: str) -> None:
    brief = brief_of(
        "The mayor defended the bus depot plan on Monday.",
        sentence,
        title="Mayor defends depot plan",
    )
    assert brief.outcome.status == "pending"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # the phrase's tail hung from the object ...
        ("The council has put the depot plan on hold.", "postponed"),
        # ... or from the clause that describes the object
        ("The council has put its plan to build a bus depot in Riverside on hold.", "postponed"),
        ("The governor has signed a bill to build a bus depot in Riverside into law.", "passed"),
    ],
)
def test_a_phrase_written_around_a_long_object(sentence: str, status: str) -> None:
    assert brief_of(sentence, title="Depot news").outcome.status == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # what is to be weighed is something else: no step of the proposal
        (
            "The Riverside Tenants Union says it will consider legal action.",
            "left_open",
        ),
        ("The council will consider the depot plan next month.", "pending"),
    ],
)
def test_a_step_to_come_is_one_on_the_proposal(sentence: str, status: str) -> None:
    brief = brief_of(
        "Residents are divided over the bus depot plan.", sentence, title="Depot row goes on"
    )
    assert brief.outcome.status == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # a vote someone is being persuaded to cast is none scheduled
        ("The mayor tried to persuade councillors to vote for the depot plan.", "left_open"),
        ("Councillors are due to vote on the depot plan next week.", "pending"),
    ],
)
def test_a_vote_asked_for_is_no_step(sentence: str, status: str) -> None:
    brief = brief_of(
        "Residents are divided over the bus depot plan.", sentence, title="Depot row goes on"
    )
    assert brief.outcome.status == status


def test_a_governor_titled_gov_signing_a_measure_into_law_passes_it() -> None:
    # "Gov." is a governor's title, and what is signed into law is enacted
    brief = brief_of(
        "Gov. Dana Morris on Thursday signed a tax on plastic bags into law.",
        title="Bag tax news",
    )
    assert brief.outcome.status == "passed"


def test_a_vote_to_decide_read_as_one_of_purpose() -> None:
    # the parser hangs "to reject" from "voted" as a purpose after "on Tuesday"
    brief = brief_of(
        "The city council voted 6-3 on Monday to reject a plan to build a bus depot.",
        title="Council votes on depot plan",
    )
    assert brief.outcome.status == "rejected"


@pytest.mark.parametrize(
    ("title", "sentence", "status"),
    [
        # "be to" reports an arrangement: the sponsor has decided to drop or delay it
        (
            "Riverside depot scheme to be scrapped",
            "The depot would have held 80 buses.",
            "withdrawn",
        ),
        (
            "Depot news",
            "The bus depot plan is to be scrapped, the transit authority said.",
            "withdrawn",
        ),
        # an approval still to come is not one taken
        ("Depot news", "The bus depot plan is to be approved by the council next week.", "pending"),
    ],
)
def test_what_is_to_be_done(title: str, sentence: str, status: str) -> None:
    assert brief_of(sentence, title=title).outcome.status == status


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents have filed papers in the high court against the depot law.",
        "The depot law faces a legal challenge from the Riverside Residents Association.",
    ],
)
def test_a_law_challenged_in_court_is_pending(sentence: str) -> None:
    # ongoing litigation is a decision still to come, even on a law already signed
    brief = brief_of(
        sentence,
        "The depot bill was signed into law in March.",
        title="Residents go to court over depot law",
    )
    assert brief.outcome.status == "pending"


def test_a_court_ruling_on_the_challenge_decides() -> None:
    brief = brief_of(
        "The high court upheld the depot law on Monday.",
        "The Riverside Residents Association had filed a lawsuit against the law.",
        "The governor signed the depot bill into law in March.",
        title="Court upholds depot law",
    )
    assert brief.outcome.status != "pending"


def test_a_clause_about_something_of_another_is_no_event() -> None:
    brief = brief_of(
        "Drivers whose depot applications were rejected will be moved.",
        "The mayor defended the bus depot plan on Monday.",
        title="Mayor defends depot plan",
    )
    assert brief.outcome.status != "rejected"


@pytest.mark.parametrize("title", ["Hale backs depot plan", "Hale rejects Okafor depot plan"])
def test_a_person_named_in_a_headline_takes_a_side_not_a_decision(title: str) -> None:
    brief = brief_of(
        "Councillor Tom Hale has backed the bus depot plan put forward by Ben Okafor.",
        "Residents said the depot would bring noise and traffic.",
        title=title,
    )
    assert brief.outcome.status == "left_open"


def test_a_decision_dated_by_a_day_is_no_habit() -> None:
    brief = brief_of(
        "The city council approved the bus depot plan a day after the hearing.",
        title="Council approves bus depot",
    )
    assert brief.outcome.status == "approved"


def test_a_person_named_by_a_word_of_the_proposal_is_not_the_proposal() -> None:
    # "artist" is one of the proposal's words (from the headline); an artist's denial
    # is no rejection of the plan
    brief = brief_of(
        "An artist critical of the depot plan has denied insulting the council.",
        "The council will vote on the depot plan next month.",
        title="Artist in row over depot plan",
    )
    assert brief.outcome.status == "pending"


@pytest.mark.parametrize(
    ("second", "status"),
    [
        ("Opposition councillors said the budget would hurt families.", "pending"),
        # a critic's warning about an election is no pledge for after it
        ('Tom Hale said: "If they are elected again, bus fares will double."', "pending"),
    ],
)
def test_a_budget_proposed_is_pending_its_vote(second: str, status: str) -> None:
    brief = brief_of(
        "The finance minister's budget raises bus fares by ten percent.",
        second,
        title="Minister's budget raises bus fares",
    )
    assert brief.outcome.status == status


def test_a_plan_with_no_process_named_is_left_open() -> None:
    brief = brief_of(
        "The finance minister's plan raises bus fares by ten percent.",
        "Opposition councillors said the plan would hurt families.",
        title="Minister's plan raises bus fares",
    )
    assert brief.outcome.status == "left_open"


@pytest.mark.parametrize(
    ("title", "sentences", "status"),
    [
        # what someone wants done has not happened
        (
            "Union fights bus depot plan",
            "The city has a plan to build a bus depot. The union wants the depot plan scrapped.",
            "left_open",
        ),
        # no step to come is named
        (
            "Bus depot row goes on",
            "The city has a plan to build a bus depot. No vote on the depot plan has been"
            " scheduled.",
            "left_open",
        ),
        # another measure's fate is background
        (
            "City weighs bus depot plan",
            "The city has a plan to build a bus depot. Last year the council approved a"
            " similar depot plan for the north side.",
            "left_open",
        ),
        # a legislature's committee is a stage, not the decision
        (
            "Depot bill moves on",
            "A parliamentary committee on Thursday passed the bus depot bill.",
            "pending",
        ),
        # passed, and on to be signed: still passed
        (
            "Parliament passes depot bill",
            "Parliament gave final approval to the bus depot bill on Friday. The bill now"
            " goes to the president, who has 21 days to sign it.",
            "passed",
        ),
        # turning down changes to a bill is not turning down the bill
        (
            "Depot bill vote",
            "The city has a bill to build a bus depot. The assembly voted to reject"
            " amendments attached by the senate.",
            "pending",
        ),
    ],
)
def test_what_is_not_the_decision_on_the_proposal(title: str, sentences: str, status: str) -> None:
    assert brief_of(sentences, title=title).outcome.status == status


def test_a_party_backing_the_plan_is_no_decision() -> None:
    brief = brief_of(
        "The Harbour Party backs Renewal Party proposals to build a bus depot in Riverside.",
        title="Harbour Party to back bus depot",
    )
    assert brief.outcome.status != "approved"


def test_a_decision_joined_to_a_call_is_still_the_decision() -> None:
    brief = brief_of(
        "The city had a plan to build a bus depot.",
        "Residents called a meeting and the council rejected the depot plan.",
        title="City weighs bus depot plan",
    )
    assert brief.outcome.status == "rejected"


def test_one_chamber_passing_a_bill_that_goes_on_to_the_next_is_pending() -> None:
    brief = brief_of(
        "The lower house on Wednesday approved a bill to build a bus depot in Riverside.",
        "It now goes to the Senate, where a committee will review it in June.",
        title="Lower house passes bus depot bill",
    )
    assert brief.outcome.status == "pending"


def test_a_bill_passed_and_sent_for_signature_is_passed() -> None:
    brief = brief_of(
        "The Senate on Wednesday passed a bill to build a bus depot in Riverside.",
        "It now goes to the governor for signature.",
        title="Senate passes bus depot bill",
    )
    assert brief.outcome.status == "passed"


def test_a_headline_restating_a_stage_in_the_lead_is_the_same_stage() -> None:
    brief = brief_of(
        "The Valmora cabinet on Thursday cleared a draft bill that will levy a fee on"
        " delivery platforms to fund a welfare board.",
        "The bill will be tabled in the legislature next month.",
        title="Valmora cabinet clears delivery platform fee",
    )
    assert brief.outcome.status == "pending"


def test_a_chamber_dropping_its_challenge_is_no_withdrawal() -> None:
    brief = brief_of(
        "The transport ministry has proposed a bus depot in Riverside.",
        "The upper house dropped its final challenge to the depot bill on Wednesday.",
        title="Ministry proposes bus depot",
    )
    assert brief.outcome.status != "withdrawn"


def test_a_court_upholding_a_law_approves_it() -> None:
    brief = brief_of(
        "The Valmora Supreme Court on Thursday upheld a state law that requires bus"
        " operators to register their depots, throwing out a challenge by the operators.",
        title="Top court upholds bus depot law",
    )
    assert brief.outcome.status == "approved"


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry has set no date for the depot plan to go to the cabinet.",
        "The minister has not said whether the depot bill would go to parliament.",
    ],
)
def test_a_step_denied_or_in_doubt_is_no_step(sentence: str) -> None:
    analysis = analysis_of(
        "The transport ministry has proposed a bus depot in Riverside.",
        sentence,
        title="Ministry proposes bus depot",
    )
    assert not [e for e in analysis.events if e.how.startswith("go to")]


def test_a_side_that_will_press_ahead_sets_no_decision_to_come() -> None:
    brief = brief_of(
        "The Riverside Basketball League will press ahead with its plan for a new depot "
        "arena, its president said on Monday, despite a walkout by club owners.",
        "No vote on the arena has been scheduled.",
        title="League to press ahead with arena plan",
    )
    assert brief.outcome.status == "left_open"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The transit authority said it was awaiting guidance from the ministry.", "left_open"),
        ("The depot plan is awaiting approval by the council.", "pending"),
    ],
)
def test_only_awaiting_a_decision_on_the_proposal_is_pending(sentence: str, status: str) -> None:
    brief = brief_of(
        "The city published a plan to build a bus depot in Riverside.",
        sentence,
        title="City publishes depot plan",
    )
    assert brief.outcome.status == status


def test_a_headline_s_first_hurdle_is_a_stage() -> None:
    brief = brief_of(
        "The depot bill was debated by MPs on Tuesday.",
        title="Depot bill clears first hurdle in Parliament",
    )
    assert brief.outcome.status == "pending"


def test_a_defeat_of_others_or_over_another_measure_is_no_rejection() -> None:
    for sentence in (
        "The opposition was defeated over the depot bill on Tuesday.",
        "The government lost a vote on an amendment to the depot bill.",
    ):
        brief = brief_of(sentence, "The depot would hold 80 buses.", title="Depot bill")
        assert brief.outcome.status != "rejected", sentence


@pytest.mark.parametrize(
    ("result", "status"),
    [
        ("sending the depot bill on to the senate", "pending"),
        ("sending it to the upper house", "pending"),
        ("sending it to the governor", "passed"),
        ("sending a message to the senate", "passed"),
    ],
)
def test_a_chambers_vote_that_sends_the_bill_on_is_a_stage(result: str, status: str) -> None:
    brief = brief_of(
        f"The state assembly voted 60-31 on Tuesday to pass the depot bill, {result}.",
        "The depot would hold 80 buses.",
        title="Assembly backs depot bill",
    )
    assert brief.outcome.status == status


@pytest.mark.parametrize(
    "move",
    [
        "The Depot Bill, which would build a bus depot in Riverside, passes to the upper house.",
        "The Depot Bill, which would build a bus depot in Riverside, passed to the Senate.",
    ],
)
def test_a_bill_that_passes_to_the_next_chamber_is_pending(move: str) -> None:
    brief = brief_of(
        "The lower house on Wednesday approved a bill to build a bus depot in Riverside.",
        move,
        title="Lower house backs depot bill",
    )
    assert brief.outcome.status == "pending"


@pytest.mark.parametrize(
    ("lead", "later", "status"),
    [
        (
            # a body by a name the word lists do not know, in the lead
            "The Karutan Bayan passed an ordinance this week that bans new bus depots near the"
            " river.",
            "The ordinance was approved at its last reading, 11-2.",
            "passed",
        ),
        (
            "The city council voted on Tuesday to approve a plan to build a bus depot in"
            " Riverside.",
            "The motion passed 7-4.",
            "approved",
        ),
    ],
)
def test_one_adoption_told_in_two_words_takes_the_leads(lead: str, later: str, status: str) -> None:
    brief = brief_of(lead, later, title="Depot decision")
    assert brief.outcome.status == status


@pytest.mark.parametrize(
    "sentence",
    [
        "The council rejected a Green Party amendment to the depot plan.",
        "The council threw out a compromise on the depot plan.",
    ],
)
def test_a_change_rejected_is_not_the_plan_rejected(sentence: str) -> None:
    brief = brief_of("The city council is considering a plan to build a bus depot.", sentence)
    assert brief.outcome.status != "rejected"


def test_a_vote_to_strike_over_the_plan_is_a_protest_not_its_approval() -> None:
    brief = brief_of(
        "The city council is considering a plan to build a bus depot.",
        "Drivers have voted to strike over the depot plan, and the strike is set for May.",
        title="Depot plan brings strike vote",
    )
    assert brief.outcome.status != "approved"


def test_refusing_another_request_about_the_plan_decides_nothing() -> None:
    # the request was the operators' ask to halt the plan, not the plan
    brief = brief_of(
        "The council adopted the depot plan in May, and the bus operators sued.",
        "The operators asked a judge to halt the plan, but the judge rejected that request.",
        title="Depot plan challenged in court",
    )
    assert brief.outcome.status != "rejected"


def test_a_vote_to_sustain_it_after_a_vote_on_the_veto_sustains_the_veto() -> None:
    # "it" is what the first of two alike clauses acted on, the veto: no vote to do
    # what the proposal does (here "sustain" is one of its words, as when a headline
    # tells of the veto sustained)
    (doc,) = parse_texts(
        ["Twelve members voted to overturn the veto and nine voted to sustain it."]
    )
    proposal = Proposal(terms=frozenset({"bill", "sustain", "veto"}), actions=frozenset())
    assert [outcome._voted_to(t, proposal) for t in doc if t.lemma_ == "vote"] == [None, None]


def test_a_motion_passed_on_a_bill_is_not_the_bill_passed() -> None:
    # where the story's proposal is a bill, "the motion" is one moved on it
    brief = brief_of(
        "Senators are debating the depot bill, which would fund a new bus depot in Riverside.",
        "The bill would also pay for forty electric buses.",
        "Two senators who once supported the bill spoke for the motion.",
        "The motion passes, 33-30.",
        title="Senate debates depot bill",
    )
    assert brief.outcome.status != "passed"


def test_urging_the_rejection_of_a_motion_on_the_bill_is_no_word_against_it() -> None:
    brief = brief_of(
        "Senators are debating the depot bill, which would fund a new bus depot in Riverside.",
        "The bill would also pay for forty electric buses.",
        "Its critics say the depot would be too costly.",
        "Sen. Ann Lee, the author of the bill, urged fellow senators to reject the motion.",
        "The motion passes, 33-30, and the bill goes back to committee.",
        title="Senate sends depot bill back to committee",
    )
    assert stances(brief).get("Ann Lee") == "proposer"


@pytest.mark.parametrize("verb", ["shelved", "scrapped", "abandoned"])
def test_a_deciding_body_dropping_a_plan_put_to_it_rejects_it(verb: str) -> None:
    brief = brief_of(
        "The city council is considering a plan to build a bus depot in Riverside.",
        f"The council {verb} the depot plan on Tuesday.",
    )
    assert brief.outcome.status == "rejected"


def test_a_sponsor_dropping_its_own_plan_still_withdraws_it() -> None:
    brief = brief_of(
        "The city council has proposed a plan to build a bus depot in Riverside.",
        "The council dropped its depot plan on Tuesday.",
    )
    assert brief.outcome.status == "withdrawn"


def test_a_later_plan_shelved_in_the_background_is_no_outcome_of_this_one() -> None:
    brief = brief_of(
        "The water agency has unveiled a plan to meter every farm well in the valley.",
        "Farmers say the meters would ruin them.",
        "Earlier schemes had a mixed record: a 2009 canal levy was widely paid, while a later"
        " plan to charge for well water was quietly shelved.",
        title="Farmers dig in against well meters",
    )
    assert brief.outcome.status != "withdrawn"


def test_a_judge_reserving_her_decision_leaves_it_pending() -> None:
    brief = brief_of(
        "A judge has reserved her decision on whether the province can require new doctors to"
        " work in rural towns.",
        "The Opposition has said it would not repeal the rural service law if elected.",
        title="Judge reserves decision in doctors' challenge to rural service law",
    )
    assert brief.outcome.status == "pending"


def test_a_body_declining_to_take_a_decision_rejects_nothing() -> None:
    brief = brief_of(
        "The defence minister has pressed for the purchase of 24 armed drones.",
        "On Tuesday the spending council, for the second time, declined to take a decision.",
        title="Drone purchase stalls",
    )
    assert brief.outcome.status != "rejected"


def test_a_deferral_reported_in_the_pluperfect_is_no_earlier_event() -> None:
    brief = brief_of(
        "The defence minister has pressed for the purchase of 24 armed drones.",
        "A rights group has called for the purchase to be suspended.",
        "The governor wrote in April asking for the purchase to be approved quickly.",
        "After Tuesday's session, the planning department said the decision had been deferred"
        " until after the election.",
        title="Drone purchase stalls",
    )
    assert brief.outcome.status == "postponed"


@pytest.mark.parametrize(
    "sentence",
    [
        "A rights group has called for the fertiliser cap to be suspended.",
        "Farm leaders wrote in April asking for the fertiliser cap to be abandoned.",
    ],
)
def test_an_act_asked_for_is_no_event(sentence: str) -> None:
    brief = brief_of(
        "The agriculture minister has proposed a cap on chemical fertiliser.",
        sentence,
        title="Minister proposes fertiliser cap",
    )
    assert brief.outcome.status not in ("pending", "postponed", "withdrawn")


def test_a_delay_announced_with_its_length_is_a_postponement() -> None:
    brief = brief_of(
        "The agriculture minister has confirmed that the fertiliser cap will not take effect"
        " in January.",
        "Declan Mulvihill said the cap would be pushed back by twelve months to January 2025.",
        title="Minister defends delay to fertiliser cap",
    )
    assert brief.outcome.status == "postponed"


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Detention bill dies as Senate vote falls short", "Senators debated the bill for a week."),
        (
            "Senate debates detention bill",
            "With every government senator voting for it, it fell one vote short of the 14 it"
            " needed.",
        ),
    ],
)
def test_a_bill_or_its_vote_falling_short_is_rejected(title: str, sentence: str) -> None:
    brief = brief_of(
        "The government's detention bill went to the Senate on Friday, needing two thirds.",
        sentence,
        title=title,
    )
    assert brief.outcome.status == "rejected"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Coast Appeals Service has overturned the council's refusal of the flats.",
        "The Coast Appeals Service has granted permission for the flats.",
    ],
)
def test_an_appeal_body_that_overturns_or_grants_decides(sentence: str) -> None:
    brief = brief_of(
        sentence,
        "The council refused permission for the 300 flats last October.",
        "Residents were far from happy.",
        title="Green light for 300 flats despite council refusal",
    )
    assert brief.outcome.status == "approved"


def test_a_lower_chambers_passage_before_the_upper_chamber_rejects_is_a_stage() -> None:
    brief = brief_of(
        "The government's detention bill went to the Senate on Friday, needing two thirds.",
        "The bill cleared the House of Representatives in January.",
        "With every government senator voting for it, it fell one vote short of the 14 it needed.",
        title="Senate debates detention bill",
    )
    assert brief.outcome.status == "rejected"


@pytest.mark.parametrize(
    ("result", "status"),
    [("The depot plan is approved.", "approved"), ("The depot does not pass.", "rejected")],
)
def test_a_live_reports_result_outweighs_its_headlines_vote_being_held(
    result: str, status: str
) -> None:
    brief = brief_of(
        "09:02 Good morning. Councillors meet at ten to decide on the depot plan.",
        "10:15 Maeve Roddy opens the debate for the administration.",
        "11:40 The first debate passed 4-3 in committee in June, we are reminded.",
        "12:48 Result: 12 in favour, 9 against. " + result,
        title="LIVE: Riverside council votes on bus depot plan",
    )
    assert brief.outcome.status == status


@pytest.mark.parametrize(
    "sentence",
    [
        "The council voted 7-2 to hold off on its final decision until March.",
        "The council deferred a decision until March.",
    ],
)
def test_a_body_putting_off_its_decision_postpones_the_proposal(sentence: str) -> None:
    brief = brief_of(LEAD_DEPOT, sentence, "Residents had packed the chamber.")
    assert brief.outcome.status == "postponed"


def test_a_body_putting_off_a_decision_on_something_else_postpones_nothing() -> None:
    brief = brief_of(
        LEAD_DEPOT,
        "The council deferred a decision on the name of the new library until March.",
        "The depot plan goes to a vote next week.",
    )
    assert brief.outcome.status != "postponed"


def test_ahead_of_schedule_is_no_step_still_to_come() -> None:
    brief = brief_of(
        "The Harlow Energy Authority has approved plans to close the Harlow coal plant nine"
        " years ahead of schedule, the operator said.",
        "That approval, given on Monday, fixes a 2031 closing date.",
        title="Harlow coal plant to close early",
    )
    assert brief.outcome.status == "approved"


@pytest.mark.parametrize("verb", ["delay", "defer", "postpone"])
def test_a_headlines_verb_of_putting_off_names_no_part_of_the_proposal(verb: str) -> None:
    brief = brief_of(
        f"The council voted to {verb} the rent cap by six months.",
        "Landlords had packed the chamber.",
        title=f"Council votes to {verb} rent cap",
    )
    assert brief.outcome.status == "postponed"


def test_a_bill_carried_by_its_count_is_passed() -> None:
    brief = brief_of(
        "The bill giving every primary pupil a free hot meal was carried by 240 votes to"
        " 190 on Friday.",
        "Meals begin with the autumn term.",
        title="MPs debate free school meals bill",
    )
    assert brief.outcome.status == "passed"


@pytest.mark.parametrize(
    ("result", "status"),
    [
        ("The result was 10 in favour, 13 against.", "rejected"),
        ("Result: 15 in favour, 8 against.", "approved"),
    ],
)
def test_a_result_told_by_its_count_decides(result: str, status: str) -> None:
    brief = brief_of(
        "A plan to rezone farmland at Eastfield for 200 homes went before councillors on"
        " Monday night.",
        "Cllr Laura Bennett asked for a recorded vote, and her request for a vote was granted.",
        result,
        title="Councillors weigh Eastfield rezoning",
    )
    assert brief.outcome.status == status


@pytest.mark.parametrize(
    "sentence",
    [
        "Voting in favour were Laura Bennett and Mary Cole.",
        "Voting against were Jo Lane and Tom Kerr.",
    ],
)
def test_a_division_told_with_voting_and_its_side_first_places_the_voters(sentence: str) -> None:
    analysis = analysis_of(LEAD_DEPOT, "The council backed the depot plan 7-5.", sentence)
    assert any(c.how == "division told" for c in analysis.claims)


def test_approving_the_proposals_own_act_as_a_gerund_approves_it() -> None:
    brief = brief_of(
        "Councillors in Porto Brisa, a fishing town on the south coast, on Tuesday approved"
        " tripling the nightly levy paid by visitors.",
        "Hoteliers said the rise would drive guests to nearby towns.",
        title="Seaside town triples tourist levy",
    )
    assert brief.outcome.status == "approved"


def test_of_two_events_deep_in_a_story_that_weigh_alike_the_later_decides() -> None:
    story = Story((article("The depot plan went to a vote.", title="Depot vote"),))
    events = [
        outcome.Event(0, 30, "rejected", "defeated", 0.5, "defeat"),
        outcome.Event(0, 36, "passed", "passed", 0.5, "pass"),
    ]
    assert outcome.decide(story, events)[0] == "passed"


@pytest.mark.parametrize(
    "aside",
    [
        "Separately, the council said a review of the library rota had been postponed.",
        "In a separate vote, councillors rejected a plan to rename the market square.",
    ],
)
def test_news_of_another_matter_decides_nothing(aside: str) -> None:
    brief = brief_of(LEAD_DEPOT, "The depot plan goes before councillors next month.", aside)
    assert brief.outcome.status not in ("postponed", "rejected")


def test_a_court_declining_to_stop_a_measure_rejects_nothing() -> None:
    brief = brief_of(
        "A High Court judge on Friday refused to halt Dunmore's licensing scheme for landlords"
        " until the challenge to it is heard in full.",
        title="Court will not halt Dunmore licensing scheme",
    )
    assert brief.outcome.status != "rejected"


@pytest.mark.parametrize(
    ("sentence", "rejected"),
    [
        (
            "Tenant groups say the scheme falls short on fairness and want the mayor to rethink"
            " it.",
            False,
        ),
        ("The water meter plan fell short in the council on Tuesday, two votes shy.", True),
    ],
)
def test_falling_short_on_a_point_is_a_judgement_not_a_vote(sentence: str, rejected: bool) -> None:
    brief = brief_of(
        "The metro council has unveiled a plan to fit prepaid water meters in 40,000 homes.",
        sentence,
        title="Metro plans prepaid water meters",
    )
    assert (brief.outcome.status == "rejected") == rejected


@pytest.mark.parametrize(
    ("title", "lead", "status"),
    [
        (
            "Kell Ridge wind farm approved",
            "The 40-turbine Kell Ridge wind farm will be built by Southwind Energy.",
            "approved",
        ),
        (
            "Kell Ridge wind farm decision",
            "The state government on Friday approved the Kell Ridge wind farm, planned by Southwind"
            " Energy.",
            "approved",
        ),
        (
            "Kell Ridge wind farm decision",
            "Ministers have refused the Kell Ridge wind farm, planned by Southwind Energy.",
            "rejected",
        ),
    ],
)
def test_a_scheme_given_or_refused_consent_by_government(
    title: str, lead: str, status: str
) -> None:
    brief = brief_of(lead, title=title)
    assert brief.outcome.status == status
