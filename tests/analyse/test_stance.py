"""Stance toward the proposal: cues, holders, targets, negation, contrast, pronouns."""

from __future__ import annotations

import pytest

from briefgen.analyse import lexicon, model
from briefgen.analyse.nlp import parse_texts
from tests.analyse.helpers import LEAD, analysis_of, brief_of, stances


@pytest.mark.parametrize(
    ("sentence", "actor", "expected"),
    [
        (
            "The Riverside Tenants Union expressed its opposition to the depot plan.",
            "Riverside Tenants Union",
            "opponent",
        ),
        ("The depot plan was praised by local teachers.", "local teachers", "supporter"),
        ("Senator Tom Reyes came out against the depot plan on Monday.", "Tom Reyes", "opponent"),
        ("The plan faced opposition from Brazil and Peru.", "Brazil", "opponent"),
        # "its" in the subject's clause is the subject
        (
            "The Riverside Tenants Union restated its opposition to the depot plan.",
            "Riverside Tenants Union",
            "opponent",
        ),
        # hitting back is against what is hit, the plan or its critics
        (
            "The Riverside Tenants Union hit back at the depot plan.",
            "Riverside Tenants Union",
            "opponent",
        ),
        ("Mayor Ana Lima hit back at critics of the depot plan.", "Ana Lima", "supporter"),
        ("The plan faced opposition from Brazil and Peru.", "Peru", "opponent"),
        ("Mayor Ana Lima threw her weight behind the depot plan.", "Ana Lima", "supporter"),
        (
            "Many tenants were against the plan, including Councillor Ben Okafor.",
            "Ben Okafor",
            "opponent",
        ),
        (
            "Opponents of the plan, like Senator Rosa Vidal, say it costs too much.",
            "Rosa Vidal",
            "opponent",
        ),
        ("The depot plan met with disapproval from local teachers.", "local teachers", "opponent"),
        # who sent what was received urges, not who received it
        (
            "The transport committee received a letter from local teachers, urging"
            " the members to approve the depot plan.",
            "local teachers",
            "supporter",
        ),
        # fearing the plan
        ("Local shopkeepers fear the depot plan.", "Local shopkeepers", "opponent"),
        # a cue phrase whose head is its last word
        (
            "The council backed the depot plan, which drew an angry reaction from Brazil.",
            "Brazil",
            "opponent",
        ),
        ("The depot plan faces a legal challenge from Peru.", "Peru", "opponent"),
        # who acts with the subject, set off by commas
        (
            "Senator Tom Reyes, along with Senator Rosa Vidal, voted against the depot plan.",
            "Rosa Vidal",
            "opponent",
        ),
        ("Brazil, with Peru and Chile, opposed the depot plan.", "Chile", "opponent"),
        (
            "Senator Rosa Vidal, a critic of the depot plan, spoke on Monday.",
            "Rosa Vidal",
            "opponent",
        ),
        # the relative pronoun's antecedent holds the stance
        (
            "Senator Rosa Vidal, who backs the depot plan, spoke on Monday.",
            "Rosa Vidal",
            "supporter",
        ),
        # a passive's subject is its target, whatever adjunct comes before the agent
        (
            "The depot plan was welcomed on Monday by local teachers.",
            "local teachers",
            "supporter",
        ),
        # ... even when the parser hangs the "by" phrase from that adjunct
        (
            "The depot plan was opposed in a statement by the Riverside Tenants Union.",
            "Riverside Tenants Union",
            "opponent",
        ),
        # agreeing to carry the plan out, or accepting it, is support
        ("Mayor Rosa Vidal has agreed to build the depot next year.", "Rosa Vidal", "supporter"),
        (
            "The Riverside Tenants Union accepted the depot plan on Monday.",
            "Riverside Tenants Union",
            "supporter",
        ),
    ],
)
def test_cue_gives_the_holder_a_stance(sentence: str, actor: str, expected: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get(actor) == expected


def test_negated_support_is_opposition() -> None:
    brief = brief_of(LEAD, "Senator Tom Reyes does not support the depot plan.")
    assert stances(brief)["Tom Reyes"] == "opponent"


def test_negated_opposition_is_not_opposition() -> None:
    brief = brief_of(LEAD, "The Riverside Chamber of Commerce does not oppose the depot plan.")
    assert stances(brief).get("Riverside Chamber of Commerce", "neutral") != "opponent"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ministers said they would neither block nor impose the depot plan.",
        "Ministers said they would neither impose nor block the depot plan.",
        "Ministers would not block or delay the depot plan, a spokesperson said.",
    ],
)
def test_neither_nor_negates_every_verb(sentence: str) -> None:
    brief = brief_of(LEAD, sentence)
    assert stances(brief).get("government", "neutral") != "opponent"


def test_neither_nor_negates_every_judgement() -> None:
    brief = brief_of(LEAD, 'Ana Ruiz said the depot plan was "neither fair nor workable".')
    assert stances(brief).get("Ana Ruiz") == "opponent"


def test_hedged_support_is_not_support() -> None:
    brief = brief_of(LEAD, "Governor Paula Chen has yet to back the depot plan.")
    assert stances(brief).get("Paula Chen", "neutral") not in ("supporter", "opponent")


def test_a_critic_of_something_else_is_not_an_opponent() -> None:
    brief = brief_of(
        LEAD,
        "Governor Paula Chen criticized the budget statement released by the treasury.",
    )
    assert stances(brief).get("Paula Chen", "neutral") == "neutral"


def test_dismissing_the_criticism_is_support() -> None:
    brief = brief_of(
        LEAD,
        "Critics say the depot is too expensive. However, the Transit Workers Union "
        "dismissed the criticism, saying the depot was needed.",
    )
    assert stances(brief)["Transit Workers Union"] == "supporter"


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Mayor Ana Lima dismissed concerns about the depot plan.", "supporter"),
        ("Mayor Ana Lima said fears about the depot plan were overblown.", "supporter"),
        ("Mayor Ana Lima said the critics of the depot plan were wrong.", "supporter"),
        ("Mayor Ana Lima said concerns about the depot plan were justified.", "opponent"),
    ],
)
def test_speaking_against_the_other_sides_objections_is_support(sentence: str, side: str) -> None:
    assert stances(brief_of(LEAD, sentence))["Ana Lima"] == side


@pytest.mark.parametrize(
    "sentence",
    ["UK engineers criticised the depot plan.", "The depot plan was criticised by UK engineers."],
)
def test_a_country_naming_whose_people_act_is_not_the_actor(sentence: str) -> None:
    assert "United Kingdom" not in stances(brief_of(LEAD, sentence))


@pytest.mark.parametrize(
    ("sentence", "who", "side"),
    [
        ("Marco Diaz pressed the case for keeping the depot open.", "Marco Diaz", "opponent"),
        ("Mayor Ana Lima argued for closing the depot.", "Ana Lima", "supporter"),
    ],
)
def test_arguing_for_an_action_takes_its_side(sentence: str, who: str, side: str) -> None:
    brief = brief_of(
        "The city plans to close the old bus depot in Riverside.",
        sentence,
        title="City plans to close bus depot",
    )
    assert stances(brief)[who] == side


def test_backing_the_opposite_action_is_opposition() -> None:
    brief = brief_of(
        "The regional utility will close the Elm Creek power plant next year.",
        "Governor Dana Morris urged keeping the plant running.",
        title="Utility votes to close Elm Creek power plant",
    )
    assert stances(brief)["Dana Morris"] == "opponent"


def test_a_pronoun_carries_the_stance_to_its_antecedent() -> None:
    brief = brief_of(
        LEAD,
        "Marco Diaz spoke at the meeting on Tuesday. He said he opposes the depot plan.",
    )
    assert stances(brief)["Marco Diaz"] == "opponent"


def test_an_overhaul_unveiled_by_someone_is_their_proposal() -> None:
    # "an overhaul" names a proposal; "policing" is the headline's noun and the
    # sentence's verb ("police"): the same word of the proposal
    analysis = analysis_of(
        "Residents could get a direct line to officers under an overhaul of policing in Kent "
        "and Sussex unveiled by Home Secretary Tom Baker.",
        title="Baker unveils policing plans",
    )
    claims = [(analysis.cast.actors[c.actor].name, c.kind) for c in analysis.claims]
    assert ("Tom Baker", "propose") in claims


def test_the_proposer_is_found_from_the_passive() -> None:
    brief = brief_of(
        "A bill to ban plastic bags, introduced by Senator Hana Ito, passed the Senate.",
        "Senator Hana Ito said the ban would cut waste.",
        title="Senate passes plastic bag ban",
    )
    assert stances(brief)["Hana Ito"] == "proposer"


def test_disappointment_at_a_rejection_is_support() -> None:
    # the claim, the sentence's polarity and its cue words are all read against the
    # outcome, so the fitted model sees a supporter too
    brief = brief_of(
        "Voters rejected the stadium plan on Tuesday.",
        "Team owner Carl Haas said he was disappointed by the result.",
        title="Voters reject stadium plan",
    )
    assert stances(brief)["Carl Haas"] == "supporter"


@pytest.mark.parametrize(
    ("sentence", "actor", "side"),
    [
        ("Ana Ruiz welcomed the council's U-turn on the depot plan.", "Ana Ruiz", "opponent"),
        ("Jane Roe criticised the climbdown over the depot plan.", "Jane Roe", "supporter"),
        ("Tom Hale dismissed concerns over the depot plan.", "Tom Hale", "supporter"),
    ],
)
def test_a_retreat_from_the_plan_is_read_as_undoing_it(
    sentence: str, actor: str, side: str
) -> None:
    brief = brief_of("The city council is reviewing its plan to build a bus depot.", sentence)
    assert stances(brief)[actor] == side


@pytest.mark.parametrize(
    "sentence",
    [
        "The union's chairwoman, Sarah Jones, urged the mayor to sign the depot plan.",
        "Sarah Jones demanded the council introduce the depot plan.",
    ],
)
def test_asking_another_to_put_the_plan_forward_is_support(sentence: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Sarah Jones") == "supporter"


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Sarah Jones wants the council to scrap the depot plan.", "opponent"),
        ("Sarah Jones wants the mayor to back the depot plan.", "supporter"),
    ],
)
def test_wanting_another_to_act_on_the_plan_is_the_wanters_side(sentence: str, side: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Sarah Jones") == side


def test_a_u_turn_is_one_word() -> None:
    analysis = analysis_of(LEAD, "The council's U-turn on the depot plan angered residents.")
    assert "U-turn" in [t.text for s in analysis.sents for t in s.doc]


def test_a_hyphenated_title_keeps_its_speaker() -> None:
    # split in three, "vice-president" left the sentence with no speaker
    sides = stances(
        brief_of(
            LEAD,
            "The BMA's vice-chair for Wales, Dr Ravi Mehta, said the depot plan was long overdue.",
        )
    )
    assert sides.get("Ravi Mehta") == "supporter" and "Wales" not in sides


def test_a_spokesperson_speaks_for_the_company() -> None:
    brief = brief_of(
        LEAD,
        "Northline Transit opposes the plan. Northline spokesperson Eva Stone said the depot "
        "would harm the neighbourhood.",
    )
    actors = stances(brief)
    assert actors["Northline Transit"] == "opponent"
    assert actors["Eva Stone"] == "opponent"


def _spoken_for(body_side: str, body_kind: str) -> str:
    """The league's side after its spokesman, surely an opponent, is heard."""
    from briefgen.analyse.actors import Actor, Cast
    from briefgen.analyse.stance import Claim, Decision, spokespeople

    league = Actor(0, "Riverside Cycling League", "organisation", {"riverside cycling league"})
    berg = Actor(1, "Tomas Berg", "person", {"tomas berg"}, affiliation="Riverside Cycling League")
    berg.voice = True
    said = Claim(3, 0, 1, 1.0, body_kind, "back", "nsubj(back)")
    decisions = {
        0: Decision(body_side, 0.1, (said,)),
        1: Decision("opponent", -0.6, (Claim(4, 1, -1, 1.0, "verb", "oppose", "nsubj(oppose)"),)),
    }
    spokespeople(Cast([league, berg]), decisions)
    return decisions[0].stance


def test_a_surer_spokesperson_outweighs_the_body_s_weak_evidence() -> None:
    # the league's own words only leaned its way (speech); its spokesman said outright
    assert _spoken_for("supporter", "speech") == "opponent"
    # what the league said outright stands
    assert _spoken_for("supporter", "verb") == "supporter"


def test_a_deciding_body_keeps_no_side_its_spokesperson_takes() -> None:
    analysis = analysis_of(
        "The Riverside City Council approved the bus depot plan on Monday.",
        "Tomas Berg, a spokesman for the Riverside City Council, said he regretted the depot plan.",
        title="Council approves bus depot",
    )
    sides = {analysis.cast.actors[a].name: d.stance for a, d in analysis.decisions.items()}
    assert sides["Tomas Berg"] == "opponent"
    # the council decided: its act is the outcome, not a side
    assert sides.get("Riverside City Council", "neutral") == "neutral"


def test_who_heads_a_deciding_body_and_defends_the_plan_outright_supports_it() -> None:
    sentence = "The board's chair, Ana Ruiz, had defended the depot plan last month."
    assert stances(brief_of(LEAD, sentence))["Ana Ruiz"] == "supporter"


def test_a_judge_who_backs_the_plan_stays_neutral() -> None:
    sentence = "Judge Ana Ruiz said she backed the depot plan."  # a ruling is the outcome
    assert stances(brief_of(LEAD, sentence)).get("Ana Ruiz", "neutral") == "neutral"


def test_conditional_support_is_support_and_is_noted() -> None:
    from briefgen.analyse import explain
    from briefgen.model import Story
    from tests.builders import article

    paragraphs = (LEAD, "Governor Paula Chen would back the depot plan if the city paid for it.")
    brief = brief_of(*paragraphs)
    assert stances(brief)["Paula Chen"] == "supporter"
    lines = explain(Story((article(*paragraphs, title="City weighs plan for a new bus depot"),)))
    assert any("Paula Chen" in line and "conditional" in line for line in lines)


def test_the_vote_of_a_council_is_the_outcome_not_a_stance() -> None:
    brief = brief_of(
        "The city council on Monday voted 6-3 against the plan to build a bus depot.",
        title="Council rejects bus depot",
    )
    assert "city council" not in {a.name.lower() for a in brief.actors if a.stance != "neutral"}
    assert brief.outcome.status == "rejected"


@pytest.mark.parametrize(
    "body",
    [
        "The Riverside Senate",
        "The Constitutional Court of Valmora",
        "The Riverside Utility Regulatory Commission",
        "The Sejm",  # a legislature known by its own name
    ],
)
def test_a_named_legislature_or_court_decides_and_takes_no_side(body: str) -> None:
    brief = brief_of(LEAD, f"{body} on Monday criticised the depot plan and rejected it.")
    assert {a.stance for a in brief.actors} <= {"neutral"}


def test_a_judge_rules_and_takes_no_side() -> None:
    brief = brief_of(
        LEAD,
        "Felix Otieno, a judge at the Riverside Court, said the depot plan was lawful and fair.",
    )
    assert stances(brief).get("Felix Otieno") == "neutral"


# a body named for its cause speaks for it, whatever its head word
def test_a_council_named_for_a_cause_takes_a_side() -> None:
    brief = brief_of(LEAD, "The Riverside Tenants Council strongly opposed the depot plan.")
    assert stances(brief).get("Riverside Tenants Council") == "opponent"


@pytest.mark.parametrize("body", ["State regulators", "Ohio regulators"])
def test_a_body_named_by_where_it_sits_is_still_the_decider(body: str) -> None:
    brief = brief_of(
        "A company has applied to build a bus depot in Riverside.",
        f"{body} criticised the depot plan.",
        title="Company seeks bus depot",
    )
    assert stances(brief).get(body, "neutral") == "neutral"


def test_members_picked_out_of_a_body_are_placed_by_their_vote() -> None:
    brief = brief_of(
        "The city council on Monday approved the plan to build a bus depot in Riverside.",
        "Twelve opposition councillors voted against the depot plan.",
        title="Council approves bus depot",
    )
    # the council decides (neutral); a faction of its members takes a side
    assert stances(brief).get("Twelve opposition councillors") == "opponent"
    assert "city council" not in {a.name.lower() for a in brief.actors if a.stance != "neutral"}


def test_a_tally_of_members_is_no_actor_but_a_named_faction_is() -> None:
    brief = brief_of(
        "The city council on Monday approved the plan to build a bus depot in Riverside.",
        "Fourteen members voted for the depot plan and 40 members voted against it.",
        "Nine Green councillors voted against the depot plan.",
        title="Council approves bus depot",
    )
    names = {a.name.lower() for a in brief.actors}
    assert not names & {"fourteen members", "40 members"}
    assert stances(brief).get("Nine Green councillors") == "opponent"


def test_the_members_of_a_council_are_the_council_a_faction_of_them_votes() -> None:
    analysis = analysis_of(
        LEAD,
        "The council members said the cost was too high.",
        "Three Green council members said they would vote against the depot plan.",
    )
    deciders = {a.name: a.decider for a in analysis.cast.actors if a.name}
    assert deciders.get("council members") is True
    assert deciders.get("Three Green council members") is False


BAN_TITLE = "City moves to ban cars from the old town"
BAN_LEAD = "The city council has proposed a ban on cars in the old town."


@pytest.mark.parametrize(
    ("sentence", "actor", "expected"),
    [
        # backing what a ban stops opposes the ban; opposing it supports the ban
        (
            "The Riverside Drivers Club defended cars in the old town.",
            "Riverside Drivers Club",
            "opponent",
        ),
        (
            "The Riverside Cyclists Union opposed cars in the old town.",
            "Riverside Cyclists Union",
            "supporter",
        ),
        # the ban itself keeps its sign
        ("The Riverside Drivers Club opposed the ban.", "Riverside Drivers Club", "opponent"),
        # and so does what a speaker says of the activity
        (
            "Cars are essential for older residents, said Councillor Ruth Olsen.",
            "Ruth Olsen",
            "opponent",
        ),
        ("Cars are a menace to children, said Councillor Ruth Olsen.", "Ruth Olsen", "supporter"),
        # but not what is said of a thing of the ban's that names the activity
        (
            "The definitions of older cars are a confusing mess, said Councillor Ruth Olsen.",
            "Ruth Olsen",
            "opponent",
        ),
        (
            "This is the best answer to the cars' noise, said Councillor Ruth Olsen.",
            "Ruth Olsen",
            "supporter",
        ),
    ],
)
def test_a_ban_is_opposed_by_backing_what_it_stops(
    sentence: str, actor: str, expected: str
) -> None:
    assert stances(brief_of(BAN_LEAD, sentence, title=BAN_TITLE)).get(actor) == expected


def test_a_ban_on_a_gerund_stops_what_its_verb_names() -> None:
    brief = brief_of(
        "The council plans a ban on hunting in the Riverside hills.",
        "Hunts have gone on in the hills for years and the hunts are popular.",
        "Senator Rosa Vidal defended the hunts.",
        title="Council plans a hunting ban",
    )
    assert stances(brief).get("Rosa Vidal") == "opponent"


def test_without_a_ban_backing_the_activity_is_backing_the_plan() -> None:
    brief = brief_of(
        "The city council has proposed more parking for cars in the old town.",
        "The Riverside Drivers Club defended cars in the old town.",
        title="City plans more parking for cars in the old town",
    )
    assert stances(brief).get("Riverside Drivers Club") == "supporter"


def test_a_correspondent_reports_sides_and_takes_none() -> None:
    brief = brief_of(
        LEAD,
        "Mayor Ana Lima backed the depot plan.",
        "Jane Doe, the paper's transport affairs correspondent, said the depot plan was a "
        "disaster for Riverside.",
    )
    assert stances(brief).get("Jane Doe") in (None, "neutral")
    assert stances(brief)["Ana Lima"] == "supporter"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Herald's Omar Haddad said the depot plan was a disaster for Riverside.",
        "Omar Haddad, in Riverside, said the depot plan was a disaster for the town.",
    ],
)
def test_a_reporter_named_without_a_title_takes_no_side(sentence: str) -> None:
    brief = brief_of(
        LEAD,
        "Mayor Ana Lima backed the depot plan.",
        "Jane Doe, the Herald's transport correspondent, said residents were divided.",
        sentence,
    )
    assert stances(brief).get("Omar Haddad") in (None, "neutral")


def test_a_name_with_a_place_is_no_reporter_in_a_story_without_reporters() -> None:
    brief = brief_of(
        LEAD,
        "Mayor Ana Lima backed the depot plan.",
        "Omar Haddad, in Riverside, said the depot plan was a disaster for the town.",
    )
    assert stances(brief).get("Omar Haddad") == "opponent"


def test_a_feeling_about_something_else_is_no_claim_on_the_proposal() -> None:
    def speech_claims(sentence: str) -> list[int]:
        a = analysis_of(LEAD, sentence)
        return [c.sign for c in a.claims if c.kind == "speech"]

    assert speech_claims('"The depot is a lovely, sunny idea," said Councillor Ben Okafor.') == [1]
    assert (
        speech_claims(
            '"The weather has been lovely and sunny this spring," said Councillor Ben Okafor.'
        )
        == []
    )


def _claims_of(analysis, name: str) -> list[tuple[str, int]]:
    return [(c.kind, c.sign) for c in analysis.claims if analysis.cast.actors[c.actor].name == name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Another critic is Professor Ana Lima, who lives near the site.",
        "Another critic is the mayor's former deputy, Professor Ana Lima.",
    ],
)
def test_a_copula_names_who_a_labelled_subject_is(sentence: str) -> None:
    assert ("label", -1) in _claims_of(analysis_of(LEAD, sentence), "Ana Lima")


def test_branding_the_plan_is_saying_something_against_it() -> None:
    found = analysis_of(LEAD, "The Riverside Greens branded the depot plan a gimmick.")
    assert _claims_of(found, "Riverside Greens") == [("speech", -1)]


@pytest.mark.parametrize(
    ("sentence", "critic"),
    [
        # the parser hangs the "by" phrase from what the plan was called
        (
            "Mayor Dana Whitfield unveiled the depot plan, in a decision branded a "
            '"reckless gamble" by the Riverside Tenants Union.',
            "Riverside Tenants Union",
        ),
        # ... and the phrase from the sentence's verb
        (
            "Mayor Dana Whitfield has announced plans to build the depot by 2030, in a decision "
            'branded a "costly blunder" by the Riverside Tenants Union.',
            "Riverside Tenants Union",
        ),
        (
            'Mayor Dana Whitfield unveiled the depot plan, a proposal described as "a '
            'disgrace" by the Riverside Tenants Union.',
            "Riverside Tenants Union",
        ),
        (
            'The depot plan has been branded a "reckless gamble" by the Riverside Tenants Union.',
            "Riverside Tenants Union",
        ),
    ],
)
def test_what_a_plan_is_called_by_someone_is_their_view(sentence: str, critic: str) -> None:
    found = analysis_of(LEAD, sentence)
    assert _claims_of(found, critic) == [("speech", -1)]
    # the words are not those of the one who unveiled it
    assert ("speech", -1) not in _claims_of(found, "Dana Whitfield")
    # and they speak as much as one the sentence reports
    assert stances(brief_of(LEAD, sentence)).get(critic) == "opponent"


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("Shopkeepers fear the depot will drive customers away.", [("verb", -1)]),
        ("Shopkeepers fear that the plan will bring traffic.", [("verb", -1)]),
        # what they fear is the plan's undoing
        ("Shopkeepers fear the depot plan will be scrapped.", [("verb", 1)]),
        ("Shopkeepers fear the council will scrap the depot plan.", [("verb", 1)]),
        # a fear of something else
        ("Shopkeepers fear the rain will keep customers away.", []),
    ],
)
def test_what_someone_fears_of_the_plan_is_their_side(sentence: str, claim: list) -> None:
    assert _claims_of(analysis_of(LEAD, sentence), "Shopkeepers") == claim


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Mary Cole has been a vocal supporter of the depot plan.", "supporter"),
        ("Mary Cole has been one of the fiercest opponents of the depot plan.", "opponent"),
        ("Mary Cole, a long-time sceptic of the depot plan, spoke on Monday.", "opponent"),
        # a label for something else
        ("Mary Cole, a critic of the new stadium, spoke on Monday.", "neutral"),
        ("Mary Cole, a Whig supporter, spoke on Monday.", "neutral"),
    ],
)
def test_a_label_of_one_person_places_them(sentence: str, side: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Mary Cole", "neutral") == side


def test_staging_a_protest_against_the_plan_opposes_it() -> None:
    brief = brief_of(LEAD, "The Riverside Tenants Union staged a protest against the depot plan.")
    assert stances(brief).get("Riverside Tenants Union") == "opponent"


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        # an expert asked to explain takes no side for being quoted
        (
            "Tom Reyes, an economist at Riverside University, said the depot would take years"
            " to build.",
            "neutral",
        ),
        # ... but does when saying one
        (
            "Tom Reyes, an economist at Riverside University, said the depot plan was a disaster.",
            "opponent",
        ),
    ],
)
def test_an_expert_is_placed_by_what_they_say(sentence: str, side: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Tom Reyes", "neutral") == side


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        # what is demanded is the side, as with "called for"
        ("Mary Cole demanded a rethink of the depot plan.", "opponent"),
        ("Mary Cole demanded the swift approval of the depot plan.", "supporter"),
        # asking to learn about it takes no side
        ("Mary Cole demanded answers about the depot plan.", "neutral"),
    ],
)
def test_a_demand_takes_the_side_of_what_is_demanded(sentence: str, side: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Mary Cole", "neutral") == side


@pytest.mark.parametrize(
    ("reaction", "side"),
    [
        # judging the one who decided takes their side, or the other
        ("The Riverside Tenants Union applauded Dana Morris.", "opponent"),
        ("The Riverside Tenants Union condemned Dana Morris.", "supporter"),
        # ... unless the judgement gives a reason of its own
        ("The Riverside Tenants Union praised Dana Morris for her work on roads.", "neutral"),
    ],
)
def test_judging_someone_who_took_a_side(reaction: str, side: str) -> None:
    brief = brief_of(
        "Gov. Dana Morris vetoed the bus depot bill on Monday.",
        reaction,
        title="Governor vetoes depot bill",
    )
    assert stances(brief).get("Riverside Tenants Union", "neutral") == side


def test_a_halt_is_the_moratorium_proposed() -> None:
    # a moratorium is a suspension, a halt, a freeze: one act under several names
    brief = brief_of(
        "A motion for a moratorium on new bus depots in Riverside was voted down on Monday.",
        "Councillor Tom Reyes had called for a one-year halt on depot licences.",
        "The halt would have covered the whole of Riverside.",
        title="Depot moratorium motion fails",
    )
    assert stances(brief)["Tom Reyes"] in ("proposer", "supporter")


@pytest.mark.parametrize(
    ("decision", "sentence", "side"),
    [
        ("reject", "Mary Cole joined the majority.", "opponent"),
        ("reject", "Mary Cole voted with the minority.", "supporter"),
        ("approve", "Mary Cole joined the majority.", "supporter"),
        # a majority of people, not of a vote
        ("reject", "Mary Cole joined the majority of her neighbours at the meeting.", "neutral"),
    ],
)
def test_the_majority_of_a_deciding_vote(decision: str, sentence: str, side: str) -> None:
    brief = brief_of(
        f"The city council voted 6-3 on Monday to {decision} a plan to build a bus depot.",
        sentence,
        title="Council votes on depot plan",
    )
    assert stances(brief).get("Mary Cole", "neutral") == side


def test_the_proposals_own_act_is_not_its_undoing() -> None:
    # "ending a row" gives the plan's actions both "buy" and "scrap": the purchase is
    # still the plan, not its undoing
    brief = brief_of(
        "The Riverside Transit Authority has proposed to buy 40 electric buses, ending a long "
        "row over the old fleet.",
        "Mary Cole backed the purchase.",
        title="Transit authority plans to buy electric buses",
    )
    assert stances(brief)["Mary Cole"] == "supporter"


@pytest.mark.parametrize(
    ("title", "decision", "reaction", "side"),
    [
        # once the plan is dropped, "the withdrawal" is that decision
        (
            "Council withdraws depot plan",
            "The council has withdrawn its plan to build a bus depot in Riverside.",
            "The Riverside Tenants Union welcomed the withdrawal.",
            "opponent",
        ),
        (
            "Council withdraws depot plan",
            "The council has withdrawn its plan to build a bus depot in Riverside.",
            "The Riverside Tenants Union condemned the withdrawal.",
            "supporter",
        ),
        # a plan approved had no withdrawal: a withdrawal of something else
        (
            "Council approves depot plan",
            "The council approved the plan to build a bus depot in Riverside.",
            "The Riverside Tenants Union welcomed the withdrawal.",
            "neutral",
        ),
    ],
)
def test_a_reaction_to_the_undoing_that_happened(
    title: str, decision: str, reaction: str, side: str
) -> None:
    brief = brief_of(decision, reaction, title=title)
    assert stances(brief).get("Riverside Tenants Union", "neutral") == side


@pytest.mark.parametrize(
    ("sentence", "group", "side"),
    [
        # a noun before a word of support names what the group supports
        ("Privacy advocates held a vigil outside the town hall.", "Privacy advocates", "neutral"),
        (
            "Road safety advocates said they had concerns about the depot plan.",
            "Road safety advocates",
            "opponent",
        ),
        # ... and where it is the proposal, the group supports it
        ("Depot advocates held a rally on Saturday.", "Depot advocates", "supporter"),
    ],
)
def test_a_group_named_by_another_cause(sentence: str, group: str, side: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get(group, "neutral") == side


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Mary Cole called on the council to approve the depot plan.", "supporter"),
        ("Mary Cole wants ministers to pass the depot plan.", "supporter"),
        ("Mary Cole did not want the council to approve the depot plan.", "opponent"),
        ("Mary Cole urged councillors to throw out the depot plan.", "opponent"),
        ("Mary Cole called for the depot plan to be shelved.", "opponent"),
        ("Mary Cole called for the depot plan to be approved.", "supporter"),
    ],
)
def test_asking_for_a_decision_takes_its_side(sentence: str, side: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Mary Cole") == side


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Mary Cole signed a petition against the depot plan.", "Mary Cole"),
        ("Mary Cole led a protest against the depot plan on Saturday.", "Mary Cole"),
        ("Mary Cole joined the protest against the depot plan.", "Mary Cole"),
        (
            "The Riverside Tenants Union has threatened legal action over the depot plan.",
            "Riverside Tenants Union",
        ),
    ],
)
def test_acting_against_the_plan_is_opposition(sentence: str, actor: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get(actor) == "opponent"


@pytest.mark.parametrize(
    ("sentence", "sign"),
    [
        ("Mary Cole said the depot plan should go ahead.", 1),
        ("Mary Cole said the council should approve the depot plan.", 1),
        ("Mary Cole said the depot plan must be withdrawn.", -1),
        ("Mary Cole said the depot plan should not go ahead.", -1),
        # a forecast is no wish
        ("Mary Cole said the depot plan will go ahead.", 0),
        # words between a verb and its object: "create jobs"
        ("Mary Cole said the depot would create hundreds of jobs.", 1),
        ("Mary Cole said the depot would cost thousands of jobs.", -1),
    ],
)
def test_what_a_speaker_wants_done_or_expects_of_the_plan(sentence: str, sign: int) -> None:
    said = [c.sign for c in analysis_of(LEAD, sentence).claims if c.kind == "speech"]
    assert said == ([sign] if sign else [])


@pytest.mark.parametrize(
    "sentence",
    ["Tom Reyes has opposed the depot plan.", "Tom Reyes is opposed to the depot plan."],
)
def test_a_word_that_is_two_cues_is_one_claim(sentence: str) -> None:
    # "opposed" is the verb "oppose" and the predicate "opposed (to)"
    assert _claims_of(analysis_of(LEAD, sentence), "Tom Reyes") == [("verb", -1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Reyes would not comment on the cost and would instead oppose the depot plan.",
        "Tom Reyes did not comment on the cost and opposed the depot plan.",
    ],
)
def test_a_negation_stays_in_its_own_conjunct(sentence: str) -> None:
    claims = _claims_of(analysis_of(LEAD, sentence), "Tom Reyes")
    assert [c for c in claims if c[0] == "verb"] == [("verb", -1)]


def test_asking_for_what_would_undo_the_plan_is_opposition() -> None:
    brief = brief_of(
        LEAD,
        "The Riverside Tenants Union asked a judge for a ruling that would annul the depot plan.",
    )
    assert stances(brief).get("Riverside Tenants Union") == "opponent"


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("The Riverside Tenants Union is leading the campaign against the depot plan.", "opponent"),
        ("The Riverside Tenants Union is leading the campaign for the depot plan.", "supporter"),
        ("The Riverside Tenants Union joined the fight against the depot plan.", "opponent"),
        ("The Riverside Tenants Union led the No campaign.", "opponent"),
        ("The Riverside Tenants Union said it had no objection to the depot plan.", "supporter"),
        ("The Riverside Tenants Union has serious concerns about the depot plan.", "opponent"),
        # a campaign for nothing in the story
        ("The Riverside Tenants Union ran its election campaign.", "neutral"),
    ],
)
def test_a_campaign_or_a_view_held_places_its_holder(sentence: str, side: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Riverside Tenants Union", "neutral") == side


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Tom Reyes said the council was right to press ahead with the depot plan.", "supporter"),
        ("Tom Reyes said the council was wrong to approve the depot plan.", "opponent"),
        ("Tom Reyes said the council was right to reject the depot plan.", "opponent"),
        ('Tom Reyes said the depot plan "makes no sense".', "opponent"),
        (
            "Supporters of the depot plan, such as Tom Reyes, argue that it will cut congestion.",
            "supporter",
        ),
    ],
)
def test_judging_a_decision_or_being_listed_places_the_speaker(sentence: str, side: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Tom Reyes") == side


@pytest.mark.parametrize(
    "first",
    ["Tom Reyes is a Riverside councillor.", "Councillor Tom Reyes spoke on Monday."],
)
def test_the_role_a_person_was_given_points_back_to_them(first: str) -> None:
    brief = brief_of(LEAD, first, "The councillor has long opposed the depot plan.")
    assert stances(brief).get("Tom Reyes") == "opponent"


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Tom Reyes sided with Ms Ruiz.", "supporter"),
        ("Tom Reyes sided with critics of the depot plan.", "opponent"),
    ],
)
def test_siding_with_a_side_takes_it(sentence: str, side: str) -> None:
    brief = brief_of(LEAD, "Ana Ruiz proposed the depot plan in March.", sentence)
    assert stances(brief).get("Tom Reyes") == side


@pytest.mark.parametrize(
    ("sentence", "sign"),
    [
        ("Mary Cole questioned whether the depot plan was affordable.", -1),
        ("Mary Cole asked whether the depot plan was really needed.", -1),
        ("Mary Cole said the depot plan was affordable.", 1),
    ],
)
def test_asking_whether_the_plan_is_good_doubts_it(sentence: str, sign: int) -> None:
    said = [c.sign for c in analysis_of(LEAD, sentence).claims if c.kind == "speech"]
    assert said == [sign]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Reyes declined to comment on the depot plan.",
        "Tom Reyes said he was on the fence.",
        "Tom Reyes said he was in two minds about the depot plan.",
        "Tom Reyes said he would reserve judgement on the depot plan.",
    ],
)
def test_a_speaker_who_says_they_are_undecided_takes_no_side(sentence: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Tom Reyes", "neutral") == "neutral"


def test_the_critics_of_the_plan_are_an_actor_wherever_they_stand() -> None:
    # an object, not a subject: the critics still hold their side, and who hits out
    # at them the other
    sides = stances(brief_of(LEAD, "Mayor Ana Lima rounded on critics of the depot plan."))
    assert sides.get("critics") == "opponent"
    assert sides.get("Ana Lima") == "supporter"


@pytest.mark.parametrize(
    "body",
    [
        "Riverside Walkers Association",
        # the parser joins the acronym to the last word of this name, not to its head
        "League Against Noisy Buses",
    ],
)
def test_who_speaks_with_another_and_signs_nothing_stands_where_they_stand(body: str) -> None:
    brief = brief_of(
        LEAD,
        f"The {body} strongly backs the depot plan.",
        f"The {body} and the RDLA say they will monitor the depot.",
    )
    assert stances(brief).get("RDLA") == "supporter"


def test_supporters_of_what_a_ban_stops_oppose_the_ban_and_bare_supporters_are_fans() -> None:
    brief = brief_of(
        "A ban on fishing in the Riverside lakes came into force on Monday.",
        "Thousands of fishing supporters gathered at the lakes to mark the last day.",
        "Thousands of supporters cheered as the anglers set off.",
        title="Fishing ban comes into force",
    )
    assert stances(brief) == {"fishing supporters": "opponent"}


def test_casting_a_vote_against_it_is_voting_against_it() -> None:
    brief = brief_of(LEAD, "Councillor Ray Tate cast his decisive vote against the depot plan.")
    assert stances(brief).get("Ray Tate") == "opponent"


def test_reservations_are_no_declared_indecision() -> None:
    brief = brief_of(LEAD, "Tom Reyes said he had serious reservations about the depot plan.")
    assert stances(brief).get("Tom Reyes") == "opponent"


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Tom Reyes played down fears that the depot would bring traffic.", "supporter"),
        ("Tom Reyes brushed aside concerns about the depot plan.", "supporter"),
        ("Tom Reyes called for a rethink of the depot plan.", "opponent"),
    ],
)
def test_answering_the_critics_or_asking_for_a_rethink(sentence: str, side: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Tom Reyes") == side


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Tom Reyes voted for the depot plan, as did Maria Costa.", "supporter"),
        ("Tom Reyes backed the depot plan, and so did Maria Costa.", "supporter"),
        ("Tom Reyes backed the depot plan, along with Maria Costa.", "supporter"),
        ("The Riverside Tenants Union opposes the depot plan, as does Maria Costa.", "opponent"),
    ],
)
def test_one_who_does_likewise_takes_the_same_side(sentence: str, side: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Maria Costa") == side


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Mary Cole is among those pushing for the depot plan.", "supporter"),
        ("Mary Cole is among those who oppose the depot plan.", "opponent"),
        ("Mary Cole insisted the depot plan was the right decision.", "supporter"),
        ("Mary Cole urged the council to press ahead.", "supporter"),
    ],
)
def test_more_ways_of_taking_a_side(sentence: str, side: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Mary Cole") == side


@pytest.mark.parametrize(
    ("sentence", "who", "side"),
    [
        (
            "Tom Reyes said his party would repeal the depot plan if elected.",
            "Tom Reyes",
            "opponent",
        ),
        (
            "Backbench MPs are threatening to rebel over the depot plan.",
            "Backbench MPs",
            "opponent",
        ),
        ('Tom Reyes said the depot plan was "the only option".', "Tom Reyes", "supporter"),
    ],
)
def test_a_pledge_a_rebellion_or_a_verdict(sentence: str, who: str, side: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get(who) == side


@pytest.mark.parametrize(
    ("sentence", "sign"),
    [
        ("Tom Reyes denied that the depot plan was being rushed.", 1),
        ("Tom Reyes denied that the depot plan was unfair.", 1),
        # what is denied is the split, not the backing deeper in the clause
        ("Tom Reyes denied the party was divided over a vote to back the depot plan.", 1),
    ],
)
def test_denying_what_the_critics_say_is_support(sentence: str, sign: int) -> None:
    said = [c.sign for c in analysis_of(LEAD, sentence).claims if c.kind == "speech"]
    assert said == [sign]


@pytest.mark.parametrize(
    "sentence",
    [
        'Tom Reyes said the depot plan was "a no-brainer".',
        "Writing in a local paper, Tom Reyes argued the depot would revive the area.",
        'Tom Reyes said the depot plan "ticks all the boxes".',
    ],
)
def test_praise_of_what_the_plan_will_do_is_support(sentence: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Tom Reyes") == "supporter"


def test_members_listed_among_a_group_act_with_it() -> None:
    found = analysis_of(
        LEAD,
        "The residents who opposed the depot plan, among them the Riverside Tenants Union, "
        "announced a new campaign.",
    )
    assert _claims_of(found, "Riverside Tenants Union") == _claims_of(found, "residents") != []


def test_backing_a_demand_is_backing_the_proposal() -> None:
    brief = brief_of(
        "Residents have asked the council for a bus depot in Riverside.",
        "Their demands were backed by Councillor Ben Okafor.",
        title="Residents want a bus depot",
    )
    assert stances(brief).get("Ben Okafor") == "supporter"


def test_a_passive_about_something_else_is_no_claim() -> None:
    brief = brief_of(LEAD, "The river was praised on Monday by local teachers.")
    assert stances(brief).get("local teachers", "neutral") == "neutral"


def test_speaking_against_what_a_proposal_lifts_is_support() -> None:
    brief = brief_of(
        "The city council has proposed to lift the curfew on bars in the old town.",
        "The curfew is a disaster for the old town, said Councillor Ruth Olsen.",
        title="City plans to lift the curfew on bars",
    )
    assert stances(brief).get("Ruth Olsen") == "supporter"


def test_a_cue_that_says_its_own_negation_is_not_negated_twice() -> None:
    brief = brief_of(LEAD, '"The depot plan is simply not viable," said Councillor Ruth Olsen.')
    assert stances(brief).get("Ruth Olsen") == "opponent"


@pytest.mark.parametrize(
    "sentence",
    [
        # a clause joined to the speaker's, with a subject of its own
        "Councillor Ruth Olsen says the depot will follow every rule, but local teachers"
        " fear it will damage the park.",
        # what others are said to think, inside the speaker's words
        "Councillor Ruth Olsen says the depot meets every rule, except for its noise,"
        " which engineers say is unsafe.",
    ],
)
def test_words_of_others_in_the_sentence_are_not_the_speakers(sentence: str) -> None:
    assert ("speech", -1) not in _claims_of(analysis_of(LEAD, sentence), "Ruth Olsen")


def test_a_cue_in_a_condition_is_not_the_speakers_stance() -> None:
    sentence = (
        '"If we reject the depot plan, Riverside will be left isolated and poorer,"'
        " said Councillor Ruth Olsen."
    )
    assert _claims_of(analysis_of(LEAD, sentence), "Ruth Olsen") == [("speech", 1)]


def test_they_points_to_the_latest_subject_body_not_a_country() -> None:
    analysis = analysis_of(
        LEAD,
        "The Riverside Tenants Union met on Monday with visitors from France.",
        "They say the depot plan will ruin the park and is a disaster.",
    )
    assert _claims_of(analysis, "Riverside Tenants Union") == [("speech", -1)]
    assert _claims_of(analysis, "France") == []


@pytest.mark.parametrize(
    "sentence",
    [
        '"I do not think the depot plan is the right way to protect the town," said'
        " Councillor Ruth Olsen.",
        "Councillor Ruth Olsen said the depot plan would do nothing to improve the town.",
        "Councillor Ruth Olsen said the depot plan had no money to help the town.",
        '"The depot plan will not make the road to school safe," said Councillor Ruth Olsen.',
    ],
)
def test_a_negation_above_a_cue_in_the_speakers_words_turns_it(sentence: str) -> None:
    assert _claims_of(analysis_of(LEAD, sentence), "Ruth Olsen") == [("speech", -1)]


def test_the_proposals_own_act_is_not_an_act_against_it() -> None:
    # stopping the drilling is what is proposed: a feeling about it is not a reaction
    # to a veto of it
    analysis = analysis_of(
        "Campaigners have proposed to stop oil drilling in the national park.",
        "Stopping the drilling would be a terrible loss for local jobs, said Councillor"
        " Ruth Olsen.",
        title="Campaigners propose to stop oil drilling in the park",
    )
    assert _claims_of(analysis, "Ruth Olsen") == [("speech", -1)]


def test_a_cue_verb_completing_another_subjects_verb_is_not_the_speakers() -> None:
    analysis = analysis_of(
        LEAD, '"Vandals want to attack the depot every night," said Councillor Ruth Olsen.'
    )
    cues = [c.cue for c in analysis.claims if analysis.cast.actors[c.actor].name == "Ruth Olsen"]
    assert not any("attack" in cue for cue in cues)


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillor Ben Okafor tabled a motion to postpone the depot plan.",
        "Councillor Ben Okafor put forward a proposal for a postponement of the depot plan.",
        "Councillor Ben Okafor filed an amendment to strip the depot from the city's plan.",
    ],
)
def test_putting_forward_a_move_against_the_plan_is_opposing_it(sentence: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Ben Okafor") == "opponent"


def test_a_motion_against_the_plan_does_not_make_its_owner_the_proposer() -> None:
    sentence = "Councillor Ben Okafor's motion to delay the depot plan was debated on Monday."
    found = stances(brief_of(LEAD, sentence)).get("Ben Okafor", "neutral")
    assert found not in ("proposer", "supporter")
    # the claim itself, not only the side the model makes of it
    assert ("propose", 1) not in _claims_of(analysis_of(LEAD, sentence), "Ben Okafor")


def test_a_proposer_described_by_an_opposition_word_still_proposes() -> None:
    brief = brief_of(
        "The measure, proposed by Senator Rosa Vidal, the leader of the opposition, would"
        " build a bus depot in Riverside.",
        title="Senator proposes a bus depot",
    )
    assert stances(brief).get("Rosa Vidal") in ("proposer", "supporter")


def test_a_plan_whose_own_act_is_scrapping_is_not_a_move_against_itself() -> None:
    brief = brief_of(
        "The city council has proposed to scrap the bus lane on Main Street.",
        "Mayor Ana Lima's plan to scrap the bus lane was debated on Monday.",
        title="City plans to scrap the bus lane",
    )
    assert stances(brief).get("Ana Lima") != "opponent"


def test_counted_other_bills_are_not_the_proposal() -> None:
    analysis = analysis_of(LEAD, "Governor Paula Chen signed 17 other bills last month.")
    assert _claims_of(analysis, "Paula Chen") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillor Ben Okafor has been pursuing the depot plan in the council.",
        "Councillor Ben Okafor will bring forward the depot plan next month.",
    ],
)
def test_taking_the_plan_forward_is_putting_it_forward(sentence: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Ben Okafor") in ("proposer", "supporter")


def test_a_past_verb_coordinated_into_a_reported_clause_is_the_reporters_act() -> None:
    analysis = analysis_of(
        LEAD,
        "Senator Rosa Vidal said the Green Party would publish its own proposals next"
        " week and attacked the depot plan.",
    )
    assert ("verb", -1) in _claims_of(analysis, "Rosa Vidal")
    assert ("verb", -1) not in _claims_of(analysis, "Green Party")


def test_the_names_a_plural_subject_lists_act_with_it() -> None:
    brief = brief_of(
        LEAD, "Coalition senators Rosa Vidal and Tom Reyes voted against the depot plan."
    )
    found = stances(brief)
    assert found.get("Rosa Vidal") == "opponent" and found.get("Tom Reyes") == "opponent"


def test_the_party_an_agreement_is_made_with_proposes_it_too() -> None:
    analysis = analysis_of(
        "Lawmakers backed a ferry deal signed with Norway to run two night crossings.",
        title="Parliament approves ferry deal",
    )
    assert ("propose", 1) in _claims_of(analysis, "Norway")
    # a deal the story is not about makes no proposer
    other = analysis_of(LEAD, "The city signed a deal with Norway on school meals last year.")
    assert ("propose", 1) not in _claims_of(other, "Norway")


def test_a_plural_that_lists_its_members_is_only_them() -> None:
    analysis = analysis_of(
        LEAD, "Green senators Rosa Vidal and Tom Reyes voted against the depot plan."
    )
    assert ("verb", -1) in _claims_of(analysis, "Rosa Vidal")
    assert ("verb", -1) in _claims_of(analysis, "Tom Reyes")
    # the two are the whole group: no third opponent beside them
    assert not _claims_of(analysis, "Green senators")


def test_a_vote_against_hung_from_the_phrase_between() -> None:
    # the parser hangs "against the depot plan" from "opposition", not from "voted"
    analysis = analysis_of(
        LEAD, "Councillor Maria Jensen voted with the opposition against the depot plan."
    )
    assert ("verb", -1) in _claims_of(analysis, "Maria Jensen")


@pytest.mark.parametrize(
    "sentence",
    [
        "Green councillors are set to vote against the depot plan.",
        "Green councillors are poised to reject the depot plan.",
    ],
)
def test_the_subject_of_a_raising_passive_is_who_acts(sentence: str) -> None:
    # "are set to vote": the councillors will vote, nobody sets them
    assert ("verb", -1) in _claims_of(analysis_of(LEAD, sentence), "Green councillors")


@pytest.mark.parametrize(
    ("sentence", "proposes"),
    [
        # a plan of its own, about something the story does not propose
        ("The Green Party unveiled proposals to plant trees along the canal.", False),
        # the story's proposal, named by its own words or pointed back to
        ("The Green Party unveiled proposals for a bus depot in Riverside.", True),
        ("The Green Party unveiled the plan.", True),
    ],
)
def test_putting_forward_another_plan_is_not_proposing_this_one(
    sentence: str, proposes: bool
) -> None:
    claims = _claims_of(analysis_of(LEAD, sentence), "Green Party")
    assert (("propose", 1) in claims) is proposes


@pytest.mark.parametrize(
    "sentence",
    [
        "The depot plan has angered local teachers.",
        "Local teachers were angered by the depot plan.",
        "Local teachers are worried the depot plan will bring noise.",
        "Local teachers worry that the depot plan will bring noise.",
        "Local teachers have reacted with alarm to the depot plan.",
    ],
)
def test_who_the_plan_angers_or_worries_opposes_it(sentence: str) -> None:
    claims = _claims_of(analysis_of(LEAD, sentence), "Local teachers") or _claims_of(
        analysis_of(LEAD, sentence), "local teachers"
    )
    assert ("verb", -1) in claims


@pytest.mark.parametrize(
    "sentence",
    [
        "The storm has angered local teachers.",
        # a forecast, not a feeling shown
        "The depot plan will anger local teachers.",
        # the relative's antecedent is the cause: a storm, not the plan
        "It was a storm that angered local teachers.",
    ],
)
def test_a_feeling_stirred_by_something_else_or_only_forecast_is_no_claim(sentence) -> None:
    assert ("verb", -1) not in _claims_of(analysis_of(LEAD, sentence), "local teachers")


def test_whom_something_was_said_to_is_no_proposer() -> None:
    analysis = analysis_of(
        LEAD, "Mayor Ana Lima told the Riverside Radio's morning programme she backed the depot."
    )
    assert ("propose", 1) not in _claims_of(analysis, "Riverside Radio")


def test_charities_are_a_group_and_putting_lives_at_risk_is_against() -> None:
    brief = brief_of(
        LEAD, "Children's charities reacted, saying the depot plan would put lives at risk."
    )
    assert stances(brief).get("Children's charities") == "opponent"


@pytest.mark.parametrize(
    "sentence",
    [
        'Councillor Ben Okafor said the depot plan was a "charade" and a "farce".',
        'Councillor Ben Okafor called the depot plan "a desperate attempt" to win votes.',
        "Councillor Ben Okafor said the depot plan does not go far enough.",
    ],
)
def test_scorn_for_the_plan_is_against_it(sentence: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Ben Okafor") == "opponent"


def test_a_cue_in_a_phrase_with_an_agent_of_its_own_is_not_the_speakers() -> None:
    # no claim of hers: what side a claimless speaker is given is the model's guess
    analysis = analysis_of(
        LEAD,
        "Senator Rosa Vidal said the campaign launched by the city in support of the depot plan"
        " was misleading.",
    )
    assert not any(sign > 0 for _, sign in _claims_of(analysis, "Rosa Vidal"))


def test_the_speakers_own_verb_is_not_someone_elses_words() -> None:
    # no clause is parsed as what was said, so the whole sentence is: its speech verb
    # frames it and is not a report inside it
    analysis = analysis_of(
        LEAD, "The Riverside Tenants Union has described as unfair and costly the depot plan."
    )
    cues = [
        c.cue
        for c in analysis.claims
        if analysis.cast.actors[c.actor].name == "Riverside Tenants Union" and c.kind == "speech"
    ]
    assert cues == ["unfair, costly"]


def test_a_hyphenated_cue_matches_the_words_the_tokenizer_splits_it_into() -> None:
    analysis = analysis_of(
        LEAD, "Councillor Ben Okafor said the depot plan was half-baked and heavy-handed."
    )
    cues = [c.cue for c in analysis.claims if analysis.cast.actors[c.actor].name == "Ben Okafor"]
    assert cues == ["half-baked, heavy-handed"]


def test_dismay_at_a_lesser_version_of_the_plan_is_for_the_plan() -> None:
    sentence = (
        '"It would be a disaster if the city settled for a half-hearted version of the depot,"'
        " said Councillor Ben Okafor."
    )
    assert stances(brief_of(LEAD, sentence)).get("Ben Okafor") == "supporter"


def test_a_stance_noun_naming_another_noun_is_no_stance() -> None:
    brief = brief_of(LEAD, "Brazil's opposition Social Liberals held its conference on Monday.")
    assert stances(brief).get("Brazil") != "opponent"


def test_what_was_told_a_crowd_is_the_quote_and_the_plan_undone_in_it_is_against() -> None:
    analysis = analysis_of(
        LEAD,
        'At the rally Councillor Ben Okafor told supporters: "We are many, and this depot'
        ' plan must be overturned."',
    )
    assert _claims_of(analysis, "Ben Okafor") == [("speech", -1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillor Ben Okafor's wedding plans were reported last week.",
        "Councillor Ben Okafor's motion for a longer lunch break was debated.",
    ],
)
def test_another_plan_of_someone_is_not_the_proposal(sentence: str) -> None:
    assert ("propose", 1) not in _claims_of(analysis_of(LEAD, sentence), "Ben Okafor")


def test_rejecting_another_plan_of_someone_is_no_side_on_the_proposal() -> None:
    sentence = "Councillor Tom Hale rejected the Rural Party's motion for a toll road."
    assert _claims_of(analysis_of(LEAD, sentence), "Tom Hale") == []
    # the party's motion for the depot is the proposal
    sentence = "Councillor Tom Hale rejected the Rural Party's motion for a depot."
    assert _claims_of(analysis_of(LEAD, sentence), "Tom Hale") == [("verb", -1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillor Ben Okafor's plan was debated on Monday.",
        "Councillor Ben Okafor's depot plan was debated on Monday.",
    ],
)
def test_someones_plan_for_the_same_thing_is_the_proposal(sentence: str) -> None:
    assert ("propose", 1) in _claims_of(analysis_of(LEAD, sentence), "Ben Okafor")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Riverside Tenants Union lodged a complaint contesting the depot plan.",
        "The Riverside Tenants Union signed a letter criticising the depot plan.",
    ],
)
def test_what_a_body_filed_or_signed_is_its_own_side(sentence: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Riverside Tenants Union") == "opponent"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Ana Lima read letters opposing the depot plan.",
        "Mayor Ana Lima met residents opposing the depot plan.",
    ],
)
def test_what_someone_read_or_whom_they_met_is_not_their_side(sentence: str) -> None:
    assert ("verb", -1) not in _claims_of(analysis_of(LEAD, sentence), "Ana Lima")


@pytest.mark.parametrize(
    "things", ["other bus depots", "several depot plans", "many depot schemes"]
)
def test_other_things_of_the_same_kind_are_not_the_proposal(things: str) -> None:
    analysis = analysis_of(LEAD, f"Councillor Ben Okafor has backed {things} in the past.")
    assert ("verb", 1) not in _claims_of(analysis, "Ben Okafor")


def test_several_measures_said_of_the_proposal_are_of_it() -> None:
    analysis = analysis_of(
        LEAD, "Councillor Ben Okafor has backed several measures in the depot plan."
    )
    assert ("verb", 1) in _claims_of(analysis, "Ben Okafor")


def test_moving_for_a_debate_on_the_plan_puts_it_forward() -> None:
    analysis = analysis_of(LEAD, "Councillor Ben Okafor moved for a debate on the depot plan.")
    assert ("propose", 1) in _claims_of(analysis, "Ben Okafor")


@pytest.mark.parametrize(
    ("paragraphs", "title", "group", "expected"),
    [
        (
            (LEAD, "Anti-depot campaigners gathered outside the town hall on Monday."),
            "City weighs plan for a new bus depot",
            "Anti-depot campaigners",
            "opponent",
        ),
        (
            (
                "The city council is considering a ban on smoking in parks.",
                "Anti-smoking campaigners gathered outside the town hall on Monday.",
            ),
            "City weighs a ban on smoking in parks",
            "Anti-smoking campaigners",
            "supporter",  # against what the ban stops
        ),
        (
            (LEAD, "Pro-democracy activists gathered outside the town hall on Monday."),
            "City weighs plan for a new bus depot",
            "Pro-democracy activists",
            None,  # for something else
        ),
    ],
)
def test_a_group_named_for_or_against_something(
    paragraphs: tuple[str, ...], title: str, group: str, expected: str | None
) -> None:
    assert stances(brief_of(*paragraphs, title=title)).get(group) == expected


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "The Riverside Action Group, an anti-depot campaign, met on Monday.",
            "Riverside Action Group",
        ),
        (
            "Ana Lima, director of the anti-depot group Riverside First, spoke on Monday.",
            "Riverside First",
        ),
        (
            "Anti-depot groups - such as the Riverside Action Group - handed out leaflets.",
            "Riverside Action Group",
        ),
        (
            "Anti-depot groups like the Riverside Action Group and Valley Voice marched.",
            "Valley Voice",
        ),
    ],
)
def test_a_body_described_as_against_the_plan_opposes_it(sentence: str, body: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get(body) == "opponent"


@pytest.mark.parametrize(
    ("sentence", "actor", "expected"),
    [
        (
            "The Riverside Tenants Union will campaign for a No vote.",
            "Riverside Tenants Union",
            "opponent",
        ),
        ('Mayor Ana Lima said she would back a "yes" vote.', "Ana Lima", "supporter"),
    ],
)
def test_a_referendums_answer_is_a_side(sentence: str, actor: str, expected: str) -> None:
    brief = brief_of(
        "Riverside will hold a referendum in May on a plan to build a bus depot.",
        sentence,
        title="Riverside to vote on bus depot plan",
    )
    assert stances(brief).get(actor) == expected


def test_a_companion_after_who_is_an_agent_too() -> None:
    brief = brief_of(
        LEAD,
        "Jane Doe, who along with the remainder of the Riverside Tenants Union, opposes the depot "
        "plan, spoke on Monday.",
    )
    assert stances(brief).get("Riverside Tenants Union") == "opponent"


def test_what_a_passive_unveils_may_share_a_word_with_a_stance_verb() -> None:
    # "question" is a verb of doubt, but "the depot question" is the proposal
    brief = brief_of(
        "The depot question to be put to voters was unveiled by the Riverside Transit Authority.",
        "Residents will vote in May.",
        title="Depot referendum question unveiled",
    )
    assert stances(brief).get("Riverside Transit Authority") == "proposer"


def test_a_cue_word_inside_a_name_says_nothing() -> None:
    a = analysis_of(
        LEAD,
        "Ana Ruiz, chair of the Riverside Alliance Against Noise, said the depot plan was "
        "welcome news.",
    )
    assert [(c.sign, c.cue) for c in a.claims if c.kind == "speech"] == [(1, "welcome news")]


@pytest.mark.parametrize(
    ("quote", "cues"),
    [
        # what the speaker wants done to the plan is their view
        ("The depot plan must be scrapped", ["scrap"]),
        ("This plan will have to be scrapped", ["scrap"]),
        # what others did to it is not
        ("The depot plan was welcomed last year, but nobody asked the tenants", []),
    ],
)
def test_a_passive_in_a_quotation_is_the_speakers_view_only_as_a_wish(
    quote: str, cues: list[str]
) -> None:
    a = analysis_of(LEAD, f'"{quote}," said Marco Diaz.')
    said = [c.cue for c in a.claims if c.kind == "speech" and "sentiment" not in c.cue]
    assert said == cues


def test_a_source_of_figures_is_no_side() -> None:
    brief = brief_of(
        LEAD,
        "Bus use in the town rose 6 percent last year, according to the Riverside Transport "
        "Institute.",
        "Mayor Ana Lima backed the depot plan.",
    )
    assert stances(brief).get("Riverside Transport Institute") in (None, "neutral")


@pytest.mark.parametrize(
    ("sentence", "actor", "expected"),
    [
        # an executive that approves or refuses the measure takes that side
        (
            "The Valmora government authorised the depot plan on Monday.",
            "Valmora government",
            "supporter",
        ),
        (
            "The Valmora government refused to fund the depot plan.",
            "Valmora government",
            "opponent",
        ),
        # a deciding body's decision is the outcome, not a side
        ("The Riverside Senate approved the depot plan on Monday.", "Riverside Senate", None),
        # and a shadow minister decides nothing
        ("Her shadow transport minister Ana Ruiz approved the depot plan.", "Ana Ruiz", None),
    ],
)
def test_an_executive_deciding_takes_a_side_and_a_legislature_does_not(
    sentence: str, actor: str, expected: str | None
) -> None:
    stance = stances(brief_of(LEAD, sentence)).get(actor)
    assert stance == expected if expected else stance in (None, "neutral")


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # the police and prosecutors apply a law in force: no side
        ("The city council passed a ban on cars in the old town on Monday.", "neutral"),
        # on a measure still to be decided they are a party like any other
        ("The city council will vote next month on a ban on cars in the old town.", "opponent"),
    ],
)
def test_the_police_take_no_side_on_a_law_in_force(lead: str, expected: str) -> None:
    brief = brief_of(
        lead,
        "The Riverside Police Federation criticised the ban, saying officers could not enforce it.",
        title="City council and the ban on cars in the old town",
    )
    assert stances(brief).get("Riverside Police Federation") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The Attorney General, Lord Tom Reyes, criticised the ban, saying it was unclear.",
        "The Attorney General Lord Tom Reyes criticised the ban, saying it was unclear.",
    ],
)
def test_a_law_officer_takes_no_side_on_a_law_in_force(sentence: str) -> None:
    brief = brief_of(
        "The city council passed a ban on cars in the old town on Monday.",
        sentence,
        title="City council and the ban on cars in the old town",
    )
    assert stances(brief).get("Tom Reyes") == "neutral"


def test_of_two_opposite_actions_in_the_lead_the_first_is_the_proposal() -> None:
    # the lead names the closure and the calls to undo it: backing the closure backs it
    brief = brief_of(
        "The Riverside authority will close the old paper mill, resisting calls from unions "
        "to keep it open.",
        "The Valley Anglers Club backed closing the mill on Tuesday.",
        "The Riverside Chamber of Commerce backed keeping the mill open.",
        title="Riverside authority to close old paper mill",
    )
    assert stances(brief) == {
        "Valley Anglers Club": "supporter",
        "Riverside Chamber of Commerce": "opponent",
    }


@pytest.mark.parametrize("fitted", [True, False])
def test_who_works_for_a_side_and_says_nothing_outright_is_on_it(fitted: bool) -> None:
    # his words are bitter, but he works for the proposer: with the shipped model and
    # with the hand-set rules
    with model.using(model.shipped() if fitted else None):
        brief = brief_of(
            "The Riverside Transit Authority has proposed a new bus depot on Mill Road.",
            "Riverside Transit Authority lawyer Tom Reyes said the hearings on the depot plan "
            "had been painful and bitter.",
            "Residents opposed the depot plan.",
        )
    assert stances(brief)["Tom Reyes"] == "supporter"


def test_who_leads_or_joins_a_group_named_by_its_side_is_on_it() -> None:
    brief = brief_of(
        LEAD, "The Rural Party, with the Riverside Cyclists Club, led the anti-depot campaign."
    )
    assert stances(brief) == {"Rural Party": "opponent", "Riverside Cyclists Club": "opponent"}
    brief = brief_of(LEAD, "The Riverside Cyclists Club joined the anti-depot campaign in May.")
    assert stances(brief) == {"Riverside Cyclists Club": "opponent"}


def test_who_carries_out_the_proposals_action_supports_it() -> None:
    title = "Power company to close old coal plant in Riverside"
    lead = "The Northern Power Company will close the old coal plant next year, it said."
    doer = analysis_of(lead, "Miners say the plan will cost jobs.", title=title)
    claims = [(doer.cast.actors[c.actor].name, c.sign) for c in doer.claims]
    assert ("Northern Power Company", 1) in claims
    # made to do it, or doing the opposite, is no support
    for sentence in (
        "The Northern Power Company will have to close the old coal plant next year.",
        "The Northern Power Company will not close the old coal plant next year.",
        # what a noun says may happen: a report, not the company acting
        "Reports that the Northern Power Company can close the old coal plant were welcomed.",
    ):
        made = analysis_of(sentence, "Miners say the plan will cost jobs.", title=title)
        assert ("Northern Power Company", 1) not in [
            (made.cast.actors[c.actor].name, c.sign) for c in made.claims
        ]


@pytest.mark.parametrize("noun", ["rebellion", "revolt", "boycott", "walkout"])
def test_a_rebellion_or_a_boycott_by_a_group_is_opposition(noun: str) -> None:
    brief = brief_of(
        LEAD,
        f"The council approved the depot plan on Monday despite a {noun} by 12 Riverside "
        "Party councillors.",
    )
    assert stances(brief).get("12 Riverside Party councillors") == "opponent"


def test_a_measure_of_its_own_is_another_proposal() -> None:
    brief = brief_of(
        LEAD,
        "The Rural Party backed a weekly market between the bus depot and the station.",
        "The Riverside Traders Association backed an early version of the depot plan.",
    )
    sides = stances(brief)
    assert sides.get("Rural Party") in (None, "neutral")
    assert sides.get("Riverside Traders Association") == "supporter"


def test_a_deciding_body_that_carries_out_the_proposal_is_its_author() -> None:
    brief = brief_of(
        "The Riverside city council will close the old bus depot next year, it said on Monday.",
        "Drivers said the closure would cost jobs.",
        title="Council to close old bus depot in Riverside",
    )
    assert stances(brief)["Riverside city council"] == "proposer"


def test_sums_that_do_not_add_up_are_a_criticism() -> None:
    said = analysis_of(
        LEAD, "The Rural Party says the council's sums for the depot plan do not add up."
    )
    claims = [(said.cast.actors[c.actor].name, c.sign) for c in said.claims]
    assert ("Rural Party", -1) in claims


@pytest.mark.parametrize(
    ("quote", "sign"),
    [
        # regretted, but done by the speakers: their own act
        ("It is with deep regret that we have made this decision.", 1),
        ("We regret that we had to make this choice.", 1),
        # regret of the plan, or of a side once taken, is against it
        ("We regret the decision to build the depot.", -1),
        ("I regret that I voted for the depot.", -1),
    ],
)
def test_regret_of_ones_own_act_is_no_opposition(quote: str, sign: int) -> None:
    analysis = analysis_of(LEAD, f'Transit chief Tom Hale said: "{quote}"')
    assert _claims_of(analysis, "Tom Hale") == [("speech", sign)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a request to someone or for something is no legal appeal
        ("Councillor Tom Hale appealed to residents to back the depot.", [("verb", 1)]),
        ("Councillor Tom Hale appealed for calm over the depot plan.", []),
        ("Councillor Tom Hale will appeal against the depot plan.", [("verb", -1)]),
    ],
)
def test_an_appeal_to_someone_is_a_request(sentence: str, expected: list) -> None:
    assert _claims_of(analysis_of(LEAD, sentence), "Tom Hale") == expected


def test_as_opposed_to_means_rather_than() -> None:
    sentence = "Councillor Tom Hale said the depot should serve buses as opposed to lorries."
    assert ("speech", -1) not in _claims_of(analysis_of(LEAD, sentence), "Tom Hale")


def test_a_speakers_we_are_introducing_it_proposes_it() -> None:
    sentence = (
        'Transport Secretary Tom Hale said: "We are introducing the depot plan because '
        'Riverside needs it."'
    )
    assert ("propose", 1) in _claims_of(analysis_of(LEAD, sentence), "Tom Hale")


def test_a_proposers_words_about_the_problem_are_no_opposition() -> None:
    analysis = analysis_of(
        LEAD,
        "Transport Secretary Tom Hale has proposed the depot plan.",
        '"Buses are stuck in awful traffic and the old yards are a grim, dangerous mess," he said.',
    )
    assert ("speech", -1) not in _claims_of(analysis, "Tom Hale")
    assert stances(brief_of(LEAD, *[s.text for s in analysis.sents[1:]]))["Tom Hale"] == (
        "proposer"
    )


def test_announcing_what_another_must_do_is_not_proposing() -> None:
    sentence = (
        "Councillor Tom Hale announced that the transit company must now draw up a scheme "
        "to build the depot."
    )
    assert ("propose", 1) not in _claims_of(analysis_of(LEAD, sentence), "Tom Hale")


@pytest.mark.parametrize(
    ("decision", "feeling", "side"),
    [
        ("rejected", "disappointed", "supporter"),
        ("rejected", "delighted", "opponent"),
        ("approved", "disappointed", "opponent"),
    ],
)
def test_a_feeling_about_nothing_named_after_a_decision_is_about_the_decision(
    decision: str, feeling: str, side: str
) -> None:
    brief = brief_of(
        LEAD,
        f"The council {decision} the depot plan on Monday.",
        f"Councillor Tom Hale said he was {feeling}.",
    )
    assert stances(brief)["Tom Hale"] == side


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        # agreeing to do something else near the proposal is no side
        ("The Harbour Traders Association has agreed to hold its rally near the depot.", []),
        ("The Harbour Traders Association has agreed to meet near the depot site.", []),
        # agreeing to the proposal, to do it, or to undo it is
        ("The Harbour Traders Association has agreed to the depot plan.", [("agree to", 1)]),
        ("The Harbour Traders Association has agreed to build the depot.", [("agree to", 1)]),
        (
            "The Harbour Traders Association has agreed to scrap the depot plan.",
            [("agree to", -1), ("scrap", -1)],
        ),
    ],
)
def test_agreeing_to_do_something_is_a_side_only_when_it_is_done_to_the_proposal(
    sentence: str, claims: list[tuple[str, int]]
) -> None:
    analysis = analysis_of(LEAD, sentence)
    assert [(c.cue, c.sign) for c in analysis.claims] == claims


@pytest.mark.parametrize(
    ("sentence", "actor", "expected"),
    [
        # a bad thing the proposal would fight is no complaint about it
        (
            "Ministers say the depot would help the fight against crime and illegal parking.",
            "government",
            "supporter",
        ),
        (
            "Ana Ruiz said the depot would cut wasteful spending on repairs.",
            "Ana Ruiz",
            "supporter",
        ),
        (
            "Ana Ruiz said the depot would help tackle dangerous congestion.",
            "Ana Ruiz",
            "supporter",
        ),
        # the same words said of the proposal itself
        ("Ana Ruiz said the depot was a dangerous and wasteful idea.", "Ana Ruiz", "opponent"),
    ],
)
def test_a_bad_thing_fought_speaks_for_the_measure(
    sentence: str, actor: str, expected: str
) -> None:
    assert stances(brief_of(LEAD, sentence))[actor] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz launched a fresh attack on the depot plans.",
        "Ana Ruiz launched an assault on the depot plans.",
    ],
)
def test_launching_an_attack_on_the_plans_opposes_them(sentence: str) -> None:
    assert stances(brief_of(LEAD, sentence))["Ana Ruiz"] == "opponent"


def test_an_attack_on_something_else_is_no_side() -> None:
    brief = brief_of(
        LEAD, "Ana Ruiz launched a fresh attack on the running of the present bus network."
    )
    assert stances(brief).get("Ana Ruiz", "neutral") == "neutral"


@pytest.mark.parametrize(
    ("sentence", "proposes"),
    [
        ("The Harbour Party unveiled its own proposals to build a tram depot instead.", False),
        ("The Harbour Party unveiled rival proposals for a tram depot.", False),
        ("The Harbour Party unveiled the depot proposals.", True),
    ],
)
def test_a_rival_plan_is_not_the_proposal(sentence: str, proposes: bool) -> None:
    lead = "The city council has unveiled a plan to build a bus depot in Riverside."
    side = stances(brief_of(lead, sentence)).get("Harbour Party")
    assert (side == "proposer") == proposes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ana Ruiz rejected demands for a delay to the depot plan.", "supporter"),
        ('Ana Ruiz has rejected calls for a "pause" on the depot plan.', "supporter"),
        ("Ana Ruiz backed calls to scrap the depot plan.", "opponent"),
        # a call that would not set the plan back
        ("Ana Ruiz rejected calls to speed up the depot plan.", "opponent"),
    ],
)
def test_a_call_against_the_plan_turns_the_side(sentence: str, expected: str) -> None:
    assert stances(brief_of(LEAD, sentence))["Ana Ruiz"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the parser hangs the infinitive from "resisted", not from "calls"
        ("Ana Ruiz resisted calls to build the bus depot.", "opponent"),
        ("Ana Ruiz has resisted pressure to build the bus depot.", "opponent"),
        ("Ana Ruiz backed calls for the bus depot.", "supporter"),
    ],
)
def test_the_side_on_a_call_is_the_side_on_what_it_asks(sentence: str, expected: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Ana Ruiz") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It follows the Harbour Party's refusal to build the bus depot.", "opponent"),
        ("It follows a decision by the Harbour Party not to build the bus depot.", "opponent"),
        ("The Harbour Party's decision to scrap the bus depot plan angered drivers.", "opponent"),
        # a decision about something else says nothing of the depot
        ("The Harbour Party's decision to hold its conference early surprised many.", None),
    ],
)
def test_a_refusal_or_decision_is_its_holders_side(sentence: str, expected: str | None) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Harbour Party") == expected


def test_a_grievance_about_not_being_asked_is_no_refusal() -> None:
    sentence = "Shop owners complained about not having been asked about the bus depot plan."
    assert stances(brief_of(LEAD, sentence)).get("Shop owners") == "opponent"


def test_a_cue_in_the_speakers_title_is_not_what_they_said() -> None:
    sentence = '"We will study the details," said Ana Ruiz, the group\'s legal director.'
    assert stances(brief_of(LEAD, sentence)).get("Ana Ruiz", "neutral") != "supporter"


@pytest.mark.parametrize(
    "sentence",
    [
        '"We are not against drivers earning more," said Ana Ruiz.',
        "Ana Ruiz said she backed the bus depot in principle but that it ignores small shops.",
    ],
)
def test_a_point_conceded_is_no_support(sentence: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Ana Ruiz") != "supporter"


def test_not_against_the_plan_itself_is_still_no_opposition() -> None:
    sentence = "Ana Ruiz said she was not against the bus depot."
    assert stances(brief_of(LEAD, sentence)).get("Ana Ruiz") == "supporter"


DROPPED = "The city council has dropped its plan to build a bus depot in Riverside."
DELAYED = "The city council has postponed its plan to build a bus depot in Riverside by a year."


@pytest.mark.parametrize(
    ("lead", "decision", "expected"),
    [
        (DROPPED, "the decision", "opponent"),
        (
            "The city council has approved its plan to build a bus depot in Riverside.",
            "the decision",
            "supporter",
        ),
        (DROPPED, "the U-turn", "opponent"),  # tagged a proper noun for its capital
        (DELAYED, "the delay", "opponent"),
        (DELAYED, "the postponement", "opponent"),
    ],
)
def test_welcoming_the_decision_takes_the_decisions_side(
    lead: str, decision: str, expected: str
) -> None:
    assert stances(brief_of(lead, f"Ana Ruiz welcomed {decision}."))["Ana Ruiz"] == expected


def test_a_critic_named_by_a_portfolio_is_a_post_not_a_side() -> None:
    sentence = (
        "The party's transport critic, Laura Bennett, said the council should approve the"
        " plan this summer."
    )
    assert stances(brief_of(LEAD, sentence)).get("Laura Bennett") == "supporter"


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            "Councillor Laura Bennett, who had backed the plan when it went before the"
            " committee, switched sides.",
            "opponent",
        ),
        ("Tom Hale initially opposed the plan. He has since changed his mind.", "supporter"),
        ("Laura Bennett had backed the plan last year. She opposes the plan now.", "opponent"),
        # a side held before, with no word of a change, still holds
        ("Laura Bennett had backed the plan in the spring.", "supporter"),
        # nor does someone else's change turn it
        (
            "Laura Bennett had also criticised the plan in a report. One councillor changed sides.",
            "opponent",
        ),
    ],
)
def test_a_side_since_changed_is_the_other_side(sentences: str, expected: str) -> None:
    side = stances(brief_of(LEAD, sentences))
    assert side.get("Laura Bennett", side.get("Tom Hale")) == expected


@pytest.mark.parametrize(
    ("decision", "expected"),
    [
        ("Councillors voted 7-6 to defer the plan to June", "supporter"),
        ("Councillors approved the plan", "opponent"),
    ],
)
def test_objecting_to_a_decision_is_the_side_against_that_decision(
    decision: str, expected: str
) -> None:
    sentence = f"{decision}, over the objections of Mayor Laura Bennett."
    assert stances(brief_of(LEAD, sentence))["Laura Bennett"] == expected


def test_the_president_of_an_association_speaks_for_it() -> None:
    sentence = (
        '"This is long overdue," said Laura Bennett, president of the Riverside Drivers'
        " Association, of the bus depot plan."
    )
    side = stances(brief_of(LEAD, sentence))
    assert side.get("Laura Bennett") == side.get("Riverside Drivers Association") == "supporter"


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        ("Councillor Laura Bennett voted yes.", "Laura Bennett", "supporter"),
        ("Councillor Laura Bennett voted no.", "Laura Bennett", "opponent"),
        ("Councillor Laura Bennett spoke in favour.", "Laura Bennett", "supporter"),
        (
            "The Harbour Party and the Civic Party were among the five groups that voted"
            " in favour.",
            "Civic Party",
            "supporter",
        ),
        (
            "Councillor Jim Park, one of the four who voted against, said little.",
            "Jim Park",
            "opponent",
        ),
        (
            "Councillor Jim Park was one of the four councillors who voted against.",
            "Jim Park",
            "opponent",
        ),
    ],
)
def test_a_vote_told_without_its_object_is_on_the_proposal(
    sentence: str, name: str, expected: str
) -> None:
    lead = "The city council passed a plan to build a bus depot in Riverside by 5 votes to 4."
    assert stances(brief_of(lead, sentence)).get(name) == expected


def test_a_plan_floated_by_no_one_named_was_not_proposed_by_the_clause_above() -> None:
    sentence = (
        "The Harbour Party, which has campaigned against the bus depot since it was first"
        " floated in 2022, called its end a victory."
    )
    assert stances(brief_of(LEAD, sentence)).get("Harbour Party") == "opponent"


def test_a_rival_paper_proposing_something_is_not_the_proposal() -> None:
    lead = "The league's board has proposed a salary cap for all clubs."
    sentence = "Harbour United had circulated a rival paper in May proposing a soft cap."
    assert stances(brief_of(lead, sentence)).get("Harbour United") != "proposer"


def test_resistance_led_by_someone_is_theirs() -> None:
    sentence = "Resistance to the bus depot was led by the Harbour Party."
    assert stances(brief_of(LEAD, sentence)).get("Harbour Party") == "opponent"


def test_not_against_a_good_named_in_the_plan_is_still_a_concession() -> None:
    lead = "The state has proposed a welfare levy on delivery apps."
    sentence = '"We are not against welfare," said Laura Bennett, a spokeswoman for the apps.'
    assert stances(brief_of(lead, sentence)).get("Laura Bennett") != "supporter"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a pledge for after an election is a side now
        (
            "The Harbour Party has made clear that if it gets elected into government it will"
            " restore hunting.",
            "opponent",
        ),
        ("The Harbour Party vowed to repeal the ban.", "opponent"),
        # a condition that is no election still hedges
        ("The Harbour Party would restore hunting if the courts allowed it.", None),
    ],
)
def test_a_pledge_to_undo_a_ban_is_against_it(sentence: str, expected: str | None) -> None:
    lead = "A ban on fox hunting took effect on Friday. Fox hunting is now against the law."
    side = stances(brief_of(lead, sentence, title="Hunting ban comes into force"))
    assert side.get("Harbour Party") == expected


def test_a_vote_without_an_object_after_a_motion_against_the_plan_is_on_the_motion() -> None:
    lead = "The city council debated the plan to build a bus depot in Riverside."
    motion = "Councillor Tom Hale tabled a motion for a twelve-month delay to the plan."
    vote = "The Harbour Party voted in favour."
    assert stances(brief_of(lead, motion, vote)).get("Harbour Party") == "opponent"
    assert stances(brief_of(lead, vote)).get("Harbour Party") == "supporter"


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        ("Trade unions reacted angrily.", "Trade unions", "supporter"),
        (
            "Shop owners reacted angrily when the plan was unveiled in May.",
            "Shop owners",
            "opponent",
        ),
        ("Ana Ruiz welcomed the result.", "Ana Ruiz", "opponent"),
    ],
)
def test_a_reaction_to_a_postponement_is_the_side_it_set_back(
    sentence: str, name: str, expected: str
) -> None:
    lead = "The city council has postponed its plan to build a bus depot in Riverside until 2027."
    assert stances(brief_of(lead, sentence)).get(name) == expected


def test_a_bad_thing_fought_is_no_bad_word_in_what_is_said() -> None:
    sentence = "Laura Bennett said the depot would cut crime and violence in the area."
    assert stances(brief_of(LEAD, sentence)).get("Laura Bennett") != "opponent"


def test_a_party_named_before_plans_owns_them() -> None:
    lead = "The Harbour Party backs Renewal Party proposals to build a bus depot in Riverside."
    side = stances(brief_of(lead, title="Harbour Party to back bus depot"))
    assert side.get("Renewal Party") in ("proposer", "supporter")


def test_a_petition_against_the_plan_is_its_organisers() -> None:
    sentence = (
        "A petition against the bus depot, organised by the Riverside Residents Association,"
        " gathered 2,300 signatures."
    )
    assert stances(brief_of(LEAD, sentence)).get("Riverside Residents Association") == "opponent"


def test_lining_up_behind_the_proposer_is_support() -> None:
    lead = "Mayor Laura Bennett has proposed a plan to build a bus depot in Riverside."
    sentence = "The Harbour Party has lined up behind Bennett."
    assert stances(brief_of(lead, sentence)).get("Harbour Party") == "supporter"


def test_what_a_speaker_says_others_argued_is_the_others() -> None:
    sentence = (
        "Civic Party sources say leading members had argued strongly against the bus depot plan."
    )
    analysis = analysis_of(LEAD, sentence)
    party = next(a.id for a in analysis.cast.actors if a.name == "Civic Party")
    assert not [c for c in analysis.claims if c.actor == party and c.kind == "speech"]


def test_who_is_urged_is_not_what_is_urged() -> None:
    # the proposer is only the one asked; what is asked (a review first) backs nothing
    lead = "Mayor Laura Bennett has proposed a plan to build a bus depot in Riverside."
    sentence = (
        "The Riverside Residents Association urged Bennett to commission an independent"
        " review before drafting any fresh proposal."
    )
    analysis = analysis_of(lead, sentence)
    assert (1, "verb") not in [
        (sign, kind) for kind, sign in _claims_of(analysis, "Riverside Residents Association")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Riverside Residents Association called for a review of the depot plan.",
        '"I backed putting the depot plan out for consultation," said Councillor Ben Okafor.',
    ],
)
def test_backing_a_step_the_plan_goes_through_takes_no_side(sentence: str) -> None:
    analysis = analysis_of(LEAD, sentence)
    assert all(c.sign <= 0 for c in analysis.claims)


def test_allying_with_someone_takes_the_side_of_what_they_do_together() -> None:
    # the ally is named in the headline, so its name is among the proposal's words
    sentence = "The Harbour Party sided with the Civics to vote the depot plan down."
    title = "Civics and independents sink depot plan"
    analysis = analysis_of(LEAD, sentence, title=title)
    assert _claims_of(analysis, "Harbour Party") == [("verb", -1)]


def test_an_amendment_tabled_is_not_the_proposal_proposed() -> None:
    sentence = (
        "Councillor Ben Okafor tabled an amendment to limit the depot plan to electric buses,"
        " but withdrew it before the vote."
    )
    assert ("propose", 1) not in _claims_of(analysis_of(LEAD, sentence), "Ben Okafor")


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillor Ben Okafor said the depot plan goes far beyond what is needed.",
        'Councillor Ben Okafor said the depot plan "needed substantial surgery".',
    ],
)
def test_going_beyond_what_is_needed_is_no_praise(sentence: str) -> None:
    signs = [sign for _, sign in _claims_of(analysis_of(LEAD, sentence), "Ben Okafor")]
    assert 1 not in signs


def test_closing_a_dangerous_gap_speaks_for_the_plan() -> None:
    sentence = (
        'Councillor Ben Okafor said the depot would close "one of the most dangerous gaps"'
        " in the bus network."
    )
    assert ("speech", -1) not in _claims_of(analysis_of(LEAD, sentence), "Ben Okafor")


def test_a_government_dropping_its_plan_is_giving_it_up_not_opposing_it() -> None:
    sentence = "The depot plan has been scrapped by the Valmora government after protests."
    analysis = analysis_of(LEAD, sentence)
    assert ("verb", -1) not in _claims_of(analysis, "Valmora government")
    # a withdrawal is by the plan's sponsors: what is given up was its own
    assert ("propose", 1) in _claims_of(analysis, "Valmora government")
    assert stances(brief_of(LEAD, sentence)).get("Valmora government") in ("supporter", "proposer")


@pytest.mark.parametrize("verb", ["abandoned", "withdrawn", "shelved"])
def test_who_withdraws_the_plan_proposed_it(verb: str) -> None:
    sentence = f"The Valmora government has {verb} the plan to build the bus depot."
    assert ("propose", 1) in _claims_of(analysis_of(LEAD, sentence), "Valmora government")


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents gave the Valmora government a month to drop the depot plan.",
        "The Valmora government tabled an amendment to the depot plan but later withdrew it.",
    ],
)
def test_asking_to_drop_it_or_dropping_a_change_is_not_proposing_it(sentence: str) -> None:
    analysis = analysis_of(LEAD, sentence)
    for name in ("Residents", "Valmora government"):
        assert ("propose", 1) not in _claims_of(analysis, name)


def test_dropping_another_governments_plan_is_not_proposing_it() -> None:
    sentence = "The Valmora government has scrapped the previous government's depot plan."
    claims = _claims_of(analysis_of(LEAD, sentence), "Valmora government")
    assert ("propose", 1) not in claims


@pytest.mark.parametrize(
    "sentence",
    [
        "Miners have threatened strikes after the government proposed shutting three coal"
        " mines early.",
        "The Harbour government has proposed to close three coal mines by 2030.",
    ],
)
def test_proposing_the_proposals_own_act_is_proposing_it(sentence: str) -> None:
    analysis = analysis_of(sentence, title="Miners threaten strikes over mine closure plan")
    names = [n for n in ("government", "Harbour government") if _claims_of(analysis, n)]
    assert names and ("propose", 1) in _claims_of(analysis, names[0])


def test_signing_off_on_the_plan_approves_it_and_does_not_propose_it() -> None:
    sentence = (
        "The Riverside Transit Authority signed off on Wednesday on the council's request"
        " to build the depot."
    )
    claims = _claims_of(analysis_of(LEAD, sentence), "Riverside Transit Authority")
    assert ("propose", 1) not in claims


def test_a_bill_brought_by_someone_is_theirs() -> None:
    sentence = (
        "Parliament will debate the depot bill, a member's bill brought by Senator Tom Reyes."
    )
    assert ("propose", 1) in _claims_of(analysis_of(LEAD, sentence), "Tom Reyes")
    # "bring it on" proposes nothing
    taunt = 'Senator Tom Reyes said of the depot plan: "Bring it on."'
    assert ("propose", 1) not in _claims_of(analysis_of(LEAD, taunt), "Tom Reyes")


@pytest.mark.parametrize("members", ["MSPs", "MLAs", "TDs", "MEPs"])
def test_a_legislatures_members_voting_as_one_decide(members: str) -> None:
    sentence = f"{members} backed the depot bill by 51 votes to 34 at its final stage on Tuesday."
    assert stances(brief_of(LEAD, sentence)).get(members) in (None, "neutral")


def test_not_ruling_out_backing_is_no_side_and_ruling_it_out_opposes() -> None:
    maybe = "Councillor Ben Okafor said he would not rule out backing the depot plan."
    assert ("verb", -1) not in _claims_of(analysis_of(LEAD, maybe), "Ben Okafor")
    never = "Councillor Ben Okafor ruled out backing the depot plan."
    assert ("verb", -1) in _claims_of(analysis_of(LEAD, never), "Ben Okafor")


def test_accepting_a_decision_is_bowing_to_it() -> None:
    analysis = analysis_of(
        LEAD,
        "The council dropped the depot plan on Monday.",
        "Councillor Ben Okafor said he accepted the council's decision.",
    )
    assert _claims_of(analysis, "Ben Okafor") == []


def test_a_bill_someone_may_file_is_not_yet_proposed() -> None:
    sentence = "Senator Tom Reyes did not rule out filing a bill to delay the depot."
    assert ("propose", 1) not in _claims_of(analysis_of(LEAD, sentence), "Tom Reyes")


@pytest.mark.parametrize(
    "sentence",
    [
        "The depot plan's architect, Councillor Ben Okafor, said he was disappointed.",
        "Councillor Ben Okafor, the depot bill's sponsor, said it would pass.",
        "Councillor Ben Okafor, who brought the depot bill to the chamber, said it would pass.",
    ],
)
def test_the_plans_architect_or_sponsor_proposed_it(sentence: str) -> None:
    assert ("propose", 1) in _claims_of(analysis_of(LEAD, sentence), "Ben Okafor")


def test_accusing_the_owner_of_the_bill_opposes_it() -> None:
    # "the Valmoran government" and "the government" are one; the bill is the
    # government's, so accusing it of haste is against the bill
    analysis = analysis_of(
        "Parliament passed the depot bill after a debate in which the opposition accused"
        " the Valmoran government of legislating in haste.",
        "Deputy Minister Ana Lima, who presented the government's bill in January, said it"
        " was fair.",
        title="Parliament passes depot bill",
    )
    assert ("verb", -1) in _claims_of(analysis, "opposition")
    assert ("propose", 1) in _claims_of(analysis, "Ana Lima")


@pytest.mark.parametrize(
    "sentence",
    [
        "Eleven Civic Party councillors signed a letter asking for the depot plan to be"
        " paused until an independent review.",
        "Eleven Civic Party councillors called for the depot plan to be shelved.",
    ],
)
def test_asking_for_the_plan_to_be_stopped_opposes_it(sentence: str) -> None:
    assert ("verb", -1) in _claims_of(analysis_of(LEAD, sentence), "Eleven Civic Party councillors")


def test_welcoming_someone_elses_u_turn_is_no_change_of_ones_own() -> None:
    analysis = analysis_of(
        "Plans for a bus depot in Riverside have been scrapped by the city council.",
        "The Civic Party, which had called for the depot plan to be shelved, also welcomed"
        " the U-turn.",
        title="Council drops bus depot plan",
    )
    assert all(sign < 0 for _, sign in _claims_of(analysis, "Civic Party"))


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        # a feeling voiced outright, of what it is "at"
        ("Mary Cole expressed disappointment at the depot plan.", "opponent"),
        (
            "Mary Cole expressed disappointment at the council's decision to approve the depot"
            " plan.",
            "opponent",
        ),
        (
            "Mary Cole expressed disappointment at the council's decision to drop the depot plan.",
            "supporter",
        ),
    ],
)
def test_a_feeling_voiced_about_the_plan(sentence: str, side: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Mary Cole", "neutral") == side


def test_a_threat_on_what_a_person_named_by_the_terms_does_takes_no_side() -> None:
    # "Cole" is a word of the headline, so of the proposal's terms: a person, not the plan
    brief = brief_of(
        "Mary Cole has proposed a bus depot in Riverside.",
        "The Riverside Tenants Union threatened a rent strike if Cole wins her lawsuit.",
        title="Cole depot plan faces vote",
    )
    assert stances(brief).get("Riverside Tenants Union", "neutral") == "neutral"


@pytest.mark.parametrize(
    ("words", "sign"),
    [
        ("a race to the bottom dressed up as modernisation", -1),
        ("a sticking plaster", -1),
        ("a lifeline for families", 1),
    ],
)
def test_idioms_of_judgement_take_their_side(words: str, sign: int) -> None:
    sentence = f'"The depot plan is {words}," said Councillor Ben Okafor.'
    assert ("speech", sign) in _claims_of(analysis_of(LEAD, sentence), "Ben Okafor")


def test_backing_it_whether_or_not_others_agree_is_unconditional() -> None:
    brief = brief_of(
        LEAD, "Tom Hale said he would back the depot plan whether or not the mayor agrees."
    )
    assert stances(brief)["Tom Hale"] == "supporter"


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("According to Jane Roe, the depot plan is a disaster.", "Jane Roe"),
        (
            "According to the opposition parties, the depot plan is a con trick.",
            "opposition parties",
        ),
    ],
)
def test_a_source_named_before_what_it_says_says_it(sentence: str, actor: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get(actor) == "opponent"


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Roe called the vote a slap in the face for every family in the town.",
        "Jane Roe said the decision was a disgrace.",
        # a chance lost with the plan, regretted
        'Jane Roe called the vote "a missed chance".',
        'Jane Roe called the vote "a lost opportunity".',
    ],
)
def test_judging_a_rejection_is_judging_it_not_the_plan(sentence: str) -> None:
    brief = brief_of(
        "The city council rejected the plan to build a bus depot in Riverside on Monday.",
        sentence,
        title="Council rejects depot plan",
    )
    assert stances(brief)["Jane Roe"] == "supporter"


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Roe said the decision was good news for every family in the town.",
        'Jane Roe said the vote was "a victory for common sense".',
    ],
)
def test_praising_a_rejection_in_a_phrase_led_by_an_adjective_is_against_the_plan(
    sentence: str,
) -> None:
    analysis = analysis_of(
        "The city council rejected the plan to build a bus depot in Riverside on Monday.",
        sentence,
        title="Council rejects depot plan",
    )
    signs = {c.sign for c in analysis.claims if analysis.cast.actors[c.actor].name == "Jane Roe"}
    assert signs == {-1}


@pytest.mark.parametrize(
    "sentence",
    [
        'Jane Roe said: "The intention is good, but the depot plan has the same flaws."',
        "Jane Roe said there was a flaw at the heart of the depot plan.",
    ],
)
def test_flaws_found_in_the_plan_are_against_it(sentence: str) -> None:
    assert stances(brief_of(LEAD, sentence))["Jane Roe"] == "opponent"


@pytest.mark.parametrize(
    "sentence",
    [
        '"Without the depot, the buses will simply not get the repairs they need," Ana Ruiz said.',
        '"Without this depot the chaos of last winter will come back," Ana Ruiz said.',
    ],
)
def test_a_harm_that_follows_without_the_plan_is_said_for_it(sentence: str) -> None:
    assert "harm without it" in _speech_cues(sentence)
    assert stances(brief_of(LEAD, sentence))["Ana Ruiz"] == "supporter"


def test_a_good_that_follows_without_the_plan_is_not_said_for_it() -> None:
    sentence = '"Without the depot, the riverside will stay green and lovely," Ana Ruiz said.'
    assert "harm without it" not in _speech_cues(sentence)


def test_a_participle_naming_a_kind_of_thing_is_no_judgement() -> None:
    brief = brief_of(
        LEAD,
        'Jane Roe said she had written to the council setting out "serious concerns" about '
        "the loss of protected habitat.",
    )
    assert stances(brief).get("Jane Roe") == "opponent"


def _speech_cues(sentence: str) -> list[str]:
    return [c.cue for c in analysis_of(LEAD, sentence).claims if c.kind == "speech"]


@pytest.mark.parametrize(
    "sentence",
    [
        # an adjective of law before its noun names a kind of thing
        '"Our legal team is reading the depot plan and we will answer it next week,"'
        " said Marco Diaz, who chairs the Riverside Trust.",
        # "behind" of place, not of support
        '"With the depot plan we are asked to work with one hand tied behind our backs,"'
        " said Marco Diaz, who chairs the Riverside Trust.",
    ],
)
def test_words_of_law_or_place_are_no_verdict_on_the_proposal(sentence: str) -> None:
    assert not any("legal" in cue or "behind" in cue for cue in _speech_cues(sentence))


def test_a_verdict_of_law_or_support_after_a_verb_of_being_still_counts() -> None:
    assert "legal" in " ".join(
        _speech_cues('"The depot plan is legal," said Marco Diaz, who chairs the Riverside Trust.')
    )
    assert "behind" in " ".join(
        _speech_cues(
            '"We are behind the depot plan all the way," said Marco Diaz, who chairs the'
            " Riverside Trust."
        )
    )


def test_asking_for_the_proposal_to_be_paused_opposes_it() -> None:
    brief = brief_of(
        "The city council is considering a bill to build a bus depot in Riverside.",
        # the parser makes "to be paused" a relative clause of "bill" here
        "Ana Lima wrote to the minister asking for the depot bill to be paused until a"
        " review has reported.",
    )
    assert {a.name.split()[-1]: a.stance for a in brief.actors}.get("Lima") == "opponent"


def test_announcing_that_its_sponsor_shelves_the_plan_is_no_opposition() -> None:
    brief = brief_of(
        "The government's plan to build a bus depot in Riverside has divided the town.",
        '"Today I am announcing that ministers have chosen to shelve the depot plan," Ana'
        " Lima, the chief executive of the Riverside Trust, said on Friday.",
        title="Depot plan shelved",
    )
    assert {a.name.split()[-1]: a.stance for a in brief.actors}.get("Lima") != "opponent"


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Councillor Ana Lima hit out at the depot plan.", "opponent"),
        ("Councillor Ana Lima poured scorn on the depot plan.", "opponent"),
        ("Councillor Ana Lima cast doubt on the depot plan.", "opponent"),
        ("Councillor Ana Lima hit out at critics of the depot plan.", "supporter"),
        # what someone is urged to do carries the side: an opposing verb turns it
        ("Councillor Ana Lima urged councillors to oppose the depot plan.", "opponent"),
        ("Councillor Ana Lima urged the council to reconsider the depot plan.", "opponent"),
        ("Councillor Ana Lima urged the council to think again about the depot plan.", "opponent"),
        ("Councillor Ana Lima urged councillors to back the depot plan.", "supporter"),
        # what the plan would do, judged
        ('Marco Diaz said the depot plan would "rip the heart out of" Riverside.', "opponent"),
        ("Marco Diaz said the depot plan would bring hundreds of jobs to Riverside.", "supporter"),
    ],
)
def test_british_news_phrases_of_attack_and_doubt(sentence: str, side: str) -> None:
    found = stances(brief_of(LEAD, sentence))
    assert found.get("Ana Lima", found.get("Marco Diaz")) == side


@pytest.mark.parametrize(
    "sentence",
    [
        "Council officials said the depot would hold 80 buses and open in 2027.",
        "Residents said the depot would be built on the old gasworks site.",
    ],
)
def test_a_group_that_only_reports_takes_no_side(sentence: str) -> None:
    brief = brief_of(LEAD, "Ana Ruiz, the transport chief, backed the plan.", sentence)
    sides = stances(brief)
    assert sides.get("Ana Ruiz") == "supporter"
    assert {side for name, side in sides.items() if name != "Ana Ruiz"} <= {"neutral"}


def test_a_group_that_says_where_it_stands_takes_its_side() -> None:
    brief = brief_of(LEAD, "Residents said they would fight the depot plan in the courts.")
    assert stances(brief).get("Residents") == "opponent"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Riverside Tenants Union threatened to take the council to court if it presses"
            " ahead with the depot plan.",
            "opponent",
        ),
        (
            "The Riverside Tenants Union threatened a rent strike unless the plan is dropped.",
            "opponent",
        ),
        ("The Riverside Tenants Union vowed to strike if the depot plan is dropped.", "supporter"),
        (
            "The Riverside Tenants Union threatened to strike if the depot plan is not dropped.",
            "opponent",
        ),
        # the proposal named by the thing it would build
        (
            "The Riverside Tenants Union threatened a rent strike if the council presses ahead"
            " with the depot.",
            "opponent",
        ),
    ],
)
def test_a_threat_on_the_condition_of_the_plan_takes_a_side(sentence: str, expected: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Riverside Tenants Union", "neutral") == expected


@pytest.mark.parametrize(
    ("words", "sign"),
    [
        ("a white elephant", -1),
        ("more red tape", -1),
        ("drawn up without consultation", -1),
        ("a vanity project", -1),
        ("piecemeal", -1),
        ("a backward step", -1),
        ("pie in the sky", -1),
        ("a fudge", -1),
        ("a much-needed fix", 1),
        ("long-awaited", 1),
        ("a godsend for commuters", 1),
    ],
)
def test_what_a_speaker_calls_the_plan_is_a_claim_of_their_side(words: str, sign: int) -> None:
    assert _signs_of_reyes(f"the depot plan was {words}") == {sign}


def _signs_of_reyes(words: str) -> set[int]:
    """The signs of the claims in "Councillor Tom Reyes said <words>."."""
    found = analysis_of(LEAD, f"Councillor Tom Reyes said {words}.")
    reyes = next(a.id for a in found.cast.actors if a.name == "Tom Reyes")
    return {c.sign for c in found.claims if c.actor == reyes}


@pytest.mark.parametrize(
    ("verb", "expected"),
    [("castigated", "opponent"), ("rebuffed", "opponent"), ("vouched for", "supporter")],
)
def test_verbs_of_blame_and_praise_take_a_side(verb: str, expected: str) -> None:
    brief = brief_of(LEAD, f"The Riverside Tenants Union {verb} the depot plan on Monday.")
    assert stances(brief).get("Riverside Tenants Union") == expected


@pytest.mark.parametrize(
    ("words", "sign"),
    [
        ("the plan was not a mistake", 1),
        ("the council would not accept a power grab", -1),
        ('the council would not "hand the mayor a blank cheque"', -1),
        ("the plan would not cause any harm", 1),
    ],
)
def test_a_negation_turns_what_is_said_of_the_plan_not_what_is_refused(
    words: str, sign: int
) -> None:
    assert _signs_of_reyes(words) == {sign}


@pytest.mark.parametrize(
    "quote",
    [
        "Every month we wait is another month of dirty air",
        "Each year of delay adds to the cost",
        "The town has waited long enough",
        "The review must not become an excuse for delay",
    ],
)
def test_impatience_for_the_plan_is_support(quote: str) -> None:
    brief = brief_of(LEAD, f"“{quote},” said Councillor Ana Ruiz.")
    assert stances(brief).get("Ana Ruiz") == "supporter"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        # a threat on another condition takes no side on the plan
        ("The Riverside Tenants Union threatened to strike if wages are not raised.", "threatened"),
        # delays the plan would cause are no impatience for it
        (
            "Councillor Ana Ruiz said the depot would cause long delays for drivers.",
            "impatient for it",
        ),
    ],
)
def test_a_reading_needs_its_whole_construction(sentence: str, cue: str) -> None:
    assert not [c for c in analysis_of(LEAD, sentence).claims if c.cue == cue]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # whom the measure lets act does not author it
        ("The plan would allow the Riverside Transit Authority to build the depot.", None),
        # who will carry it out does
        ("The Riverside Transit Authority will build the depot on the old rail yard.", "proposer"),
    ],
)
def test_who_is_let_do_what_the_plan_does_is_not_its_author(
    sentence: str, expected: str | None
) -> None:
    stance = stances(brief_of(LEAD, sentence)).get("Riverside Transit Authority")
    assert stance == expected if expected else stance in (None, "neutral")


ROOM = "The depot would have room for forty buses."  # the lead is two sentences


@pytest.mark.parametrize(
    "said",
    [
        "Jane Roe said the depot would cut accidents.",
        "Jane Roe said the depot would help reduce crime in the town centre.",
        "Jane Roe said it would cut waste and accidents.",
    ],
)
def test_the_plan_acting_against_a_harm_is_said_for_it(said: str) -> None:
    assert stances(brief_of(LEAD, ROOM, said)).get("Jane Roe") == "supporter"


@pytest.mark.parametrize(
    "said",
    [
        "Jane Roe said the depot would fail to cut accidents.",
        "Jane Roe said the depot would do little to cut accidents.",
        "Jane Roe said the depot would not cut accidents.",
    ],
)
def test_the_plan_failing_against_a_harm_is_said_against_it(said: str) -> None:
    assert _signs(said) == {-1}


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        ("Jane Roe said the depot would cause chaos.", -1),
        ("Jane Roe said it would create problems for the town.", -1),
        ("Jane Roe said the depot would not cause chaos.", 1),
        ("Jane Roe said the depot would create jobs.", 1),  # a good thing: no harm
    ],
)
def test_the_plan_bringing_about_a_harm_is_said_against_it(said: str, sign: int) -> None:
    assert _signs(said) == {sign}


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        # harms that VADER rates neutral
        ("Jane Roe said the depot would cut congestion.", 1),
        ("Jane Roe said the depot would cause gridlock.", -1),
        ("Jane Roe said the depot would not cause gridlock.", 1),
        ("Jane Roe said the depot would not bring extra traffic.", 1),
    ],
)
def test_a_harm_policy_sets_out_to_reduce_is_a_bad_thing(said: str, sign: int) -> None:
    assert _signs(said) == {sign}


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        ("Jane Roe said the depot would penalise small shops.", -1),
        ("Jane Roe said the depot would endanger cyclists on the high street.", -1),
        ("Jane Roe said the depot would not penalise local residents.", 1),
        (
            'Jane Roe said the depot would "cut off the oldest residents as soon as their'
            ' concession cards expire".',
            -1,
        ),
        ("Jane Roe said the depot would price out the young and the old.", -1),
    ],
)
def test_the_plan_falling_hard_on_those_it_touches_is_said_against_it(said: str, sign: int) -> None:
    assert _signs(said) == {sign}


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        ('Jane Roe said: "While better buses are important, the depot is a terrible idea."', -1),
        ('Jane Roe said: "Although its aims are good, the depot is a terrible idea."', -1),
        # the point granted is the clause after "although"; the view stays
        ('Jane Roe said: "The depot is important, although it will be noisy."', 1),
        # the parser hangs "While" on the gerund subject and joins the point to it
        (
            'Jane Roe said: "While expanding bus services is important, building the depot'
            ' condemns the neighbourhood to noise and dirt."',
            -1,
        ),
    ],
)
def test_a_point_granted_in_a_concessive_clause_is_not_the_view(said: str, sign: int) -> None:
    assert _signs(said) == {sign}


@pytest.mark.parametrize(
    "said",
    [
        'Jane Roe said: "This has never been about being against new depots."',
    ],
)
def test_never_being_against_something_in_general_is_a_point_granted(said: str) -> None:
    assert 1 not in _signs(said)


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        ("Jane Roe said more buses would do more to cut traffic than the depot.", -1),
        (
            "Better fencing, funded by the council, would do more to keep the park safe than"
            " the depot, Jane Roe argues.",
            -1,
        ),
        ("Jane Roe said the depot would do more to cut traffic than any other plan.", 1),
        # an idiom that belittles is no comparison
        ("Jane Roe said the depot was little more than a stunt.", -1),
    ],
)
def test_what_does_more_than_the_proposal_is_said_against_it(said: str, sign: int) -> None:
    assert _signs(said) == {sign}


def test_what_others_hope_is_not_the_speakers_feeling() -> None:
    # "the brilliant savings officials hope to make": the officials' hope
    said = (
        "Jane Roe said the depot would cost much more than the brilliant savings"
        " officials hope to make."
    )
    assert 1 not in _signs(said)


def _signs(said: str) -> set[int]:
    """The signs of what Jane Roe is found to say of the plan."""
    return {sign for _, sign in _claims_of(analysis_of(LEAD, ROOM, said), "Jane Roe")}


@pytest.mark.parametrize(
    ("sentence", "judged"),
    [
        ("Jane Roe accused Tom Hale of attacking the depot plan.", "opponent"),
        ("Jane Roe praised Tom Hale for backing the depot plan.", "supporter"),
    ],
)
def test_the_one_judged_for_an_act_did_it(sentence: str, judged: str) -> None:
    sides = stances(brief_of(LEAD, ROOM, sentence))
    assert sides.get("Tom Hale") == judged
    assert sides.get("Jane Roe") == "supporter"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The plan needs support from the Green Party to pass.", None),
        ("The council is seeking the backing of the Green Party.", None),
        ("The mayor hopes to win the support of the Green Party.", None),
        ("The plan won the support of the Green Party.", "supporter"),
        ("The plan has the support of the Green Party.", "supporter"),
    ],
)
def test_support_sought_is_not_support_given(sentence: str, expected: str | None) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Green Party") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Reyes said he was still making up his mind about the depot plan.",
        "Tom Reyes said he had not made up his mind on the depot.",
        "Tom Reyes said he would keep an open mind about the depot plan.",
    ],
)
def test_one_still_making_up_their_mind_takes_no_side(sentence: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Tom Reyes") in (None, "neutral")


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        ('"The depot is exactly what Riverside needs," said Jane Roe.', 1),
        ('"The depot is not what Riverside needs," said Jane Roe.', -1),
        ("Jane Roe said the depot was what nobody wanted.", -1),
        ("Jane Roe said the depot was what no one wanted.", -1),
    ],
)
def test_the_plan_said_to_be_what_is_needed_is_said_for_it(said: str, sign: int) -> None:
    assert _signs(said) == {sign}


@pytest.mark.parametrize(
    "sentence",
    [
        "Mary Cole rejected claims that the depot plan would harm the town.",
        "Mary Cole dismissed suggestions that the depot would be noisy.",
    ],
)
def test_rejecting_a_claim_against_the_plan_is_for_it(sentence: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Mary Cole") == "supporter"


def test_a_claim_for_something_else_is_no_side() -> None:
    sentence = "Mary Cole rejected a claim for compensation from a neighbour."
    assert stances(brief_of(LEAD, sentence)).get("Mary Cole") in (None, "neutral")


MINISTER_LEAD = "Transport Secretary Ana Ruiz has proposed a new bus depot in Riverside."
GOVERNMENT_NAMED = "The depot would be built on land the government bought in 2019."


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (MINISTER_LEAD, "supporter"),
        # a shadow minister speaks for the opposition, not the government
        ("Shadow Transport Secretary Ana Ruiz has proposed a new bus depot in Riverside.", None),
    ],
)
def test_the_government_takes_the_side_of_its_minister(lead: str, expected: str | None) -> None:
    sides = stances(brief_of(lead, GOVERNMENT_NAMED, title="Minister proposes new bus depot"))
    assert sides.get("government") == expected


def test_ministers_who_differ_give_the_government_no_side() -> None:
    brief = brief_of(
        MINISTER_LEAD,
        GOVERNMENT_NAMED,
        "Health Minister Tom Hale criticised the plan.",
        title="Minister proposes new bus depot",
    )
    assert stances(brief).get("government") in (None, "neutral")


MORATORIUM = "Council weighs moratorium on new wells"
MORATORIUM_LEAD = "The county council is considering a one-year moratorium on new irrigation wells."


def test_a_proposed_moratorium_is_the_proposal_not_an_act_against_it() -> None:
    brief = brief_of(
        MORATORIUM_LEAD,
        "Councillor Ana Ruiz proposed the moratorium in March.",
        "Tom Hale voted against the moratorium.",
        "The Lakes Association backed the moratorium.",
        "The council approved the moratorium on Tuesday by five votes to two.",
        title=MORATORIUM,
    )
    assert stances(brief) == {
        "Ana Ruiz": "proposer",
        "Tom Hale": "opponent",
        "Lakes Association": "supporter",
    }
    assert brief.outcome.status == "approved"


def test_a_moratorium_on_another_proposal_is_still_against_it() -> None:
    brief = brief_of(
        "The county council is considering a gravel mine near Elm Lake.",
        "The Lakes Association backed a moratorium on the mine.",
        "The mine would employ 40 people.",
        title="Council weighs new gravel mine",
    )
    assert stances(brief)["Lakes Association"] == "opponent"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Councillor Tom Hale moved to table the moratorium until July.", None),
        ("Councillor Tom Hale voted to table the moratorium.", None),
        ("Councillor Tom Hale tabled the moratorium in March.", "proposer"),
    ],
)
def test_to_table_a_measure_until_later_is_not_to_propose_it(
    sentence: str, expected: str | None
) -> None:
    wells = "The wells would draw on Elm Lake."  # the lead is two sentences
    sides = stances(brief_of(MORATORIUM_LEAD, wells, sentence, title=MORATORIUM))
    assert sides.get("Tom Hale") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Drivers Union had backed the depot plan, but this spring joined residents "
            "in opposing it.",
            "opponent",
        ),
        (
            "The Drivers Union had endorsed the depot plan in July but in October voted "
            "against it.",
            "opponent",
        ),
        # a verb joined to the pluperfect with no time of its own shares it: the
        # earlier backing gives way to the opposition said now
        (
            "The Drivers Union had endorsed the depot plan and lobbied for it. It now "
            "opposes the plan.",
            "opponent",
        ),
    ],
)
def test_a_later_act_joined_to_an_earlier_one_keeps_its_own_time(
    sentence: str, expected: str
) -> None:
    assert stances(brief_of(LEAD, sentence))["Drivers Union"] == expected


def test_coming_out_in_favour_with_no_object_is_support() -> None:
    sentence = "The Riverside Traders Guild came out in favour last week, arguing it brings trade."
    analysis = analysis_of(LEAD, ROOM, sentence)
    assert ("verb", 1) in _claims_of(analysis, "Riverside Traders Guild")


@pytest.mark.parametrize(
    ("said", "signs"),
    [
        ('Jane Roe said: "The waste from the old yard ends up in the river."', set()),
        ("Jane Roe said the depot was a waste of money.", {-1}),
    ],
)
def test_waste_judges_only_as_a_waste_of_something(said: str, signs: set[int]) -> None:
    assert {
        s for k, s in _claims_of(analysis_of(LEAD, ROOM, said), "Jane Roe") if k == "speech"
    } == signs


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Her motion to build the depot was seconded by Councillor Mary Cole.", "supporter"),
        ("Councillor Mary Cole seconded the depot plan.", "supporter"),
        ("Mary Cole was seconded to the transport department in 2019.", None),
    ],
)
def test_who_seconds_a_motion_supports_it(sentence: str, expected: str | None) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Mary Cole") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a question left open by its subject: undecided, not a side
        ("Jane Roe has not said whether she backs the depot plan.", {0}),
        ("Jane Roe declined to say whether she would oppose the depot plan.", {0}),
        ("Jane Roe is deciding whether to oppose the depot plan.", {0}),
        # a question someone else asks gives its subject no view, unless answered
        ("Reporters asked Tom Hale whether Jane Roe would oppose the depot plan.", set()),
        ('Asked whether she backed the depot plan, Jane Roe said: "Absolutely."', {1}),
        ("Asked whether she backed the depot plan, Jane Roe said no.", {-1}),
        ('Asked whether she backed the depot plan, Jane Roe said: "We will see."', set()),
        # an adverbial "whether or not" concedes: the view stands
        ("Jane Roe will back the depot plan whether or not the council pays.", {1}),
    ],
)
def test_a_side_inside_an_open_question_is_no_side(sentence: str, expected: set[int]) -> None:
    found = _claims_of(analysis_of(LEAD, ROOM, sentence), "Jane Roe")
    assert {sign for kind, sign in found if kind == "verb"} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a position withheld, said outright: undecided
        ("Jane Roe did not comment on this depot plan.", {0}),
        ("Jane Roe had not taken a stance on this depot plan.", {0}),
        ("Jane Roe said she was persuadable on the depot plan.", {0}),
        # a comment made is no cue at all
        ("Jane Roe commented on the depot plan at length.", set()),
    ],
)
def test_a_position_withheld_is_undecided(sentence: str, expected: set[int]) -> None:
    found = _claims_of(analysis_of(LEAD, ROOM, sentence), "Jane Roe")
    assert {sign for kind, sign in found if kind in ("verb", "pred")} == expected


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        ("Board chair Jane Roe said the vote would be held in June.", "Jane Roe", "neutral"),
        ("Speaker of Congress Jane Roe said the vote was set for June.", "Jane Roe", "neutral"),
        ("Council chairwoman Jane Roe said the vote would be held in June.", "Jane Roe", "neutral"),
        (
            "Deputy mayor Jane Roe, who presided over the hearing, said the vote was set.",
            "Jane Roe",
            "neutral",
        ),
        # one who chairs a deciding body and says what they think is placed by it
        ("Board chair Jane Roe said she opposes the depot plan.", "Jane Roe", "opponent"),
        ("Board chair Jane Roe said the depot plan was a terrible idea.", "Jane Roe", "opponent"),
        # a body named by its own name is not known to decide: its chair may take a side
        (
            "Finance Committee chair Jane Roe said she backs the depot plan.",
            "Jane Roe",
            "supporter",
        ),
    ],
)
def test_who_chairs_a_deciding_body_takes_no_side_unless_outright(
    sentence: str, name: str, expected: str
) -> None:
    assert stances(brief_of(LEAD, ROOM, sentence)).get(name, "neutral") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The Riverside Tenants Association delivered a petition against the depot plan to them.",
        "The Riverside Tenants Association brought a legal challenge against the depot plan.",
        "The Riverside Tenants Association presented a petition against the depot plan.",
        "The Riverside Tenants Association handed in a petition with 900 names against the plan.",
        "The Riverside Tenants Association collected 450 signatures against this depot plan.",
    ],
)
def test_who_hands_over_a_petition_or_brings_a_challenge_holds_it(sentence: str) -> None:
    assert (
        stances(brief_of(LEAD, ROOM, sentence)).get("Riverside Tenants Association") == "opponent"
    )


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        ("Jane Roe said there should be a depot in Riverside.", 1),
        ("Jane Roe said there has to be a depot in Riverside.", 1),
        ('Jane Roe said: "There does need to be a new depot, a bigger depot."', 1),
        ("Jane Roe said there is a real need for a depot.", 1),
        ("Jane Roe said there must be no depot in Riverside.", -1),
        ("Jane Roe said there should not be a depot in Riverside.", -1),
        ("Jane Roe said there was never any need for a depot.", -1),
    ],
)
def test_what_ought_to_exist_is_called_for(said: str, sign: int) -> None:
    assert _signs(said) == {sign}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "could not" is inability or refusal: said outright
        ("Jane Roe said she could not support the depot plan.", "opponent"),
        ("Jane Roe said she could no longer support this depot plan.", "opponent"),
        # "might not" stays a possibility: no side said outright
        ("Jane Roe said she might not support the depot plan.", None),
    ],
)
def test_could_not_refuses_and_might_not_hedges(sentence: str, expected: str | None) -> None:
    found = _claims_of(analysis_of(LEAD, ROOM, sentence), "Jane Roe")
    verbs = {sign for kind, sign in found if kind == "verb"}
    assert verbs == ({-1} if expected == "opponent" else set())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Jane Roe voted with Mayor Ana Lima.", "supporter"),  # its proposer
        ("Jane Roe voted with the Harbour Party.", "opponent"),
        ("Jane Roe sided with the Bus Riders Union.", "supporter"),
    ],
)
def test_who_votes_with_another_takes_its_side(sentence: str, expected: str) -> None:
    sides = stances(
        brief_of(
            LEAD,
            ROOM,
            "Mayor Ana Lima proposed the depot plan in May.",
            "The Harbour Party opposed the depot plan.",
            "The Bus Riders Union backed the depot plan.",
            sentence,
        )
    )
    assert sides.get("Jane Roe") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The Harbour Party argued warmly in its favour.",
        "The Harbour Party voted in its favour on Tuesday.",
    ],
)
def test_in_its_favour_is_for_the_plan(sentence: str) -> None:
    sides = stances(brief_of(LEAD, "The depot plan would cost four million pounds.", sentence))
    assert sides.get("Harbour Party") == "supporter"


@pytest.mark.parametrize(
    "sentence",
    [
        "The depot plan was co-sponsored by Councillor Jane Roe.",
        "The depot plan, tabled by Councillor Tom Hale and co-sponsored by Councillor Jane Roe,"
        " would cost four million pounds.",
    ],
)
def test_who_co_sponsors_the_plan_proposes_it(sentence: str) -> None:
    assert stances(brief_of(LEAD, ROOM, sentence)).get("Jane Roe") == "proposer"


def test_a_vote_with_another_counts_beside_words_that_take_no_side() -> None:
    sentence = "Jane Roe did not comment on this depot plan but voted with the Harbour Party."
    analysis = analysis_of(LEAD, ROOM, "The Harbour Party opposed the depot plan.", sentence)
    assert ("verb", -1) in _claims_of(analysis, "Jane Roe")


@pytest.mark.parametrize(
    "verb", ["has set out", "outlined", "has published", "laid out", "lodged", "mooted", "devised"]
)
def test_the_common_verbs_of_putting_a_plan_forward_make_a_proposer(verb: str) -> None:
    brief = brief_of(
        f"The interior minister, Tom Baker, {verb} a bill to let councils close roads at night.",
        "The bill would apply to roads near schools and hospitals.",
        "Critics said the bill was cruel.",
        title="Minister's bill on night road closures",
    )
    assert stances(brief).get("Tom Baker") == "proposer"


def test_who_puts_the_rule_into_effect_is_its_proposer() -> None:
    brief = brief_of(
        "The transport ministry is implementing a rule to let councils close roads at night.",
        "The rule would apply to roads near schools and hospitals.",
        "Critics said the rule was cruel.",
        title="Ministry's rule on night road closures",
    )
    assert stances(brief).get("transport ministry") == "proposer"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Riverside Heritage Trust has proposed a smaller depot plan instead.",
        "Instead, the Riverside Heritage Trust has proposed a smaller depot plan.",
    ],
)
def test_proposing_something_instead_is_no_proposing_it(sentence: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Riverside Heritage Trust") != "proposer"


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Roe urged the council to build the depot elsewhere.",
        "Jane Roe urged the council to build the depot outside the town.",
    ],
)
def test_asking_for_it_somewhere_else_is_no_support(sentence: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Jane Roe") != "supporter"


def test_a_report_published_about_the_plan_makes_no_proposer() -> None:
    brief = brief_of(
        "The interior minister, Tom Baker, has put forward a bill to let councils close roads.",
        "The bill would apply to roads near schools and hospitals.",
        "The Roads Trust published a report on the bill on Monday.",
        title="Minister's bill on night road closures",
    )
    assert stances(brief).get("Roads Trust") != "proposer"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Roads Trust ended plans for 12 depots, originally proposed in the minister's bill.",
        "The Roads Trust has dropped plans for a dozen depots, originally drawn up in a bill.",
    ],
)
def test_a_passive_participle_clause_does_not_take_the_sentences_subject(sentence: str) -> None:
    # the plans were proposed by no one named; the subject of "ended" did not propose them
    brief = brief_of(
        "The transport minister, Ana Ruiz, has put forward a bill to build ten bus depots.",
        "Each depot would have room for forty buses.",
        sentence,
        title="Minister's bill for ten bus depots",
    )
    assert stances(brief).get("Roads Trust") != "proposer"


@pytest.mark.parametrize(
    ("sentence", "proposes"),
    [
        ("The Harbour Party said it would set out plans for depots next month.", False),
        ("The Harbour Party will publish plans for bus depots in the spring.", False),
        ("The Harbour Party unveiled the plans for bus depots on Monday.", True),
    ],
)
def test_plans_still_to_come_from_another_party_are_their_own(
    sentence: str, proposes: bool
) -> None:
    lead = "The transport minister, Ana Ruiz, has unveiled a plan to build ten bus depots."
    side = stances(brief_of(lead, "Each depot would have room for forty buses.", sentence))
    assert (side.get("Harbour Party") == "proposer") == proposes


def test_a_plan_still_to_come_is_its_proposers_when_no_one_else_has_put_it_forward() -> None:
    brief = brief_of(
        "The Harbour Party will publish plans for ten bus depots in Riverside next week.",
        "Each depot would have room for forty buses.",
        "Critics said the depots were a waste of money.",
    )
    assert stances(brief).get("Harbour Party") == "proposer"


@pytest.mark.parametrize(
    ("words", "sign"),
    [
        ("was angry about", -1),
        ("is up in arms over", -1),
        ("was appalled by", -1),
        ("was horrified by", -1),
        ("is sceptical about", -1),
        ("is unconvinced by", -1),
        ("was scathing about", -1),
        ("was dismissive of", -1),
        ("lamented", -1),
        ("bemoaned", -1),
        ("disagreed with", -1),
        ("tore into", -1),
        ("took aim at", -1),
        ("scoffed at", -1),
        ("was lukewarm about", 0),
        ("is enthusiastic about", 1),
        ("stood up for", 1),
        ("spoke up for", 1),
        ("sang the praises of", 1),
        ("was heartened by", 1),
    ],
)
def test_common_words_of_feeling_and_judging_take_a_side(words: str, sign: int) -> None:
    analysis = analysis_of(LEAD, ROOM, f"Jane Roe, a local landlord, {words} the depot plan.")
    assert {
        c.sign for c in analysis.claims if analysis.cast.actors[c.actor].name == "Jane Roe"
    } == {sign}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Local teachers were angered by the council's rejection of the depot plan.", 1),
        ("Local teachers were appalled by the council's decision to scrap the depot plan.", 1),
        ("Local teachers were heartened by the council's backing for the depot plan.", 1),
        ("Local teachers were angered by the council's backing for the depot plan.", -1),
    ],
)
def test_a_feeling_about_an_act_against_the_plan_is_read_against_it(
    sentence: str, expected: int
) -> None:
    claims = _claims_of(analysis_of(LEAD, ROOM, sentence), "Local teachers")
    assert ("verb", expected) in claims and ("verb", -expected) not in claims


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        ("the depot would be too small", -1),
        ("the depot plan would leave the town centre too crowded", -1),
        ("the plan was far too vague", -1),
        ("the old depot was too small", None),  # the depot that stands, said for a new one
        ("the depot plan was too important to delay", 1),  # "too ... to": a reason for it
    ],
)
def test_saying_the_plan_is_too_much_of_something_finds_fault(said: str, sign: int | None) -> None:
    analysis = analysis_of(LEAD, ROOM, f"Jane Roe, a local landlord, said {said}.")
    signs = {c.sign for c in analysis.claims if analysis.cast.actors[c.actor].name == "Jane Roe"}
    assert signs == ({sign} if sign is not None else set())


@pytest.mark.parametrize(
    ("sentence", "holder", "expected"),
    [
        ("Opposition to the depot came from shopkeepers.", "shopkeepers", "opponent"),
        ("The depot plan has drawn sharp criticism from shopkeepers.", "shopkeepers", "opponent"),
        ("The depot plan won backing from bus drivers.", "bus drivers", "supporter"),
        ("The depot plan has faced opposition from growers.", "growers", "opponent"),
        # what drew the criticism is an act against the plan
        (
            "The council's U-turn on the depot drew criticism from shopkeepers.",
            "shopkeepers",
            "supporter",
        ),
        # something else drew it
        ("The storm drew criticism from shopkeepers.", "shopkeepers", None),
    ],
)
def test_a_stance_met_with_from_someone_is_theirs(
    sentence: str, holder: str, expected: str | None
) -> None:
    assert stances(brief_of(LEAD, ROOM, sentence)).get(holder) == expected


def test_a_literal_killing_of_what_the_proposal_is_about_is_no_stance() -> None:
    brief = brief_of(
        "The justice minister, Ana Ruiz, has proposed a law to protect householders who"
        " confront intruders.",
        "The law would apply in England.",
        "Householders who injure or kill intruders would rarely be prosecuted, the law says.",
        "Ben Okafor, a Tory MP, vowed to kill the law.",
        title="Minister proposes law on force against intruders",
    )
    side = stances(brief)
    assert "Householders" not in side and side.get("Ben Okafor") == "opponent"


def test_against_inside_a_clause_of_the_proposal_makes_no_move_against_it() -> None:
    brief = brief_of(
        "The justice minister, Ana Ruiz, has proposed a law on the force that householders"
        " may use against intruders.",
        "The law would apply in England.",
        title="Minister proposes law on force against intruders",
    )
    assert stances(brief).get("Ana Ruiz") == "proposer"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Jane Roe called for action against the depot plan.", "opponent"),
        ("Jane Roe backed the fight against the depot plan.", "opponent"),
        ("Jane Roe opposed the campaign against the depot plan.", "supporter"),
    ],
)
def test_backing_a_thing_aimed_against_the_plan_opposes_it(sentence: str, expected: str) -> None:
    assert stances(brief_of(LEAD, ROOM, sentence)).get("Jane Roe") == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("the campus must close", "supporter"),
        ("the campus had to close", "supporter"),
        ("the campus was losing money and had to close", "supporter"),
        ("the council should close the campus", "supporter"),
        ("the campus should not close", "opponent"),
        ("the campus must stay open", "opponent"),
    ],
)
def test_saying_the_proposals_own_act_must_happen_backs_it(said: str, expected: str) -> None:
    brief = brief_of(
        "The college's governors have proposed closing the Elm Hill campus to save money.",
        "The campus has 900 students.",
        f"Ana Ruiz, a lecturer, said {said}.",
        title="Council proposes closing Elm Hill campus",
    )
    assert stances(brief).get("Ana Ruiz") == expected


def test_a_call_in_a_speakers_words_for_something_else_backs_nothing() -> None:
    analysis = analysis_of(
        "The education minister, Tom Baker, has proposed a ban on mobile phones in schools.",
        "The ban would start in August.",
        "Jane Roe, a teacher, said the ban misses the point and called for extra funding for"
        " digital lessons.",
        title="Minister proposes school phone ban",
    )
    assert ("speech", 1) not in _claims_of(analysis, "Jane Roe")


@pytest.mark.parametrize(
    "intent",
    [
        "wants to close",
        "plans to close",
        "intends to close",
        "has pledged to close",
        "has vowed to close",
        "promised to close",
    ],
)
def test_who_means_to_do_the_proposals_act_first_is_its_author(intent: str) -> None:
    brief = brief_of(
        f"The Northvale Railway Company {intent} the rural Kerr Valley line and run coaches.",
        "Passenger numbers on the line have fallen for years.",
        "Residents want to close the line too, said Jo Bell, a councillor.",
        title="Rail firm plans to shut rural line",
    )
    side = stances(brief)
    assert side.get("Northvale Railway Company") == "proposer"
    assert side.get("Residents") == "supporter"


@pytest.mark.parametrize(
    "intent", ["does not want to close the line", "wants to close a loophole in the line's fares"]
)
def test_an_intent_denied_or_about_something_else_proposes_nothing(intent: str) -> None:
    brief = brief_of(
        "The county has proposed closing the rural Kerr Valley line.",
        "Passenger numbers on the line have fallen for years.",
        f"The Northvale Railway Company {intent}.",
        title="County plans to shut rural line",
    )
    assert stances(brief).get("Northvale Railway Company") != "proposer"


def test_a_moratorium_is_the_pause_the_headline_names_not_an_act_against_it() -> None:
    brief = brief_of(
        "The state assembly voted 60-31 on Tuesday for a one-year moratorium on police drone"
        " patrols, sending the measure on to the state senate.",
        "The moratorium would let a panel write rules for the drones.",
        "The Sheriffs' Association opposed the moratorium, saying drones had found missing hikers.",
        title="Assembly votes to pause police drone patrols",
    )
    assert stances(brief).get("Sheriffs' Association") == "opponent"
    assert brief.outcome.status == "pending"


@pytest.mark.parametrize("measure", ["a similar plan", "an earlier depot plan"])
def test_a_vote_on_another_measure_of_the_kind_is_no_side_on_this_one(measure: str) -> None:
    analysis = analysis_of(LEAD, ROOM, f"Jane Roe voted against {measure} in 2019.")
    assert ("verb", -1) not in _claims_of(analysis, "Jane Roe")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Jane Roe has not committed to putting the depot plan to a vote.", "neutral"),
        ("Jane Roe is committed to the depot plan.", "supporter"),
    ],
)
def test_a_commitment_denied_leaves_its_holder_undecided(sentence: str, expected: str) -> None:
    analysis = analysis_of(LEAD, ROOM, sentence)
    signs = {sign for kind, sign in _claims_of(analysis, "Jane Roe") if kind == "pred"}
    assert signs == {0 if expected == "neutral" else 1}


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        ('"What is the benefit of the depot plan?"', -1),
        ('"What is wrong with the depot plan?"', 1),
        ('"The depot plan is a benefit to us all."', 1),
    ],
)
def test_a_what_question_about_an_evaluation_asserts_its_opposite(said: str, sign: int) -> None:
    analysis = analysis_of(LEAD, ROOM, f"Jane Roe, a resident, asked: {said}")
    assert _claims_of(analysis, "Jane Roe") == [("speech", sign)]


def test_an_evaluation_inside_a_clause_about_others_judges_nothing() -> None:
    analysis = analysis_of(
        LEAD,
        ROOM,
        "The Riverside Tenants Union says the depot would mostly affect older residents who"
        " often need help at night.",
    )
    assert ("speech", 1) not in _claims_of(analysis, "Riverside Tenants Union")


def test_a_vote_by_members_of_a_party_is_the_partys_vote() -> None:
    brief = brief_of(
        "The state assembly passed the police oversight bill on Tuesday by 71 votes to 9.",
        "Members of the ruling Unity Front voted together for the bill.",
        "The nine votes against it came from the small Farmers' League.",
        title="Assembly passes police oversight bill",
    )
    side = stances(brief)
    assert (side.get("Unity Front"), side.get("Farmers' League")) == ("supporter", "opponent")


@pytest.mark.parametrize(
    ("votes", "expected"),
    [
        ("The votes in favour came from the Farmers' League.", "supporter"),
        ("The votes against the bill came from the Farmers' League.", "opponent"),
        ("The votes against an amendment came from the Farmers' League.", None),
    ],
)
def test_whom_the_votes_came_from_voted_so(votes: str, expected: str | None) -> None:
    brief = brief_of(
        "The state assembly passed the police oversight bill on Tuesday by 71 votes to 9.",
        "The bill sets up a civilian board.",
        votes,
        title="Assembly passes police oversight bill",
    )
    assert stances(brief).get("Farmers' League") == expected


@pytest.mark.parametrize("doer", ["is being developed by Northwind Power", "Northwind Power"])
def test_who_develops_the_project_puts_it_forward(doer: str) -> None:
    sentence = (
        f"The offshore wind farm {doer}, a Halifax company."
        if doer.startswith("is")
        else f"{doer}, a Halifax company, is developing the offshore wind farm."
    )
    brief = brief_of(
        "A plan to build an offshore wind farm off Gull Point has divided the town.",
        sentence,
        "Residents oppose the wind farm.",
        title="Wind farm plan draws fire",
    )
    assert stances(brief).get("Northwind Power") == "proposer"


def test_a_date_after_a_vote_is_not_what_was_voted_on() -> None:
    analysis = analysis_of(LEAD, ROOM, "Jane Roe voted in favour on Monday.")
    assert _claims_of(analysis, "Jane Roe") == [("verb", 1)]


@pytest.mark.parametrize("done", ["added an exemption for cyclists", "changed the route"])
def test_who_says_so_after_a_clause_of_time_is_the_main_clauses_subject(done: str) -> None:
    analysis = analysis_of(
        LEAD,
        ROOM,
        f"Jane Roe abstained on Monday after the Harbour Trust {done}, saying the depot"
        " plan was now fair and well worth backing.",
    )
    assert ("speech", 1) in _claims_of(analysis, "Jane Roe")
    assert _claims_of(analysis, "Harbour Trust") == []


def test_a_clause_about_the_speaker_is_the_speakers_own_words() -> None:
    analysis = analysis_of(
        LEAD,
        ROOM,
        "Riverside Tenants Union, which complains of noise and fumes, has written to the"
        " council about the depot plan.",
    )
    assert ("speech", -1) in _claims_of(analysis, "Riverside Tenants Union")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Jane Roe supported the idea of a new depot, but not this plan.", "opponent"),
        ("Jane Roe says she backs the principle of a depot, but not this plan.", "opponent"),
        ("Jane Roe backed the depot plan, but not the parking rules.", "supporter"),
    ],
)
def test_backing_the_idea_but_not_the_measure_opposes_it(sentence: str, expected: str) -> None:
    assert stances(brief_of(LEAD, ROOM, sentence)).get("Jane Roe") == expected


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        ("The spread of cars in the old town is a real concern.", 1),
        ("The spread of cars is a real concern, but the ban is a fair answer to it.", 1),
        ("The ban is a real concern for the shops.", -1),
    ],
)
def test_a_concern_about_what_a_ban_stops_backs_the_ban(said: str, sign: int) -> None:
    analysis = analysis_of(
        "The city has proposed a ban on cars in the old town.",
        "The ban would start in May.",
        f'Jane Roe, a resident, said: "{said}"',
        title="City proposes ban on cars in old town",
    )
    assert [s for kind, s in _claims_of(analysis, "Jane Roe") if kind == "speech"] == [sign]


MINISTER = "Transport Minister Jane Roe has proposed a levy on lorries using the ring road."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Her announcement did not impress Tom Okafor, a haulier.", "opponent"),
        ("Her announcement pleased Tom Okafor, a haulier.", "supporter"),
        ("Her announcement did not anger Tom Okafor, a haulier.", None),
    ],
)
def test_a_feeling_the_proposers_words_stir_is_about_the_proposal(
    sentence: str, expected: str | None
) -> None:
    analysis = analysis_of(MINISTER, sentence, title="Minister proposes lorry levy")
    signs = [s for _, s in _claims_of(analysis, "Tom Okafor")]
    assert signs == ([] if expected is None else [1 if expected == "supporter" else -1])


def test_an_act_against_something_else_does_not_turn_what_is_said() -> None:
    analysis = analysis_of(
        MINISTER,
        '"She wants to ditch the old noise survey but has no idea what would replace it,"'
        " said Tom Okafor, a haulier.",
        title="Minister proposes lorry levy",
    )
    assert [s for kind, s in _claims_of(analysis, "Tom Okafor") if kind == "speech"] == [-1]


@pytest.mark.parametrize(
    ("act", "expected"),
    [("misrepresenting", "supporter"), ("distorting", "supporter"), ("rushing", "opponent")],
)
def test_accusing_critics_of_misreading_the_plan_defends_it(act: str, expected: str) -> None:
    brief = brief_of(
        MINISTER,
        f"Her deputy Tom Okafor accused the hauliers of {act} the plans.",
        title="Minister proposes lorry levy",
    )
    assert stances(brief).get("Tom Okafor") == expected


def test_a_rivals_own_plans_are_not_the_proposal() -> None:
    analysis = analysis_of(
        MINISTER,
        "Tom Okafor questioned how the Freight Guild would pay for its own plans.",
        title="Minister proposes lorry levy",
    )
    assert _claims_of(analysis, "Tom Okafor") == []


def test_a_spokesperson_who_declines_to_comment_says_nothing_of_a_side() -> None:
    analysis = analysis_of(
        MINISTER,
        "Tom Okafor, the Liberal Party's transport spokesman, said the levy was vital.",
        "But a Treasury Office spokesman said he would not comment on the plans of safety"
        " and security agencies.",
        title="Minister proposes lorry levy",
    )
    assert _claims_of(analysis, "Tom Okafor") == [("speech", 1)]
    assert [s for _, s in _claims_of(analysis, "Treasury Office")] == [0]


@pytest.mark.parametrize(
    "said",
    [
        "Tom Okafor, a haulier, said the vote was a chance to question whether the levy was"
        " necessary.",
        "Tom Okafor, a haulier, said the hauliers were now less enthusiastic about the levy.",
        '"It may be a fine idea, but why would anyone need this levy at all?" asked Tom Okafor,'
        " a haulier.",
    ],
)
def test_doubting_or_asking_why_it_is_needed_is_against_it(said: str) -> None:
    analysis = analysis_of(MINISTER, said, title="Minister proposes lorry levy")
    assert [s for kind, s in _claims_of(analysis, "Tom Okafor") if kind == "speech"] == [-1]


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        ("it would be better all round to throw out the levy and spare everyone a vote", -1),
        ("it would be wiser to drop the levy altogether and start again", -1),
        ("it would be better to pass the levy this spring", 1),
    ],
)
def test_saying_it_is_better_done_or_undone_takes_that_side(said: str, sign: int) -> None:
    analysis = analysis_of(
        MINISTER, f"Tom Okafor, a haulier, said {said}.", title="Minister proposes lorry levy"
    )
    assert [s for kind, s in _claims_of(analysis, "Tom Okafor") if kind == "speech"] == [sign]


def test_announcing_how_one_will_vote_is_not_proposing() -> None:
    brief = brief_of(
        LEAD, "Ana Ruiz, a councillor, announced that she would vote for the depot plan."
    )
    assert stances(brief).get("Ana Ruiz") == "supporter"


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        ('"Our streets will be safer as a consequence," said Ana Ruiz, a resident.', -1),
        ('"The city is less safe as a consequence," said Ana Ruiz, a resident.', 1),
    ],
)
def test_what_a_decision_brought_judges_the_decision(said: str, sign: int) -> None:
    analysis = analysis_of(
        "The city council voted on Monday to reject the plan for a bus depot in Riverside.",
        ROOM,
        said,
    )
    assert [s for kind, s in _claims_of(analysis, "Ana Ruiz") if kind == "speech"] == [sign]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Drivers Guild had its latest bid to block the levy thrown out by a judge.",
        "The Drivers Guild's bid to block the levy failed in the High Court.",
        "The Drivers Guild made a last-ditch effort to block the levy.",
    ],
)
def test_an_attempt_to_act_is_its_makers_act(sentence: str) -> None:
    analysis = analysis_of(MINISTER, sentence, title="Minister proposes lorry levy")
    assert _claims_of(analysis, "Drivers Guild") == [("verb", -1)]


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        ("Road safety is improving, but charging lorries now would prove a false economy.", -1),
        ("Hauliers are angry, but the levy will make the roads far safer for everyone.", 1),
    ],
)
def test_what_follows_but_is_the_point_made(said: str, sign: int) -> None:
    analysis = analysis_of(
        MINISTER, f'"{said}" said Tom Okafor, a haulier.', title="Minister proposes lorry levy"
    )
    assert [s for kind, s in _claims_of(analysis, "Tom Okafor") if kind == "speech"] == [sign]


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        ("the costs of the levy would easily outweigh its benefits", -1),
        ("the benefits of the levy would outweigh its costs", 1),
    ],
)
def test_what_is_outweighed_loses(said: str, sign: int) -> None:
    analysis = analysis_of(
        MINISTER,
        f"Tom Okafor, a haulier, warned that {said}.",
        title="Minister proposes lorry levy",
    )
    assert [s for kind, s in _claims_of(analysis, "Tom Okafor") if kind == "speech"] == [sign]


def test_against_the_law_is_no_side() -> None:
    analysis = analysis_of(
        MINISTER,
        '"If they drive on the ring road without paying, that is against the law," said Tom'
        " Okafor, a haulier.",
        title="Minister proposes lorry levy",
    )
    assert [s for kind, s in _claims_of(analysis, "Tom Okafor") if kind == "speech"] != [-1]


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        (
            "said lorries now use the ring road for free with the current unfair and costly system",
            1,
        ),
        ("branded the existing rules a costly mess", 1),
        ("said the levy was unfair and costly", -1),
    ],
)
def test_faulting_what_there_is_now_is_asking_for_the_change(said: str, sign: int) -> None:
    analysis = analysis_of(
        MINISTER, f"Tom Okafor, a cyclist, {said}.", title="Minister proposes lorry levy"
    )
    assert [s for kind, s in _claims_of(analysis, "Tom Okafor") if kind == "speech"] == [sign]


def test_refusing_to_rule_something_out_is_not_refusing_the_proposal() -> None:
    analysis = analysis_of(
        MINISTER,
        "Ms Roe denied her sums were too hopeful and refused to rule out further rises in"
        " the levy.",
        title="Minister proposes lorry levy",
    )
    assert [s for kind, s in _claims_of(analysis, "Jane Roe") if kind == "verb"] == []


def test_challenging_someone_to_act_is_not_opposing() -> None:
    analysis = analysis_of(
        MINISTER,
        "The Drivers Guild challenged the minister to name the officials who wrote the report.",
        title="Minister proposes lorry levy",
    )
    assert _claims_of(analysis, "Drivers Guild") == []


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        ("he rejected any notion that the levy would save lives", -1),
        ("he dismissed the claim that the levy was unfair", 1),
    ],
)
def test_disputing_a_claim_about_it_says_the_opposite(said: str, sign: int) -> None:
    analysis = analysis_of(
        MINISTER, f"Tom Okafor, a haulier, said {said}.", title="Minister proposes lorry levy"
    )
    assert [s for kind, s in _claims_of(analysis, "Tom Okafor") if kind == "speech"] == [sign]


def test_rejecting_a_claim_about_something_else_is_no_side() -> None:
    analysis = analysis_of(
        MINISTER,
        "Tom Okafor, a haulier, dismissed the notion that his firm courted the same customers"
        " as its rivals.",
        title="Minister proposes lorry levy",
    )
    assert [s for kind, s in _claims_of(analysis, "Tom Okafor") if kind == "verb"] == []


def test_a_manifesto_or_the_document_is_the_proposal() -> None:
    analysis = analysis_of(
        "The Green Party has unveiled its election manifesto, promising free buses for all.",
        "The manifesto also pledges to plant a million trees.",
        "The Liberal Party says the document is a dismal and dishonest mess.",
        title="Party unveils election manifesto",
    )
    assert _claims_of(analysis, "Liberal Party") == [("speech", -1)]


@pytest.mark.parametrize(
    "voice",
    ["A spokesman for the police said", "The police were consulted, and a spokeswoman said"],
)
def test_a_pronoun_after_an_unnamed_spokesperson_is_not_the_person_named_before(
    voice: str,
) -> None:
    analysis = analysis_of(
        MINISTER,
        "Haulier Tom Okafor has criticised the plan.",
        f"{voice} officers would enforce the levy.",
        "She said the force welcomed the levy as a fine idea."
        if "spokeswoman" in voice
        else "He said the force welcomed the levy as a fine idea.",
        title="Minister proposes lorry levy",
    )
    assert [s for kind, s in _claims_of(analysis, "Haulier Tom Okafor") if kind == "speech"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillor Ana Lima raised questions about the depot plan.",
        "Councillor Ana Lima has raised doubts over the depot plan.",
    ],
)
def test_raising_questions_or_doubts_about_it_is_opposition(sentence: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Ana Lima") == "opponent"


def test_members_of_a_party_acting_together_are_the_party() -> None:
    sentence = "Members of the Harbour Party voted against the depot plan."
    found = stances(brief_of(LEAD, sentence))
    assert found.get("Harbour Party") == "opponent"
    assert not any(name.lower().startswith("members") for name in found), found


def test_members_of_a_deciding_body_are_not_the_body() -> None:
    found = stances(brief_of(LEAD, "Members of the city council voted against the depot plan."))
    assert found.get("city council") != "opponent"


@pytest.mark.parametrize(
    "sentence",
    [
        "Shopkeepers are unhappy about the depot plan.",
        "Shopkeepers were upset over the depot plan.",
    ],
)
def test_being_unhappy_or_upset_about_it_is_opposition(sentence: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Shopkeepers") == "opponent"


def test_what_a_group_could_do_leans_its_way() -> None:
    sentence = "Several Green councillors could oppose the depot plan."
    assert stances(brief_of(LEAD, sentence)).get("Several Green councillors") == "opponent"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Opposition councillors said the depot plan was a disaster.", "Opposition councillors"),
        ("Opposition leader Ana Lima said the depot plan would be a disaster.", "Ana Lima"),
        ("Ana Lima, leader of the opposition, said the depot plan was a disaster.", "Ana Lima"),
    ],
)
def test_the_opposition_naming_a_speaker_is_no_act_against_the_proposal(
    sentence: str, speaker: str
) -> None:
    assert stances(brief_of(LEAD, sentence)).get(speaker) == "opponent"


def test_every_quotation_of_the_sentence_is_what_the_speaker_said() -> None:
    sentence = 'Councillor Ana Lima called the depot plan "rather quick" and "utterly dreadful".'
    assert stances(brief_of(LEAD, sentence)).get("Ana Lima") == "opponent"


def test_an_act_against_it_conceded_with_despite_does_not_turn_a_feeling() -> None:
    sentence = "Despite the objections, Mayor Ana Lima said the depot plan would be a success."
    assert stances(brief_of(LEAD, sentence)).get("Ana Lima") == "supporter"


def test_faulting_the_objections_to_it_is_support() -> None:
    sentence = "Mayor Ana Lima said the objections to the depot plan were a disaster."
    assert stances(brief_of(LEAD, sentence)).get("Ana Lima") == "supporter"


def test_the_agent_of_what_the_proposal_does_in_the_passive_carries_it_out() -> None:
    brief = brief_of(
        "Governor Dana Morris urged keeping the plant running.",
        "The Elm Creek power plant will be closed by the Northern Power Company next year.",
        title="Elm Creek power plant to close",
    )
    assert stances(brief).get("Northern Power Company") == "proposer"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Most residents who spoke at the hearing were in favour.",
            {"Most residents": "supporter"},
        ),
        ("Councillor Ana Lima said she was in favour.", {"Ana Lima": "supporter"}),
        ("Councillor Ana Lima said she was not in favor.", {"Ana Lima": "opponent"}),
        # riders, shoppers and fans are groups of people as commuters are
        ("Many bus riders at the hearing were in favor.", {"bus riders": "supporter"}),
        ("Local shoppers said they were against the depot plan.", {"Local shoppers": "opponent"}),
    ],
)
def test_being_in_favour_with_no_object_is_a_side(sentence: str, expected: dict) -> None:
    assert stances(brief_of(LEAD, sentence)) == expected


def test_moving_to_approve_it_is_support_not_proposing() -> None:
    sentence = "Councillor Ana Lima moved to approve the depot plan."
    assert stances(brief_of(LEAD, sentence)) == {"Ana Lima": "supporter"}


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "Two haulage firms sued the city over the depot plan, joined by the Valley Freight "
            "Coalition.",
        ),
        ("The Rural Party, joined by the Valley Freight Coalition, voted against the depot plan.",),
        (
            "Two haulage firms said they would sue the city over the depot plan.",
            "They were joined by the Valley Freight Coalition.",
        ),
    ],
)
def test_who_joins_a_side_is_on_it(sentences: tuple[str, ...]) -> None:
    assert stances(brief_of(LEAD, *sentences)).get("Valley Freight Coalition") == "opponent"


def test_who_joins_a_supporter_supports_it_unless_they_say_otherwise() -> None:
    brief = brief_of(
        LEAD,
        "Councillor Ana Lima moved to approve the depot plan.",
        "On Tuesday she was joined by councillors Tom Reyes and Ben Okafor.",
        "Ben Okafor later said he opposed the depot plan.",
    )
    assert stances(brief) == {
        "Ana Lima": "supporter",
        "Tom Reyes": "supporter",
        "Ben Okafor": "opponent",
    }


def test_asking_why_others_opposed_it_says_they_did() -> None:
    brief = brief_of(LEAD, "Residents asked why local firms opposed the depot plan.")
    assert stances(brief).get("local firms") == "opponent"


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Bus drivers have voted to strike over the depot plan.", "Bus drivers"),
        ("Drivers will go on strike over the depot plan next week.", "Drivers"),
        ("Bus drivers walked out over the depot plan on Monday.", "Bus drivers"),
    ],
)
def test_striking_over_it_is_opposition(sentence: str, group: str) -> None:
    assert stances(brief_of(LEAD, sentence)) == {group: "opponent"}


def test_striking_a_deal_over_it_takes_no_side() -> None:
    assert stances(brief_of(LEAD, "Bus drivers struck a deal over the depot plan.")) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillor Ana Lima could not in all honesty endorse the depot plan.",
        'Councillor Ana Lima said: "I cannot in good conscience support this plan."',
    ],
)
def test_a_not_hung_on_a_phrase_before_the_verb_still_denies_it(sentence: str) -> None:
    analysis = analysis_of(LEAD, sentence)
    assert [c.sign for c in analysis.claims if c.kind in ("verb", "speech")] == [-1]
    assert stances(brief_of(LEAD, sentence)) == {"Ana Lima": "opponent"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The chair of the board, Ana Lima, is not persuaded.",
        "Councillor Ana Lima remains unconvinced by the depot plan.",
        "Councillor Ana Lima was not persuaded by the case for the depot plan.",
    ],
)
def test_one_not_persuaded_by_it_opposes_it(sentence: str) -> None:
    analysis = analysis_of(LEAD, sentence)
    held = [(analysis.cast.actors[c.actor].name, c.sign) for c in analysis.claims]
    assert held == [("Ana Lima", -1)]


def test_one_persuaded_to_back_it_is_the_one_who_backs_it() -> None:
    sentence = "Councillor Ana Lima was persuaded by colleagues to back the depot plan."
    assert stances(brief_of(LEAD, sentence)) == {"Ana Lima": "supporter"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Lima, the chair, called for order.",
        "Councillor Ana Lima called for law and order on the estate.",
    ],
)
def test_a_bare_order_or_law_is_no_proposal(sentence: str) -> None:
    assert [c for c in analysis_of(LEAD, sentence).claims if c.kind == "verb"] == []


def test_an_order_named_as_one_is_still_a_proposal() -> None:
    sentence = "Councillor Ana Lima called for an order halting the depot plan."
    claims = analysis_of(LEAD, sentence).claims
    assert [c.sign for c in claims if c.kind == "verb"] == [-1]


def test_welcoming_its_defeat_is_against_it() -> None:
    brief = brief_of(
        "The city council rejected the plan to build a bus depot in Riverside.",
        "Residents welcomed the plan's defeat.",
    )
    assert stances(brief) == {"Residents": "opponent"}


def test_vowing_to_defeat_it_is_an_act_against_it_not_a_feeling() -> None:
    analysis = analysis_of(LEAD, "Residents vowed to defeat the depot plan.")
    assert [(c.kind, c.sign) for c in analysis.claims] == [("verb", -1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillor Ana Lima said scrapping the depot plan would be a mistake.",
        "Councillor Ana Lima called the rejection of the depot plan a disgrace.",
    ],
)
def test_judging_an_act_against_it_badly_is_for_it(sentence: str) -> None:
    assert stances(brief_of(LEAD, sentence)) == {"Ana Lima": "supporter"}


def test_branding_it_a_retreat_is_no_judgement_of_a_retreat() -> None:
    sentence = 'Councillor Ana Lima branded the depot plan "a humiliating retreat".'
    assert stances(brief_of(LEAD, sentence)) == {"Ana Lima": "opponent"}


def test_a_legal_challenge_prepared_in_case_it_passes_is_against_it() -> None:
    sentence = (
        "Citizens for Quiet Streets, a residents' group, said it was preparing a legal "
        "challenge to be lodged should the depot plan become law."
    )
    analysis = analysis_of(LEAD, sentence)
    assert [(c.kind, c.sign) for c in analysis.claims] == [("noun", -1)]


def test_should_it_pass_is_a_condition_not_a_wish() -> None:
    wish = analysis_of(LEAD, "Councillor Ana Lima said the depot plan should become law.")
    assert [c.sign for c in wish.claims] == [1]
    condition = analysis_of(
        LEAD, "Councillor Ana Lima said she would resign should the depot plan become law."
    )
    assert [c for c in condition.claims if c.sign > 0] == []


def test_calling_it_mass_surveillance_is_against_it() -> None:
    sentence = 'The Riverside Trust called the depot plan "a charter for mass surveillance".'
    assert stances(brief_of(LEAD, sentence)) == {"Riverside Trust": "opponent"}


@pytest.mark.parametrize("word", ["devastated", "heartbroken"])
def test_devastated_by_a_rejection_is_for_what_was_rejected(word: str) -> None:
    brief = brief_of(
        "The city council rejected the plan to build a bus depot in Riverside.",
        f'The Riverside Transit Trust said it was "{word}".',
    )
    assert stances(brief) == {"Riverside Transit Trust": "supporter"}


def test_what_would_devastate_a_town_is_still_harm() -> None:
    sentence = "Councillor Ana Lima said the depot plan would devastate the town centre."
    assert stances(brief_of(LEAD, sentence)) == {"Ana Lima": "opponent"}


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        (
            "The Riverside Residents Association says it will not take a position until its "
            "members meet.",
            "Riverside Residents Association",
        ),
        ("Transport Minister Tom Hale declined to take sides.", "Tom Hale"),
    ],
)
def test_having_taken_no_position_is_no_side(sentence: str, holder: str) -> None:
    analysis = analysis_of(LEAD, sentence)
    assert [(analysis.cast.actors[c.actor].name, c.sign) for c in analysis.claims] == [(holder, 0)]


def test_calling_it_a_first_step_is_for_it() -> None:
    sentence = '"This is a first step for the town," said Ana Lima of the tenants\' union.'
    assert stances(brief_of(LEAD, sentence)).get("Ana Lima") == "supporter"


def test_what_another_told_the_speaker_is_not_the_speakers_view() -> None:
    sentence = (
        '"A year ago the mayor stood up in the chamber and told us the depot plan was '
        'essential," said Councillor Ana Lima.'
    )
    claims = analysis_of(LEAD, sentence).claims
    assert [c for c in claims if c.sign > 0] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Not all shopkeepers are against the depot plan.",
        "Not all environmentalists welcomed the depot plan.",
        "Not everyone is convinced.",
    ],
)
def test_not_all_of_a_group_is_no_one_placed(sentence: str) -> None:
    assert analysis_of(LEAD, sentence).claims == []


def test_sad_that_it_collapsed_is_for_it() -> None:
    sentence = 'Councillor Ana Lima said she was "saddened" that the depot plan had collapsed.'
    assert stances(brief_of(LEAD, sentence)) == {"Ana Lima": "supporter"}


def test_a_victory_for_common_sense_is_a_feeling_about_the_outcome() -> None:
    brief = brief_of(
        "The city council has withdrawn its plan to build a bus depot in Riverside.",
        '"What a victory for common sense - a good day for every family who loves this '
        'town," shopkeeper Tom Reyes said.',
    )
    assert stances(brief) == {"Tom Reyes": "opponent"}


@pytest.mark.parametrize(
    ("lead", "side"),
    [
        ("The city council rejected the plan to build a bus depot in Riverside.", "supporter"),
        (LEAD, "opponent"),
    ],
)
def test_a_kick_in_the_guts_is_said_against_what_it_names(lead: str, side: str) -> None:
    thing = "the vote" if "rejected" in lead else "the depot plan"
    sentence = f'The Riverside Traders Guild called {thing} "a kick in the guts".'
    assert stances(brief_of(lead, sentence)) == {"Riverside Traders Guild": side}


def test_praising_what_a_plan_would_replace_is_against_it() -> None:
    brief = brief_of(
        "The city council wants to replace the Riverside tram with a bus service.",
        'Councillor Ana Lima called the tram "a vital service for the whole valley".',
    )
    assert stances(brief).get("Ana Lima") == "opponent"


def test_showing_true_colours_is_said_against_it() -> None:
    sentence = 'Councillor Ana Lima said the depot plan showed the mayor\'s "true colours".'
    assert stances(brief_of(LEAD, sentence)) == {"Ana Lima": "opponent"}


@pytest.mark.parametrize(
    ("sentence", "actor", "sign"),
    [
        (
            "The Harbour Forum, a policy institute that had pressed for the depot, said the"
            " council had blinked.",
            "Harbour Forum",
            1,
        ),
        (
            "Tom Reyes, a councillor who opposes the depot plan, spoke first.",
            "Tom Reyes",
            -1,
        ),
    ],
)
def test_a_relative_clause_on_a_description_is_said_of_the_one_described(
    sentence: str, actor: str, sign: int
) -> None:
    assert ("verb", sign) in _claims_of(analysis_of(LEAD, sentence), actor)


@pytest.mark.parametrize(
    ("sentence", "sign"),
    [
        ("Tom Reyes said the Harbour Party would also vote against the depot plan.", -1),
        ("Tom Reyes said the Harbour Party will back the depot plan.", 1),
    ],
)
def test_a_person_announcing_what_a_body_will_do_speaks_for_it(sentence: str, sign: int) -> None:
    assert ("speech", sign) in _claims_of(analysis_of(LEAD, sentence), "Tom Reyes")


def test_what_a_body_merely_did_is_not_its_reporters_side() -> None:
    sentence = "Tom Reyes said the Harbour Party voted against the depot plan."
    assert ("speech", -1) not in _claims_of(analysis_of(LEAD, sentence), "Tom Reyes")


def test_who_filed_the_appeal_against_the_rule_opposes_it() -> None:
    analysis = analysis_of(
        "The county's new cap on fertiliser goes before a judge next month, after a farm"
        " group appealed against the rule.",
        "The Harbour Growers' Union, which filed the appeal last week, argues the cap ignores"
        " soil type.",
        title="Farmers appeal fertiliser cap",
    )
    claims = _claims_of(analysis, "Harbour Growers' Union")
    assert ("propose", 1) not in claims and ("verb", -1) in claims


def test_a_copula_before_a_noun_is_no_judgement() -> None:
    sentence = '"Voting is a right," said Tom Reyes, a minister.'
    assert ("speech", 1) not in _claims_of(analysis_of(LEAD, sentence), "Tom Reyes")


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ('"We are asking for the depot plan to be scrapped," said Tom Reyes.', "opponent"),
        (
            "Tom Reyes urged members to write to councillors asking for the depot plan to be"
            " scrapped.",
            "opponent",
        ),
        ('"We are asking for the depot plan to be approved," said Tom Reyes.', "supporter"),
    ],
)
def test_asking_in_a_speakers_words_for_the_plans_undoing_opposes_it(
    sentence: str, side: str
) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Tom Reyes") == side


@pytest.mark.parametrize(
    ("sentence", "who", "side"),
    [
        (
            "Groups fighting the depot plan include Quiet Streets and the Canal Trust.",
            "Canal Trust",
            "opponent",
        ),
        (
            "Bodies that back the depot plan include Quiet Streets, walkers' club Stride On "
            "and the Canal Trust.",
            "Canal Trust",
            "supporter",
        ),
        (
            "Among the groups fighting the depot plan are Quiet Streets and the Canal Trust.",
            "Canal Trust",
            "opponent",
        ),
        ("Critics of the depot plan include the Canal Trust.", "Canal Trust", "opponent"),
        ("Backers of the depot plan include Mayor Ana Lima.", "Ana Lima", "supporter"),
        ("The Canal Trust is among the critics of the depot plan.", "Canal Trust", "opponent"),
        (
            "Groups fighting the depot plan include Quiet Streets and the boroughs of "
            "Camden and Hackney.",
            "Hackney",
            "opponent",
        ),
        ("The councils of Leeds and Bradford oppose the depot plan.", "Bradford", "opponent"),
    ],
)
def test_who_a_group_with_a_side_is_said_to_include(sentence: str, who: str, side: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get(who) == side


@pytest.mark.parametrize(
    "sentence",
    [
        # the listed are members of a body, not what a clause says of them
        "The council, which backs the depot plan, includes 12 members from the east.",
        # supporters of something else
        "Supporters of the other scheme include the Canal Trust.",
    ],
)
def test_a_list_that_names_no_side_on_the_plan(sentence: str) -> None:
    assert "Canal Trust" not in stances(brief_of(LEAD, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Ana Lima rejected a Green Party amendment to the depot plan.",
        "Mayor Ana Lima has rejected the Greens' compromise offer on the depot plan.",
        "Mayor Ana Lima turned down concessions on the depot plan.",
    ],
)
def test_a_change_offered_to_the_plan_is_not_the_plan(sentence: str) -> None:
    assert "Ana Lima" not in stances(brief_of(LEAD, sentence))


def test_amendments_to_the_law_in_general_are_what_is_proposed() -> None:
    brief = brief_of(LEAD, "Mayor Ana Lima proposed amendments to depot laws.")
    assert stances(brief).get("Ana Lima") == "proposer"


def test_the_owner_of_the_budget_a_story_is_about_is_for_it() -> None:
    brief = brief_of(
        "Opposition leader Tom Reyes has dismissed Ana Lima's Budget as a gimmick.",
        "Mr Reyes said the Budget served only her party.",
        "Ms Lima's Budget cuts the tax on fuel, and the Budget will be voted on next week.",
        title="Reyes attacks Budget",
    )
    names = {a.name: a.stance for a in brief.actors}
    assert any("Lima" in n and side in ("proposer", "supporter") for n, side in names.items())
    assert "Budget" not in names


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("The Riverside Herald said the depot plan was a disaster.", "Riverside Herald"),
        ("The Valley Times said the depot plan was badly needed.", "Valley Times"),
    ],
)
def test_a_news_outlet_reports_and_takes_no_side(sentence: str, outlet: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get(outlet) in (None, "neutral")


def test_neither_of_two_subjects_commenting_is_no_side() -> None:
    brief = brief_of(
        LEAD,
        "Neither Riverside Council nor the Harbour Party would comment on the depot plan.",
        "Ana Lima of the Harbour Party later said she had doubts about the depot plan.",
    )
    assert stances(brief).get("Riverside Council") in (None, "neutral")


def test_neither_of_two_subjects_supporting_opposes() -> None:
    sentence = "Neither Riverside Council nor the Harbour Party supports the depot plan."
    sides = stances(brief_of(LEAD, sentence))
    assert sides.get("Riverside Council") == sides.get("Harbour Party") == "opponent"


@pytest.mark.parametrize(
    "sentence",
    [
        "A group called Harbour Forward backs the depot plan.",
        "A campaign known as Harbour Forward backs the depot plan.",
        "A campaign group called Harbour Forward said the depot plan was needed.",
    ],
)
def test_a_group_named_by_a_participle_is_the_name(sentence: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Harbour Forward") == "supporter"


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Opposed to the depot plan are the Riverside Tenants Union and PedalOn.", "opponent"),
        ("Also backing the depot plan is the Riverside Tenants Union.", "supporter"),
        ("Ranged against the depot plan is the Riverside Tenants Union.", "opponent"),
        # parsed as a passive whose subject comes after it
        ("Opposed to the depot plan are Quiet Nights and the Riverside Tenants Union.", "opponent"),
    ],
)
def test_a_subject_after_a_fronted_participle(sentence: str, side: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Riverside Tenants Union") == side


def test_a_judgement_the_decision_brings_about_reads_against_the_outcome() -> None:
    brief = brief_of(
        LEAD,
        "The council rejected the depot plan on Monday.",
        "The Riverside Tenants Union warned the decision would make neighbouring councils "
        "wary of similar schemes.",
    )
    assert stances(brief).get("Riverside Tenants Union") == "supporter"


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Parents filled the hall, and most who took the floor were against the depot plan.",),
        ("Parents filled the hall.", "Many spoke against the depot plan."),
    ],
)
def test_most_of_a_group_just_named_stand_for_it(paragraphs: tuple[str, ...]) -> None:
    assert stances(brief_of(LEAD, *paragraphs)).get("Parents") == "opponent"


def test_some_of_a_group_named_long_before_are_not_it() -> None:
    brief = brief_of(
        LEAD,
        "Parents filled the hall.",
        "The mayor spoke about the budget for an hour.",
        "The council then heard from the fire service about its new station.",
        "Some were against the depot plan.",
    )
    assert "Parents" not in stances(brief)


def test_a_bodys_title_alone_is_the_person_named_with_it_before() -> None:
    brief = brief_of(
        LEAD,
        "Harbour Party leader Tom Reyes spoke in Leeds on Monday.",
        "The Harbour Party leader said the depot plan was a disaster.",
    )
    assert stances(brief).get("Tom Reyes") == "opponent"


def test_a_bodys_title_that_two_have_held_is_nobodys() -> None:
    brief = brief_of(
        LEAD,
        "Harbour Party leader Tom Reyes spoke in Leeds on Monday.",
        "Former Harbour Party leader Ann Lee was there too.",
        "Harbour Party leader Ben Okafor of the youth wing also spoke.",
        "The Harbour Party leader said the depot plan was a disaster.",
    )
    sides = stances(brief)
    assert sides.get("Tom Reyes") != "opponent" or sides.get("Ben Okafor") != "opponent"


@pytest.mark.parametrize(
    ("second", "side"),
    [
        ("Councillor Tom Hale agreed with Ms Cole, saying the town needed it.", "supporter"),
        ("Councillor Tom Hale disagreed with Mary Cole.", "opponent"),
    ],
)
def test_who_agrees_with_someone_takes_their_side(second: str, side: str) -> None:
    brief = brief_of(LEAD, "Mary Cole strongly backed the depot plan.", second)
    assert stances(brief).get("Tom Hale") == side


def test_agreeing_with_someone_of_no_side_takes_none() -> None:
    brief = brief_of(LEAD, "Mary Cole spoke at the meeting.", "Tom Hale agreed with Ms Cole.")
    assert stances(brief).get("Tom Hale") in (None, "neutral")


@pytest.mark.parametrize(
    "said",
    [
        "Jane Roe warned Riverside would lose bus depot income if it went ahead.",
        "Jane Roe warned that the town would lose its bus services under the depot plan.",
    ],
)
def test_losing_a_thing_had_is_no_defeat_of_the_proposal(said: str) -> None:
    # "lose" is a proposal's defeat only when a contest is lost ("lost the vote")
    assert {s for _, s in _claims_of(analysis_of(LEAD, ROOM, said), "Jane Roe")} == {-1}


@pytest.mark.parametrize(
    "said",
    [
        "The Metro Drivers Union said its members must be able to rest in the places where"
        " they might one day need to fight.",
        "The Metro Drivers Union said its members wanted a depot in the town where they"
        " fight every day.",
    ],
)
def test_a_cue_in_a_relative_clause_of_place_takes_no_side(said: str) -> None:
    analysis = analysis_of(LEAD, ROOM, said)
    assert ("verb", -1) not in _claims_of(analysis, "Metro Drivers Union")


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        ('"I was wrong to cheer the scheme on," Jane Roe said.', -1),
        ("Jane Roe said she had been wrong to back the depot.", -1),
        ("Jane Roe said she regretted backing the depot.", -1),
        ("Jane Roe said it had been a mistake to support the depot.", -1),
        ("Jane Roe said she was wrong to oppose the depot.", 1),
        ("Jane Roe said it would be a mistake to scrap the depot.", 1),
        ("Jane Roe said the council was wrong to approve the depot.", -1),
    ],
)
def test_an_act_called_a_mistake_is_taken_back(said: str, sign: int) -> None:
    assert {s for _, s in _claims_of(analysis_of(LEAD, ROOM, said), "Jane Roe")} == {sign}


def test_what_is_said_of_a_place_in_a_relative_clause_is_no_view_of_the_plan() -> None:
    said = "Jane Roe said she had met families in hamlets where buses are the only option."
    assert _claims_of(analysis_of(LEAD, ROOM, said), "Jane Roe") == []


@pytest.mark.parametrize(
    "said",
    [
        '"They called it fair," Jane Roe said.',
        "Jane Roe said ministers had branded it fair and modern.",
        # the parser hangs the adjectives from the object
        "Jane Roe said council officers had called the depot plan modern and fair.",
    ],
)
def test_the_name_others_gave_the_plan_is_not_the_speakers_word(said: str) -> None:
    assert _claims_of(analysis_of(LEAD, ROOM, said), "Jane Roe") == []


def test_the_name_the_speaker_gives_the_plan_is_their_word() -> None:
    said = '"We call it reckless," Jane Roe said.'
    assert {s for _, s in _claims_of(analysis_of(LEAD, ROOM, said), "Jane Roe")} == {-1}


@pytest.mark.parametrize(
    ("said", "title"),
    [
        # what the proposal is about
        (
            "The Save Riverside Depot Site campaign gathered 4,000 signatures.",
            "City weighs plan for a new bus depot",
        ),
        # a name the headline gives
        (
            "The Save Marsh Hill Group held a rally on Sunday.",
            "City weighs bus depot plan on Marsh Hill",
        ),
        ("Members of Stop the Depot met on Sunday.", "City weighs plan for a new bus depot"),
    ],
)
def test_a_campaign_named_to_save_or_stop_what_the_plan_changes_is_against_it(
    said: str, title: str
) -> None:
    analysis = analysis_of(LEAD, ROOM, said, title=title)
    labels = [
        (c.kind, c.sign)
        for c in analysis.claims
        if analysis.cast.actors[c.actor].name.split()[0] in ("Save", "Stop")
    ]
    assert labels == [("label", -1)]


def test_a_campaign_named_for_something_else_takes_no_side_by_its_name() -> None:
    analysis = analysis_of(LEAD, ROOM, "The Save Our Swifts Group held a rally on Sunday.")
    assert not [c for c in analysis.claims if c.kind == "label"]


@pytest.mark.parametrize(
    ("decided", "said", "side"),
    [
        (
            "The council approved the depot on Monday.",
            "Ana Ruiz, a farmer, condemned the approval.",
            "opponent",
        ),
        (
            "The council rejected the depot on Monday.",
            "Ana Ruiz criticised the rejection.",
            "supporter",
        ),
        ("The mayor vetoed the depot on Monday.", "Ana Ruiz welcomed the veto.", "opponent"),
    ],
)
def test_the_decision_named_by_the_way_it_went_is_judged_so(
    decided: str, said: str, side: str
) -> None:
    assert stances(brief_of(LEAD, decided, said)).get("Ana Ruiz") == side


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        ("Jane Roe pressed for the mayor's veto to be kept in place.", -1),
        ("Jane Roe urged the council to uphold the veto.", -1),
        ("Jane Roe urged the council to override the veto.", 1),
    ],
)
def test_keeping_an_act_against_the_plan_is_against_it(said: str, sign: int) -> None:
    analysis = analysis_of(LEAD, "The mayor vetoed the depot plan on Monday.", said)
    assert {s for _, s in _claims_of(analysis, "Jane Roe")} == {sign}


def test_a_body_with_no_position_and_its_officer_who_signs_nothing_are_neutral() -> None:
    brief = brief_of(
        LEAD,
        ROOM,
        "The Riverside Road Hauliers' Federation is not taking a position on the plan. Its"
        " president, Dora Quill, said members could live with a depot if the city paid for"
        " new access roads.",
    )
    sides = stances(brief)
    named = ("Riverside Road Hauliers' Federation", "Dora Quill")
    assert [sides.get(n, "neutral") for n in named] == ["neutral", "neutral"]


@pytest.mark.parametrize(
    ("said", "signs"),
    [
        ("Jane Roe said it would cost taxpayers a fortune.", {-1}),
        ("Jane Roe said the depot would cost local traders millions of pounds.", {-1}),
        # what it costs, no one named to bear it
        ("Jane Roe said the depot would cost 12 million pounds.", set()),
    ],
)
def test_the_plan_costing_someone_is_said_against_it(said: str, signs: set[int]) -> None:
    assert {s for _, s in _claims_of(analysis_of(LEAD, ROOM, said), "Jane Roe")} == signs


def test_what_someone_may_do_to_nothing_named_leans_no_way() -> None:
    analysis = analysis_of(
        LEAD, ROOM, "Under the plan the city could fine operators, and residents could sue."
    )
    assert not [c for c in analysis.claims if analysis.cast.actors[c.actor].name == "residents"]


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Laura Bennett is a staunch defender of the depot plan.", "supporter"),
        ("Laura Bennett, a champion of the depot plan, spoke at the hearing.", "supporter"),
        ("Laura Bennett is a fan of the depot plan.", "supporter"),
        ("Laura Bennett is no fan of the depot plan.", "opponent"),
        ("Laura Bennett is not a supporter of the depot plan.", "opponent"),
        ("Laura Bennett has never been a critic of the depot plan.", "supporter"),
    ],
)
def test_a_label_said_of_someone_places_them_and_its_denial_the_other_way(
    sentence: str, side: str
) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Laura Bennett") == side


@pytest.mark.parametrize(
    "sentence",
    [
        "Laura Bennett voiced concern over the depot plan at the hearing.",
        "Laura Bennett expressed worries about the depot plan.",
        "Laura Bennett is dead against the depot plan.",
        "Laura Bennett pressed councillors to throw out the depot plan.",
        "Laura Bennett is lobbying councillors against the depot plan.",
        "Laura Bennett led the charge against the depot plan.",
        "Laura Bennett rallied her neighbours against the plan.",
    ],
)
def test_more_ways_of_opposing(sentence: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Laura Bennett") == "opponent"


@pytest.mark.parametrize(
    "sentence",
    [
        "Laura Bennett will press ministers on the depot's cost.",
        "Laura Bennett pressed the mayor over the depot's cost on Tuesday.",
    ],
)
def test_pressing_someone_with_nothing_asked_of_them_takes_no_side(sentence: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Laura Bennett") in (None, "neutral")


def test_acting_against_what_the_plan_fights_is_no_opposition_to_it() -> None:
    brief = brief_of(
        "The minister unveiled a crackdown on benefit fraud on Monday.",
        "Laura Bennett took a tough stand against fraud.",
        title="Minister unveils crackdown on benefit fraud",
    )
    assert stances(brief).get("Laura Bennett") != "opponent"


def test_someones_opposition_to_the_plan_is_their_act_not_a_group() -> None:
    sides = stances(brief_of(LEAD, "Laura Bennett's opposition to the depot plan is well known."))
    assert (sides.get("Laura Bennett"), [n for n in sides if "opposition" in n]) == ("opponent", [])


@pytest.mark.parametrize(
    "sentence",
    [
        "The Harbour Freight Company, which has no stake in the depot, has not commented.",
        "The Harbour Freight Company did not respond to a request for comment.",
    ],
)
def test_saying_nothing_is_no_side_even_beside_others_who_take_one(sentence: str) -> None:
    sides = stances(brief_of(LEAD, "Tenants condemned the depot plan.", sentence))
    assert sides.get("Harbour Freight Company") in (None, "neutral")


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("The Riverside Bowls Club withdrew its support for the depot plan in May.", "opponent"),
        (
            "The Riverside Bowls Club, which had first backed the plan, pulled its backing.",
            "opponent",
        ),
        ("The Riverside Bowls Club dropped its opposition to the depot plan.", "supporter"),
        ("The Riverside Bowls Club has withdrawn its objections to the depot.", "supporter"),
    ],
)
def test_taking_back_a_side_is_the_other_side(sentence: str, side: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Riverside Bowls Club") == side


def test_a_judge_who_stops_the_law_being_enforced_carries_out_no_ban() -> None:
    brief = brief_of(
        "The High Court has suspended a county law that bans the sale of energy drinks to"
        " anyone under 18.",
        "Justice Ann Mwale issued orders on Monday stopping Riverside County from enforcing"
        " the Riverside Energy Drinks (Control) Act, 2024.",
        title="Court suspends Riverside ban on energy drink sales to minors",
    )
    assert stances(brief).get("Ann Mwale") in (None, "neutral")


def test_a_division_list_places_everyone_it_names() -> None:
    brief = brief_of(
        LEAD,
        "Councillors voted 6-4 against the depot plan on Monday.",
        "The vote",
        "For the depot plan (4): Oisin Tully, Maeve Roddy, Cathal Brophy, Ruairi Nolan.",
        "Against (6): Brid Foley, Tadhg Lenihan, Orla Kinsella, Padraig Joyce, Sile Hanlon,"
        " Conal Regan.",
    )
    sides = stances(brief)
    assert [
        sides.get(n) for n in ("Maeve Roddy", "Ruairi Nolan", "Orla Kinsella", "Conal Regan")
    ] == [
        "supporter",
        "supporter",
        "opponent",
        "opponent",
    ]


def test_a_bulleted_division_list_with_counts_places_those_named_not_their_towns() -> None:
    analysis = analysis_of(
        LEAD,
        "Councillors backed the depot plan 7-5 on Monday.",
        "- Yes (7): all five Labour members present, plus independents Laura Bennett of"
        " Hillcrest and Mary Cole of Eastfield.",
        "- No (5): the remaining independents, led by finance committee chair John Miller"
        " of Northgate.",
        "- No: two Labour members, plus independents Sarah Kinsley of Hudson and Greg Lutz.",
    )
    names = {a.name for a in analysis.cast.actors}
    placed = {
        (analysis.cast.actors[c.actor].name, c.sign)
        for c in analysis.claims
        if c.how == "division list"
    }
    assert {("Laura Bennett", 1), ("Mary Cole", 1), ("Sarah Kinsley", -1)} <= placed
    assert any(n.startswith("John Miller") for n in names)
    assert any(n.startswith("John Miller") and s == -1 for n, s in placed)
    assert not {n for n, _ in placed} & {"Hillcrest", "Eastfield", "Northgate", "Hudson"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Yes, but: the Riverside Cycling Club has asked who will pay for the depot.",
        "For the amendment (3): Maeve Roddy, Cathal Brophy, Ruairi Nolan.",
    ],
)
def test_a_heading_and_colon_before_a_sentence_or_another_measure_is_no_division_list(
    sentence: str,
) -> None:
    analysis = analysis_of(LEAD, sentence)
    assert [c for c in analysis.claims if c.how == "division list"] == []


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("The depot plan had been recommended by the chief executive, Maeve Roddy.", "supporter"),
        ("Maeve Roddy recommended that councillors reject the depot plan.", "opponent"),
        ("Maeve Roddy recommended against the depot plan.", "opponent"),
        ("Maeve Roddy recommended refusal of the depot plan.", "opponent"),
    ],
)
def test_a_recommendation_takes_the_side_of_what_it_recommends(sentence: str, side: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Maeve Roddy") == side


def test_a_side_taken_at_first_and_then_changed_is_the_other_side() -> None:
    brief = brief_of(
        LEAD,
        "The Riverside Bowls Club at first joined the tenants in rejecting the plan.",
        "It changed its position in March after the council agreed to move the depot.",
    )
    assert stances(brief).get("Riverside Bowls Club") == "supporter"


def test_who_brings_an_application_to_a_court_proposes_nothing() -> None:
    brief = brief_of(
        "The High Court has dismissed a challenge to the city's by-law on derelict buildings.",
        "The application was brought by the Harbour Landlords' Forum, which represents 200 owners.",
        title="Judge throws out landlords' challenge to derelict buildings by-law",
    )
    assert stances(brief).get("Harbour Landlords' Forum") != "proposer"


def test_who_files_a_permit_application_still_proposes() -> None:
    brief = brief_of(
        "Regulators will rule next month on a pipeline through the county.",
        "The permit application was filed by Prairie Carbon Partners in March.",
        title="Regulators to rule on pipeline permit",
    )
    assert stances(brief).get("Prairie Carbon Partners") == "proposer"


def test_votes_on_an_amendment_that_put_the_plan_off_are_read_through_it() -> None:
    brief = brief_of(
        LEAD,
        "The deciding amendment came from the Green group.",
        "Its amendment deferred the decision for a year and asked officers to find more money.",
        "The amendment was carried by 30 votes to 24.",
        "The Green group's eight councillors and all 14 Liberal Democrats voted for it.",
        "Labour's 24 councillors voted against, along with independent Cllr Moira Blake.",
    )
    sides = stances(brief)
    assert (sides.get("Moira Blake"), sides.get("Labour's 24 councillors")) == (
        "supporter",
        "supporter",
    )
    assert "opponent" in {v for k, v in sides.items() if "Liberal Democrats" in k}


@pytest.mark.parametrize("verb", ["violates", "breaches", "infringes"])
def test_saying_the_plan_breaks_a_higher_law_opposes_it(verb: str) -> None:
    brief = brief_of(
        LEAD, f"The Riverside Bowls Club argues that the depot plan {verb} the charter."
    )
    assert stances(brief).get("Riverside Bowls Club") == "opponent"


def test_a_harm_in_a_verb_of_its_own_after_a_cut_is_no_harm_countered() -> None:
    brief = brief_of(
        LEAD,
        "The Riverside Traders Association argued that the depot would cut trade by a third and"
        " threaten 900 jobs.",
    )
    assert stances(brief).get("Riverside Traders Association") == "opponent"


def test_it_after_a_place_named_as_where_people_live_is_not_the_place() -> None:
    analysis = analysis_of(
        "The finance ministry has proposed a fivefold tax on sugary drinks.",
        "Cane growers' groups in western Kenya had lobbied against the tax, saying it would"
        " reduce demand for local sugar.",
        title="Ministry proposes sugary drinks tax",
    )
    sent = analysis.sents[1]
    meant = [analysis.cast.actor_at(sent.pos, t.i) for t in sent.doc if t.lower_ == "it"]
    assert [analysis.cast.actors[a].name for a in meant if a is not None] == []


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("The Riverside Bowls Club has not endorsed the depot plan.", None),
        ("The Riverside Bowls Club was neither campaigning for nor against the depot plan.", None),
        ("The Riverside Bowls Club did not endorse the depot plan.", "opponent"),
    ],
)
def test_a_side_not_taken_so_far_or_denied_both_ways_is_none(
    sentence: str, side: str | None
) -> None:
    got = stances(brief_of(LEAD, sentence)).get("Riverside Bowls Club")
    assert (got if got != "neutral" else None) == side


def test_who_wrote_last_years_law_did_not_propose_this_plan() -> None:
    brief = brief_of(
        LEAD,
        "Councillor Ana Cruz, who authored last year's parking law, says the depot plan would"
        " bring back the old confusion.",
    )
    assert stances(brief).get("Ana Cruz") != "proposer"


def test_a_governments_decision_to_drop_its_own_plan_does_not_make_it_an_opponent() -> None:
    brief = brief_of(
        "The Immigration Minister announced a bond for seasonal workers in March.",
        "Church groups today welcomed the Government's decision to abandon its proposed bond.",
        title="Government drops seasonal worker bond",
    )
    sides = stances(brief)
    assert (sides.get("Government"), sides.get("Church groups")) == ("supporter", "opponent")


def test_a_change_of_tune_told_before_the_dated_side_it_turns() -> None:
    brief = brief_of(
        LEAD,
        "Councillor Marek Zielinski has also changed his tune.",
        "In April he voted for a motion welcoming the depot plan.",
    )
    assert stances(brief).get("Marek Zielinski") == "opponent"


def test_an_owners_separate_measure_is_not_the_proposal() -> None:
    brief = brief_of(
        "The ministry has postponed the signing of a deal to build a shell factory.",
        "The delay does not affect Poland's separate orders for finished shells.",
        title="Signing of shell factory deal postponed",
    )
    assert stances(brief).get("Poland") not in ("proposer", "supporter")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Harbour Party has not said how it would vote on the depot plan.",
        "The Harbour Party, in a written note, did not take a view on whether the depot plan"
        " should pass.",
    ],
)
def test_a_side_withheld_is_no_side(sentence: str) -> None:
    sides = stances(brief_of(LEAD, "Tenants condemned the depot plan.", sentence))
    assert sides.get("Harbour Party") in (None, "neutral")


def test_a_division_told_with_its_side_first_places_the_voters() -> None:
    brief = brief_of(
        LEAD,
        "Councillors voted 19-13 to approve the depot plan.",
        "Against were the 11 opposition councillors plus Jorge Cavalcanti and Lucia Farias.",
    )
    sides = stances(brief)
    assert (sides.get("Lucia Farias"), sides.get("11 opposition councillors")) == (
        "opponent",
        "opponent",
    )


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The minority caucus voted against.", "minority caucus"),
        (
            "The far-right opposition also voted no, for the opposite reason.",
            "far-right opposition",
        ),
    ],
)
def test_a_body_voting_no_for_its_own_reasons_opposes(sentence: str, name: str) -> None:
    brief = brief_of(LEAD, "Councillors voted 19-13 to approve the depot plan.", sentence)
    assert stances(brief).get(name) == "opponent"


@pytest.mark.parametrize(
    "sentence",
    [
        "The depot plan came under fire from Laura Bennett on Monday.",
        "The depot plan has come under attack from Laura Bennett.",
        "The depot plan has drawn fire from Laura Bennett, who leads the tenants union.",
    ],
)
def test_fire_and_attack_drawn_from_someone_are_theirs(sentence: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Laura Bennett") == "opponent"


def test_who_comes_under_fire_holds_no_fire() -> None:
    sides = stances(brief_of(LEAD, "Laura Bennett came under fire for the depot plan."))
    assert sides.get("Laura Bennett") != "opponent"


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Laura Bennett wants the depot plan scrapped.", "opponent"),
        ("Laura Bennett wants the depot plan torn up.", "opponent"),
        ("Laura Bennett wants the depot plan put off until May.", "opponent"),
        ("Laura Bennett wants the depot plan approved.", "supporter"),
    ],
)
def test_a_decision_wanted_done_to_the_plan_takes_its_side(sentence: str, side: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Laura Bennett") == side


def test_a_body_that_backed_another_bill_and_lobbied_against_this_one_opposes() -> None:
    brief = brief_of(
        "The state Senate passed the water bill on Wednesday.",
        "The Farm Bureau, which had supported an earlier well-drilling bill in 2024, campaigned"
        " against this one.",
        title="Senate passes rural water bill",
    )
    assert stances(brief).get("Farm Bureau") == "opponent"


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("The Harbour Landlords Group said it hopes councillors will drop the idea.", "opponent"),
        ("The Harbour Landlords Group wishes the council would shelve the plan.", "opponent"),
        ("The Harbour Landlords Group hopes councillors will back the depot.", "supporter"),
    ],
)
def test_hoping_that_others_act_on_the_proposal_is_the_hopers_side(
    sentence: str, side: str
) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Harbour Landlords Group") == side


@pytest.mark.parametrize(
    "sentence",
    [
        "Maeve Roddy, a councillor from the north ward, led a push for postponement.",
        "Maeve Roddy's push for a pause won cross-party backing.",
    ],
)
def test_a_push_for_an_act_against_the_proposal_opposes_it(sentence: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Maeve Roddy") == "opponent"


def test_backing_given_to_people_is_no_side_on_the_proposal() -> None:
    brief = brief_of(
        "The High Court upheld the ministry's directive on teaching in local languages.",
        "A group of parents, supported by the Private Schools Federation, filed the suit"
        " last year.",
        title="Court upholds local-language teaching directive",
    )
    assert stances(brief).get("Private Schools Federation") != "supporter"


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        ("The Private Schools Federation says it will comply with the directive.", []),
        ("The Private Schools Federation says it will not comply with the directive.", [-1]),
    ],
)
def test_complying_takes_no_side_and_refusing_to_comply_opposes(
    sentence: str, sides: list[int]
) -> None:
    analysis = analysis_of(
        "The education ministry issued a directive on teaching in local languages.",
        sentence,
        title="Ministry orders local-language teaching",
    )
    assert [c.sign for c in analysis.claims if c.cue == "comply with"] == sides


def test_a_body_that_scraps_its_own_plan_gave_it_up_and_does_not_oppose_it() -> None:
    brief = brief_of(
        "The Harbour Ports Authority has scrapped plans to merge two pilot stations, days"
        " after its chair told the board it was under review.",
        title="Ports authority scraps pilot station merger",
    )
    assert stances(brief).get("Harbour Ports Authority") in ("proposer", "supporter")


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        (
            "The Harbour Traders Guild said the depot would deter investment in the area.",
            "opponent",
        ),
        ("The Harbour Traders Guild said the depot would cut local jobs.", "opponent"),
        ("The Harbour Traders Guild said the depot would not reduce tourism.", "supporter"),
    ],
)
def test_a_proposal_said_to_hold_back_a_good_is_opposed(sentence: str, side: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Harbour Traders Guild") == side


def test_a_proposal_said_to_target_things_its_epithets_call_bad_acts_against_a_harm() -> None:
    brief = brief_of(
        "The city plans a clean-air zone that would keep older lorries out of the centre.",
        "Laura Bennett, the transport director, said the zone targeted the worst and dirtiest"
        " lorries on the ring road.",
        title="City plans clean-air zone",
    )
    assert stances(brief).get("Laura Bennett") == "supporter"


@pytest.mark.parametrize(
    "sentence",
    [
        '14:05 Mary Cole tells us her party will study "every legal option," including an'
        " appeal to the High Court.",
        "Mary Cole said her union was considering legal action against the depot.",
        "Mary Cole said she would explore a court challenge.",
    ],
)
def test_weighing_going_to_law_against_the_proposal_opposes_it(sentence: str) -> None:
    brief = brief_of(
        "Councillors approved the bus depot plan for Riverside on Tuesday.",
        sentence,
        title="Council approves bus depot",
    )
    assert stances(brief).get("Mary Cole") == "opponent"


@pytest.mark.parametrize("faction", ["Opposition deputies", "Green MPs", "Several senators"])
def test_a_faction_of_a_chamber_voting_takes_a_side_and_decides_nothing(faction: str) -> None:
    brief = brief_of(
        "The forestry bill won 43 votes in the 101-seat parliament on Thursday, eight short"
        " of the 51 it needed.",
        f"{faction} voted against the bill.",
        title="Forestry bill falls short in parliament",
    )
    assert stances(brief).get(faction) == "opponent"
    assert brief.outcome.status == "rejected"


def test_a_chambers_members_named_by_their_country_decide() -> None:
    brief = brief_of(
        "Ruritanian lawmakers voted 95-68 on Monday to abolish a spring holiday and spend the"
        " savings on the army.",
        "The change takes effect next year.",
        title="Ruritania scraps spring holiday",
    )
    assert brief.outcome.status == "passed"


def test_the_plight_of_those_a_decision_is_for_is_no_verdict_on_it() -> None:
    brief = brief_of(
        "The council approved the 120-home scheme at Harbour Fields on Tuesday.",
        "Laura Bennett, the builder's director, said the decision was \"a lifeline for nurses"
        ' who were priced out of the harbour"',
        title="Council approves Harbour Fields homes",
    )
    assert stances(brief).get("Laura Bennett") == "supporter"


def test_backing_without_reservation_is_backing() -> None:
    brief = brief_of(
        "The minister said the nitrate cap was being put back a year.",
        'Laura Bennett said the Harbour Party still supports the cap "without reservation"'
        " and would ask for the new date in writing.",
        title="Minister delays nitrate cap",
    )
    assert stances(brief).get("Harbour Party") == "supporter"


def test_what_a_ban_itself_does_is_no_word_for_the_trade_it_stops() -> None:
    brief = brief_of(
        "A High Court judge suspended a county law which forbids selling energy drinks to minors.",
        "In its petition, the Drinks Makers Association argued that controlling what energy"
        " drinks contain is a matter for parliament, and that in doing so the county created a"
        " barrier to trade.",
        title="Court halts Harbourside energy drinks ban",
    )
    assert stances(brief).get("Drinks Makers Association") == "opponent"


def test_a_counter_motion_its_backers_and_the_votes_against_it() -> None:
    brief = brief_of(
        "The city council has turned down the Rovers' request for a 30-year lease of Marsh Park.",
        "Councillors voted 8-3 on Tuesday against opening talks with the club.",
        "Officers had advised talks on condition that the public kept access to the park.",
        "Councillor Laura Bennett then moved a rival motion that the council should not"
        " proceed with the lease.",
        "She was backed by councillors Mary Cole and Jo Lane.",
        "Mayor Tom Kerr and councillor Sam Reyes voted against the motion.",
        title="Council says no to Rovers' park lease",
    )
    sides = stances(brief)
    assert [sides.get(n) for n in ("Laura Bennett", "Mary Cole", "Jo Lane")] == ["opponent"] * 3
    assert [sides.get(n) for n in ("Tom Kerr", "Sam Reyes")] == ["supporter"] * 2


def test_a_friends_of_group_the_tagger_misses_is_a_body_and_takes_its_side() -> None:
    brief = brief_of(
        "The council rejected the Rovers' bid for a lease over Eastfield Park.",
        "That did not satisfy the Friends of Eastfield Park, who gathered 3,000 signatures"
        " against the lease.",
        title="Council rejects Rovers' lease",
    )
    assert stances(brief).get("Friends of Eastfield Park") == "opponent"


@pytest.mark.parametrize(
    ("sentence", "name", "side"),
    [
        ("The Care Workers Guild was scathing.", "Care Workers Guild", "opponent"),
        ("The Employers Federation was supportive.", "Employers Federation", "supporter"),
        ("Haulage firms were less enthusiastic.", "Haulage firms", "opponent"),
    ],
)
def test_a_bare_predicate_of_praise_or_criticism_takes_a_side(
    sentence: str, name: str, side: str
) -> None:
    brief = brief_of(
        "A Commons committee has backed the care worker visa scheme.",
        sentence,
        title="Committee backs care worker visa scheme",
    )
    assert stances(brief).get(name) == side


def test_the_nuisances_of_planning_law_are_harms() -> None:
    brief = brief_of(
        "A planning tribunal has approved a larger Kelso egg farm.",
        "The Kelso Neighbours Group appealed, arguing that the larger farm would bring odour, dust"
        " and dozens of lorries a day along a single-track lane.",
        title="Tribunal approves egg farm expansion",
    )
    assert stances(brief).get("Kelso Neighbours Group") == "opponent"


def test_dismissing_a_warning_against_the_proposal_backs_it() -> None:
    brief = brief_of(
        "Councillors voted on Wednesday to double the tourist tax to 4 euros a night.",
        "Laura Bennett, the finance councillor, brushed aside the hotel trade's warning that"
        " the tax would drive visitors away.",
        title="Resort doubles tourist tax",
    )
    assert stances(brief).get("Laura Bennett") == "supporter"


@pytest.mark.parametrize(
    ("sentence", "name", "side"),
    [
        (
            "Harbour Couriers warns the new pay rule would force it to limit how many riders work.",
            "Harbour Couriers",
            "opponent",
        ),
        (
            "The Harbour Cafe Guild says the law would not force members to raise prices.",
            "Harbour Cafe Guild",
            "supporter",
        ),
    ],
)
def test_a_proposal_said_to_force_the_speakers_side_to_act_hurts_them(
    sentence: str, name: str, side: str
) -> None:
    brief = brief_of(
        "The province has tabled a bill setting a minimum pay rate for delivery couriers.",
        sentence,
        title="Province tables courier pay bill",
    )
    assert stances(brief).get(name) == side


def test_a_decision_said_to_let_someone_take_on_staff_is_backed() -> None:
    brief = brief_of(
        "A planning tribunal has approved a larger Kelso egg farm.",
        "Kelso Poultry's managing director, Tom Kerr, said the decision meant the firm could"
        " grow, and that it would allow them to hire 30 more people.",
        title="Tribunal approves egg farm expansion",
    )
    assert stances(brief).get("Tom Kerr") == "supporter"


@pytest.mark.parametrize(
    "sentence",
    [
        "When the division came, the Harbour Party voted against virtually to a man.",
        "The Harbour Party voted against in the final division.",
        "The Harbour Party voted against, as it had promised.",
    ],
)
def test_a_vote_whose_preposition_is_left_bare_is_on_the_proposal(sentence: str) -> None:
    brief = brief_of(
        "The free school meals bill was carried by 240 votes to 190 on Friday.",
        sentence,
        title="MPs pass free school meals bill",
    )
    assert stances(brief).get("Harbour Party") == "opponent"


@pytest.mark.parametrize(
    ("sentence", "name", "side"),
    [
        ("Senator Rosa Vale was the only Democrat to vote against it.", "Rosa Vale", "opponent"),
        (
            "Glenmore Cycle Trust is a charity which backs the bill.",
            "Glenmore Cycle Trust",
            "supporter",
        ),
        ("Councillor Ian Hobb was the first member to back the tax.", "Ian Hobb", "supporter"),
        ("Senator Omar Pike was one senator who spoke against it.", "Omar Pike", "opponent"),
    ],
)
def test_a_relative_clause_on_what_a_copula_says_its_subject_is_tells_of_the_subject(
    sentence: str, name: str, side: str
) -> None:
    brief = brief_of(
        "The state Senate passed a bill on Tuesday to add a tax on sugary drinks.",
        sentence,
        title="Senate passes sugary drinks tax",
    )
    assert stances(brief).get(name) == side


def test_a_relative_clause_on_an_object_is_not_said_of_the_subject() -> None:
    brief = brief_of(
        "The state Senate passed a bill on Tuesday to add a tax on sugary drinks.",
        "Senator Omar Pike met a farmer who opposes the tax.",
        title="Senate passes sugary drinks tax",
    )
    assert stances(brief).get("Omar Pike") != "opponent"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Transport minister Aled Rhys dismissed the criticism.", "Aled Rhys"),
        ("Transport minister Aled Rhys rejected the objections of hauliers.", "Aled Rhys"),
        ("Transport minister Aled Rhys brushed aside their concerns.", "Aled Rhys"),
    ],
)
def test_rejecting_a_misgiving_that_names_nothing_else_backs_the_proposal(
    sentence: str, name: str
) -> None:
    brief = brief_of(
        "The Welsh government has unveiled a plan to charge lorries for using the A55.",
        sentence,
        title="Ministers unveil lorry road charge",
    )
    assert stances(brief).get(name) == "supporter"


def test_rejecting_a_misgiving_about_something_else_takes_no_side() -> None:
    brief = brief_of(
        "The Welsh government has unveiled a plan to charge lorries for using the A55.",
        "Transport minister Aled Rhys dismissed concerns about his expenses.",
        title="Ministers unveil lorry road charge",
    )
    assert stances(brief).get("Aled Rhys") != "supporter"


@pytest.mark.parametrize("feeling", ["alarmed", "appalled", "furious"])
def test_a_bare_feeling_of_alarm_is_read_against_the_outcome(feeling: str) -> None:
    announced = brief_of(
        "The Welsh government has unveiled a plan to charge lorries for using the A55.",
        f"The Road Haulage Forum said it was {feeling}.",
        title="Ministers unveil lorry road charge",
    )
    rejected = brief_of(
        "Members of the Senedd on Tuesday rejected a plan to charge lorries for using the A55.",
        f"The Clean Air Alliance said it was {feeling}.",
        title="Senedd rejects lorry road charge",
    )
    assert stances(announced).get("Road Haulage Forum") == "opponent"
    assert stances(rejected).get("Clean Air Alliance") == "supporter"


def test_a_span_of_time_is_not_the_object_of_a_phrase() -> None:
    analysis = analysis_of(
        "Ministers have unveiled a bill to tax empty second homes at double the usual rate.",
        'Shadow minister Carys Penn said the tax would fall on "retired couples who saved'
        ' all their lives for a cottage by the sea".',
        title="Ministers unveil second homes tax",
    )
    penn = [c for c in analysis.claims if analysis.cast.actors[c.actor].name == "Carys Penn"]
    assert not any("save" in c.cue for c in penn)


def test_weighing_the_proposal_takes_no_side() -> None:
    brief = brief_of(
        "The Welsh government has unveiled a plan to charge lorries for using the A55.",
        "The Road Haulage Association said it was studying the proposal.",
        "The Freight Transport Association said it intends to review the proposals first.",
        title="Ministers unveil lorry road charge",
    )
    found = stances(brief)
    assert found.get("Road Haulage Association", "neutral") == "neutral"
    assert found.get("Freight Transport Association", "neutral") == "neutral"


def test_a_request_that_others_fought_is_no_motion_against_the_proposal() -> None:
    brief = brief_of(
        "Kell County supervisors on Monday refused a request to open a quarry on 200 acres of"
        " farmland, giving victory to neighbours who had filled the hall three times to oppose"
        " it.",
        "The vote was 4-1, a setback for Stone Ridge Ltd, which had proposed a $50 million"
        " pit. Supervisors Ann Bly and Joe Carr voted no."
        " Supervisor Ruth Ellis voted yes.",
        title="Supervisors turn down Kell quarry",
    )
    found = stances(brief)
    assert found.get("Joe Carr") == "opponent"
    assert found.get("Ruth Ellis") == "supporter"


@pytest.mark.parametrize(
    ("sentence", "name", "side"),
    [
        (
            'Shadow minister Lena Voss said: "Every rider should have an insurer that they can'
            ' make a claim against."',
            "Lena Voss",
            None,
        ),
        (
            "Cycle Union said the scheme was one it had campaigned against for years.",
            "Cycle Union",
            "opponent",
        ),
        (
            'Cycle Union said: "This is a scheme we have fought against for years."',
            "Cycle Union",
            "opponent",
        ),
        ("Councillor Jo Pike was one of three who voted against.", "Jo Pike", "opponent"),
    ],
)
def test_a_preposition_stranded_in_a_relative_clause_is_about_its_antecedent(
    sentence: str, name: str, side: str | None
) -> None:
    brief = brief_of(
        "The transport minister has dropped a plan to make cyclists carry insurance.",
        sentence,
        title="Minister drops cycle insurance plan",
    )
    if side is None:
        analysis = analysis_of(
            "The transport minister has dropped a plan to make cyclists carry insurance.",
            sentence,
            title="Minister drops cycle insurance plan",
        )
        said = [c for c in analysis.claims if analysis.cast.actors[c.actor].name == name]
        assert not any(c.sign < 0 for c in said)
    else:
        assert stances(brief).get(name) == side


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        (
            "Councillor Rhoda Bell backed the scheme last spring but has since changed her mind.",
            "opponent",
        ),
        ("Councillor Rhoda Bell backed the scheme and has not changed her mind.", "supporter"),
    ],
)
def test_a_side_told_and_then_turned_in_one_sentence(sentence: str, side: str) -> None:
    brief = brief_of(
        "The transport minister has dropped a plan to make cyclists carry insurance.",
        sentence,
        title="Minister drops cycle insurance plan",
    )
    assert stances(brief).get("Rhoda Bell") == side


def test_a_list_of_names_read_as_appositions_is_a_list() -> None:
    brief = brief_of(
        "Kell County commissioners on Monday turned down a plan for a quarry on farmland.",
        "Commissioners Ann Bly, Joe Carr, Lia Moss, Tim Dow and board chair Sam Lee voted no.",
        title="Commissioners turn down Kell quarry",
    )
    found = stances(brief)
    assert [found.get(n) for n in ("Ann Bly", "Joe Carr", "Lia Moss", "Tim Dow", "Sam Lee")] == [
        "opponent"
    ] * 5


@pytest.mark.parametrize(
    "sentence",
    [
        "The group praised the ruling, calling it a win for tenants, for families and for all"
        " renters.",
        "She called the vote a triumph for common sense, for the town and for democracy.",
    ],
)
def test_naming_something_a_victory_for_several_is_no_call_for_anything(sentence: str) -> None:
    doc = parse_texts([sentence])[0]
    assert not any(m.cue.text == "call for" for m in lexicon.stance_cues().find(doc))


def test_terms_attached_to_a_proposal_are_no_move_against_it() -> None:
    from briefgen.analyse import stance

    analysis = analysis_of(
        "Ministers on Friday approved a new road bridge over the Kell.",
        "They approved the bridge, subject to ten conditions, including the withdrawal of two"
        " lanes.",
        "Councillor Ann Bly tabled a motion against the bridge.",
        title="Ministers approve Kell bridge",
    )
    first, second = (s.doc for s in analysis.sents[1:3])
    bridge = next(t for t in first if t.lower_ == "bridge")
    motion = next(t for t in second if t.lower_ == "motion")
    assert stance._countering([bridge], analysis.proposal, None) is None
    assert stance._countering([motion], analysis.proposal, None) is not None


def test_the_ing_noun_of_the_proposals_verb_names_the_proposal() -> None:
    brief = brief_of(
        "Kell County supervisors on Monday turned down a request to rezone 200 acres of"
        " farmland for a quarry.",
        "Stone Ridge Ltd, which sought the rezoning, had planned a $50 million pit.",
        title="Supervisors turn down Kell quarry rezoning",
    )
    assert stances(brief).get("Stone Ridge Ltd") == "proposer"


@pytest.mark.parametrize(
    "words",
    ['"bring the old mill town back to life"', '"give the harbour a new lease of life"'],
)
def test_saying_the_proposal_revives_a_place_backs_it(words: str) -> None:
    brief = brief_of(
        "The county council has published the route of a 40km greenway along the old railway.",
        f"Councillor Nora Quill said the greenway would {words}.",
        title="County publishes greenway route",
    )
    assert stances(brief).get("Nora Quill") == "supporter"


@pytest.mark.parametrize(
    ("sentence", "against"),
    [
        (
            "Its lawyer, Ruth Sims, urged the planning board to refuse the application.",
            True,
        ),
        ("Its lawyer, Ruth Sims, urged the judge to refuse the application.", False),
    ],
)
def test_the_application_before_a_deciding_body_is_the_proposal(
    sentence: str, against: bool
) -> None:
    analysis = analysis_of(
        "Hearings began on Tuesday into plans for a gas export terminal at Bay Point.",
        sentence,
        title="Hearings open on Bay Point gas terminal",
    )
    sims = [c for c in analysis.claims if analysis.cast.actors[c.actor].name == "Ruth Sims"]
    assert any(c.kind == "verb" and c.sign < 0 for c in sims) == against
