"""Actor mentions in one sentence: people, organisations, countries and groups.

A mention is found from the shape of the text, never from a list of names:
- a title or role before capitalised words is a person ("French President Emmanuel
  Macron": role President, affiliation France, name Emmanuel Macron);
- capitalised words with an organisation word are an organisation ("the Bar Council
  of Peru"), as are acronyms ("NATO") and names that an appositive calls a company,
  campaign or group ("Riverton Yes, the pro-depot campaign");
- a country's name is a country; its adjective before a body is that country's body
  ("Chinese officials");
- a plural collective noun with its modifiers is a group ("local residents").
Pronouns and "the company"-style references are resolved later, in `actors`.
"""

from __future__ import annotations

from briefgen.analyse import lexicon
from briefgen.analyse.groups import (
    BODY_NOUNS,
    generic_bodies,
    group_mentions,
    possessive_bodies,
)
from briefgen.analyse.names import (  # noqa: F401  (re-exported: the mention API)
    CONNECTORS,
    Mention,
    Vocabulary,
    cap_runs,
    fold,
    is_acronym,
)
from briefgen.analyse.people import (
    affiliation_of,
    appositive_of,
    person_mentions,
    role_at,
    speaks_for,
)
from briefgen.analyse.sentences import Parsed


def _kind_of(parsed: Parsed, start: int, end: int) -> str:
    """Organisation or person for a capitalised run without a title."""
    tokens = parsed.tokens[start:end]
    texts = [t.text for t in tokens]
    name = parsed.span(start, end)
    if name in lexicon.countries() and lexicon.countries()[name].name == name:
        return "country"
    if name in lexicon.countries() and name not in lexicon.country_adjectives():
        return "country"
    if any(t in lexicon.org_words() for t in texts) or any(is_acronym(t) for t in texts):
        return "organisation"
    if any(w in CONNECTORS for w in parsed.words[start:end]) or any(c.isdigit() for c in name):
        return "organisation"
    if start > 0 and parsed.words[start - 1] == "the":
        return "organisation"
    if any(t in lexicon.place_words() for t in texts) or (
        start > 0 and parsed.words[start - 1] in ("in", "at", "near")
    ):
        return "organisation"  # a place: "Cedar Falls", "in Fort Hale"
    if len(tokens) in (2, 3) and all(t.text[:1].isupper() for t in tokens):
        return "person"
    return "organisation"


def _run_mentions(parsed: Parsed, sent: int, vocab: Vocabulary, taken: list[bool]) -> list[Mention]:
    """Capitalised runs not already taken by a titled person."""
    found = []
    words = parsed.words
    for start, end in cap_runs(parsed, vocab):
        while start < end and taken[start]:
            start += 1
        stop = start
        while stop < end and not taken[stop]:
            stop += 1
        end = stop
        if start >= end:
            continue
        # leading and trailing words that are not part of a name
        while (
            start < end
            and words[start] in lexicon.stopwords()
            and not is_acronym(parsed.tokens[start].text)
        ):
            start += 1
        while end > start and (
            words[end - 1] in lexicon.stopwords() or words[end - 1] in CONNECTORS
        ):
            end -= 1
        if start >= end:
            continue
        if end - start == 1 and words[start] in lexicon.proposal_nouns() | {"act"}:
            continue  # "The Bill", "the Act": the proposal itself, not an actor
        hit = role_at(words, start, end)
        if hit and start + hit[0] < end and words[start + hit[0]] in ("of", "at", "for"):
            start += hit[0] + 1  # "Executive Director of Clean Air Now": the body
            if start < end and words[start] == "the":
                start += 1
        if start >= end:
            continue
        countries = lexicon.countries()
        tail = parsed.span(start + 1, end)
        if (
            start == 0
            and end - start >= 2
            and tail in countries
            and tail not in lexicon.country_adjectives()
        ):
            start += 1  # "Neutral Austria": a sentence-initial adjective
        text = parsed.span(start, end)
        nxt = words[end] if end < len(words) else ""
        if words[end - 1] in lexicon.proposal_nouns() | {"act"} and end - start > 1:
            continue  # "the Draft Law", "the Clean Rivers Act": a text, not an actor
        if (
            end - start == 1
            and not is_acronym(text)
            and text not in lexicon.country_adjectives()
            and (nxt in lexicon.role_heads() or nxt in lexicon.group_nouns() or nxt in BODY_NOUNS)
            and not (end < len(parsed.tokens) and parsed.tokens[end].cap)
        ):
            continue  # "a Republican senator", "the Democratic governor": an adjective
        # "Chinese officials", "Chilean authorities": a country's body
        if text in lexicon.country_adjectives() and end < len(words):
            j = end
            while (
                j < len(words)
                and j - end < 2
                and words[j] not in BODY_NOUNS
                and words[j].isalpha()
                and not parsed.tokens[j].cap
            ):
                j += 1
            if j < len(words) and words[j] in BODY_NOUNS:
                name = parsed.span(start, j + 1)
                found.append(
                    Mention(
                        sent,
                        start,
                        j + 1,
                        name,
                        "organisation",
                        affiliation=countries[text].name,
                        quoted=parsed.quoted[start],
                        surface=name,
                    )
                )
                for t in range(start, j + 1):
                    taken[t] = True
            continue
        kind = _kind_of(parsed, start, end)
        app_kind, role, affiliation = appositive_of(parsed, end)
        if app_kind:
            kind = app_kind if kind != "country" else kind
        if kind == "person" and len(words[start:end]) == 1 and not app_kind:
            kind = "organisation"
        if end - start == 1 and kind == "organisation" and text.endswith("ans") and not app_kind:
            kind = "group"  # "Romans", "Chileans": the people of a place
        acronym = None
        if (
            end + 2 < len(words)
            and words[end] == "("
            and is_acronym(parsed.tokens[end + 1].text)
            and words[end + 2] == ")"
        ):
            acronym = parsed.tokens[end + 1].text
        name = text
        if kind == "country" and text in countries:
            name = countries[text].name
        # "Peru's new government": the body of a possessor
        found.append(
            Mention(
                sent,
                start,
                end,
                name,
                kind,
                voice=speaks_for(role),
                role=role,
                affiliation=affiliation_of(affiliation) if affiliation else None,
                quoted=parsed.quoted[start],
                acronym=acronym,
                surface=text,
            )
        )
        for t in range(start, end):
            taken[t] = True
    return found


def find_mentions(parsed: Parsed, sent: int, vocab: Vocabulary) -> list[Mention]:
    """Every actor mention in one sentence, left to right."""
    taken = [False] * len(parsed.tokens)
    mentions = person_mentions(parsed, sent, vocab, taken)
    mentions += generic_bodies(parsed, sent, taken)
    mentions += group_mentions(parsed, sent, taken, vocab)
    mentions += _run_mentions(parsed, sent, vocab, taken)
    mentions += possessive_bodies(parsed, sent, mentions, taken)
    mentions.sort(key=lambda m: (m.start, -m.end))
    return mentions
