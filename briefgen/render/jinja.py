"""The one place that builds the Jinja2 environment for templates.

Templates run in Jinja2's sandbox (`sandbox.GuardedEnvironment`, with its time, loop
and size limits) with undefined variables as errors, and every file is read through
`TemplateLoader`, which refuses one reached through a symlink. Every value a brief
template prints is Markdown-escaped by `finalize`, so article text can never become
Markdown syntax; helpers that produce Markdown on purpose return `MarkdownSafe`. Cover
notes (`note_environment`) are built here too, so no template runs outside the guard.
"""

from __future__ import annotations

import functools
import traceback
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2

from briefgen import limits
from briefgen.errors import TemplateError
from briefgen.render.escape import MarkdownSafe, markdown
from briefgen.render.sandbox import GuardedEnvironment


def _finalize(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, MarkdownSafe):
        return value
    return markdown(str(value))


def anchor(text: Any, anchor_id: str) -> MarkdownSafe:
    """`text` as a span that links can point at: `[text]{#id}`."""
    return MarkdownSafe(f"[{markdown(str(text))}]{{#{anchor_id}}}")


def link(text: Any, url: str | None) -> MarkdownSafe:
    """A Markdown link, only for http(s) URLs; anything else prints as plain text."""
    label = markdown(str(text))
    if not url or urlsplit(url).scheme.lower() not in {"http", "https"}:
        return MarkdownSafe(label)
    safe_url = "".join(c if c.isprintable() and c not in " <>" else f"%{ord(c):02X}" for c in url)
    return MarkdownSafe(f"[{label}](<{safe_url}>)")


class TemplateLoader(jinja2.FileSystemLoader):
    """Jinja2's file loader, refusing a file that is, or lies under, a symlink inside the
    folder: a template shared with you must not be able to read your files."""

    def get_source(self, environment: jinja2.Environment, template: str) -> Any:
        source, filename, uptodate = super().get_source(environment, template)
        path = Path(filename)
        for root in map(Path, self.searchpath):
            if path.is_relative_to(root):
                link = linked_part(root, path.relative_to(root))
                if link is not None:
                    raise TemplateError(f"{link}: {SYMLINK_REFUSED}")
        return source, filename, uptodate


SYMLINK_REFUSED = "is a symlink; a template folder may not hold symlinks (copy the file in)"


def linked_part(root: Path, relative: Path) -> Path | None:
    """The first of `root / relative`'s parts below `root` that is a symlink, or None."""
    path = root
    for part in relative.parts:
        path = path / part
        if path.is_symlink():
            return path
    return None


def environment(folder: Path, in_force: limits.Limits | None = None) -> GuardedEnvironment:
    """A sandboxed environment loading templates from `folder`, within the template limits.

    Kept per folder and limits, so a template is compiled once per process, not once per
    brief (compiling the policy brief costs more than rendering it); Jinja2 still reloads
    a template whose file has changed, and each render resets its own budgets.
    """
    return _environment(folder, in_force or limits.current())


@functools.lru_cache(maxsize=32)
def _environment(folder: Path, in_force: limits.Limits) -> GuardedEnvironment:
    env = GuardedEnvironment(
        limits=in_force,
        loader=TemplateLoader(str(folder)),
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["anchor"] = anchor
    env.filters["link"] = link
    return env


def _where(exc: BaseException, folder: Path, name: str) -> str:
    """`file:line` of the template line that raised `exc`, as far as it can be told."""
    lineno = getattr(exc, "lineno", None)
    filename = getattr(exc, "filename", None) or getattr(exc, "name", None)
    if lineno is None:
        for frame in reversed(traceback.extract_tb(exc.__traceback__)):
            if frame.filename.endswith(".j2"):
                filename, lineno = frame.filename, frame.lineno
                break
    path = Path(filename) if filename else folder / name
    if not path.is_absolute():
        path = folder / path
    return f"{path}:{lineno}" if lineno else str(path)


def note_environment(folders: list[Path], autoescape: bool) -> GuardedEnvironment:
    """The environment for cover notes: text (no escaping) or HTML (autoescaped), with
    the same guard and limits as brief templates, loading from `folders` in order."""
    return GuardedEnvironment(
        limits=limits.current(),
        loader=TemplateLoader([str(folder) for folder in folders]),
        undefined=jinja2.StrictUndefined,
        autoescape=autoescape,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_template(folder: Path, name: str, context: dict[str, Any]) -> str:
    """Render template file `name` from `folder`; any failure is a `TemplateError`."""
    return render_with(environment(folder), folder, name, context)


def render_with(env: GuardedEnvironment, folder: Path, name: str, context: dict[str, Any]) -> str:
    """Render `name` with `env` within its limits; any failure is a one-line `TemplateError`
    naming the file and line (relative names are taken as under `folder`)."""
    try:
        return env.render(lambda: env.get_template(name), context)
    except TemplateError as exc:  # a limit: say where the template was when it hit it
        raise TemplateError(f"{_where(exc.__cause__ or exc, folder, name)}: {exc}") from exc
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(f"{folder / name}: template file not found ({exc.name})") from exc
    except jinja2.TemplateError as exc:
        raise TemplateError(f"{_where(exc, folder, name)}: {exc.message or exc}") from exc
    except Exception as exc:  # a template can raise anything from a filter or a test
        raise TemplateError(f"{_where(exc, folder, name)}: {type(exc).__name__}: {exc}") from exc
