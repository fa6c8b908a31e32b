"""The pipeline's layout is its data flow: a stage imports only earlier stages.

``scripts/clientgen/`` holds one package per stage (see its ``__init__``). An import from a later
stage into an earlier one (``sources`` reaching ``spec``, ``spec`` reaching ``model``) is a step
back that makes the order of stages invisible; this test names each one it finds. Every stage
package says in its docstring what comes in and what goes out.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "scripts" / "clientgen"
# In data-flow order; the top-level modules (cli, pipeline) may import any of them.
STAGES = ("core", "sources", "spec", "model", "render", "release")
TOP_LEVEL = {"__init__.py", "__main__.py", "cli.py", "pipeline.py"}
MAX_LINES = 700


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _stage(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "clientgen" and parts[1] in STAGES else None


def _imports(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
    return found


def test_the_top_level_holds_only_the_command_line_and_the_pipeline() -> None:
    loose = {p.name for p in PACKAGE.glob("*.py")} - TOP_LEVEL
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert not loose, f"modules outside a stage package: {sorted(loose)}"
    assert folders == set(STAGES)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_import_runs_from_an_earlier_stage_to_a_later_one(path: Path) -> None:
    relative = path.relative_to(PACKAGE)
    if len(relative.parts) == 1:
        return  # cli and pipeline run every stage
    here = STAGES.index(relative.parts[0])
    back = [
        f"{relative}:{line} imports {module}"
        for line, module in _imports(path)
        if (stage := _stage(module)) is not None and STAGES.index(stage) > here
    ]
    assert not back, "imports from a later stage:\n" + "\n".join(back)


@pytest.mark.parametrize("stage", STAGES)
def test_each_stage_says_what_comes_in_and_what_goes_out(stage: str) -> None:
    doc = ast.get_docstring(ast.parse((PACKAGE / stage / "__init__.py").read_text())) or ""
    if stage == "core":
        assert "Imports nothing from the stages" in doc
    else:
        assert "In:" in doc and "Out:" in doc, f"{stage}/__init__.py: say what comes in and out"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_is_too_long_to_read_as_one_idea(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(PACKAGE)}: {lines} lines; split it by idea"


@pytest.mark.parametrize("stage", STAGES)
def test_the_tests_mirror_the_stages(stage: str) -> None:
    """tests/<stage>/ beside scripts/clientgen/<stage>/: a stage is tested on its own."""
    tests = Path(__file__).resolve().parent / stage
    assert any(tests.glob("test_*.py")) or any(tests.glob("*/test_*.py")), (
        f"tests/{stage}/ holds no tests of scripts/clientgen/{stage}/"
    )
