"""Golden cases: small fixture specs under tests/golden/<case>/ and their expected package.

``python tests/golden/refresh.py`` (``make goldens``) rewrites every ``expected/`` folder;
review the diff like code.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from clientgen.cli import main as clientgen

HERE = Path(__file__).resolve().parent
CASES = sorted(p.name for p in HERE.iterdir() if p.is_dir() and list(p.glob("*.yaml")))


def package_name(case: str) -> str:
    return f"{case}_client"


def render_case(case: str, out: Path) -> None:
    """Run ``clientgen client`` on the case's specs into ``out``."""
    specs = sorted(str(p) for p in (HERE / case).glob("*.yaml"))
    status = clientgen(["client", *specs, "--out", str(out), "--package", package_name(case)])
    if status != 0:
        raise RuntimeError(f"clientgen client failed for golden case {case}")


def tree(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def diff_trees(expected: dict[str, str], actual: dict[str, str]) -> str:
    lines: list[str] = []
    for name in sorted(set(expected) | set(actual)):
        if expected.get(name) != actual.get(name):
            lines.extend(
                difflib.unified_diff(
                    (expected.get(name) or "").splitlines(keepends=True),
                    (actual.get(name) or "").splitlines(keepends=True),
                    fromfile=f"expected/{name}",
                    tofile=f"actual/{name}",
                )
            )
    return "".join(lines)
