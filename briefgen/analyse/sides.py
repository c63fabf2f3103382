"""Step 7, sides: each actor's stance, from its claims and what is said around it.

The stance model (`model`) weighs the actor's features (`features`); where the
package carries no model that fits today's features, the rules of `stance.decide`
weigh the claims alone. Either way a proposer stays a proposer unless the model is
sure it opposes, a deciding body is neutral unless it proposed, and a spokesperson's
side passes to the body they speak for when the body has none of its own, and the
body's to those who work for it and said nothing outright, and anyone's to those who
join them ("she was joined by X"); once the measure is law, the police, prosecutors
and law officers take no side.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from briefgen.analyse import model as models
from briefgen.analyse import stance
from briefgen.analyse.actors import JUDGES, Actor, Cast, enforcer, observer
from briefgen.analyse.attribution import Speech, joined
from briefgen.analyse.features import actor_rows
from briefgen.analyse.nlp import Sent
from briefgen.analyse.stance import EXPLICIT, Claim, Decision

if TYPE_CHECKING:
    from spacy.tokens import Doc


# Statuses under which the measure is law or in force.
IN_FORCE = ("passed", "approved")


def decide(
    cast: Cast,
    sents: list[Sent],
    speech: list[Speech | None],
    claims: list[Claim],
    skip: set[int],
    headlines: list[Doc],
    status: str,
    told: set[int],
) -> dict[int, Decision]:
    """Every actor's decision; `told` holds the sentences that tell of the decision."""
    model = models.current()
    out = (
        stance.decide(cast, claims)
        if model is None
        else _weighed(model, cast, sents, speech, claims, skip, headlines, status, told)
    )
    _joiners(cast, sents, out)
    if status in IN_FORCE:  # the police, prosecutors and law officers apply a law in force
        for actor, decision in out.items():
            if decision.stance != "proposer" and enforcer(cast.actors[actor]):
                out[actor] = replace(decision, stance="neutral")
    return out


def _weighed(
    model: models.Model,
    cast: Cast,
    sents: list[Sent],
    speech: list[Speech | None],
    claims: list[Claim],
    skip: set[int],
    headlines: list[Doc],
    status: str,
    told: set[int],
) -> dict[int, Decision]:
    """The decisions with the stance model weighing what is not said outright."""
    # a source of figures ("according to X") is not a voice in the debate
    speakers = {
        a
        for s in speech
        if s is not None and s.cue != "according to"
        for a in (s.speaker, *s.with_)
    }
    by_actor: dict[int, list[Claim]] = {}
    for claim in claims:
        by_actor.setdefault(claim.actor, []).append(claim)
    out: dict[int, Decision] = {}
    for row in actor_rows(cast, sents, speech, claims, skip, headlines, status):
        own = by_actor.get(row.actor, [])
        best, p = model.side(row.values)
        proposed = any(c.kind == "propose" and c.weight >= 1 for c in own)
        if proposed and p["opponent"] < 0.5:
            side = "proposer"
        elif _neutral(cast.actors[row.actor], own):
            side = "neutral"  # deciders are the outcome; journalists report sides
        elif (cast.actors[row.actor].chair or observer(cast.actors[row.actor])) and not any(
            c.sign for c in own
        ):
            # who conducts a deciding body's meeting ("board chair X said the vote
            # would be in June"), or is asked as an expert ("an economist at X"), is
            # placed by what they say of the proposal, not by what is said around them
            side = "neutral"
        elif not any(c.sign for c in own) and _tells_the_decision(row.actor, speech, told):
            side = "neutral"  # "I am announcing that ministers have chosen to shelve it"
        elif _explicit(own) or _latest_view(own, sents):
            # what the parse found said outright decides; when it changed between
            # articles, the latest article's view
            side = _explicit(own) or _latest_view(own, sents)
        elif any(c.kind in UNDECIDED for c in own) and not any(c.sign for c in own):
            # said outright to be undecided ("on the fence", "declined to comment"); not
            # "has reservations", which the model may still read as a side
            side = "neutral"
        elif any(c.sign for c in own) or (
            # a group named by a common noun ("officials said", "residents say") that
            # only speaks reports; a named speaker is a voice
            row.actor in speakers and cast.actors[row.actor].kind != "group"
        ):
            side = best  # the model weighs weaker evidence: speech, polarity, company
        else:
            side = "neutral"  # nothing the actor did or said bears on the proposal
        if own or side != "neutral":
            out[row.actor] = Decision(side, p["supporter"] - p["opponent"], tuple(own))
    _speaking_together(speech, out)
    stance.spokespeople(cast, out)
    return out


SIDES = ("proposer", "supporter", "opponent")


def _speaking_together(speech: list[Speech | None], out: dict[int, Decision]) -> None:
    """ "X and Y say they will ...": who says it with another and has nothing signed of
    their own stands where the first of them stands, not where the model's prior for a
    lone speaker would put them."""
    for said in speech:
        if said is None or said.speaker is None or not said.with_:
            continue
        lead = out.get(said.speaker)
        if lead is None or lead.stance not in SIDES:
            continue
        side = "opponent" if lead.stance == "opponent" else "supporter"
        for other in said.with_:
            own = out.get(other)
            if own is not None and own.stance != side and not any(c.sign for c in own.claims):
                out[other] = replace(own, stance=side)


def _tells_the_decision(actor: int, speech: list[Speech | None], told: set[int]) -> bool:
    """Does the actor only tell of the decision made ("today I am announcing that
    ministers have chosen to shelve the plan")? Every sentence of its reported words
    is one in which the decision is told: a report of the outcome, not a side in it."""
    said = {s.sent for s in speech if s is not None and actor in (s.speaker, *s.with_)}
    return bool(said) and said <= told


def _joiners(cast: Cast, sents: list[Sent], out: dict[int, Decision]) -> None:
    """ "She was joined by X and Y": who joins someone stands where they stand, unless
    they said otherwise outright (or decide, or report)."""
    for sent in sents:
        for held, joiners in joined(cast, sent):
            side = out.get(held)
            if side is None or side.stance not in SIDES:
                continue
            stance = "opponent" if side.stance == "opponent" else "supporter"
            for joiner in joiners:
                actor, own = cast.actors[joiner], out.get(joiner)
                if actor.decider or actor.press:
                    continue
                if own is not None and (own.stance == "proposer" or _explicit(list(own.claims))):
                    continue
                how = f"agent(join): joins {cast.actors[held].name}"
                claim = Claim(
                    sent.pos,
                    joiner,
                    1 if stance == "supporter" else -1,
                    1.0,
                    "join",
                    "joined by",
                    how,
                )
                out[joiner] = Decision(stance, side.score, (*(own.claims if own else ()), claim))


def _neutral(actor: Actor, own: list[Claim]) -> bool:
    """A journalist, a deciding body, and who speaks for one or judges: the outcome,
    not a side. A person who heads a deciding body and defends or attacks the
    proposal outright ("the board's chair had defended the cut") takes that side, as
    its members are placed by how they act."""
    if actor.press:
        return True
    if not actor.decider:
        return False
    judge = actor.role is not None and actor.role.split()[-1].lower() in JUDGES
    return actor.kind != "person" or judge or _explicit(own) is None


UNDECIDED = frozenset(("verb", "pred"))  # the kinds of cue that say it with no side


def _explicit(claims: list[Claim]) -> str | None:
    """The side an actor's explicit claims (a predicate, a noun or a label aimed at
    the proposal, not the polarity of its words) give it, when they all agree."""
    explicit = [c for c in claims if c.kind in EXPLICIT and c.weight >= 1]
    pro = sum(c.weight for c in explicit if c.sign > 0)
    con = sum(c.weight for c in explicit if c.sign < 0)
    now = [c for c in explicit if not c.earlier]
    if pro and con and now and len(now) < len(explicit):
        return _explicit(now)  # "had backed it" then "now opposes it": the side now
    if pro and not con:
        return "supporter"
    if con and not pro:
        return "opponent"
    return None


def _latest_view(claims: list[Claim], sents: list[Sent]) -> str | None:
    """The side of the explicit claims in the latest article that has any, when
    they agree: a position that changed ("now opposes") is its latest."""
    explicit = [c for c in claims if c.kind in EXPLICIT and c.weight >= 1]
    if not explicit:
        return None
    last = max(sents[c.sent].article for c in explicit)
    return _explicit([c for c in explicit if sents[c.sent].article == last])
