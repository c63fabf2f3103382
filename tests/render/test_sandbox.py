"""Templates written by others run in a guarded sandbox: escapes, files and runaway
work all end in a `TemplateError` that says what was stopped."""

from __future__ import annotations

import shutil
import time

import pytest
from builders import brief

from briefgen.errors import TemplateError
from briefgen.render import render
from briefgen.render.templates import load_template

ESCAPES = {
    "class walk": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "globals": "{{ cycler.__init__.__globals__.os }}",
    "os": "{{ os.system('id') }}",
    "import": "{% import 'os' as os %}",
    "self context": "{{ self._TemplateReference__context }}",
    "absolute include": "{% include '/etc/passwd' %}",
    "relative include": "{% include '../../../../../etc/passwd' %}",
    "format escape": "{{ '{0.__class__}'.format('') }}",
}

RUNAWAYS = {
    "nested ranges": (
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        "template_iterations",
    ),
    "loops over a stored list": (
        "{% set r = range(2000)|list %}{% for a in r %}{% for b in r %}{% for c in r %}"
        "{% endfor %}{% endfor %}{% endfor %}",
        "template_seconds",
    ),
    "string repetition": ("{{ 'x' * 10**10 }}", "template_output_chars"),
    "list repetition": ("{{ ([1] * 10**9)|length }}", "template_output_chars"),
    "doubling with ~": (
        "{% set ns = namespace(s='x') %}{% for i in range(64) %}"
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
        "template_output_chars",
    ),
    "doubling with +": (
        "{% set ns = namespace(s='x') %}{% for i in range(64) %}"
        "{% set ns.s = ns.s + ns.s %}{% endfor %}",
        "template_output_chars",
    ),
    "huge power": ("{{ 2 ** 100000000 }}", "template_size_argument"),
    "center width": ("{{ 'x'|center(10**10) }}", "template_size_argument"),
    "batch fill": ("{{ [1]|batch(10**9, 'x')|list }}", "template_size_argument"),
    "printf width": ("{{ '%999999999s' % 'x' }}", "template_size_argument"),
    "printf star width": ("{{ '%*s' % (999999999, 'x') }}", "template_size_argument"),
    "format filter width": ("{{ '%999999999s'|format('x') }}", "template_size_argument"),
    "str.format width": ("{{ '{:>999999999}'.format('x') }}", "template_size_argument"),
    "str.format nested width": ("{{ '{:>{}}'.format('x', 10**9) }}", "template_size_argument"),
    "output flood": (
        "{% for i in range(100000) %}{{ 'y' * 1000 }}{% endfor %}",
        "template_output_chars",
    ),
}


def template_with(tmp_path, body: str):
    folder = tmp_path / "hostile-template"
    shutil.copytree(load_template(None).path, folder)
    (folder / "brief.md.j2").write_text(body, encoding="utf-8")
    return load_template(str(folder))


@pytest.mark.parametrize("body", ESCAPES.values(), ids=ESCAPES.keys())
def test_sandbox_escapes_are_template_errors(tmp_path, body):
    with pytest.raises(TemplateError) as caught:
        render(brief(), template_with(tmp_path, body), ["md"])
    assert "brief.md.j2" in str(caught.value)
    assert "root:" not in str(caught.value)  # /etc/passwd was never read


@pytest.mark.parametrize("body,limit", RUNAWAYS.values(), ids=RUNAWAYS.keys())
def test_runaway_templates_are_stopped_naming_the_limit(tmp_path, monkeypatch, body, limit):
    monkeypatch.setenv("BRIEFGEN_LIMIT_TEMPLATE_SECONDS", "2")
    started = time.monotonic()
    with pytest.raises(TemplateError) as caught:
        render(brief(), template_with(tmp_path, body), ["md"])
    message = str(caught.value)
    assert time.monotonic() - started < 10
    assert f"over the {limit} limit" in message
    assert f"BRIEFGEN_LIMIT_{limit.upper()}" in message and "brief.md.j2" in message


def test_a_raised_limit_lets_the_same_template_through(tmp_path, monkeypatch):
    body = "{% for i in range(3000) %}{% for j in range(400) %}{% endfor %}{% endfor %}ok"
    template = template_with(tmp_path, body)
    with pytest.raises(TemplateError, match="template_iterations"):
        render(brief(), template, ["md"])
    monkeypatch.setenv("BRIEFGEN_LIMIT_TEMPLATE_ITERATIONS", "2000000")
    assert render(brief(), template, ["md"])["md"].strip() == b"ok"


def test_ordinary_template_features_still_work(tmp_path):
    body = (
        "{{ range(3)|list|length }} {{ '%d'|format(123456) }} {{ '{:>5}'.format('x') }} "
        "{{ 'ab' * 3 }} {{ 'a' ~ 'b' }} {{ 2 ** 10 }} {{ 'x'|center(9) }}"
        "{% for s in sections %}{{ loop.index }}{% endfor %}"
    )
    out = render(brief(), template_with(tmp_path, body), ["md"])["md"].decode()
    # (printed values are Markdown-escaped, which also collapses their spaces)
    assert out == "3 123456 x ababab ab 1024 x1234"


def test_the_template_timer_gives_back_an_alarm_set_by_someone_else(tmp_path):
    import signal

    fired = []
    previous = signal.signal(signal.SIGALRM, lambda *_: fired.append(True))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.5)
        render(brief(), template_with(tmp_path, "ok"), ["md"])
        assert 0 < signal.getitimer(signal.ITIMER_REAL)[0] <= 0.5
        time.sleep(0.7)
        assert fired == [True]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("name", ["policy-brief", "memo", "dossier", "one-pager"])
def test_shipped_templates_build_far_less_than_the_budget_for_text_built(name, monkeypatch):
    """BUILT_FACTOR is generous: a shipped template builds about its output in text."""
    from briefgen.render import sandbox

    seen = []
    original = sandbox.GuardedEnvironment.render

    def measured(self, load, context):
        out = original(self, load, context)
        budget = sandbox.BUILT_FACTOR * self.limits.template_output_chars
        seen.append((len(out), budget - self.built_left))
        return out

    monkeypatch.setattr(sandbox.GuardedEnvironment, "render", measured)
    render(brief(), load_template(name), ["md"])
    assert seen  # (one-pager renders again with fewer points until it fits)
    for output, built in seen:
        assert built <= 2 * output < sandbox.BUILT_FACTOR * output
