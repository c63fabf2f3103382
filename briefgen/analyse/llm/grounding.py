"""Grounding, fail closed: every statement of the model's answer is checked against
the sentences it cites, with the offline engine's analysis as the judge.

The rules, one function each:
- `cited`: a statement cites sentences that exist;
- `supported`: its words are found in the cited sentences: every name, number and
  negation, and all but `REWORDING` of its other content words (a paraphrase may
  reword, not add names, numbers or claims);
- `named`: an actor is named in a sentence it cites;
- `quoted`: a quote is verbatim in its sentence, and the offline attribution finds
  the same speaker there;
- `acts`: a stance is shown by a cited sentence in which that actor acts or speaks;
- `reported`: an outcome is reported by an event of that status in a cited sentence.
What fails is dropped with the reason (`Drop`); what passes is `Grounded`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefgen.analyse.actors import fold
from briefgen.analyse.engine import Analysis
from briefgen.analyse.llm.answer import Answer, Cited, PointClaim
from briefgen.analyse.llm.words import Words, stem, words
from briefgen.model import Citation

REWORDING = 0.25  # the share of a statement's other content words that may be new
SIDES = {"supporters": {"proposer", "supporter"}, "opponents": {"opponent"}}
SAME_STATUS = {"passed": "approved", "approved": "approved"}  # a vote passes, a body approves
SENTENCE_ID = re.compile(r"^\[?s?(\d+):(\d+)\]?$")


class Unsupported(Exception):
    """Why one statement is dropped."""


@dataclass(frozen=True)
class Drop:
    what: str
    why: str


@dataclass(frozen=True)
class Statement:
    text: str
    citations: tuple[Citation, ...]
    actor: str | None = None  # the name of the actor a point is about, or a quote's speaker


@dataclass
class KeptActor:
    name: str
    kind: str
    stance: str
    citations: list[Citation]
    cast_id: int | None


@dataclass
class Grounded:
    proposal: Statement | None = None
    bottom_line: Statement | None = None
    actors: list[KeptActor] = field(default_factory=list)
    points: dict[str, list[Statement]] = field(default_factory=dict)
    quotes: list[Statement] = field(default_factory=list)
    outcome: Statement | None = None  # text: the status
    drops: list[Drop] = field(default_factory=list)
    checked: int = 0


class Judge:
    """The offline analysis, indexed for the checks."""

    def __init__(self, analysis: Analysis) -> None:
        from briefgen.analyse import outcome

        self.analysis = analysis
        self.sents = analysis.sents
        self.by_id = {(s.article + 1, s.index + 1): s.pos for s in analysis.sents}
        self.words = [words(s.text) for s in analysis.sents]
        self.named: dict[int, set[int]] = {}
        for (pos, _), actor in analysis.cast.at.items():
            self.named.setdefault(pos, set()).add(actor)
        self.acting: dict[int, set[int]] = {}
        for pos, actor in analysis.cast.subjects:
            self.acting.setdefault(pos, set()).add(actor)
        for claim in analysis.claims:
            self.acting.setdefault(claim.sent, set()).add(claim.actor)
        for speech in analysis.speech:
            if speech is not None and speech.speaker is not None:
                self.acting.setdefault(speech.sent, set()).add(speech.speaker)
        events = outcome.find_events(
            analysis.story,
            analysis.cast,
            analysis.sents,
            analysis.headlines,
            analysis.proposal,
            analysis.duplicate,
        )
        self.events: dict[int, set[str]] = {}
        for event in events:
            self.events.setdefault(event.sent, set()).add(event.status)
        self.forms: dict[str, int] = {}
        for actor in analysis.cast.actors:
            if actor.name:
                for form in {fold(actor.name), *actor.forms, *map(fold, actor.aliases)}:
                    self.forms.setdefault(form, actor.id)

    def cast_id(self, name: str) -> int | None:
        """The offline engine's actor with this name or alias, if any."""
        return self.forms.get(fold(name))

    def cite(self, pos: int) -> Citation:
        sent = self.sents[pos]
        return Citation(f"s{sent.article + 1}", sent.index)

    # --- the rules -----------------------------------------------------------------

    def cited(self, ids: tuple[str, ...]) -> list[int]:
        """The positions of the cited sentences; every one must exist."""
        if not ids:
            raise Unsupported("cites no sentence")
        out = []
        for given in ids:
            match = SENTENCE_ID.match(given.strip())
            pos = self.by_id.get((int(match[1]), int(match[2]))) if match else None
            if pos is None:
                raise Unsupported(f"cites [{given.strip('[]')}], which is not a sentence")
            out.append(pos)
        return list(dict.fromkeys(out))

    def supported(self, text: str, cited: list[int]) -> None:
        """Every name, number and negation of `text` is in the cited sentences, and all
        but REWORDING of its other content words."""
        said: Words = words(text)
        found = frozenset().union(*(self.words[p].stems for p in cited))
        where = ", ".join(f"[{self.id(p)}]" for p in cited)
        for kind, items in (("name", said.names), ("number", said.numbers)):
            missing = [w for w in items if stem(w) not in found]
            if missing:
                raise Unsupported(f"{kind} “{missing[0]}” is not in {where}")
        if said.negated and not any(self.words[p].negated for p in cited):
            raise Unsupported(f"negates what {where} says")
        new = [w for w in said.content if w not in found]
        if said.content and len(new) > REWORDING * len(said.content):
            raise Unsupported(f"words not in {where}: {', '.join(sorted(set(new))[:4])}")

    def named_in(self, name: str, cited: list[int]) -> int | None:
        """An actor must be named in a sentence it cites; its offline id if it has one."""
        actor = self.cast_id(name)
        key = fold(name)
        for pos in cited:
            text = fold(self.sents[pos].text)
            if re.search(rf"(?<![\w]){re.escape(key)}(?![\w])", text) if key else False:
                return actor
            if actor is not None and actor in self.named.get(pos, set()):
                return actor
        raise Unsupported(f"“{name}” is not named in {self.ids(cited)}")

    def quoted(self, text: str, speaker: str, pos: int) -> None:
        if _plain(text) not in _plain(self.sents[pos].text):
            raise Unsupported(f"not verbatim in [{self.id(pos)}]")
        said = self.analysis.speech[pos]
        who = said.speaker if said is not None else None
        if who is None:
            raise Unsupported(f"the attribution finds no speaker in [{self.id(pos)}]")
        if self.cast_id(speaker) != who:
            found = self.analysis.cast.actors[who].name
            raise Unsupported(f"[{self.id(pos)}] is said by {found}, not {speaker}")

    def acts(self, actor: int | None, name: str, stance: str, cited: list[int]) -> None:
        if stance == "neutral":
            return
        if actor is None or not any(actor in self.acting.get(p, set()) for p in cited):
            raise Unsupported(f"{name} neither acts nor speaks in {self.ids(cited)}")

    def reported(self, status: str, cited: list[int]) -> None:
        if status == "unknown":
            return
        want = SAME_STATUS.get(status, status)
        if not any(want in {SAME_STATUS.get(s, s) for s in self.events.get(p, ())} for p in cited):
            raise Unsupported(f"no event “{status}” is reported in {self.ids(cited)}")

    def id(self, pos: int) -> str:
        sent = self.sents[pos]
        return f"{sent.article + 1}:{sent.index + 1}"

    def ids(self, cited: list[int]) -> str:
        return ", ".join(f"[{self.id(p)}]" for p in cited)


def _plain(text: str) -> str:
    """Text for a verbatim comparison: quotation marks, apostrophes and spaces unified."""
    text = re.sub(r"[“”„\"«»]", "", text).replace("’", "'").replace("‘", "'")
    return " ".join(text.split()).strip(" '").lower()


def _short(text: str) -> str:
    return text if len(text) <= 70 else text[:69] + "…"


def _combine(first: str, second: str) -> str:
    """One stance from two answers about the same actor."""
    if first == second or second == "neutral":
        return first
    if first == "neutral":
        return second
    if "proposer" in (first, second) and {first, second} <= {"proposer", "supporter"}:
        return "proposer"
    return "mixed"


def ground(analysis: Analysis, answer: Answer) -> Grounded:
    """The statements of `answer` that pass every rule, and the others with why."""
    judge = Judge(analysis)
    out = Grounded(points={})
    out.drops += [Drop("unreadable item", p) for p in answer.problems]
    out.checked += len(answer.problems)

    def text_of(item: Cited, what: str) -> Statement | None:
        out.checked += 1
        try:
            cited = judge.cited(item.sentences)
            judge.supported(item.text, cited)
        except Unsupported as why:
            out.drops.append(Drop(f"{what} “{_short(item.text)}”", str(why)))
            return None
        return Statement(item.text, tuple(judge.cite(p) for p in cited))

    out.proposal = text_of(answer.proposal, "proposal") if answer.proposal else None
    out.bottom_line = text_of(answer.bottom_line, "bottom line") if answer.bottom_line else None
    kept: dict[str, KeptActor] = {}
    for claim in answer.actors:
        out.checked += 1
        try:
            cited = judge.cited(claim.sentences)
            cast_id = judge.named_in(claim.name, cited)
        except Unsupported as why:
            out.drops.append(Drop(f"actor “{claim.name}”", str(why)))
            continue
        stance = claim.stance
        if stance != "neutral":
            out.checked += 1
            try:
                judge.acts(cast_id, claim.name, stance, cited)
            except Unsupported as why:
                out.drops.append(Drop(f"stance “{stance}” of {claim.name}", str(why)))
                stance = "neutral"
        key = f"#{cast_id}" if cast_id is not None else fold(claim.name)
        citations = [judge.cite(p) for p in cited]
        if key in kept:
            kept[key].stance = _combine(kept[key].stance, stance)
            kept[key].citations += [c for c in citations if c not in kept[key].citations]
        else:
            kind = analysis.cast.actors[cast_id].kind if cast_id is not None else claim.kind
            kept[key] = KeptActor(claim.name, kind, stance, citations, cast_id)
    out.actors = list(kept.values())
    for point in answer.points:
        statement = _point(judge, point, out)
        if statement is not None:
            out.points.setdefault(point.section, []).append(statement)
    for quote in answer.quotes:
        out.checked += 1
        try:
            (pos,) = judge.cited((quote.sentence,))
            judge.quoted(quote.text, quote.speaker, pos)
        except Unsupported as why:
            out.drops.append(Drop(f"quote “{_short(quote.text)}”", str(why)))
            continue
        out.quotes.append(Statement(quote.text, (judge.cite(pos),), quote.speaker))
    if answer.status is not None:
        out.checked += 1
        try:
            cited = judge.cited(answer.status.sentences) if answer.status.text != "unknown" else []
            judge.reported(answer.status.text, cited)
        except Unsupported as why:
            out.drops.append(Drop(f"outcome “{answer.status.text}”", str(why)))
        else:
            out.outcome = Statement(answer.status.text, tuple(judge.cite(p) for p in cited))
    return out


def _point(judge: Judge, point: PointClaim, out: Grounded) -> Statement | None:
    """A point passes the text rules, and a side's point is about an actor kept on
    that side."""
    out.checked += 1
    what = f"{point.section} point “{_short(point.text)}”"
    try:
        cited = judge.cited(point.sentences)
        judge.supported(point.text, cited)
        if point.section in SIDES:
            actor = _kept(out, judge, point.actor)
            if actor is None or actor.stance not in SIDES[point.section]:
                raise Unsupported(f"{point.actor or 'no actor'} is not a kept {point.section[:-1]}")
            return Statement(point.text, tuple(judge.cite(p) for p in cited), actor.name)
    except Unsupported as why:
        out.drops.append(Drop(what, str(why)))
        return None
    return Statement(point.text, tuple(judge.cite(p) for p in cited))


def _kept(out: Grounded, judge: Judge, name: str | None) -> KeptActor | None:
    if not name:
        return None
    cast_id = judge.cast_id(name)
    for actor in out.actors:
        if fold(actor.name) == fold(name) or (cast_id is not None and actor.cast_id == cast_id):
            return actor
    return None
