"""ingest: paths and URLs → `Article`s, one loader per format chosen by `LOADERS`.

`load_sources` runs the stage: expand folders, pick each file's loader by its
content (`sniff`) or else its suffix, load, fetch the URLs the user gave, then drop
identical articles and merge wire copies (`dedupe`). It collects a `SourceError`
for each file, URL, feed entry or JSON line that fails, so one bad input never
stops a batch.

Each loader's module is imported the first time a file of its kind is loaded, so a
run over `.txt` files never imports trafilatura, pypdf, feedparser or python-docx, nor
`http.client` and `ssl` (imported by `fetch`, for URLs only).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from briefgen.errors import SourceError, UsageError
from briefgen.ingest.dedupe import merge_copies
from briefgen.ingest.hosts import is_url
from briefgen.ingest.limits import Limits
from briefgen.ingest.sniff import sniff
from briefgen.limits import LimitError
from briefgen.model import Article

Loaded = Article | SourceError
Loader = Callable[[Path, Limits], Iterable[Loaded]]
"""A loader yields each article it finds, or the error of each item that fails;
it raises `SourceError` when the whole file fails."""


def lazy(module: str, one_article: bool = False) -> Loader:
    """The `load` function of `briefgen.ingest.<module>`, imported on its first call.

    `one_article`: the function returns one `Article` per file (a plain file, a page),
    not an iterable of articles and errors (a feed, a JSON Lines file).
    """
    name = f"briefgen.ingest.{module}.load"

    def loader(path: Path, limits: Limits) -> Iterable[Loaded]:
        # __import__, not importlib.import_module: the latter is invisible to
        # `python -X importtime`, which would show the loader's imports as top-level.
        load = __import__(f"briefgen.ingest.{module}", fromlist=["load"]).load
        return [load(path, limits)] if one_article else load(path, limits)

    loader.__doc__ = name  # the fuzzer tells loaders apart by it
    return loader


LOADERS: dict[str, Loader] = {
    ".txt": lazy("plain", one_article=True),
    ".text": lazy("plain", one_article=True),
    ".md": lazy("markdown", one_article=True),
    ".markdown": lazy("markdown", one_article=True),
    ".html": lazy("webpage", one_article=True),
    ".htm": lazy("webpage", one_article=True),
    ".xhtml": lazy("webpage", one_article=True),
    ".docx": lazy("word", one_article=True),
    ".pdf": lazy("pdf", one_article=True),
    ".json": lazy("jsonfile"),
    ".jsonl": lazy("jsonfile"),
    ".rss": lazy("feed"),
    ".atom": lazy("feed"),
    ".xml": lazy("feed"),
    ".urls": lazy("urls"),
}


def kind_of(path: Path, limits: Limits) -> str:
    """The `LOADERS` key for `path`: what its content says, else its suffix."""
    suffix = path.suffix.lower()
    sniffed = sniff(path, limits.max_file_bytes) if path.is_file() else None
    if sniffed and not (sniffed == ".json" and suffix == ".jsonl"):
        return sniffed
    if suffix in LOADERS:
        return suffix
    if not suffix and path.is_file():
        return ".txt"  # no suffix and no signature: try it as plain text
    known = ", ".join(sorted(LOADERS))
    raise SourceError(f"{path}: unsupported file type {suffix or '(none)'!r} (known: {known})")


def load_file(path: Path, limits: Limits | None = None) -> Iterator[Loaded]:
    """Every article in one file, or the error of each item that fails."""
    limits = limits or Limits()
    try:
        if not path.exists():
            raise SourceError(f"{path}: no such file or folder")
        for item in LOADERS[kind_of(path, limits)](path, limits):
            yield item.at(str(path)) if isinstance(item, LimitError) else item
    except LimitError as exc:  # raised by the text splitter, which knows no file name
        yield exc.at(str(path))
    except SourceError as exc:
        yield exc


def load(path: Path, limits: Limits | None = None) -> Article:
    """Load a file that holds one article; its first error is raised."""
    found = list(load_file(path, limits))
    for item in found:
        if isinstance(item, SourceError):
            raise item
    if len(found) != 1:
        raise SourceError(f"{path}: holds {len(found)} articles, not one")
    article = found[0]
    assert isinstance(article, Article)
    return article


def _in_folder(folder: Path, limits: Limits) -> list[Path]:
    """The loadable files of a folder: known suffixes, or content that says what it is."""
    found = []
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.name.startswith("."):
            continue
        if path.suffix.lower() in LOADERS or sniff(path, limits.max_file_bytes):
            found.append(path)
    return found


def expand(
    sources: Iterable[str | Path], limits: Limits | None = None
) -> tuple[list[str | Path], list[SourceError]]:
    """URLs and files named directly, plus the loadable files inside named folders.

    Offline, a URL is a usage error: the command asked to fetch and not to fetch.
    """
    limits = limits or Limits()
    items: list[str | Path] = []
    errors: list[SourceError] = []
    for source in sources:
        if is_url(source):
            if limits.offline:
                raise UsageError(
                    f"{source}: a URL, but briefgen is offline (--offline or [sources] "
                    "offline = true) and fetches nothing; save the page and give the file"
                )
            items.append(str(source))
            continue
        path = Path(source)
        if path.is_dir():
            found = _in_folder(path, limits)
            if not found:
                known = ", ".join(sorted(LOADERS))
                errors.append(SourceError(f"{path}: folder holds no articles ({known})"))
            items.extend(found)
        else:
            items.append(path)
    return items, errors


def load_sources(
    sources: Iterable[str | Path], limits: Limits | None = None
) -> tuple[list[Article], list[SourceError]]:
    """Load every source (file, folder or http(s) URL); return articles and errors.

    Identical articles are dropped and wire copies merged into one article whose
    `copies` name the other outlets.
    """
    from briefgen.ingest.urls import load_url  # imports fetch only when there is a URL

    limits = limits or Limits()
    items, errors = expand(sources, limits)
    articles: list[Article] = []
    for item in items:
        loaded = load_url(item, limits) if isinstance(item, str) else load_file(item, limits)
        for result in loaded:
            if isinstance(result, LimitError):
                result = result.at(str(item))
            if isinstance(result, SourceError):
                errors.append(result)
            else:
                articles.append(result)
    return merge_copies(articles), errors
