"""Grounding, fail closed: each rule drops what breaks it, on crafted model answers
served over loopback, and `--explain` says what was dropped and why."""

from __future__ import annotations

import pytest
from llmcase import analyze, good_answer

pytest_plugins = ["llmcase"]  # the fixtures: model, project


def texts(brief: dict, key: str) -> list[str]:
    return [p["text"] for p in brief["sections"][key]["points"]]


def test_a_grounded_answer_is_the_brief(runner, project, model):
    brief, why, _ = analyze(runner)
    assert brief["engine"]["name"] == "llm"
    assert texts(brief, "opponents") == [
        "Okafor opposed the plan, saying it would overload schools."
    ]
    assert texts(brief, "outcome") == ["The council approved the plan by 9 votes to 4."]
    assert brief["summary"].startswith("The council approved Mayor Alice Brennan's plan")
    assert [(a["name"], a["stance"]) for a in brief["actors"]] == [
        ("Alice Brennan", "proposer"),
        ("David Okafor", "opponent"),
    ]
    assert brief["quotes"][0]["speaker"] == "a1"
    assert brief["outcome"]["status"] == "approved"
    assert "llm: 0 of 12 statement(s) dropped by grounding" in why
    assert not any("offline engine" in w for w in brief["warnings"])


def test_an_invented_actor_is_dropped(runner, project, model):
    answer = good_answer()
    answer["actors"].append(
        {"name": "Maria Chen", "kind": "person", "stance": "supporter", "sentences": ["1:4"]}
    )
    model.answer(answer)
    brief, why, _ = analyze(runner)
    assert "Maria Chen" not in [a["name"] for a in brief["actors"]]
    assert "dropped: actor “Maria Chen” — “Maria Chen” is not named in [1:4]" in why


def test_an_invented_number_is_dropped(runner, project, model):
    answer = good_answer()
    answer["points"]["outcome"] = [
        {"text": "The council approved the plan by 11 votes to 4.", "sentences": ["1:6"]},
        {"text": "The council approved the plan on Tuesday.", "sentences": ["1:6"]},
    ]
    model.answer(answer)
    brief, why, _ = analyze(runner)
    assert texts(brief, "outcome") == ["The council approved the plan on Tuesday."]
    assert "number “11” is not in [1:6]" in why


def test_an_invented_name_in_a_point_is_dropped(runner, project, model):
    answer = good_answer()
    answer["points"]["proposal"].append(
        {"text": "Brennan and Governor Hale proposed 400 homes.", "sentences": ["1:1"]}
    )
    model.answer(answer)
    brief, why, _ = analyze(runner)
    assert not any("Hale" in t for t in texts(brief, "proposal"))
    assert "name “Governor” is not in [1:1]" in why


def test_a_claim_the_sentence_does_not_make_is_dropped(runner, project, model):
    answer = good_answer()
    answer["points"]["opponents"].append(
        {
            "text": "Okafor called the scheme corrupt and demanded an inquiry.",
            "actor": "David Okafor",
            "sentences": ["1:2"],
        }
    )
    model.answer(answer)
    brief, why, _ = analyze(runner)
    assert len(texts(brief, "opponents")) == 1
    assert "words not in [1:2]" in why


def test_an_added_negation_is_dropped(runner, project, model):
    answer = good_answer()
    answer["points"]["opponents"] = [
        {"text": "Okafor did not oppose the plan.", "actor": "David Okafor", "sentences": ["1:2"]}
    ]
    model.answer(answer)
    brief, why, _ = analyze(runner)
    assert "Okafor did not oppose the plan." not in texts(brief, "opponents")
    assert "negates what [1:2] says" in why


def test_a_misattributed_quote_is_dropped(runner, project, model):
    answer = good_answer()
    answer["quotes"][0]["speaker"] = "David Okafor"
    model.answer(answer)
    brief, why, _ = analyze(runner)
    speakers = {q["speaker"] for q in brief["quotes"]}
    okafor = next(a["id"] for a in brief["actors"] if a["name"] == "David Okafor")
    assert okafor not in speakers
    assert "[1:3] is said by Alice Brennan, not David Okafor" in why


def test_a_quote_not_verbatim_is_dropped(runner, project, model):
    answer = good_answer()
    answer["quotes"][0]["text"] = "This plan will bring rich families back to the town centre"
    model.answer(answer)
    brief, why, _ = analyze(runner)
    assert all("rich" not in q["text"] for q in brief["quotes"])
    assert "not verbatim in [1:3]" in why


@pytest.mark.parametrize("bad", ["1:9", "2:1", "one"])
def test_a_sentence_id_that_does_not_exist_is_dropped(runner, project, model, bad):
    answer = good_answer()
    answer["points"]["outcome"][0]["sentences"] = [bad]
    model.answer(answer)
    brief, why, _ = analyze(runner)
    assert "The council approved the plan by 9 votes to 4." not in texts(brief, "outcome")
    assert f"cites [{bad}], which is not a sentence" in why


def test_a_stance_is_dropped_where_the_actor_neither_acts_nor_speaks(runner, project, model):
    answer = good_answer()
    # [1:5] names Brennan (a photograph of her), but she does nothing there
    answer["actors"][0] = {
        "name": "Alice Brennan",
        "kind": "person",
        "stance": "opponent",
        "sentences": ["1:5"],
    }
    model.answer(answer)
    brief, why, _ = analyze(runner)
    assert ("Alice Brennan", "neutral") in [(a["name"], a["stance"]) for a in brief["actors"]]
    assert "stance “opponent” of Alice Brennan" in why


def test_a_sides_point_needs_an_actor_kept_on_that_side(runner, project, model):
    answer = good_answer()
    answer["points"]["supporters"][0]["actor"] = "David Okafor"
    model.answer(answer)
    brief, why, _ = analyze(runner)
    assert "Brennan said the plan" not in " ".join(texts(brief, "supporters"))
    assert "David Okafor is not a kept supporter" in why


def test_an_outcome_no_cited_sentence_reports_falls_back(runner, project, model):
    answer = good_answer()
    answer["outcome"] = {"status": "rejected", "sentences": ["1:6"]}
    model.answer(answer)
    brief, why, _ = analyze(runner)
    assert brief["outcome"]["status"] == "approved"  # the offline engine's
    assert "the outcome is the offline engine's" in brief["warnings"]
    assert "no event “rejected” is reported in [1:6]" in why


def test_malformed_json_falls_back_to_the_offline_engine_and_says_so(runner, project, model):
    model.answer('{"proposal": {"text": "Brennan proposed", "sentences": ["1:1"]},, }')
    brief, why, _ = analyze(runner)
    assert "Okafor" in " ".join(texts(brief, "opponents"))  # the offline engine's
    assert any(w.startswith("Opponents: no statement") for w in brief["warnings"])
    assert "answer 1 of 1: the answer is not valid JSON" in why


def test_a_truncated_answer_is_dropped_whole(runner, project, model):
    text = '{"proposal": {"text": "Mayor Alice Brennan proposed building 400 homes"'
    model.answer(text, finish_reason="length")
    brief, why, _ = analyze(runner)
    assert brief["proposal"] != "Mayor Alice Brennan proposed building 400 homes"
    assert "truncated" in why


def test_chatter_and_code_fences_around_the_json_are_tolerated(runner, project, model):
    import json

    model.answer("Here is the brief:\n```json\n" + json.dumps(good_answer()) + "\n```")
    brief, why, _ = analyze(runner)
    assert texts(brief, "outcome") == ["The council approved the plan by 9 votes to 4."]
