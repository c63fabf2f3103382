"""The proposal: its key terms, its action, and whether a phrase is about it.

An article about one proposal keeps naming it: "the plan", "the bill", or its own
words ("office", "depot", "bus lanes"). The key terms are the content words of
the headline and lead that recur in the story; a phrase refers to the proposal when it
holds one of them or a definite proposal noun ("the measure"). A phrase works against
the proposal when it asks for the opposite action ("keep the plant open" against a
plan to close it) or attacks it ("a motion to block the licence", "the accusations").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from briefgen.analyse import lexicon
from briefgen.analyse.sentences import Parsed, tokenize

# Words too common in policy news to identify one proposal.
ANTI_NOUNS = frozenset(
    "veto rejection denial repeal cancellation postponement challenge lawsuit complaint withdrawal "
    "allegation allegations accusation accusations criticism criticisms objection "
    "objections".split()
)
OTHER = frozenset("other another similar different separate rival alternative".split())
DETERMINERS = frozenset("the this that these those its their his her our such 's '".split())
CLAUSE_STOPS = frozenset(
    "; : saying arguing claiming adding noting while whereas although because who which".split()
)


_LOWER_WORD = re.compile(r"[a-z][a-z-]*")


@lru_cache(maxsize=1 << 16)  # called for most words of a story, over a small vocabulary
def stem(word: str) -> str:
    """A crude stem, enough to match "lanes"/"lane" and "establishing"/"establishment"."""
    word = word.lower().replace("’", "'")
    for suffix in ("ments", "ment", "ings", "ing", "ies", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= (3 if suffix == "s" else 4):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def _content(words: list[str], caps: list[bool], skip: frozenset[str] = frozenset()) -> list[str]:
    out = []
    for word, cap in zip(words, caps, strict=True):
        if (
            len(word) >= 3
            and _LOWER_WORD.fullmatch(word)
            and word not in lexicon.stopwords()
            and word not in lexicon.common_words()
            and word not in skip
            and not cap
        ):
            out.append(stem(word))
    return out


def _cue_first_words() -> frozenset[str]:
    words: set[str] = set()
    for index in (lexicon.stance_cues(), lexicon.speech_verbs(), lexicon.outcome_cues()):
        words |= set(index.by_first)
    return frozenset(words)


@dataclass
class ProposalModel:
    """What the story says the proposal is, for the other steps to test phrases against."""

    terms: frozenset[str]
    action: tuple[int, int] | None = None  # (line in actions.tsv, side 0 = do / 1 = undo)
    lead: set[int] = field(default_factory=set)  # sentences that introduce it

    def names(self, words: list[str], start: int, end: int) -> bool:
        """Whether words[start:end] name the proposal by a proposal noun ("the deal")."""
        nouns = lexicon.proposal_nouns()
        return any(
            (words[k] in nouns or stem(words[k]) in self.terms) and self._determined(words, k)
            for k in range(start, min(end, len(words)))
        )

    def refers(self, words: list[str], start: int, end: int) -> bool:
        """Whether words[start:end] name the proposal."""
        nouns = lexicon.proposal_nouns()
        for k in range(start, min(end, len(words))):
            word = words[k]
            if stem(word) in self.terms and word not in lexicon.stopwords():
                return True
            if word in nouns and self._determined(words, k):
                return True
        return False

    @staticmethod
    def _determined(words: list[str], k: int) -> bool:
        """ "the bill", "this proposal", "a rushed law" (but not "a proposal to ...")."""
        for j in range(k - 1, max(-1, k - 4), -1):
            if words[j] in DETERMINERS | {"proposed"}:
                return True
            if words[j] in ("a", "an"):
                after = words[k + 1 : k + 3]
                return not (
                    after[:1] == ["to"] or after[:1] == ["that"] or after[:2] == [",", "which"]
                )
            if not words[j].isalpha() and "-" not in words[j]:
                return False
        return False

    def target(self, words: list[str], start: int, end: int) -> int | None:
        """+1 if words[start:end] name the proposal, -1 if they work against it,
        0 if they name something else, None if there is nothing there."""
        end = clause_end(words, start, end)
        if end <= start:
            return None
        lead = [w for w in words[start : start + 3] if w not in ("the", "a", "an")]
        if lead and lead[0] in OTHER:
            return 0  # "to support other bus depots": not this one
        anti = lexicon.modifiers()
        sign = 1
        anti_noun = False
        for k in range(start, end):
            entry = anti.at(words, k) if words[k] in anti.by_first else None
            if entry and entry.label == "anti":
                sign = -1
                anti_noun = words[k] in ANTI_NOUNS and k > start and words[k - 1] in DETERMINERS
                break
        side = self.action_side(words, start, end)
        if side is not None and self.action is not None:
            sign = sign * (1 if side == self.action[1] else -1)
            return sign
        if self.refers(words, start, end):
            return sign
        if sign < 0 and (anti_noun or any(w in lexicon.proposal_nouns() for w in words[start:end])):
            return -1  # "applauded the veto", "dismissed the allegations"
        return 0

    def action_side(self, words: list[str], start: int, end: int) -> int | None:
        """Which side of the proposal's action words[start:end] take, if any."""
        if self.action is None:
            return None
        do, undo = lexicon.actions()[self.action[0]]
        window = words[start:end]
        for i in range(len(window)):
            if undo.at(window, i) if window[i] in undo.by_first else None:
                return 1
            if do.at(window, i) if window[i] in do.by_first else None:
                return 0
        return None


def clause_end(words: list[str], start: int, end: int) -> int:
    """Where the clause that starts at `start` ends (at most `end`)."""
    for k in range(start, min(end, len(words))):
        if words[k] in CLAUSE_STOPS or words[k] in (".", "?", "!"):
            return k
        if (
            words[k] == ","
            and k + 1 < len(words)
            and (
                words[k + 1] in CLAUSE_STOPS | {"but", "and"}
                or (words[k + 1].endswith("ed") and len(words[k + 1]) > 4)
            )
        ):
            return k  # ", but ...", ", banned since 2012": another clause
    return min(end, len(words))


def build(title: str, parsed: list[Parsed], names: set[str]) -> ProposalModel:
    """The proposal's key terms and action, from the headline, the lead and recurrence."""
    cue_words = _cue_first_words()
    counts: Counter[str] = Counter()
    for p in parsed:
        counts.update(_content(p.words, [False] * len(p.words)))
    title_tokens = tokenize(title)
    title_words = [t.lower for t in title_tokens]
    # capitals in a headline are style, not names: judge them by the body
    title_terms = _content(title_words, [t.lower in names for t in title_tokens], cue_words)
    lead_terms: list[str] = []
    for p in parsed[:1]:
        lead_terms += _content(p.words, [t.cap for t in p.tokens])
    nouns = lexicon.proposal_nouns()
    terms = set()
    noun_stems = {stem(w) for w in nouns}
    for term in title_terms:
        if counts[term] >= 1 and term not in cue_words and term not in noun_stems:
            terms.add(term)
    cue_stems = {stem(w) for w in cue_words}
    terms -= cue_stems
    for term in lead_terms:
        # a lead word names the proposal when the headline has it or the story keeps using it
        if (
            (counts[term] >= 3 or term in title_terms)
            and term not in cue_stems
            and term not in nouns
        ):
            terms.add(term)
    model = ProposalModel(frozenset(terms))
    model.action = _action(title_words) or next(
        (a for a in (_action(p.words) for p in parsed[:2]) if a), None
    )
    model.lead = set(range(min(2, len(parsed))))
    return model


def _action(words: list[str]) -> tuple[int, int] | None:
    """The first proposal action in `words`: (line of actions.tsv, side)."""
    for i in range(len(words)):
        for line, (do, undo) in enumerate(lexicon.actions()):
            for side, index in ((0, do), (1, undo)):
                if words[i] in index.by_first and index.at(words, i):
                    return line, side
    return None


COMPLEMENT = frozenset(
    "of for to that which in on at along near from with between against under banning "
    "requiring allowing aimed known called dubbed".split()
)
PHRASE_STOPS = frozenset(", . ; : — – ( ) is are was were has have had faced faces".split())
NP_LEFT = frozenset("a an the this its their his her proposed new controversial".split())
SKIP_NOUNS = frozenset("decision move idea push order issue".split())
MAX_PHRASE = 25


DAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday".split()
)


def _determiner_before(words: list[str], k: int) -> bool:
    """Whether a determiner comes within three words before k ("a threefold increase")."""
    return any(w in ("a", "an", "the", "'s", "'") for w in words[max(0, k - 2) : k + 1])


def noun_phrase(p: Parsed, model: ProposalModel) -> str:
    """The proposal as a noun phrase of this sentence: "a plan to build a bus depot in X".

    Starts at the determiner of a proposal noun (or of "proposed X") and keeps the
    complement that says what it is ("to ...", "that would ..."), stopping at the
    clause's verb or punctuation. Empty when the sentence has no such phrase.
    """
    words = p.words
    nouns = lexicon.proposal_nouns()
    for k, word in enumerate(words):
        complement = words[k + 1 : k + 2] == ["to"]
        if p.quoted[k] or not (
            (word in nouns and (word not in SKIP_NOUNS or complement)) or word == "proposed"
        ):
            continue
        if word in SKIP_NOUNS and k > 0 and words[k - 1] in ("the", "this", "a"):
            pass  # "the decision to allow ...": the decision is the proposal
        start = k
        while start > 0 and (
            words[start - 1] in NP_LEFT
            or words[start - 1] in ("'s", "'")
            or p.tokens[start - 1].cap
            or words[start - 1].isdigit()
            or (
                words[start - 1].replace("-", "").isalpha()
                and words[start - 1] not in lexicon.stopwords()
                and k - start < 3
                and _determiner_before(words, start - 1)
            )
        ):
            start -= 1
        end = k + 1
        if word == "proposed":  # "the proposed NATO office in Japan"
            while (
                end < len(words)
                and words[end] not in PHRASE_STOPS
                and words[end] not in ("and", "but", "or")
                and end - start < 8
                and (p.tokens[end].cap or words[end] not in COMPLEMENT)
            ):
                end += 1
        relative = False
        if end < len(words) and words[end] in COMPLEMENT:
            while end < len(words) and end - start < MAX_PHRASE:
                w = words[end]
                if w in ("that", "which", "to", "whose", "who"):
                    relative = True
                if w in (",", ".", ";", ":", "—", "–", "(") or (w in PHRASE_STOPS and not relative):
                    break
                if (
                    w in ("and", "but")
                    and words[end + 1 : end + 2]
                    and words[end + 1] in ("they", "he", "she", "it", "we", "i", "the", "this")
                ):
                    break  # "... in Ohio and they've denied": a new clause
                end += 1
        while end - start > 2 and (
            words[end - 1] in DAY_WORDS
            or words[end - 2 : end - 1] == ["on"]
            and words[end - 1] in DAY_WORDS
        ):
            end -= 1
        if words[end - 1 : end] == ["on"]:
            end -= 1
        phrase = p.span(start, end).strip(" ,.")
        if len(phrase.split()) >= 4 and (model.refers(words, start, end) or p.index < 2):
            return phrase
    return ""
