"""The extractive engine: a story in, every finding about it out.

The steps, in order:
1. parse: tokenise every sentence and find its quotations (`sentences`);
2. drop repeated wire copy: a sentence an earlier article already printed (`copies`);
3. actors: find mentions, link aliases, resolve pronouns (`mentions`, `actors`);
4. the proposal: key terms and action from headline and lead (`proposal`);
5. speech: who said what (`quotes`);
6. the outcome: events, the latest article deciding (`outcome`);
7. stance: every cue with holder and target, weighed per actor (`stance`);
8. a stance passes from a spokesperson to the body they speak for.
`run` returns an `Analysis` holding all of it; `brief.build` turns that into a `Brief`
and `explain` into the reasons behind each decision.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property

from briefgen.analyse import copies, positions, weigh
from briefgen.analyse import outcome as outcomes
from briefgen.analyse import proposal as proposals
from briefgen.analyse import stance as stances
from briefgen.analyse.actors import Entity, Ref
from briefgen.analyse.coref import resolve
from briefgen.analyse.mentions import fold
from briefgen.analyse.quotes import Speech, find_speech
from briefgen.analyse.sentences import Parsed, parse_article, tokenize
from briefgen.model import Story


@dataclass
class Analysis:
    story: Story
    parsed: list[Parsed]
    duplicate: set[int]
    entities: list[Entity]
    refs: list[list[Ref]]
    model: proposals.ProposalModel
    speech: list[Speech | None]
    evidence: list[stances.Evidence]
    decisions: dict[int, weigh.Decision]
    status: str
    events: list[outcomes.Event]
    all_events: list[outcomes.Event]
    article_order: list[int]
    headlines: dict[int, Parsed]

    @cached_property
    def said_by(self) -> dict[int | None, list[int]]:
        """Each speaker's sentences, in order: one look-up per actor, not a scan."""
        out: dict[int | None, list[int]] = {}
        for i, speech in enumerate(self.speech):
            if speech is not None:
                out.setdefault(speech.speaker, []).append(i)
        return out

    @cached_property
    def first_named(self) -> dict[int, int]:
        """The first sentence that names (or refers to) each actor."""
        out: dict[int, int] = {}
        for i, refs in enumerate(self.refs):
            for r in refs:
                out.setdefault(r.entity, i)
        return out


def words_of(text: str) -> list[str]:
    """The content words of a text (function words left out)."""
    from briefgen.analyse import lexicon

    stop = lexicon.stopwords()
    return [w for w in re.findall(r"\w+", text.lower()) if w not in stop]


def overlap(wa: set[str], wb: set[str]) -> float:
    """Share of the smaller sentence's distinct (content) words found in the other."""
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def _headline(number: int, title: str) -> Parsed:
    tokens = tokenize(title)
    return Parsed(number, -1, -1, title, tokens, [False] * len(tokens))


Names = dict[tuple[str, ...], list[tuple[int, int, int, str]]]


def _names(entities: list[Entity]) -> Names:
    """Every actor's names as words → (actor's place, name's place, actor, name).

    The places are the order `_headline_refs` tries them in: actors in order, each one's
    names longest first.
    """
    names: Names = {}
    for place, entity in enumerate(entities):
        for rank, name in enumerate(sorted({entity.name, *entity.aliases}, key=len, reverse=True)):
            target = tuple(w.lower for w in tokenize(name))
            names.setdefault(target, []).append((place, rank, entity.id, name))
    return names


def _headline_refs(head: Parsed, names: Names, lengths: set[int]) -> list[Ref]:
    """Known actors named in a headline (found by name: headline capitals mean nothing).

    Each actor in turn, its longer names first, takes the places no earlier name took.
    `lengths` are the numbers of words the names have.
    """
    found = []
    for n in lengths:
        for k in range(len(head.words) - n + 1):
            for place, rank, entity, name in names.get(tuple(head.words[k : k + n]), ()):
                found.append((place, rank, k, n, entity, name))
    refs: list[Ref] = []
    for _, _, k, n, entity, name in sorted(found):
        if not any(r.start <= k < r.end for r in refs):
            refs.append(Ref(k, k + n, entity, False, word=name))
    return sorted(refs, key=lambda r: r.start)


def _order(story: Story) -> list[int]:
    """Articles from oldest to newest (undated ones keep their place)."""
    indexed = list(enumerate(story.articles))
    return [i for i, _ in sorted(indexed, key=lambda x: (x[1].date or dt.date.min, x[0]))]


def _first_mention(refs: list[list[Ref]], entity: int, sentences: list[int]) -> int:
    """The first of an article's sentences that names `entity`, else its first sentence."""
    for i in sentences:
        if any(r.entity == entity for r in refs[i]):
            return i
    return sentences[0]


def _propagate(
    entities: list[Entity], decisions: dict[int, weigh.Decision], speakers: set[int]
) -> None:
    """A spokesperson's or chief's stance is their body's, unless the body has its own."""
    by_name = {}
    for entity in entities:
        by_name.setdefault(fold(entity.name), entity.id)
        if entity.acronym:
            by_name.setdefault(fold(entity.acronym), entity.id)
        for alias in entity.aliases:
            by_name.setdefault(fold(alias), entity.id)
    for entity in entities:
        decision = decisions.get(entity.id)
        if (
            entity.kind == "person"
            and entity.voice
            and entity.affiliation
            and (not decision or decision.stance == "neutral")
            and entity.id in speakers
        ):
            # a chief executive speaking for the body's own plan takes the body's side
            body = by_name.get(fold(entity.affiliation))
            side = decisions.get(body) if body is not None else None
            if side and side.stance in ("supporter", "opponent", "proposer"):
                stance = "supporter" if side.stance == "proposer" else side.stance
                decisions[entity.id] = weigh.Decision(stance, side.evidence, side.deciding)
            continue
        if not decision or decision.stance not in ("supporter", "opponent", "proposer"):
            continue
        if entity.kind == "person" and entity.voice and entity.affiliation:
            body = by_name.get(fold(entity.affiliation))
            if (
                body is not None
                and body != entity.id
                and decisions.get(body, weigh.Decision("neutral", [], None)).stance == "neutral"
            ):
                stance = "supporter" if decision.stance == "proposer" else decision.stance
                decisions[body] = weigh.Decision(stance, decision.evidence, decision.deciding)


def run(story: Story) -> Analysis:
    """Analyse a story: every step of the module docstring, in order."""
    parsed: list[Parsed] = []
    for number, article in enumerate(story.articles):
        parsed += parse_article(number, article)
    duplicate = copies.duplicates([(p.article, p.text) for p in parsed])
    entities, refs = resolve(parsed)
    for i in duplicate:
        refs[i] = []
    headlines = {n: _headline(n, a.title) for n, a in enumerate(story.articles) if a.title}
    names = {w.lower() for e in entities for name in (e.name, *e.aliases) for w in name.split()}
    title = " ".join(a.title for a in story.articles)
    model = proposals.build(title, [p for i, p in enumerate(parsed) if i not in duplicate], names)
    sentences_of: dict[int, list[int]] = {}  # each article's sentences
    for i, p in enumerate(parsed):
        sentences_of.setdefault(p.article, []).append(i)
    starts = [sentences_of.get(n, [0])[0] for n in range(len(story.articles))]
    model.lead = {s + k for s in starts for k in (0, 1)}
    speech = find_speech(parsed, refs, entities)
    order = _order(story)
    events = outcomes.find_events([p for p in parsed], model, headlines)
    events = [ev for ev in events if ev.sent not in duplicate]
    status, chosen = outcomes.decide(events, order)
    evidence = stances.find_evidence(parsed, refs, entities, model, speech)
    evidence += positions.find_positions(parsed, refs, entities, model, speech, evidence)
    evidence += positions.owners(evidence, entities)
    known = _names(entities)
    lengths = {len(target) for target in known}
    for number, head in headlines.items():
        head_refs = _headline_refs(head, known, lengths)
        for ev in positions.proposer_evidence(head, -1, head_refs, model):
            ev.sent = _first_mention(refs, ev.entity, sentences_of.get(number, []))
            ev.rule = "proposer (headline)"
            evidence.append(ev)
    sign = outcomes.outcome_sign(status)
    position = {article: rank for rank, article in enumerate(order)}

    def when(ev: stances.Evidence) -> tuple[int, int]:
        return position.get(parsed[ev.sent].article, 0) if ev.sent >= 0 else 0, ev.sent

    by_entity: dict[int, list[stances.Evidence]] = {}
    for ev in evidence:
        by_entity.setdefault(ev.entity, []).append(ev)
    decisions = {e: weigh.decide(evs, sign, when) for e, evs in sorted(by_entity.items())}
    aligned = weigh.settle_alignment(evidence, decisions)
    if aligned:
        evidence += aligned
        for ev in aligned:
            by_entity.setdefault(ev.entity, []).append(ev)
        decisions = {e: weigh.decide(evs, sign, when) for e, evs in sorted(by_entity.items())}
    speakers = {s.speaker for s in speech if s is not None and s.speaker is not None}
    _propagate(entities, decisions, speakers)
    _propagate(entities, decisions, speakers)
    return Analysis(
        story,
        parsed,
        duplicate,
        entities,
        refs,
        model,
        speech,
        evidence,
        decisions,
        status,
        chosen,
        events,
        order,
        headlines,
    )
