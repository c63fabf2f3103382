"""The model's answer, read defensively: code fences and chatter around the JSON are
tolerated, a wrong type drops only the item that has it, and an answer that is not
JSON or was cut off at max_tokens is refused whole (`AnswerError`).

Nothing here is trusted yet: `grounding` checks every item against the sentences.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from briefgen.model import ACTOR_KINDS, OUTCOME_STATUSES, SECTION_KEYS, STANCES

FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$")


class AnswerError(ValueError):
    """The answer as a whole cannot be read."""


@dataclass(frozen=True)
class Cited:
    text: str
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class ActorClaim:
    name: str
    kind: str
    stance: str
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class PointClaim:
    section: str
    text: str
    actor: str | None
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class QuoteClaim:
    text: str
    speaker: str
    sentence: str


@dataclass
class Answer:
    proposal: Cited | None = None
    actors: list[ActorClaim] = field(default_factory=list)
    points: list[PointClaim] = field(default_factory=list)
    quotes: list[QuoteClaim] = field(default_factory=list)
    status: Cited | None = None  # text: the status
    bottom_line: Cited | None = None
    problems: list[str] = field(default_factory=list)  # items dropped as unreadable


def _json(text: str, finish_reason: str | None) -> dict[str, Any]:
    if finish_reason == "length":
        raise AnswerError("the answer was cut off at max_tokens (truncated)")
    body = FENCE.sub("", text)
    start, end = body.find("{"), body.rfind("}")
    if start < 0 or end < start:
        raise AnswerError(f"the answer holds no JSON object: {text[:80]!r}")
    try:
        data = json.loads(body[start : end + 1])
    except ValueError as exc:
        raise AnswerError(f"the answer is not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise AnswerError("the answer is not a JSON object")
    return data


def _ids(value: Any) -> tuple[str, ...] | None:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
        return None
    return tuple(str(v) for v in value)


def _str(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _cited(data: Any, what: str, problems: list[str]) -> Cited | None:
    if data is None or data == {}:
        return None
    text = _str(data.get("text")) if isinstance(data, dict) else None
    ids = _ids(data.get("sentences")) if isinstance(data, dict) else None
    if text is None or ids is None:
        problems.append(f"{what}: unreadable ({json.dumps(data)[:80]})")
        return None
    return Cited(text, ids)


def parse(text: str, finish_reason: str | None = None) -> Answer:
    """The answer's items, each of the expected shape; the others listed as problems."""
    data = _json(text, finish_reason)
    out = Answer()
    out.proposal = _cited(data.get("proposal"), "proposal", out.problems)
    out.bottom_line = _cited(data.get("bottom_line"), "bottom line", out.problems)
    for item in data.get("actors") or []:
        name = _str(item.get("name")) if isinstance(item, dict) else None
        ids = _ids(item.get("sentences")) if isinstance(item, dict) else None
        if name is None or ids is None:
            out.problems.append(f"actor: unreadable ({json.dumps(item)[:80]})")
            continue
        kind = item.get("kind") if item.get("kind") in ACTOR_KINDS else "organisation"
        stance = item.get("stance") if item.get("stance") in STANCES else "neutral"
        out.actors.append(ActorClaim(name, kind, stance, ids))
    points = data.get("points") or {}
    for key in SECTION_KEYS:
        for item in points.get(key) or [] if isinstance(points, dict) else []:
            body = _str(item.get("text")) if isinstance(item, dict) else None
            ids = _ids(item.get("sentences")) if isinstance(item, dict) else None
            if body is None or ids is None:
                out.problems.append(f"{key} point: unreadable ({json.dumps(item)[:80]})")
                continue
            out.points.append(PointClaim(key, body, _str(item.get("actor")), ids))
    for item in data.get("quotes") or []:
        said = _str(item.get("text")) if isinstance(item, dict) else None
        who = _str(item.get("speaker")) if isinstance(item, dict) else None
        where = _ids(item.get("sentence")) if isinstance(item, dict) else None
        if said is None or who is None or not where:
            out.problems.append(f"quote: unreadable ({json.dumps(item)[:80]})")
            continue
        out.quotes.append(QuoteClaim(said, who, where[0]))
    outcome = data.get("outcome")
    if isinstance(outcome, dict) and outcome.get("status") in OUTCOME_STATUSES:
        out.status = Cited(outcome["status"], _ids(outcome.get("sentences")) or ())
    elif outcome not in (None, {}):
        out.problems.append(f"outcome: unreadable ({json.dumps(outcome)[:80]})")
    return out


def merge(answers: list[Answer], latest: int | None = None) -> Answer:
    """One answer from the answers about parts of a story, by the offline engine's
    rules: the proposal as the earliest part tells it, the outcome as the latest
    part (`latest`, its index) reports it, everything else together."""
    if len(answers) == 1:
        return answers[0]
    out = Answer()
    for answer in answers:
        out.proposal = out.proposal or answer.proposal
        out.bottom_line = out.bottom_line or answer.bottom_line
        out.actors += answer.actors
        out.points += answer.points
        out.quotes += answer.quotes
        out.problems += answer.problems
    ranked = [answers[latest]] if latest is not None else []
    for answer in [*ranked, *reversed(answers)]:
        if answer.status is not None and answer.status.text != "unknown":
            out.status = answer.status
            break
    return out
