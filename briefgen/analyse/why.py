"""Why the engine decided what it did: for every actor and the outcome, the
predicate, the dependency path or quote attribution, and the sentence.

`briefgen analyze --explain` prints these lines, so an analyst can check each stance
against the sentence that decided it.
"""

from __future__ import annotations

from briefgen.analyse import brief as briefs
from briefgen.analyse import engine
from briefgen.model import Story

MAX_QUOTE = 160


def _sentence(analysis: engine.Analysis, pos: int) -> str:
    sent = analysis.sents[pos]
    text = sent.text if len(sent.text) <= MAX_QUOTE else sent.text[: MAX_QUOTE - 1] + "…"
    return f"[s{sent.article + 1}:{sent.index + 1}] “{text}”"


def explain_analysis(analysis: engine.Analysis) -> list[str]:
    """One line per listed actor (ids as in the brief), then one for the outcome."""
    lines = []
    for n, actor_id in enumerate(briefs.listed(analysis), start=1):
        actor = analysis.cast.actors[actor_id]
        decision = analysis.decisions.get(actor_id)
        head = f"a{n} {actor.name} ({actor.kind}): {briefs.stance_of(analysis, actor_id)}"
        if actor.decider:
            head += " (a deciding body: neutral unless it proposed)"
        if decision is None or not decision.claims:
            spoke = [s for s in analysis.speech if s is not None and s.speaker == actor_id]
            reason = "no stance predicate"
            if spoke:
                where = _sentence(analysis, spoke[0].sent)
                reason += f"; speaks ({spoke[0].how}) in {where}"
            lines.append(f"{head} — {reason}")
            continue
        claims = sorted(decision.claims, key=lambda c: (-c.weight, c.sent))
        main = claims[0]
        sign = {1: "for", -1: "against", 0: "undecided"}[main.sign]
        notes = ", negated" if main.negated else ""
        more = len(claims) - 1
        extra = f" (+{more} more claim{'s' if more != 1 else ''})" if more else ""
        lines.append(
            f"{head} — {main.kind} “{main.cue}” ({sign}{notes}; {main.how}) in "
            f"{_sentence(analysis, main.sent)}{extra}"
        )
    if analysis.events:
        event = analysis.events[0]
        where = _sentence(analysis, event.sent) if event.sent >= 0 else "the headline"
        lines.append(f"outcome: {analysis.status} — cue “{event.cue}” ({event.how}) in {where}")
    else:
        lines.append(f"outcome: {analysis.status} — no event of the proposal was found")
    return lines


def explain(story: Story) -> list[str]:
    """The explanation lines for a story (the same analysis `analyse` runs)."""
    return explain_analysis(engine.run(story))
