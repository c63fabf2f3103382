"""The spaCy pipeline: which one is loaded, and what a sentence looks like to it."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from click.testing import CliRunner

from briefgen.analyse import nlp
from briefgen.cli import main

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_dateline_and_bullets_are_not_parsed_as_words() -> None:
    assert nlp.parseable("TOKYO • •Japan's regulator agreed.") == "Japan's regulator agreed."
    assert nlp.parseable("WASHINGTON (AP) — The Senate voted.") == "The Senate voted."
    assert nlp.parseable("NATO said so.") == "NATO said so."


@pytest.mark.parametrize(
    "dateline",
    [
        "LIMA, Valmora (AP) - ",
        "NEW LIMA, May 3 (Reuters) -- ",
        "LIMA, Valmora (dpa) — ",
        "LIMA, 3 May 2025 — ",
    ],
)
def test_a_wire_services_dateline_with_region_or_date_is_not_parsed(dateline: str) -> None:
    # parsed, "LIMA" became the subject of the sentence's verb
    assert nlp.parseable(f"{dateline}The state government dropped the plan.") == (
        "The state government dropped the plan."
    )


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("13:10 The minister leaves the chamber.", "The minister leaves the chamber."),
        ("9:58 a.m. Councillors return.", "Councillors return."),
        ('12:00 "We won," she said.', '"We won," she said.'),
        ("The 10:30 session began late.", "The 10:30 session began late."),
        ("10.50 euros a month was too much.", "10.50 euros a month was too much."),
    ],
)
def test_a_live_reports_time_stamp_is_not_parsed(text: str, parsed: str) -> None:
    assert nlp.parseable(text) == parsed


def test_words_in_capitals_before_a_dash_that_go_on_are_parsed() -> None:
    text = "NATO, all of it - voted against the plan."
    assert nlp.parseable(text) == text


def test_the_default_pipeline_parses_and_tags_entities() -> None:
    doc = nlp.parse_texts(["Senator Tom Reyes opposes the plan."])[0]
    assert [t.dep_ for t in doc if t.text == "opposes"] == ["ROOT"]
    assert any(e.label_ == "PERSON" and "Reyes" in e.text for e in doc.ents)


@pytest.mark.parametrize(
    "text",
    [
        # with the accent, the small model tags both as organisations
        "Councillor Siân Jones said the plan was flawed.",
        "The scheme's architect, cabinet member for roads Siân Ellis-Hughes, said she was sad.",
    ],
)
def test_an_accented_name_is_read_as_its_plain_letters_and_kept_as_written(text: str) -> None:
    doc = nlp.parse_texts([text])[0]
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert len(people) == 1 and "Siân" in people[0]


def test_a_pipeline_named_in_briefgen_toml_that_cannot_load_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(nlp.MODEL_VARIABLE, "")  # restored after the test
    monkeypatch.chdir(tmp_path)
    (tmp_path / "briefgen.toml").write_text('[analysis]\nspacy_model = "no_such_pipeline"\n')
    (tmp_path / "a.txt").write_text(
        " date 2024-05-01 Title: Depot\n\nThe council weighs a depot plan.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["analyze", "a.txt"])
    assert result.exit_code == 1
    assert "spaCy pipeline 'no_such_pipeline' cannot be loaded" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def _as_spacy_loads_it() -> Language:
    for name in nlp.DEFAULT_MODELS:
        try:
            return importlib.import_module(name).load()
        except ImportError:
            continue
    raise AssertionError("no default pipeline installed")


def test_the_default_pipeline_is_the_saved_one_less_the_unused_sentence_recogniser() -> None:
    loaded, saved = nlp.pipeline(), _as_spacy_loads_it()
    assert "senter" in saved.component_names
    assert loaded.component_names == [n for n in saved.component_names if n != "senter"]
    # it starts from a bare tokenizer, which loading fills with the saved rules, and
    # keeps a few hyphenated words and abbreviated titles whole
    for word in nlp.KEPT_WHOLE:
        saved.tokenizer.add_special_case(word, [{"ORTH": word}])
    same = {"exclude": ["vocab"]}  # the vocabulary grows with every text parsed
    assert loaded.tokenizer.to_bytes(**same) == saved.tokenizer.to_bytes(**same)
    text = "Mr. Reyes's U.S.-based group won't back the $4.5bn plan (for now) :-) e.g. today."
    assert [t.text for t in loaded(text)] == [t.text for t in saved(text)]
    assert [(t.tag_, t.dep_, t.lemma_, t.ent_type_) for t in loaded(text)] == [
        (t.tag_, t.dep_, t.lemma_, t.ent_type_) for t in saved(text)
    ]


SENTENCES = [
    "It's not the plan we wanted, and I don't think they're gonna back it.",
    "There are two bills, but neither was passed; if it fails, let's try again.",
    "You can't say that the ministers haven't tried: they did, and I told you so.",
    "The council, which had voted 5-4, said it would not reconsider unless asked.",
    "Y'all ain't seen nothin' yet, said the mayor, whose budget was cut.",
]


@pytest.fixture(scope="module")
def plain() -> Language:
    """The pipeline as spaCy loads it, without briefgen's faster components."""
    from thinc.api import use_ops

    with use_ops("numpy", use_blis=False):
        return nlp._load_pipeline(nlp.model_name())


def test_the_faster_attribute_ruler_annotates_as_spacys_own(plain: Language) -> None:
    fast = nlp.pipeline()
    ruler = fast.get_pipe("attribute_ruler")
    assert type(ruler.matcher).__name__ == "ExactFirstMatcher"
    assert len(ruler.matcher.rest) < len(ruler.patterns) / 4  # most rules are looked up

    def annotations(pipeline: Language) -> list[tuple[str, ...]]:
        return [
            (t.text, t.tag_, t.pos_, t.lemma_, str(t.morph), t.dep_)
            for doc in pipeline.pipe(SENTENCES)
            for t in doc
        ]

    assert annotations(fast) == annotations(plain)


# The suffix rules make several forms of each word, and the lemmatizer's known words
# pick one: "closing" could be "clos" or "close", "buses" "bus" or "buse".
INDEXED = "The council is closing two depots and taxing riders; cities hired fewer buses."


def test_the_lemmatizer_looks_its_known_words_up_in_sets_and_lemmatises_as_spacy(
    plain: Language,
) -> None:
    fast = nlp.pipeline()
    index = fast.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert index and all(isinstance(words, frozenset) for words in index.values())
    lemmas = {t.text: t.lemma_ for t in fast(INDEXED)}
    assert [lemmas[w] for w in ("closing", "depots", "taxing", "hired", "buses")] == [
        "close",
        "depot",
        "tax",
        "hire",
        "bus",
    ]
    assert lemmas == {t.text: t.lemma_ for t in plain(INDEXED)}


IMPORT_IN_A_FRESH_PROCESS = """
import gc, sys
from briefgen.analyse import nlp
before = gc.get_threshold()
nlp.pipeline()
assert gc.get_threshold() == before, "the collector runs again after loading"
assert gc.get_freeze_count() > 10_000, "what loading made is out of later collections"
assert "spacy.cli" not in sys.modules and "typer" not in sys.modules, sorted(sys.modules)
blas = nlp._threads().select(user_api="blas").lib_controllers
assert blas, "the controller made before spaCy's import holds numpy's BLAS while parsing"
import spacy
import spacy.cli
assert spacy.cli.__file__.endswith("cli/__init__.py") and hasattr(spacy.cli, "download")
assert sys.modules["spacy.cli.info"].__file__.endswith("cli/info.py")
assert spacy.info(markdown=False, silent=True)["spacy_version"] == spacy.__version__
print("ok")
"""


def test_spacy_is_imported_without_its_command_line_which_still_imports_later() -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", IMPORT_IN_A_FRESH_PROCESS], capture_output=True, text=True
    )
    assert result.stdout.strip() == "ok", result.stderr


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ('"Ana Lima is wrong," he said.', "Ana Lima is wrong"),
        ('He said: "Ana Lima is wrong about it."', "Ana Lima is wrong about it"),
        # a quotation that ran on from the sentence before closes here
        ('I think Ana Lima is wrong," he said.', "I think Ana Lima is wrong"),
        ("Ana Lima is wrong, he said.", ""),
    ],
)
def test_a_sentence_knows_its_words_inside_quotation_marks(text: str, inside: str) -> None:
    doc = nlp.parse_texts([text])[0]
    sent = nlp.Sent(0, 0, 0, 0, text, doc, True)
    words = [t.text for t in doc if t.i in sent.quoted() and not t.is_punct]
    assert " ".join(words) == inside


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        # a one-syllable stem that did not double its consonant has its base in -e
        ("hoped", "hope"),
        ("staged", "stage"),
        ("fined", "fine"),
        ("hoping", "hope"),
        # one that doubled, or a stem of two syllables, keeps its own
        ("hopped", "hop"),
        ("visited", "visit"),
    ],
)
def test_a_verbs_base_in_e(word: str, lemma: str) -> None:
    (doc,) = nlp.parse_texts([f"The union {word} it."])
    verbs = [t for t in doc if t.lower_ == word]
    assert verbs and verbs[0].pos_ == "VERB" and verbs[0].lemma_ == lemma
