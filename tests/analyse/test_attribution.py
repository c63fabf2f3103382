"""Stance through the parse, on sentences written here."""

from __future__ import annotations

import pytest

from briefgen.analyse import analyse, engine
from briefgen.analyse.actors import find_actors
from briefgen.analyse.attribution import frame
from briefgen.analyse.nlp import Sent, pipeline
from briefgen.model import Story
from tests.analyse.helpers import analysis_of, brief_of
from tests.builders import article

pytest.importorskip("spacy")

LEAD = "The city council is considering a plan to build a bus depot in Riverside."


def stances(*paragraphs: str) -> dict[str, str]:
    story = Story((article(LEAD, *paragraphs, title="City weighs plan for a new bus depot"),))
    return {a.name: a.stance for a in analyse(story).actors}


def test_the_subject_of_a_stance_verb_holds_the_stance() -> None:
    assert stances("Senator Tom Reyes opposes the depot plan.")["Tom Reyes"] == "opponent"


def test_a_passive_agent_holds_the_stance() -> None:
    got = stances("The depot plan was backed by the Riverside Chamber of Commerce.")
    assert got["Riverside Chamber of Commerce"] == "supporter"


def test_a_passive_infinitive_with_no_agent_is_done_by_no_one_named() -> None:
    analysis = analysis_of(
        LEAD,
        "The Riverside Assembly gave final approval to the depot bill, sending the measure to"
        " the mayor to be signed into law.",
    )
    assembly = next(a.id for a in analysis.cast.actors if a.name == "Riverside Assembly")
    assert not [c for c in analysis.claims if c.actor == assembly and c.kind == "propose"]


def test_refusing_to_back_is_opposition() -> None:
    assert stances("Mayor Ana Lima refused to back the depot plan.")["Ana Lima"] == "opponent"


def test_coordinated_subjects_each_hold_the_stance() -> None:
    got = stances("Senator Tom Reyes and Senator Rosa Vidal voted against the depot plan.")
    assert got["Tom Reyes"] == got["Rosa Vidal"] == "opponent"


def test_a_deciding_body_stays_neutral() -> None:
    story = Story(
        (
            article(
                "The city council on Monday rejected the plan to build a bus depot.",
                title="Council rejects depot",
            ),
        )
    )
    brief = analyse(story)
    assert brief.outcome.status == "rejected"
    assert all(a.stance == "neutral" for a in brief.actors if "council" in a.name.lower())


def test_coordinated_speakers_each_hold_what_they_say() -> None:
    found = stances("The Greens and the Farmers Party say the depot plan is a disaster.")
    assert found["Greens"] == found["Farmers Party"] == "opponent"


def test_who_is_asked_to_act_has_not_acted() -> None:
    found = stances(
        "Marco Diaz demanded that the Riverside Transit Authority scrap the depot plan."
    )
    assert found["Marco Diaz"] == "opponent"
    assert found.get("Riverside Transit Authority", "neutral") == "neutral"


def test_asking_a_council_to_decide_is_taking_a_side_not_deciding() -> None:
    found = stances("The Riverside Cycling Association urged the council to reject the depot plan.")
    assert found["Riverside Cycling Association"] == "opponent"


def test_a_nameless_spokesperson_for_a_body_is_the_body_speaking() -> None:
    found = analysis_of(
        LEAD, "A spokesman for the Riverside Cycling Association said the depot was a mistake."
    )
    speaker = next(s.speaker for s in found.speech if s is not None)
    assert found.cast.actors[speaker].name == "Riverside Cycling Association"


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        # the small model tags "Nat Lib Homes" as a person
        ("Nat Lib Homes spokesman Tom Reyes opposes the depot plan.", "Nat Lib Homes"),
        # and "Nat Lib Housing": the body, then the spokesman's brief (as when it is
        # tagged as a body: "[Rural Party Home Affairs] spokesman")
        ("Nat Lib Housing spokesman Tom Reyes opposes the depot plan.", "Nat Lib"),
    ],
)
def test_a_body_named_in_a_title_is_not_a_person(sentence: str, body: str) -> None:
    found = analysis_of(LEAD, sentence)
    kinds = {a.name: a.kind for a in found.cast.actors}
    assert kinds[body] == "organisation" and kinds["Tom Reyes"] == "person"
    assert next(a for a in found.cast.actors if a.name == "Tom Reyes").affiliation == body


def _speakers(*paragraphs: str) -> list[str | None]:
    a = analysis_of(LEAD, *paragraphs)
    return [
        a.cast.actors[s.speaker].name if s is not None and s.speaker is not None else None
        for s in a.speech
    ]


def test_the_sentences_of_a_longer_quotation_are_the_speaker_s() -> None:
    found = _speakers(
        'Councillor Maria Jensen said: "The depot is a mistake. It will harm the river path.'
        ' We will fight it in court."'
    )
    assert found[1:] == ["Maria Jensen"] * 3


def test_a_quotation_left_open_is_not_closed_by_the_next_one_opening() -> None:
    # the writer opened a second quotation without closing the first: the sentence
    # after the second one is the writer's own
    found = _speakers(
        'Councillor Maria Jensen said: "The depot is a mistake. It will harm the river'
        ' path. "We will fight it," she added. The council meets again on Monday.'
    )
    assert found[2] == "Maria Jensen"
    assert found[-1] is None


def test_bodies_the_parser_hung_as_appositions_all_act() -> None:
    from spacy.tokens import Doc

    # "The RTU, Green Action League, and unions opposed it.", with the list parsed as
    # the small model sometimes does: the second body an apposition of the first
    words = "The RTU , Green Action League , and unions opposed it .".split()
    doc = Doc(
        pipeline().vocab,
        words=words,
        heads=[1, 9, 1, 5, 5, 1, 1, 1, 1, 9, 9, 9],
        deps="det nsubj punct compound compound appos punct cc conj ROOT dobj punct".split(),
        pos="DET PROPN PUNCT PROPN PROPN PROPN PUNCT CCONJ NOUN VERB PRON PUNCT".split(),
        lemmas="the RTU , Green Action League , and union oppose it .".split(),
        ents="O B-ORG O B-ORG I-ORG I-ORG O O O O O O".split(),
    )
    sent = Sent(0, 0, 0, 0, doc.text, doc, True)
    cast = find_actors([sent])
    agents = {cast.actors[a].name for a in frame(cast, sent, doc[9]).agents}
    assert {"RTU", "Green Action League"} <= agents


def test_a_heading_for_quotations_is_not_the_speaker() -> None:
    analysis = analysis_of(
        LEAD,
        "Shopkeepers backed the depot plan on Monday.",
        "What they're saying: the Riverside Cycling Association called the plan a disaster.",
    )
    said = analysis.speech[2]
    assert said is not None and said.speaker is not None
    assert analysis.cast.actors[said.speaker].name == "Riverside Cycling Association"


def test_a_verb_of_saying_inside_the_quotation_is_not_who_said_it() -> None:
    found = _speakers(
        '"The Riverside Transit Authority has finally admitted what every rider knew," Harbour'
        " Party transport spokesman Marco Diaz said."
    )
    assert found[1] == "Marco Diaz"


@pytest.mark.parametrize(
    "sentence",
    [
        'Its chair, Ana Ruiz, put it more bluntly: "The depot is a mistake."',
        '"The depot is a mistake," as Ana Ruiz put it.',
    ],
)
def test_putting_it_is_saying_it(sentence: str) -> None:
    assert _speakers(sentence)[1] == "Ana Ruiz"


@pytest.mark.parametrize("verb", ["retorted", "scoffed", "quipped", "fumed"])
def test_less_common_verbs_of_saying_report_speech(verb: str) -> None:
    assert _speakers(f'"The depot is a mistake," {verb} Ana Ruiz.')[1] == "Ana Ruiz"


def test_putting_it_somewhere_is_not_saying_it() -> None:
    assert _speakers("Ana Ruiz put it on hold until the autumn.")[1] is None


def test_who_is_said_to_do_something_is_not_the_speaker() -> None:
    analysis = analysis_of(LEAD, "The Riverside Cycling Association is said to be furious.")
    said = analysis.speech[1]
    assert said is None or said.speaker is None


def test_what_someone_will_say_is_spoken_of_not_said() -> None:
    analysis = analysis_of(
        LEAD, "Shopkeepers are worried about what the Riverside Transit Authority will say."
    )
    said = analysis.speech[1]
    assert said is None or said.speaker is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The Harbour Party joined the Civic Party in voting against the depot plan.",
        "The Harbour Party sided with the Civic Party to vote the depot plan down.",
        "The Harbour Party joined forces with the Civic Party to oppose the depot plan.",
        "The Harbour Party teamed up with the Civic Party to block the depot plan.",
    ],
)
def test_whom_a_verb_of_joining_names_acts_too(sentence: str) -> None:
    found = stances(sentence)
    assert found.get("Harbour Party") == "opponent"
    assert found.get("Civic Party") == "opponent"


def test_a_campaign_joined_is_no_actor_of_its_own() -> None:
    found = stances("The Harbour Party joined the Civic Party's campaign to stop the depot plan.")
    assert found.get("Harbour Party") != "supporter"


def test_a_country_s_association_is_not_the_country() -> None:
    found = stances("Norway's main hotel association said on Monday that the depot was a mistake.")
    assert found.get("Norway") in (None, "neutral")


def test_it_in_what_an_unnamed_body_said_is_that_body() -> None:
    analysis = analysis_of(
        LEAD,
        "The Riverside Transit Authority runs the buses.",
        "A residents' association said it opposed the depot plan.",
    )
    authority = next(a.id for a in analysis.cast.actors if a.name == "Riverside Transit Authority")
    assert not [c for c in analysis.claims if c.actor == authority and c.sign]


def _signed_claims(analysis: engine.Analysis, name: str) -> list[int]:
    actor = next(a.id for a in analysis.cast.actors if a.name == name)
    return [c.sign for c in analysis.claims if c.actor == actor and c.sign]


def test_it_in_what_the_union_said_is_no_body_of_another_kind_named_before() -> None:
    analysis = analysis_of(
        LEAD,
        "The depot plan was drawn up by the Riverside Transit Authority.",
        "The union said it would fight the depot plan.",
    )
    assert -1 not in _signed_claims(analysis, "Riverside Transit Authority")


def test_it_in_what_the_union_said_is_the_body_named_before_without_a_kind() -> None:
    analysis = analysis_of(
        LEAD,
        "Harbourside, which represents the drivers, has criticised the depot plan.",
        "The union said it would fight the depot plan.",
    )
    assert _signed_claims(analysis, "Harbourside").count(-1) == 2


def test_a_plural_name_described_in_apposition_is_one_body() -> None:
    # "Nights" is a plural proper noun; its apposition describes it, lists no members
    analysis = analysis_of(
        "The city council is considering a plan to build a bus depot in Riverside.",
        "Quiet Nights, a residents' campaign, attacked the depot plan.",
    )
    agents = {analysis.cast.actors[c.actor].name for c in analysis.claims if c.sign < 0}
    assert agents == {"Quiet Nights"}


def test_a_subject_the_parser_hangs_from_the_auxiliary_is_the_verb_s() -> None:
    # "she did, for the first time, say": words between the auxiliary and the verb
    analysis = analysis_of(
        LEAD,
        "Ana Ruiz, the mayor, has said little about the depot plan for months.",
        "But she did, for the first time, say the depot plan was a mistake.",
    )
    said = [
        (analysis.cast.actors[c.actor].name, c.sign)
        for c in analysis.claims
        if c.kind == "speech" and c.sent == analysis.sents[-1].pos
    ]
    assert ("Ana Ruiz", -1) in said


@pytest.mark.parametrize(
    "first",
    ["Ana Ruiz", "Carla Jensen"],  # the parser hangs the second name from the first
)
def test_every_name_of_a_list_the_parser_took_for_an_apposition_acts(first: str) -> None:
    sides = stances(f"{first}, Tom Hale and Mary Cole voted against the depot plan.")
    assert [sides.get(n) for n in (first, "Tom Hale", "Mary Cole")] == ["opponent"] * 3


def test_a_name_with_an_office_in_apposition_is_one_person() -> None:
    sides = stances("Ana Ruiz, the council's deputy leader, and Tom Hale opposed the plan.")
    assert sides == {"Ana Ruiz": "opponent", "Tom Hale": "opponent"}


@pytest.mark.parametrize(
    "sentence",
    [
        "A Gallup poll suggested most residents thought the depot was a terrible idea.",
        "A new Gallup survey found most residents thought the depot was a terrible idea.",
    ],
)
def test_what_a_poll_finds_is_not_the_pollsters_view(sentence: str) -> None:
    found = stances("The depot would have room for forty buses.", sentence)
    assert found.get("Gallup", "neutral") == "neutral"


def test_a_name_in_apposition_before_an_unparsed_speech_verb_is_the_speaker() -> None:
    sentence = (
        "The depot was opposed by the Harbour Workers' Union, whose regional secretary, "
        "Ana Lima, said the closures would strip the port of its staff."
    )
    analysis = analysis_of(LEAD, sentence)
    speech = analysis.speech[1]
    assert speech is not None
    assert analysis.cast.actors[speech.speaker].name == "Ana Lima"
    said = analysis.sents[1].doc[speech.content[0] : speech.content[1]].text
    assert said.startswith("the closures would strip"), said


def test_a_title_after_whose_names_the_body_the_person_works_for() -> None:
    sentence = (
        "The depot was opposed by the Harbour Workers' Union, whose regional secretary, "
        "Ana Lima, said the closures would strip the port of its staff."
    )
    people = {a.name: a for a in analysis_of(LEAD, sentence).cast.actors}
    assert people["Ana Lima"].affiliation == "Harbour Workers' Union"
    assert stances(sentence).get("Ana Lima") == "opponent"


def test_a_common_noun_with_a_body_named_beside_it_is_that_body() -> None:
    analysis = analysis_of(
        LEAD,
        "The Harbour Party said it would vote against the depot plan.",
        'The charity Riverside Care, which backs the depot plan, said it was "delighted".',
    )
    holders = {analysis.cast.actors[c.actor].name for c in analysis.claims if c.sent == 2}
    assert holders == {"Riverside Care"}


def test_they_after_a_counted_group_is_that_group() -> None:
    found = stances(
        "The Harbour Party said it would vote against the depot plan.",
        "A number of Labour MPs have privately warned party managers that they will vote "
        "against the depot plan.",
    )
    assert found == {"Harbour Party": "opponent", "Labour MPs": "opponent"}


def test_she_after_one_unnamed_resident_is_not_the_woman_named_before() -> None:
    analysis = analysis_of(
        LEAD,
        "Councillor Ana Lima said the depot plan was a disaster for the town.",
        "One resident, who did not want to be named, was more hopeful.",
        '"I think the depot will be wonderful for us," she said.',
    )
    assert {(analysis.cast.actors[c.actor].name, c.sign) for c in analysis.claims} == {
        ("Ana Lima", -1)
    }


DECIDED = "The council turned the depot plan down by six votes to four on Tuesday."


@pytest.mark.parametrize(
    ("favour", "against"),
    [
        # the names after a plural title, the first tagged with it as a body
        (
            "Voting in favour were Ortega, Bram Kessel, Yusuf Dane and Lola Brandt.",
            "Voting against were Cllrs Fenwick, Ida Moor, Carl Vance and Rhea Stone.",
        ),
        # the subject after "were", hung from the participle as an adverbial noun
        (
            "Voting in favour were Ortega, Bram Kessel, Yusuf Dane and Lola Brandt.",
            "Voting against it were Fenwick, Ida Moor, Carl Vance and Rhea Stone.",
        ),
        # the participle's clause parsed as the subject of "were", the names its attribute
        (
            "Voting for the plan were Cllrs Ortega, Bram Kessel, Yusuf Dane and Lola Brandt.",
            "Voting against were Cllrs Fenwick, Ida Moor, Carl Vance and Rhea Stone.",
        ),
        # "those voting ... were": the names the copula gives
        (
            "Those voting in favour were Ortega, Bram Kessel, Yusuf Dane and Lola Brandt.",
            "Those voting against were Fenwick, Ida Moor, Carl Vance and Rhea Stone.",
        ),
    ],
)
def test_each_name_of_a_vote_listed_after_the_verb_votes(favour: str, against: str) -> None:
    sides = stances(DECIDED, f"{favour} {against}")
    for_ = ("Ortega", "Bram Kessel", "Yusuf Dane", "Lola Brandt")
    against_ = ("Fenwick", "Ida Moor", "Carl Vance", "Rhea Stone")
    assert {n: sides.get(n) for n in for_ + against_} == {
        **dict.fromkeys(for_, "supporter"),
        **dict.fromkeys(against_, "opponent"),
    }


def test_a_name_the_parser_hung_as_an_apposition_inside_a_list_acts() -> None:
    # one name hangs from the first as an apposition, the rest as conjuncts
    sides = stances(
        DECIDED,
        "Voting against were Cllrs Kerrigan, Fenby, Otto Kemp, Ivy Lamb, Nell Ayres, Percy Vane"
        " and Irma Cole.",
    )
    names = ("Kerrigan", "Fenby", "Otto Kemp", "Ivy Lamb", "Nell Ayres", "Percy Vane", "Irma Cole")
    assert {n: sides.get(n) for n in names} == dict.fromkeys(names, "opponent")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("- Landlords can also ask for a larger bond from owners of dogs", "Landlords"),
        ("- Tenants may appeal to the tribunal", "Tenants"),
    ],
)
def test_what_a_rule_lets_people_do_is_no_words_of_theirs(line: str, name: str) -> None:
    brief = brief_of(
        "Key points:",
        "- The dog-friendly flats law was approved by 40 votes to 31",
        line,
        title="Live: Kell dog-friendly flats law approved",
    )
    assert not any(a.name == name and a.stance != "neutral" for a in brief.actors)
