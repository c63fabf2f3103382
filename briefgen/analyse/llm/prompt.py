"""The request: the story's sentences numbered `[n:m]` as the brief cites them
(source n, sentence m), the instructions, and the JSON Schema of the answer.

A story longer than `MAX_CHARS` is sent in parts, whole sources each where they fit
(`parts`); the answers are merged by `answer.merge`.
"""

from __future__ import annotations

from typing import Any

from briefgen.analyse.nlp import Sent
from briefgen.model import ACTOR_KINDS, OUTCOME_STATUSES, SECTION_KEYS, STANCES

# About 3,000 tokens of article text: room for the answer in an 8k context.
MAX_CHARS = 12_000

# Ids are plain strings ("1:3"): llama-cpp-python cannot turn a regex pattern into its
# grammar (its server died on one), and grounding checks every id anyway.
SENTENCE_IDS = {"type": "array", "items": {"type": "string"}}
_CITED_TEXT = {
    "type": "object",
    "properties": {"text": {"type": "string"}, "sentences": SENTENCE_IDS},
    "required": ["text", "sentences"],
}
_POINT = {
    "type": "object",
    "properties": {
        "text": {"type": "string"},
        "actor": {"type": "string"},
        "sentences": SENTENCE_IDS,
    },
    "required": ["text", "sentences"],
}
SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "proposal": _CITED_TEXT,
        "actors": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "kind": {"enum": list(ACTOR_KINDS)},
                    "stance": {"enum": list(STANCES)},
                    "sentences": SENTENCE_IDS,
                },
                "required": ["name", "kind", "stance", "sentences"],
            },
        },
        "points": {
            "type": "object",
            "properties": {key: {"type": "array", "items": _POINT} for key in SECTION_KEYS},
            "required": list(SECTION_KEYS),
        },
        "quotes": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "text": {"type": "string"},
                    "speaker": {"type": "string"},
                    "sentence": {"type": "string"},
                },
                "required": ["text", "speaker", "sentence"],
            },
        },
        "outcome": {
            "type": "object",
            "properties": {"status": {"enum": list(OUTCOME_STATUSES)}, "sentences": SENTENCE_IDS},
            "required": ["status", "sentences"],
        },
        "bottom_line": _CITED_TEXT,
    },
    "required": ["proposal", "actors", "points", "quotes", "outcome", "bottom_line"],
}

INSTRUCTIONS = """\
You write policy briefs from news articles about a proposal. Answer with one JSON \
object that follows the schema, and nothing else.
Each sentence of the articles is numbered [n:m]: source n, sentence m. Every statement \
you make lists the ids of the sentences that show it, as strings like "1:3".
- proposal: one line saying what is proposed and by whom.
- actors: people, organisations, countries and groups that act or speak on the \
proposal, named as the text names them, with their stance (proposer, supporter, \
opponent, mixed, neutral) and the sentences in which they act or speak.
- points: for each section (proposal, supporters, opponents, outcome) up to four \
short statements; a supporter's or opponent's point names its actor.
- quotes: words the text quotes, copied exactly, with the speaker's name.
- outcome: the status (passed, approved, rejected, withdrawn, pending, postponed, \
left_open, unknown) and the sentences that report it.
- bottom_line: two sentences: what was proposed, what became of it, who stands where.
Use only what the sentences say: add no name, number or claim they do not contain."""


def sentence_id(sent: Sent) -> str:
    """How the prompt and the brief number a sentence: "1:4" is source 1, sentence 4."""
    return f"{sent.article + 1}:{sent.index + 1}"


def messages(title: str, sents: list[Sent]) -> list[dict[str, str]]:
    """The chat messages for these sentences of a story titled `title`."""
    lines = []
    article = None
    for sent in sents:
        if sent.article != article:
            article = sent.article
            lines.append(f"\nSource {article + 1}")
        lines.append(f"[{sentence_id(sent)}] {sent.text}")
    text = f"Story: {title}\n" + "\n".join(lines).strip("\n")
    return [{"role": "system", "content": INSTRUCTIONS}, {"role": "user", "content": text}]


def parts(sents: list[Sent], limit: int = MAX_CHARS) -> list[list[Sent]]:
    """The sentences in parts of at most `limit` characters: whole sources together
    while they fit, a source longer than that cut between sentences."""
    out: list[list[Sent]] = []
    current: list[Sent] = []
    size = 0
    sources: dict[int, list[Sent]] = {}
    for sent in sents:
        sources.setdefault(sent.article, []).append(sent)
    for source in sources.values():
        length = sum(len(s.text) + 8 for s in source)
        if current and size + length > limit:
            out.append(current)
            current, size = [], 0
        for sent in source:
            if current and size + len(sent.text) + 8 > limit:
                out.append(current)
                current, size = [], 0
            current.append(sent)
            size += len(sent.text) + 8
    if current:
        out.append(current)
    return out
