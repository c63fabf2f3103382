"""The unit of work: one story → its brief and rendered bytes.

`make_story` is a plain top-level function of a picklable `StoryJob`, so the same code
runs in the calling process, in a local process pool and on a Dask worker. It never
raises for a bad story: the error travels back in the `StoryResult` and the batch goes
on. It writes nothing: files are written where the client is (see `pipeline.make`).
`load_item` is the same for ingest: one file or URL → its articles and errors.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen import clock
from briefgen.errors import AnalysisError, BriefgenError
from briefgen.model import Article, Brief, Story
from briefgen.render.portable import PortableTemplate, unpack, unpack_logo

if TYPE_CHECKING:
    from briefgen.ingest.limits import Limits
    from briefgen.render.branding import Branding

# reportlab and python-docx keep module-level state (font registry, caches) that is not
# documented as thread-safe; a Dask worker may run several tasks in threads of one
# process. The GIL already serialises this CPU-bound work, so the lock costs nothing.
_RENDER_LOCK = threading.Lock()
EPOCH = "SOURCE_DATE_EPOCH"


@dataclass(frozen=True)
class StoryJob:
    """Everything one story's work needs, with the client's clock for the run.

    `when` is the client's `clock.now()`; `source_date_epoch` its SOURCE_DATE_EPOCH,
    which reportlab reads from the environment by itself (PDF dates and /ID); `logo`
    the bytes of the branding's logo, for a worker that cannot read the client's file.
    """

    index: int
    story: Story
    template: PortableTemplate
    formats: tuple[str, ...]
    when: dt.datetime
    branding: Branding | None = None
    logo: bytes | None = None
    source_date_epoch: str | None = None


@dataclass(frozen=True)
class StoryResult:
    """The brief, `format → bytes` and rendering warnings, or the error of this story."""

    index: int
    brief: Brief | None = None
    files: tuple[tuple[str, bytes], ...] = ()
    warnings: tuple[str, ...] = ()
    error: BriefgenError | None = None


def story_label(story: Story) -> str:
    """How messages name a story: its first source's path (and how many more)."""
    if not story.articles:
        return "(empty story)"
    more = len(story.articles) - 1
    return story.articles[0].path + (f" (and {more} more)" if more else "")


def _named(exc: BriefgenError, label: str) -> BriefgenError:
    """`exc` with the story's source in front, so a batch's failures can be told apart."""
    message = str(exc)
    if message.startswith(label):
        return exc
    try:
        return type(exc)(f"{label}: {message}")
    except TypeError:  # a subclass with a different constructor: keep it as it is
        return exc


@contextmanager
def _environment(source_date_epoch: str | None) -> Iterator[None]:
    """SOURCE_DATE_EPOCH as the client had it, for the duration of one job."""
    before = os.environ.get(EPOCH)
    _set_epoch(source_date_epoch)
    try:
        yield
    finally:
        _set_epoch(before)


def _set_epoch(value: str | None) -> None:
    if value is None:
        os.environ.pop(EPOCH, None)
    else:
        os.environ[EPOCH] = value


def analyse_story(story: Story) -> Brief:
    """Stage 3, analyse, imported on demand (the CLI's --help must stay light).

    Every executor's work (`make_story`) calls this, in whatever process it runs; tests
    replace it to feed the renderers a brief of their own.
    """
    from briefgen.analyse import analyse

    return analyse(story)


def make_story(job: StoryJob) -> StoryResult:
    """Analyse `job.story` and render it in `job.formats`."""
    from briefgen.render import render  # heavy modules load in the worker, on demand

    label = story_label(job.story)
    with _RENDER_LOCK, clock.fixed(job.when), _environment(job.source_date_epoch):
        try:
            template = unpack(job.template)
            branding = unpack_logo(job.branding, job.logo)
            brief = analyse_story(job.story)
            rendered = render(
                brief, template, list(job.formats), branding=branding, articles=job.story.articles
            )
        except BriefgenError as exc:
            return StoryResult(job.index, error=_named(exc, label))
        except Exception as exc:  # a bug in one story must not lose the rest of the batch
            error = AnalysisError(f"{label}: internal error: {type(exc).__name__}: {exc}")
            error.__cause__ = exc  # kept in this process (--jobs 1), for --debug
            return StoryResult(job.index, error=error)
    return StoryResult(job.index, brief, tuple(rendered.items()), tuple(rendered.warnings))


def load_item(item: str | Path, limits: Limits | None = None) -> list[Article | BriefgenError]:
    """Every article of one file or URL, and the error of each item that fails."""
    from briefgen.ingest import load_file
    from briefgen.ingest.limits import Limits
    from briefgen.ingest.urls import load_url

    try:
        limits = limits or Limits()
        return list(load_url(item, limits) if isinstance(item, str) else load_file(item, limits))
    except BriefgenError as exc:
        return [exc]
    except Exception as exc:  # an unreadable file must not lose the rest of the batch
        return [BriefgenError(f"{item}: internal error: {type(exc).__name__}: {exc}")]
