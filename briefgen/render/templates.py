"""Finding and loading templates: folders with `template.toml` and `brief.md.j2`.

Search order (first match wins): a path to a folder given by the user, `./templates/`
of the user's project, then the templates shipped with briefgen.

A template may come from someone else, so its folder is checked when it is loaded: no
symlink inside it (one could make `{% include %}` or the logo read any file), and the
paths in `template.toml` stay inside it (see `settings`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import TemplateError, UsageError
from briefgen.render.settings import TemplateSettings, load_settings

DEFAULT_TEMPLATE = "policy-brief"
MANIFEST = "template.toml"
BODY = "brief.md.j2"


def shipped_dir() -> Path:
    """Where the shipped templates live: inside the installed package, or the checkout."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "templates"
    return installed if installed.is_dir() else package.parent / "templates"


def search_path(project_dir: Path | None = None) -> list[Path]:
    """Folders searched for templates by name, in order."""
    project = (project_dir or Path.cwd()) / "templates"
    shipped = shipped_dir()
    folders = [project] if project.is_dir() and project.resolve() != shipped.resolve() else []
    return folders + [shipped]


@dataclass(frozen=True)
class Template:
    name: str
    path: Path
    settings: TemplateSettings

    @property
    def description(self) -> str:
        return self.settings["description"]


def _is_template(folder: Path) -> bool:
    return (folder / MANIFEST).is_file() and (folder / BODY).is_file()


def refuse_symlinks(folder: Path) -> None:
    """A `TemplateError` naming the first symlink inside `folder` (the folder itself may
    be one: it is the user's own choice of where the template lives)."""
    from briefgen.render.jinja import SYMLINK_REFUSED

    for parent, dirs, files in os.walk(folder):
        for name in sorted(dirs + files):
            path = Path(parent) / name
            if path.is_symlink():
                raise TemplateError(f"{path}: {SYMLINK_REFUSED}")


def available(project_dir: Path | None = None) -> dict[str, Path]:
    """Every template name → its folder; earlier folders on the search path win."""
    found: dict[str, Path] = {}
    for folder in reversed(search_path(project_dir)):
        for child in sorted(folder.iterdir()):
            if child.is_dir() and _is_template(child):
                found[child.name] = child
    return dict(sorted(found.items()))


def load_template(name_or_path: str | None = None, project_dir: Path | None = None) -> Template:
    """The template named `name_or_path`, or the one in that folder."""
    wanted = name_or_path or DEFAULT_TEMPLATE
    as_path = Path(wanted)
    if ("/" in wanted or as_path.is_dir()) and as_path.is_dir():
        folder = as_path
    else:
        known = available(project_dir)
        if wanted not in known:
            raise UsageError(f"unknown template {wanted!r} (known: {', '.join(known) or 'none'})")
        folder = known[wanted]
    if not _is_template(folder):
        raise UsageError(f"{folder}: not a template folder (needs {MANIFEST} and {BODY})")
    refuse_symlinks(folder)
    settings = load_settings(folder / MANIFEST)
    return Template(settings["name"] or folder.name, folder, settings)


def new_template(name: str, source: str | None = None, project_dir: Path | None = None) -> Path:
    """Copy template `source` into `./templates/<name>/` for the user to edit.

    The copy gets its own name and a description saying what it was copied from.
    """
    import re
    import shutil

    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", name):
        raise UsageError(f"{name!r}: a template name uses letters, digits, '-', '_' and '.'")
    origin = load_template(source, project_dir)
    target = (project_dir or Path.cwd()) / "templates" / name
    if target.exists():
        raise UsageError(f"{target}: already exists; choose another name or remove it")
    shutil.copytree(origin.path, target, ignore=shutil.ignore_patterns("__pycache__"))
    manifest = target / MANIFEST
    text = manifest.read_text(encoding="utf-8")
    text = _set_key(text, "name", name)
    # A copy that kept the original's description would be listed as its twin.
    what = re.sub(r"^Copy of [^:]*: ", "", origin.description)  # not "Copy of a: Copy of b"
    described = _set_key(text, "description", f"Copy of {origin.name}: {what}".strip())
    manifest.write_text(described, encoding="utf-8")
    return target


def _set_key(text: str, key: str, value: str) -> str:
    """`text` with top-level `key = "value"`: its line replaced, or a first line added."""
    import json
    import re
    import tomllib

    line = f"{key} = {json.dumps(value)}"  # a JSON string is a TOML basic string
    # the key's line: a string in either quotes, alone on its line
    pattern = rf"""(?m)^{key}\s*=\s*(".*"|'.*')[ \t]*$"""
    changed, count = re.subn(pattern, lambda _: line, text, count=1)
    if count or key in tomllib.loads(text):
        return changed
    return f"{line}\n{text}"


def describe(template: Template) -> list[str]:
    """Lines for `briefgen templates show`: where it lives, its files, every setting."""
    lines = [f"name: {template.name}", f"path: {template.path}"]
    lines.append(f"description: {template.description}")
    files = sorted(p.name for p in template.path.iterdir() if p.is_file())
    lines.append(f"files: {', '.join(files)}")
    lines.append("settings:")
    for key, value in sorted(template.settings.values.items()):
        if not key.startswith("_"):
            lines.append(f"  {key} = {value!r}")
    return lines
