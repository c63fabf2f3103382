"""The entity decoder finds exactly the entities spaCy's recogniser finds."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from briefgen.analyse import nlp
from briefgen.analyse.entity_decoder import recognise

TEXTS = [
    "Senator Maria Lopez of Texas said on Tuesday that the $4.5 billion plan would fail.",
    "The European Commission and NATO met in Brussels; 27 ministers signed the Paris "
    "Agreement.  Then they left.",
    "Dr. Kwame Mensah, 54, told the BBC the Labour Party had 3 weeks.\nIt did not.",
    "",
    "UN",
    "He paid 30% more for the Boeing 747 than Airbus asked in March 2019.",
    "Prime Minister Anne Dubois met Chancellor Olaf Weber at the White House.",
    "The First Amendment, the Bill of Rights and World War II were all mentioned by Ms. Tanaka.",
]


def _before_entities(texts: list[str]) -> list[Doc]:
    return list(nlp.pipeline().pipe(texts, batch_size=nlp.BATCH, disable=["ner"]))


def _entities(docs: list[Doc]) -> list[list[tuple[int, int, str, str]]]:
    return [
        [(t.i, t.ent_iob, t.ent_iob_, t.ent_type_) for t in doc]
        + [(e.start, e.end, e.label_, "") for e in doc.ents]
        for doc in docs
    ]


def _both_ways(texts: list[str], batch_size: int) -> tuple[list[Doc], list[Doc]]:
    ner = nlp.pipeline().get_pipe("ner")
    docs = _before_entities(texts)
    theirs, ours = [d.copy() for d in docs], [d.copy() for d in docs]
    list(ner.pipe(theirs, batch_size=batch_size))
    recognise(ner, ours, batch_size)
    return theirs, ours


def test_the_decoder_finds_the_entities_spacy_finds() -> None:
    theirs, ours = _both_ways(TEXTS, nlp.BATCH)
    assert _entities(ours) == _entities(theirs)
    assert {e.label_ for doc in ours for e in doc.ents} >= {"PERSON", "ORG", "GPE", "DATE"}


def test_the_same_across_batches_and_subbatches() -> None:
    texts = [f"{text} Mayor Ines Kowalski agreed." for text in TEXTS] * 5
    for batch_size in (4, 7, nlp.BATCH):
        theirs, ours = _both_ways(texts, batch_size)
        assert _entities(ours) == _entities(theirs)


def test_entities_set_beforehand_leave_the_work_to_spacy() -> None:
    ner = nlp.pipeline().get_pipe("ner")
    docs = _before_entities(["Maria Lopez visited Ghana in June."] * 2)
    for doc in docs:  # as an entity ruler before the recogniser would
        doc.set_ents([Span(doc, 0, 2, label="ORG")], default="unmodified")
    theirs, ours = [d.copy() for d in docs], [d.copy() for d in docs]
    list(ner.pipe(theirs, batch_size=nlp.BATCH))
    recognise(ner, ours, nlp.BATCH)
    assert _entities(ours) == _entities(theirs)
    assert ours[0].ents[0].label_ == "ORG"


def test_parse_texts_gives_what_the_whole_pipeline_gives() -> None:
    nlp.clear_cache()
    parsed = nlp.parse_texts(TEXTS)
    whole = list(nlp.pipeline().pipe(TEXTS, batch_size=nlp.BATCH))
    assert [d.to_bytes(exclude=["user_data"]) for d in parsed] == [
        d.to_bytes(exclude=["user_data"]) for d in whole
    ]
