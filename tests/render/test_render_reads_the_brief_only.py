"""Rendering reads the `Brief` only: no module under render/ reaches back into an
earlier stage (DESIGN.md: no stage reaches back into an earlier one)."""

from __future__ import annotations

import ast

from conftest import ROOT

EARLIER = ("briefgen.ingest", "briefgen.group", "briefgen.analyse", "briefgen.pipeline")


def _imports(path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_render_module_imports_an_earlier_stage():
    found = {
        str(path.relative_to(ROOT)): sorted(
            name for name in _imports(path) if name.startswith(EARLIER)
        )
        for path in (ROOT / "briefgen" / "render").rglob("*.py")
    }
    assert {path: names for path, names in found.items() if names} == {}
