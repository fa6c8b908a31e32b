"""The wheel of generated/voiceclone and a fresh venv holding it, built once per session and
shared by the downstream tests."""

from __future__ import annotations

import email.parser
import sys
import zipfile
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from downstream._support import build, isolated_env, run


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    built = build(tmp_path_factory.mktemp("wheel"), "--wheel")
    assert len(built) == 1 and built[0].suffix == ".whl", built
    return built[0]


# ----------------------------------------------------------------------------------------------
# A fresh virtual environment with the wheel installed
# ----------------------------------------------------------------------------------------------


def _installed_closure(requirements: list[str]) -> dict[str, str]:
    """``{name: version}`` in this venv of ``requirements`` and everything they need."""
    pins: dict[str, str] = {}
    pending = [Requirement(raw) for raw in requirements]
    while pending:
        requirement = pending.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue  # an extra, or another platform's dependency
        name = canonicalize_name(requirement.name)
        if name in pins:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # pip resolves it from the index, unpinned
        pins[name] = dist.version
        pending.extend(Requirement(raw) for raw in dist.requires or [])
    return pins


@pytest.fixture(scope="session")
def venv_python(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The python of a fresh venv holding the wheel and its dependencies, nothing else.

    The venv is made without pip (faster) and filled by this venv's pip (``pip --python``).
    The wheel's dependencies are pinned, with a constraints file, to the versions this
    project's venv already has: pip then finds them in its cache or in whatever index it is
    configured for (PyPI on a fresh machine).
    """
    root = tmp_path_factory.mktemp("venv")
    venv = root / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", venv], timeout=60)
    python = venv / "bin" / "python"
    if not python.exists():  # Windows
        python = venv / "Scripts" / "python.exe"

    with zipfile.ZipFile(wheel) as archive:
        raw = archive.read(next(n for n in archive.namelist() if n.endswith("/METADATA")))
    requires = email.parser.BytesParser().parsebytes(raw).get_all("Requires-Dist") or []
    constraints = root / "constraints.txt"
    constraints.write_text(
        "".join(f"{n}=={v}\n" for n, v in sorted(_installed_closure(requires).items())),
        encoding="utf-8",
    )
    run(
        [
            sys.executable, "-m", "pip", "--python", python, "install",
            "--disable-pip-version-check", "--no-input", "--timeout", "30",
            "--constraint", constraints, wheel,
        ],
        timeout=180,  # a slow index; from pip's cache it takes seconds
        env=isolated_env(),
    )  # fmt: skip
    return python
