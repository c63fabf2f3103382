"""Why the engine decided what it did: for every actor and the outcome, the cue and sentence.

`briefgen analyze --explain` prints these lines, so an analyst can check each stance
against the sentence that decided it (and see a negation, hedge or change noted).
"""

from __future__ import annotations

from briefgen.analyse import brief as briefs
from briefgen.analyse import engine
from briefgen.model import Story

MAX_QUOTE = 160


def _sentence(analysis: engine.Analysis, sent: int) -> str:
    p = analysis.parsed[sent]
    text = p.text if len(p.text) <= MAX_QUOTE else p.text[: MAX_QUOTE - 1] + "…"
    return f"[s{p.article + 1}:{p.index + 1}] “{text}”"


def explain_analysis(analysis: engine.Analysis) -> list[str]:
    """One line per listed actor (ids as in the brief), then one for the outcome."""
    lines = []
    for n, entity_id in enumerate(briefs.included(analysis), start=1):
        entity = analysis.entities[entity_id]
        decision = analysis.decisions.get(entity_id)
        head = f"a{n} {entity.name} ({entity.kind}): {decision.stance if decision else 'neutral'}"
        if decision and decision.changed:
            head += " (changed position: the latest view wins)"
        ev = decision.deciding if decision else None
        if ev is None or ev.sent < 0:
            spoke = analysis.said_by.get(entity_id, [])
            reason = (
                f"no stance cue; speaks in {_sentence(analysis, spoke[0])}"
                if spoke
                else "no stance cue"
            )
            lines.append(f"{head} — {reason}")
            continue
        notes = f", {ev.note}" if ev.note else ""
        others = len(decision.evidence) - 1
        more = f" (+{others} more finding{'s' if others != 1 else ''})" if others > 0 else ""
        lines.append(
            f"{head} — {ev.rule} cue “{ev.cue}”{notes} in {_sentence(analysis, ev.sent)}{more}"
        )
    if analysis.events:
        in_body = [ev for ev in analysis.events if ev.sent >= 0]
        ev = in_body[0] if in_body else analysis.events[0]
        where = _sentence(analysis, ev.sent) if ev.sent >= 0 else "the headline"
        lines.append(f"outcome: {analysis.status} — cue “{ev.cue}” in {where}")
    else:
        lines.append(f"outcome: {analysis.status} — no outcome cue about the proposal")
    return lines


def explain(story: Story) -> list[str]:
    """The explanation lines for a story (the same analysis `analyse` runs)."""
    return explain_analysis(engine.run(story))
