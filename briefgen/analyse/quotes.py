"""Who said what: direct quotes and reported speech, with speaker and verb.

Handles the shapes quotes take in news prose:
- "X said, “...”" and "“...,” X said" and "“...,” said X";
- a quote split around its verb: "“We tried,” she said. “We failed.”";
- a quote over several sentences or a whole paragraph, which keeps the speaker of the
  sentence that attributes it (a paragraph that is only a quote continues the speaker
  of the paragraph before);
- reported speech: "X said that ...", "according to X", "X argued ...";
- a statement announced with a colon: "X issued this statement:".
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from briefgen.analyse import lexicon, syntax
from briefgen.analyse.actors import Entity, Ref
from briefgen.analyse.sentences import Parsed


@dataclass
class Speech:
    """What one sentence reports: the speaker, the verb, and the words said."""

    sent: int
    speaker: int | None
    verb: str
    content: tuple[int, int]  # token range of what was said
    quoted: bool  # the sentence holds a direct quote
    also: tuple[int, ...] = ()  # others speaking with the speaker ("X and Y argued")


def _speech_verbs(p: Parsed) -> list[tuple[int, int]]:
    return [
        (start, end)
        for start, end, _ in lexicon.speech_verbs().find(p.words)
        if not p.quoted[start] and not (start > 0 and p.tokens[start].cap)  # "United States"
    ]


def _speakers(p: Parsed, refs: list[Ref], start: int, end: int) -> tuple[int, ...]:
    """Everyone the speech verb at [start, end) is said by ("the ministry and the union")."""
    group = syntax.subject(p, refs, start)
    return tuple(dict.fromkeys(r.entity for r in group[1:]))


def _speaker(p: Parsed, refs: list[Ref], start: int, end: int) -> int | None:
    """The speaker of the speech verb at [start, end): after it when inverted, else its subject."""
    after = [r for r in refs if end <= r.start <= end + 1 and not r.quoted]
    before = syntax.subject(p, refs, start)
    # "“...,” said X": inverted after a quotation, not after any comma
    inverted = start > 0 and (
        p.quoted[start - 1]
        or p.words[start - 1] in ("”", '"', "’")
        or (start > 1 and p.words[start - 1] == "," and p.words[start - 2] in ("”", '"', "’"))
    )
    if after and (inverted or not before):
        return after[0].entity
    if before:
        return before[0].entity
    if after:
        return after[0].entity
    return None


def _according_to(p: Parsed, refs: list[Ref]) -> int | None:
    for k in range(len(p.words) - 1):
        if p.words[k] == "according" and p.words[k + 1] == "to":
            found = syntax.first_after(p, refs, k + 2)
            if found:
                return found[0].entity
    return None


def find_speech(
    parsed: list[Parsed], refs: list[list[Ref]], entities: list[Entity]
) -> list[Speech | None]:
    """For each sentence, what it reports (None when it reports no speech)."""
    out: list[Speech | None] = []
    for i, p in enumerate(parsed):
        has_quote = any(p.quoted)
        speech = None
        verbs = _speech_verbs(p)
        for start, end in verbs:
            speaker = _speaker(p, refs[i], start, end)
            if speaker is None:
                continue
            if has_quote:
                quoted = [k for k, q in enumerate(p.quoted) if q]
                content = (quoted[0], quoted[-1] + 1)
            else:
                k = end
                while k < len(p.words) and p.words[k] in ("that", ",", "reporters", "the", "media"):
                    k += 1
                content = (k, len(p.words)) if k < len(p.words) - 1 else (0, start)
            also = tuple(e for e in _speakers(p, refs[i], start, end) if e != speaker)
            speech = Speech(i, speaker, p.span(start, end), content, has_quote, also)
            break
        if speech is None:
            speaker = _according_to(p, refs[i])
            if speaker is not None:
                speech = Speech(i, speaker, "according to", (0, len(p.words)), has_quote)
        if speech is None and p.text.rstrip().endswith(":") and "statement" in p.words:
            # "X issued this statement:" speaks for what follows
            doer = syntax.subject(p, refs[i], len(p.words) - 1)
            if doer:
                speech = Speech(i, doer[0].entity, "statement", (len(p.words), len(p.words)), False)
        if speech is None and has_quote:
            first = p.quoted.index(True)
            doer = syntax.subject(p, refs[i], first) if first > 1 else []
            speaker = doer[0].entity if doer else None
            speech = Speech(i, speaker, "", (0, len(p.words)), True)
        out.append(speech)
    _continue_quotes(parsed, out)
    _statements(parsed, out)
    return out


def _continue_quotes(parsed: list[Parsed], out: list[Speech | None]) -> None:
    """Give unattributed quoted sentences the speaker of the quote they continue.

    The nearest attributed quote of the same paragraph wins (before or after: "“A.
    B,” she said." attributes both); a paragraph that opens with a quote and names
    no one continues the last speaker of the paragraph before. A sentence given a
    speaker here counts as attributed for the sentences after it.
    """
    paragraphs: dict[tuple[int, int], list[int]] = {}  # each paragraph's sentences
    spoken: dict[tuple[int, int], list[int]] = {}  # ... that have a speaker
    quoted: dict[tuple[int, int], list[int]] = {}  # ... that have a speaker and a quote
    for i, p in enumerate(parsed):
        key = (p.article, p.paragraph)
        paragraphs.setdefault(key, []).append(i)
        if out[i] is not None and out[i].speaker is not None:
            spoken.setdefault(key, []).append(i)
            if out[i].quoted:
                quoted.setdefault(key, []).append(i)
    for i, speech in enumerate(out):
        if speech is None or speech.speaker is not None:
            continue
        p = parsed[i]
        key = (p.article, p.paragraph)
        j = _nearest(quoted.get(key, []), i)
        if j is None:
            first = paragraphs[key][0]
            opens_with_quote = parsed[first].quoted[:1] == [True] or parsed[first].text[:1] in '“"‘'
            before = spoken.get((p.article, p.paragraph - 1), [])
            last = bisect.bisect_left(before, first) - 1
            if not (opens_with_quote and last >= 0):
                continue
            j = before[last]
        speech.speaker, speech.verb = out[j].speaker, out[j].verb
        bisect.insort(spoken.setdefault(key, []), i)
        if speech.quoted:
            bisect.insort(quoted.setdefault(key, []), i)


def _nearest(sentences: list[int], i: int) -> int | None:
    """Of sorted sentence numbers (not holding i), the nearest to i; the later on a tie."""
    k = bisect.bisect_left(sentences, i)
    near = sentences[max(0, k - 1) : k + 1]
    return min(near, key=lambda j: (abs(j - i), -j)) if near else None


def _statements(parsed: list[Parsed], out: list[Speech | None]) -> None:
    """A statement announced with a colon speaks for the paragraphs after it."""
    for i, p in enumerate(parsed):
        if not p.text.rstrip().endswith(":") or out[i] is None or out[i].speaker is None:
            continue
        speaker = out[i].speaker
        for j in range(i + 1, min(i + 6, len(parsed))):
            if parsed[j].article != p.article:
                break
            if out[j] is None:
                out[j] = Speech(j, speaker, "statement", (0, len(parsed[j].words)), True)
            elif out[j].speaker is None:
                out[j].speaker = speaker
            else:
                break


def quote_text(p: Parsed) -> str:
    """The quoted words of a sentence, joined when the quote is split around its verb."""
    pieces, current = [], []
    for token, quoted in zip(p.tokens, p.quoted, strict=True):
        if quoted:
            current.append(token)
        elif current:
            pieces.append(p.text[current[0].start : current[-1].end])
            current = []
    if current:
        pieces.append(p.text[current[0].start : current[-1].end])
    return " … ".join(piece.strip(" ,") for piece in pieces if len(piece.split()) >= 2)
