"""Templates are untrusted: a template folder shared by someone else cannot read the
user's files, and no template briefgen renders (brief or cover note) can take the
machine's memory or time. One test per row of issue 15's table that concerns them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from briefgen.distribute.cover import CoverNotes
from briefgen.errors import ConfigError, TemplateError
from briefgen.render.templates import load_template, shipped_dir

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SECRET = "root-only secret 7f3a"


def shared_template(tmp_path: Path, body: str | None = None) -> Path:
    folder = tmp_path / "shared-template"
    shutil.copytree(shipped_dir() / "policy-brief", folder)
    if body is not None:
        (folder / "brief.md.j2").write_text(body, encoding="utf-8")
    return folder


def outside_file(tmp_path: Path) -> Path:
    secret = tmp_path / "private" / "notes.txt"
    secret.parent.mkdir()
    secret.write_text(SECRET)
    return secret


# --- a symlink inside the folder -------------------------------------------------------


def test_a_symlink_to_a_file_outside_is_refused_when_the_template_loads(tmp_path):
    folder = shared_template(tmp_path, "{% include 'notes.txt' %}")
    (folder / "notes.txt").symlink_to(outside_file(tmp_path))
    with pytest.raises(TemplateError) as caught:
        load_template(str(folder))
    assert str(caught.value) == (
        f"{folder / 'notes.txt'}: is a symlink; a template folder may not hold symlinks "
        "(copy the file in)"
    )


def test_a_symlinked_subfolder_is_refused_too(tmp_path):
    folder = shared_template(tmp_path, "{% include 'parts/notes.txt' %}")
    (folder / "parts").symlink_to(outside_file(tmp_path).parent)
    with pytest.raises(TemplateError, match="parts: is a symlink"):
        load_template(str(folder))


def test_the_loader_refuses_a_symlink_made_after_the_template_was_loaded(tmp_path):
    from builders import brief

    from briefgen.render import render

    folder = shared_template(tmp_path, "{% include 'notes.txt' %}")
    template = load_template(str(folder))
    (folder / "notes.txt").symlink_to(outside_file(tmp_path))
    with pytest.raises(TemplateError, match="notes.txt: is a symlink") as caught:
        render(brief(), template, ["md"])
    assert SECRET not in str(caught.value)


def test_make_with_a_symlinked_template_is_one_line_and_discloses_nothing(tmp_path):
    folder = shared_template(tmp_path, "{% include 'notes.txt' %}")
    (folder / "notes.txt").symlink_to(outside_file(tmp_path))
    source = tmp_path / "a.txt"
    source.write_text(" date 2024-05-01 Title: Levy vote\n\nThe council backed the levy.\n")
    out = tmp_path / "out"
    done = subprocess.run(
        [
            sys.executable,
            str(HERE / "run_briefgen.py"),
            "make",
            str(source),
            "-t",
            str(folder),
            "-f",
            "md",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and "is a symlink" in done.stderr, done.stderr
    assert not list(out.glob("*.md")) if out.exists() else True
    assert SECRET not in done.stdout + done.stderr


# --- paths in template.toml ------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        '[branding]\nlogo = "{logo}"',
        '[branding]\nlogo = "../private/logo.png"',
        '[branding]\nlogo = "~/logo.png"',
        '[fonts]\nregular = "{font}"',
        '[fonts]\nfallbacks = ["../private/font.ttf"]',
    ],
    ids=["absolute logo", "dot-dot logo", "home logo", "absolute font", "dot-dot fallback"],
)
def test_template_toml_cannot_name_a_file_outside_its_folder(tmp_path, line):
    private = tmp_path / "private"
    private.mkdir()
    logo, font = private / "logo.png", private / "font.ttf"
    shutil.copy(ROOT / "docs" / "gallery" / "memo.png", logo)
    shutil.copy(ROOT / "briefgen" / "fonts" / "DejaVuSans.ttf", font)
    folder = shared_template(tmp_path)
    table = line.format(logo=logo, font=font)
    (folder / "template.toml").write_text(f'name = "shared"\n{table}\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_template(str(folder))
    assert "must name a file inside the template folder" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_logo_inside_the_folder_is_still_fine(tmp_path):
    folder = shared_template(tmp_path)
    shutil.copy(ROOT / "docs" / "gallery" / "memo.png", folder / "logo.png")
    (folder / "template.toml").write_text('name = "shared"\n[branding]\nlogo = "logo.png"\n')
    assert load_template(str(folder)).settings["branding.logo"] == "logo.png"


# --- memory: measured in a child process, under an address-space cap -------------------

CHILD = textwrap.dedent(
    """
    import json, resource, sys, time
    sys.path[:0] = [{tests!r}]
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
    from builders import brief
    from briefgen.errors import TemplateError
    from briefgen.render import render
    from briefgen.render.templates import load_template
    started = time.monotonic()
    try:
        render(brief(), load_template({folder!r}), ["md"])
        message = "rendered"
    except TemplateError as exc:
        message = str(exc)
    # VmHWM, not ru_maxrss: ru_maxrss keeps the forking parent's high-water mark
    # across exec (a pytest process that has loaded spaCy), VmHWM starts afresh
    with open("/proc/self/status") as status:
        peak = next(int(l.split()[1]) for l in status if l.startswith("VmHWM")) // 1024
    print(json.dumps({{"message": message, "seconds": time.monotonic() - started,
                      "peak_mb": peak}}))
    """
)


def render_in_child(folder: Path) -> dict:
    code = CHILD.format(tests=str(ROOT / "tests"), folder=str(folder))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.splitlines()[-1])


GROWERS = {
    "ljust": "{{ 'a'.ljust(2000000000) }}",
    "rjust": "{{ 'a'.rjust(2000000000) }}",
    "center method": "{{ 'a'.center(2000000000) }}",
    "zfill": "{{ 'a'.zfill(2000000000) }}",
    "expandtabs": "{{ ('\t' * 4000000).expandtabs(1000) }}",
    "replace": "{{ ('ab' * 2000000).replace('a', 'aaaaaaaaaa') }}",
    "join filter": "{{ (['a' * 4000000] * 500)|join }}",
    "join method": "{{ ','.join(['a' * 4000000] * 500) }}",
    "printing a list": "{{ ['a' * 4000000] * 500 }}",
    "percent": "{{ ('%s' * 1000) % (('a' * 4000000,) * 1000) }}",
    "str.format": "{{ '{0}{0}{0}{0}{0}{0}{0}{0}{0}{0}'.format('a' * 4000000) }}",
    "format filter": "{{ ('%s' * 1000)|format(*(('a' * 4000000,) * 1000)) }}",
    "indent": "{{ ('\n' * 4000000)|indent(9999) }}",
    "wordwrap": "{{ ('a ' * 2000000)|wordwrap(1, wrapstring='x' * 1000) }}",
    "translate": "{{ ('a' * 4000000).translate({97: 'b' * 1000}) }}",
    "many values kept": (
        "{% set kept = [] %}{% for i in range(1000) %}"
        "{{ kept.append('a' * 4000000 ~ i) }}{% endfor %}"
    ),
    "block set in a loop": (
        "{% set x %}{% for i in range(1000) %}{{ 'a' * 4000000 }}{% endfor %}{% endset %}"
    ),
    "map over copies": "{{ (['a' * 4000000] * 500)|map('upper')|list|length }}",
    "escape chain": "{{ ('%' * 1000000)|urlencode|urlencode|urlencode|urlencode }}",
    "sum of lists": "{{ ([[1]] * 1000000)|sum(start=[]) }}",
    "int.to_bytes": "{{ (1).to_bytes(2000000000, 'big') }}",
    "printing a namespace": "{% set ns = namespace(a=['a' * 4000000] * 500) %}{{ ns }}",
    "list extend doubling": (
        "{% set l = ['x'] %}{% for i in range(40) %}{{ l.extend(l) }}{% endfor %}"
    ),
}


@pytest.mark.parametrize("body", GROWERS.values(), ids=GROWERS.keys())
def test_string_growing_methods_and_filters_fail_fast_within_the_output_limit(tmp_path, body):
    result = render_in_child(shared_template(tmp_path, body))
    assert "over the template_output_chars limit" in result["message"], result
    assert result["seconds"] < 5, result
    assert result["peak_mb"] < 600, result  # the render itself, not gigabytes


# --- cover notes -------------------------------------------------------------------------

NOTE_CONTEXT = {
    "title": "Levy vote",
    "date": "1 May 2024",
    "iso_date": "2024-05-01",
    "summary": "s",
    "proposal": "p",
    "outcome": {"status": "", "status_label": "", "text": ""},
    "reader": {"name": "Ana", "email": "ana@example.org"},
    "sender": {"name": "Unit", "email": "unit@example.org"},
    "attachments": [],
}


def note_template(tmp_path: Path, note: str) -> Path:
    folder = shared_template(tmp_path)
    (folder / "email.html.j2").unlink()
    (folder / "email.txt.j2").write_text(note, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("note", "limit"),
    [
        (
            "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
            "template_iterations",
        ),
        ("{% for i in range(100000) %}{{ 'y' * 1000 }}{% endfor %}", "template_output_chars"),
        ("{{ 'a'.ljust(2000000000) }}", "template_output_chars"),
        ("{{ 2 ** 100000000 }}", "template_size_argument"),
    ],
    ids=["nested range", "huge output", "ljust", "huge power"],
)
def test_cover_notes_run_within_the_template_limits(tmp_path, monkeypatch, note, limit):
    monkeypatch.setenv("BRIEFGEN_LIMIT_TEMPLATE_SECONDS", "3")
    notes = CoverNotes(str(note_template(tmp_path, note)))
    started = time.monotonic()
    with pytest.raises(TemplateError) as caught:
        notes.render(NOTE_CONTEXT)
    assert time.monotonic() - started < 10
    assert f"over the {limit} limit" in str(caught.value)
    assert "email.txt.j2" in str(caught.value)


def test_a_cover_note_that_loops_forever_is_stopped_by_the_clock(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_LIMIT_TEMPLATE_SECONDS", "1")
    note = (
        "{% set r = range(2000)|list %}{% for a in r %}{% for b in r %}{% for c in r %}"
        "{% endfor %}{% endfor %}{% endfor %}"
    )
    with pytest.raises(TemplateError, match="template_seconds"):
        CoverNotes(str(note_template(tmp_path, note))).render(NOTE_CONTEXT)


def test_a_cover_note_cannot_include_through_a_symlink(tmp_path):
    folder = note_template(tmp_path, "{% include 'notes.txt' %}")
    (folder / "notes.txt").symlink_to(outside_file(tmp_path))
    with pytest.raises(TemplateError, match="is a symlink"):
        CoverNotes(str(folder)).render(NOTE_CONTEXT)


def test_the_shipped_cover_note_still_renders(tmp_path):
    text, html = CoverNotes(None).render(NOTE_CONTEXT)
    assert "Dear Ana" in text and "<html" in html.lower()
    assert os.environ.get("BRIEFGEN_LIMIT_TEMPLATE_SECONDS") is None
