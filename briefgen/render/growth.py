"""How big a template value is, and how big an operation would make it, before it runs.

A template can ask for gigabytes in one step: `'a'.ljust(2000000000)`, a separator
joined between copies of one long string (`(['a' * 4000000] * 500)|join`), a list of
500 references to one string printed as text. Checking the result after the fact is
too late: the memory is taken while it is built. So the sandbox asks here first:

- `weight(value)`: about how many characters `str(value)` has, counting a shared
  string once per reference (what printing it costs, not what holding it costs);
- `method_size(method, args, kwargs)`: what a `str`, `bytes` or `list` method would
  build (`ljust`, `center`, `zfill`, `expandtabs`, `replace`, `translate`, `join`,
  `extend`...), or None for methods that cannot grow their input much;
- `filter_size(name, args, kwargs)`: the same for Jinja2's filters (`join`, `replace`,
  `indent`, `wordwrap`, `format`, `center`, and those that print their input);
- `printf_size` and `format_size`: what `%` and `str.format` would build.

Every estimate is an upper bound (a little generous) and stops counting once it is
past `cap`, so sizing a huge value costs no more than the limit it is checked against.
"""

from __future__ import annotations

import re
import string
from collections import deque
from collections.abc import Iterable, Mapping
from typing import Any

from jinja2.utils import Namespace

_CONTAINERS = (list, tuple, set, frozenset, deque)
_VIEWS = (type({}.keys()), type({}.values()), type({}.items()))
_PRINTF = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\d*)(?:\.(\d*))?[hlL]?([a-zA-Z%])")
_DIGITS = re.compile(r"\d+")
# Filters that print their input (a container's text, not its length) or whose first
# argument is text they copy: sized by the weight of what they are given.
PRINTING_FILTERS = frozenset(
    "capitalize center e escape forceescape format indent join lower pprint replace safe "
    "string striptags title tojson trim truncate upper urlencode urlize wordcount wordwrap "
    "xmlattr".split()
)
_TEXT = (str, bytes, bytearray)


def weight(value: Any, cap: int) -> int:
    """About how many characters `str(value)` has; a number over `cap` once it is over."""
    total = 0
    stack: list[Any] = [value]
    seen: set[int] = set()
    while stack and total <= cap:
        item = stack.pop()
        if isinstance(item, _TEXT):
            total += len(item) + 2  # quotes, when inside a container
        elif isinstance(item, (bool, float, type(None))):
            total += 8
        elif isinstance(item, int):
            total += item.bit_length() * 31 // 100 + 2
        elif isinstance(item, (*_CONTAINERS, *_VIEWS, Mapping, Namespace)):
            if id(item) in seen:  # printed once in full, then as [...] when it cycles
                total += 5
                continue
            seen.add(id(item))
            total += 2
            if isinstance(item, Namespace):  # prints as <Namespace {...its attributes}>
                stack.append(getattr(item, "_Namespace__attrs", {}))
            elif isinstance(item, Mapping):
                stack.extend(item.keys())
                stack.extend(item.values())
            else:
                stack.extend(item)
        else:
            total += 8  # objects print as short names; briefgen puts none big in a context
    return total


def _length(value: Any) -> int:
    return len(value) if isinstance(value, _TEXT) else 0


def _int(value: Any, default: int = 0) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _widest(values: Iterable[Any], cap: int) -> int:
    return max((weight(v, cap) for v in values), default=0)


def printf_size(template: str, args: Any, cap: int) -> int:
    """What `template % args` can build: each conversion as wide as the widest argument."""
    values = (
        list(args.values())
        if isinstance(args, Mapping)
        else (list(args) if isinstance(args, tuple) else [args])
    )
    widest = _widest(values, cap)
    size = len(template)
    for match in _PRINTF.finditer(template):
        size += widest + int(match[1] or 0) + int(match[2] or 0)
        if size > cap:
            break
    return size


def format_size(template: str, args: tuple[Any, ...], kwargs: Mapping[str, Any], cap: int) -> int:
    """What `template.format(*args, **kwargs)` can build, the same way."""
    widest = _widest([*args, *kwargs.values()], cap)
    size = 0
    try:
        for literal, field, spec, _ in string.Formatter().parse(template):
            size += len(literal)
            if field is not None:
                size += widest + sum(int(d) for d in _DIGITS.findall(spec or ""))
            if size > cap:
                break
    except ValueError:  # a malformed template fails in str.format itself, cheaply
        return len(template)
    return size


def _occurrences(text: Any, old: Any, count: int) -> int:
    found = len(text) + 1 if not old else text.count(old)
    return found if count < 0 else min(found, count)


def _replace_size(text: Any, old: Any, new: Any, count: Any = -1) -> int:
    if not isinstance(text, _TEXT) or not isinstance(old, _TEXT) or not isinstance(new, _TEXT):
        return 0
    growth = max(len(new) - len(old), 0)
    return len(text) + _occurrences(text, old, _int(count, -1)) * growth


def _join_size(separator: Any, items: list[Any], cap: int) -> int:
    size = max(len(items) - 1, 0) * weight(separator, cap)
    for item in items:
        size += weight(item, cap)
        if size > cap:
            break
    return size


def _translate_size(text: Any, table: Any, cap: int) -> int:
    if not isinstance(table, Mapping):
        return len(text)
    return len(text) * max(_widest(table.values(), cap), 1)


def method_size(method: Any, args: tuple[Any, ...], kwargs: dict[str, Any], cap: int) -> int:
    """What calling `method` (a bound method of a str, bytes or list) would build; 0 for
    anything else. `args` must already be materialised (see `materialise`)."""
    owner = getattr(method, "__self__", None)
    name = getattr(method, "__name__", "")
    if isinstance(owner, int) and name == "to_bytes":  # (1).to_bytes(2000000000)
        return _int([*args, *kwargs.values()][0]) if args or kwargs else 1
    if isinstance(owner, list) and name in ("extend", "append", "insert"):
        added = 1 if name != "extend" else (len(args[0]) if args else 0)
        return len(owner) + added
    if not isinstance(owner, _TEXT):
        return 0
    given = [*args, *kwargs.values()]
    if name in ("ljust", "rjust", "center", "zfill"):
        return max(len(owner), _int(given[0]) if given else 0)
    if name == "expandtabs":
        tabsize = _int(given[0], 8) if given else 8
        return len(owner) + owner.count("\t" if isinstance(owner, str) else b"\t") * tabsize
    if name == "replace" and len(given) >= 2:
        return _replace_size(owner, *given[:3])
    if name == "join" and args:
        return _join_size(owner, args[0], cap)
    if name == "translate" and given:
        return _translate_size(owner, given[0], cap)
    return len(owner)


def materialise(method: Any, args: tuple[Any, ...]) -> tuple[Any, ...]:
    """`args` with the iterable that `join` or `extend` would consume made a list, so it
    can be sized first (and is consumed once)."""
    name = getattr(method, "__name__", "")
    owner = getattr(method, "__self__", None)
    wants_iterable = (name == "join" and isinstance(owner, _TEXT)) or (
        name == "extend" and isinstance(owner, list)
    )
    if wants_iterable and args and not isinstance(args[0], (list, tuple)):
        return (list(args[0]), *args[1:])
    return args


def filter_size(name: str, args: tuple[Any, ...], kwargs: dict[str, Any], cap: int) -> int:
    """What filter `name` would build from `args` (its input first); 0 when it only reads.
    `args` must already be materialised (see `materialise_input`)."""
    if not args or name not in PRINTING_FILTERS:
        return 0
    value, rest = args[0], args[1:]
    if name == "join":
        separator = rest[0] if rest else kwargs.get("d", "")
        if isinstance(value, _TEXT):  # joined letter by letter
            return len(value) + max(len(value) - 1, 0) * weight(separator, cap)
        return _join_size(separator, list(value), cap)
    size = weight(value, cap)
    if size > cap:
        return size
    given = [*rest, *kwargs.values()]
    if name == "replace" and len(given) >= 2:
        return _replace_size(value if isinstance(value, _TEXT) else str(value), *given[:3])
    if name == "format" and isinstance(value, str):
        return printf_size(value, kwargs or tuple(rest), cap)
    if name == "indent":
        width = kwargs.get("width", rest[0] if rest else 4)
        prefix = len(width) if isinstance(width, str) else _int(width, 4)
        return size + (str(value).count("\n") + 1) * prefix
    if name == "wordwrap":
        width = max(_int(kwargs.get("width", rest[0] if rest else 79), 79), 1)
        wrap = kwargs.get("wrapstring", rest[2] if len(rest) > 2 else None) or "\n"
        return size + (size // width + 1) * max(weight(wrap, cap), 1)
    if name == "center":
        return max(size, _int(given[0], 80) if given else 80)
    return size


def sum_work(start: Any, items: list[Any], cap: int) -> int:
    """How many items `sum(items, start)` copies when `start` is a list or tuple: each
    step copies the whole sum so far (quadratic, and in C, where no timer can stop it)."""
    if not isinstance(start, (list, tuple)):
        return 0
    size = work = len(start)
    for item in items:
        size += len(item) if isinstance(item, (list, tuple)) else 1
        work += size
        if work > cap:
            break
    return work


def materialise_input(name: str, args: tuple[Any, ...]) -> tuple[Any, ...]:
    """`args` with the iterable `join` or `sum` would consume made a list (sized first)."""
    if name in ("join", "sum") and args and not isinstance(args[0], (list, tuple, str)):
        return (list(args[0]), *args[1:])
    return args
