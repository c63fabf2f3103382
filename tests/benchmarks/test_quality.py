"""The quality benchmark: its scoring rules, and floors on the development set.

The floors are cross-validated figures (5 folds by story), and they only go up. The
development set is read where it lies (beside the repository, or where BRIEFGEN_EVAL_DIR
points); without it the floor test is skipped.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from benchmarks.quality import (
    cross_validate,
    evaluate,
    f1,
    folds_of,
    key_found,
    labelled_sentences,
    load_cases,
    load_stories,
    name_matches,
    rouge_l,
    totals,
)

ROOT = Path(__file__).resolve().parents[2]
DEV = Path(os.environ.get("BRIEFGEN_EVAL_DIR", ROOT.parent / "shared" / "eval" / "dev"))
# Re-based on the grown dev set (56 articles, 61 cases): the old floors came from 20.
# Recall raised with the sentence ranker (CV 0.6285), then with its gap (CV 0.6695);
# stance with the attribution work of 4 December (CV 0.5615; recall then 0.6671), and
# with the second round that day (CV 0.6329, recall 0.7065); the fifth session's
# organisation names and threshold-free stance model hold them (CV 0.6335, recall
# 0.7000; over five fold assignments 0.6186 -> 0.6260 and 0.6866 -> 0.6880); the sixth
# session's raising passives and other plans hold them too (CV 0.6371, recall 0.7022;
# over five fold assignments 0.6306 and 0.6882). Stance raised with the seventh
# session's quotations over several sentences, spokespeople and stirred feelings (CV
# 0.6563, recall 0.7120; over ten fold assignments 0.6259 -> 0.6411 and 0.6844 ->
# 0.6922); recall stays at 0.70 and stance at 0.64, not at the split's figures: one
# split moves by 0.005-0.015 when the models are refitted on a correct change. Stance
# raised with the eighth session's bodies, deciders and cues (CV 0.6837, recall 0.7125;
# over ten fold assignments 0.6411 -> 0.6672 and 0.6922 -> 0.7065), to 0.67; and with
# the ninth session's proposers, makers, untagged names and labelled groups (CV 0.6931,
# recall 0.7203; over ten fold assignments 0.6672 -> 0.6875 and 0.7065 -> 0.7085), to
# 0.68; and with the tenth session's pronouns, reporters, executives and names (CV
# 0.7207, recall 0.7110; over ten fold assignments 0.6875 -> 0.7150 and 0.7085 ->
# 0.7068), to 0.71; and with the eleventh session's affiliations, documents, headings
# and pronouns (CV 0.7502, recall 0.7115; over ten fold assignments 0.7150 -> 0.7431 and
# 0.7068 -> 0.7124), to 0.74; and with the twelfth session's translated names, doers
# of the proposal, rival measures and quotations (CV 0.7718, recall 0.7202; over ten
# fold assignments 0.7431 -> 0.7598 and 0.7124 -> 0.7161), to 0.76. Recall raised with
# the thirteenth session's participles, labels, asking and undecided speakers (CV 0.7714,
# recall 0.7340; over ten fold assignments 0.7598 -> 0.7623 and 0.7161 -> 0.7232), to
# 0.72; stance stays at 0.76. Stance and status raised with the fourteenth session's
# titles, quotations and outcome events (CV 0.7732, recall 0.7219, status 0.9016 at the
# split and over five fold assignments), to 0.77 and 0.90; recall stays at 0.72. Stance
# raised with the fifteenth session's listwise opponents' ranker, the proposer's words
# brought back, party plurals, "they", subjectless speech verbs and feelings about the
# decision (CV 0.7862, recall 0.7254 at the split; over ten fold assignments 0.7576 ->
# 0.7734 and 0.7221 -> 0.7256), to 0.78; recall stays
# at 0.72, under the split by more than the spread of refitting one change moves it.
# Raised with the eighteenth session's classes found on synthetic articles (calls and
# refusals, concessions, decisions welcomed, changed sides, votes without an object,
# pledges to undo; CV 0.7960, recall 0.7405 at the split; over ten fold assignments
# 0.7756 -> 0.7838 and 0.7228 -> 0.7249), to 0.79 and 0.73. The nineteenth session's
# classes (CV 0.7963, recall 0.7445 at the split; over ten fold assignments 0.7838 ->
# 0.7862 and 0.7249 -> 0.7292) hold them; recall stays at 0.73, under the split by
# more than the spread of refitting. Stance raised with the twenty-fourth session's
# classes (institutions in capitals, every party voting, withdrawers, wire datelines;
# CV 0.8011, recall 0.7414 at the split; over ten fold assignments 0.7805 -> 0.7873 and
# 0.7340 -> 0.7333), to 0.80; recall stays at 0.73. Recall raised with the twenty-fifth
# session's next steps ("in the coming weeks", "later this year"), list items and
# classes (CV 0.8011, recall 0.7438 at the split; over ten fold assignments 0.7873 ->
# 0.7903 and 0.7333 -> 0.7402), to 0.74.
FLOORS = {"stance_f1": 0.80, "recall": 0.74, "outcome_accuracy": 0.90}


@pytest.mark.parametrize(
    ("predicted", "annotated", "expected"),
    [
        ("Ana Lima", ["Ana Lima"], True),
        ("Lima", ["Ana Lima"], True),
        ("Mayor Ana Lima", ["Ana Lima"], True),
        ("the Greens", ["Greens"], True),
        ("Société Générale", ["societe generale"], True),
        ("Limassol", ["Lima"], False),
        ("Ana", ["Anabel Lima"], False),
    ],
)
def test_names_match_as_whole_words_either_way(predicted, annotated, expected) -> None:
    assert name_matches(predicted, annotated) is expected


def test_f1_matches_one_to_one() -> None:
    gold = [["Ana Lima", "Lima"], ["City Council"]]
    assert f1(["Ana Lima", "Lima"], gold) == pytest.approx(0.5)  # one actor found twice
    assert f1(["Lima", "City Council"], gold) == 1.0
    assert f1([], []) == 1.0 and f1([], gold) == 0.0


def test_a_key_sentence_counts_with_sixty_percent_of_its_words_in_order() -> None:
    key = "one two three four five six seven eight nine ten"
    assert key_found(key, ["one two three four five six extra words"])
    assert not key_found(key, ["six five four three two one"])


def test_rouge_l() -> None:
    assert rouge_l("a b c d", "a b c d") == 1.0
    assert rouge_l("a b", "c d") == 0.0


def test_clusters_are_scored_with_their_last_member_status(tmp_path: Path) -> None:
    for n, status in ((1, "pending"), (2, "approved")):
        (tmp_path / f"0{n}-x.txt").write_text(
            f" date 2024-0{n}-01 Title: Depot\n\nThe council weighs the depot plan {n}.\n",
            encoding="utf-8",
        )
        annotation = {
            "supporters": [],
            "opponents": [],
            "outcome_status": status,
            "cluster": "depot",
            "key_sentences": {},
            "reference_brief": {},
        }
        (tmp_path / f"0{n}-x.json").write_text(json.dumps(annotation), encoding="utf-8")
    cases = load_cases(tmp_path)
    assert [c.id for c in cases][-1] == "cluster:depot"
    assert cases[-1].status == "approved" and len(cases[-1].paths) == 2


@pytest.mark.skipif(not DEV.is_dir(), reason="development set not available")
def test_the_engine_holds_its_floors_and_beats_the_baselines() -> None:
    results = evaluate(DEV)
    _, scores, _ = cross_validate(DEV, "extractive", 5)
    engine = totals(scores["cross-validated"])
    for key, floor in FLOORS.items():
        assert engine[key] >= floor, key
    for baseline in ("lead-3", "cue-word"):
        other = results[baseline][2]
        assert all(engine[key] > other[key] + 0.1 for key in FLOORS)


def test_folds_keep_a_story_together_and_are_stable(tmp_path: Path) -> None:
    from benchmarks.quality import Case

    def case(cid: str, story: str) -> Case:
        return Case(cid, story, [], [], [], "pending", {}, {})

    cases = [case("01-a", "jets"), case("02-b", "02-b"), case("03-c", "jets"), case("x", "jets")]
    folds = folds_of(cases, 2)
    assert folds[0] == folds[2] == folds[3] != folds[1]
    assert folds_of(cases, 2) == folds
    # another seed deals the stories in another order, each time the same one
    many = [case(f"{n:02d}", f"s{n:02d}") for n in range(12)]
    shuffled = [folds_of(many, 3, seed) for seed in (1, 2)]
    assert shuffled[0] == folds_of(many, 3, 1) and shuffled[0] != shuffled[1]
    assert folds_of(many, 3) == [n % 3 for n in range(12)]


def test_the_rankers_rows_are_labelled_by_the_key_sentences_they_match(tmp_path: Path) -> None:
    from briefgen.analyse import learn

    key = "Residents said the depot would bring noise and traffic to their street."
    (tmp_path / "01-depot.txt").write_text(
        " date 2024-01-01 Title: Depot\n\nThe council weighs a plan for a bus depot.\n\n"
        f"{key}\n\nThe depot would hold forty buses.\n",
        encoding="utf-8",
    )
    annotation = {
        "supporters": [],
        "opponents": [],
        "outcome_status": "pending",
        "key_sentences": {"opponents": [key]},
        "reference_brief": {},
    }
    (tmp_path / "01-depot.json").write_text(json.dumps(annotation), encoding="utf-8")
    cases = load_cases(tmp_path)
    x, y, origin = labelled_sentences(learn, cases, load_stories(cases), [0])
    assert y["opponents"] == [False, True, False]
    assert origin["opponents"] == [0, 0, 0]
    assert y["supporters"] == [False, False, False]
    assert len(x["proposal"]) == 3
