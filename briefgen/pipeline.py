"""The pipeline, in order: ingest → group → analyse → render → write.

`make` runs the stages for `briefgen make`; each stage is a plain function from its
own module, and a failure in one story or one source is recorded and reported at the
end instead of stopping the batch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.errors import AnalysisError, BriefgenError, RenderError
from briefgen.model import Article, Brief, Story, brief_to_dict

if TYPE_CHECKING:
    from briefgen.render.branding import Branding
    from briefgen.render.templates import Template

LAST_MAKE = Path(".briefgen") / "last-make.json"


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


def load(sources: Sequence[str | Path]) -> tuple[list[Article], list[BriefgenError]]:
    """Stage 1, ingest: every source (file, folder or URL) that loads, and an error for
    each that does not."""
    from briefgen.ingest import load_sources

    articles, errors = load_sources(sources)
    return articles, list(errors)


def analyse_story(story: Story) -> Brief:
    """Stage 3, analyse (imported on demand: the CLI's --help must stay light)."""
    from briefgen.analyse import analyse

    return analyse(story)


def resolve_branding(template: Template, options: dict[str, str | None] | None) -> Branding:
    """The branding in force: the template's, then briefgen.toml's, then the options."""
    from briefgen.render.branding import resolve

    return resolve(template.settings.branding, template.path, options=options)


def preview(
    template_name: str,
    formats: list[str],
    out_dir: Path,
    branding: dict[str, str | None] | None = None,
) -> MadeBrief:
    """Render the sample brief with a template into `out_dir` as preview-<name>.<fmt>."""
    from briefgen.outputs import ensure_folder, write_atomic
    from briefgen.render import check_formats, render
    from briefgen.render.sample import sample
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
    progress: Callable[[Path], None] | None = None,
    branding: dict[str, str | None] | None = None,
) -> MakeReport:
    """Make one brief per story in `sources` and write each format into `out_dir`.

    `branding` holds the options given on the command line (organisation, author,
    logo, classification, distribution, recipient); they override briefgen.toml's
    `[branding]`, which overrides the template's.

    An interruption (KeyboardInterrupt) stops the batch between two steps: files
    already written are whole (each is written atomically), the report lists the
    sources not made, and the same command run again makes them.
    """
    from briefgen.group import group
    from briefgen.outputs import ensure_folder
    from briefgen.render import check_formats
    from briefgen.render.templates import load_template

    template = load_template(template_name)
    brand = resolve_branding(template, branding)
    check_formats(formats)
    ensure_folder(out_dir)
    report = MakeReport()
    pending: list[str] = [str(s) for s in sources]
    try:
        articles, report.failures = load(sources)
        stories = group(articles, one_brief=one_brief)
        pending = [", ".join(a.path for a in story.articles) for story in stories]
        _make_stories(stories, template, brand, formats, out_dir, report, pending, progress)
    except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM turned into one by the CLI
        report.interrupted = getattr(exc, "signal_name", "SIGINT")
        report.not_made = pending
    _record(report, out_dir)
    return report


def _make_stories(
    stories: list[Story],
    template: Template,
    brand: Branding,
    formats: list[str],
    out_dir: Path,
    report: MakeReport,
    pending: list[str],
    progress: Callable[[Path], None] | None,
) -> None:
    """Analyse, render and write each story; `pending` shrinks as each one finishes."""
    from briefgen.outputs import write_atomic
    from briefgen.render import render

    taken: set[str] = set()
    for story in stories:
        try:
            brief = analyse_story(story)
            rendered = render(brief, template, formats, branding=brand, articles=story.articles)
            stem = _unique_stem(brief.slug, taken)
            files = {}
            for fmt, data in rendered.items():
                files[fmt] = write_atomic(out_dir / f"{stem}.{fmt}", data)
                if progress:
                    progress(files[fmt])
            report.made.append(MadeBrief(brief, files, rendered.warnings))
        except BriefgenError as exc:
            report.failures.append(exc)
        except Exception as exc:  # a bug must not cost the rest of the batch
            paths = ", ".join(a.path for a in story.articles)
            failure = AnalysisError(f"{paths}: internal error: {type(exc).__name__}: {exc}")
            failure.__cause__ = exc
            report.failures.append(failure)
        pending.pop(0)


def _record(report: MakeReport, out_dir: Path) -> None:
    """Write what was made to .briefgen/last-make.json; a failure joins the report."""
    from briefgen.outputs import write_json

    if not report.made:
        return
    record = {
        "briefs": [
            {"brief": brief_to_dict(m.brief), "files": {k: str(v) for k, v in m.files.items()}}
            for m in report.made
        ]
    }
    try:
        (out_dir / LAST_MAKE.parent).mkdir(exist_ok=True)
        write_json(out_dir / LAST_MAKE, record)
    except OSError as exc:
        report.failures.append(RenderError(f"{out_dir / LAST_MAKE}: cannot write ({exc})"))
    except BriefgenError as exc:
        report.failures.append(exc)
