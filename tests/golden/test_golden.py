"""The generator's output for each fixture spec equals the committed golden package."""

from __future__ import annotations

from pathlib import Path

import pytest

from golden.goldens import CASES, HERE, diff_trees, render_case, tree


def test_there_are_golden_cases() -> None:
    assert len(CASES) >= 3, CASES


@pytest.mark.parametrize("case", CASES)
def test_generated_package_matches_golden(case: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    render_case(case, out)
    expected = HERE / case / "expected"
    assert expected.is_dir(), f"no golden for {case}: run make goldens"
    diff = diff_trees(tree(expected), tree(out))
    assert not diff, f"generated output differs from the golden (make goldens to refresh):\n{diff}"
