"""Jinja2's sandbox, hardened against templates that try to exhaust the machine.

Jinja2's `SandboxedEnvironment` already blocks `__class__`, `__globals__` and other
private attributes, and has no access to `os` or files. It does not stop a template
from running for hours or filling memory. `GuardedEnvironment` adds:

- a time budget (`template_seconds`): a SIGALRM timer in the main thread, so even a
  loop that calls nothing is stopped; every hook below also checks the clock;
- an iteration budget (`template_iterations`) shared by every `range()` of a render,
  so nested loops cannot multiply past it;
- size caps on what can allocate a lot in one step: `*`, `+`, `~`, `**` and `%`, the
  `str.format` width, and the size arguments of `center`, `indent`, `batch`, `slice`,
  `wordwrap` and `format`;
- an output cap (`template_output_chars`) applied while the template streams out.

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

# A width of five digits or more, a `%*s` width taken from the arguments, or a
# `{:{}}` width taken from the arguments: each can ask for gigabytes of padding.
_BIG_WIDTH = re.compile(r"\d{5,}|%[^a-zA-Z%]*\*|\{[^{}]*:[^{}]*\{")
_SIZED_FILTERS = ("center", "indent", "batch", "slice", "wordwrap", "format", "truncate")


class TemplateTimeout(Exception):
    """Raised inside a render by the timer; turned into a `TemplateLimitError`."""


class _CodeGenerator(CodeGenerator):
    """Routes `~` through the environment: Jinja2 compiles it to a plain str join."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.checked_concat(")
        super().visit_Concat(node, frame)
        self.write(")")


class GuardedEnvironment(SandboxedEnvironment):
    """A sandbox with budgets for time, loop iterations, single allocations and output."""

    intercepted_binops = frozenset({"*", "+", "**", "%"})
    code_generator_class = _CodeGenerator

    def __init__(self, *args: Any, limits: Limits | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.limits = limits or Limits()
        self.deadline = float("inf")
        self.iterations_left = self.limits.template_iterations
        self.globals["range"] = self._range
        for name in _SIZED_FILTERS:
            self.filters[name] = _capped(name, self.filters[name], self.limits)

    # --- budgets ---------------------------------------------------------------------

    def _refuse(self, name: str, what: str) -> TemplateLimitError:
        return TemplateLimitError(name, what, getattr(self.limits, name))

    def tick(self) -> None:
        """Check the clock; called from every hook the template goes through."""
        if time.monotonic() > self.deadline:
            raise self._refuse("template_seconds", "template ran too long")

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
        return super().call(__context, __obj, *args, **kwargs)

    def getattr(self, obj: Any, attribute: str) -> Any:
        self.tick()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        self.tick()
        return super().getitem(obj, argument)

    def checked_concat(self, joined: str) -> str:
        """The result of `a ~ b`, refused once it is longer than the output may be."""
        if len(joined) > self.limits.template_output_chars:
            raise self._refuse("template_output_chars", "a concatenation is too large")
        return joined

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is not None and _BIG_WIDTH.search(value.__self__):
            raise self._refuse("template_size_argument", "a format width is too large")
        return wrapped

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
        elif operator == "%" and isinstance(left, str) and _BIG_WIDTH.search(left):
            raise self._refuse("template_size_argument", "a format width is too large")
        return super().call_binop(context, operator, left, right)

    # --- rendering ------------------------------------------------------------------------

    def render(self, load: Callable[[], Template], context: dict[str, Any]) -> str:
        """Load (compiling may fold constants) and render within every budget."""
        self.iterations_left = self.limits.template_iterations
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


def _capped(name: str, func: Callable[..., Any], limits: Limits) -> Callable[..., Any]:
    """`func` refusing integer arguments over the size limit, and huge `format` widths."""
    cap = limits.template_size_argument

    def guarded(*args: Any, **kwargs: Any) -> Any:
        # format's arguments are values to print, not sizes; its widths are checked below.
        sizes = () if name == "format" else (*args[1:], *kwargs.values())
        for value in sizes:
            if isinstance(value, int) and not isinstance(value, bool) and abs(value) > cap:
                what = f"filter {name}() was given {value:,}"
                raise TemplateLimitError("template_size_argument", what, cap)
        if name == "format" and args and isinstance(args[0], str) and _BIG_WIDTH.search(args[0]):
            raise TemplateLimitError("template_size_argument", "a format width is too large", cap)
        return func(*args, **kwargs)

    for attr in ("jinja_pass_arg",):  # keep @pass_context / @pass_environment markers
        if hasattr(func, attr):
            setattr(guarded, attr, getattr(func, attr))
    return guarded


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
