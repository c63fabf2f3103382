"""Quotes: speakers across split and multi-sentence quotes, in any quotation style."""

from __future__ import annotations

from tests.analyse.helpers import LEAD, analysis_of, brief_of


def _quotes(brief) -> dict[str, str]:
    names = {a.id: a.name for a in brief.actors}
    return {q.text: names.get(q.speaker, "") for q in brief.quotes}


def test_a_quote_split_around_its_verb_keeps_its_speaker() -> None:
    brief = brief_of(
        LEAD,
        "“This depot will poison our air,” said Marco Diaz. “We will fight it in court.”",
    )
    quotes = _quotes(brief)
    assert quotes["This depot will poison our air"] == "Marco Diaz"
    assert any("fight it in court" in text and who == "Marco Diaz" for text, who in quotes.items())


def test_a_quote_before_its_attribution() -> None:
    brief = brief_of(LEAD, '"The depot brings jobs to the area," Mayor Ana Lima said.')
    assert _quotes(brief) == {"The depot brings jobs to the area": "Ana Lima"}


def test_single_curly_quotes_count_and_apostrophes_do_not() -> None:
    brief = brief_of(
        LEAD,
        "Councillor Ben Okafor stated that ‘the depot won’t serve the people who live here.’",
    )
    assert _quotes(brief) == {"the depot won’t serve the people who live here.": "Ben Okafor"}


def test_a_paragraph_that_only_quotes_continues_the_speaker_before() -> None:
    brief = brief_of(
        LEAD,
        "Marco Diaz said the depot was a mistake. “We were never asked,” he said.",
        "“Nobody on this street wants diesel buses idling all night long.”",
    )
    quotes = _quotes(brief)
    assert quotes["Nobody on this street wants diesel buses idling all night long."] == "Marco Diaz"


def test_a_name_the_parser_left_off_the_verb_still_speaks() -> None:
    # the small model parses the name before the comma as no subject of "said"
    brief = brief_of(
        LEAD,
        "After the ruling Nadia Okoro, policy director of the rights group Fairway, "
        'said: "The depot is a disgrace to this city."',
    )
    assert _quotes(brief) == {"The depot is a disgrace to this city.": "Nadia Okoro"}


def test_he_said_after_a_quotation_is_not_someone_named_inside_it() -> None:
    brief = brief_of(
        LEAD,
        "Marco Diaz, a tenant, spoke at the meeting.",
        '"I think Mayor Ana Lima has got the depot plan badly wrong," he said.',
    )
    quote = "I think Mayor Ana Lima has got the depot plan badly wrong"
    assert _quotes(brief)[quote] == "Marco Diaz"


def test_a_quote_after_a_cue_verb_with_no_parsed_subject_is_not_the_last_speakers() -> None:
    brief = brief_of(
        LEAD,
        'Councillor Marco Diaz called the depot "a gift to the city".',
        'Rural Party leader Ana Lima criticised the plans for drivers saying they needed "more '
        'parking spaces and the freedom to come and go when they please".',
    )
    quotes = _quotes(brief)
    assert quotes["a gift to the city"] == "Marco Diaz"
    assert not any("freedom" in text and who == "Marco Diaz" for text, who in quotes.items())


def test_his_inside_a_quotation_does_not_make_the_subject_a_man() -> None:
    brief = brief_of(
        LEAD,
        "Tom Reed, director of the Riverside Cycling League, said the depot was a mistake.",
        'Councillor Ana Lima welcomed Peter Hansen\'s "honesty in keeping his promise".',
        'But she added: "This depot is a flawed plan that will cost too much."',
    )
    quotes = _quotes(brief)
    assert quotes["This depot is a flawed plan that will cost too much."] == "Ana Lima"


def test_a_quote_after_accusing_is_the_accusers_not_the_last_speakers() -> None:
    brief = brief_of(
        LEAD,
        'Councillor Marco Diaz called the depot "a gift to the city".',
        'The Rural Party hit back, with its leader Ana Lima accusing the council of "wasting '
        'money on a white elephant".',
    )
    quotes = _quotes(brief)
    assert not any("white elephant" in text and who == "Marco Diaz" for text, who in quotes.items())


def _speakers(analysis) -> dict[int, str | None]:
    """Sentence position → who the engine credits with what it reports."""
    names = {a.id: a.name for a in analysis.cast.actors}
    return {
        s.pos: (names[sp.speaker] if sp.speaker is not None else None)
        for s, sp in zip(analysis.sents, analysis.speech, strict=True)
        if sp is not None
    }


def test_a_quotation_opened_and_run_on_continues_its_speaker() -> None:
    analysis = analysis_of(
        LEAD,
        'Councillor Tom Hale said the depot plan was a mistake. "It will ruin the riverside. '
        'It will cost us dearly."',
    )
    assert _speakers(analysis)[2] == "Tom Hale"
    assert _speakers(analysis)[3] == "Tom Hale"


def test_a_speech_verb_inside_a_running_quotation_is_the_speakers_words() -> None:
    analysis = analysis_of(
        LEAD,
        'Transit chief Tom Hale said: "The depot is a fine plan.',
        '"We want Riverside Tenants Union members to ask for more buses.',
        '"We appeal to the council to back the depot."',
    )
    speakers = _speakers(analysis)
    assert speakers[2] == speakers[3] == "Tom Hale"


def test_a_phrase_in_quotation_marks_in_a_reporters_sentence_is_nobodys_quote() -> None:
    analysis = analysis_of(
        LEAD,
        'Councillor Tom Hale said: "The depot is a disgrace."',
        'An "informal review" by officials found the depot would cut journey times.',
    )
    assert _speakers(analysis).get(2) is None


def test_a_name_right_before_a_speech_verb_the_parse_left_without_a_subject_speaks() -> None:
    # the parser hangs the name off the campaign's phrase, and "said" has no subject
    analysis = analysis_of(
        LEAD,
        "In a note released by Riverside Wins, the pro-depot group, Transit president and "
        "CEO Tom Hale said the team was pleased.",
    )
    said = analysis.speech[1]
    assert said is not None and said.speaker is not None
    assert analysis.cast.actors[said.speaker].name == "Tom Hale"


def test_the_group_that_speaks_is_the_body_the_sentence_before_is_about() -> None:
    # not the court its clause names, which decides and never "says" as "the group"
    brief = brief_of(
        LEAD,
        "The Riverside Trust lost its court challenge on Monday when the High Court ruled"
        " the plan lawful.",
        'But the group says: "We will fight the depot all the way."',
    )
    assert _quotes(brief) == {"We will fight the depot all the way.": "Riverside Trust"}


def test_the_group_is_never_a_court() -> None:
    brief = brief_of(
        LEAD,
        "The High Court ruled the plan lawful on Monday.",
        'The group said: "We will fight the depot all the way."',
    )
    assert _quotes(brief).get("We will fight the depot all the way.") != "High Court"
