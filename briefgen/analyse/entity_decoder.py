"""The entity recogniser's greedy decoding, with spaCy's arithmetic and without its GIL
round trips.

spaCy's entity recogniser reads a sentence token by token, choosing at each one the
best-scoring valid move (Begin, In, Last or Unit of an entity with a label, or Out).
Its compiled loop asks every one of its 74 moves whether it is valid, and each of those
questions reads a token through a helper that the compiled wheel makes take and give
back Python's global lock twice: about 250,000 lock round trips per 1,000 words, 30 ms
of the recogniser's 65 (measured with perf: `take_gil`, `drop_gil`, `pthread_mutex_*`
under `StateC::B_`). `recognise` makes the same choices with the same numbers: spaCy's
own model computes each token's features (the recogniser's tok2vec and precomputed
lower layer) and each state's hidden layer; the output layer is multiplied with the
same BLIS routine; the valid moves, which depend only on whether an entity is open and
its label, whether the next token starts a sentence and whether this one is a space,
are looked up; and the documents go in the batches spaCy's `pipe` would make. It falls
back to spaCy's loop where that reasoning does not hold (entities already set on the
documents, beam search, another transition system or feature set).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy

if TYPE_CHECKING:
    from spacy.pipeline import EntityRecognizer
    from spacy.tokens import Doc

# A move's kind is the first letter of its class name ("B-ORG", "U-GPE", "O").
BEGIN, IN, LAST, UNIT, OUT = "BILUO"
FEATURES = 3  # the recogniser's state features: the next token, the entity's first, the last


def recognise(ner: EntityRecognizer, docs: Sequence[Doc], batch_size: int) -> None:
    """Set the documents' entities exactly as `ner.pipe(docs, batch_size=...)` would."""
    if not _decodable(ner, docs):
        for _ in ner.pipe(docs, batch_size=batch_size):
            pass
        return
    moves = _moves(ner)
    for batch in _chunks(list(docs), batch_size):  # spaCy's batches, so the same sums
        for subbatch in _chunks(sorted(batch, key=len), max(batch_size // 4, 2)):
            _annotate(ner, moves, subbatch)


def _decodable(ner: EntityRecognizer, docs: Sequence[Doc]) -> bool:
    """Whether this decoder makes the choices spaCy's loop would."""
    from thinc.api import NumpyOps

    model = ner.model
    return (
        type(ner.moves).__name__ == "BiluoPushDown"
        and ner.cfg.get("beam_width") == 1
        and not ner.postprocesses
        and model.attrs.get("has_upper") is True
        and not model.attrs.get("unseen_classes")
        and isinstance(model.ops, NumpyOps)
        and model.get_ref("lower").get_dim("nF") == FEATURES
        # no entity, or blocked or outside token, set before the recogniser runs
        and not any(len(doc) and doc.has_annotation("ENT_IOB") for doc in docs)
    )


def _chunks(items: list[Doc], size: int) -> Iterator[list[Doc]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass(frozen=True)
class Moves:
    """The recogniser's classes, in the model's order, and which are valid when."""

    kinds: tuple[str, ...]  # B, I, L, U or O
    labels: tuple[int, ...]  # the label's string id; 0 for Out and the unlabelled Unit
    open_labels: dict[int, int]  # an entity label → its rank (1, 2, ...) in `valid`
    valid: numpy.ndarray  # row `_row(rank or 0, room, space)`: which moves are allowed


@lru_cache(maxsize=4)
def _moves(ner: EntityRecognizer) -> Moves:
    names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
    strings = ner.vocab.strings
    kinds = tuple(name[0] for name in names)
    labels = tuple(strings.add(name[2:]) if name[2:] else 0 for name in names)
    ranks = {label: rank for rank, label in enumerate(sorted(set(labels) - {0}), 1)}
    table = numpy.zeros((4 * (len(ranks) + 1), len(names)), dtype=bool)
    for open_label, rank in [(None, 0), *ranks.items()]:
        for room in (False, True):
            for space in (False, True):
                row = [
                    _valid(k, lab, open_label, room, space)
                    for k, lab in zip(kinds, labels, strict=True)
                ]
                table[_row(rank, room, space)] = row
    return Moves(kinds, labels, ranks, table)


def _row(rank: int, room: bool, space: bool) -> int:
    return 4 * rank + 2 * room + space


def _valid(kind: str, label: int, open_label: int | None, room: bool, space: bool) -> bool:
    """Whether spaCy's `ner.pyx` allows a move: `open_label` is the label of the entity
    being read (None if none is), `room` whether this token may continue an entity (it
    is not the last one and the next one does not start a sentence), `space` whether
    this token is white space (no entity starts on one)."""
    if open_label is not None:
        return label == open_label and (kind == LAST or (kind == IN and room))
    if kind == OUT:
        return True
    if kind == BEGIN:
        return label != 0 and room and not space
    return kind == UNIT and label != 0 and not space


class _State:
    """One document being read: spaCy's `StateC` as the recogniser uses it."""

    def __init__(self, doc: Doc, offset: int) -> None:
        from spacy.attrs import IS_SPACE, SENT_START

        self.doc, self.offset, self.length = doc, offset, len(doc)
        starts, spaces = doc.to_array([SENT_START, IS_SPACE]).T.tolist() if doc else ([], [])
        # whether token i may continue an entity, and whether it is white space
        self.room = [next_start != 1 for next_start in starts[1:]] + [False]
        self.space = [bool(s) for s in spaces]
        self.at = 0  # the next token to read
        self.start = -1  # the open entity's first token, or -1
        self.rank = 0  # the open entity's label's rank in Moves.valid
        self.label = 0  # the open entity's label
        self.ents: list[tuple[int, int, int]] = []

    def context(self) -> tuple[int, int, int]:
        """spaCy's three features: this token, the open entity's first and the one
        before this, as positions among the subbatch's tokens (-1 for none)."""
        if self.start < 0:
            return self.at + self.offset, -1, -1
        return self.at + self.offset, self.start + self.offset, self.at - 1 + self.offset

    def situation(self) -> int:
        """The row of Moves.valid that holds here."""
        return _row(self.rank, self.room[self.at], self.space[self.at])

    def move(self, kind: str, label: int, rank: int) -> None:
        if kind in (BEGIN, UNIT):
            self.start, self.label, self.rank = self.at, label, rank
        if kind in (LAST, UNIT):
            self.ents.append((self.start, self.at + 1, self.label))
            self.start, self.label, self.rank = -1, 0, 0
        self.at += 1


def _annotate(ner: EntityRecognizer, moves: Moves, docs: list[Doc]) -> None:
    from blis.py import gemm
    from spacy.tokens import Span

    step = ner.model.predict(docs)  # tok2vec and the precomputed lower layer
    weights = step.vec2scores.get_param("W")
    bias = step.vec2scores.get_param("b")
    states, offset = [], 0
    for doc in docs:
        states.append(_State(doc, offset))
        offset += len(doc)
    kinds, labels, ranks = moves.kinds, moves.labels, moves.open_labels
    reading = [s for s in states if s.length]
    while reading:
        ids = numpy.array([s.context() for s in reading], dtype="i")
        hidden = step.state2vec.predict(ids)
        scores = gemm(hidden, weights, trans2=True)  # BLIS, as spaCy's loop multiplies
        scores += bias
        valid = moves.valid[[s.situation() for s in reading]]
        best_moves = numpy.where(valid, scores, -numpy.inf).argmax(1)  # the first best
        for state, best in zip(reading, best_moves.tolist(), strict=True):
            label = labels[best]
            state.move(kinds[best], label, ranks.get(label, 0))
        reading = [s for s in reading if s.at < s.length]
    step.clear_memory()
    for state in states:
        doc = state.doc
        spans = [Span(doc, start, end, label=label) for start, end, label in state.ents]
        doc.set_ents(spans, default="outside")
