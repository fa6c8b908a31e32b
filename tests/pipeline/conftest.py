"""A copy of the project in a temporary folder, to run the pipeline on without touching the tree."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """specs/, templates/ and generated/ copied: the inputs and the committed outputs."""
    copy = tmp_path / "project"
    for part in ("specs", "templates", "generated"):
        shutil.copytree(
            ROOT / part, copy / part, ignore=shutil.ignore_patterns(".*cache*", "__pycache__")
        )
    return copy


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under the outputs, to prove a failed run changed nothing."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for part in ("generated", "specs/normalized")
        for p in sorted((root / part).rglob("*"))
        if p.is_file()
    }


def stray(root: Path) -> list[str]:
    """Staging folders and backups left beside the outputs (a clean run leaves none)."""
    return [
        f"{part}/{name}"
        for part in ("specs", "generated")
        for name in os.listdir(root / part)
        if name.startswith(".")
    ]
