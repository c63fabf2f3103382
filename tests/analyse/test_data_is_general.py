"""The lexicons are general English and politics: no name from the development set.

Rules and word lists written while reading a few articles fit those articles (the
engine scored 0.89 on its own articles and 0.36 on unseen ones). This test reads the
annotated development set, where present, and fails if one of its people,
organisations or groups appears in `briefgen/data/` as a phrase. Left out, as general
words rather than names: countries (the country table is a gazetteer of them all),
titles of office ("Attorney General"), and one-word aliases that the articles also
use in lower case ("Coalition", "Parliament").
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEV = Path(os.environ.get("BRIEFGEN_EVAL_DIR", ROOT.parent / "shared" / "eval" / "dev"))
DATA = ROOT / "briefgen" / "data"
# Data files that are not knowledge: the sample article and its brief, shipped for
# `templates preview`.
NOT_LEXICONS = {"sample-article.txt", "sample-brief.json"}


def _general(name: str, lower_words: set[str]) -> bool:
    from briefgen.analyse import lexicon

    key = name.lower()
    return key in lexicon.countries() or key in lexicon.roles() or key in lower_words


def _dev_names() -> set[str]:
    lower_words = {
        w for path in DEV.glob("*.txt") for w in re.findall(r"\b[a-z][a-z-]+\b", path.read_text())
    }
    names: set[str] = set()
    for path in DEV.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        for side in ("supporters", "opponents", "neutral_or_mixed"):
            for actor in data.get(side, []):
                if actor.get("type") == "country":
                    continue
                for name in (actor["actor"], *actor.get("aliases", [])):
                    # proper names only: a capital after the first word, or one word
                    # that is capitalised and not at the start of a phrase by chance
                    words = name.split()
                    if any(w[:1].isupper() for w in words[1:]) or (
                        len(words) == 1 and words[0][:1].isupper() and len(words[0]) > 3
                    ):
                        if not _general(name, lower_words):
                            names.add(name)
    return names


@pytest.mark.skipif(not DEV.is_dir(), reason="development set not available")
def test_no_dev_set_name_is_in_the_lexicons() -> None:
    names = _dev_names()
    assert len(names) > 100  # the annotations were read
    found = []
    for path in sorted(DATA.iterdir()):
        if path.name in NOT_LEXICONS or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
        for name in names:
            if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body):
                found.append(f"{path.name}: {name}")
    assert not found, found


def test_no_lexicon_lists_an_entry_twice() -> None:
    # a cue listed twice was counted twice: two claims from one word
    twice = []
    for path in sorted(DATA.iterdir()):
        if path.name in NOT_LEXICONS or path.suffix not in (".tsv", ".txt"):
            continue
        seen: set[str] = set()
        for line in path.read_text(encoding="utf-8").splitlines():
            entry = line.strip()
            if not entry or entry.startswith("#"):
                continue
            if entry in seen:
                twice.append(f"{path.name}: {entry}")
            seen.add(entry)
    assert not twice, twice
