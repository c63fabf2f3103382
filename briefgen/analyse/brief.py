"""An `Analysis` becomes a `Brief`: actors, quotes, sections, outcome, summary.

Every statement cites its sentence: a citation is the source id ("s1" for the first
article) and the sentence's index in that article's body.
"""

from __future__ import annotations

from briefgen.analyse import proposal as proposals
from briefgen.analyse import ranking
from briefgen.analyse.engine import Analysis
from briefgen.analyse.quotes import quote_text
from briefgen.model import (
    DEFAULT_HEADINGS,
    Actor,
    Brief,
    Citation,
    Engine,
    Outcome,
    Point,
    Quote,
    Section,
    Source,
    slug_for,
)

STANCE_ORDER = {"proposer": 0, "supporter": 1, "opponent": 2, "mixed": 3, "neutral": 4}
STATUS_WORDS = {
    "passed": "passed",
    "approved": "approved",
    "rejected": "rejected",
    "withdrawn": "withdrawn by its sponsors",
    "pending": "pending a decision",
    "postponed": "postponed",
    "left_open": "left open",
    "unknown": "not yet known",
}
MAX_QUOTES = 8
MAX_EVIDENCE = 4


def cite(analysis: Analysis, sent: int) -> Citation:
    p = analysis.parsed[sent]
    return Citation(f"s{p.article + 1}", p.index)


def included(analysis: Analysis) -> list[int]:
    """Actors worth listing: anyone with a stance, and people or bodies who speak."""
    speakers = {s.speaker for s in analysis.speech if s is not None and s.speaker is not None}
    chosen = []
    for entity in analysis.entities:
        decision = analysis.decisions.get(entity.id)
        stance = decision.stance if decision else "neutral"
        if stance != "neutral" or (entity.id in speakers and entity.kind != "group"):
            chosen.append(entity.id)
    first_seen = analysis.first_named

    def order(e: int) -> tuple[int, int]:
        decision = analysis.decisions.get(e)
        return STANCE_ORDER[decision.stance if decision else "neutral"], first_seen.get(e, 10**6)

    return sorted(chosen, key=order)


def _aliases(analysis: Analysis, entity_id: int) -> tuple[str, ...]:
    entity = analysis.entities[entity_id]
    aliases = {a for a in entity.aliases if a and a != entity.name}
    if entity.kind == "person" and len(entity.name.split()) > 1:
        aliases.add(entity.surname)
    return tuple(sorted(aliases))


def _actor(analysis: Analysis, entity_id: int, actor_id: str) -> Actor:
    entity = analysis.entities[entity_id]
    decision = analysis.decisions.get(entity_id)
    sents: list[int] = []
    if decision:
        if decision.deciding is not None:
            sents.append(decision.deciding.sent)
        sents += [ev.sent for ev in decision.evidence]
    sents += analysis.said_by.get(entity_id, [])
    if not sents and entity_id in analysis.first_named:
        sents = [analysis.first_named[entity_id]]
    evidence = tuple(dict.fromkeys(cite(analysis, s) for s in sents if s >= 0))[:MAX_EVIDENCE]
    return Actor(
        id=actor_id,
        name=entity.name,
        kind=entity.kind,
        stance=decision.stance if decision else "neutral",
        aliases=_aliases(analysis, entity_id),
        role=entity.role,
        affiliation=entity.affiliation,
        evidence=evidence,
    )


def _quotes(analysis: Analysis, actor_ids: dict[int, str]) -> tuple[Quote, ...]:
    quotes: list[Quote] = []
    previous: tuple[int, int, int] | None = None  # (article, paragraph, speaker) of the last quote
    for i, speech in enumerate(analysis.speech):
        if speech is None or not speech.quoted or i in analysis.duplicate:
            previous = None
            continue
        p = analysis.parsed[i]
        text = quote_text(p)
        if len(text.split()) < 4:
            continue
        speaker = actor_ids.get(speech.speaker) if speech.speaker is not None else None
        key = (p.article, p.paragraph, speech.speaker)
        if quotes and previous == key and not p.text.lstrip().startswith(("“", '"', "‘")):
            last = quotes[-1]
            quotes[-1] = Quote(f"{last.text} {text}", last.speaker, last.citation)
        else:
            quotes.append(Quote(text, speaker, cite(analysis, i)))
        previous = key
    return tuple(quotes[:MAX_QUOTES])


def _points(
    analysis: Analysis, chosen: list[tuple[int, int | None]], actor_ids: dict[int, str]
) -> tuple[Point, ...]:
    return tuple(
        Point(
            analysis.parsed[s].text,
            (cite(analysis, s),),
            actor_ids.get(a) if a is not None else None,
        )
        for s, a in chosen
    )


def _names(analysis: Analysis, ids: list[int], limit: int = 4) -> str:
    names = [analysis.entities[e].name for e in ids[:limit]]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def proposal_line(analysis: Analysis, proposers: list[int], sentences: list[int]) -> str:
    """One line: what is proposed (a noun phrase from the text) and by whom."""
    what = ""
    lead = [i for i, p in enumerate(analysis.parsed) if p.index == 0]
    for sent in dict.fromkeys(lead + sentences + list(range(len(analysis.parsed)))):
        if sent in analysis.duplicate:
            continue
        what = proposals.noun_phrase(analysis.parsed[sent], analysis.model)
        if what:
            break
    if not what:
        what = analysis.story.title or (analysis.parsed[0].text if analysis.parsed else "")
    what = " ".join(what.split()[:30]).rstrip(".") or "The proposal"
    what = what[0].upper() + what[1:]
    if proposers:
        return f"{what} (proposed by {_names(analysis, proposers)})."
    return f"{what}."


def summary(analysis: Analysis, proposal_text: str, sides: dict[str, list[int]]) -> str:
    """Two or three sentences, bottom line up front: proposal, sides, outcome."""
    parts = [proposal_text]
    supporters = sides["proposer"] + sides["supporter"]
    opponents = sides["opponent"]
    if supporters and opponents:
        parts.append(
            f"Backed by {_names(analysis, supporters)}; opposed by {_names(analysis, opponents)}."
        )
    elif supporters:
        parts.append(f"Backed by {_names(analysis, supporters)}; no opponent is named.")
    elif opponents:
        parts.append(f"Opposed by {_names(analysis, opponents)}; no supporter is named.")
    parts.append(f"Outcome: {STATUS_WORDS[analysis.status]}.")
    return " ".join(parts)


def build(analysis: Analysis, engine_name: str, version: str) -> Brief:
    """The brief of an analysed story."""
    story = analysis.story
    listed = included(analysis)
    actor_ids = {entity: f"a{n}" for n, entity in enumerate(listed, start=1)}
    actors = tuple(_actor(analysis, e, actor_ids[e]) for e in listed)
    sides: dict[str, list[int]] = {s: [] for s in STANCE_ORDER}
    for entity in listed:
        decision = analysis.decisions.get(entity)
        sides[decision.stance if decision else "neutral"].append(entity)
    chosen = {
        "proposal": ranking.proposal_points(analysis),
        "supporters": ranking.side_points(analysis, {"proposer", "supporter"}, set(listed)),
        "opponents": ranking.side_points(analysis, {"opponent"}, set(listed)),
        "outcome": ranking.outcome_points(analysis),
    }
    sections = tuple(
        Section(key, DEFAULT_HEADINGS[key], _points(analysis, chosen[key], actor_ids))
        for key in DEFAULT_HEADINGS
    )
    line = proposal_line(analysis, sides["proposer"], [s for s, _ in chosen["proposal"]])
    events = [ev.sent for ev in analysis.events if ev.sent >= 0]
    outcome = Outcome(
        analysis.status,
        analysis.parsed[events[0]].text if events else "No decision on the proposal is reported.",
        tuple(dict.fromkeys(cite(analysis, s) for s in events))[:3],
    )
    dates = [a.date for a in story.articles if a.date]
    date = max(dates) if dates else None
    latest = story.articles[analysis.article_order[-1]] if story.articles else None
    title = latest.title if latest and latest.title else story.title
    title = story.articles[0].title if len(story.articles) == 1 else title
    # Citations number the analysed articles s1..sN; wire copies merged into them at
    # ingest follow, so every outlet that ran the story is listed.
    copies = [copy for a in story.articles for copy in a.copies]
    sources = tuple(
        Source(f"s{n}", a.title, a.date, a.outlet, a.url, a.path)
        for n, a in enumerate([*story.articles, *copies], start=1)
    )
    warnings = []
    if not sides["opponent"]:
        warnings.append("no opponent of the proposal was found")
    if not sides["proposer"] and not sides["supporter"]:
        warnings.append("no supporter of the proposal was found")
    if analysis.status == "unknown":
        warnings.append("no outcome was found")
    return Brief(
        title=title,
        date=date,
        slug=slug_for(date, title),
        summary=summary(analysis, line, sides),
        proposal=line,
        sections=sections,
        actors=actors,
        quotes=_quotes(analysis, actor_ids),
        outcome=outcome,
        sources=sources,
        engine=Engine(engine_name, version),
        warnings=tuple(warnings),
    )
