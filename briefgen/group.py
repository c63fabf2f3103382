"""group: `Article`s → `Story`s, one story per proposal.

Two articles are about the same proposal when they share what is proposed: the
terms that are rare in the batch and heavy in each article (TF-IDF over words and
two-word phrases, the headline and lead counted extra), and were published within
a time window of each other. Who is named does not count: people's names are left
out, so two plans of one minister stay two stories. Stories are formed by
average-linkage clustering: the two closest groups merge while their mean
similarity clears `THRESHOLD`, so one loosely related article cannot chain two
stories together. Plain Python, no model, no randomness: the same articles always
give the same stories, in input order.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import heapq
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources

from briefgen.model import Article, Story

THRESHOLD = 0.18
"""Mean similarity two groups need to merge. On the dev set every threshold from 0.16
to 0.22 groups all 56 articles right; tuned on four folds of its stories, the fifth's
choice was 0.16, 0.18 or 0.22 (`python benchmarks/grouping.py --folds 5`)."""
WINDOW_DAYS = 730
"""Articles further apart than this are never one story. Proposals run for years
(a permit denied twice, 19 months apart, is one story in the dev set)."""
TITLE_WEIGHT = 3
"""A headline term counts as this many body terms: headlines name the proposal."""
LEAD_WEIGHT = 2
"""A term in the first `LEAD_SENTENCES` sentences counts as this many: the lead says
what is proposed, the rest of a report adds reactions and background."""
LEAD_SENTENCES = 2
KEY_TERMS = 40
"""An article is compared on its this many heaviest terms (TF-IDF): its subject."""

_TOKEN = re.compile(r"[^\W\d_][\w'’]*[^\W_]|[^\W\d_]|[^\w\s'’-]")
"""A word, or a mark that breaks a phrase; a hyphen joins the parts of a compound as
a phrase ("super-casinos" gives "super", "casino" and "super casino")."""
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)+")
_POSSESSIVE = re.compile(r"['’]s$")


def _data_words(name: str) -> list[str]:
    """The words of a data file in `briefgen/data/`, comment lines left out."""
    text = resources.files("briefgen").joinpath(f"data/{name}").read_text("utf-8")
    return [word for line in text.splitlines() if not line.startswith("#") for word in line.split()]


@functools.cache
def stopwords() -> frozenset[str]:
    """Words that carry no subject (from `data/grouping_stopwords.txt`)."""
    return frozenset(_data_words("grouping_stopwords.txt"))


@functools.cache
def _honorific() -> re.Pattern[str]:
    """A title (`data/honorifics.txt`) and the capitalised name after it, captured."""
    titles = "|".join(sorted(map(re.escape, _data_words("honorifics.txt"))))
    return re.compile(rf"\b(?:{titles})\.? ((?:[A-Z][\w'’-]+ )*[A-Z][\w'’-]+)")


@functools.lru_cache(maxsize=1 << 14)
def _name_words(name: str) -> frozenset[str]:
    """The words of a name, lower case: "Kilroy-Silk's" gives "kilroy" and "silk"."""
    return frozenset(w for w in re.split(r"[\s-]+", _POSSESSIVE.sub("", name).lower()) if w)


def people(article: Article) -> frozenset[str]:
    """Lower-case words of the people an article names: who, not what.

    "Mr Lima" or "Dr Ana Lima" marks "lima" (and "ana") as a person's; so does a
    capitalised word just before such a surname ("Mayor Ana Lima ... Ms Lima" marks
    "ana"; "mayor" is a title, a stop word already).
    """
    # One string, a line per sentence: the patterns match within a line only.
    text = "\n".join((article.title, *(s.text for s in article.sentences)))
    found: set[str] = set()
    for match in _honorific().finditer(text):
        found.update(_name_words(match.group(1)))
    surnames = frozenset(found)
    for match in _CAPITALISED_RUN.finditer(text) if surnames else ():
        words = match.group().split()
        for word, after in zip(words, words[1:], strict=False):
            if _name_words(after) & surnames:
                found.update(_name_words(word))
    return frozenset(found)


def singular(word: str) -> str:
    """A plural folded to its singular by spelling alone, so "casinos" and "casino",
    "policies" and "policy", "taxes" and "tax" are one term; "bus", "crisis" and
    "class" are left alone. Wrong now and then ("series"), but the same way every time."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@functools.lru_cache(maxsize=1 << 16)
def _term(token: str) -> tuple[str, str] | None:
    """A token's lower-case form (to check against people's names) and its term, or
    None for a stop word, a word under three letters or a mark. Cached: most tokens
    of a batch are words seen before."""
    if token.endswith(("'s", "’s")):
        token = token[:-2]
    if len(token) > 1 and token.isupper():
        return "", token
    word = token.lower()
    return None if len(word) < 3 or word in stopwords() else (word, singular(word))


def _words(text: str, people: frozenset[str]) -> list[str | None]:
    """The terms of a text in order, None where a phrase must break (a stop word, a
    person's name, punctuation). An acronym keeps its capitals ("ID", "EU"), so "US"
    is not the stop word "us"; a headline in capitals is read in lower case."""
    if text.isupper():
        text = text.lower()
    found = [_term(token) for token in _TOKEN.findall(text)]
    return [None if f is None or f[0] in people else f[1] for f in found]


def terms(article: Article) -> Counter[str]:
    """Content terms of headline and body: words and two-word phrases.

    A phrase is two content words side by side ("identity cards", "fighter jets"),
    which names a proposal far better than either word. People's names, stop words
    and punctuation break phrases and are left out; headline and lead count extra.
    """
    named = people(article)
    counts: Counter[str] = Counter()
    texts = [(article.title, TITLE_WEIGHT)] + [
        (s.text, LEAD_WEIGHT if n < LEAD_SENTENCES else 1) for n, s in enumerate(article.sentences)
    ]
    for text, weight in texts:
        words = _words(text, named)
        found = [w for w in words if w]
        found += [f"{a} {b}" for a, b in zip(words, words[1:], strict=False) if a and b]
        for _ in range(weight):
            counts.update(found)
    return counts


def _weighted(bags: list[Counter[str]]) -> list[dict[str, float]]:
    """TF-IDF vectors of each bag's `KEY_TERMS` heaviest terms, L2-normalised
    (smoothed IDF, so a pair sharing a word still scores)."""
    n = len(bags)
    df: Counter[str] = Counter(word for bag in bags for word in bag)
    idf = {w: math.log((1 + n) / (1 + d)) + 1 for w, d in df.items()}
    vectors = []
    for bag in bags:
        vector = {w: (1 + math.log(c)) * idf[w] for w, c in bag.items()}
        kept = heapq.nsmallest(KEY_TERMS, vector.items(), key=lambda item: (-item[1], item[0]))
        norm = math.sqrt(sum(v * v for _, v in kept)) or 1.0
        vectors.append({w: v / norm for w, v in kept})
    return vectors


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[w] for w, v in a.items() if w in b)


@dataclass(frozen=True)
class Similarity:
    """Pairwise similarity of a batch, in [0, 1]; 0 outside the time window and for
    articles with no key term in common, which are not stored.

    `later[i]` maps each j > i to sim(i, j). sim(j, i) is the same number except
    when rounding differs (the cosine walks the shorter vector, the first one when
    both are as long): those few are in `reverse[(j, i)]`.
    """

    size: int
    later: tuple[dict[int, float], ...]
    reverse: dict[tuple[int, int], float] = field(default_factory=dict)

    def __call__(self, i: int, j: int) -> float:
        if i == j:
            return 1.0
        if i < j:
            return self.later[i].get(j, 0.0)
        score = self.reverse.get((i, j))
        return self.later[j].get(i, 0.0) if score is None else score

    def pairs(self) -> Iterator[tuple[int, int, float]]:
        """(i, j, sim(i, j)) for every stored pair, i < j."""
        for i, row in enumerate(self.later):
            for j, score in row.items():
                yield i, j, score


def _candidates(
    articles: Sequence[Article], vectors: list[dict[str, float]], window_days: int
) -> Iterator[tuple[int, int]]:
    """Every pair (i < j) that shares a key term and is not ruled out by dates (both
    dated more than `window_days` apart), in order. Found through an index from each
    term to the articles that have it, dated ones sorted by date, so pairs with nothing
    in common or far apart in time are never visited."""
    dated: dict[str, list[tuple[int, int]]] = {}
    undated: dict[str, list[int]] = {}
    days = [a.date.toordinal() if a.date else None for a in articles]
    for i, vector in enumerate(vectors):
        day = days[i]
        for word in vector:
            if day is None:
                undated.setdefault(word, []).append(i)
            else:
                dated.setdefault(word, []).append((day, i))
    for found in dated.values():
        found.sort()
    everything = (-math.inf, math.inf)
    for i, vector in enumerate(vectors):
        day = days[i]
        low, high = everything if day is None else (day - window_days, day + window_days)
        later: set[int] = set()
        for word in vector:
            near = dated.get(word, [])
            first = bisect.bisect_left(near, (low, -1))
            last = bisect.bisect_right(near, (high, len(articles)))
            later.update(j for _, j in near[first:last] if j > i)
            later.update(j for j in undated.get(word, ()) if j > i)
        for j in sorted(later):
            yield i, j


def similarity(articles: Sequence[Article], window_days: int = WINDOW_DAYS) -> Similarity:
    """How alike each pair of articles is: the cosine of their key terms' TF-IDF
    vectors, 0 for articles further apart than `window_days`."""
    words = _weighted([terms(a) for a in articles])
    later: list[dict[int, float]] = [{} for _ in articles]
    reverse: dict[tuple[int, int], float] = {}
    for i, j in _candidates(articles, words, window_days):
        forward = _cosine(words[i], words[j])
        if not forward:
            continue
        later[i][j] = forward
        if len(words[i]) == len(words[j]):
            backward = _cosine(words[j], words[i])
            if backward != forward:
                reverse[(j, i)] = backward
    return Similarity(len(articles), tuple(later), reverse)


def _slack(n: int) -> float:
    """A bound on how far a running linkage sum may drift from the same sum added in
    clustering's order: at most a few units in the last place per term, and a group
    pair has at most n * n / 4 terms. Kept far above that bound on purpose."""
    return 1e-9 + n * n * 1e-15


Entry = tuple[float, int, int, int, int]
"""A heap entry: minus the mean similarity of groups g < h, g, h, and their versions."""


def clusters(sim: Similarity, n: int, threshold: float = THRESHOLD) -> list[list[int]]:
    """Average-linkage clustering of items 0..n-1; groups and members in input order.

    The two groups with the highest mean similarity merge, while it is at least
    `threshold`; on a tie, the pair whose first members come first. Each pair of
    groups keeps the sum of its similarities, and a merge adds two sums
    (Lance–Williams); a heap holds the pairs that could clear the threshold. Sums
    added in another order can differ in the last bits, so when pairs are that close
    to each other or to the threshold, their means are recomputed as the plain
    algorithm adds them (`_linkage`): the choice is the same, bit for bit.
    """
    if n == 0:
        return []
    if threshold <= 0:  # every pair clears it, even two with nothing in common
        return [list(range(n))]
    slack = _slack(n)
    members = {i: [i] for i in range(n)}  # a group is known by its first member
    sums: dict[int, dict[int, float]] = {i: {} for i in range(n)}
    version = [0] * n  # bumped when a group grows: its older heap entries lapse
    heap: list[Entry] = []
    for i, j, score in sim.pairs():
        sums[i][j] = sums[j][i] = score
        if score >= threshold - slack:
            heap.append((-score, i, j, 0, 0))
    heapq.heapify(heap)

    def current(entry: Entry) -> bool:
        _, g, h, vg, vh = entry
        return g in members and h in members and version[g] == vg and version[h] == vh

    while near := _pop_near(heap, current, slack):
        g, h = near[0][1:3]
        if len(near) > 1 or -near[0][0] < threshold + slack:
            exact = [(_linkage(sim, members[e[1]], members[e[2]]), e[1], e[2]) for e in near]
            fit = [(-score, a, b) for score, a, b in exact if score >= threshold]
            if not fit:
                break
            _, g, h = min(fit)
            for entry in near:
                if entry[1:3] != (g, h):
                    heapq.heappush(heap, entry)
        _merge(g, h, members, sums)
        version[g] += 1
        for k, total in sums[g].items():
            mean = total / (len(members[g]) * len(members[k]))
            if mean >= threshold - slack:
                a, b = min(g, k), max(g, k)
                heapq.heappush(heap, (-mean, a, b, version[a], version[b]))
    return sorted(members.values())


def _pop_near(heap: list[Entry], current: Callable[[Entry], bool], slack: float) -> list[Entry]:
    """The current entries within 2 × slack of the best (all that could be the best
    when computed exactly), best first; lapsed entries on the way are dropped."""
    while heap and not current(heap[0]):
        heapq.heappop(heap)
    if not heap:
        return []
    near = [heapq.heappop(heap)]
    while heap and heap[0][0] <= near[0][0] + 2 * slack:
        entry = heapq.heappop(heap)
        if current(entry):
            near.append(entry)
    return near


def _linkage(sim: Similarity, a: list[int], b: list[int]) -> float:
    """The mean similarity of two groups, added up in the plain algorithm's order."""
    return sum(sim(i, j) for i in a for j in b) / (len(a) * len(b))


def _merge(
    g: int, h: int, members: dict[int, list[int]], sums: dict[int, dict[int, float]]
) -> None:
    """Group h joins group g (g < h): members merged, sums with every other group added."""
    members[g] = sorted(members[g] + members.pop(h))
    gone = sums.pop(h)
    gone.pop(g, None)
    sums[g].pop(h, None)
    for k, total in gone.items():
        del sums[k][h]
        sums[g][k] = sums[k][g] = sums[g].get(k, 0.0) + total


def _story(members: list[Article]) -> Story:
    """A story with its articles oldest first (undated last), so the title is the first report's."""
    ordered = sorted(members, key=lambda a: (a.date is None, a.date or dt.date.min))
    return Story(tuple(ordered))


def group(
    articles: Sequence[Article],
    one_brief: bool = False,
    *,
    threshold: float = THRESHOLD,
    window_days: int = WINDOW_DAYS,
) -> list[Story]:
    """The stories to brief: articles about the same proposal together.

    `one_brief` puts every article into one story, whatever they are about.
    """
    if not articles:
        return []
    if one_brief:
        return [_story(list(articles))]
    sim = similarity(articles, window_days)
    found = clusters(sim, len(articles), threshold)
    return [_story([articles[i] for i in members]) for members in found]


def _member(article: Article) -> dict[str, object]:
    return {
        "title": article.title,
        "date": article.date.isoformat() if article.date else None,
        "outlet": article.outlet,
        "path": article.path,
        "url": article.url,
    }


def stories_to_dict(stories: Sequence[Story]) -> dict[str, object]:
    """The grouping for scripts (`briefgen stories --json`): each story's number, title
    and articles in story order, each article's title, date (ISO or null), outlet,
    path and url, and the wire copies ingest merged into it, in the same shape.
    Keys are always present (null when unknown) and in this order."""
    return {
        "stories": [
            {
                "number": number,
                "title": story.title,
                "articles": [
                    {**_member(article), "copies": [_member(copy) for copy in article.copies]}
                    for article in story.articles
                ],
            }
            for number, story in enumerate(stories, start=1)
        ]
    }
