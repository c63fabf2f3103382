"""People named with a title or role, and what an appositive says about a name.

"French President Emmanuel Macron": role President, affiliation France;
"spokesperson Eva Stone"; "Ana Ruiz, the vice-president of the Riverside Cycling
Association,": role and body from the appositive. A role that speaks for its body (a
spokesperson, a chief executive) is marked, so that their stance can pass to it.
"""

from __future__ import annotations

import re

from briefgen.analyse import lexicon
from briefgen.analyse.names import CONNECTORS, Mention, Vocabulary, is_acronym
from briefgen.analyse.sentences import Parsed

MODIFIERS = frozenset("former then acting interim state deputy senior vice assistant chief".split())
# Nouns an appositive uses for an organisation or a place ("X, the pro-depot campaign").


# Nouns an appositive uses for an organisation or a place ("X, the pro-depot campaign").
ORG_APPOSITIVES = frozenset(
    "campaign group company firm corporation association committee party organisation "
    "organization coalition union agency ngo charity team club league body lobby "
    "institute council commission board network alliance movement utility operator "
    "developer manufacturer maker producer insurer bank fund bloc".split()
)


PLACE_APPOSITIVES = frozenset(
    "suburb city town village county state province region district municipality "
    "country nation capital prefecture island".split()
)


_AGE = re.compile(r"^\d{1,3}$")


def role_at(words: list[str], k: int, end: int) -> tuple[int, lexicon.Role] | None:
    """The longest role phrase starting at token k (ending before `end`)."""
    table = lexicon.roles()
    for size in (4, 3, 2, 1):
        if k + size <= end:
            role = table.get(tuple(words[k : k + size]))
            if role:
                return size, role
    return None


def speaks_for(role: str | None) -> bool:
    """Whether a role speaks for its body: "the vice-president of X", "spokesperson"."""
    if not role:
        return False
    head = re.split(r"\s+(?:of|at|for)\s+", role.lower())[0].split()
    return bool(head) and any(
        r.cls == "voice" for w, r in lexicon.roles().items() if w[-1] == head[-1]
    )


def affiliation_of(text: str) -> str:
    country = lexicon.countries().get(text)
    return country.name if country else text


def appositive_of(parsed: Parsed, end: int) -> tuple[str | None, str | None, str | None]:
    """What ", the vice-president of the X," after a name says: (kind, role, affiliation)."""
    words, n = parsed.words, len(parsed.words)
    if end >= n:
        return None, None, None
    if words[end] == "(" and end + 2 < n and _AGE.match(words[end + 1]) and words[end + 2] == ")":
        return "person", None, None
    if words[end] != ",":
        return None, None, None
    k = end + 1
    if k < n and words[k] in ("a", "an", "the"):
        k += 1
    stop = k
    while stop < n and words[stop] not in (",", ".", ";", "(", ")", "—", "–") and stop - k < 14:
        stop += 1
    phrase = words[k:stop]
    if not phrase:
        return None, None, None
    # "the vice-president of the Riverside Cycling Association", "head of policy at X"
    for j, word in enumerate(phrase):
        if word in ("of", "at", "for", "with") and j > 0:
            if word == "of" and "at" in phrase[j:] and not parsed.tokens[min(k + j + 1, n - 1)].cap:
                continue  # "head of policy at the X": the body follows "at"
            head = phrase[j - 1]
            role_words = tuple(phrase[:j])
            if (
                head in lexicon.role_heads()
                or role_words in lexicon.roles()
                or head in ("member", "head")
            ):
                aff_start = k + j + 1
                if aff_start < n and words[aff_start] == "the":
                    aff_start += 1
                aff_end = aff_start
                while aff_end < stop and (
                    parsed.tokens[aff_end].cap or words[aff_end] in CONNECTORS
                ):
                    aff_end += 1
                affiliation = parsed.span(aff_start, aff_end) or None
                role = parsed.span(k, k + j)
                return "person", role, affiliation
            break
    head = phrase[-1] if phrase else ""
    first = phrase[0]
    if (
        first in ORG_APPOSITIVES
        or head in ORG_APPOSITIVES
        or any(w in ORG_APPOSITIVES for w in phrase[:4])
    ):
        return "organisation", None, None
    if head in PLACE_APPOSITIVES or first in PLACE_APPOSITIVES:
        return "organisation", None, None
    if head in lexicon.role_heads() or tuple(phrase) in lexicon.roles():
        aff = None
        caps = [t.text for t in parsed.tokens[k:stop] if t.cap]
        if caps:
            aff = " ".join(caps)
        return "person", parsed.span(k, stop), aff
    return None, None, None


NAME_PARTICLES = frozenset("van de von der al bin da di le la du".split())


def end_of_name(parsed: Parsed, start: int) -> int:
    """One past the capitalised words of a name starting at `start` (at most four)."""
    tokens, words = parsed.tokens, parsed.words
    end = start
    while end < len(tokens) and end - start < 4:
        token = tokens[end]
        if (
            token.cap
            and token.text not in lexicon.org_words()
            and words[end] not in lexicon.stopwords()
            and token.text not in lexicon.countries()
            and not is_acronym(token.text)
        ):
            end += 1
        elif (
            end > start
            and words[end] in NAME_PARTICLES
            and end + 1 < len(tokens)
            and tokens[end + 1].cap
        ):
            end += 1
        else:
            break
    return end


def person_mentions(
    parsed: Parsed, sent: int, vocab: Vocabulary, taken: list[bool]
) -> list[Mention]:
    """People introduced by a title or role: "Sen. Tom Reyes", "spokesperson Eva Stone"."""
    words, tokens, n = parsed.words, parsed.tokens, len(parsed.tokens)
    found = []
    k = 0
    while k < n:
        hit = role_at(words, k, n)
        if not hit:
            k += 1
            continue
        size, role = hit
        name_start = k + size
        # "Minister of Defense Rosa Vidal": the role takes "of X" when a name follows
        if name_start + 3 < n and words[name_start] == "of" and tokens[name_start + 1].cap:
            j = name_start + 1
            while j < n and tokens[j].cap:
                j += 1
            if j - (name_start + 1) >= 3:
                size = j - 2 - k
                name_start = j - 2
        name_end = end_of_name(parsed, name_start)
        if name_end == name_start:
            k += 1
            continue
        # Modifiers and further roles before this one: "former", "president and CEO"
        start = k
        while start > 0:
            word = words[start - 1]
            if word in MODIFIERS or (
                word == "and" and start >= 2 and role_at(words, start - 2, start - 1)
            ):
                start -= 1
            elif not tokens[start - 1].cap and role_at(words, start - 1, start):
                start -= 1
            else:
                break
        # An affiliation before the role: "French", "NATO", "Riverton County Commission"
        aff_start = start
        while (
            aff_start > 0
            and words[aff_start - 1] not in lexicon.stopwords()
            and (
                tokens[aff_start - 1].cap
                or (
                    words[aff_start - 1] in CONNECTORS
                    and aff_start >= 2
                    and tokens[aff_start - 2].cap
                )
            )
        ):
            aff_start -= 1
        if aff_start == 0 and aff_start < start and vocab.common(words[0]):
            aff_start = 1
        affiliation = affiliation_of(parsed.span(aff_start, start)) if aff_start < start else None
        role_text = None
        if role.cls != "honorific":
            written = parsed.span(k, k + size)
            full = role.full if "." in written else written
            role_text = (parsed.span(start, k) + " " + full).strip() if start < k else full
        found.append(
            Mention(
                sent,
                aff_start,
                name_end,
                parsed.span(name_start, name_end),
                "person",
                role=role_text,
                affiliation=affiliation,
                voice=role.cls == "voice",
                quoted=parsed.quoted[name_start],
                surface=parsed.span(aff_start, name_end),
            )
        )
        if (
            aff_start < start
            and affiliation
            and parsed.span(aff_start, start) not in lexicon.country_adjectives()
        ):
            found.append(
                Mention(
                    sent,
                    aff_start,
                    start,
                    affiliation,
                    "country" if affiliation in lexicon.countries() else "organisation",
                    quoted=parsed.quoted[aff_start],
                    surface=parsed.span(aff_start, start),
                    modifier=True,
                )
            )
        for j in range(aff_start, name_end):
            taken[j] = True
        k = name_end
    return found
