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
from typing import TYPE_CHECKING, Any

import click

from briefgen import __version__
from briefgen.errors import BriefgenError, UsageError

if TYPE_CHECKING:
    from briefgen.ingest.limits import Limits

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


BRANDING_OPTIONS = (
    ("--org", "organisation", "Organisation printed in the header (and as the memo's FROM)."),
    ("--author", "author", "Author written into the document properties."),
    ("--logo", "logo", "PNG or JPEG logo for the top of the first page."),
    ("--classification", "classification", "Handling marking printed at top and bottom."),
    ("--distribution", "distribution", "Distribution statement printed at the end."),
    ("--to", "recipient", "Who the brief is for (the memo's TO line)."),
)


def branding_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add the branding options; each overrides briefgen.toml's [branding] when given."""
    for flag, name, text in reversed(BRANDING_OPTIONS):
        command = click.option(flag, name, default=None, metavar="TEXT", help=text)(command)
    return command


def _branding(options: dict[str, Any]) -> dict[str, str | None]:
    return {name: options.pop(name) for _, name, _ in BRANDING_OPTIONS}


def _warn(warnings: list[str]) -> None:
    for warning in warnings:
        click.echo(f"briefgen: warning: {warning}", err=True)


format_option = click.option(
    "-f",
    "--format",
    "formats",
    default=DEFAULT_FORMATS,
    show_default=True,
    metavar="FORMATS",
    help="Comma-separated formats: pdf, docx, md, html, json.",
)


config_option = click.option(
    "-c",
    "--config",
    "config_path",
    default=None,
    type=click.Path(path_type=Path),
    help="Settings file  [default: ./briefgen.toml]",
)


offline_option = click.option(
    "--offline",
    is_flag=True,
    default=None,
    help="Fetch nothing: feed entries use their own text, URLs are an error "
    "[default: briefgen.toml's [sources] offline]",
)


engine_option = click.option(
    "--engine",
    default=None,
    metavar="NAME",
    help="Analysis engine: extractive (offline) or llm (the [llm] model of briefgen.toml, "
    "every statement checked against its sources)  [default: briefgen.toml's [analysis] "
    "engine, else extractive]",
)


def _engine(engine: str | None) -> str:
    """Choose the analysis engine (a usage error when --engine llm has no [llm])."""
    from briefgen.analyse import choose

    return choose(engine)


def _limits(offline: bool | None) -> Limits:
    """Ingest limits: briefgen.toml's [sources], with --offline when given. Also puts
    [analysis] spacy_model where the engine (in this process or a worker) finds it."""
    from briefgen.analyse.nlp import MODEL_VARIABLE
    from briefgen.config import load_analysis_settings
    from briefgen.ingest.limits import in_force

    model = load_analysis_settings().spacy_model
    if model:
        os.environ[MODEL_VARIABLE] = model
    return in_force(offline or None)


def output_option(what: str) -> Callable[[Any], Any]:
    """`-o/--output DIR`, shared by the commands that write files."""
    return click.option(
        "-o",
        "--output",
        "out_dir",
        default=DEFAULT_OUTPUT,
        show_default=True,
        type=click.Path(path_type=Path),
        help=f"Folder to write the {what} into.",
    )


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
@click.argument("sources", nargs=-1)
@click.option(
    "-t",
    "--template",
    default=None,
    metavar="TEMPLATE",
    help="Template name or path to a template folder  [default: policy-brief]",
)
@format_option
@output_option("briefs")
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
@offline_option
@engine_option
@branding_options
@reports_errors
def make(
    sources: tuple[str, ...],
    template: str | None,
    formats: str,
    out_dir: Path,
    one_brief: bool,
    jobs: int | None,
    executor: str | None,
    scheduler: str | None,
    offline: bool | None,
    engine: str | None,
    **branding: Any,
) -> None:
    """Make briefs from SOURCES (files, folders or http(s) URLs; default: sources/).

    Articles about the same proposal are grouped into one story, and each story
    gets its own brief (see `briefgen stories`); --one-brief makes one brief of all.

    Each brief is written as OUTPUT/<date>-<slug>.<format>, atomically, and every
    path written is printed, in the order of the sources whatever --jobs is. Stories
    are analysed and rendered in parallel: in --jobs local processes, or on a Dask
    cluster with --executor dask (pip install 'briefgen[dask]'), where the workers
    return bytes and the files are still written here. A source or story that fails
    is reported at the end while the others are still made; the exit code is then 1.
    Interrupted (Ctrl-C or SIGTERM), it stops cleanly, lists what was not made and
    exits 130 or 143.
    """
    from briefgen.distribute.briefs import remember_output
    from briefgen.interrupt import EXIT_CODES, stop_on_signals
    from briefgen.pipeline import make as run_make
    from briefgen.progress import progress_for_terminal

    source = click.get_current_context().get_parameter_source("scheduler")
    if executor is None and source is click.core.ParameterSource.COMMANDLINE:
        executor = "dask"  # --scheduler given on the command line means Dask
    elif executor == "local" and source is click.core.ParameterSource.COMMANDLINE:
        raise UsageError("--scheduler is for --executor dask")
    elif executor != "dask":
        scheduler = None  # BRIEFGEN_DASK_SCHEDULER is only read for --executor dask
    chosen = _engine(engine)
    progress = progress_for_terminal()
    try:
        with stop_on_signals():
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
                branding=_branding(branding),
                limits=_limits(offline),
            )
    finally:
        progress.close()
    if report.made:  # so that distribute and publish find this -o folder
        _warn(remember_output(out_dir))
    _warn(report.warnings)
    for made in report.made:
        _warn([f"{made.brief.slug}: {warning}" for warning in made.warnings])
        if chosen == "llm":  # the run report: requests, tokens and time per story
            for line in made.brief.warnings:
                click.echo(f"briefgen: {made.brief.slug}: {line}", err=True)
    for failure in report.failures:
        click.echo(f"briefgen: error: {failure}", err=True)
    if report.interrupted:
        for name in report.not_made:
            click.echo(f"briefgen: not made: {name}", err=True)
        click.echo(
            f"briefgen: interrupted by {report.interrupted}: made {len(report.made)} "
            f"brief(s), {len(report.not_made)} not made; run the same command again "
            "to make the rest",
            err=True,
        )
        sys.exit(EXIT_CODES.get(report.interrupted, 130))
    if report.failures:
        if _debug_enabled():
            raise report.failures[0]
        click.echo(
            f"briefgen: made {len(report.made)} brief(s); {len(report.failures)} failed",
            err=True,
        )
        sys.exit(1)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the brief as the JSON contract.")
@click.option(
    "--explain",
    is_flag=True,
    help="Also show, for every actor and the outcome, the cue and sentence that decided it "
    "(on stderr with --json).",
)
@offline_option
@engine_option
@reports_errors
def analyze(
    sources: tuple[str, ...], as_json: bool, explain: bool, offline: bool | None, engine: str | None
) -> None:
    """Analyse SOURCES as one story and print the brief.

    Without --json the brief is shown as a readable summary for the terminal;
    with --json it is the public JSON contract (briefgen/schema/brief.schema.json).
    """
    from briefgen.analyse import analyse
    from briefgen.errors import SourceError
    from briefgen.ingest import load_sources
    from briefgen.model import Story, brief_to_dict
    from briefgen.terminal import show_brief

    _engine(engine)
    articles, errors = load_sources(list(sources), _limits(offline))
    _warn([w for a in articles for w in a.warnings])
    for error in errors:
        click.echo(f"briefgen: error: {error}", err=True)
    if not articles:
        raise SourceError("no source could be read")
    story = Story(tuple(articles))
    brief = analyse(story)
    if as_json:
        click.echo(json.dumps(brief_to_dict(brief), ensure_ascii=False, indent=2))
    else:
        click.echo(show_brief(brief))
    if explain:
        from briefgen.analyse import explain as explain_story

        click.echo("\nWHY", err=as_json)
        for line in explain_story(story):
            click.echo(f"  {line}", err=as_json)
    if errors:
        sys.exit(1)


@main.command()
@click.argument("sources", nargs=-1)
@click.option(
    "--json", "as_json", is_flag=True, help="Print the stories and their articles as JSON."
)
@offline_option
@reports_errors
def stories(sources: tuple[str, ...], as_json: bool, offline: bool | None) -> None:
    """List how SOURCES group into stories, one brief each, without making briefs.

    SOURCES are files, folders or http(s) URLs (default: sources/). A source that
    cannot be read is reported, and the exit code is then 1. With --json the
    grouping is printed for scripts: {"stories": [{"number", "title", "articles":
    [{"title", "date", "outlet", "path", "url", "copies"}]}]}.
    """
    from briefgen.errors import SourceError
    from briefgen.group import group, stories_to_dict
    from briefgen.ingest import load_sources
    from briefgen.terminal import show_stories

    articles, errors = load_sources(list(sources) or [DEFAULT_SOURCES], _limits(offline))
    _warn([w for a in articles for w in a.warnings])
    for error in errors:
        click.echo(f"briefgen: error: {error}", err=True)
    if not articles:
        raise SourceError("no source could be read")
    found = group(articles)
    if as_json:
        click.echo(json.dumps(stories_to_dict(found), ensure_ascii=False, indent=2))
    else:
        click.echo(show_stories(found))
    if errors:
        sys.exit(1)


@main.group()
def templates() -> None:
    """List, inspect, copy and preview brief templates.

    Templates are found in ./templates/ of the project first, then among those
    shipped with briefgen; -t accepts a name or a path to a template folder.
    """


@templates.command("list")
@reports_errors
def templates_list() -> None:
    """List the templates available here, with a one-line description each."""
    from briefgen.render.templates import available, load_template

    for name, folder in available().items():
        click.echo(f"{name:<16} {load_template(str(folder)).description}")


@templates.command("show")
@click.argument("name")
@reports_errors
def templates_show(name: str) -> None:
    """Show where template NAME lives, its files and all its settings."""
    from briefgen.render.templates import describe, load_template

    click.echo("\n".join(describe(load_template(name))))


@templates.command("new")
@click.argument("name")
@click.option(
    "--from",
    "source",
    default=None,
    metavar="TEMPLATE",
    help="Template to start from  [default: policy-brief]",
)
@reports_errors
def templates_new(name: str, source: str | None) -> None:
    """Copy a template into ./templates/NAME to edit it."""
    from briefgen.render.templates import new_template

    folder = new_template(name, source)
    click.echo(str(folder))


@templates.command("preview")
@click.argument("name")
@format_option
@output_option("preview")
@engine_option
@branding_options
@reports_errors
def templates_preview(
    name: str, formats: str, out_dir: Path, engine: str | None, **branding: Any
) -> None:
    """Render the sample brief with template NAME (files: OUTPUT/preview-NAME.*)."""
    from briefgen.pipeline import preview

    _engine(engine)
    made = preview(name, _formats(formats), out_dir, _branding(branding))
    for path in made.files.values():
        click.echo(str(path))
    _warn(made.warnings)


@main.command()
@click.argument("briefs", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--to",
    "to",
    default=None,
    metavar="LIST",
    help="A [lists.NAME] of briefgen.toml, or a CSV file.",
)
@click.option(
    "--dry-run", is_flag=True, help="Check everything and show who would get what; send nothing."
)
@click.option(
    "--resend", is_flag=True, help="Send again to readers the ledger says already have it."
)
@click.option(
    "--resend-in-doubt",
    is_flag=True,
    help="Send again the messages in doubt (sent, but the server never confirmed them).",
)
@click.option(
    "--attach",
    default=None,
    metavar="FORMATS",
    help="Comma-separated formats to attach: pdf, docx  [default: pdf]",
)
@click.option("--status", is_flag=True, help="Show the delivery ledger as a table and exit.")
@click.option(
    "-t", "--template", default=None, metavar="TEMPLATE", help="Template for the cover note."
)
@config_option
@reports_errors
def distribute(
    briefs: tuple[Path, ...],
    to: str | None,
    dry_run: bool,
    resend: bool,
    resend_in_doubt: bool,
    attach: str | None,
    status: bool,
    template: str | None,
    config_path: Path | None,
) -> None:
    """Email BRIEFS (PDFs; default: what make last wrote) to the readers of a list.

    Each reader gets one message per brief, with a cover note and the PDF attached.
    Every delivery is recorded in a ledger, so running again sends only what is not
    yet delivered. A message the server may have received without confirming it is
    "in doubt": never sent again on its own (--status lists them, --resend-in-doubt
    sends them again). The exit code is 0 only when every reader has every brief.
    """
    from briefgen.config import load_config
    from briefgen.distribute.briefs import find_briefs
    from briefgen.distribute.ledger import read_ledger
    from briefgen.distribute.lists import load_list
    from briefgen.distribute.report import result_line, status_table, summary
    from briefgen.distribute.send import distribute as run_distribute
    from briefgen.errors import DistributionError, UsageError

    config = load_config(config_path)
    if status:
        ledger = config.resolve(config.settings.distribute.ledger)
        click.echo(status_table(read_ledger(ledger)), nl=False)
        return
    if not to:
        raise UsageError("distribute: say who gets the briefs with --to LIST")
    readers = load_list(to, config)
    report = run_distribute(
        find_briefs(list(briefs)),
        readers,
        config,
        attach=_formats(attach) if attach else None,
        resend=resend,
        resend_in_doubt=resend_in_doubt,
        dry_run=dry_run,
        template=template,
        progress=lambda result: click.echo(result_line(result)),
    )
    if not report.complete:
        raise DistributionError(summary(report))
    click.echo(summary(report))


@main.command()
@click.argument("folder", type=click.Path(path_type=Path))
@click.argument("briefs", nargs=-1, type=click.Path(path_type=Path))
@config_option
@reports_errors
def publish(folder: Path, briefs: tuple[Path, ...], config_path: Path | None) -> None:
    """Publish BRIEFS (PDF or DOCX; default: what make last wrote) to a library in FOLDER.

    FOLDER gets the PDFs and DOCX files, an index.html listing every brief newest
    first with its handling marking, an Atom feed (feed.xml) and manifest.json with
    each file's SHA-256. Publishing again adds new briefs and updates changed ones in
    place; a brief that cannot be added is listed with the reason, and the exit code
    is then 1.
    """
    from briefgen.config import load_config
    from briefgen.distribute.briefs import briefs_to_publish
    from briefgen.distribute.publish import publish as run_publish
    from briefgen.errors import DistributionError

    settings = load_config(config_path).settings.publish
    found, problems = briefs_to_publish(list(briefs))
    result = run_publish(
        folder, found, title=settings.title, base_url=settings.base_url, not_added=problems
    )
    for line in result.lines():
        click.echo(line)
    if result.not_added:
        given = len(found) + len(problems)
        raise DistributionError(f"{len(result.not_added)} of {given} brief(s) not added; see above")


if __name__ == "__main__":  # pragma: no cover
    main()
