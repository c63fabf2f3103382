"""Actor mentions in one sentence: people, organisations, countries and groups.

A mention is found from the shape of the text, never from a list of names:
- a title or role before capitalised words is a person ("French President Emmanuel
  Macron": role President, affiliation France, name Emmanuel Macron);
- capitalised words with an organisation word are an organisation ("the Law Society
  of Kenya"), as are acronyms ("NATO") and names that an appositive calls a company,
  campaign or group ("Tempe Wins, the pro-district campaign");
- a country's name is a country; its adjective before a body is that country's body
  ("Chinese officials");
- a plural collective noun with its modifiers is a group ("local residents").
Pronouns and "the company"-style references are resolved later, in `actors`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.analyse import lexicon
from briefgen.analyse.sentences import Parsed

CONNECTORS = frozenset("of for de du des von van der den la le al el bin y & on".split())
# Small words inside longer names: "Group for a Switzerland without an Army".
NAME_LINKS = frozenset(
    "without with against for of and the für eine ein einer ohne und der die das des del di "
    "da et".split()
)
FOREIGN_LINKS = frozenset("für eine ein einer ohne und der die das del di da et".split())
MODIFIERS = frozenset("former then acting interim state deputy senior vice assistant chief".split())
# Nouns an appositive uses for an organisation or a place ("X, the pro-district campaign").
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
BODY_NOUNS = frozenset(
    "government authorities officials ministry parliament mps lawmakers army military "
    "administration embassy delegation leaders diplomats regulators court cabinet senate "
    "congress police navy air force foreign ministry legislature coalition opposition "
    "party campaign team".split()
)
_ACRONYM = re.compile(r"^(?:[A-Z][A-Za-z]?[A-Z][A-Z]*|[A-Z]{2,}(?:/[A-Z]{2,})+|(?:[A-Z]\.){2,})$")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
_AGE = re.compile(r"^\d{1,3}$")
_DESIGNATOR = re.compile(r"^[A-Z]-[A-Z]")


@dataclass
class Mention:
    """A stretch of one sentence that names an actor."""

    sent: int  # position of the sentence in the story's parsed list
    start: int  # first token (titles and affiliation included)
    end: int  # one past the last token
    name: str  # the name without titles: "Emmanuel Macron"
    kind: str  # person, organisation, country, group
    role: str | None = None
    affiliation: str | None = None
    voice: bool = False  # the role speaks for the affiliation (spokesperson, CEO)
    quoted: bool = False
    possessor: str | None = None  # "Meloni" in "Meloni's government"
    acronym: str | None = None  # "LSK" in "the Law Society of Kenya (LSK)"
    entity: int = -1  # set when mentions are linked into actors
    surface: str = ""  # the words as written, titles included
    modifier: bool = False  # only names a body inside another mention ("NATO" in "NATO chief X")

    @property
    def key(self) -> str:
        return fold(self.name)


def fold(name: str) -> str:
    """Lower case, curly apostrophes straightened, "the" dropped: a name's lookup key."""
    name = name.lower().replace("’", "'").strip()
    return name[4:] if name.startswith("the ") else name


def is_acronym(text: str) -> bool:
    return bool(_ACRONYM.match(text)) and text.upper() not in {"I", "A"}


class Vocabulary:
    """What the whole story tells about words: which ones also occur in lower case."""

    def __init__(self, sentences: list[Parsed]) -> None:
        self.lower: set[str] = set()
        for parsed in sentences:
            for k, token in enumerate(parsed.tokens):
                if k > 0 and token.text[:1].islower():
                    self.lower.add(token.lower)

    def common(self, token_lower: str) -> bool:
        """A word the story also writes in lower case, so a capital is only position."""
        return token_lower in self.lower or token_lower in lexicon.stopwords()


def _nameish(parsed: Parsed, k: int, vocab: Vocabulary) -> bool:
    token = parsed.tokens[k]
    if not token.cap:
        return bool(_ORDINAL.match(token.text)) and k > 0 and parsed.tokens[k - 1].cap
    if token.lower in lexicon.stopwords() and not is_acronym(token.text):
        return False
    if _DESIGNATOR.match(token.text) or _is_label(token.lower):
        return False  # "D-San Francisco" is a party and a district; "Critics" a label
    nxt = parsed.words[k + 1] if k + 1 < len(parsed.words) else ""
    if (
        k == 0
        and not is_acronym(token.text)
        and (
            vocab.common(token.lower)
            or token.lower in lexicon.group_nouns()
            or token.lower.endswith("ing")
            or (token.lower.endswith("ly") and nxt == ",")
        )
    ):
        return False
    return True


def _is_cue_word(word: str) -> bool:
    """A word that starts a stance, speech or outcome phrase ("cost" is not a modifier)."""
    return any(
        word in index.by_first
        for index in (lexicon.stance_cues(), lexicon.speech_verbs(), lexicon.outcome_cues())
    )


def _is_label(word: str) -> bool:
    """A stance label such as "critics" or "supporters" (never a name)."""
    entry = lexicon.stance_cues().at([word], 0)
    return entry is not None and entry.label == "label"


def _joins_name(parsed: Parsed, start: int, k: int) -> bool:
    """Whether the small word at k joins two parts of one name.

    "University of Utah" and "Group for a Switzerland without an Army" (after an
    organisation word), "Switzerland Without an Army" (a capitalised small word).
    """
    word = parsed.words[k]
    if parsed.tokens[k].cap and word in NAME_LINKS:
        return True
    if word not in CONNECTORS and word not in NAME_LINKS:
        return False
    return (
        word == "of"
        or word in FOREIGN_LINKS
        or any(parsed.tokens[j].text in lexicon.org_words() for j in range(start, k))
    )


def _cap_runs(parsed: Parsed, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Maximal runs of name-like tokens, joined by "of", "for", "de" and the like."""
    runs = []
    n = len(parsed.tokens)
    k = 0
    while k < n:
        if not _nameish(parsed, k, vocab):
            k += 1
            continue
        start = k
        k += 1
        while k < n:
            if _nameish(parsed, k, vocab):
                k += 1
                continue
            if not _joins_name(parsed, start, k) or k + 1 >= n:
                break
            step = 1
            while (
                k + step < n
                and step < 3
                and (
                    parsed.words[k + step] in ("the", "a", "an")
                    or parsed.words[k + step] in FOREIGN_LINKS
                )
            ):
                step += 1  # "Gruppe für eine Schweiz", "Group for a Switzerland"
            if k + step < n and _nameish(parsed, k + step, vocab):
                k += step + 1
            else:
                break
        runs.append((start, k))
    return runs


def _role_at(words: list[str], k: int, end: int) -> tuple[int, lexicon.Role] | None:
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


def _affiliation(text: str) -> str:
    country = lexicon.countries().get(text)
    return country.name if country else text


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
        return "organisation"  # a place: "Sioux Falls", "in Fort Pierre"
    if len(tokens) in (2, 3) and all(t.text[:1].isupper() for t in tokens):
        return "person"
    return "organisation"


def _appositive(parsed: Parsed, end: int) -> tuple[str | None, str | None, str | None]:
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
    # "the vice-president of the Alberta Bicycle Association", "head of policy at X"
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


def _name_end(parsed: Parsed, start: int) -> int:
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


def _person_mentions(
    parsed: Parsed, sent: int, vocab: Vocabulary, taken: list[bool]
) -> list[Mention]:
    """People introduced by a title or role: "Sen. Doug Ericksen", "spokesperson Ryan Duffy"."""
    words, tokens, n = parsed.words, parsed.tokens, len(parsed.tokens)
    found = []
    k = 0
    while k < n:
        hit = _role_at(words, k, n)
        if not hit:
            k += 1
            continue
        size, role = hit
        name_start = k + size
        # "Minister of Defense Viola Amherd": the role takes "of X" when a name follows
        if name_start + 3 < n and words[name_start] == "of" and tokens[name_start + 1].cap:
            j = name_start + 1
            while j < n and tokens[j].cap:
                j += 1
            if j - (name_start + 1) >= 3:
                size = j - 2 - k
                name_start = j - 2
        name_end = _name_end(parsed, name_start)
        if name_end == name_start:
            k += 1
            continue
        # Modifiers and further roles before this one: "former", "president and CEO"
        start = k
        while start > 0:
            word = words[start - 1]
            if word in MODIFIERS or (
                word == "and" and start >= 2 and _role_at(words, start - 2, start - 1)
            ):
                start -= 1
            elif not tokens[start - 1].cap and _role_at(words, start - 1, start):
                start -= 1
            else:
                break
        # An affiliation before the role: "French", "NATO", "Otero County Commission"
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
        affiliation = _affiliation(parsed.span(aff_start, start)) if aff_start < start else None
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


def _group_mentions(
    parsed: Parsed, sent: int, taken: list[bool], vocab: Vocabulary
) -> list[Mention]:
    """Collectives: "local residents", "activists and agricultural pressure groups"."""
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
        # "residents and businesses", "activists and agricultural pressure groups"
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
                # "South Dakota regulators", "Coalition senators": a named body's members
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
                or _is_cue_word(word)
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
            found.append(
                Mention(sent, start, end, name, "group", quoted=parsed.quoted[k], surface=name)
            )
        else:
            # "Tempe's current and former mayors": the owner is part of the name
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


def _run_mentions(parsed: Parsed, sent: int, vocab: Vocabulary, taken: list[bool]) -> list[Mention]:
    """Capitalised runs not already taken by a titled person."""
    found = []
    words = parsed.words
    for start, end in _cap_runs(parsed, vocab):
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
        hit = _role_at(words, start, end)
        if hit and start + hit[0] < end and words[start + hit[0]] in ("of", "at", "for"):
            start += hit[0] + 1  # "Executive Director of Carbon Washington": the body
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
            start += 1  # "Neutral Switzerland": a sentence-initial adjective
        text = parsed.span(start, end)
        nxt = words[end] if end < len(words) else ""
        if words[end - 1] in lexicon.proposal_nouns() | {"act"} and end - start > 1:
            continue  # "the Draft Law", "the Influx Limitation Law": a text, not an actor
        if (
            end - start == 1
            and not is_acronym(text)
            and text not in lexicon.country_adjectives()
            and (nxt in lexicon.role_heads() or nxt in lexicon.group_nouns() or nxt in BODY_NOUNS)
            and not (end < len(parsed.tokens) and parsed.tokens[end].cap)
        ):
            continue  # "a Republican senator", "the Democratic governor": an adjective
        # "Chinese officials", "Albanian authorities": a country's body
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
        app_kind, role, affiliation = _appositive(parsed, end)
        if app_kind:
            kind = app_kind if kind != "country" else kind
        if kind == "person" and len(words[start:end]) == 1 and not app_kind:
            kind = "organisation"
        if end - start == 1 and kind == "organisation" and text.endswith("ans") and not app_kind:
            kind = "group"  # "Parisians", "Albanians": the people of a place
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
        # "Italy's right-wing government": the body of a possessor
        found.append(
            Mention(
                sent,
                start,
                end,
                name,
                kind,
                voice=speaks_for(role),
                role=role,
                affiliation=_affiliation(affiliation) if affiliation else None,
                quoted=parsed.quoted[start],
                acronym=acronym,
                surface=text,
            )
        )
        for t in range(start, end):
            taken[t] = True
    return found


def _possessive_bodies(
    parsed: Parsed, sent: int, mentions: list[Mention], taken: list[bool]
) -> list[Mention]:
    """ "Italy's right-wing government", "Ruto's government": a body named by its owner."""
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
            # "Italy's government, led by Giorgia Meloni,": the leader owns its acts
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


def _generic_bodies(parsed: Parsed, sent: int, taken: list[bool]) -> list[Mention]:
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


def find_mentions(parsed: Parsed, sent: int, vocab: Vocabulary) -> list[Mention]:
    """Every actor mention in one sentence, left to right."""
    taken = [False] * len(parsed.tokens)
    mentions = _person_mentions(parsed, sent, vocab, taken)
    mentions += _generic_bodies(parsed, sent, taken)
    mentions += _group_mentions(parsed, sent, taken, vocab)
    mentions += _run_mentions(parsed, sent, vocab, taken)
    mentions += _possessive_bodies(parsed, sent, mentions, taken)
    mentions.sort(key=lambda m: (m.start, -m.end))
    return mentions
