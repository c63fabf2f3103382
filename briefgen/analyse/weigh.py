"""Weighing an actor's findings into one stance.

Support and opposition add up by weight; proposer findings make a proposer unless
opposition outweighs them; strong findings both ways make the actor `mixed`. A
feeling about the result ("disappointed") takes its sign from the outcome, and
"agreed with Y" takes Y's side once Y's stance is known.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.analyse.stance import Evidence


@dataclass
class Decision:
    """An actor's stance and the finding that decided it."""

    stance: str
    evidence: list[Evidence]
    deciding: Evidence | None
    changed: bool = False


def decide(evidence: list[Evidence], outcome_sign: int) -> Decision:
    """Weigh one actor's findings into a stance; the latest article's view wins."""
    resolved: list[Evidence] = []
    for ev in evidence:
        if ev.align is not None:
            continue  # settled by `settle_alignment`
        if ev.affect:
            if outcome_sign == 0:
                continue
            ev = Evidence(
                ev.entity,
                ev.polarity * outcome_sign,
                ev.weight,
                ev.sent,
                ev.cue,
                ev.rule,
                False,
                ev.note,
            )
        resolved.append(ev)
    if not resolved:
        return Decision("neutral", [], None)
    proposer = [ev for ev in resolved if ev.rule.startswith("proposer")]
    pos = sum(ev.weight for ev in resolved if ev.polarity > 0)
    neg = sum(ev.weight for ev in resolved if ev.polarity < 0)
    mix = sum(ev.weight for ev in resolved if ev.polarity == 0)
    strongest = max(resolved, key=lambda ev: (ev.weight, -ev.sent))
    if proposer and pos >= neg:
        return Decision("proposer", resolved, proposer[0])
    if pos >= 0.5 and neg >= 0.5 and min(pos, neg) / max(pos, neg) >= 0.6:
        return Decision("mixed", resolved, strongest)
    if pos - neg >= 0.5 and pos > mix:
        return Decision(
            "supporter",
            resolved,
            max((e for e in resolved if e.polarity > 0), key=lambda e: e.weight),
        )
    if neg - pos >= 0.5 and neg > mix:
        return Decision(
            "opponent",
            resolved,
            max((e for e in resolved if e.polarity < 0), key=lambda e: e.weight),
        )
    if mix > 0 or (pos > 0 and neg > 0):
        return Decision("mixed", resolved, strongest)
    return Decision("neutral", resolved, strongest)


def settle_alignment(evidence: list[Evidence], decisions: dict[int, Decision]) -> list[Evidence]:
    """ "X agreed with Y": X's finding takes the side Y ended up on."""
    sides = {"proposer": 1, "supporter": 1, "opponent": -1}
    out = []
    for ev in evidence:
        if ev.align is None:
            continue
        other = decisions.get(ev.align)
        sign = sides.get(other.stance, 0) if other else 0
        if sign:
            out.append(Evidence(ev.entity, sign * ev.polarity, ev.weight, ev.sent, ev.cue, "align"))
    return out
