"""Answers kept on disk by a hash of (model, prompt, schema): a rerun costs nothing.

Every answer the server gave is kept (one cut at max_tokens too: at temperature 0 the
same prompt gets it again), one JSON file per answer, written atomically so that two
workers never leave half a file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from briefgen.analyse.llm.client import Completion
from briefgen.outputs import write_atomic


def key(model: str, messages: list[dict[str, str]], schema: dict[str, Any]) -> str:
    """The hash that names an answer."""
    data = json.dumps([model, messages, schema], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def cached(folder: Path, name: str, ask: Callable[[], Completion]) -> tuple[Completion, bool]:
    """The answer stored under `name`, else `ask()`'s (stored when whole); and whether
    it came from the cache."""
    path = folder / f"{name}.json"
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        return replace(Completion(**stored), requests=0, seconds=0.0), True
    except (OSError, ValueError, TypeError):
        pass  # not there, or unreadable: ask
    answer = ask()
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(asdict(answer)).encode("utf-8"))
    return answer, False
