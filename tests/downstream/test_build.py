"""The sdist and wheel of generated/voiceclone build, pass ``twine check --strict`` and carry
complete metadata: what PyPI shows and what pip resolves."""

from __future__ import annotations

import email.message
import email.parser
import email.policy
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.version import Version

from downstream._support import (
    DIST_DIR,
    DISTRIBUTION,
    PACKAGE_DIR,
    build,
    is_cache_path,
    is_test_path,
    run,
)

PYPROJECT = tomllib.loads((DIST_DIR / "pyproject.toml").read_text(encoding="utf-8"))["project"]
README = (DIST_DIR / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """``{"sdist": ..., "wheel": ...}``, built the way ``make build`` builds them (the wheel
    from the sdist)."""
    built = build(tmp_path_factory.mktemp("dist"))
    sdists = [p for p in built if p.name.endswith(".tar.gz")]
    wheels = [p for p in built if p.suffix == ".whl"]
    assert len(sdists) == 1 and len(wheels) == 1, f"expected one sdist and one wheel: {built}"
    return {"sdist": sdists[0], "wheel": wheels[0]}


def _parse(raw: bytes) -> email.message.Message:
    return email.parser.BytesParser(policy=email.policy.compat32).parsebytes(raw)


def _wheel_metadata(wheel: Path) -> email.message.Message:
    with zipfile.ZipFile(wheel) as archive:
        [name] = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        return _parse(archive.read(name))


def _sdist_members(sdist: Path) -> list[str]:
    with tarfile.open(sdist) as archive:
        return archive.getnames()


def _sdist_pkg_info(sdist: Path) -> email.message.Message:
    with tarfile.open(sdist) as archive:
        [member] = [
            m
            for m in archive.getmembers()
            if m.name.count("/") == 1 and m.name.endswith("/PKG-INFO")
        ]
        extracted = archive.extractfile(member)
        assert extracted is not None
        return _parse(extracted.read())


def _package_version() -> str:
    namespace: dict[str, object] = {}
    exec((PACKAGE_DIR / "_version.py").read_text(encoding="utf-8"), namespace)
    version = namespace["__version__"]
    assert isinstance(version, str)
    return version


def test_twine_check_strict_passes(dists: dict[str, Path]) -> None:
    result = run(
        [sys.executable, "-m", "twine", "check", "--strict", dists["sdist"], dists["wheel"]],
        timeout=60,
    )
    assert result.stdout.count("PASSED") == 2, result.stdout + result.stderr


def test_wheel_metadata(dists: dict[str, Path]) -> None:
    meta = _wheel_metadata(dists["wheel"])

    assert meta["Name"] == DISTRIBUTION
    version = meta["Version"]
    assert version, "no Version"
    Version(version)  # a valid PEP 440 version, or this raises
    assert version == PYPROJECT["version"] == _package_version()
    assert dists["wheel"].name == f"voiceclone_sdk-{version}-py3-none-any.whl"

    requires_python = meta["Requires-Python"]
    assert requires_python, "no Requires-Python"
    assert SpecifierSet(requires_python) == SpecifierSet(PYPROJECT["requires-python"])
    assert f"{sys.version_info.major}.{sys.version_info.minor}" in SpecifierSet(requires_python)

    requirements = {
        Requirement(raw).name: Requirement(raw) for raw in meta.get_all("Requires-Dist") or []
    }
    assert {"httpx", "pydantic"} <= requirements.keys(), requirements
    for name in ("httpx", "pydantic"):
        operators = {spec.operator for spec in requirements[name].specifier}
        assert operators & {">=", ">", "~=", "=="}, f"{name} has no lower bound: {operators}"
        assert operators & {"<", "<=", "~=", "=="}, f"{name} has no upper bound: {operators}"
        assert requirements[name].marker is None, f"{name} is not unconditional"


def test_wheel_long_description_is_the_readme(dists: dict[str, Path]) -> None:
    meta = _wheel_metadata(dists["wheel"])
    assert meta["Description-Content-Type"] == "text/markdown"
    body = meta.get_payload()
    assert isinstance(body, str)
    assert body.strip() == README.strip()


def test_sdist_metadata_agrees_with_the_wheel(dists: dict[str, Path]) -> None:
    sdist, wheel = _sdist_pkg_info(dists["sdist"]), _wheel_metadata(dists["wheel"])
    for field in ("Name", "Version", "Requires-Python", "Description-Content-Type"):
        assert sdist[field] == wheel[field], field
    assert sorted(sdist.get_all("Requires-Dist") or []) == sorted(
        wheel.get_all("Requires-Dist") or []
    )


def test_sdist_holds_sources_and_no_caches(dists: dict[str, Path]) -> None:
    members = _sdist_members(dists["sdist"])
    root = dists["sdist"].name.removesuffix(".tar.gz")
    expected = {"pyproject.toml", "README.md", "CHANGELOG.md", "PKG-INFO"}
    assert {f"{root}/{name}" for name in expected} <= set(members)
    assert f"{root}/src/voiceclone/py.typed" in members
    stray = [m for m in members if is_cache_path(m) or is_test_path(m)]
    assert not stray, f"the sdist ships caches or tests: {stray}"
