"""The llm engine: a language model behind an OpenAI-compatible endpoint writes the
brief, and nothing it says reaches the brief unchecked.

The steps, in order, each a module:
1. the offline engine's analysis of the story (`briefgen.analyse.engine.run`): the
   sentence index, the actors and the attribution that are the check;
2. prompt: the sentences numbered [n:m] and the JSON Schema; a long story in parts;
3. client (through cache): one chat completion per part, retried on 429 and 5xx;
4. answer: each answer read defensively, the parts merged;
5. grounding: every statement checked against the sentences it cites, fail closed;
6. assemble: the brief, with the offline engine's section where none passed.
`run` returns the brief; `explain` the lines `--explain` adds about what was dropped.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from briefgen.analyse import brief as offline_brief
from briefgen.analyse import engine
from briefgen.analyse.llm import answer, assemble, cache, client, grounding, prompt, setup
from briefgen.model import Brief, Engine, Story

VERSION = "1"


@dataclass(frozen=True)
class Usage:
    """What one story cost: the run report's line."""

    requests: int
    cached: int
    prompt_tokens: int
    completion_tokens: int
    seconds: float

    def line(self) -> str:
        from_cache = f", {self.cached} answer(s) from the cache" if self.cached else ""
        return (
            f"llm: {self.requests} request(s){from_cache}, {self.prompt_tokens} prompt and "
            f"{self.completion_tokens} completion tokens, {self.seconds:.1f} s"
        )


@dataclass(frozen=True)
class Result:
    brief: Brief
    grounded: grounding.Grounded
    usage: Usage


def _ask(story: Story, analysis: engine.Analysis) -> tuple[answer.Answer, Usage, list[str]]:
    """Every part of the story asked, at most max_concurrency at once; the answers
    merged. An answer that cannot be read is dropped whole and noted."""
    from briefgen.analyse.outcome import latest_article

    settings = setup.current()
    started = time.monotonic()
    parts = prompt.parts(analysis.sents)
    asks = [prompt.messages(story.title, part) for part in parts]

    def one(messages: list[dict[str, str]]) -> tuple[client.Completion, bool]:
        name = cache.key(settings.model, messages, prompt.SCHEMA)
        return cache.cached(
            settings.cache, name, lambda: client.complete(settings, messages, prompt.SCHEMA)
        )

    with ThreadPoolExecutor(max_workers=settings.max_concurrency) as pool:
        done = list(pool.map(one, asks))
    answers, problems = [], []
    for n, (completion, _) in enumerate(done, start=1):
        try:
            answers.append(answer.parse(completion.text, completion.finish_reason))
        except answer.AnswerError as exc:
            answers.append(answer.Answer())
            problems.append(f"answer {n} of {len(done)}: {exc}")
    latest = latest_article(story)
    latest_part = next(
        (n for n, part in enumerate(parts) if any(s.article == latest for s in part)), None
    )
    usage = Usage(
        sum(c.requests for c, _ in done),
        sum(hit for _, hit in done),
        sum(c.prompt_tokens for c, _ in done),
        sum(c.completion_tokens for c, _ in done),
        time.monotonic() - started,
    )
    return answer.merge(answers, latest_part), usage, problems


def analyse(story: Story) -> Result:
    """The brief of `story` with the grounding behind it."""
    analysis = engine.run(story)
    merged, usage, problems = _ask(story, analysis)
    grounded = grounding.ground(analysis, merged)
    grounded.drops[:0] = [grounding.Drop("answer", p) for p in problems]
    grounded.checked += len(problems)
    offline = offline_brief.build(analysis, "llm", VERSION)
    model = setup.current().model
    notes = [
        usage.line(),
        f"llm: grounding dropped {len(grounded.drops)} of {grounded.checked} statement(s) "
        "of the model's (see --explain)",
    ]
    brief = assemble.build(analysis, grounded, offline, notes)
    from dataclasses import replace

    return Result(replace(brief, engine=Engine("llm", f"{VERSION} ({model})")), grounded, usage)


def run(story: Story) -> Brief:
    """The llm engine, as `briefgen.analyse.ENGINES` calls it."""
    return analyse(story).brief


def explain(story: Story) -> list[str]:
    """The offline engine's reasons, then every statement grounding dropped and why
    (the answers come from the cache, so this costs no request)."""
    from briefgen.analyse.why import explain_analysis

    result = analyse(story)
    lines = explain_analysis(engine.run(story))
    drops = result.grounded.drops
    lines.append(
        f"llm: {len(drops)} of {result.grounded.checked} statement(s) dropped by grounding"
    )
    lines += [f"dropped: {d.what} — {d.why}" for d in drops]
    return lines
