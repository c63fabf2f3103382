"""What a user would otherwise script, measured on the same brief in the same run.

- pandoc: the brief's Markdown → DOCX (Debian `pandoc`), one process per document;
- LibreOffice headless: the brief's DOCX → PDF (Debian `libreoffice`), one process per
  document, with a private profile so it never touches the user's;
- sumy's LexRank choosing sentences from the article. sumy's own tokenizer needs NLTK's
  `punkt_tab` data, which is downloaded from the internet: offline it cannot run, and we
  say so. To still compare algorithms, LexRank also runs with a tokenizer built on
  syntok (briefgen's sentence splitter) and a plain word regex.

Each function returns {"available": bool, "reason": str | None, "median_ms": ..., ...}.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.common import median_ms, repeat, run_process


def _missing(reason: str) -> dict[str, Any]:
    return {"available": False, "reason": reason, "median_ms": None}


def pandoc(markdown: Path, repeats: int) -> dict[str, Any]:
    """Markdown → DOCX with pandoc, a whole process per document."""
    exe = shutil.which("pandoc")
    if not exe:
        return _missing("pandoc is not installed (apt-get install pandoc)")
    out = markdown.with_suffix(".pandoc.docx")
    command = [exe, "-f", "markdown", "-t", "docx", "-o", str(out), str(markdown)]
    run_process(command)  # warm the file cache
    times = [run_process(command) for _ in range(repeats)]
    return {"available": True, "reason": None, "median_ms": median_ms(times), "repeats": repeats}


def libreoffice(docx: Path, repeats: int) -> dict[str, Any]:
    """DOCX → PDF with LibreOffice headless, a whole process per document."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        return _missing("LibreOffice is not installed (apt-get install libreoffice-writer)")
    with tempfile.TemporaryDirectory(prefix="briefgen-lo-") as tmp:
        profile = Path(tmp) / "profile"
        command = [
            exe,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            tmp,
            str(docx),
        ]
        run_process(command, timeout=300)  # the first run builds the profile: not timed
        times = [run_process(command, timeout=300) for _ in range(repeats)]
        made = (Path(tmp) / docx.with_suffix(".pdf").name).exists()
    if not made:
        return _missing("LibreOffice ran but wrote no PDF")
    return {"available": True, "reason": None, "median_ms": median_ms(times), "repeats": repeats}


class SyntokTokenizer:
    """sumy's tokenizer interface on syntok, so LexRank runs without NLTK data."""

    language = "english"
    _WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['-])*")

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        from briefgen.ingest.text import split_sentences

        return tuple(s.text for s in split_sentences([paragraph]))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(self._WORD.findall(sentence))


def lexrank(text: str, sentences: int, repeats: int) -> dict[str, Any]:
    """sumy's LexRank picking `sentences` sentences from `text`."""
    try:
        from sumy.nlp.stemmers import Stemmer
        from sumy.nlp.tokenizers import Tokenizer
        from sumy.parsers.plaintext import PlaintextParser
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.utils import get_stop_words
    except ImportError:
        return {"nltk": _missing("sumy is not installed (pip install sumy)"), "syntok": None}

    def run(tokenizer: Any) -> None:
        document = PlaintextParser.from_string(text, tokenizer).document
        summarizer = LexRankSummarizer(Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")
        summarizer(document, sentences)

    try:
        nltk_tokenizer = Tokenizer("english")
        nltk_result = {"available": True, "reason": None}
        nltk_result["median_ms"] = median_ms(repeat(lambda: run(nltk_tokenizer), repeats))
    except LookupError:
        nltk_result = _missing("NLTK punkt_tab data is missing (sumy fetches it from the internet)")
    syntok_times = repeat(lambda: run(SyntokTokenizer()), repeats)
    return {
        "nltk": nltk_result,
        "syntok": {"available": True, "reason": None, "median_ms": median_ms(syntok_times)},
    }
