"""Distribution lists: who gets the briefs.

`--to NAME` picks `[lists.NAME]` from briefgen.toml; `--to FILE.csv` takes every row of
a CSV file. Every address is checked before anything is sent; all the bad ones are
reported together (`readers.csv:4: 'bob@': ...`) and nothing is sent until they are
fixed, so no reader is ever silently left out. A reader listed twice is served once.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from briefgen.address import Address, AddressError, parse_address
from briefgen.config import Config
from briefgen.errors import DistributionError, UsageError

EMAIL_COLUMNS = ("email", "e-mail", "address")
TAG_COLUMNS = ("lists", "tags", "list")
_TAG_SPLIT = re.compile(r"[;,\s|]+")


@dataclass(frozen=True)
class DistributionList:
    """A named list of checked, de-duplicated readers, in the order they were given."""

    name: str
    readers: tuple[Address, ...]


@dataclass(frozen=True)
class _Row:
    where: str
    address: Address | None
    tags: frozenset[str]
    problem: str | None = None


def _read_csv(path: Path) -> list[_Row]:
    """Every data row of a reader CSV; a broken file is a `DistributionError`."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            table = list(csv.reader(handle))
    except FileNotFoundError:
        raise DistributionError(f"{path}: no such reader list") from None
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise DistributionError(f"{path}: cannot read the reader list ({exc})") from None
    if not table:
        raise DistributionError(f"{path}: the reader list is empty")
    header = [cell.strip().lower() for cell in table[0]]
    email_col = next((header.index(c) for c in EMAIL_COLUMNS if c in header), None)
    if email_col is None:
        raise DistributionError(f"{path}:1: no 'email' column in the header {table[0]}")
    name_col = header.index("name") if "name" in header else None
    tag_col = next((header.index(c) for c in TAG_COLUMNS if c in header), None)
    rows = []
    for number, cells in enumerate(table[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        where = f"{path}:{number}"

        def cell(col: int | None, cells: list[str] = cells) -> str:
            return cells[col].strip() if col is not None and col < len(cells) else ""

        tags = frozenset(t.lower() for t in _TAG_SPLIT.split(cell(tag_col)) if t)
        name, email = cell(name_col), cell(email_col)
        try:
            address = parse_address(email)
            address = Address(name or address.name, address.email)
            if name:
                parse_address(f"{name} <{address.email}>")
            rows.append(_Row(where, address, tags))
        except AddressError as exc:
            rows.append(_Row(where, None, tags, str(exc)))
    return rows


def _from_settings(name: str, config: Config) -> list[_Row]:
    settings = config.settings.lists[name]
    rows = []
    for i, text in enumerate(settings.recipients):
        where = f"{config.where}: lists.{name}.recipients[{i}]"
        try:
            rows.append(_Row(where, parse_address(text), frozenset()))
        except AddressError as exc:
            rows.append(_Row(where, None, frozenset(), str(exc)))
    if settings.csv is not None:
        wanted = {t.lower() for t in settings.tags}
        for row in _read_csv(config.resolve(settings.csv)):
            if not wanted or row.tags & wanted:
                rows.append(row)
    return rows


def _build(name: str, rows: list[_Row]) -> DistributionList:
    problems = [f"{row.where}: {row.problem}" for row in rows if row.problem]
    if problems:
        raise DistributionError(
            f"{len(problems)} invalid address(es), nothing sent: " + "; ".join(problems)
        )
    readers: dict[str, Address] = {}
    for row in rows:
        assert row.address is not None
        readers.setdefault(row.address.key, row.address)
    if not readers:
        raise DistributionError(f"list {name!r} has no readers")
    return DistributionList(name, tuple(readers.values()))


def load_list(to: str, config: Config) -> DistributionList:
    """The list `to` names: a `[lists.NAME]` of briefgen.toml, or a CSV file."""
    if to in config.settings.lists:
        return _build(to, _from_settings(to, config))
    path = Path(to)
    if path.suffix.lower() == ".csv" or path.is_file():
        return _build(path.stem, _read_csv(path))
    known = ", ".join(sorted(config.settings.lists)) or f"none in {config.where}"
    raise UsageError(f"unknown distribution list {to!r} (lists: {known}; or give a .csv file)")
