"""ingest: paths → `Article`s, one loader per format chosen by `LOADERS`.

`load_sources` expands folders, loads every file it can and collects a `SourceError`
for each one it cannot, so one bad file never stops a batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from briefgen.errors import SourceError
from briefgen.ingest import markdown, plain
from briefgen.model import Article

Loader = Callable[[Path], Article]

LOADERS: dict[str, Loader] = {
    ".txt": plain.load,
    ".text": plain.load,
    ".md": markdown.load,
    ".markdown": markdown.load,
}


def loader_for(path: Path) -> Loader:
    """The loader registered for `path`'s suffix; an unknown suffix is a `SourceError`."""
    try:
        return LOADERS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(LOADERS))
        raise SourceError(
            f"{path}: unsupported file type {path.suffix or '(none)'!r} (known: {known})"
        ) from None


def load(path: Path) -> Article:
    """Load one source file."""
    return loader_for(path)(path)


def expand(paths: Iterable[Path]) -> tuple[list[Path], list[SourceError]]:
    """Files named directly, plus the loadable files inside named folders (sorted)."""
    files: list[Path] = []
    errors: list[SourceError] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p
                for p in path.iterdir()
                if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in LOADERS
            )
            if not found:
                errors.append(
                    SourceError(f"{path}: folder holds no articles ({', '.join(sorted(LOADERS))})")
                )
            files.extend(found)
        else:
            files.append(path)
    return files, errors


def load_sources(paths: Iterable[Path]) -> tuple[list[Article], list[SourceError]]:
    """Load every source; return the articles and the errors of those that failed."""
    files, errors = expand(paths)
    articles = []
    for path in files:
        try:
            articles.append(load(path))
        except SourceError as exc:
            errors.append(exc)
    return articles, errors
