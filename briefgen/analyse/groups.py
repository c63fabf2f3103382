"""Collective actors and bodies named by what they are.

"local residents", "activists and student groups", "Ohio
regulators" (groups); "the government", "the central government" (bodies named only
by their kind); "Peru's new government", "Lima's government" (a body named by
its owner, who shares what it does).
"""

from __future__ import annotations

from briefgen.analyse import lexicon
from briefgen.analyse.names import Mention, Vocabulary, is_cue_word
from briefgen.analyse.sentences import Parsed

BODY_NOUNS = frozenset(
    "government authorities officials ministry parliament mps lawmakers army military "
    "administration embassy delegation leaders diplomats regulators court cabinet senate "
    "congress police navy air force foreign ministry legislature coalition opposition "
    "party campaign team".split()
)


def group_mentions(
    parsed: Parsed, sent: int, taken: list[bool], vocab: Vocabulary
) -> list[Mention]:
    """Collectives: "local residents", "students and youth groups"."""
    words, tokens, n = parsed.words, parsed.tokens, len(parsed.tokens)
    groups = lexicon.group_nouns()
    found = []
    k = 0
    while k < n:
        if (
            taken[k]
            or words[k] not in groups
            or (
                k > 0
                and tokens[k].cap
                and not tokens[k].text.isupper()
                and (tokens[k - 1].cap or (k + 1 < n and tokens[k + 1].cap))
            )
        ):
            k += 1
            continue  # "Tenants" in "Riverside Tenants Union" is part of a name
        end = k + 1
        # "residents and businesses", "students and youth groups"
        while end + 1 < n and words[end] == "and":
            j = end + 1
            while (
                j < n
                and j - end <= 3
                and words[j] not in groups
                and words[j].isalpha()
                and words[j] not in lexicon.stopwords()
            ):
                j += 1
            if j < n and words[j] in groups and not taken[j]:
                end = j + 1
            else:
                break
        start = k
        for size in (2, 1):
            # a listed phrase: "opposition parties", "rights groups"
            if (
                k - size >= 0
                and " ".join(words[k - size : k + 1]) in groups
                and not any(taken[k - size : k])
            ):
                start = k - size
                break
        while start > 0 and k - start < 3:
            prev = tokens[start - 1]
            word = words[start - 1]
            if (
                taken[start - 1]
                or word in lexicon.stopwords()
                or not (word.isalpha() or "-" in word or word.isdigit())
            ):
                if (
                    word in ("and",)
                    and start - 2 >= 0
                    and words[start - 2].isalpha()
                    and words[start - 2] not in lexicon.stopwords()
                ):
                    start -= 1
                    continue
                break
            if prev.cap and prev.text not in lexicon.country_adjectives():
                # "Ohio regulators", "Labour senators": a named body's members
                j = start - 1
                while (
                    j > 0
                    and tokens[j - 1].cap
                    and words[j - 1] not in lexicon.stopwords()
                    and not taken[j - 1]
                ):
                    j -= 1
                if (
                    (j > 0 or not vocab.common(words[0]))
                    and start - j <= 3
                    and words[j] not in lexicon.stopwords()
                ):
                    start = j
                break
            if (
                word.endswith(("ly", "ed", "ing"))
                or word in lexicon.group_nouns()
                or is_cue_word(word)
            ):
                break
            start -= 1
        while start < k and words[start] in ("and", "many", "some", "most", "all"):
            start += 1
        name = parsed.span(start, end)
        if start == k and end == k + 1 and words[k] in TOO_GENERIC:
            k = end
            continue  # "speakers", "people": no one in particular
        if start == 0 or words[start - 1] not in ("'s",):
            country = lexicon.countries().get(tokens[start].text)
            found.append(
                Mention(
                    sent,
                    start,
                    end,
                    name,
                    "group",
                    quoted=parsed.quoted[k],
                    surface=name,
                    affiliation=country.name if country else None,  # "Chilean officials"
                )
            )
        else:
            # "Riverton's past and present mayors": the owner is part of the name
            owner = start - 2
            while owner > 0 and tokens[owner - 1].cap:
                owner -= 1
            if owner >= 0 and tokens[owner].cap:
                name = parsed.span(owner, end)
                start = owner
            found.append(
                Mention(sent, start, end, name, "group", quoted=parsed.quoted[k], surface=name)
            )
        for j in range(start, end):
            taken[j] = True
        k = end
    return found


def possessive_bodies(
    parsed: Parsed, sent: int, mentions: list[Mention], taken: list[bool]
) -> list[Mention]:
    """ "Peru's new government", "Lima's government": a body named by its owner."""
    words = parsed.words
    found = []
    for m in mentions:
        if m.kind == "group" or m.end + 1 >= len(words) or words[m.end] != "'s":
            continue
        j = m.end + 1
        while (
            j < len(words)
            and j - m.end <= 3
            and words[j] not in BODY_NOUNS
            and words[j].replace("-", "").isalpha()
            and not parsed.tokens[j].cap
        ):
            j += 1
        if j < len(words) and words[j] in BODY_NOUNS and not taken[j]:
            name = parsed.span(m.start if m.kind != "person" else m.start, j + 1)
            owner = m.name
            # "Peru's government, led by Rosa Vidal,": the leader owns its acts
            led = j + 1
            if words[led : led + 3] == [",", "led", "by"]:
                leader = next(
                    (x for x in mentions if x.start == led + 3 and x.kind == "person"), None
                )
                owner = leader.name if leader else owner
            found.append(
                Mention(
                    sent,
                    m.start,
                    j + 1,
                    name,
                    "organisation",
                    affiliation=m.name,
                    quoted=m.quoted,
                    possessor=owner,
                    surface=name,
                )
            )
            taken[j] = True
    return found


GENERIC_BODIES = frozenset(
    "government administration opposition coalition legislature parliament cabinet "
    "crossbench".split()
)


def generic_bodies(parsed: Parsed, sent: int, taken: list[bool]) -> list[Mention]:
    """ "the government", "the central government": a body named only by what it is."""
    found = []
    for k, word in enumerate(parsed.words):
        if word not in GENERIC_BODIES or taken[k] or k == 0:
            continue
        start = k - 1
        if parsed.words[start] in BODY_ADJECTIVES and start > 0:
            start -= 1
        if parsed.words[start] == "the" and not any(taken[start:k]):
            name = parsed.span(start, k + 1)
            found.append(
                Mention(
                    sent, start, k + 1, name, "organisation", quoted=parsed.quoted[k], surface=name
                )
            )
            for j in range(start, k + 1):
                taken[j] = True
    return found


TOO_GENERIC = frozenset("speakers people members others participants attendees users".split())


BODY_ADJECTIVES = frozenset(
    "central federal national state local regional provincial ruling new current previous "
    "main official".split()
)
