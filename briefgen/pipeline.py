"""The pipeline, in order: ingest → group → analyse → render → write.

`make` runs the stages for `briefgen make`. Ingest and group run where the client is
(ingest in the local process pool when there are many files); analyse and render run
per story through `work.make_story` on an executor (this process, a local process
pool, or Dask), and the files are written here, in story order, atomically. A failure
in one story or one source is recorded and reported at the end instead of stopping
the batch.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from briefgen.errors import BriefgenError, RenderError
from briefgen.model import Article, Brief, Story, brief_to_dict

if TYPE_CHECKING:
    from briefgen.executors import Executor
    from briefgen.ingest.limits import Limits
    from briefgen.render.branding import Branding
    from briefgen.render.templates import Template
    from briefgen.work import StoryJob, StoryResult

LAST_MAKE = Path(".briefgen") / "last-make.json"
# What `templates preview` renders: the sample article shipped in the package, and a
# hand-made brief of it for an install without the analysis.
SAMPLE_ARTICLE = Path(__file__).resolve().parent / "data" / "sample-article.txt"
SAMPLE_BRIEF = SAMPLE_ARTICLE.with_name("sample-brief.json")
# Below this many files, starting workers to ingest them costs more than it saves.
PARALLEL_INGEST_MIN_FILES = 32


@dataclass
class MadeBrief:
    brief: Brief
    files: dict[str, Path]
    warnings: list[str] = field(default_factory=list)


@dataclass
class MakeReport:
    """What a run made and what failed (source or story, with the message)."""

    made: list[MadeBrief] = field(default_factory=list)
    failures: list[BriefgenError] = field(default_factory=list)
    interrupted: str | None = None
    """The signal that stopped the run early ("SIGINT", "SIGTERM"), or None."""
    not_made: list[str] = field(default_factory=list)
    """Sources whose brief an interruption stopped; a rerun makes them."""
    warnings: list[str] = field(default_factory=list)
    """What ingest says about articles it read in a way the user should know."""


class Progress(Protocol):
    """What `make` tells its caller as it goes (the CLI shows a bar or plain lines)."""

    def start(self, stories: int) -> None: ...

    def story_done(self, files: list[Path], failure: BriefgenError | None) -> None: ...


def load(
    sources: Sequence[str | Path], executor: Executor | None = None, limits: Limits | None = None
) -> tuple[list[Article], list[BriefgenError]]:
    """Stage 1, ingest: every source (file, folder or URL) that loads, and an error for
    each that does not; identical articles dropped and wire copies merged, as
    `ingest.load_sources` does. Many files are loaded in `executor`'s processes."""
    from briefgen.ingest import expand
    from briefgen.ingest.dedupe import merge_copies
    from briefgen.work import load_item

    items, found_errors = expand(sources, limits)
    errors: list[BriefgenError] = list(found_errors)
    loaded: Iterator[list[Article | BriefgenError]]
    load_one = partial(load_item, limits=limits)
    if executor is None or len(items) < PARALLEL_INGEST_MIN_FILES:
        loaded = map(load_one, items)
    else:
        loaded = executor.map(load_one, items)
    articles = []
    for results in loaded:
        for result in [results] if isinstance(results, BriefgenError) else results:
            if isinstance(result, BriefgenError):
                errors.append(result)
            else:
                articles.append(result)
    return merge_copies(articles), errors


def resolve_branding(template: Template, options: dict[str, str | None] | None) -> Branding:
    """The branding in force: the template's, then briefgen.toml's, then the options."""
    from briefgen.render.branding import resolve

    return resolve(template.settings.branding, template.path, options=options)


def hand_made_sample() -> Brief:
    """The hand-made brief of the sample article (`data/sample-brief.json`)."""
    import json

    from briefgen.model import brief_from_dict

    return brief_from_dict(json.loads(SAMPLE_BRIEF.read_text(encoding="utf-8")))


def sample() -> tuple[Brief, list[Article]]:
    """The sample article, ingested and analysed like any source: the brief
    `templates preview` renders, and the article it cites. Without the analysis (an
    install lacking it), the hand-made brief of the same article, so a preview works
    from any folder after a plain install."""
    from briefgen.work import analyse_story

    articles, errors = load([SAMPLE_ARTICLE])
    if errors:
        raise errors[0]
    try:
        return analyse_story(Story(tuple(articles))), articles
    except ImportError:
        return hand_made_sample(), articles


def preview(
    template_name: str,
    formats: list[str],
    out_dir: Path,
    branding: dict[str, str | None] | None = None,
) -> MadeBrief:
    """Render the sample brief with a template into `out_dir` as preview-<name>.<fmt>."""
    from briefgen.outputs import ensure_folder, write_atomic
    from briefgen.render import check_formats, render
    from briefgen.render.templates import load_template

    template = load_template(template_name)
    check_formats(formats)
    brief, articles = sample()
    rendered = render(
        brief, template, formats, branding=resolve_branding(template, branding), articles=articles
    )
    ensure_folder(out_dir)
    files = {
        fmt: write_atomic(out_dir / f"preview-{template.name}.{fmt}", data)
        for fmt, data in rendered.items()
    }
    return MadeBrief(brief, files, rendered.warnings)


def _unique_stem(slug: str, taken: set[str]) -> str:
    stem, n = slug, 1
    while stem in taken:
        n += 1
        stem = f"{slug}-{n}"
    taken.add(stem)
    return stem


def make(
    sources: Sequence[str | Path],
    template_name: str | None,
    formats: list[str],
    out_dir: Path,
    one_brief: bool = False,
    progress: Progress | None = None,
    jobs: int | None = None,
    executor: str | None = None,
    scheduler: str | None = None,
    branding: dict[str, str | None] | None = None,
    limits: Limits | None = None,
) -> MakeReport:
    """Make one brief per story in `sources` and write each format into `out_dir`.

    `jobs` is the number of local worker processes (default: the cores); `executor`
    "dask" with `scheduler` (tcp://HOST:PORT) runs analysis and rendering on a Dask
    cluster instead. `branding` holds the options given on the command line
    (organisation, author, logo, classification, distribution, recipient); they
    override briefgen.toml's `[branding]`, which overrides the template's. `limits`
    bound ingest (downloads, offline, private addresses; default: `ingest.limits.Limits()`).

    An interruption (KeyboardInterrupt) stops the batch between two steps: a brief
    whose files were all written is made and reported, any other leaves no file (see
    `writer`), the report lists the stories not made, and the same command run again
    makes them. The made list, the not-made list, LAST_MAKE and the disk agree.
    """
    from briefgen import clock
    from briefgen.executors import open_executor
    from briefgen.group import group
    from briefgen.interrupt import held
    from briefgen.outputs import ensure_folder
    from briefgen.render import check_formats
    from briefgen.render.portable import pack, pack_logo
    from briefgen.render.templates import load_template
    from briefgen.work import EPOCH, StoryJob, make_story

    template = load_template(template_name)
    brand = resolve_branding(template, branding)
    check_formats(formats)
    ensure_folder(out_dir)
    runner = open_executor(executor, jobs, scheduler)
    report = MakeReport()
    stories: list[Story] = []
    reported: set[int] = set()  # stories made or failed, by number
    try:
        articles, report.failures = load(sources, runner, limits)
        report.warnings = [w for a in articles for w in a.warnings]
        stories = group(articles, one_brief=one_brief)
        portable, logo, when = pack(template), pack_logo(brand), clock.now()
        epoch = os.environ.get(EPOCH)
        # One unit per story: splitting a story's formats between processes made each
        # load spaCy and analyse again, ~0.5 s slower for one brief on two idle cores.
        units = [
            StoryJob(n, story, portable, tuple(formats), when, brand, logo, epoch)
            for n, story in enumerate(stories)
        ]
        if progress:
            progress.start(len(stories))
        results = runner.map(make_story, units)
        _collect(results, units, formats, out_dir, report, progress, reported)
    except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM turned into one by the CLI
        _stopped(report, getattr(exc, "signal_name", "SIGINT"), sources, stories, reported)
    finally:
        with held() as late:  # a signal now comes after every story was settled
            runner.close()
    with held() as recording:
        if report.made:
            try:
                _record(out_dir, report)
            except BriefgenError as exc:
                report.failures.append(exc)
            except OSError as exc:
                report.failures.append(RenderError(f"{out_dir / LAST_MAKE}: cannot write ({exc})"))
    for name in (late.signal_name, recording.signal_name):
        if name and not report.interrupted:
            _stopped(report, name, sources, stories, reported)
    return report


def _stopped(
    report: MakeReport,
    signal_name: str,
    sources: Sequence[str | Path],
    stories: list[Story],
    reported: set[int],
) -> None:
    """Mark `report` interrupted: every story neither made nor failed was not made."""
    from briefgen.work import story_label

    report.interrupted = signal_name
    if stories:
        report.not_made = [story_label(s) for n, s in enumerate(stories) if n not in reported]
    elif not report.made and not reported:  # stopped while reading or grouping
        report.not_made = [str(source) for source in sources]


def _collect(
    results: Iterator[StoryResult | BriefgenError],
    units: list[StoryJob],
    formats: list[str],
    out_dir: Path,
    report: MakeReport,
    progress: Progress | None,
    reported: set[int],
) -> None:
    """Write each story's files as its unit comes back, and report in story order;
    each story reported, made or failed, is added to `reported` by its number."""
    from briefgen.work import story_label
    from briefgen.writer import OrderedWriter

    warnings: dict[int, list[str]] = {}

    def done(
        key: int, brief: Brief | None, files: dict[str, Path], failure: BriefgenError | None
    ) -> None:
        reported.add(key)
        if brief is not None:
            report.made.append(MadeBrief(brief, files, warnings.pop(id(brief), [])))
        if failure is not None:
            report.failures.append(failure)
        if progress:
            progress.story_done(list(files.values()), failure)

    taken: set[str] = set()
    with OrderedWriter(done) as writer:
        for unit, result in zip(units, results, strict=True):
            failure = _failure(result, story_label(unit.story))
            if failure is not None:
                writer.fail(unit.index, failure)
                continue
            assert not isinstance(result, BriefgenError) and result.brief is not None
            warnings[id(result.brief)] = list(dict.fromkeys(result.warnings))
            stem = _unique_stem(result.brief.slug, taken)
            rendered = dict(result.files)
            writer.add(
                unit.index,
                result.brief,
                {f: (out_dir / f"{stem}.{f}", rendered[f]) for f in formats},
            )


def _failure(result: StoryResult | BriefgenError, label: str) -> BriefgenError | None:
    """The story's error, if its unit failed, named after the story."""
    error = result if isinstance(result, BriefgenError) else result.error
    if error is None or str(error).startswith(label):
        return error
    return BriefgenError(f"{label}: {error}")


def _record(out_dir: Path, report: MakeReport) -> None:
    """Write what was made to LAST_MAKE: `{"briefs": [{"brief": ..., "files": ...}]}`.

    Each brief is dumped on its own, indented into the list and written at once (the
    same text as one `json.dumps(record, indent=2)`): a batch of a thousand briefs makes
    a 14 MB record, which as one dict, string and bytes added 50 MB to the peak.
    """
    import json

    from briefgen.outputs import write_atomic_parts

    def item(made: MadeBrief) -> str:
        entry = {
            "brief": brief_to_dict(made.brief),
            "files": {k: str(v) for k, v in made.files.items()},
        }
        # Indented by hand: JSON escapes every newline inside strings, so each "\n" starts
        # a line, and none is blank (textwrap.indent took a third of the time).
        return "    " + json.dumps(entry, ensure_ascii=False, indent=2).replace("\n", "\n    ")

    def parts() -> Iterator[bytes]:
        yield b'{\n  "briefs": [\n'
        for n, made in enumerate(report.made):
            yield ((",\n" if n else "") + item(made)).encode("utf-8")
        yield b"\n  ]\n}\n"

    (out_dir / LAST_MAKE.parent).mkdir(exist_ok=True)
    write_atomic_parts(out_dir / LAST_MAKE, parts())
