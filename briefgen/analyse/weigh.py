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


def decide(evidence: list[Evidence], outcome_sign: int, when=None) -> Decision:
    """Weigh one actor's findings into a stance.

    When the actor changed position ("now opposes", or a later article shows the
    other side), the latest view wins and the decision is marked `changed`; `when`
    orders findings in time (article date, then sentence).
    """
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
    latest = _change(resolved, when or (lambda ev: (0, ev.sent)))
    if latest is not None:
        stance = "supporter" if latest.polarity > 0 else "opponent"
        return Decision(stance, resolved, latest, changed=True)
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


def _change(evidence: list[Evidence], when) -> Evidence | None:
    """The finding that reverses an earlier stance, if the actor changed position."""
    strong = sorted((ev for ev in evidence if ev.polarity and ev.weight >= 0.8), key=when)
    if len(strong) < 2:
        return None
    last = strong[-1]
    earlier = [ev for ev in strong[:-1] if ev.polarity == -last.polarity]
    if not earlier or any(
        ev.polarity == -last.polarity and when(ev) >= when(last) for ev in strong
    ):
        return None
    later_article = when(last)[0] > when(earlier[-1])[0]
    return last if "changed" in last.note or later_article else None


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
