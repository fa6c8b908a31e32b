"""Shared by the downstream tests: where things are, and subprocesses that fail loudly.

Every subprocess has a timeout, and a failure message carries the command's whole output.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DIST_DIR = REPO / "generated" / "voiceclone"
PACKAGE_DIR = DIST_DIR / "src" / "voiceclone"
DISTRIBUTION = "voiceclone-sdk"

# What tools and test runs leave behind; none of it may end up in a distribution.
CACHE_DIRS = frozenset(
    {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis", ".tox"}
)
CACHE_SUFFIXES = (".pyc", ".pyo")

BUILD_TIMEOUT = 120


def _text(output: str | bytes | None) -> str:
    # TimeoutExpired carries bytes even when the run was text=True.
    if isinstance(output, bytes):
        return output.decode("utf-8", "replace")
    return output or ""


def run(
    args: Sequence[str | os.PathLike[str]],
    *,
    timeout: float,
    cwd: Path = REPO,
    env: Mapping[str, str] | None = None,
    check: bool = True,
) -> subprocess.CompletedProcess[str]:
    """Run ``args``; fail the test, showing stdout and stderr, if it does not finish in time
    or (with ``check``) does not exit 0."""
    command = shlex.join(str(arg) for arg in args)
    try:
        proc = subprocess.run(
            [str(arg) for arg in args],
            cwd=cwd,
            env=None if env is None else dict(env),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as err:
        pytest.fail(
            f"timed out after {timeout:g}s: {command} (cwd {cwd})\n"
            f"--- stdout ---\n{_text(err.stdout)}\n--- stderr ---\n{_text(err.stderr)}",
            pytrace=False,
        )
    if check and proc.returncode != 0:
        pytest.fail(describe(proc, cwd), pytrace=False)
    return proc


def describe(proc: subprocess.CompletedProcess[str], cwd: Path = REPO) -> str:
    """The command, its exit status and its whole output, for a failure message."""
    command = shlex.join(str(arg) for arg in proc.args)
    return (
        f"exit status {proc.returncode}: {command} (cwd {cwd})\n"
        f"--- stdout ---\n{proc.stdout}\n--- stderr ---\n{proc.stderr}"
    )


def build(outdir: Path, *flags: str) -> list[Path]:
    """``python -m build --no-isolation`` of generated/voiceclone into ``outdir``.

    Without isolation the build backend (hatchling) comes from this venv, so no network is
    needed; the source tree is only read.
    """
    outdir.mkdir(parents=True, exist_ok=True)
    run(
        [sys.executable, "-m", "build", "--no-isolation", *flags, "--outdir", outdir, DIST_DIR],
        timeout=BUILD_TIMEOUT,
    )
    return sorted(outdir.iterdir())


def is_cache_path(name: str) -> bool:
    """Whether the ``/``-separated archive member ``name`` is a cache file or folder."""
    parts = name.split("/")
    return any(part in CACHE_DIRS for part in parts) or name.endswith(CACHE_SUFFIXES)


def is_test_path(name: str) -> bool:
    """Whether the archive member ``name`` is a test module or lives in a tests folder."""
    parts = name.split("/")
    base = parts[-1]
    return (
        any(part in ("tests", "test", "testing") for part in parts[:-1])
        or base.startswith("test_")
        or base.endswith("_test.py")
        or base == "conftest.py"
    )


def package_sources() -> Iterator[Path]:
    """Every file of the generated import package in the tree, caches left out."""
    for folder, dirs, files in os.walk(PACKAGE_DIR):
        dirs[:] = sorted(d for d in dirs if d not in CACHE_DIRS)
        for name in sorted(files):
            if not name.endswith(CACHE_SUFFIXES):
                yield Path(folder, name)


def vendor_names() -> list[str]:
    """The vendors the pipeline generates a sub-package for (one normalized spec each)."""
    return sorted(path.stem for path in (REPO / "specs" / "normalized").glob("*.yaml"))


def isolated_env(**extra: str) -> dict[str, str]:
    """This environment without Python, venv or vendor-key variables, plus ``extra``."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "VIRTUAL_ENV", "BLAND_", "BURKI_", "TRUEDY_"))
    }
    env["PYTHONNOUSERSITE"] = "1"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(extra)
    return env
