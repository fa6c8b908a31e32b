"""The hostile corpus: each case generates a package that is safe, clean and exact, or fails
with one error line naming both colliding names."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from hostile.corpus import CASES, Case, case_documents
from hostile.harness import Generated, generate, mypy, probe, ruff

GOOD = [c for c in CASES if not c.error]
BAD = [c for c in CASES if c.error]


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 30, len(CASES)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Generated]:
    """Every good case generated once, each into its own folder and package."""
    root = tmp_path_factory.mktemp("hostile")
    return {
        case.name: generate(case_documents(case), root / case.name, f"hostile_{case.name}")
        for case in GOOD
    }


@pytest.mark.parametrize("case", GOOD, ids=lambda c: c.name)
def test_generates(case: Case, generated: dict[str, Generated]) -> None:
    result = generated[case.name]
    assert result.status == 0, result.stderr


def _ok(generated: dict[str, Generated]) -> list[Generated]:
    ok = [g for g in generated.values() if g.status == 0]
    assert ok, "no case generated"
    return ok


def test_imports_without_side_effects_and_round_trips(
    generated: dict[str, Generated], tmp_path: Path
) -> None:
    output = probe(_ok(generated), tmp_path / "probe")
    assert output.count("\nok ") + output.startswith("ok ") == len(_ok(generated)), output


def test_ruff_passes(generated: dict[str, Generated], tmp_path: Path) -> None:
    ruff(_ok(generated), tmp_path)


def test_the_distribution_metadata_is_valid_toml(generated: dict[str, Generated]) -> None:
    for result in _ok(generated):
        project = tomllib.loads((result.out / "pyproject.toml").read_text("utf-8"))["project"]
        assert "\n" not in project["description"], project["description"]


def test_mypy_strict_passes(generated: dict[str, Generated], tmp_path: Path) -> None:
    mypy(_ok(generated), tmp_path)


@pytest.mark.parametrize("case", BAD, ids=lambda c: c.name)
def test_collisions_are_one_clear_error(case: Case, tmp_path: Path) -> None:
    result = generate(case_documents(case), tmp_path, "hostile_bad")
    assert result.status == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("clientgen: error: "), result.stderr
    for word in case.error:
        assert word in lines[0], (word, lines[0])
    assert not result.out.exists(), "a failed generation left output behind"
