"""An `Analysis` becomes a `Brief`: actors, quotes, sections, outcome, bottom line.

Every statement cites its sentence: a citation is the source id ("s1" for the first
article) and the sentence's index in that article's body.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from briefgen.analyse import lexicon, ranker
from briefgen.analyse import sections as pick
from briefgen.analyse.engine import Analysis
from briefgen.analyse.outcome import latest_article
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

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefgen.analyse.nlp import Sent

STANCE_ORDER = {"proposer": 0, "supporter": 1, "opponent": 2, "mixed": 3, "neutral": 4}
STATUS_WORDS = {
    "passed": "was passed",
    "approved": "was approved",
    "rejected": "was rejected",
    "withdrawn": "was withdrawn by its sponsors",
    "pending": "awaits a decision",
    "postponed": "was postponed",
    "left_open": "is unresolved, with no decision in sight",
    "unknown": "has no reported outcome",
}
PLURAL_STATUS = {
    "passed": "were passed",
    "approved": "were approved",
    "rejected": "were rejected",
    "withdrawn": "were withdrawn by their sponsors",
    "pending": "await a decision",
    "postponed": "were postponed",
    "left_open": "are unresolved, with no decision in sight",
    "unknown": "have no reported outcome",
}
MAX_QUOTES = 8
MAX_EVIDENCE = 4
RANGE = re.compile(r"\d+\s*(?:-|–|to)\s*\d+")
FIGURE = re.compile(
    r"\b\d+\s*(?:-|–|to)\s*\d+\b|\b\d[\d,.]*\s*(?:%|per cent|percent)"
    r"|[£$€]\s?\d[\d,.]*\s*(?:bn|billion|m|million|k)?|\b\d[\d,.]*\s*(?:votes?|seats?)\b"
)


def _once(analysis: Analysis, chosen: list[tuple[int, int | None]]) -> list[tuple[int, int | None]]:
    """The chosen sentences without a repeat of one already chosen: two outlets that
    print the same short sentence are one point, cited from the first."""
    seen: set[str] = set()
    out = []
    for pos, actor in chosen:
        key = " ".join(analysis.sents[pos].text.lower().split())
        if key not in seen:
            seen.add(key)
            out.append((pos, actor))
    return out


def cite(analysis: Analysis, pos: int) -> Citation:
    sent = analysis.sents[pos]
    return Citation(f"s{sent.article + 1}", sent.index)


def listed(analysis: Analysis) -> list[int]:
    """Actors worth listing: anyone with a side, and named speakers; sides first."""
    speakers = {s.speaker for s in analysis.speech if s is not None and s.speaker is not None}
    chosen = []
    for actor in analysis.cast.actors:
        if not actor.name:
            continue  # merged into another
        decision = analysis.decisions.get(actor.id)
        stance = decision.stance if decision else "neutral"
        if stance != "neutral" or (actor.id in speakers and actor.kind != "group"):
            chosen.append(actor.id)

    def order(a: int) -> tuple[int, int]:
        decision = analysis.decisions.get(a)
        return STANCE_ORDER[decision.stance if decision else "neutral"], analysis.cast.actors[
            a
        ].first

    return sorted(chosen, key=order)


def stance_of(analysis: Analysis, actor: int) -> str:
    decision = analysis.decisions.get(actor)
    return decision.stance if decision else "neutral"


def _actor(analysis: Analysis, actor_id: int, public_id: str) -> Actor:
    actor = analysis.cast.actors[actor_id]
    decision = analysis.decisions.get(actor_id)
    sents = [c.sent for c in decision.claims] if decision else []
    sents += [s.sent for s in analysis.speech if s is not None and s.speaker == actor_id]
    evidence = tuple(dict.fromkeys(cite(analysis, s) for s in sents))[:MAX_EVIDENCE]
    return Actor(
        id=public_id,
        name=actor.name,
        kind=actor.kind,
        stance=stance_of(analysis, actor_id),
        aliases=_aliases(actor),
        role=actor.title or actor.role,
        affiliation=actor.affiliation,
        evidence=evidence,
    )


def _aliases(actor) -> tuple[str, ...]:
    """Other names of the actor in the text, and a person's surname."""
    names = set(actor.aliases)
    if actor.kind == "person" and len(actor.name.split()) > 1:
        names.add(actor.name.split()[-1])
    return tuple(sorted(names - {actor.name}))


def _quotes(analysis: Analysis, ids: dict[int, str]) -> tuple[Quote, ...]:
    quotes: list[Quote] = []
    for speech in analysis.speech:
        if speech is None or speech.quote is None or speech.sent in analysis.duplicate:
            continue
        if len(speech.quote.split()) < 4:
            continue
        speaker = ids.get(speech.speaker) if speech.speaker is not None else None
        quotes.append(Quote(speech.quote, speaker, cite(analysis, speech.sent)))
    return tuple(quotes[:MAX_QUOTES])


def _names(analysis: Analysis, ids: list[int], limit: int = 3) -> str:
    names = [_in_prose(analysis.cast.actors[a].name) for a in ids[:limit]]
    if len(ids) > limit:
        names.append(f"{len(ids) - limit} more")
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _in_prose(name: str) -> str:
    """A body named by its kind takes "the" in a sentence: "backed by the government",
    "the Scottish government"; a name ("Harbour Party") or a group ("residents") not."""
    last = name.split()[-1] if name else ""
    return f"the {name}" if last.islower() and last in lexicon.institutions() else name


# Determiners that open a proposal's phrase; the brief writes "the" for them.
OPENING = re.compile(r"^(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s")
# What completes a noun or a verb of the phrase, to the right of it.
COMPLETING = ("prep", "acl", "amod", "compound", "nummod")
OBJECTS = ("dobj", "prep", "prt", "dative", "attr", "oprd", "acomp", "xcomp")


def _written(tokens: list[Token], headline: bool) -> str:
    """The tokens as written, a space where words between were left out; a headline's
    words but names in lower case."""
    words = "".join(
        (t.text.lower() if headline and not t.ent_type_ and t.i > tokens[0].i else t.text)
        + (t.whitespace_ if n + 1 == len(tokens) or tokens[n + 1].i == t.i + 1 else " ")
        for n, t in enumerate(tokens)
    ).strip(" ,;:")
    if words.count('"') % 2:  # a quotation cut by the phrase's end: its mark goes
        words = words.replace('"', "").strip()
    return OPENING.sub("the ", words)


def _noun_phrase(token: Token, headline: bool) -> str | None:
    """The noun, what stands before it, and what completes it ("to ...", "for ..."), not
    a relative clause or an aside after a comma; None if too short or too long."""
    doc = token.doc
    tokens = list(doc[token.left_edge.i : token.i + 1])
    for child in token.rights:
        finite = child.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
            c.tag_ == "MD" for c in child.children
        )  # "the charge would cut ...": a clause about it, not part of its name
        # "measures to allow house arrest": an infinitive completes the noun even where
        # the parser calls it a relative clause
        infinitive = child.dep_ == "relcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        )
        if (child.dep_ in COMPLETING or infinitive) and not finite:
            tokens.extend(child.subtree)
    # when and by how much it was decided is no part of what it is ("a plan to fund
    # courses [on Tuesday] [by 36 votes to 20]": the parser hangs these on "fund")
    said = {i for t in tokens if t.i > token.i and _when_or_margin(t) for i in _span(t)}
    kept = {t.i for t in tokens}
    tokens = [t for t in tokens if t.i not in said and (t.text != "," or _in_a_list(t, kept))]
    # in a headline, two words will do when the first says what kind ("Police plans
    # unveiled": "the police plans"), not which or how things stand ("current rules")
    kind = headline and len(tokens) == 2 and tokens[0].dep_ == "compound"
    if not (3 <= len(tokens) <= 25 or kind):
        return None
    text = _written(tokens, headline)
    if kind:  # "Election deal faltered": "the election deal"
        first = tokens[0].text
        return "the " + (text if tokens[0].ent_type_ else first.lower() + text[len(first) :])
    return text


def _in_a_list(comma: Token, kept: set[int]) -> bool:
    """Does the comma part the items of a list inside the phrase ("depots at Riverside,
    Elmwood and Kingsbury")?"""
    doc = comma.doc
    after = comma.i + 1
    return comma.i - 1 in kept and after in kept and doc[after].dep_ == "conj"


def _when_or_margin(token: Token) -> bool:
    """Is the word a day or time the decision was made on, or a vote's margin, hung on a
    word of the phrase ("on Tuesday", "last week", "by 36 votes to 20")?"""
    if token.head.pos_ not in ("VERB", "ADJ"):
        return False
    if token.dep_ == "npadvmod" and token.ent_type_ in ("DATE", "TIME") and not token.like_num:
        return True  # "last week", not the "16" of "aged 16-18"
    if token.dep_ != "prep":
        return False
    objects = [c for c in token.children if c.dep_ == "pobj"]
    if token.lower_ in ("on", "at") and any(o.ent_type_ in ("DATE", "TIME") for o in objects):
        return True
    if token.lower_ == "by":
        return any(o.lemma_.lower() in ("vote", "majority") for o in objects)
    # "to 20" of "by 36 votes to 20"
    before = token.doc[token.i - 1] if token.i else token
    return (
        token.lower_ == "to"
        and before.lemma_.lower() == "vote"
        and all(o.like_num for o in objects)
        and bool(objects)
    )


def _span(token: Token) -> range:
    return range(token.left_edge.i, token.right_edge.i + 1)


def _named_in(doc: Doc, headline: bool) -> tuple[str, bool] | None:
    """The first phrase headed by a proposal's noun ("the plan to ..."), and whether
    it is plural."""
    nouns = lexicon.proposal_nouns()
    for token in doc:
        if token.lower_ in nouns and token.dep_ != "compound" and token.pos_ in ("NOUN", "PROPN"):
            if _not_a_proposal(token):
                continue
            text = _noun_phrase(token, headline)
            if text:
                return text, token.tag_ in ("NNS", "NNPS")
    return None


def _not_a_proposal(noun: Token) -> bool:
    """ "in order to", "had no idea": a proposal's noun in an idiom, or denied."""
    before = noun.doc[noun.i - 1].lower_ if noun.i else ""
    after = noun.doc[noun.i + 1].lower_ if noun.i + 1 < len(noun.doc) else ""
    idiom = noun.lower_ == "order" and before == "in" and after == "to"
    return idiom or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _put_forward_in(doc: Doc) -> tuple[str, bool] | None:
    """What a verb of proposing puts forward ("unveiled new targets to cut delays",
    "new targets ... have been announced"), or what a verb of intent says will be done
    to the matter, when it is one of the acts a policy does ("will close an ageing
    plant", "plans to ban X": "the plan to close an ageing plant")."""
    words = lexicon.proposal_words()
    for match in words["propose"].find(doc):
        verb = doc[match.start]
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        for obj in verb.children:
            if obj.dep_ in ("dobj", "nsubjpass") and obj.pos_ in ("NOUN", "PROPN"):
                if lexicon.stance_cues().by_first.get(obj.lemma_.lower()):
                    continue  # "launched an attack on ...": a side, not a proposal
                text = _noun_phrase(obj, headline=False)
                if text and obj.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
                    return text, obj.tag_ in ("NNS", "NNPS")
    acts = set(lexicon.prohibitions()).union(*(do | undo for do, undo in lexicon.actions()))
    for match in words["intend"].find(doc):
        last = doc[match.end - 1]
        verb = last.head if last.dep_ == "aux" else None
        if verb is None or verb.i < last.i or verb.lemma_.lower() not in acts:
            continue
        if any(c.dep_ == "neg" for c in [*verb.children, *last.head.children]):
            continue
        tokens = [verb]
        for child in verb.rights:
            if child.text == "," or child.dep_ not in OBJECTS:
                break
            tokens.extend(child.subtree)
        if "," in (t.text for t in tokens):  # an aside after a comma is not what is done
            tokens = tokens[: [t.text for t in tokens].index(",")]
        if 2 <= len(tokens) <= 24:
            return "the plan to " + _written(tokens, headline=False), False
    return None


def _what(analysis: Analysis) -> tuple[str, bool]:
    """What is proposed, as a noun phrase: the proposal noun of the lead with its
    modifiers ("the plan to double fees for heavy lorries"), else the headline's
    ("Japan's proposal for a NATO office"), else what the lead says is put forward or
    will be done ("the plan to close the plant"), else the headline itself; and whether
    it is plural."""
    # the earliest report says what is proposed; later ones what became of it
    articles = analysis.story.articles
    order = sorted(range(len(articles)), key=lambda a: (articles[a].date or dt.date.max, a))
    rank = {a: n for n, a in enumerate(order)}
    leads = [
        s
        for s in sorted(analysis.sents, key=lambda s: (rank[s.article], s.pos))
        if s.index <= 2 and s.pos not in analysis.duplicate
    ]
    for sent in leads:
        found = _named_in(sent.doc, headline=False)
        if found:
            return found
    for doc in analysis.headlines:
        found = _named_in(doc, headline=True)
        if found:
            return found
    for sent in leads[:2]:
        found = _put_forward_in(sent.doc)
        if found:
            return found
    title = analysis.story.title or "the proposal"
    return f"the proposal in “{title}”", False


def proposal_line(analysis: Analysis, proposers: list[int]) -> str:
    what, _ = _what(analysis)
    what = what[0].upper() + what[1:]
    if proposers:
        return f"{what}, proposed by {_names(analysis, proposers)}."
    return f"{what}."


def _figure(analysis: Analysis) -> str | None:
    """The margin or key figure of the deciding event's sentence, if it gives one."""
    for event in analysis.events[:2]:
        if event.sent < 0:
            continue
        sent = analysis.sents[event.sent]
        for match in FIGURE.finditer(sent.text):
            if not _a_span_of_things(sent, match):
                return match.group(0)
    return None


# What a count of votes may be followed by: "won 36-20", "passed 5-2 on Tuesday".
TALLY_NOUNS = frozenset("vote votes majority margin decision".split())


def _a_span_of_things(sent: Sent, match: re.Match[str]) -> bool:
    """Is the figure a range that qualifies a noun ("14-19 qualifications", "the
    2004-05 budget", "aged 16-18"), not a count of votes?"""
    if not RANGE.fullmatch(match.group(0)):
        return False
    if re.match(r"\d{4}", match.group(0)):
        return True  # years
    after = [t for t in sent.doc if t.idx >= match.end()]
    before = [t for t in sent.doc if t.idx + len(t) <= match.start()]
    if before and before[-1].lower_ in ("aged", "ages", "between", "from"):
        return True
    return bool(after) and after[0].pos_ == "NOUN" and after[0].lemma_.lower() not in TALLY_NOUNS


# The longest clause the bottom line quotes as what comes next, in tokens.
MAX_NEXT = 30


def _next_step(analysis: Analysis) -> str | None:
    """What comes next, as the latest article words it: the clause of its first
    sentence on what is due ("the bill is expected to return to the Commons next
    week"), from its subject on, if it has one and is short enough to quote; a
    sentence that reports speech is not the narrator's account."""
    latest = latest_article(analysis.story)
    for sent in analysis.sents:
        if sent.article != latest or sent.pos in analysis.duplicate:
            continue
        if analysis.speech[sent.pos] is not None:
            continue  # a speaker's words ("we will now knock on doors") are theirs, not the news
        doc = sent.doc
        match = pick.NEXT.search(doc.text)
        if match is None:
            continue
        token = next(t for t in doc if t.idx + len(t.text) > match.start())
        while token.pos_ not in ("VERB", "AUX") and token.head is not token:
            token = token.head
        while token.dep_ in ("xcomp", "aux", "auxpass", "acomp") and token.head is not token:
            token = token.head  # "is expected to return": the clause of "expected"
        # from its subject on: a connective or a quotation mark before it is not the clause's
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if token.pos_ not in ("VERB", "AUX") or not subjects or subjects[0].pos_ == "PRON":
            return None  # "it will ...", "we will ...": whose, the bottom line cannot say
        clause = doc[subjects[0].left_edge.i : token.right_edge.i + 1]
        text = clause.text.strip(" .,;:\"“”'‘’")
        if len(clause) > MAX_NEXT or text.count('"') % 2 or text.count("“") != text.count("”"):
            return None
        if clause[0].pos_ != "PROPN" and clause[0].text != "I":
            text = text[0].lower() + text[1:]
        return text
    return None


def summary(analysis: Analysis, sides: dict[str, list[int]]) -> str:
    """The bottom line: what was proposed and by whom, what became of it (with the
    margin or key figure the text gives) and what comes next, who stands where."""
    what, plural = _what(analysis)
    proposers = sides["proposer"]
    by = f", proposed by {_names(analysis, proposers)}," if proposers else ""
    figure = _figure(analysis)
    margin = f" ({figure})" if figure else ""
    status = STATUS_WORDS[analysis.status]
    if plural:  # "the plans were passed", "the plans await a decision"
        status = PLURAL_STATUS.get(analysis.status, status)
    coming = _next_step(analysis)
    next_words = f"; next, {coming}" if coming else ""
    first = f"{what[0].upper() + what[1:]}{by} {status}{margin}{next_words}."
    backers = sides["supporter"]
    opponents = sides["opponent"]
    parts = []
    if backers:
        parts.append(f"backed by {_names(analysis, backers)}")
    if opponents:
        parts.append(f"opposed by {_names(analysis, opponents)}")
    if not parts:
        return first
    second = ("They are " if plural else "It is ") + " and ".join(parts) + "."
    return f"{first} {second}"


def build(analysis: Analysis, engine_name: str, version: str) -> Brief:
    """The brief of an analysed story."""
    story = analysis.story
    chosen = listed(analysis)
    ids = {actor: f"a{n}" for n, actor in enumerate(chosen, start=1)}
    actors = tuple(_actor(analysis, a, ids[a]) for a in chosen)
    sides: dict[str, list[int]] = {s: [] for s in STANCE_ORDER}
    for actor in chosen:
        sides[stance_of(analysis, actor)].append(actor)
    picked = ranker.choose(analysis)
    sections = tuple(
        Section(
            key,
            DEFAULT_HEADINGS[key],
            tuple(
                Point(
                    pick.bullet(analysis.sents[s], analysis.cast),
                    (cite(analysis, s),),
                    ids.get(a) if a is not None else None,
                )
                for s, a in _once(analysis, picked[key])
            ),
        )
        for key in DEFAULT_HEADINGS
    )
    events = [e.sent for e in analysis.events if e.sent >= 0]
    outcome = Outcome(
        analysis.status,
        analysis.sents[events[0]].text if events else "No decision on the proposal is reported.",
        tuple(dict.fromkeys(cite(analysis, s) for s in events))[:3],
    )
    dates = [a.date for a in story.articles if a.date]
    date = max(dates) if dates else None
    title = story.articles[-1].title if story.articles else ""
    if len(story.articles) == 1 or not title:
        title = story.title
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
    if not analysis.events:
        warnings.append("no outcome was found")
    return Brief(
        title=title,
        date=date,
        slug=slug_for(date, title),
        summary=summary(analysis, sides),
        proposal=proposal_line(analysis, sides["proposer"]),
        sections=sections,
        actors=actors,
        quotes=_quotes(analysis, ids),
        outcome=outcome,
        sources=sources,
        engine=Engine(engine_name, version),
        warnings=tuple(warnings),
    )
