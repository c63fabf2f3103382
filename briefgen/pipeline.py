"""The pipeline, in order: ingest → group → analyse → render → write.

`make` runs the stages for `briefgen make`; each stage is a plain function from its
own module, and a failure in one story or one source is recorded and reported at the
end instead of stopping the batch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.errors import AnalysisError, BriefgenError
from briefgen.model import Article, Brief, Story, brief_to_dict

LAST_MAKE = Path(".briefgen") / "last-make.json"


@dataclass
class MadeBrief:
    brief: Brief
    files: dict[str, Path]


@dataclass
class MakeReport:
    """What a run made and what failed (source or story, with the message)."""

    made: list[MadeBrief] = field(default_factory=list)
    failures: list[BriefgenError] = field(default_factory=list)


def load(sources: Sequence[Path]) -> tuple[list[Article], list[BriefgenError]]:
    """Stage 1, ingest: every source that loads, and an error for each that does not."""
    from briefgen.ingest import load_sources

    articles, errors = load_sources(sources)
    return articles, list(errors)


def analyse_story(story: Story) -> Brief:
    """Stage 3, analyse (imported on demand: the CLI's --help must stay light)."""
    from briefgen.analyse import analyse

    return analyse(story)


def _unique_stem(slug: str, taken: set[str]) -> str:
    stem, n = slug, 1
    while stem in taken:
        n += 1
        stem = f"{slug}-{n}"
    taken.add(stem)
    return stem


def make(
    sources: Sequence[Path],
    template_name: str | None,
    formats: list[str],
    out_dir: Path,
    one_brief: bool = False,
    progress: Callable[[Path], None] | None = None,
) -> MakeReport:
    """Make one brief per story in `sources` and write each format into `out_dir`."""
    from briefgen.group import group
    from briefgen.outputs import ensure_folder, write_atomic, write_json
    from briefgen.render import check_formats, render
    from briefgen.render.templates import load_template

    template = load_template(template_name)
    check_formats(formats)
    ensure_folder(out_dir)
    report = MakeReport()
    articles, report.failures = load(sources)
    taken: set[str] = set()
    for story in group(articles, one_brief=one_brief):
        try:
            brief = analyse_story(story)
            rendered = render(brief, template, formats)
            stem = _unique_stem(brief.slug, taken)
            files = {}
            for fmt, data in rendered.items():
                files[fmt] = write_atomic(out_dir / f"{stem}.{fmt}", data)
                if progress:
                    progress(files[fmt])
            report.made.append(MadeBrief(brief, files))
        except BriefgenError as exc:
            report.failures.append(exc)
        except Exception as exc:  # a bug must not cost the rest of the batch
            paths = ", ".join(a.path for a in story.articles)
            failure = AnalysisError(f"{paths}: internal error: {type(exc).__name__}: {exc}")
            failure.__cause__ = exc
            report.failures.append(failure)
    if report.made:
        record = {
            "briefs": [
                {"brief": brief_to_dict(m.brief), "files": {k: str(v) for k, v in m.files.items()}}
                for m in report.made
            ]
        }
        (out_dir / LAST_MAKE.parent).mkdir(exist_ok=True)
        write_json(out_dir / LAST_MAKE, record)
    return report
