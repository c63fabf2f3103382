"""Jinja2's sandbox, hardened against templates that try to exhaust the machine.

Jinja2's `SandboxedEnvironment` already blocks `__class__`, `__globals__` and other
private attributes, and has no access to `os` or files. It does not stop a template
from running for hours or filling memory. `GuardedEnvironment` adds:

- a time budget (`template_seconds`): a SIGALRM timer in the main thread, so even a
  loop that calls nothing is stopped; every hook below also checks the clock;
- an iteration budget (`template_iterations`) shared by every `range()` of a render,
  so nested loops cannot multiply past it;
- size caps on what can allocate a lot in one step, checked *before* it runs (see
  `growth`): `*`, `+`, `~`, `**` and `%`, `str.format`, the string and list methods
  that grow (`ljust`, `center`, `zfill`, `join`, `replace`, `expandtabs`, `extend`...),
  every filter that prints its input, and printing itself; widths and counts over
  `template_size_argument` are refused outright;
- an output cap (`template_output_chars`) on any one value a template builds and on
  what it writes, and `BUILT_FACTOR` times it on all the text a render builds along the
  way (so a loop cannot keep many large values alive at once);
- no `lipsum()`, whose word count is a product of its arguments.

Every stop is a `TemplateLimitError` naming the limit and how to raise it.
"""

from __future__ import annotations

import contextlib
import re
import signal
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from jinja2 import Template, nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.sandbox import SandboxedEnvironment

from briefgen.limits import Limits, TemplateLimitError
from briefgen.render import growth

# A width of five digits or more, a `%*s` width taken from the arguments, or a
# `{:{}}` width taken from the arguments: each can ask for gigabytes of padding.
_BIG_WIDTH = re.compile(r"\d{5,}|%[^a-zA-Z%]*\*|\{[^{}]*:[^{}]*\{")
_SIZED_FILTERS = ("center", "indent", "batch", "slice", "wordwrap", "format", "truncate")
# All the text one render may build, as a multiple of template_output_chars: the output
# itself, and the values it was made from (a shipped template builds about as much as
# output in all; see test_sandbox).
BUILT_FACTOR = 10


class TemplateTimeout(Exception):
    """Raised inside a render by the timer; turned into a `TemplateLimitError`."""


class _CodeGenerator(CodeGenerator):
    """Routes `~` through the environment: Jinja2 compiles it to a plain str join."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        if frame.eval_ctx.volatile:
            join = "(markup_join if context.eval_ctx.volatile else str_join)"
        else:
            join = "markup_join" if frame.eval_ctx.autoescape else "str_join"
        self.write(f"environment.checked_concat({join}, (")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class _GuardedFilters(dict):  # type: ignore[type-arg]
    """The filters, each wrapped on the way in so that it is sized before it runs."""

    def __init__(self, environment: GuardedEnvironment, filters: dict[str, Any]) -> None:
        super().__init__()
        self._environment = environment
        self.update(filters)

    def __setitem__(self, name: str, func: Any) -> None:
        super().__setitem__(name, _guarded_filter(self._environment, name, func))

    def update(self, *args: Any, **kwargs: Any) -> None:
        for name, func in dict(*args, **kwargs).items():
            self[name] = func


class GuardedEnvironment(SandboxedEnvironment):
    """A sandbox with budgets for time, loop iterations, single allocations and output."""

    intercepted_binops = frozenset({"*", "+", "**", "%"})
    code_generator_class = _CodeGenerator

    def __init__(self, *args: Any, limits: Limits | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.limits = limits or Limits()
        self.deadline = float("inf")
        self.iterations_left = self.limits.template_iterations
        self.built_left = BUILT_FACTOR * self.limits.template_output_chars
        self.globals["range"] = self._range
        self.globals.pop("lipsum", None)
        self.filters = _GuardedFilters(self, self.filters)
        self.finalize = self._sized_finalize(self.finalize)

    # --- budgets ---------------------------------------------------------------------

    def _refuse(self, name: str, what: str) -> TemplateLimitError:
        return TemplateLimitError(name, what, getattr(self.limits, name))

    def tick(self) -> None:
        """Check the clock; called from every hook the template goes through."""
        if time.monotonic() > self.deadline:
            raise self._refuse("template_seconds", "template ran too long")

    def expect(self, size: int, what: str) -> None:
        """Refuse an operation that would build `size` characters, before it runs."""
        if size > self.limits.template_output_chars:
            raise self._refuse("template_output_chars", what)

    def built(self, value: Any) -> Any:
        """`value`, just built: charged to the render's budget of text built."""
        if isinstance(value, (str, bytes, bytearray)):
            self.expect(len(value), "a value built is too large")
            self.built_left -= len(value)
            if self.built_left < 0:
                what = f"template built over {BUILT_FACTOR} times its output limit in text"
                raise self._refuse("template_output_chars", what)
        elif isinstance(value, (list, tuple)):
            self.expect(len(value), "a list built is too long")
        return value

    def _sized_finalize(self, finalize: Callable[[Any], Any] | None) -> Callable[[Any], Any]:
        """Printing a value, sized first: a list of references to one long string prints
        as every copy of it."""

        def sized(value: Any) -> Any:
            cap = self.limits.template_output_chars
            self.expect(growth.weight(value, cap), "a value printed is too large")
            return self.built(finalize(value) if finalize is not None else value)

        return sized

    def _range(self, *args: int) -> range:
        """`range`, charged to the render's iteration budget when it is made."""
        numbers = range(*args)
        if len(numbers) > self.iterations_left:
            raise self._refuse("template_iterations", "template loops too many times")
        self.iterations_left -= len(numbers)
        return numbers

    # --- sandbox hooks ------------------------------------------------------------------

    def call(self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        self.tick()
        cap = self.limits.template_output_chars
        args = growth.materialise(__obj, args)
        name = getattr(__obj, "__name__", "a method")
        self.expect(growth.method_size(__obj, args, kwargs, cap), f"{name}() would build too much")
        return self.built(super().call(__context, __obj, *args, **kwargs))

    def getattr(self, obj: Any, attribute: str) -> Any:
        self.tick()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        self.tick()
        return super().getitem(obj, argument)

    def checked_concat(self, join: Callable[[Any], str], parts: tuple[Any, ...]) -> str:
        """`a ~ b`, refused before it is built when it would be longer than the output."""
        cap = self.limits.template_output_chars
        self.expect(sum(growth.weight(p, cap) for p in parts), "a concatenation is too large")
        return self.built(join(parts))

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        template = value.__self__
        if _BIG_WIDTH.search(template):
            raise self._refuse("template_size_argument", "a format width is too large")
        cap = self.limits.template_output_chars

        def sized(*args: Any, **kwargs: Any) -> str:
            fields = args[0] if value.__name__ == "format_map" and args else kwargs
            given = () if value.__name__ == "format_map" else args
            size = growth.format_size(template, given, fields, cap)
            self.expect(size, "a str.format() would build too much")
            return self.built(wrapped(*args, **kwargs))

        return sized

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        self.tick()
        cap = self.limits.template_output_chars
        if operator == "*":
            size = _product_size(left, right)
            if size > cap:
                raise self._refuse("template_output_chars", "a repetition is too large")
        elif operator == "+":
            if _size(left) + _size(right) > cap:
                raise self._refuse("template_output_chars", "a concatenation is too large")
        elif operator == "**":
            if _power_digits(left, right) > self.limits.template_size_argument:
                raise self._refuse("template_size_argument", "a power has too many digits")
        elif operator == "%" and isinstance(left, str):
            if _BIG_WIDTH.search(left):
                raise self._refuse("template_size_argument", "a format width is too large")
            self.expect(growth.printf_size(left, right, cap), "a % format would build too much")
        return self.built(super().call_binop(context, operator, left, right))

    # --- rendering ------------------------------------------------------------------------

    def render(self, load: Callable[[], Template], context: dict[str, Any]) -> str:
        """Load (compiling may fold constants) and render within every budget."""
        self.iterations_left = self.limits.template_iterations
        self.built_left = BUILT_FACTOR * self.limits.template_output_chars
        self.deadline = time.monotonic() + self.limits.template_seconds
        try:
            with _alarm(self.limits.template_seconds):
                pieces, size = [], 0
                for piece in load().generate(context):
                    size += len(piece)
                    if size > self.limits.template_output_chars:
                        raise self._refuse("template_output_chars", "template output too long")
                    pieces.append(piece)
                return "".join(pieces)
        except TemplateTimeout as exc:  # the cause keeps the template line it stopped on
            raise self._refuse("template_seconds", "template ran too long") from exc
        finally:
            self.deadline = float("inf")


def _size(value: Any) -> int:
    return len(value) if isinstance(value, (str, bytes, list, tuple)) else 0


def _product_size(left: Any, right: Any) -> int:
    for seq, n in ((left, right), (right, left)):
        if isinstance(n, int) and not isinstance(n, bool) and _size(seq):
            return _size(seq) * max(n, 0)
    return 0


def _power_digits(base: Any, exponent: Any) -> float:
    """About how many decimal digits `base ** exponent` has (0 when it cannot be big)."""
    if not isinstance(base, int) or not isinstance(exponent, int) or exponent <= 0:
        return 0
    return exponent * abs(base).bit_length() * 0.30103 if abs(base) > 1 else 0


def _guarded_filter(
    environment: GuardedEnvironment, name: str, func: Callable[..., Any]
) -> Callable[..., Any]:
    """`func` refusing sizes over the size limit, huge `format` widths, and any result
    that would be over the output limit (sized before it runs where `growth` can)."""
    limits = environment.limits
    cap = limits.template_size_argument
    # @pass_context / @pass_environment filters get that object first, before the value
    passed = 1 if hasattr(func, "jinja_pass_arg") else 0

    def guarded(*args: Any, **kwargs: Any) -> Any:
        environment.tick()
        head, args = args[:passed], growth.materialise_input(name, args[passed:])
        # format's arguments are values to print, not sizes; its widths are checked below.
        sizable = name in _SIZED_FILTERS and name != "format"
        sizes = (*args[1:], *kwargs.values()) if sizable else ()
        for value in sizes:
            if isinstance(value, int) and not isinstance(value, bool) and abs(value) > cap:
                what = f"filter {name}() was given {value:,}"
                raise TemplateLimitError("template_size_argument", what, cap)
        if name == "format" and args and isinstance(args[0], str) and _BIG_WIDTH.search(args[0]):
            raise TemplateLimitError("template_size_argument", "a format width is too large", cap)
        size = growth.filter_size(name, args, kwargs, limits.template_output_chars)
        if name == "sum" and args:
            size = _sum_work(environment, args, kwargs)
        environment.expect(size, f"filter {name}() would build too much")
        return environment.built(func(*head, *args, **kwargs))

    for attr in ("jinja_pass_arg",):  # keep @pass_context / @pass_environment markers
        if hasattr(func, attr):
            setattr(guarded, attr, getattr(func, attr))
    return guarded


def _sum_work(environment: GuardedEnvironment, args: tuple[Any, ...], kwargs: Any) -> int:
    """What `sum(iterable, attribute, start)` copies (lists summed onto a list start)."""
    from jinja2.filters import make_attrgetter

    rest = args[1:]
    attribute = kwargs.get("attribute", rest[0] if rest else None)
    start = kwargs.get("start", rest[1] if len(rest) > 1 else 0)
    items = list(args[0])
    if attribute is not None and isinstance(start, (list, tuple)):
        items = list(map(make_attrgetter(environment, attribute), items))
    return growth.sum_work(start, items, environment.limits.template_output_chars)


@contextlib.contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    """Raise `TemplateTimeout` in this block after `seconds`, where signals allow it.

    Only the main thread can take signals; elsewhere the hooks' clock checks remain.
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def on_alarm(signum: int, frame: Any) -> None:
        raise TemplateTimeout()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    started = time.monotonic()
    pending, interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if pending:  # someone else's timer was running: give it back what is left
            left = max(pending - (time.monotonic() - started), 0.001)
            signal.setitimer(signal.ITIMER_REAL, left, interval)
