from briefgen.ingest.text import normalise, split_paragraphs, split_sentences


def texts(*paragraphs: str) -> list[str]:
    return [s.text for s in split_sentences(list(paragraphs))]


def test_normalise_composes_unicode_and_drops_control_characters():
    assert normalise("Cafe\u0301\x00\x0b\x1b") == "Café\n"
    assert normalise("a\u00a0\u2003b\t c") == "a b c"
    assert normalise("one\r\ntwo\rthree") == "one\ntwo\nthree"


def test_paragraphs_split_at_blank_lines_and_join_wrapped_lines():
    paragraphs = split_paragraphs("First line\nwrapped.\n\n\nSecond.")
    assert paragraphs == ["First line wrapped.", "Second."]


def test_each_item_of_a_list_is_a_paragraph() -> None:
    text = "Other plans include:\n- A freeze on fuel duty\n- More police on the beat\nThat is all."
    assert split_paragraphs(text) == [
        "Other plans include:",
        "- A freeze on fuel duty",
        "- More police on the beat That is all.",
    ]
    # one item after a colon is a list too; a dash opening one wrapped line is not
    assert split_paragraphs("It adds:\n* Extra buses") == ["It adds:", "* Extra buses"]
    assert split_paragraphs("The plan would go ahead\n- if the council agreed.") == [
        "The plan would go ahead - if the council agreed."
    ]


def test_abbreviations_do_not_end_sentences():
    assert texts("Mr. Okafor met U.S. officials at 9 a.m. on Jan. 5 in Lagos. They agreed.") == [
        "Mr. Okafor met U.S. officials at 9 a.m. on Jan. 5 in Lagos.",
        "They agreed.",
    ]


def test_titles_before_initials_stay_with_the_name():
    assert texts("Gen. T. R. Moss and Dr. A. Weller spoke. Both left.") == [
        "Gen. T. R. Moss and Dr. A. Weller spoke.",
        "Both left.",
    ]


def test_a_councillors_abbreviated_title_stays_with_the_name():
    assert texts("The motion came from Coun. Ana Lima and Cllr. Tom Reyes. It failed.") == [
        "The motion came from Coun. Ana Lima and Cllr. Tom Reyes.",
        "It failed.",
    ]


def test_decimals_and_closing_quotes():
    assert texts("Fees rise 3.5 per cent. “We will fight this.” Then silence.") == [
        "Fees rise 3.5 per cent.",
        "“We will fight this.”",
        "Then silence.",
    ]


def test_a_sentence_does_not_end_after_brackets_but_may_inside_them():
    assert texts("MSPs passed the Harbour (Fees) (Valmora) Bill 2025 on Tuesday. It ends.") == [
        "MSPs passed the Harbour (Fees) (Valmora) Bill 2025 on Tuesday.",
        "It ends.",
    ]
    assert texts("He backed it. (See below.) Then he left.") == [
        "He backed it.",
        "(See below.)",
        "Then he left.",
    ]


def test_sentences_are_numbered_across_paragraphs_with_their_paragraph():
    sentences = split_sentences(["One. Two.", "Three."])
    assert [(s.index, s.paragraph) for s in sentences] == [(0, 0), (1, 0), (2, 1)]
