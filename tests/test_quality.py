"""ruff and ``mypy --strict`` pass on the pipeline, its tests and the generated package.

The generated package is checked from its own folder, with its own pyproject configuration,
as its users' CI would. Every tool writes its cache into a temporary folder: nothing may land
in the tree, least of all in generated/, which must stay exactly as generated.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
GENERATED = REPO / "generated" / "voiceclone"
CACHE_DIRS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})

# What a pass prints, with the number of files checked.
RUFF_FORMATTED = r"(\d+) files? (?:already formatted|left unchanged)"
MYPY_CHECKED = r"no issues found in (\d+) source files?"

# (working folder, tool and arguments, RUFF_FORMATTED/MYPY_CHECKED or None); each run gets
# `--cache-dir` in a temporary folder on top.
CHECKS = [
    pytest.param(REPO, ["ruff", "check", "scripts", "tests"], None, id="ruff-check-pipeline"),
    pytest.param(
        REPO,
        ["ruff", "format", "--check", "scripts", "tests"],
        RUFF_FORMATTED,
        id="ruff-format-pipeline",
    ),
    pytest.param(GENERATED, ["ruff", "check", "."], None, id="ruff-check-generated"),
    pytest.param(
        GENERATED, ["ruff", "format", "--check", "."], RUFF_FORMATTED, id="ruff-format-generated"
    ),
    pytest.param(REPO, ["mypy", "--strict", "scripts/clientgen"], MYPY_CHECKED, id="mypy-pipeline"),
    pytest.param(
        GENERATED, ["mypy", "--strict", "src/voiceclone"], MYPY_CHECKED, id="mypy-generated"
    ),
]


def _cache_dirs(root: Path) -> set[Path]:
    found = set()
    for folder, dirs, _files in os.walk(root):
        for name in [d for d in dirs if d in CACHE_DIRS]:
            found.add(Path(folder, name))
            dirs.remove(name)  # what is inside a cache is the cache
    return found


@pytest.mark.parametrize(("cwd", "args", "counted"), CHECKS)
def test_tool_passes(cwd: Path, args: list[str], counted: str | None, tmp_path: Path) -> None:
    command = [sys.executable, "-m", *args, "--cache-dir", str(tmp_path / "cache")]
    before = _cache_dirs(GENERATED)
    env = {k: v for k, v in os.environ.items() if k not in ("MYPYPATH", "RUFF_CACHE_DIR")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    try:
        proc = subprocess.run(
            command,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    except subprocess.TimeoutExpired as err:
        pytest.fail(f"timed out after 300s: {shlex.join(command)}\n{err.stdout!r}\n{err.stderr!r}")
    output = f"$ cd {cwd} && {shlex.join(command)}\n{proc.stdout}{proc.stderr}"

    if proc.returncode != 0:
        pytest.fail(f"exit status {proc.returncode}\n{output}", pytrace=False)
    # A wrong path or an over-broad exclude would otherwise pass by checking nothing.
    assert "No Python files found" not in output, output
    if counted is not None:
        match = re.search(counted, output)
        assert match and int(match.group(1)) > 0, f"checked no files?\n{output}"
    assert _cache_dirs(GENERATED) <= before, f"a cache landed in generated/\n{output}"
