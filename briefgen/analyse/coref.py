"""References resolved: pronouns and descriptions point at the actor they mean.

"he" prefers the nearest person of its own sentence who is not in a phrase, then the
subject of the sentences before; "it" the subject of its clause (unless a proposal
noun comes first: "the plan ... arguing it would"); "the company" the last company, or
the body of the person speaking; "the governor" the last person with that role.
`resolve` runs mention finding and linking for a whole story.
"""

from __future__ import annotations

from functools import partial

from briefgen.analyse import lexicon
from briefgen.analyse.actors import Entity, Linker, Ref, in_phrase
from briefgen.analyse.mentions import Vocabulary, find_mentions, fold
from briefgen.analyse.recency import Recency
from briefgen.analyse.sentences import Parsed

PERSON_PRONOUNS = frozenset("he she him his her hers".split())
THING_PRONOUNS = frozenset("it its".split())
PLURAL_PRONOUNS = frozenset("they them their".split())
FIRST_PERSON = frozenset("i me my we us our".split())


# "the company" and the like: which kind of actor the description can point at.
DESCRIPTIONS = {
    "company": "organisation",
    "firm": "organisation",
    "operator": "organisation",
    "utility": "organisation",
    "team": "organisation",
    "club": "organisation",
    "league": "organisation",
    "union": "organisation",
    "group": "organisation",
    "campaign": "organisation",
    "organisation": "organisation",
    "organization": "organisation",
    "party": "organisation",
    "agency": "organisation",
    "association": "organisation",
    "coalition": "organisation",
    "commission": "organisation",
    "council": "organisation",
    "board": "organisation",
    "committee": "organisation",
    "court": "organisation",
    "government": "organisation",
    "administration": "organisation",
    "ministry": "organisation",
    "authority": "organisation",
    "bloc": "organisation",
    "alliance": "organisation",
    "country": "country",
    "nation": "country",
}


# Descriptions that, when no actor of the story is called so, can mean the body of the
# person speaking ("League commissioner Ana Ruiz said the league ...").
BODY_DESCRIPTIONS = frozenset(
    "company firm team league club union group campaign organisation organization operator "
    "utility country nation".split()
)


ROLE_WORDS = frozenset(
    "governor minister mayor president senator chairman chairwoman chair commissioner ceo "
    "spokesperson spokesman spokeswoman judge premier chancellor leader secretary official "
    "lawmaker congressman congresswoman attorney lawyer director treasurer".split()
)


def _recent(
    refs_by_sent: list[list[Ref]],
    entities: list[Entity],
    sent: int,
    before: int,
    kinds: set[str],
    want=None,
    article_of: list[int] | None = None,
    reach: int = 4,
    parsed_of: list[Parsed] | None = None,
) -> int | None:
    """The entity a pronoun most likely means: this sentence's subject, then earlier ones."""
    for back in range(0, reach):
        s = sent - back
        if s < 0 or (article_of is not None and article_of[s] != article_of[sent]):
            break
        candidates = _candidates(refs_by_sent[s], entities, kinds, want, None if back else before)
        if candidates and back == 0 and parsed_of is not None:
            p = parsed_of[s]
            free = [
                r
                for r in candidates
                if not in_phrase(p, r)
                and not (r.end < len(p.words) and p.words[r.end] in ("'s", "'"))
            ]
            if kinds != {"person"}:
                free = free[:1]  # "it": the clause's subject, not the nearest body
            if free:
                return free[-1].entity  # the nearest person who is not in a phrase
        if candidates:
            return _subject(candidates)
    return None


def _candidates(refs: list[Ref], entities: list[Entity], kinds: set[str], want, before):
    """The refs a look-back may pick in one sentence (in its first `before` tokens)."""
    return [
        r
        for r in refs
        if not r.quoted
        and entities[r.entity].kind in kinds
        and (before is None or r.start < before)
        and (want is None or want(entities[r.entity]))
    ]


def _subject(candidates: list[Ref]) -> int:
    """Of a sentence's candidates, the first named one (a pronoun only if none is)."""
    subjects = [r for r in candidates if not r.pronoun] or candidates
    return subjects[0].entity


def resolve(parsed: list[Parsed]) -> tuple[list[Entity], list[list[Ref]]]:
    """All entities of the story and, per sentence, the refs that point at them."""
    vocab = Vocabulary(parsed)
    linker = Linker()
    mentions_by_sent = [find_mentions(p, i, vocab) for i, p in enumerate(parsed)]
    refs_by_sent: list[list[Ref]] = []
    article_of = [p.article for p in parsed]
    recency = Recency(_description_keys)
    for sent, (p, mentions) in enumerate(zip(parsed, mentions_by_sent, strict=True)):
        if sent == 0 or article_of[sent] != article_of[sent - 1]:
            recency.new_article()
        refs = []
        covered = [False] * len(p.tokens)
        for m in mentions:
            entity = linker.link(m)
            recency.update(entity)
            if m.modifier:
                continue  # the body exists as an actor; the words belong to the person
            refs.append(Ref(m.start, m.end, entity.id, m.quoted, word=m.name))
            for k in range(m.start, m.end):
                covered[k] = True
        refs_by_sent.append(refs)
        entities = linker.entities
        # what a pronoun at k of this sentence may mean, of the given kinds
        pronoun = partial(
            _recent, refs_by_sent, entities, sent, article_of=article_of, parsed_of=parsed
        )
        for k, word in enumerate(p.words):
            if covered[k]:
                continue
            target = None
            if word in PERSON_PRONOUNS:
                target = pronoun(k, {"person"})
            elif word in THING_PRONOUNS:
                # "Northline has the land, but it wants money": the clause's subject;
                # "the plan ... arguing it would": the proposal, not a body
                target = pronoun(k, {"organisation", "country"}, reach=1)
                if target is None and not _proposal_before(p, k):
                    target = pronoun(k, {"organisation", "country"})
            elif word in PLURAL_PRONOUNS:
                target = pronoun(k, {"group", "organisation"})
            elif (
                k > 0
                and p.words[k - 1] == "the"
                or (k > 1 and p.words[k - 2] == "the" and p.tokens[k - 1].cap)
            ):
                target = _description(refs_by_sent, entities, sent, k, word, article_of, recency)
            if target is not None:
                refs.append(Ref(k, k + 1, target, p.quoted[k], pronoun=True, word=word))
        refs.sort(key=lambda r: r.start)
        recency.read(sent, refs)
    _merge_surnames(linker.entities)
    _described_roles(parsed, refs_by_sent, linker.entities)
    return linker.entities, refs_by_sent


def _described_roles(
    parsed: list[Parsed], refs_by_sent: list[list[Ref]], entities: list[Entity]
) -> None:
    """ "The organisation's president, Rosa Vidal,": the role and body come first."""
    from briefgen.analyse.mentions import speaks_for

    for p, refs in zip(parsed, refs_by_sent, strict=True):
        for ref in refs:
            person = entities[ref.entity]
            k = ref.start
            if person.kind != "person" or person.role or k < 3 or p.words[k - 1] != ",":
                continue
            role = p.words[k - 2]
            owner = [r for r in refs if r.end == k - 3 and p.words[k - 3] in ("'s", "'")]
            if role in lexicon.role_heads() and owner:
                person.role = role
                person.affiliation = entities[owner[0].entity].name
                person.voice = speaks_for(role)


def _proposal_before(p: Parsed, k: int) -> bool:
    """ "The plan ... arguing it would": a proposal noun before "it" is what "it" means."""
    nouns = lexicon.proposal_nouns()
    return any(w in nouns for w in p.words[max(0, k - 12) : k])


def _description_keys(entity: Entity) -> set[tuple[str, str]]:
    """What descriptions can mean `entity` by name or role, for the `Recency` index.

    ("name", "company") for an organisation called "... Company"; ("role", "governor")
    for a person whose role holds "governor" (as `_description` tests them).
    """
    keys = set()
    for word in fold(entity.name).split():
        if DESCRIPTIONS.get(word) == entity.kind:
            keys.add(("name", word))
    if entity.kind == "person" and entity.role:
        role = entity.role.lower()
        keys |= {("role", word) for word in ROLE_WORDS if word in role}
    return keys


def _last_named(refs_by_sent, entities, sent, k, kind, want, last) -> int | None:
    """`_recent` back to the article's start, the sentence to look in found by the index.

    This sentence first (before word k), then the last earlier one of the article
    that names an actor of the description's key: the nearest with any candidate.
    """
    found = _recent(refs_by_sent, entities, sent, k, {kind}, want, reach=1)
    if found is None and last is not None:
        found = _subject(_candidates(refs_by_sent[last], entities, {kind}, want, None))
    return found


def _description(refs_by_sent, entities, sent, k, word, article_of, recency) -> int | None:
    """ "the company" → the last organisation; "the governor" → the last governor."""
    if word in DESCRIPTIONS:
        kind = DESCRIPTIONS[word]
        named = _last_named(
            refs_by_sent,
            entities,
            sent,
            k,
            kind,
            lambda e: word in fold(e.name).split(),
            recency.last(("name", word)),
        )
        if named is not None:
            return named
        if word in BODY_DESCRIPTIONS:
            # "League commissioner Ana Ruiz said the league ...": the speaker's body
            for r in refs_by_sent[sent]:
                aff = entities[r.entity].affiliation
                if r.start < k and entities[r.entity].kind == "person" and aff:
                    for e in entities:
                        if fold(e.name) == fold(aff) or e.acronym == aff:
                            return e.id
            return _recent(refs_by_sent, entities, sent, k, {kind}, None, article_of)
        return None
    if word in ROLE_WORDS:
        return _last_named(
            refs_by_sent,
            entities,
            sent,
            k,
            "person",
            lambda e: bool(e.role) and word in e.role.lower(),
            recency.last(("role", word)),
        )
    return None


def _merge_surnames(entities: list[Entity]) -> None:
    """Point a lone surname seen before the full name at the person (kept as alias)."""
    for entity in entities:
        if entity.kind == "person" and len(entity.name.split()) > 1:
            for alias in list(entity.aliases):
                if alias == entity.surname:
                    entity.aliases.add(alias)
