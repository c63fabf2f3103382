"""Where the llm engine finds its settings, in this process or a worker.

The CLI reads briefgen.toml's `[llm]` once and puts it, as JSON, in the environment
variable `BRIEFGEN_LLM`, as it puts `[analysis] spacy_model` in `BRIEFGEN_SPACY_MODEL`:
local worker processes inherit it. The API key is not in it: only the name of the
variable that holds it, read where the request is made.
"""

from __future__ import annotations

import os
from pathlib import Path

from briefgen.config import LLM_VARIABLE, LlmSettings
from briefgen.errors import UsageError

HOW_TO_CONFIGURE = (
    "the llm engine needs an [llm] table in briefgen.toml, for example: "
    '[llm] base_url = "http://127.0.0.1:8080/v1", model = "MODEL", '
    'api_key_env = "OPENAI_API_KEY" (the variable\'s name, not the key); '
    'see the README, "Using a language model"'
)


def export(settings: LlmSettings | None, root: Path) -> None:
    """Put `settings` where `current` finds them, relative paths resolved in `root`;
    None removes them."""
    if settings is None:
        os.environ.pop(LLM_VARIABLE, None)
        return
    cache = settings.cache if settings.cache.is_absolute() else root / settings.cache
    os.environ[LLM_VARIABLE] = settings.model_copy(update={"cache": cache}).model_dump_json()


def current() -> LlmSettings:
    """The settings `export` left; a usage error saying how to configure them if none."""
    text = os.environ.get(LLM_VARIABLE)
    if not text:
        raise UsageError(HOW_TO_CONFIGURE)
    return LlmSettings.model_validate_json(text)
