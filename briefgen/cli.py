"""The command line: a thin edge over the pipeline.

Commands parse options, call library functions and print what happened. Every
`BriefgenError` becomes one line on stderr and an exit code (1 for failures, 2 for
usage errors); `--debug` or BRIEFGEN_DEBUG=1 shows the traceback instead. Heavy
modules are imported inside the commands so that `briefgen --help` starts fast.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from briefgen import __version__
from briefgen.errors import BriefgenError, UsageError

DEFAULT_SOURCES = Path("sources")
DEFAULT_OUTPUT = Path("output")
DEFAULT_FORMATS = "pdf,docx"


def _debug_enabled() -> bool:
    ctx = click.get_current_context(silent=True)
    root = ctx.find_root() if ctx else None
    flag = bool(root and root.obj and root.obj.get("debug"))
    return flag or os.environ.get("BRIEFGEN_DEBUG", "") not in ("", "0")


def _fail(message: str, code: int) -> None:
    click.echo(f"briefgen: error: {message}", err=True)
    sys.exit(code)


def reports_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn errors into one line and an exit code, unless debugging."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except BriefgenError as exc:
            if _debug_enabled():
                raise
            _fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            _fail("interrupted", 130)
        except Exception as exc:  # a bug: still one line, with the way to see more
            if _debug_enabled():
                raise
            _fail(f"internal error: {type(exc).__name__}: {exc} (run with --debug for details)", 1)

    return wrapper


def _formats(value: str) -> list[str]:
    return [f.strip().lower() for f in value.split(",") if f.strip()]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="briefgen")
@click.option("--debug", is_flag=True, help="Show the full traceback when something fails.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Turn news articles about a policy proposal into a cited policy brief.

    briefgen reads articles, finds what is proposed and by whom, who supports and
    who opposes it and why, and what came of it, citing the source sentence of every
    statement, and writes the brief as PDF and DOCX from a template.
    """
    ctx.obj = {"debug": debug}


@main.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "-t",
    "--template",
    default=None,
    metavar="TEMPLATE",
    help="Template name or path to a template folder  [default: policy-brief]",
)
@click.option(
    "-f",
    "--format",
    "formats",
    default=DEFAULT_FORMATS,
    show_default=True,
    metavar="FORMATS",
    help="Comma-separated formats: pdf, docx, md, html, json.",
)
@click.option(
    "-o",
    "--output",
    "out_dir",
    default=DEFAULT_OUTPUT,
    show_default=True,
    type=click.Path(path_type=Path),
    help="Folder to write the briefs into.",
)
@click.option(
    "--one-brief",
    is_flag=True,
    help="Make a single brief from all sources instead of one per story.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Worker processes for analysing and rendering  [default: number of cores]",
)
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default=None,
    help="Run stories on this machine or on a Dask cluster  [default: local]",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS",
    envvar="BRIEFGEN_DASK_SCHEDULER",
    show_envvar=True,
    help="Dask scheduler address, tcp://HOST:PORT (for --executor dask).",
)
@reports_errors
def make(
    sources: tuple[Path, ...],
    template: str | None,
    formats: str,
    out_dir: Path,
    one_brief: bool,
    jobs: int | None,
    executor: str | None,
    scheduler: str | None,
) -> None:
    """Make briefs from SOURCES (files or folders; default: sources/).

    Each brief is written as OUTPUT/<date>-<slug>.<format>, atomically, and every
    path written is printed, in the order of the sources whatever --jobs is. Stories
    are analysed and rendered in parallel: in --jobs local processes, or on a Dask
    cluster with --executor dask (pip install 'briefgen[dask]'), where the workers
    return bytes and the files are still written here. A source or story that fails
    is reported at the end while the others are still made; the exit code is then 1.
    """
    from briefgen.pipeline import make as run_make
    from briefgen.progress import progress_for_terminal

    source = click.get_current_context().get_parameter_source("scheduler")
    if executor is None and source is click.core.ParameterSource.COMMANDLINE:
        executor = "dask"  # --scheduler given on the command line means Dask
    elif executor == "local" and source is click.core.ParameterSource.COMMANDLINE:
        raise UsageError("--scheduler is for --executor dask")
    elif executor != "dask":
        scheduler = None  # BRIEFGEN_DASK_SCHEDULER is only read for --executor dask
    progress = progress_for_terminal()
    try:
        report = run_make(
            list(sources) or [DEFAULT_SOURCES],
            template,
            _formats(formats),
            out_dir,
            one_brief=one_brief,
            progress=progress,
            jobs=jobs,
            executor=executor,
            scheduler=scheduler,
        )
    finally:
        progress.close()
    for failure in report.failures:
        click.echo(f"briefgen: error: {failure}", err=True)
    if report.failures:
        if _debug_enabled():
            raise report.failures[0]
        click.echo(
            f"briefgen: made {len(report.made)} brief(s); {len(report.failures)} failed",
            err=True,
        )
        sys.exit(1)


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the brief as the JSON contract.")
@reports_errors
def analyze(sources: tuple[Path, ...], as_json: bool) -> None:
    """Analyse SOURCES as one story and print the brief.

    Without --json the brief is shown as a readable summary for the terminal;
    with --json it is the public JSON contract (briefgen/schema/brief.schema.json).
    """
    from briefgen.analyse import analyse
    from briefgen.errors import SourceError
    from briefgen.ingest import load_sources
    from briefgen.model import Story, brief_to_dict
    from briefgen.terminal import show_brief

    articles, errors = load_sources(list(sources))
    for error in errors:
        click.echo(f"briefgen: error: {error}", err=True)
    if not articles:
        raise SourceError("no source could be read")
    brief = analyse(Story(tuple(articles)))
    if as_json:
        click.echo(json.dumps(brief_to_dict(brief), ensure_ascii=False, indent=2))
    else:
        click.echo(show_brief(brief))
    if errors:
        sys.exit(1)


@main.group()
def templates() -> None:
    """List and inspect brief templates."""


@templates.command("list")
@reports_errors
def templates_list() -> None:
    """List the templates available here, with a one-line description each."""
    from briefgen.render.templates import available, load_template

    for name, folder in available().items():
        click.echo(f"{name:<16} {load_template(str(folder)).description}")


if __name__ == "__main__":  # pragma: no cover
    main()
