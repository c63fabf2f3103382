"""Actors: titles, roles, affiliations, acronyms, aliases, groups and references."""

from __future__ import annotations

import pytest

from briefgen.model import Actor
from tests.analyse.helpers import LEAD, analysis_of, brief_of, stances


def _actor(brief, name: str) -> Actor:
    return next(a for a in brief.actors if a.name == name)


def test_a_title_gives_role_and_a_country_adjective_the_affiliation() -> None:
    brief = brief_of(LEAD, "Brazilian President Rosa Lima said she opposes the depot plan.")
    lima = _actor(brief, "Rosa Lima")
    assert (lima.kind, lima.role, lima.affiliation) == ("person", "President", "Brazil")
    assert "Lima" in lima.aliases


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz, the director of the Riverside Cycling Association, backed the depot plan.",
        "Ana Ruiz, the Riverside Cycling Association's director, backed the depot plan.",
        "Ana Ruiz, director of the Riverside Cycling Association lobby, backed the depot plan.",
    ],
)
def test_an_appositive_gives_role_and_body(sentence: str) -> None:
    brief = brief_of(LEAD, sentence)
    ruiz = _actor(brief, "Ana Ruiz")
    assert ruiz.role == "director"
    assert ruiz.affiliation == "Riverside Cycling Association"
    # a director speaks for the body: it takes her side
    assert _actor(brief, "Riverside Cycling Association").stance == "supporter"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Attorney General, Lord Tom Reyes, criticised the depot plan.",
        "The Attorney General Lord Tom Reyes criticised the depot plan.",
        "The Riverside Cycling Association's director, Tom Reyes, backed the depot plan.",
    ],
)
def test_a_title_before_an_honorific_or_a_comma_is_the_role(sentence: str) -> None:
    reyes = _actor(brief_of(LEAD, sentence), "Tom Reyes")
    assert reyes.role in ("Attorney General", "director")
    if reyes.role == "director":
        assert reyes.affiliation == "Riverside Cycling Association"


def test_a_deputy_is_a_role() -> None:
    brief = brief_of(LEAD, "The mayor's deputy, Tom Reyes, said the depot would bring jobs.")
    assert _actor(brief, "Tom Reyes").role == "deputy"


def test_a_hyphenated_role_in_apposition_is_whole() -> None:
    # the tokenizer splits "vice-president" into three appositives
    brief = brief_of(
        LEAD,
        "Ana Ruiz, the vice-president of the Riverside Cycling Association, backed the depot plan.",
    )
    ruiz = _actor(brief, "Ana Ruiz")
    assert (ruiz.role, ruiz.affiliation) == ("vice-president", "Riverside Cycling Association")
    assert _actor(brief, "Riverside Cycling Association").stance == "supporter"


def test_a_narrower_kind_of_spokesperson_speaks_for_the_body() -> None:
    brief = brief_of(
        LEAD,
        "Ana Ruiz, the legal director of the Riverside Cycling Association, backed the plan.",
    )
    assert _actor(brief, "Riverside Cycling Association").stance == "supporter"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz of the Riverside Cycling Association said she opposed the depot plan.",
        "Ana Ruiz, from the Riverside Cycling Association, said she opposed the depot plan.",
        # the parser hangs "from ..." off the verb and the name off "the group"
        "Ana Ruiz, from the campaign group Riverside Cycling Association, said she opposed"
        " the depot plan.",
    ],
)
def test_a_person_of_a_body_speaks_for_it(sentence: str) -> None:
    brief = brief_of(LEAD, sentence)
    assert _actor(brief, "Ana Ruiz").affiliation == "Riverside Cycling Association"
    assert _actor(brief, "Riverside Cycling Association").stance == "opponent"


def test_a_body_with_a_number_in_its_name_is_an_actor() -> None:
    brief = brief_of(
        LEAD, "John Hale, from the group Parents 4 Safe Roads, said it opposed the plan."
    )
    assert _actor(brief, "Parents 4 Safe Roads").stance == "opponent"


def test_a_body_owning_the_title_gives_the_affiliation() -> None:
    brief = brief_of(
        LEAD, "Unison's transport spokesman Maria Jensen said the depot would harm the area."
    )
    assert _actor(brief, "Maria Jensen").affiliation == "Unison"


def test_a_bare_title_speaks_for_the_body_that_spoke_before() -> None:
    brief = brief_of(
        LEAD,
        "The Riverside Cycling League said the depot plan would block the river path.",
        "Chief executive Maria Jensen said the league would fight the plan in court.",
    )
    assert _actor(brief, "Maria Jensen").affiliation == "Riverside Cycling League"
    # a title inside the sentence may be of another body
    brief = brief_of(
        LEAD,
        "The Riverside Cycling League said the depot plan would block the river path.",
        "The Green Party answered, with leader Maria Jensen saying the path could move.",
    )
    assert _actor(brief, "Maria Jensen").affiliation != "Riverside Cycling League"


def test_a_bare_title_after_a_quotation_speaks_for_the_body_before() -> None:
    brief = brief_of(
        LEAD,
        "Residents' group Quiet Riverside welcomed the depot plan.",
        '"It is a start, and a late one," spokeswoman Maria Jensen said.',
    )
    jensen = _actor(brief, "Maria Jensen")
    assert jensen.affiliation == "Quiet Riverside"
    assert jensen.stance == "supporter"  # the body's side, not a doubter's


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "Campaign group Quiet Riverside Now welcomed the depot plan.",
            "Quiet Riverside",
            "organisation",
        ),
        (
            "The pressure group Quiet Riverside said it backed the depot plan.",
            "Quiet Riverside",
            "organisation",
        ),
        (
            "Residents' group Calmer Streets welcomed the depot plan.",
            "Calmer Streets",
            "organisation",
        ),
        # the name is the subject of a clause about the body, not the body
        ("The charity Maria Jensen set up backed the depot plan.", "Maria Jensen", "person"),
    ],
)
def test_a_noun_for_a_body_before_a_longer_name(sentence: str, name: str, kind: str) -> None:
    actors = {a.name: a.kind for a in analysis_of(LEAD, sentence).cast.actors}
    assert actors.get(name, "person") == kind


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # untagged: a word of the name hangs from the next, not from its last word
        (
            "The Low Moor Sheep Farmers Society said the depot plan was a disgrace.",
            "Low Moor Sheep Farmers Society",
        ),
        # tagged whole, then cut as a body and a person's two-word name
        (
            "The Great Lakes Ferry Owners Guild said the depot plan was a disgrace.",
            "Great Lakes Ferry Owners Guild",
        ),
    ],
)
def test_a_long_body_name_is_whole(sentence: str, name: str) -> None:
    actors = {a.name: a.kind for a in analysis_of(LEAD, sentence).cast.actors}
    assert actors.get(name) == "organisation", actors


def test_a_quotation_s_it_is_no_body_named_sentences_before() -> None:
    analysis = analysis_of(
        LEAD,
        "Ana Ruiz spoke to the Riverside Cycling League on Monday.",
        '"It would set the town back years," she said.',
    )
    quote = analysis.sents[2]
    it = next(t.i for t in quote.doc if t.text == "It")
    assert analysis.cast.actor_at(quote.pos, it) is None
    # outside a quotation, "it" is the body still
    analysis = analysis_of(
        LEAD,
        "Ana Ruiz spoke to the Riverside Cycling League on Monday.",
        "It backs the depot plan.",
    )
    assert analysis.cast.actor_at(analysis.sents[2].pos, 0) is not None


@pytest.mark.parametrize(
    ("sentence", "place", "person"),
    [
        (
            "The mayor of Stara Kolonia, Marta Zielinska, said the depot would hurt the town.",
            "Stara Kolonia",
            "Marta Zielinska",
        ),
        (
            "The governor of Lubna Gora, Anna Wrobel, said the depot plan would harm the region.",
            "Lubna Gora",
            "Anna Wrobel",
        ),
    ],
)
def test_an_office_is_of_a_place_and_held_by_a_person(
    sentence: str, place: str, person: str
) -> None:
    kinds = {a.name: a.kind for a in analysis_of(LEAD, sentence).cast.actors}
    assert kinds[person] == "person"
    assert kinds[place] != "person"


@pytest.mark.parametrize(
    "sentences",
    [
        # the party's word taken into the name by the tagger
        (
            "The Federalists say the depot plan is a mistake.",
            "But Federalist Tom Baker said it must go.",
        ),
        # the party's word tagged on its own, right before the name
        ("Agrarians want a vote on the depot plan.", "Agrarian Tom Baker said it must go."),
    ],
)
def test_a_party_s_word_before_a_name_is_the_person_s_party(sentences: tuple[str, ...]) -> None:
    actors = {a.name: a for a in analysis_of(LEAD, *sentences).cast.actors if a.name}
    baker = actors["Tom Baker"]
    assert baker.kind == "person"
    assert actors[baker.affiliation].kind == "organisation"


def test_an_acronym_in_brackets_is_the_same_actor() -> None:
    brief = brief_of(
        LEAD,
        "The Riverside Transit Authority (RTA) proposed the depot plan in March.",
        "The RTA said the depot would cut bus delays.",
    )
    names = [a.name for a in brief.actors]
    assert names.count("Riverside Transit Authority") == 1 and "RTA" not in names
    assert "RTA" in _actor(brief, "Riverside Transit Authority").aliases


def test_initials_link_an_acronym_without_brackets() -> None:
    brief = brief_of(
        "The Northern Bus Company wants to build a bus depot in Riverside.",
        "NBC said the depot plan would create jobs.",
        title="Bus company plans Riverside depot",
    )
    assert "NBC" not in [a.name for a in brief.actors]


def test_the_company_points_at_the_last_company() -> None:
    brief = brief_of(
        LEAD,
        "Greenway Logistics Ltd. owns land next to the site.",
        "The company opposes the depot plan.",
    )
    assert _actor(brief, "Greenway Logistics Ltd.").stance == "opponent"


def test_a_body_of_a_country_is_named_by_its_adjective() -> None:
    brief = brief_of(LEAD, "Chilean officials criticised the depot plan on Monday.")
    officials = _actor(brief, "Chilean officials")
    assert officials.affiliation == "Chile" and officials.stance == "opponent"


def test_groups_keep_their_modifiers_and_coordination() -> None:
    brief = brief_of(LEAD, "Local shopkeepers and nearby residents oppose the depot plan.")
    assert _actor(brief, "Local shopkeepers and nearby residents").kind == "group"


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Hauliers said the depot plan was a disgrace.", "Hauliers"),
        ("Local headteachers said the depot plan was a disgrace.", "Local headteachers"),
        (
            "The haulage and taxi sectors said the depot plan was a disgrace.",
            "haulage and taxi sectors",
        ),
        ("Business leaders said the depot plan was a disgrace.", "Business leaders"),
    ],
)
def test_common_groups_of_trades_and_professions_are_actors(sentence: str, group: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get(group) == "opponent"


def test_a_word_before_a_group_noun_is_no_group_of_its_own() -> None:
    # "climate activists" lists the group "activists"; "climate" alone names no one
    sentence = "The climate of the debate worried Jane Roe, who opposes the depot plan."
    analysis = analysis_of(LEAD, sentence)
    assert not any(a.kind == "group" and a.name.lower() == "climate" for a in analysis.cast.actors)


def test_a_place_is_not_taken_for_a_person() -> None:
    brief = brief_of(LEAD, "Speaking in Fort Hale, Mayor Ana Lima defended the depot plan.")
    assert "Fort Hale" not in [a.name for a in brief.actors if a.kind == "person"]
    assert _actor(brief, "Ana Lima").stance == "supporter"


def test_he_prefers_the_subject_over_a_name_in_a_phrase() -> None:
    brief = brief_of(
        LEAD,
        "Councillor Ben Okafor agreed with Mayor Ana Lima, saying he backs the depot plan.",
    )
    assert _actor(brief, "Ben Okafor").stance == "supporter"


@pytest.mark.parametrize(
    "name", ["Protection of Rivers Bill", "Clean Air Act", "Rivers (Dredging) Bill 2025"]
)
def test_a_bill_is_what_is_proposed_not_an_actor(name: str) -> None:
    brief = brief_of(
        f"The {name} was introduced by Senator Tom Reyes on Monday.",
        f"The {name} proposes a ban on river dredging.",
        title="Senator brings river bill",
    )
    assert not [a.name for a in brief.actors if a.name.split()[-1] in ("Bill", "Act")]
    assert _actor(brief, "Tom Reyes").stance == "proposer"


def test_a_title_is_shown_as_written_and_an_honorific_is_no_role() -> None:
    brief = brief_of(
        LEAD,
        "On Monday, shadow transport secretary Tom Reyes criticised the depot plan.",
        "Mr Ben Okafor, a shopkeeper, also criticised the depot plan.",
    )
    assert _actor(brief, "Tom Reyes").role == "shadow transport secretary"
    assert _actor(brief, "Ben Okafor").role != "Mr"


def test_a_party_named_by_adjective_and_clipped_form_is_one_actor() -> None:
    brief = brief_of(
        LEAD,
        "Social Liberal leader Jane Roe said the depot plan was flawed.",
        "The Soc Libs said they would vote against the depot plan.",
    )
    names = [a.name for a in brief.actors]
    assert "Social Liberals" in names
    assert not {"Liberal", "Soc Libs", "Social Liberal"} & set(names)
    assert "Soc Libs" in _actor(brief, "Social Liberals").aliases


def test_a_firm_called_by_a_first_word_ending_in_s_keeps_its_name() -> None:
    # "Northpass" ends in "s" but is no plural: the firm is not renamed "... Groups", and
    # its chief executive, who says nothing outright, is on the side of the firm's plan
    brief = brief_of(
        "Northpass Freight Group has proposed a new lorry depot on Mill Road.",
        "Northpass said the depot would open in May.",
        "Its chief executive, Tom Reyes, said the talks had been long and bitter.",
        "Residents opposed the depot plan.",
    )
    names = [a.name for a in brief.actors]
    assert "Northpass Freight Group" in names
    assert "Northpass Freight Groups" not in names
    assert stances(brief)["Tom Reyes"] == "supporter"


def test_a_body_cut_to_its_last_word_is_the_body_named_in_full() -> None:
    brief = brief_of(
        "The National Government has proposed a plan to build a bus depot in Riverside.",
        "The Government said the depot plan would cut delays.",
    )
    names = [a.name for a in brief.actors]
    assert "National Government" in names and "Government" not in names


def test_a_body_named_only_after_a_is_not_the_one_in_office() -> None:
    brief = brief_of(
        LEAD,
        "A Green government would scrap the depot plan, Jane Roe said.",
        "The government said the depot plan would cut delays.",
    )
    names = [a.name for a in brief.actors]
    assert "government" in names and "Green government" in names


def test_a_placeholder_it_names_no_one() -> None:
    brief = brief_of(
        "The Riverside Cycling Association met on Monday to discuss a plan for a bus depot.",
        "It was wrong to propose a depot so close to a school, Marco Diaz said.",
    )
    stance = {a.name: a.stance for a in brief.actors}.get("Riverside Cycling Association")
    assert stance != "proposer"


def test_a_group_listing_named_members_leaves_them_actors_of_their_own() -> None:
    brief = brief_of(
        LEAD,
        "Neighbouring countries, including Canada and Mexico, and groups like Oxfam have"
        " criticised the depot plan.",
    )
    found = {a.name: a.stance for a in brief.actors}
    assert found.get("Canada") == "opponent"
    assert found.get("Oxfam") == "opponent"
    assert not any("groups" in name or "countries" in name for name in found)


def test_a_legislators_party_and_home_is_not_an_actor() -> None:
    # AP style: "Sen. Tom Reyes, D-San Francisco," names his party and home town
    brief = brief_of(
        LEAD,
        "The depot measure, proposed by state Sen. Tom Reyes, D-San Francisco, targets bus firms.",
    )
    sides = stances(brief)
    assert sides["Tom Reyes"] == "proposer"
    assert "San Francisco" not in sides


def test_a_title_the_tagger_cut_in_two_is_not_part_of_the_name() -> None:
    # the small model tags "[Executive Officer Ann Lee]" in "Chief Executive Officer Ann Lee"
    brief = brief_of(
        LEAD,
        '"This depot is not about buses," Harbour Trust Chief Executive Officer Ann Lee said.',
        "Lee said the depot plan was a good one.",
    )
    names = {a.name for a in brief.actors}
    assert "Ann Lee" in names
    assert not any("Executive" in n or "Officer" in n for n in names)


def test_his_or_her_party_is_the_persons_own_party() -> None:
    brief = brief_of(
        LEAD,
        "The Rural Party met on Monday.",
        "Rural Party leader Ana Lima said her party would vote against the depot plan.",
    )
    names = {a.name for a in brief.actors}
    assert "her party" not in names
    assert _actor(brief, "Rural Party").stance == "opponent"


def test_a_group_her_party_names_is_not_her() -> None:
    brief = brief_of(
        LEAD, "Mayor Rosa Vidal met the members of her own party that vote against the depot plan."
    )
    assert "opponent" not in {a.stance for a in brief.actors if a.kind == "person"}


def test_a_name_given_before_is_known_where_the_tagger_misses_it() -> None:
    # the small model tags "Liberty" in the first sentence and not in the second
    analysis = analysis_of(
        LEAD,
        "On Monday the party Liberty said the depot plan costs too much.",
        "Liberty opposes the depot plan.",
    )
    party = [a.id for a in analysis.cast.actors if a.name == "Liberty"]
    assert any(c.actor in party and c.kind == "verb" and c.sign < 0 for c in analysis.claims)


def test_a_surname_that_is_also_a_month_stays_a_date() -> None:
    analysis = analysis_of(
        LEAD, "Councillor Ana May backs the depot plan.", "The council will vote on it in May."
    )
    last = analysis.sents[-1]
    assert all(analysis.cast.actor_at(last.pos, t.i) is None for t in last.doc if t.text == "May")


def test_the_firm_is_not_the_place_just_named() -> None:
    analysis = analysis_of(
        LEAD,
        "The depot would be built by a private company in Riverside.",
        "A spokeswoman for the firm said the depot plan was sound.",
    )
    last = analysis.sents[-1]
    firm = next(t for t in last.doc if t.lower_ == "firm")
    found = analysis.cast.actor_at(last.pos, firm.i)
    assert found is None or analysis.cast.actors[found].kind != "country"


def _names(analysis) -> dict[str, list[str]]:
    return {a.name: a.aliases for a in analysis.cast.actors if a.name}


def test_a_title_alone_is_the_person_named_with_it() -> None:
    analysis = analysis_of(
        LEAD,
        "Opposition Leader Ana Ruiz said the depot plan was a mistake.",
        "“We will fight it,” the Opposition Leader told reporters.",
    )
    names = _names(analysis)
    assert "Opposition Leader" not in names
    assert "Opposition Leader" in names["Ana Ruiz"]


def test_a_title_written_short_is_the_person_named_with_it() -> None:
    brief = brief_of(
        LEAD,
        "Gov. Ana Ruiz on Tuesday vetoed the depot plan.",
        "Tenant groups applauded the governor.",
    )
    assert stances(brief).get("Tenant groups") == "opponent"


def test_the_last_word_of_a_bodys_name_names_it_again() -> None:
    # "the guild" is the guild named two sentences back, and so is its "it"; not the
    # company named in between
    brief = brief_of(
        LEAD,
        "The Riverside Nurses Guild has complained about the noise.",
        "Harbour Health, which wants to build the depot, said it would be quiet.",
        "The guild says that, whatever the council decides, it will go on fighting the depot.",
    )
    assert stances(brief).get("Harbour Health") == "proposer"


def test_a_former_holder_is_not_the_title_alone() -> None:
    analysis = analysis_of(
        LEAD,
        "Former Opposition Leader Rui Costa said the depot plan was a mistake.",
        "“We will fight it,” the Opposition Leader told reporters.",
    )
    assert "Opposition Leader" not in _names(analysis).get("Rui Costa", [])


def test_it_after_a_sentence_about_a_thing_is_the_thing_not_a_body_it_named() -> None:
    brief = brief_of(
        LEAD,
        "The plan also asks the council to hand two routes to the Riverside Transit Authority.",
        "It argues that the old depot is a disaster for the town.",
    )
    assert stances(brief).get("Riverside Transit Authority") in (None, "neutral")


def test_it_after_a_passive_is_the_body_that_acted() -> None:
    brief = brief_of(
        LEAD,
        "The plan was criticised on Monday by the Riverside Transit Authority.",
        "It said the depot would be a disaster for the town.",
    )
    assert stances(brief).get("Riverside Transit Authority") == "opponent"


@pytest.mark.parametrize(
    ("first", "then", "person", "short"),
    [
        # a family name written first
        ("Foreign ministry spokesman Zhou Lei", "Zhou", "Zhou Lei", "Zhou"),
        # a doubled letter written once
        ("Councillor Harriet Bennett", "Benett", "Harriet Bennett", "Benett"),
    ],
)
def test_a_name_written_another_way_is_the_person_named_in_full(
    first: str, then: str, person: str, short: str
) -> None:
    analysis = analysis_of(
        LEAD,
        f"{first} criticised the depot plan.",
        f"“It is irresponsible,” {then} told reporters.",
    )
    names = _names(analysis)
    assert short not in names and short in names[person]


@pytest.mark.parametrize(
    ("paragraphs", "person", "short"),
    [
        # "Marco Diaz" is called "Diaz": "Marco" alone, later, may be someone else
        (
            (
                "Councillor Marco Diaz criticised the depot plan.",
                "Diaz said the depot was a mistake, and Marco said he agreed.",
            ),
            "Marco Diaz",
            "Marco",
        ),
        # a letter dropped, not a doubled one written once
        (
            ("Councillor Tom Marlowe backed the depot plan, and Marlow said so twice.",),
            "Tom Marlowe",
            "Marlow",
        ),
    ],
)
def test_a_name_alone_that_may_be_another_person_stays_apart(
    paragraphs: tuple[str, ...], person: str, short: str
) -> None:
    assert short not in _names(analysis_of(LEAD, *paragraphs)).get(person, [])


def test_a_surname_is_the_person_named_with_letters_after_the_name() -> None:
    brief = brief_of(
        LEAD,
        "In a new pamphlet, Tom Okafor QC, who advises the tenants, argues the depot plan is "
        "unlawful.",
        "Mr Okafor's pamphlet claims the plan was drafted in haste.",
    )
    okafor = [a for a in brief.actors if "Okafor" in a.name]
    assert [a.name for a in okafor] == ["Tom Okafor"]
    assert "Tom Okafor QC" in okafor[0].aliases


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "The chairman of the Cycling Council, Guy Penhallow QC has warned the depot plan would"
            " hurt riders.",
            "Mr Penhallow said the plan was rushed.",
        ),
        (
            "Guy Penhallow MSP, the tenants' adviser, backed the depot plan.",
            "Mr Penhallow said so.",
        ),
    ],
)
def test_letters_after_a_name_are_not_the_persons_name(paragraphs: tuple[str, ...]) -> None:
    brief = brief_of(LEAD, *paragraphs)
    assert [(a.name, a.kind) for a in brief.actors if "Penhallow" in a.name] == [
        ("Guy Penhallow", "person")
    ]


def test_a_body_the_tagger_missed_before_a_title_is_the_persons_employer() -> None:
    a = analysis_of(
        LEAD,
        "Granite said on Monday it would build the depot.",
        "Granite attorney Thomas Whitfield on Monday asked the council for more time.",
    )
    whitfield = next(x for x in a.cast.actors if x.name == "Thomas Whitfield")
    assert whitfield.affiliation == "Granite"


def test_a_firm_named_by_its_first_word_is_the_firm() -> None:
    brief = brief_of(
        LEAD,
        "Granite Water Holdings wants to run the depot.",
        "Granite said on Monday the depot would bring 200 jobs.",
    )
    assert [a.name for a in brief.actors if "Granite" in a.name] == ["Granite Water Holdings"]


def test_a_party_is_not_the_government_its_name_begins() -> None:
    brief = brief_of(
        LEAD,
        "The Renewal government backed the depot plan.",
        "Renewal said on Monday the depot would bring 200 jobs.",
    )
    assert "Renewal" in [a.name for a in brief.actors]


def test_a_kind_of_body_is_no_first_word_of_another_bodys_name() -> None:
    brief = brief_of(
        LEAD,
        "The National Farmers' Confederation, the farmers' lobby, opposed the depot plan.",
        "The Confederation of European Business Associations said it would study the plan.",
    )
    assert len([a for a in brief.actors if "Confederation" in a.name]) == 2


def test_a_body_named_by_the_last_words_of_its_name_is_one_actor() -> None:
    analysis = analysis_of(
        "The Valmora Provincial Government has proposed a new bus depot in Riverside.",
        "Shopkeepers said the provincial government had ignored them and opposed the plan.",
        "The provincial government said the depot would bring jobs.",
    )
    names = _names(analysis)
    assert "provincial government" not in names
    assert "provincial government" in names["Valmora Provincial Government"]


def test_a_document_is_no_actor() -> None:
    analysis = analysis_of(
        LEAD,
        "Officials cited the Riverside Transport Review, which said the depot plan was needed.",
        "A Valmora Housing Report said the plan was sensible.",
    )
    names = _names(analysis)
    assert not [n for n in names if n.endswith(("Review", "Report"))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Common Farming Policy has backed the depot plan, officials said.",
        "The Greenfield Protocol opposed the depot plan.",
        "The Rural Support Scheme would pay for part of the depot plan.",
    ],
)
def test_a_policy_or_an_agreement_is_no_actor(sentence: str) -> None:
    names = _names(analysis_of(LEAD, sentence))
    assert not [n for n in names if n.endswith(("Policy", "Protocol", "Scheme"))]


def test_they_is_the_body_named_in_the_subject_before() -> None:
    # the name is compounded into the subject ("the X group said"), not the subject
    analysis = analysis_of(
        LEAD,
        "Shopkeepers backed the depot plan on Monday.",
        "The Riverside Cycling Association group said it had written to the council.",
        "They argue the depot would be too noisy and too costly.",
    )
    said = analysis.speech[3]
    assert said is not None and said.speaker is not None
    assert analysis.cast.actors[said.speaker].name == "Riverside Cycling Association"


@pytest.mark.parametrize("body", ["Valley Cycling League", "League Against Depot Noise"])
def test_a_person_from_a_body_named_by_its_kind_works_for_it(body: str) -> None:
    brief = brief_of(
        LEAD,
        f"The {body} backed the depot plan on Monday.",
        "Ana Ruiz, from the league, said the plan had broad support.",
    )
    assert _actor(brief, "Ana Ruiz").affiliation == body


def test_the_person_whose_body_it_is_works_for_it() -> None:
    analysis = analysis_of(
        LEAD,
        "President Ana Ruiz's government has backed the depot plan.",
        "Ms Ruiz has promised to revive the old bus routes.",
    )
    people = {a.name: a.affiliation for a in analysis.cast.actors if a.kind == "person"}
    assert people["Ana Ruiz"] == "President Ana Ruiz's government"


def test_a_name_its_english_name_in_brackets_and_its_acronym_are_one_actor() -> None:
    brief = brief_of(
        LEAD,
        "In Riverside, Liga für eine Stadt ohne Autos (League for a City without Cars) "
        "said the depot would bring more lorries.",
        "The LSOA opposes the depot plan.",
    )
    league = _actor(brief, "Liga für eine Stadt ohne Autos")
    assert {"League for a City without Cars", "LSOA"} <= set(league.aliases)
    assert [a.name for a in brief.actors if a.stance == "opponent"] == [league.name]


def test_a_country_written_in_capitals_is_no_pronoun() -> None:
    brief = brief_of(LEAD, "The US and Canada opposed the depot plan at the summit.")
    assert {"United States", "Canada"} <= {a.name for a in brief.actors if a.stance == "opponent"}


def test_a_country_is_not_the_body_named_after_it() -> None:
    brief = brief_of(
        LEAD,
        "The Cycling Union of Portugal opposed the depot plan.",
        "Portugal has backed the depot plan too.",
    )
    union = _actor(brief, "Cycling Union of Portugal")
    assert "Portugal" not in union.aliases
    assert "Portugal" in [a.name for a in brief.actors]


def test_a_word_before_a_title_the_tag_starts_with_is_no_given_name() -> None:
    # the recogniser tags "MEP Jane Holm" here
    brief = brief_of(LEAD, "Liberal MEP Jane Holm welcomed the depot plan.")
    assert "Jane Holm" in [a.name for a in brief.actors]


@pytest.mark.parametrize(
    "holder",
    [
        "Shadow transport minister Ana Ruiz",
        "On Monday, shadow transport minister Ana Ruiz",
        "Former transport minister Ana Ruiz",
    ],
)
def test_the_minister_is_not_a_shadow_or_former_one(holder: str) -> None:
    brief = brief_of(
        LEAD,
        f"{holder} said the depot plan was a waste of money.",
        "But the minister said the depot was needed and would go ahead.",
    )
    assert _actor(brief, "Ana Ruiz").stance == "opponent"


def test_the_home_secretary_is_the_person_with_that_title_and_he_follows() -> None:
    brief = brief_of(
        LEAD,
        "Health Secretary Tom Ruiz visited Riverside on Monday.",
        "Councillor Ana Hale said the depot plan was a welcome idea.",
        "Later, the health secretary said the depot was a costly mistake.",
        "He said it would ruin the riverside and waste money.",
    )
    assert _actor(brief, "Tom Ruiz").stance == "opponent"
    # "He" is the secretary just spoken of, not the councillor named before him
    assert [c.sentence for c in _actor(brief, "Tom Ruiz").evidence] == [3, 4]
    assert 4 not in [c.sentence for c in _actor(brief, "Ana Hale").evidence]


@pytest.mark.parametrize(
    ("sentence", "affiliation"),
    [
        ("Home Affairs spokesman Tom Hale said the depot plan was a waste.", None),
        (
            "Rural Party Home Affairs spokesman Tom Hale said the depot plan was a waste.",
            "Rural Party",
        ),
        ("Health Secretary Tom Hale said the depot plan was a waste.", None),
    ],
)
def test_a_titles_brief_is_no_body(sentence: str, affiliation: str | None) -> None:
    analysis = analysis_of(LEAD, sentence)
    names = [a.name for a in analysis.cast.actors if a.name]
    assert not {"Home Affairs", "Home", "Health", "Rural Party Home Affairs"} & set(names)
    hale = next(a for a in analysis.cast.actors if a.name == "Tom Hale")
    assert hale.affiliation == affiliation


def test_a_capitalised_office_in_apposition_gives_role_and_body() -> None:
    analysis = analysis_of(
        LEAD,
        "Earlier, Tom Hale, Chief Executive of the Riverside Transit Authority, said the "
        "depot was needed.",
    )
    hale = next(a for a in analysis.cast.actors if a.name == "Tom Hale")
    assert (hale.role, hale.affiliation) == ("Chief Executive", "Riverside Transit Authority")


def test_he_is_the_main_clauses_subject_not_one_named_in_a_clause_below() -> None:
    analysis = analysis_of(
        LEAD,
        "Councillor Tom Hale said he was sure Mayor Ben Okafor would drop the depot plan.",
        "He said the depot would be a costly mistake.",
    )
    he = analysis.cast.actor_at(2, 0)
    assert he is not None and analysis.cast.actors[he].name == "Tom Hale"


def test_a_knight_called_by_his_given_name_is_the_same_person() -> None:
    analysis = analysis_of(
        LEAD,
        "Sir Tom Hale, the business group's director general, said the depot plan was a mistake.",
        "Sir Tom added that the depot would cost too much.",
    )
    assert "Tom" not in [a.name for a in analysis.cast.actors]


def test_an_honorific_after_a_title_tells_the_gender() -> None:
    analysis = analysis_of(
        LEAD,
        "Chairman Sir Tom Hale said the depot plan was needed.",
        "She said the depot would be noisy.",
    )
    assert analysis.cast.actor_at(2, 0) is None  # not Sir Tom


@pytest.mark.parametrize("day", ["Easter", "Christmas"])
def test_a_holiday_is_no_actor(day: str) -> None:
    analysis = analysis_of(
        LEAD, f"The council must present the depot plan by {day}, Tom Hale said."
    )
    assert day not in [a.name for a in analysis.cast.actors]


@pytest.mark.parametrize(
    ("sentences", "pronoun", "name"),
    [
        # the source after "according to" is who a "she said" next means
        (
            (
                "Transit chief Tom Hale emphasised that the depot was needed.",
                "According to Maria Lopez, a tenants' leader, the depot would ruin the riverside.",
                "The depot would waste money, she said.",
            ),
            "she",
            "Maria Lopez",
        ),
        # "they" is the speaker, not a body the speaker talks about
        (
            (
                "The Riverside Cycling Association backed the depot plan.",
                "They claim figures show that the Transit Authority has lost money on every route.",
                "They say the depot will cut traffic.",
            ),
            "they",
            "Riverside Cycling Association",
        ),
    ],
)
def test_a_pronoun_points_to_the_source(sentences: tuple, pronoun: str, name: str) -> None:
    analysis = analysis_of(LEAD, *sentences)
    token = next(t.i for t in analysis.sents[3].doc if t.lower_ == pronoun)
    found = analysis.cast.actor_at(3, token)
    assert found is not None and analysis.cast.actors[found].name == name


@pytest.mark.parametrize("party", ["Agrarians", "Ecologists", "Centrists", "Reformists"])
def test_a_party_is_called_by_its_plural_not_its_members_adjective(party: str) -> None:
    member = party[:-1]
    analysis = analysis_of(
        LEAD,
        f"{member} councillor Tom Hale said the depot would ruin the riverside.",
        f"The {party} will vote against the depot plan on Monday.",
    )
    names = [a.name for a in analysis.cast.actors if a.name]
    assert party in names
    assert member not in names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("But aid charity Helpwell criticised the depot plan.", "Helpwell"),
        ("Pressure group Freewayz attacked the depot plan.", "Freewayz"),
    ],
)
def test_a_name_after_a_noun_that_says_body_is_a_body(sentence: str, name: str) -> None:
    kinds = {a.name: a.kind for a in analysis_of(LEAD, sentence).cast.actors if a.name}
    assert kinds.get(name) == "organisation"


def test_a_person_after_a_title_stays_a_person() -> None:
    sentence = "Standards watchdog Sir Tom Hale criticised the depot plan."
    kinds = {a.name: a.kind for a in analysis_of(LEAD, sentence).cast.actors if a.name}
    assert kinds.get("Tom Hale") == "person"


@pytest.mark.parametrize("title", ["MEP", "MSP", "Cardinal"])
def test_a_title_alone_is_no_actor(title: str) -> None:
    analysis = analysis_of(
        LEAD,
        "Former broadcaster Tom Hale has attacked the depot plan.",
        f"The {title} said the depot would be a disaster.",
    )
    assert title not in [a.name for a in analysis.cast.actors]


def test_a_backbencher_is_a_title_not_part_of_the_name() -> None:
    brief = brief_of(LEAD, "Backbencher Tom Hale said the depot plan was a disgrace.")
    hale = _actor(brief, "Tom Hale")
    assert hale.role == "Backbencher"


def _kinds(*paragraphs: str) -> dict[str, str]:
    return {a.name: a.kind for a in analysis_of(LEAD, *paragraphs).cast.actors if a.name}


UNDER = "Under Kessler, the depot plan would be scrapped."


@pytest.mark.parametrize(
    ("paragraphs", "kind"),
    [
        # coordinated with a body, never named with a given name or an honorific
        (("Kessler and the Agrarians say the depot plan is wasteful.",), "organisation"),
        (("Mr Kessler and the Agrarians say the depot plan is wasteful.",), "person"),
        # a party noun after the name
        ((UNDER, "Kessler leader Ana Ruiz said so."), "organisation"),
        ((UNDER, "The Kessler leader said so."), "organisation"),
        ((UNDER, "A Kessler spokesman said so."), "person"),
        # the same word with "Party" after it
        ((UNDER, "The Kessler Party said so."), "organisation"),
        ((UNDER,), "person"),
    ],
)
def test_a_party_the_tagger_took_for_a_person_is_a_body(
    paragraphs: tuple[str, ...], kind: str
) -> None:
    assert _kinds(*paragraphs)["Kessler"] == kind


def test_a_name_with_members_after_it_is_a_group() -> None:
    assert _kinds("Alder MPs said the depot plan would fail.")["Alder MPs"] == "group"


def test_a_place_that_speaks_is_a_body() -> None:
    kinds = _kinds("It is no secret that Kingsgate Street believes the depot plan is doomed.")
    assert kinds["Kingsgate Street"] == "organisation"


@pytest.mark.parametrize(
    ("text", "start", "end", "kind"),
    [
        ("The Van Dams also oppose the depot plan.", 1, 3, "organisation"),
        ("Van Dam also opposes the depot plan.", 0, 2, "person"),
        ("The Van Dam report opposes the depot plan.", 1, 3, "person"),
        ("The Transport Secretary also opposes the depot plan.", 1, 3, "person"),
    ],
)
def test_a_name_after_the_is_no_person(text: str, start: int, end: int, kind: str) -> None:
    from briefgen.analyse.actors import _kind
    from briefgen.analyse.nlp import pipeline

    span = pipeline()(text)[start:end]
    assert _kind(span, "PERSON") == kind


@pytest.mark.parametrize(
    ("text", "body", "title"),
    [
        # the recogniser tagged the word before the title with the title's first word
        ("New Home Secretary Ana Ruiz said so.", None, "Home Secretary"),
        ("Shadow Home Secretary Ana Ruiz said so.", None, "Home Secretary"),
        ("Valmora Party leader Ana Ruiz said so.", "Valmora Party", "Party leader"),
    ],
)
def test_a_body_tagged_into_a_title_is_the_title(text: str, body: str | None, title: str) -> None:
    from spacy.tokens import Span

    from briefgen.analyse.actors import _title_before
    from briefgen.analyse.nlp import pipeline

    doc = pipeline()(text)
    doc.set_ents([Span(doc, 0, 2, label="ORG"), Span(doc, 3, 5, label="PERSON")])
    assert _title_before(doc[3:5]) == (title, body)


def test_a_group_after_a_wh_word_is_named_without_it() -> None:
    kinds = _kinds("But what residents are worried about is the noise of the depot.")
    assert kinds.get("residents") == "group" and "what residents" not in kinds


def test_a_body_named_by_its_words_before_of_or_for_is_the_body_in_full() -> None:
    kinds = _kinds(
        "The Harbour Trust for Flood Victims opposes the depot plan.",
        'The Harbour Trust said: "The depot would flood the street."',
    )
    assert "Harbour Trust" not in kinds and "Harbour Trust for Flood Victims" in kinds


@pytest.mark.parametrize("party", ["Soc Lib", "Rural Party"])
def test_a_treasury_spokesman_speaks_for_the_party(party: str) -> None:
    analysis = analysis_of(
        LEAD, f"{party} Treasury spokesman Ana Ruiz said the depot plan was a waste."
    )
    bodies = {a.name: a.affiliation for a in analysis.cast.actors if a.name}
    assert bodies["Ana Ruiz"] == party and f"{party} Treasury" not in bodies


def test_a_person_and_a_titled_person_are_two_people() -> None:
    kinds = _kinds("Tom Reyes and frontbencher Ana Ruiz launched new plans for the depot.")
    assert kinds["Tom Reyes"] == "person"  # "and" is no brief of a title after the name


def test_titles_coordinated_before_one_name_are_that_persons() -> None:
    kinds = _kinds(
        "Veteran Renewal MP and former minister Ana Ruiz has said she will oppose the depot plan."
    )
    assert kinds.get("Ana Ruiz") == "person" and "Renewal MP" not in kinds


@pytest.mark.parametrize(
    ("paragraphs", "kind"),
    [
        (("Ana Ruiz, the MP for Wexcombe, opposes the depot plan.",), "country"),
        (("Tom Hale, in Riverside, Wexcombe said the depot plan was wrong.",), "country"),
        # a person after all: the name is written with an honorific too
        (
            (
                "Ana Ruiz, the MP for Wexcombe, opposes the depot plan.",
                "Mr Wexcombe said the depot plan was wrong.",
            ),
            "person",
        ),
    ],
)
def test_a_place_the_tagger_took_for_a_person_is_a_place(
    paragraphs: tuple[str, ...], kind: str
) -> None:
    assert _kinds(*paragraphs)["Wexcombe"] == kind


def test_a_county_parsed_as_the_subject_after_its_town_is_no_speaker() -> None:
    brief = brief_of(LEAD, "Tom Hale, in Riverside, Wexcombe said he opposes the depot plan.")
    assert "Wexcombe" not in [a.name for a in brief.actors if a.stance != "neutral"]
    assert _actor(brief, "Tom Hale").stance == "opponent"


def test_a_pronoun_in_a_clause_before_the_subject_points_forward() -> None:
    brief = brief_of(
        LEAD,
        "Tom Hale, the opposition leader, attacked the council.",
        "When he first unveiled the depot plan, Mayor Ana Lima said it would cut congestion.",
    )
    assert _actor(brief, "Ana Lima").stance == "proposer"
    assert "Tom Hale" not in [a.name for a in brief.actors if a.stance == "proposer"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ana Ruiz, the AM for Wexcombe, said so.", True),
        ("Ana Ruiz, the MP for Wexcombe, said so.", True),
        ("I am for Wexcombe, she said.", False),  # the verb, not an Assembly Member
    ],
)
def test_a_seat_is_a_place_after_a_members_title_only(text: str, place: bool) -> None:
    from briefgen.analyse.actors import _written_as_place
    from briefgen.analyse.nlp import pipeline

    doc = pipeline()(text)
    name = next(t for t in doc if t.text == "Wexcombe")
    assert _written_as_place(name) == place


def test_a_name_ends_before_a_joining_word() -> None:
    from briefgen.analyse.actors import _clean_span
    from briefgen.analyse.nlp import parse_texts

    # the tagger may cut a name at a second name and leave the word between in the first
    (doc,) = parse_texts(
        ["Ruth Moss, Director of the Valmora Research Centre at Kelburn University."]
    )
    at = next(t.i for t in doc if t.lower_ == "at")
    span = doc[at - 3 : at + 1]
    span.label_ = "ORG"
    assert _clean_span(span).text == "Valmora Research Centre"


def test_an_office_with_the_holder_in_apposition_is_the_holder() -> None:
    sentence = (
        'Scottish Transport Minister, Laura Bennett MSP, said: "The bus depot will go ahead."'
    )
    names = [a.name for a in brief_of(LEAD, sentence).actors]
    assert any(n.startswith("Laura Bennett") for n in names), names
    assert not any("Minister" in n for n in names), names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Taxi Drivers' Association rejected the bus depot plan.", "Taxi Drivers' Association"),
        (
            '"This is long overdue," said Helena Brandao, president of the National Federation'
            " of Parents' Associations (NFPA).",
            "National Federation of Parents' Associations",
        ),
    ],
)
def test_a_plural_before_a_body_word_is_inside_the_name(sentence: str, name: str) -> None:
    names = [a.name for a in brief_of(LEAD, sentence).actors]
    assert name in names, names


def test_a_name_tagged_with_its_bracketed_acronym_is_the_name_alone() -> None:
    sentence = "The Fire and Rescue Workers' Union (FRWU) said the depot plan was wrong."
    names = [a.name for a in brief_of(LEAD, sentence).actors]
    assert "Fire and Rescue Workers' Union" in names and not [n for n in names if "(" in n]


def test_a_description_before_the_name_is_the_body_named_later() -> None:
    brief = brief_of(
        "The union representing most bus drivers has vowed to fight the depot plan.",
        "The Valmora Bus Drivers' Union has 4,000 members across the region.",
    )
    assert stances(brief).get("Valmora Bus Drivers' Union") == "opponent"
    assert "union" not in stances(brief)


def test_the_party_is_the_party_named_before() -> None:
    brief = brief_of(
        "The Free Democrats have set out plans for a levy on frequent flyers.",
        "The party says the levy would raise 2bn a year for rail fares.",
        title="Free Democrats unveil frequent flyer levy",
    )
    assert "party" not in stances(brief)


def test_the_place_a_story_is_filed_from_is_no_mention() -> None:
    # the dateline in capitals is where the story was filed; the city acts later
    names = [
        a.name
        for a in brief_of(
            "OSLO",
            "The city council is considering a plan to build a bus depot.",
            "Oslo backed the depot plan on Monday.",
        ).actors
    ]
    assert "Oslo" in names and "OSLO" not in names


@pytest.mark.parametrize(
    "dateline", ["LIMA, Valmora (AP) -", "LIMA, May 3 (Reuters) -", "LIMA (Valmora Press) —"]
)
def test_a_wire_service_dateline_names_no_actor(dateline: str) -> None:
    analysis = analysis_of(
        f"{dateline} Lawmakers on Tuesday passed a bill to build a bus depot.",
        "Residents criticised the depot bill.",
    )
    names = {a.name for a in analysis.cast.actors}
    assert not names & {"Valmora", "AP", "Reuters", "Valmora Press", "LIMA"}
    assert "Residents" in names


@pytest.mark.parametrize(
    "sentence",
    [
        "Members voted by 27 votes to 19 against the depot plan.",
        "Members voted 38-29 against the depot plan.",
    ],
)
def test_members_voting_by_a_count_are_the_house_deciding(sentence: str) -> None:
    assert stances(brief_of(LEAD, sentence)).get("Members") in (None, "neutral")


@pytest.mark.parametrize(
    "sentence",
    [
        "All the parties except the Valley Party voted against the depot bill.",
        "Every party but the Valley Party voted against the depot bill.",
    ],
)
def test_every_party_voting_is_the_house_deciding(sentence: str) -> None:
    brief = brief_of(sentence, "Jane Roe said the depot would be good.", title="Depot bill vote")
    assert brief.outcome.status == "rejected"
    assert not {n for n, s in stances(brief).items() if "part" in n.lower() and s == "opponent"}
    assert stances(brief).get("Valley Party") in (None, "neutral", "supporter", "proposer")


@pytest.mark.parametrize("noun", ["platform", "network", "alliance", "federation"])
def test_the_body_described_by_its_kind_is_the_one_just_named(noun: str) -> None:
    brief = brief_of(
        LEAD,
        '"It is a start," said Tom Hale, a spokesman for the residents\' '
        f"{noun} Riverside Residents Association, which organised street protests last summer.",
        f"The {noun} praised the depot plan.",
    )
    assert stances(brief).get("Riverside Residents Association") == "supporter"


def test_a_post_set_beside_a_name_is_the_persons_not_a_body() -> None:
    brief = brief_of(
        LEAD,
        "The Riverside Residents Association was less forgiving.",
        "Its chief executive, Tom Hale, said the depot would undermine confidence in the city.",
    )
    names = [a.name for a in brief.actors]
    assert "Tom Hale" in names and not [n for n in names if "executive" in n.lower()]
    assert stances(brief)["Tom Hale"] == "opponent"


def test_government_plans_are_the_governments_own() -> None:
    analysis = analysis_of(
        "The Harbour Party will back government plans to build a bus depot in Riverside.",
        "Jane Roe said the depot would cut delays.",
    )
    proposing = {analysis.cast.actors[c.actor].name for c in analysis.claims if c.kind == "propose"}
    assert "government" in proposing


@pytest.mark.parametrize("owner", ["Government", "Cabinet"])
def test_a_capitalised_institution_owning_the_plan_proposed_it(owner: str) -> None:
    # house style in several countries writes "the Government" as a name
    brief = brief_of(
        f"The {owner}'s plan to build a bus depot in Riverside was defeated in the council.",
        "Jane Roe said the depot would bring noise to the town.",
        title="Council defeats bus depot plan",
    )
    assert stances(brief).get(owner) in ("proposer", "supporter")


def test_government_policy_in_general_is_nobody_s_plan() -> None:
    analysis = analysis_of(
        LEAD,
        "Jane Roe said the depot plan ran against government policy on transport.",
    )
    assert "government" not in {a.name for a in analysis.cast.actors}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ministers say the depot plan will cut delays.", "government"),
        ("Scottish ministers say the depot plan will cut delays.", "Scottish government"),
    ],
)
def test_ministers_are_the_government_they_serve(sentence: str, name: str) -> None:
    assert _actor(brief_of(LEAD, sentence), name).kind == "organisation"


def test_ministers_of_somewhere_else_or_of_a_kind_are_not_the_government() -> None:
    brief = brief_of(
        LEAD,
        "Finance ministers say the depot plan will cut delays.",
        "Ministers from nine countries criticised the depot plan.",
    )
    assert "government" not in {a.name for a in brief.actors}


@pytest.mark.parametrize(
    "sentence",
    [
        "The union's spokesman for Scotland, John Smith, said the depot plan was long overdue.",
        "John Smith, the union's spokesman for Scotland, said the depot plan was long overdue.",
    ],
)
def test_a_place_a_role_is_for_is_its_remit_not_a_body(sentence: str) -> None:
    sides = stances(brief_of(LEAD, sentence))
    assert sides.get("John Smith") == "supporter" and "Scotland" not in sides


def test_a_body_s_own_members_named_by_a_pronoun_are_the_body() -> None:
    brief = brief_of(
        LEAD,
        "The Riverside Trust backed the depot plan.",
        'Its members say the depot will cut delays. "Our members want it built," it said.',
        "The Drivers Union said its members would back the depot plan.",
    )
    sides = stances(brief)
    assert sides["Riverside Trust"] == sides["Drivers Union"] == "supporter"
    assert not {n for n in sides if n.lower().endswith("members")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Harbour Party Co-Chairman said the depot plan was a disaster.",
        "The Civic Party Chairman said the depot plan was a disaster.",
    ],
)
def test_an_unnamed_officer_after_the_body_s_name_speaks_for_the_body(sentence: str) -> None:
    sides = stances(brief_of(LEAD, sentence))
    party = sentence.split(" Party ")[0].removeprefix("The ") + " Party"
    assert sides.get(party) == "opponent"
    assert not [n for n in sides if "Chairman" in n]


def test_it_standing_for_a_clause_after_a_passive_or_emerge_names_no_one() -> None:
    brief = brief_of(
        "The Riverside Trust met on Monday to discuss a plan for a bus depot.",
        "It was announced last July that the depot plan would be put to the council.",
        "It emerged on Friday that the depot plan would cost twice the estimate.",
    )
    stance = {a.name: a.stance for a in brief.actors}.get("Riverside Trust")
    assert stance != "proposer"
    bullets = [p.text for s in brief.sections for p in s.points]
    assert not any("[Riverside Trust]" in b for b in bullets), bullets


def test_an_irregular_plural_s_possessive_is_inside_a_body_s_name() -> None:
    brief = brief_of(LEAD, "The conservative People's Party said it opposed the depot plan.")
    assert stances(brief).get("People's Party") == "opponent"


def test_it_after_a_sentence_about_a_named_bill_is_the_bill() -> None:
    analysis = analysis_of(
        "The Harbour Party will vote against the plans, and the mayor expects a fight in the"
        " Riverside Assembly.",
        "The Harbour Flooding Bill came out on Monday.",
        "It proposes a new flood barrier for the river.",
        title="Flood plan goes to the assembly",
    )
    assert not [c for c in analysis.claims if c.kind == "propose"]


ITS_DIRECTOR = "Its policy director, Ana Ruiz, said it would cut traffic."


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("The Harbour Cycling League welcomed the depot plan.", ITS_DIRECTOR),
        # a body named inside the quotation is spoken of: "Its" after it is not that body
        (
            'The Harbour Cycling League praised the depot plan as "the bus network Valmora needs".',
            ITS_DIRECTOR,
        ),
        # nor is "its" after the quotation in the same sentence
        (
            "The Harbour Cycling League welcomed the depot plan.",
            '"Residents living beside the depot have waited long enough," said its director,'
            " Ana Ruiz.",
        ),
    ],
)
def test_its_title_beside_a_name_makes_the_person_the_bodys(paragraphs: tuple[str, str]) -> None:
    analysis = analysis_of(LEAD, *paragraphs)
    ruiz = next(a for a in analysis.cast.actors if a.name == "Ana Ruiz")
    assert ruiz.affiliation == "Harbour Cycling League"


def test_they_in_a_quotation_may_mean_a_body_named_in_it() -> None:
    analysis = analysis_of(
        LEAD,
        'Tom Reyes said: "The Harbour Party has promised that if they win the election they'
        ' will scrap the depot plan."',
    )
    claims = [(analysis.cast.actors[c.actor].name, c.sign) for c in analysis.claims]
    assert ("Harbour Party", -1) in claims


@pytest.mark.parametrize(
    ("between", "meant"),
    [
        # the last fitting body named a while back, the lead's body is the topic
        ("The depot would have room for forty buses.", "Riverside City Council"),
        # named in the sentence just before, the latest body is meant
        ("", "Riverside Tenants Council"),
    ],
)
def test_a_definite_description_far_from_its_last_fit_means_the_topic(
    between: str, meant: str
) -> None:
    paragraphs = [
        "Riverside City Council is considering a plan to build a bus depot.",
        "The depot would cost about four million pounds.",
        "The plan is opposed by the Riverside Tenants Council, a residents' group.",
        between,
        "The council said it would decide in June.",
    ]
    analysis = analysis_of(*[p for p in paragraphs if p])
    last = analysis.sents[-1]
    council = next(t for t in last.doc if t.lower_ == "council")
    actor = analysis.cast.actor_at(last.pos, council.i)
    assert actor is not None and analysis.cast.actors[actor].name == meant


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        (
            "Commissioner of Police Jane Roe, who proposed the depot, defended it in public.",
            "proposer",
        ),
        ("Director of Planning Jane Roe has criticised the depot plan.", "opponent"),
    ],
)
def test_a_title_of_a_portfolio_before_a_name_is_the_person(sentence: str, side: str) -> None:
    brief = brief_of(LEAD, "The depot would have room for forty buses.", sentence)
    actor = next(a for a in brief.actors if a.name == "Jane Roe")
    assert (actor.kind, actor.stance) == ("person", side)


@pytest.mark.parametrize("short", ["De Vries", "van der Berg", "da Silva"])
def test_a_family_name_opened_by_a_particle_is_the_person(short: str) -> None:
    full = {
        "De Vries": "Jan De Vries",
        "van der Berg": "Anna van der Berg",
        "da Silva": "Ana da Silva",
    }
    analysis = analysis_of(
        LEAD,
        f"Mayor {full[short]} praised the depot plan in May.",
        f"{short[0].upper()}{short[1:]} later said the depot was a fine idea.",
    )
    people = [a for a in analysis.cast.actors if a.name and short.lower() in a.name.lower()]
    assert [(a.name, a.kind) for a in people] == [(full[short], "person")]


@pytest.mark.parametrize(
    ("name", "decides"),
    [
        ("Riverside City Council", True),
        ("Riverside Parish Council", True),
        ("Riverside Tenants Council", False),
        # a board named by a field it rules on decides
        ("Riverside Power and Utilities Board", True),
        ("Riverside Zoning Board", True),
        ("Riverside Tourism Board", False),
    ],
)
def test_a_council_of_a_place_decides_and_one_of_a_cause_does_not(name: str, decides: bool) -> None:
    analysis = analysis_of(LEAD, f"The {name} said it would discuss the depot plan in June.")
    actor = next(a for a in analysis.cast.actors if a.name == name)
    assert actor.decider == decides


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "Tom Hale, a farmer, spoke on behalf of the Riverside Growers Union.",
            'Hale said: "The depot would ruin the valley."',
        ),
        ("Speaking on behalf of the Riverside Growers Union, Tom Hale called the depot a mess.",),
        ("But Tom Hale, for the Riverside Growers Union, attacked the depot plan.",),
    ],
)
def test_who_speaks_on_behalf_of_a_body_speaks_for_it(sentences: tuple[str, ...]) -> None:
    sides = stances(brief_of(LEAD, "The depot would have room for forty buses.", *sentences))
    assert sides.get("Riverside Growers Union") == "opponent"


def test_for_something_else_between_commas_is_no_body_spoken_for() -> None:
    sentence = "Tom Hale, for example, attacked the depot plan."
    analysis = analysis_of(LEAD, "The depot would have room for forty buses.", sentence)
    hale = next(a for a in analysis.cast.actors if a.name == "Tom Hale")
    assert hale.affiliation is None


def test_a_hyphenated_surname_the_tagger_calls_a_body_is_the_person() -> None:
    analysis = analysis_of(
        LEAD,
        "Councillor Rosa Ortega-Vance praised the depot plan in May.",
        "Ortega-Vance said she would keep pressing the state for money.",
    )
    named = [(a.name, a.kind) for a in analysis.cast.actors if "Ortega" in a.name]
    assert named == [("Rosa Ortega-Vance", "person")]


def test_the_company_in_a_spokespersons_words_is_the_body_they_speak_for() -> None:
    brief = brief_of(
        "The high court on Tuesday overturned the city's limit on fees charged by meal apps.",
        "The Harbour Restaurant Guild said the ruling was a blow.",
        "QuickBite spokeswoman Laura Bennett said on Tuesday that the company welcomed the ruling.",
        title="Court overturns city limit on app fees",
    )
    side = stances(brief)
    assert (side.get("QuickBite"), side.get("Harbour Restaurant Guild")) == (
        "opponent",
        "supporter",
    )


@pytest.mark.parametrize(
    ("full", "short"), [("Federico Almagro Ruiz", "Almagro"), ("Tomás Ferrer Pujol", "Ferrer")]
)
def test_the_first_of_two_family_names_is_the_person(full: str, short: str) -> None:
    analysis = analysis_of(
        "Member associations on Sunday rejected a proposal to enlarge the hockey cup to 32 teams.",
        f"The association's president, {full}, put forward the proposal in March.",
        f"{short}, its president since 2019, had said a larger cup would bring in smaller nations.",
        title="Hockey body rejects proposal to enlarge cup",
    )
    assert [a.name for a in analysis.cast.actors if short in a.name] == [full]


def test_cr_is_a_councillors_title_and_who_chairs_a_body_speaks_for_it() -> None:
    analysis = analysis_of(
        "Eastvale District Council has delayed a decision on its plan to limit irrigation"
        " from the Kerr River.",
        "The plan came from the council's rivers panel, chaired by Cr Ruth Gallow.",
        "Cr Gallow said the river ran low for five weeks last year.",
        title="Council delays irrigation limits",
    )
    people = [a for a in analysis.cast.actors if "Gallow" in a.name]
    assert [(a.name, a.affiliation) for a in people] == [
        ("Ruth Gallow", "Eastvale District Council")
    ]


def test_a_name_the_tagger_cuts_at_its_particles_is_one_person() -> None:
    analysis = analysis_of(
        LEAD,
        "The league's chief executive Hendrik van der Spuy said the body was deeply"
        " disappointed by the depot plan.",
    )
    assert [a.name for a in analysis.cast.actors if "Spuy" in a.name] == ["Hendrik van der Spuy"]


def test_a_name_that_a_who_clause_follows_is_the_subject_a_pronoun_takes_next() -> None:
    brief = brief_of(
        "The council voted 4-3 against the bus lane plan on Tuesday.",
        "Jane Roe, who owns a shop on the street, said the lane would hurt trade.",
        "The last vote came from councillor Sarah Lund, who had backed a bus lane in March.",
        "She told reporters on Tuesday that she opposed the lane in its present form.",
        title="Council rejects bus lane plan",
    )
    side = stances(brief)
    assert side.get("Sarah Lund") == "opponent"


def test_a_bodys_name_found_without_its_first_word_is_the_body() -> None:
    analysis = analysis_of(
        LEAD,
        '"The depot is a mistake," said Ana Ruiz, campaigns director at Blue Wave Coalition.',
        "Blue Wave Coalition is calling on the council to drop the depot plan.",
    )
    assert [a.name for a in analysis.cast.actors if "Wave Coalition" in a.name] == [
        "Blue Wave Coalition"
    ]


def test_whose_party_is_the_party_of_the_person_before() -> None:
    brief = brief_of(
        LEAD,
        "Rural Party leader Ana Ruiz has called for a pause.",
        "Earlier Mr Okafor, whose party opposes the depot plan as badly flawed, said the"
        " council could still change course.",
        "Ms Ruiz, whose party opposes the depot plan, said it was unfair.",
    )
    sides = stances(brief)
    assert "party" not in sides and "Earlier Mr Okafor" not in sides
    assert sides.get("Okafor") == "opponent"
    assert sides.get("Rural Party") == "opponent"


def test_local_government_is_not_the_government() -> None:
    brief = brief_of(
        LEAD,
        "Ministers oppose the depot plan.",
        "Ministers said local government must balance its books this year.",
    )
    found = stances(brief)
    assert found.get("government") == "opponent", found
    assert "local government" not in found


def test_a_wh_word_before_a_group_is_not_part_of_its_name() -> None:
    analysis = analysis_of(
        LEAD, "Large consumers say the depot plan changes how large consumers reach the depot."
    )
    names = {a.name for a in analysis.cast.actors}
    assert not any(name.lower().startswith("how ") for name in names)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("The Danish federation opposed the depot plan.", "Danish federation"),
        ("Norway's association opposed the depot plan.", "Norway's association"),
    ],
)
def test_a_countrys_body_named_by_a_common_noun_is_an_organisation(
    sentence: str, body: str
) -> None:
    brief = brief_of(LEAD, sentence)
    assert (_actor(brief, body).kind, _actor(brief, body).stance) == ("organisation", "opponent")


def test_a_body_noun_without_a_country_is_no_actor() -> None:
    assert stances(brief_of(LEAD, "The federation said it would study the depot plan.")) == {}


def test_a_double_barrelled_surname_alone_speaks_for_its_person() -> None:
    analysis = analysis_of(
        LEAD,
        "The plan was drawn up by councillor Ana Hale-Ruiz.",
        '"The depot is a disaster for the town," Hale-Ruiz said.',
    )
    names = {a.name for a in analysis.cast.actors}
    assert "Ruiz" not in names
    speech = analysis.speech[-1]
    assert speech is not None
    assert analysis.cast.actors[speech.speaker].name == "Ana Hale-Ruiz"


def test_a_person_tagged_as_a_body_is_the_person_a_title_names_later() -> None:
    analysis = analysis_of(
        "The mayor accused the council of hiding the cost of the depot.",
        "Hilary Steel, for the Rural Party, called on the mayor to publish the figures.",
        "Ms Steel said the depot plan was a waste of money.",
    )
    kinds = {a.name: a.kind for a in analysis.cast.actors if "Steel" in a.name}
    assert kinds == {"Hilary Steel": "person"}


def test_the_commons_is_no_clipped_party_name() -> None:
    brief = brief_of(
        LEAD,
        "The Commonweal Party said it would vote against the depot plan.",
        "The Commons voted by 301 to 250 to approve it.",
    )
    names = [a.name for a in brief.actors]
    assert "Commonweal Party" in names
    assert not [n for n in names if n.endswith("Partys")]


def test_a_party_named_in_full_keeps_its_name_beside_its_clipped_form() -> None:
    brief = brief_of(
        LEAD,
        "The Social Liberal Party said the depot plan was flawed.",
        "The Soc Libs said they would vote against the depot plan.",
    )
    assert "Social Liberal Party" in [a.name for a in brief.actors]


def test_an_honorific_tagged_apart_is_part_of_the_name() -> None:
    analysis = analysis_of(
        LEAD,
        "The Riverside Chamber of Commerce has welcomed the depot plan.",
        'Its president, Professor Dame Joan Kettle, said: "It is hardly a bonanza."',
    )
    names = _names(analysis)
    assert "Dame" not in names
    assert "Joan Kettle" in names


def test_the_body_named_beside_a_common_noun_owns_the_its_after_it() -> None:
    brief = brief_of(
        LEAD,
        "The umbrella body Universities Scotland welcomed the depot plan.",
        "Its president, Lucy Hart, said the depot plan was overdue.",
    )
    assert _actor(brief, "Lucy Hart").affiliation == "Universities Scotland"


def test_a_bare_title_after_with_in_a_bodys_sentence_works_for_that_body() -> None:
    brief = brief_of(
        LEAD,
        "The Northfield Chamber of Commerce has welcomed the depot plan, with chairman Tom Hale "
        "predicting that trade would rise.",
    )
    assert _actor(brief, "Tom Hale").affiliation == "Northfield Chamber of Commerce"


def test_not_all_of_a_group_is_no_group_actor() -> None:
    analysis = analysis_of(
        LEAD,
        "The Riverside Chamber of Commerce has welcomed the depot plan.",
        "Not all shopkeepers were cheering, however.",
    )
    assert not [name for name in _names(analysis) if "shopkeepers" in name]


def test_whose_after_a_body_and_its_acronym_is_that_body() -> None:
    brief = brief_of(
        LEAD,
        "Support came from the National Butchers and Retailers Federation (NBRF), whose "
        "chairman, Tom Hale, said members were ready.",
    )
    assert _actor(brief, "Tom Hale").affiliation == "National Butchers and Retailers Federation"


def test_a_president_opening_the_sentence_after_a_bodys_is_not_its_president() -> None:
    brief = brief_of(
        LEAD,
        "The Harbour Party said it would challenge the depot plan in court.",
        "President Tom Hale said the depot plan would go ahead.",
    )
    assert _actor(brief, "Tom Hale").affiliation != "Harbour Party"


def test_its_after_a_persons_titled_sentence_is_not_the_body_before() -> None:
    brief = brief_of(
        LEAD,
        "The Rural Alliance, the main opposition group in the chamber, voted no.",
        "Its leader, Tom Reyes, accused the mayor's administration of waste.",
        "The votes that decided it were cast by the four-member Free Citizens group, which had "
        "opposed the depot plan in May.",
        "Its leader, Ana Okafor, said the group switched to yes after the mayor promised more "
        "buses.",
    )
    assert _actor(brief, "Tom Reyes").affiliation == "Rural Alliance"
    assert _actor(brief, "Ana Okafor").affiliation != "Rural Alliance"


def test_a_title_that_says_whose_it_is_after_with_is_not_the_subjects() -> None:
    brief = brief_of(
        LEAD,
        "The Riverside Chamber of Commerce has welcomed the depot plan, with opposition "
        "spokesman Tom Hale saying it was long overdue.",
    )
    assert _actor(brief, "Tom Hale").affiliation != "Riverside Chamber of Commerce"


def test_an_abbreviated_title_with_its_full_stop_stays_before_the_name() -> None:
    analysis = analysis_of(
        LEAD,
        "The depot plan was brought to the council by Coun. Tom Reyes, who said it would "
        "create jobs.",
        "Lt. Col. Ana Okafor of the local cadets spoke in favour.",
    )
    names = _names(analysis)
    assert "Tom Reyes" in names and "Ana Okafor" in names
    assert not {"Coun", "Coun.", "Lt", "Col"} & set(names)


def test_a_conjunction_before_a_name_is_not_part_of_it() -> None:
    sentence = "Neither Riverside Council nor the Harbour Party supports the depot plan."
    brief = brief_of(LEAD, sentence)
    names = {a.name for a in brief.actors}
    assert "Riverside Council" in names
    assert not any(n.startswith("Neither") for n in names)


def test_a_body_someone_used_to_lead_is_no_actor_of_theirs() -> None:
    brief = brief_of(LEAD, "Ex-Harbour Party leader Tom Reyes said the depot plan was a disaster.")
    assert not any(a.name.lower().startswith("ex") for a in brief.actors)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a name the tagger takes for a person's, said to be a body beside it
        ("Tomas Berglund, a local green party, backs the depot plan.", "organisation"),
        ("Marlow Vance, which represents bus drivers, backs the depot plan.", "organisation"),
        ("Marlow Vance, who represents bus drivers, backs the depot plan.", "person"),
        ("Marlow Vance, a bus driver, backs the depot plan.", "person"),
    ],
)
def test_what_is_said_beside_a_name_tells_a_body_from_a_person(sentence: str, kind: str) -> None:
    actors = brief_of(LEAD, sentence).actors
    assert [a.kind for a in actors if a.name == sentence.split(",")[0]] == [kind]


def test_a_participle_and_its_preposition_are_not_part_of_a_name() -> None:
    sentence = "Speaking for Brindle Estates, sales director Ana Lima said the plan was needed."
    names = [a.name for a in analysis_of(LEAD, sentence).cast.actors]
    assert "Brindle Estates" in names
    assert not any(n.startswith("Speaking") for n in names)


def test_a_persons_surname_alone_is_the_person_whatever_the_tagger_calls_it() -> None:
    brief = brief_of(
        LEAD,
        "Mary Cole strongly backed the depot plan.",
        "Councillor Tom Hale agreed with Cole, saying the town needed it.",
    )
    assert {a.name: a.stance for a in brief.actors}.get("Tom Hale") == "supporter"


def test_a_surname_two_people_share_is_neither() -> None:
    brief = brief_of(
        LEAD,
        "Mary Cole strongly backed the depot plan.",
        "Her brother, Sam Cole, strongly opposed it.",
        "Councillor Tom Hale agreed with Cole.",
    )
    assert {a.name: a.stance for a in brief.actors}.get("Tom Hale") in (None, "neutral")


@pytest.mark.parametrize("opener", ["Afterwards", "Meanwhile", "Later"])
def test_an_adverb_opening_the_sentence_is_no_part_of_the_name(opener: str) -> None:
    analysis = analysis_of(
        LEAD,
        "Councillor Ana Fenwick said the depot plan was a sound one.",
        f"{opener} Fenwick said councillors would look again at the plan.",
    )
    assert [a.name for a in analysis.cast.actors if "Fenwick" in a.name] == ["Ana Fenwick"]


def test_an_irish_family_name_opened_by_a_patronymic_is_the_person() -> None:
    analysis = analysis_of(
        LEAD,
        "Councillor Máire Ní Dhubhda praised the depot plan in May.",
        "Voting for it were Cllrs Hale, Ní Dhubhda and Tom Cole.",
    )
    people = [a.name for a in analysis.cast.actors if "Dhubhda" in a.name]
    assert people == ["Máire Ní Dhubhda"]


@pytest.mark.parametrize("form", ["Ltd.", "Inc.", "plc", "GmbH"])
def test_a_company_named_with_and_without_its_legal_form_is_one_actor(form: str) -> None:
    analysis = analysis_of(
        LEAD,
        f"The depot would be built by Tidewater Haulage {form}, a private firm.",
        "Tidewater Haulage said the depot would open in 2027.",
    )
    names = [a.name for a in analysis.cast.actors if "Tidewater" in a.name]
    assert len(names) == 1


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Several lobster harvesters spoke against the depot plan.", "lobster harvesters"),
        ("Small bicycle repairers broadly welcomed the depot plan.", "Small bicycle repairers"),
    ],
)
def test_people_named_by_what_they_do_are_a_group(sentence: str, group: str) -> None:
    brief = brief_of(LEAD, sentence)
    assert [a.kind for a in brief.actors if group in a.name] == ["group"]


def test_a_plural_noun_that_is_a_verb_itself_is_no_group() -> None:
    analysis = analysis_of(LEAD, "Numbers published on Monday backed the depot plan.")
    assert not [a for a in analysis.cast.actors if a.kind == "group"]


def test_an_agent_noun_that_takes_no_side_is_no_group() -> None:
    # things are named by what they do too: only those who speak or take a side count
    analysis = analysis_of(LEAD, "Budget sweeteners were announced for depot workers on Monday.")
    assert not [a for a in analysis.cast.actors if "sweeteners" in a.name]


def test_a_unit_of_a_body_named_by_its_field_acts_as_itself() -> None:
    brief = brief_of(
        "The depot, proposed by the Riverside City Council's road department, would cost"
        " 12 million pounds.",
        "The depot would have room for forty buses.",
    )
    sides = stances(brief)
    assert (sides.get("road department"), sides.get("Riverside City Council")) == (
        "proposer",
        None,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The committee's chair, Rep. Ana Ruiz, said only that the depot plan was ready for a"
        " broader debate.",
        "The chair of the committee, Sen. Ana Ruiz, said the depot plan was fit for a wider"
        " debate.",
    ],
)
def test_the_chair_of_a_deciding_body_named_beside_another_title_chairs(sentence: str) -> None:
    analysis = analysis_of(LEAD, sentence)
    assert [a.chair for a in analysis.cast.actors if a.name == "Ana Ruiz"] == [True]


@pytest.mark.parametrize(
    ("sentence", "name", "stance"),
    [
        ("The White House welcomed the depot plan on Tuesday.", "White House", "supporter"),
        (
            "Government House criticised the depot plan in a statement.",
            "Government House",
            "opponent",
        ),
    ],
)
def test_an_executive_seat_named_house_takes_a_side_unlike_a_chamber(
    sentence: str, name: str, stance: str
) -> None:
    assert stances(brief_of(LEAD, sentence)).get(name) == stance


def test_a_chamber_named_house_still_decides() -> None:
    analysis = analysis_of(LEAD, "The Ohio House voted down the depot plan on Tuesday.")
    assert [a.decider for a in analysis.cast.actors if a.name == "Ohio House"] == [True]


def test_a_street_that_speaks_is_an_office_not_a_person() -> None:
    brief = brief_of(LEAD, "Downing Street said the depot plan would cut congestion.")
    assert _actor(brief, "Downing Street").kind == "organisation"


def test_a_council_named_for_a_place_with_a_doubled_name_is_a_body() -> None:
    analysis = analysis_of(LEAD, "Wagga Wagga City Council met on Monday to discuss the depot.")
    kinds = {a.name: a.kind for a in analysis.cast.actors}
    assert kinds.get("Wagga Wagga City Council") == "organisation"


def test_who_chairs_a_body_speaks_for_it() -> None:
    brief = brief_of(
        "Riverside's city council voted on Monday to approve a bus depot plan.",
        "Noor Hamid, who chairs the Riverside Transit Trust, said the decision was long overdue.",
    )
    assert stances(brief).get("Riverside Transit Trust") == "supporter"


def test_the_office_of_a_place_named_beside_a_person_is_that_person() -> None:
    brief = brief_of(
        "The defence minister has pressed for the purchase of 24 armed drones.",
        "The governor of Cauca, Hernando Paz, backed the purchase.",
        title="Drone purchase stalls",
    )
    assert stances(brief).get("Hernando Paz") == "supporter"


def test_a_title_in_the_plural_before_a_list_is_no_part_of_the_first_name() -> None:
    brief = brief_of(
        "Kell County commissioners on Monday turned down plans for a quarry on farmland.",
        "Commissioners Ann Bly, Joe Carr and Tim Dow voted no. Councillors Ruth Ellis and Bo"
        " Lee voted yes.",
        title="Commissioners turn down Kell quarry",
    )
    names = {a.name for a in brief.actors}
    assert {"Ann Bly", "Ruth Ellis"} <= names
    assert not any(n.startswith(("Commissioners", "Councillors")) for n in names)
