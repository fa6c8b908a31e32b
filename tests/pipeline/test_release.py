"""``clientgen generate`` bumps the version and writes the changelog from the spec diff: an
added optional field is minor, a removed operation major, a description patch; an unchanged
tree changes nothing. The new version reaches package.yaml, pyproject.toml and
``voiceclone.__version__``, all through the same atomic swap."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from clientgen import pipeline
from clientgen.cli import main
from pipeline.conftest import ROOT, snapshot, stray

BODY = "$.paths['/v1/voices/clone'].post.requestBody.content['multipart/form-data'].schema"


def add_optional_field(root: Path) -> None:
    overlay = root / "specs/overlays/bland.yaml"
    overlay.write_text(
        overlay.read_text(encoding="utf-8")
        + f'  - target: "{BODY}.properties"\n'
        + "    update:\n"
        + "      accent:\n"
        + "        type: string\n"
        + "        description: The accent of the cloned voice.\n",
        encoding="utf-8",
    )


def remove_operation(root: Path) -> None:
    config = root / "specs/vendors/bland.yaml"
    text = config.read_text(encoding="utf-8")
    # Rename: an operation the shared interface does not use (removing one it uses is an error).
    assert "  - file: patch-voices-id-rename.mdx\n" in text
    config.write_text(text.replace("  - file: patch-voices-id-rename.mdx\n", ""), encoding="utf-8")


def change_description(root: Path) -> None:
    page = root / "specs/sources/bland/bland-list-voice-samples.md"
    page.write_text(page.read_text().replace("UUID of the voice.", "The voice's UUID."))


def _version(root: Path) -> str:
    found = re.search(r"^version: (.+)$", (root / "specs/package.yaml").read_text(), re.M)
    assert found is not None
    return found.group(1)


def _imported_version(root: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(root / "generated/voiceclone/src")}
    done = subprocess.run(
        [sys.executable, "-c", "import voiceclone; print(voiceclone.__version__)"],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        check=True,
    )
    return done.stdout.strip()


def _bumped(committed: str, number: str) -> str:
    """Below 1.0.0 a breaking change bumps the minor number and anything else the patch."""
    major, minor, patch = map(int, committed.split("."))
    assert major == 0, "these cases are written for versions below 1.0.0"
    return f"0.{minor + 1}.0" if number == "minor number" else f"0.{minor}.{patch + 1}"


@pytest.mark.parametrize(
    ("edit", "version", "heading", "line"),
    [
        (
            add_optional_field,
            "patch number",
            "Additions (minor):",
            "- POST /v1/voices/clone: request field `CloneVoiceRequest.accent` added "
            "(`#/components/schemas/CloneVoiceRequest/properties/accent`)",
        ),
        (
            remove_operation,
            "minor number",
            "Breaking changes (major):",
            "- PATCH /v1/voices/{id}/rename: operation removed "
            "(`#/paths/~1v1~1voices~1{id}~1rename/patch`)",
        ),
        (
            change_description,
            "patch number",
            "Documentation and other changes (patch):",
            "- GET /v1/voices/{id}/samples: path parameter `id`: description changed "
            "(`#/paths/~1v1~1voices~1{id}~1samples/get/parameters/0/description`)",
        ),
    ],
    ids=["minor", "major", "patch"],
)
def test_generate_bumps_and_writes_the_changelog(
    project: Path,
    capsys: pytest.CaptureFixture[str],
    edit: Callable[[Path], None],
    version: str,
    heading: str,
    line: str,
) -> None:
    committed_changelog = (project / "generated/voiceclone/CHANGELOG.md").read_text()
    committed = _version(project)
    version = _bumped(committed, version)
    edit(project)
    assert main(["--root", str(project), "generate"]) == 0
    assert "wrote specs/package.yaml" in capsys.readouterr().out
    assert _version(project) == version
    changelog = (project / "generated/voiceclone/CHANGELOG.md").read_text()
    header, _, rest = committed_changelog.partition(f"## {committed}")
    assert changelog.startswith(header + f"## {version}\n\n### bland\n\n")
    assert changelog.endswith(f"## {committed}" + rest)
    entry = changelog[len(header) : -len(f"## {committed}" + rest)]
    assert heading in entry.splitlines() and line in entry.splitlines(), entry
    pyproject = tomllib.loads((project / "generated/voiceclone/pyproject.toml").read_text())
    assert pyproject["project"]["version"] == version
    assert _imported_version(project) == version
    assert stray(project) == []
    # Generating again changes nothing: the committed specs are the fresh ones now.
    before = snapshot(project) | {"package.yaml": (project / "specs/package.yaml").read_bytes()}
    assert main(["--root", str(project), "generate"]) == 0
    after = snapshot(project) | {"package.yaml": (project / "specs/package.yaml").read_bytes()}
    assert before == after
    assert main(["--root", str(project), "check"]) == 0
    # And `clientgen diff` between the tree's specs and the copy's says the same bump.
    capsys.readouterr()
    args = ["diff", str(ROOT / "specs/normalized"), str(project / "specs/normalized")]
    assert main(args) == 0
    severity = "major" if edit is remove_operation else "minor"
    severity = "patch" if edit is change_description else severity
    assert capsys.readouterr().out.splitlines()[-1] == f"bump: {severity}"


def test_unchanged_tree_bumps_nothing(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(project) | {"package.yaml": (project / "specs/package.yaml").read_bytes()}
    assert main(["--root", str(project), "generate"]) == 0
    assert "package.yaml" not in capsys.readouterr().out
    after = snapshot(project) | {"package.yaml": (project / "specs/package.yaml").read_bytes()}
    assert before == after


def test_a_failed_generation_leaves_the_version_and_changelog(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The package.yaml swap comes last: failing it rolls back the swaps before it."""
    import clientgen.render.write as write

    change_description(project)
    before = snapshot(project) | {"package.yaml": (project / "specs/package.yaml").read_bytes()}
    real = Path.rename

    def rename(self: Path, target: str | os.PathLike[str]) -> Path:
        if Path(target).name == "package.yaml" and ".staging-" in self.name:
            raise OSError("disk full")
        return real(self, target)

    monkeypatch.setattr(write.Path, "rename", rename)
    with pytest.raises(OSError, match="disk full"):
        pipeline.generate(pipeline.Project(project))
    monkeypatch.undo()
    after = snapshot(project) | {"package.yaml": (project / "specs/package.yaml").read_bytes()}
    assert before == after
    assert stray(project) == []


def test_the_committed_changelog_starts_at_the_current_version() -> None:
    changelog = (ROOT / "generated/voiceclone/CHANGELOG.md").read_text()
    current = _version(ROOT)
    assert changelog.startswith("# Changelog\n")
    assert re.findall(r"^## (.+)$", changelog, re.M)[0] == current
